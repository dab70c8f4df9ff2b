"""Sign-ups for lists with seats (round tables, workshops), with a waiting list that moves up.

A person signs up for a list: they hold one of its seats while seats are left, else they wait
in the order they signed up. When someone who holds a seat cancels, the first waiting person
takes it (and the audit log says who moved up). The list's door rule (`CheckinList.admit`,
desktop.core.checkin_lists.ADMIT) decides what a sign-up means at the door: nothing
(anyone), seats held for the signed-up people until they come (signed_first), or the only way
in (signed_only).

On PostgreSQL sign-ups for one list run one after another (the list's row is held), so two
desks signing up the last two people for the last seat give one seat and one waiting place.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from db.models import Attendee, ListSignup, utcnow
from db.words import refusal
from desktop.base.errors import UserError
from desktop.core.audit import Action, write_audit
from desktop.core.checkin_lists import Rules, find_rules, hold_list, signup_came
from desktop.core.events import current_event
from desktop.core.text import clean


@dataclass(frozen=True)
class Signup:
    """One person signed up for a list."""

    attendee_id: int
    name: str
    waiting: bool
    place: int  # 1, 2...: among the seat holders, or on the waiting list
    at: dt.datetime  # naive UTC
    came: bool  # checked in on the list


@dataclass(frozen=True)
class SignupResult:
    """What a sign-up or a cancellation did."""

    list_name: str
    name: str
    waiting: bool
    place: int
    moved_up: str = ""  # a cancellation: who took the seat ("" when nobody was waiting)

    @property
    def message(self) -> str:
        if self.moved_up:
            return f"{self.name} is off {self.list_name}; {self.moved_up} moved up into the seat"
        if self.waiting:
            return f"{self.name} is number {self.place} on the waiting list for {self.list_name}"
        return f"{self.name} holds seat {self.place} at {self.list_name}"


def _organizers(session: Session, ref: str | int) -> Rules:
    lst = find_rules(session, ref)
    if lst.kind != "custom":
        raise UserError(
            refusal(
                "{name} takes no sign-ups: add a list for the session or table", name=repr(lst.name)
            )
        )
    hold_list(session, lst.id)  # one sign-up at a time per list
    return lst


def _person(session: Session, attendee_id: int) -> Attendee:
    person = session.get(Attendee, attendee_id)
    if person is None or person.event_id != current_event(session).id:
        raise UserError(refusal("no attendee with id {attendee_id}", attendee_id=attendee_id), 4)
    return person


def _name(person: Attendee) -> str:
    return person.display_name or person.name_local or f"attendee {person.id}"


def sign_up(
    session: Session,
    ref: str | int,
    attendee_id: int,
    desk: str | None = None,
    operator: str | None = None,
) -> SignupResult:
    """Sign a person up for a list: a seat while seats are left, else the waiting list."""
    lst = _organizers(session, ref)
    person = _person(session, attendee_id)
    if person.status != "registered":
        raise UserError(refusal("{name}'s registration is cancelled", name=_name(person)), 4)
    if person.merged_into_id is not None:
        raise UserError(
            refusal(
                "record {attendee_id} was merged into {merged_into_id}",
                attendee_id=attendee_id,
                merged_into_id=person.merged_into_id,
            ),
            4,
        )
    mine = select(ListSignup).where(
        ListSignup.list_id == lst.id, ListSignup.attendee_id == attendee_id
    )
    if session.scalar(mine) is not None:
        raise UserError(
            refusal("{name} is signed up for {name2} already", name=_name(person), name2=lst.name),
            3,
        )
    held = _count(session, lst.id, waiting=False)
    waiting = lst.seats is not None and held >= lst.seats
    last = session.scalar(select(func.max(ListSignup.position)).where(ListSignup.list_id == lst.id))
    session.add(
        ListSignup(
            list_id=lst.id,
            attendee_id=attendee_id,
            waiting=waiting,
            position=(last or 0) + 1,
            at=utcnow(),
            desk=clean(desk or "", 100),
        )
    )
    session.flush()
    place = _count(session, lst.id, waiting=True) if waiting else held + 1
    details = {"list": lst.name, "waiting": waiting, "place": place}
    write_audit(session, person.event_id, Action.SIGNUP_ADD, attendee_id, details, desk, operator)
    return SignupResult(lst.name, _name(person), waiting, place)


def cancel_signup(
    session: Session,
    ref: str | int,
    attendee_id: int,
    desk: str | None = None,
    operator: str | None = None,
    reason: str = "",
) -> SignupResult:
    """Take a person off a list's sign-ups; the first waiting person takes a freed seat."""
    lst = _organizers(session, ref)
    person = _person(session, attendee_id)
    row = session.scalar(
        select(ListSignup).where(
            ListSignup.list_id == lst.id, ListSignup.attendee_id == attendee_id
        )
    )
    if row is None:
        raise UserError(
            refusal("{name} is not signed up for {name2}", name=_name(person), name2=lst.name), 3
        )
    freed = not row.waiting
    session.execute(delete(ListSignup).where(ListSignup.id == row.id))
    details = {"list": lst.name, "reason": clean(reason, 500), "was_waiting": not freed}
    write_audit(
        session, person.event_id, Action.SIGNUP_CANCEL, attendee_id, details, desk, operator
    )
    moved = ""
    if freed:
        first = session.scalar(
            select(ListSignup)
            .where(ListSignup.list_id == lst.id, ListSignup.waiting.is_(True))
            .order_by(ListSignup.position)
            .limit(1)
        )
        if first is not None:
            first.waiting = False
            session.flush()
            up = _person(session, first.attendee_id)
            moved = _name(up)
            write_audit(session, person.event_id, Action.SIGNUP_MOVE_UP, up.id,
                        {"list": lst.name, "seat_of": attendee_id}, desk, operator)  # fmt: skip
    return SignupResult(lst.name, _name(person), not freed, 0, moved)


def signups(session: Session, ref: str | int) -> list[Signup]:
    """A list's sign-ups: the seat holders in the order they signed up, then the waiting
    list in its order; each with whether they came."""
    lst = find_rules(session, ref)
    rows = session.execute(
        select(ListSignup.attendee_id, Attendee, ListSignup.waiting, ListSignup.at, signup_came())
        .join(Attendee, Attendee.id == ListSignup.attendee_id)
        .where(ListSignup.list_id == lst.id)
        .order_by(ListSignup.waiting, ListSignup.position)
    )
    out: list[Signup] = []
    places = {False: 0, True: 0}
    for aid, person, waiting, at, was_there in rows:
        places[bool(waiting)] += 1
        out.append(
            Signup(
                int(aid), _name(person), bool(waiting), places[bool(waiting)], at, bool(was_there)
            )
        )
    return out


def _count(session: Session, list_id: int, waiting: bool) -> int:
    return (
        session.scalar(
            select(func.count()).where(
                ListSignup.list_id == list_id, ListSignup.waiting.is_(waiting)
            )
        )
        or 0
    )


@dataclass(frozen=True)
class SignupImport:
    """What signing people up from a registration column did (or would do)."""

    column: str
    people: int  # people whose column named at least one list
    signed: int  # new seats
    waiting: int  # new places on waiting lists
    already: int  # sign-ups there before (a re-run changes nothing)
    by_list: dict[str, int]  # list name -> sign-ups made now


_SPLIT = re.compile(r"[;,|\n]+")


def signups_from_column(
    session: Session,
    column: str,
    values: Sequence[tuple[str, str]] = (),
    desk: str | None = None,
    operator: str | None = None,
) -> SignupImport:
    """Sign people up from a column their registration brought (kept with the attendee
    under its header, e.g. "Workshops": "AI safety; Prompt security"): each value names a
    list, by its name or by a rule in `values` ((value, list name) pairs, case ignored).
    People are signed up in the order they registered, so the first to register hold the
    seats. All or nothing: a value that names no list refuses the whole column, in one line.
    """
    event = current_event(session)
    rules = {" ".join(v.split()).casefold(): name for v, name in values}
    wanted: list[tuple[int, list[str]]] = []
    found_column = False
    people = session.execute(
        select(Attendee.id, Attendee.extra)
        .where(
            Attendee.event_id == event.id,
            Attendee.status == "registered",
            Attendee.merged_into_id.is_(None),
        )
        .order_by(Attendee.number, Attendee.id)
    )
    for row in people:
        aid, extra = int(row[0]), row[1]
        if not isinstance(extra, dict) or column not in extra:
            continue
        found_column = True
        cells = [" ".join(p.split()) for p in _SPLIT.split(str(extra[column] or ""))]
        names = list(dict.fromkeys(rules.get(c.casefold(), c) for c in cells if c))
        if names:
            wanted.append((aid, names))
    if not found_column:
        raise UserError(
            refusal(
                "no registration has a column {column} (an import keeps the columns it does not map under their header)",
                column=repr(clean(column, 60)),
            )
        )
    lists: dict[str, Rules] = {}
    unknown: list[str] = []
    for _aid, names in wanted:
        for name in names:
            if name in lists or name in unknown:
                continue
            try:
                lists[name] = _organizers(session, name)
            except UserError:
                unknown.append(name)
    if unknown:
        shown = ", ".join(repr(clean(u, 60)) for u in unknown[:3])
        more = f" and {len(unknown) - 3} more" if len(unknown) > 3 else ""
        raise UserError(
            refusal(
                "column {column} names no list for {shown}{more}: add the lists, or give --value 'VALUE=LIST NAME'; nobody was signed up",
                column=repr(clean(column, 60)),
                shown=shown,
                more=more,
            )
        )
    signed = waiting = already = 0
    by_list: dict[str, int] = {}
    held = {
        (int(r[0]), int(r[1]))
        for r in session.execute(
            select(ListSignup.list_id, ListSignup.attendee_id).where(
                ListSignup.list_id.in_([x.id for x in lists.values()])
            )
        )
    }
    for aid, names in wanted:
        for name in names:
            lst = lists[name]
            if (lst.id, aid) in held:
                already += 1
                continue
            done = sign_up(session, lst.id, aid, desk, operator)
            held.add((lst.id, aid))
            waiting += done.waiting
            signed += not done.waiting
            by_list[lst.name] = by_list.get(lst.name, 0) + 1
    return SignupImport(column, len(wanted), signed, waiting, already, by_list)
