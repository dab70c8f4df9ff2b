"""The attendee list: one filter and sort for the Attendees table, `confdesk attendees list`
and the export of what the table shows.

The filter matches every word of its text anywhere in a person's folded search text (names in
any order, Latin and Chinese, organization, e-mail, number), in either Chinese script (黄
finds 黃), plus exact category, status, checked-in and printed states; merged records are
hidden. Ids come back in the chosen order with the id as the tie-breaker, straight from the
driver's cursor: 100,000 of them in well under a second. Rows are then read a page at a time
(`rows`), as the table scrolls.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, and_, or_, select
from sqlalchemy.orm import Session

from db.models import Attendee
from db.search import word_condition
from db.words import refusal
from desktop.base.collation import ORDERS, person_key
from desktop.base.errors import UserError
from desktop.core.events import current_event
from desktop.core.text import fold, script_variants, strip_controls

STATUSES = ("registered", "cancelled")


@dataclass(frozen=True)
class AttendeeFilter:
    """Which attendees to list: every field None/"" means "any"."""

    text: str = ""
    category: str = ""
    status: str = ""  # registered | cancelled
    checked_in: bool | None = None
    printed: bool | None = None


# What a list can be sorted by, and the SQL it sorts on (the id is always added last).
SORTS: dict[str, tuple[Any, ...]] = {
    "number": (Attendee.number,),
    "family_name": (Attendee.family_name, Attendee.given_name),
    "given_name": (Attendee.given_name, Attendee.family_name),
    "name_local": (Attendee.name_local,),
    "organization": (Attendee.organization,),
    "country": (Attendee.country,),
    "category": (Attendee.category,),
    "status": (Attendee.status,),
    "checked_in_at": (Attendee.checked_in_at,),
    "badge_printed_at": (Attendee.badge_printed_at,),
}
# Orders by collation (desktop.base.collation), sorted here rather than in SQL: `name`
# (English names by family name), `stroke` and `pinyin` (Chinese names).
COLLATED = tuple(ORDERS)
# What each listed row holds, in this order (the sort keys, then the check-in's desk).
FIELDS: tuple[str, ...] = (*SORTS, "checked_in_desk")
_FETCHED = [Attendee.id, *(getattr(Attendee, f) for f in FIELDS)]


def id_query(
    event_id: int, flt: AttendeeFilter, sort: str = "number", descending: bool = False
) -> Select[int]:
    """The SELECT of matching attendee ids in list order (merged records hidden); a COLLATED
    sort is by number here (filtered_ids sorts it)."""
    if sort in COLLATED:
        sort = "number"
    if sort not in SORTS:
        raise UserError(
            refusal(
                "cannot sort by {sort}: choose one of {value}",
                sort=repr(sort),
                value=", ".join((*SORTS, *COLLATED)),
            )
        )
    if flt.status and flt.status not in STATUSES:
        raise UserError(
            refusal(
                "unknown status {status}: choose registered or cancelled", status=repr(flt.status)
            )
        )
    conds = [Attendee.event_id == event_id, Attendee.merged_into_id.is_(None)]
    query = fold(strip_controls(flt.text))  # SQLite ends a LIKE pattern at a NUL
    if query.split():
        # Every word, in any of the query's Simplified/Traditional forms (黄 finds 黃).
        conds.append(
            or_(
                *(
                    and_(*(word_condition(Attendee.search_text, w) for w in form.split()))
                    for form in script_variants(query)
                )
            )
        )
    if flt.category:
        conds.append(Attendee.category == flt.category)
    if flt.status:
        conds.append(Attendee.status == flt.status)
    if flt.checked_in is not None:
        is_in = Attendee.checked_in_at.is_not(None)
        conds.append(is_in if flt.checked_in else ~is_in)
    if flt.printed is not None:
        is_printed = Attendee.badge_printed_at.is_not(None)
        conds.append(is_printed if flt.printed else ~is_printed)
    order = [e.desc() if descending else e.asc() for e in (*SORTS[sort], Attendee.id)]
    return select(Attendee.id).where(and_(*conds)).order_by(*order)


def fetch_ids(session: Session, query: Select[int]) -> list[int]:
    """Run an id query straight on the driver's cursor.

    For 100,000 ids SQLAlchemy's result processing costs several times the query itself;
    the ids are plain integers, so nothing needs converting.
    """
    conn = session.connection()
    compiled = query.compile(dialect=conn.dialect)
    params = compiled.params
    args: Any = (
        tuple(params[k] for k in compiled.positiontup or ()) if compiled.positional else params
    )
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(compiled.string, args)
        return [row[0] for row in cursor.fetchall()]
    finally:
        cursor.close()


def filtered_ids(
    session: Session,
    flt: AttendeeFilter = AttendeeFilter(),
    sort: str = "number",
    descending: bool = False,
    limit: int | None = None,
) -> list[int]:
    """The current event's attendees matching `flt`, in list order (at most `limit`)."""
    query = id_query(current_event(session).id, flt, sort, descending)
    if sort in COLLATED:
        return collated(session, fetch_ids(session, query), sort, descending)[:limit]
    if limit is not None:
        query = query.limit(limit)
    return fetch_ids(session, query)


def collated(
    session: Session, ids: Sequence[int], order: str, descending: bool = False
) -> list[int]:
    """`ids` in a collated order (desktop.base.collation.ORDERS), the id breaking ties."""
    names: dict[int, tuple[str, str, str]] = {}
    cols = (Attendee.id, Attendee.family_name, Attendee.given_name, Attendee.name_local)
    for i in range(0, len(ids), 5000):
        chunk = list(ids[i : i + 5000])
        for aid, family, given, local in session.execute(
            select(*cols).where(Attendee.id.in_(chunk))
        ):
            names[aid] = (family or "", given or "", local or "")
    keyed = sorted(
        (aid for aid in ids if aid in names),
        key=lambda aid: (person_key(order, *names[aid]), aid),
        reverse=descending,
    )
    return keyed


def rows(session: Session, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
    """The FIELDS of these attendees (times as naive UTC datetimes), by id; an id deleted
    since the list was made is missing."""
    found = session.connection().execute(select(*_FETCHED).where(Attendee.id.in_(ids)))
    return {int(r[0]): tuple(r[1:]) for r in found}
