"""Attendee records: creating, finding, editing, cancelling and merging them.

Every writer of attendee rows (demo, import, walk-in, edit) goes through `add_attendees` or
`update_attendee`, so the badge code, the attendee number and `search_text` are always right
(the search index itself follows search_text through SQL triggers, see db.search).
Edits, cancellations and merges are audit-logged with desk and operator.
"""

from __future__ import annotations

import datetime as dt
import json
import operator
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, insert, select, text, update
from sqlalchemy.orm import Session

from db.models import (
    CATEGORIES,
    Attendee,
    CheckIn,
    Event,
    PrintLog,
    TicketCode,
    table,
    utcnow,
)
from db.search import EXACT, MAX_CANDIDATES, PREFIX, ROMAN, SUBSTRING, WORD, search_ids
from db.words import refusal
from desktop.base.errors import UserError
from desktop.core.audit import Action, write_audit
from desktop.core.audit import history as audit_history
from desktop.core.checkin import (
    CARD_COLUMNS,
    CARD_FIELDS,
    SAID_REGISTERED,
    AttendeeCard,
    Outcome,
    ScanResult,
    card_from_row,
    check_in_attendee,
    load_card,
    staff_note_for,
)
from desktop.core.events import current_event, to_local
from desktop.core.text import clean, clean_multiline, fold, script_variants
from desktop.core.tickets import badge_code_for

_A = table(Attendee)

# Fields a person can edit or import; everything else is kept by Confdesk itself.
EDITABLE = (
    "external_id",
    "order_code",
    "given_name",
    "family_name",
    "name_local",
    "organization",
    "title",
    "email",
    "phone",
    "country",
    "category",
    "notes",
    "staff_note",
)
_LIMITS = {
    "notes": 5000,
    "email": 320,
    "phone": 64,
    "country": 64,
    "category": 32,
    "staff_note": 500,
    "order_code": 64,
}


_CJK_CHAR = re.compile("([\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0010ffff])")


def spaced_cjk(text: str) -> str:
    """`陳大文` -> `陳 大 文`: one token per CJK character, for 1- and 2-character search."""
    if text.isascii():
        return text
    return " ".join(_CJK_CHAR.sub(lambda m: f" {m.group()} ", text).split())


def _fold(text: str) -> str:
    # Same result as text.fold, without the Unicode work for plain ASCII (most fields).
    return " ".join(text.lower().split()) if text.isascii() else fold(text)


def search_text_for(row: Mapping[str, Any], codes: Iterable[str] = ()) -> str:
    """Folded text of every searchable field, names in both orders.

    Fields holding CJK text are repeated with one character per word, so the search index
    (db.search) answers 1- and 2-character Chinese queries from its word table. Chinese names
    (in the name fields or `name_local`) are followed, after db.search.ROMAN_MARK, by their
    romanizations (desktop.core.romanize), which rank below what was typed as written.
    """
    given, family = row.get("given_name") or "", row.get("family_name") or ""
    parts = [
        f"{given} {family}",
        f"{family} {given}",
        row.get("name_local") or "",
        row.get("organization") or "",
        row.get("email") or "",
        row.get("badge_code") or "",
        str(row.get("number") or ""),
        row.get("external_id") or "",
        row.get("order_code") or "",
        *codes,
    ]
    folded = [_fold(p) for p in parts if p and p.strip()]
    spaced = [sp for f in folded if (sp := spaced_cjk(f)) != f]
    text = " | ".join(folded + spaced)
    if not spaced:  # no CJK anywhere: nothing to romanize (most rows)
        return text
    from desktop.core.romanize import with_romanizations

    return with_romanizations(text, given, family, row.get("name_local") or "")


def _clean(value: Any, limit: int) -> str:
    # text.clean without its per-character work for the common plain-ASCII field.
    if isinstance(value, str) and value.isascii() and value.isprintable():
        return " ".join(value.split())[:limit]
    return clean(value, limit)


def normalise_fields(values: Mapping[str, Any]) -> dict[str, Any]:
    """Clean user-supplied attendee fields (single line, trimmed, length-limited)."""
    out: dict[str, Any] = {}
    for key in EDITABLE:
        if key in values:
            v = values[key]
            if key == "external_id":
                out[key] = _clean(v, 200) or None
            elif key == "notes":
                out[key] = clean_multiline(v or "", _LIMITS["notes"])
            else:
                out[key] = _clean(v, _LIMITS.get(key, 300))
    if "email" in out:
        out["email"] = out["email"].lower()
    if "category" in out:
        out["category"] = out["category"].lower() or "attendee"
    return out


def _reserve_ids(session: Session, count: int) -> list[int]:
    """Ids for new attendee rows, safe against other desks on PostgreSQL."""
    if count == 0:
        return []
    if session.get_bind().dialect.name == "postgresql":
        rows = session.execute(
            text(
                "SELECT nextval(pg_get_serial_sequence('attendee', 'id')) FROM generate_series(1, :n)"
            ),
            {"n": count},
        )
        return [r[0] for r in rows]
    start = (session.scalar(select(func.max(Attendee.id))) or 0) + 1
    return list(range(start, start + count))


def add_attendees(
    session: Session,
    event: Event,
    rows: Sequence[Mapping[str, Any]],
    tickets: Sequence[Sequence[tuple[str, str]]] | None = None,
    *,
    trusted: bool = False,
) -> list[int]:
    """Insert attendees in bulk; returns their ids in the order given.

    `rows` hold EDITABLE fields (plus optional `extra`, `status`); `tickets[i]` are the
    (code, source) pairs of ticketing-system codes accepted for row i. `trusted` rows were
    made clean by Confdesk itself (the demo) and skip `normalise_fields`.
    """
    ids = _reserve_ids(session, len(rows))
    now = utcnow()
    payload: list[dict[str, Any]] = []
    ticket_rows: list[dict[str, Any]] = []
    for i, (new_id, raw) in enumerate(zip(ids, rows, strict=True)):
        fields = {k: raw[k] for k in EDITABLE if k in raw} if trusted else normalise_fields(raw)
        fields.setdefault("category", "attendee")
        codes = [c for c, _ in (tickets[i] if tickets else ())]
        rec = {
            **{k: "" for k in EDITABLE if k != "external_id"},
            "external_id": None,
            **fields,
            "id": new_id,
            "event_id": event.id,
            "number": new_id,
            "status": raw.get("status", "registered"),
            "badge_code": badge_code_for(event.signing_key, event.code_prefix, event.id, new_id),
            "extra": dict(raw.get("extra") or {}),
            "print_count": 0,
            "created_at": now,
            "updated_at": now,
        }
        rec["search_text"] = search_text_for(rec, codes)
        payload.append(rec)
        for code, source in tickets[i] if tickets else ():
            ticket_rows.append(
                {"event_id": event.id, "attendee_id": new_id, "code": code, "source": source}
            )
    if payload and session.get_bind().dialect.name == "sqlite":
        _insert_sqlite(session, payload, now)
    elif payload:
        # RETURNING makes SQLAlchemy batch rows into multi-row INSERTs ("insertmanyvalues").
        session.execute(insert(_A).returning(_A.c.id), payload)
    if ticket_rows:
        session.execute(insert(TicketCode), ticket_rows)
    return ids


def _insert_sqlite(session: Session, payload: list[dict[str, Any]], now: dt.datetime) -> None:
    """The DB-API's own executemany: SQLAlchemy's per-value processing doubles a bulk insert.

    Values are stored the way SQLAlchemy stores them on SQLite (DATETIME as ISO text with
    microseconds, JSON as text), so ORM reads see no difference.
    """
    stamp = now.strftime("%Y-%m-%d %H:%M:%S.%f")
    for rec in payload:
        rec["created_at"] = rec["updated_at"] = stamp
        rec["extra"] = json.dumps(rec["extra"])
    columns = list(payload[0])
    sql = f"INSERT INTO attendee ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    session.connection().exec_driver_sql(sql, list(map(operator.itemgetter(*columns), payload)))


def refresh_search_text(session: Session, attendee: Attendee) -> None:
    """Recompute `search_text` after any change to an attendee's fields or ticket codes."""
    codes = session.scalars(select(TicketCode.code).where(TicketCode.attendee_id == attendee.id))
    row = {c: getattr(attendee, c) for c in (*EDITABLE, "badge_code", "number")}
    attendee.search_text = search_text_for(row, list(codes))


def update_attendee(
    session: Session, attendee: Attendee, values: Mapping[str, Any]
) -> dict[str, tuple[Any, Any]]:
    """Apply edited fields; returns {field: (old, new)} for what really changed."""
    changed: dict[str, tuple[Any, Any]] = {}
    for key, new in normalise_fields(values).items():
        old = getattr(attendee, key)
        if (old or "") != (new or ""):
            setattr(attendee, key, new)
            changed[key] = (old, new)
    if changed:
        refresh_search_text(session, attendee)
    return changed


# --- Finding people -------------------------------------------------------------------------


@dataclass(frozen=True)
class SearchHit(AttendeeCard):
    """A search result: the attendee's card and how well it matched (0 exact .. 3 substring)."""

    rank: int


RANK_NAMES = {
    EXACT: "exact",
    PREFIX: "prefix",
    WORD: "word",
    ROMAN: "romanized",
    SUBSTRING: "substring",
}


def get_cards(session: Session, ids: Sequence[int]) -> dict[int, AttendeeCard]:
    """Cards of many attendees in one query (unknown ids are left out)."""
    out: dict[int, AttendeeCard] = {}
    for i in range(0, len(ids), 500):
        chunk = list(ids[i : i + 500])
        for row in session.execute(select(*CARD_COLUMNS).where(_A.c.id.in_(chunk))):
            card = card_from_row(row)
            out[card.id] = card
    return out


def get_card(session: Session, attendee_id: int) -> AttendeeCard:
    """One attendee's card; UserError (exit 2) when there is no such attendee."""
    card = load_card(session, attendee_id)
    if card is None:
        raise UserError(refusal("no attendee with id {attendee_id}", attendee_id=attendee_id))
    return card


def search(
    session: Session, text: str, limit: int = 50, *, every_match: bool = False
) -> list[SearchHit]:
    """Attendees matching every word of `text`, best first (see db.search for the ranking).

    Case-, accent- and width-insensitive; names in either order; Chinese from one character;
    organization, e-mail, badge code, ticket codes and attendee number too. Merged records
    are left out; cancelled ones are found (their status says so). A query matching more
    than db.search.MAX_CANDIDATES people is ranked among that many unless `every_match`.
    """
    query = fold(clean(text, 300))
    if not query:
        return []
    event_id = session.scalar(select(Event.id).order_by(Event.id).limit(1))
    if event_id is None:
        event_id = current_event(session).id  # raises the clear "no event yet" error
    cap = limit if every_match else MAX_CANDIDATES
    variants = script_variants(query)
    if len(variants) == 1:
        matches = search_ids(session, event_id, query, query.split(), limit, CARD_FIELDS, cap)
    else:
        # Simplified and Traditional are one script for search: each form is asked, and a
        # person found by several keeps the best rank (then the order of the first answer).
        best: dict[int, Any] = {}
        for form in variants:
            for m in search_ids(session, event_id, form, form.split(), limit, CARD_FIELDS, cap):
                if m.attendee_id not in best or m.rank < best[m.attendee_id].rank:
                    best[m.attendee_id] = m
        ordered = sorted(best.values(), key=lambda m: (m.rank, m.cancelled))
        matches = ordered[:limit]
    # values holds the card fields only (CARD_FIELDS), never a rank
    return [SearchHit(*_typed(m.values), rank=m.rank) for m in matches]  # type: ignore[misc]


_DATETIME_AT = [i for i, name in enumerate(CARD_FIELDS) if name.endswith("_at")]


def _typed(values: tuple[Any, ...]) -> tuple[Any, ...]:
    # Raw rows: SQLite hands DateTime columns over as ISO text.
    if not any(isinstance(values[i], str) for i in _DATETIME_AT):
        return values
    out = list(values)
    for i in _DATETIME_AT:
        if isinstance(out[i], str):
            out[i] = dt.datetime.fromisoformat(out[i])
    return tuple(out)


@dataclass(frozen=True)
class Duplicate:
    """A registered record that looks like the person being registered, and why."""

    card: AttendeeCard
    matched: tuple[str, ...]  # "e-mail", "name", "Chinese name", "organization", best first

    @property
    def why(self) -> str:
        """ "same e-mail and name" (what the desk shows beside the name)."""
        parts = list(self.matched)
        return "same " + (
            ", ".join(parts[:-1]) + " and " + parts[-1] if len(parts) > 1 else parts[0]
        )


# How much each kind of match says that two records are one person.
_WEIGHTS = {"e-mail": 8, "name": 4, "Chinese name": 2, "organization": 1}


def rank_duplicates(session: Session, fields: Mapping[str, Any]) -> list[Duplicate]:
    """Registered records that look like the same person (same e-mail, same full name in
    either order with case and accents ignored, or same Chinese name), the closest first:
    by what matches (e-mail, then English name, then Chinese name, then organization as a
    tie-breaker), then by record id."""
    values = normalise_fields(fields)
    event = current_event(session)
    email = values.get("email", "")
    given, family = values.get("given_name", ""), values.get("family_name", "")
    name = fold(f"{given} {family}")
    names = {name, fold(f"{family} {given}")} if name else set()
    local = fold(values.get("name_local", ""))
    org = fold(values.get("organization", ""))
    ids: set[int] = set()
    if email:
        ids.update(
            session.scalars(select(_A.c.id).where(_A.c.event_id == event.id, _A.c.email == email))
        )
    for q in (name, local):
        if q:
            ids.update(m.attendee_id for m in search_ids(session, event.id, q, q.split(), 200))
    out: list[Duplicate] = []
    for card in get_cards(session, sorted(ids)).values():
        if card.merged_into_id is not None:
            continue
        matched = [
            what
            for what, same in (
                ("e-mail", bool(email) and (card.email or "").lower() == email.lower()),
                ("name", bool(names) and fold(f"{card.given_name} {card.family_name}") in names),
                ("Chinese name", bool(local) and fold(card.name_local or "") == local),
            )
            if same
        ]
        if not matched:
            continue
        if org and fold(card.organization or "") == org:
            matched.append("organization")
        out.append(Duplicate(card, tuple(matched)))
    return sorted(out, key=lambda d: (-sum(_WEIGHTS[m] for m in d.matched), d.card.id))


def find_duplicates(session: Session, fields: Mapping[str, Any]) -> list[AttendeeCard]:
    """The records of `rank_duplicates`, the closest first."""
    return [d.card for d in rank_duplicates(session, fields)]


# --- Changing people ------------------------------------------------------------------------

_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def validate_fields(values: Mapping[str, Any], *, need_name: bool) -> dict[str, Any]:
    """Normalised fields, or UserError with a message a desk volunteer understands."""
    out = normalise_fields(values)
    if need_name and not (out.get("given_name") or out.get("family_name") or out.get("name_local")):
        raise UserError(refusal("enter a name: given or family name, or the name in Chinese"))
    email = out.get("email")
    if email and not _EMAIL_RE.match(email):
        raise UserError(
            refusal(
                "{email} is not an e-mail address (expected name@example.com)", email=repr(email)
            )
        )
    category = out.get("category")
    if category is not None and category not in CATEGORIES:
        raise UserError(
            refusal(
                "unknown category {category}: use one of {CATEGORIES}",
                category=repr(category),
                CATEGORIES=", ".join(CATEGORIES),
            )
        )
    return out


def _attendee(session: Session, attendee_id: int) -> Attendee:
    event = current_event(session)
    a = session.get(Attendee, attendee_id, populate_existing=True)
    if a is None or a.event_id != event.id:
        raise UserError(refusal("no attendee with id {attendee_id}", attendee_id=attendee_id))
    if a.merged_into_id is not None:
        raise UserError(
            refusal(
                "attendee {attendee_id} was merged into {merged_into_id}; change that one",
                attendee_id=attendee_id,
                merged_into_id=a.merged_into_id,
            )
        )
    return a


def register_walk_in(
    session: Session,
    fields: Mapping[str, Any],
    desk: str,
    operator: str = "",
    check_in: bool = True,
) -> ScanResult:
    """Register someone at the desk and (by default) check them in at once.

    Validates the fields (a name, a well-formed e-mail, a known category); duplicates are
    not refused here: call `find_duplicates` first and ask. The result carries the new
    attendee's card, ready for badge printing.
    """
    values = validate_fields(fields, need_name=True)
    values.setdefault("category", "attendee")
    event = current_event(session)
    (new_id,) = add_attendees(session, event, [values])
    write_audit(
        session,
        event.id,
        Action.ATTENDEE_REGISTER,
        new_id,
        {"detail": "walk-in", "fields": values},
        desk,
        operator,
    )
    if check_in:
        return check_in_attendee(session, new_id, desk, operator)
    card = get_card(session, new_id)
    return ScanResult(Outcome.REGISTERED, SAID_REGISTERED, card, staff_note_for(event, card), 0)


def edit_attendee(
    session: Session, attendee_id: int, values: Mapping[str, Any], desk: str, operator: str = ""
) -> dict[str, tuple[Any, Any]]:
    """Change EDITABLE fields; returns {field: (old, new)}; every change is audit-logged."""
    unknown = sorted(set(values) - set(EDITABLE))
    if unknown:
        raise UserError(
            refusal(
                "cannot edit {unknown}: editable are {EDITABLE}",
                unknown=", ".join(unknown),
                EDITABLE=", ".join(EDITABLE),
            )
        )
    clean_values = validate_fields(values, need_name=False)
    a = _attendee(session, attendee_id)
    if not any(
        clean_values.get(k, getattr(a, k)) for k in ("given_name", "family_name", "name_local")
    ):
        raise UserError(
            refusal("an attendee needs a name: given or family name, or the name in Chinese")
        )
    changes = update_attendee(session, a, clean_values)
    if changes:
        session.flush()
        write_audit(
            session,
            a.event_id,
            Action.ATTENDEE_UPDATE,
            a.id,
            {"changes": {k: [o, n] for k, (o, n) in changes.items()}},
            desk,
            operator,
        )
    return changes


def cancel_attendee(
    session: Session, attendee_id: int, reason: str, desk: str, operator: str = ""
) -> AttendeeCard:
    """Cancel a registration: the badge is refused at the desk from now on."""
    reason = clean(reason, 500)
    if not reason:
        raise UserError(refusal("give a reason for cancelling the registration"))
    a = _attendee(session, attendee_id)
    if a.status == "cancelled":
        raise UserError(
            refusal("{value} is already cancelled", value=a.display_name or a.name_local)
        )
    a.status = "cancelled"
    session.flush()
    write_audit(
        session, a.event_id, Action.ATTENDEE_CANCEL, a.id, {"reason": reason}, desk, operator
    )
    return get_card(session, a.id)


def restore_attendee(
    session: Session, attendee_id: int, desk: str, operator: str = "", reason: str = ""
) -> AttendeeCard:
    """Undo a cancellation."""
    a = _attendee(session, attendee_id)
    if a.status != "cancelled":
        raise UserError(refusal("{value} is not cancelled", value=a.display_name or a.name_local))
    a.status = "registered"
    session.flush()
    write_audit(
        session,
        a.event_id,
        Action.ATTENDEE_RESTORE,
        a.id,
        {"reason": clean(reason, 500)},
        desk,
        operator,
    )
    return get_card(session, a.id)


def _names(a: Attendee) -> set[str]:
    # "Tai-Man" and "Tai Man" are one name.
    given, family = (fold(n).replace("-", " ") for n in (a.given_name, a.family_name))
    out = {" ".join(f"{given} {family}".split()), " ".join(f"{family} {given}".split())}
    out.discard("")
    if a.name_local.strip():
        out.add("local:" + fold(a.name_local))
    return out


def merge_doubt(session: Session, keep_id: int, drop_id: int) -> str:
    """Why two records look like two different people: "" when a name (either order, case
    and accents ignored, or the Chinese name) or the e-mail address is the same."""
    keep, drop = _attendee(session, keep_id), _attendee(session, drop_id)
    if _names(keep) & _names(drop):
        return ""
    if keep.email and keep.email.lower() == drop.email.lower():
        return ""

    def who(a: Attendee) -> str:
        name = ", ".join(p for p in (a.display_name, a.name_local, a.email) if p)
        return f"{a.id} ({name or 'no name'})"

    return f"{who(keep)} and {who(drop)} have different names and e-mail addresses"


def merge_attendees(
    session: Session, keep_id: int, drop_id: int, desk: str, operator: str = ""
) -> AttendeeCard:
    """Merge two records of the same person into `keep_id`.

    Check-in and print logs and ticket codes move to the kept record; fields empty there are
    filled from the other (never overwritten; the audit entry lists what was filled); the
    earliest check-in wins and print counts add up. The dropped record stays (for the audit
    trail) with `merged_into_id` set, hidden from search and the table; its badge still
    scans, as the kept person. Whether they are one person is the caller's question
    (`merge_doubt`).
    """
    if keep_id == drop_id:
        raise UserError(refusal("choose two different records to merge"))
    keep, drop = _attendee(session, keep_id), _attendee(session, drop_id)
    filled = {}
    for key in EDITABLE:
        if not getattr(keep, key) and getattr(drop, key):
            filled[key] = getattr(drop, key)
    if filled:
        update_attendee(session, keep, filled)
    if drop.checked_in_at and (
        keep.checked_in_at is None or drop.checked_in_at < keep.checked_in_at
    ):
        keep.checked_in_at, keep.checked_in_desk = drop.checked_in_at, drop.checked_in_desk
    keep.print_count = (keep.print_count or 0) + (drop.print_count or 0)
    printed = [t for t in (keep.badge_printed_at, drop.badge_printed_at) if t]
    keep.badge_printed_at = max(printed) if printed else None
    for model in (CheckIn, PrintLog, TicketCode):
        session.execute(
            update(model).where(model.attendee_id == drop.id).values(attendee_id=keep.id)
        )
    drop.merged_into_id = keep.id
    session.flush()
    refresh_search_text(session, keep)
    session.flush()
    dropped_name = drop.display_name or drop.name_local
    write_audit(
        session,
        keep.event_id,
        Action.ATTENDEE_MERGE,
        keep.id,
        {"dropped_id": drop.id, "dropped_name": dropped_name, "filled": filled},
        desk,
        operator,
    )
    write_audit(
        session,
        keep.event_id,
        Action.ATTENDEE_MERGED_INTO,
        drop.id,
        {"kept_id": keep.id},
        desk,
        operator,
    )
    return get_card(session, keep.id)


def editable_values(session: Session, attendee_id: int) -> dict[str, Any]:
    """Every editable field of one attendee, plus what the dialogs show read-only (times in
    the event's zone)."""
    a = session.get(Attendee, attendee_id)
    if a is None:
        raise UserError(refusal("no attendee with id {attendee_id}", attendee_id=attendee_id))
    values = {k: getattr(a, k) or "" for k in EDITABLE}
    event = current_event(session)
    values.update(
        checked_in_local=(
            f"{to_local(event, a.checked_in_at):%Y-%m-%d %H:%M}" if a.checked_in_at else ""
        ),
        id=a.id,
        number=a.number,
        badge_code=a.badge_code,
        status=a.status,
        checked_in_at=a.checked_in_at,
        checked_in_desk=a.checked_in_desk or "",
        print_count=a.print_count,
        merged_into_id=a.merged_into_id,
    )
    return values


def history(session: Session, attendee_id: int) -> list[dict[str, Any]]:
    """Everything that happened to an attendee (and to records merged into it), newest first:
    {at (naive UTC), kind, desk, operator, detail}; kind is checkin, undo, refused, print,
    edit, cancel, restore, merge or register."""
    ids = [attendee_id]
    frontier = [attendee_id]
    while frontier:
        frontier = list(session.scalars(select(_A.c.id).where(_A.c.merged_into_id.in_(frontier))))
        ids.extend(frontier)
    return audit_history(session, ids)
