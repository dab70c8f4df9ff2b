"""Check-in lists: who may check in where, and how often.

Every event has the *Badge pickup* list (once per event: the attendee's own check-in, the
badge printed; `desktop.core.checkin.scan`) and one list per event day ("Day 2 - 17 Jan":
once that day, no badge). Organizers add lists for a session or a room door, for some
categories only (a press or VIP desk, the speakers' room), for some hours, and with entry and
exit scans. Each list checks a person in at most once (a unique row per list and person,
written with one conditional statement, so two desks on one server never both admit); a door
with exits lets them in again after an exit. Every scan on a list is logged (`list_scan`),
and a refusal says what the rule decided: "Not on this list: press only", "Outside this
list's hours (opens 13:30)".

A pickup scan on a later day by someone who picked up their badge before checks them in for
that day instead of the amber "already checked in", and prints nothing.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Exists, case, delete, func, insert, literal, select, text, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, aliased

from db.models import (
    CATEGORIES,
    Attendee,
    CheckinList,
    Event,
    ListPresence,
    ListScan,
    ListSignup,
    Room,
    table,
    utcnow,
)
from db.models import Session as TalkSession
from db.words import Words, refusal, short_day
from desktop.base.errors import UserError
from desktop.base.schedule import event_days
from desktop.core import checkin as ck
from desktop.core.audit import Action, write_audit
from desktop.core.events import current_event, to_local
from desktop.core.text import clean

PICKUP = "Badge pickup"
KINDS = ("pickup", "day", "custom")
# Exit codes of `confdesk checkin --list`: in (or out), already, refused (5: full, doors).
EXIT_CODES = {
    ck.Outcome.CHECKED_IN: 0,
    ck.Outcome.EXITED: 0,
    ck.Outcome.ALREADY: 3,
    ck.Outcome.FULL: 5,
}
NEARLY_FULL = 0.9
# Who a list's door admits: anyone while seats are free; the signed-up people first (their
# seats held until they come, others take the rest); or only the signed-up people.
ADMIT = ("anyone", "signed_first", "signed_only")
_ADMIT_WORDS = {
    "signed_first": "signed-up people first",
    "signed_only": "signed-up people only",
}  # the door says "nearly full" from this share of its seats
_CLOCK = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")
_SESSION_EARLY = dt.timedelta(minutes=30)  # a session's door opens this long before it starts


@dataclass(frozen=True)
class ListInfo:
    """One check-in list as the desk and `confdesk lists` show it."""

    id: int
    name: str
    kind: str  # pickup | day | custom
    day: dt.date | None
    session_id: int | None
    room: str
    categories: list[str]
    opens: str
    closes: str
    exits: bool
    checked_in: int  # people checked in on this list
    inside: int  # of those, not gone out again (doors with exits)
    capacity: int | None = None  # seats (the list's own, or its room's), None: no limit
    admit: str = "anyone"  # who the door admits (ADMIT)

    @property
    def rule(self) -> str:
        """The list's rule in a few words ("once per event", "17 Jan 13:30-15:00, press")."""
        parts = []
        if self.kind == "pickup":
            parts.append("once per event, prints the badge")
        if self.day is not None:
            parts.append(f"{self.day.day} {self.day:%b}")
        if self.opens or self.closes:
            parts.append(f"{self.opens or '…'}-{self.closes or '…'}")
        if self.room:
            parts.append(f"room {self.room}")
        if self.categories:
            parts.append(", ".join(self.categories) + " only")
        parts.append("entry and exit" if self.exits else "")
        seats = f"{self.capacity} seat{'s' if self.capacity != 1 else ''}"
        parts.append(seats if self.capacity else "")
        parts.append(_ADMIT_WORDS.get(self.admit, ""))
        return "; ".join(p for p in parts if p) or "once"


@dataclass(frozen=True)
class Door:
    """A list as its door shows it: people inside (or admitted) now, of how many seats."""

    name: str
    inside: int
    seats: int | None  # None: no limit
    exits: bool

    @property
    def share(self) -> float:
        """How full, 0..1 (0 without seats)."""
        return min(1.0, self.inside / self.seats) if self.seats else 0.0


@dataclass(frozen=True)
class ListScanResult:
    """A scan on a list: the check-in outcome (`ScanResult`), the list that decided it and
    its door after the scan (None for the badge pickup)."""

    list_name: str
    result: ck.ScanResult
    door: Door | None = None

    @property
    def exit_code(self) -> int:
        return self.result.exit_code


def day_list_name(index: int, day: dt.date) -> str:
    """ "Day 2 - 17 Jan": the name of the event's `index`-th day's list (from 1)."""
    return f"Day {index} - {day.day} {day:%b}"


def ensure_lists(session: Session) -> None:
    """Give the event its badge pickup list and one list per event day, where missing (a day
    list stays when the event's days change: its check-ins are kept)."""
    event = current_event(session)
    rows = session.execute(
        select(CheckinList.kind, CheckinList.day, CheckinList.name).where(
            CheckinList.event_id == event.id
        )
    ).all()
    have = {(r[0], r[1]) for r in rows}
    names = {str(r[2]) for r in rows}
    if ("pickup", None) not in have:
        session.add(CheckinList(event_id=event.id, name=_free(PICKUP, names), kind="pickup"))
    for i, day in enumerate(event_days(event.start_date, event.end_date), 1):
        if ("day", day) not in have:
            name = _free(day_list_name(i, day), names)
            session.add(CheckinList(event_id=event.id, name=name, kind="day", day=day, position=i))
    session.flush()


def _free(name: str, taken: set[str]) -> str:
    """`name`, or `name (2)`... when an organizer's list already has it."""
    out, n = name, 1
    while out in taken:
        n += 1
        out = f"{name} ({n})"
    taken.add(out)
    return out


# The lists' order everywhere: badge pickup, the days, then the organizers' lists as added.
_ORDER = (
    case({k: i for i, k in enumerate(KINDS)}, value=CheckinList.kind, else_=len(KINDS)),
    CheckinList.position,
    CheckinList.id,
)


def list_names(session: Session) -> list[str]:
    """The lists' names in their order (the desk's chooser), the event's own made first."""
    ensure_lists(session)
    event = current_event(session)
    return list(
        session.scalars(
            select(CheckinList.name).where(CheckinList.event_id == event.id).order_by(*_ORDER)
        )
    )


def room_names(session: Session) -> list[str]:
    """The event's rooms, whose doors a list can be at (the Add list form)."""
    event = current_event(session)
    q = select(Room.name).where(Room.event_id == event.id).order_by(Room.position, Room.name)
    return list(session.scalars(q))


def session_choices(session: Session) -> list[tuple[int, str]]:
    """The event's scheduled sessions a list can be for, in time order, as (id, "Thu 11:00
    Round table: data sharing (Breakout Room 1)") (the Add list form)."""
    event = current_event(session)
    rows = session.execute(
        select(TalkSession.id, TalkSession.title, TalkSession.start, Room.name)
        .outerjoin(Room, Room.id == TalkSession.room_id)
        .where(TalkSession.event_id == event.id, TalkSession.start.is_not(None))
        .order_by(TalkSession.start, Room.position, TalkSession.id)
    )
    out = []
    for sid, title, start, room in rows:
        where = f" ({room})" if room else ""
        when = f"{to_local(event, start):%a %H:%M} " if start is not None else ""
        out.append((int(sid), f"{when}{title}{where}"))
    return out


_LIST_ROWS = text(
    "SELECT id, name, kind, day, session_id, room_id, categories, opens, closes, exits,"
    " capacity, admit, position FROM checkin_list WHERE event_id = :ev"
)


def lists(session: Session, ensure: bool = True) -> list[ListInfo]:
    """The event's lists: badge pickup, the days, then the organizers' lists, with counts.
    `ensure`: give the event its pickup and day lists first (a write; the dashboard reads)."""
    if ensure:
        ensure_lists(session)
    event = current_event(session)
    counts = {
        int(row[0]): (int(row[1]), int(row[2] or 0))
        for row in session.execute(
            select(
                ListPresence.list_id,
                func.count(),
                func.sum(case((ListPresence.inside.is_(True), 1), else_=0)),
            ).group_by(ListPresence.list_id)
        )
    }
    picked = session.scalar(
        select(func.count()).where(
            Attendee.event_id == event.id, Attendee.checked_in_at.is_not(None)
        )
    )
    rooms = {
        r[0]: (str(r[1]), r[2])
        for r in session.execute(
            select(Room.id, Room.name, Room.capacity).where(Room.event_id == event.id)
        )
    }
    out = []
    # Plain driver rows, not ORM objects or typed rows: a dashboard refresh reads a thousand
    # doors (SQLite gives the day and categories as text, PostgreSQL as a date and a list).
    rows = list(session.execute(_LIST_ROWS, {"ev": event.id}).all())
    rank = {k: i for i, k in enumerate(KINDS)}
    rows.sort(key=lambda r: (rank.get(r[2], len(KINDS)), r[12] or 0, r[0]))
    for r in rows:
        list_id, name, kind, day, session_id, room_id, cats, opens, closes, exits = r[:10]
        capacity, admit = r[10], r[11]
        n, inside = (int(picked or 0),) * 2 if kind == "pickup" else counts.get(list_id, (0, 0))
        room, room_seats = rooms.get(room_id or 0, ("", None))
        out.append(
            ListInfo(
                list_id,
                name,
                kind,
                dt.date.fromisoformat(day) if isinstance(day, str) else day,
                session_id,
                room,
                (json.loads(cats) if cats != "[]" else [])
                if isinstance(cats, str)
                else list(cats or []),
                opens,
                closes,
                bool(exits),
                n,
                inside if exits else n,
                capacity if capacity is not None else room_seats,
                admit,
            )
        )
    return out


@dataclass(frozen=True)
class Rules:
    """A list's rules as a scan reads them (one light query, no ORM object)."""

    id: int
    name: str
    kind: str
    day: dt.date | None
    categories: list[str]
    opens: str
    closes: str
    exits: bool
    seats: int | None  # its own capacity, else its room's (a door); None: no limit
    admit: str = "anyone"  # anyone | signed_first | signed_only (ADMIT)

    @classmethod
    def of(cls, row: Any) -> Rules:
        """From a row of `_RULES` (its columns in this order)."""
        return cls(*row)


_L = table(CheckinList)
_RULES = select(
    _L.c.id, _L.c.name, _L.c.kind, _L.c.day, _L.c.categories, _L.c.opens, _L.c.closes,
    _L.c.exits, func.coalesce(_L.c.capacity, Room.capacity), _L.c.admit,
).outerjoin(Room, Room.id == _L.c.room_id)  # fmt: skip


def find_rules(session: Session, ref: str | int) -> Rules:
    """A list by id or by name (case and spacing ignored); UserError naming the lists. One
    lookup on the index when it names a list (every scan asks); the event's own lists are
    made first when it does not."""
    event_id = ck.scan_event(session).id
    found = _lookup(session, event_id, ref)
    if found is None:
        ensure_lists(session)
        found = _lookup(session, event_id, ref)
    if found is None:
        rows = session.scalars(select(CheckinList.name).where(CheckinList.event_id == event_id))
        names = ", ".join(rows)
        raise UserError(
            refusal(
                "no check-in list {ref} (the lists: {names})",
                ref=repr(clean(str(ref), 60)),
                names=names,
            )
        )
    return found


def find_list(session: Session, ref: str | int) -> CheckinList:
    """The list itself (to change or remove it), found as `find_rules` finds it."""
    row = session.get(CheckinList, find_rules(session, ref).id)
    assert row is not None  # found just now, in this transaction
    return row


def _lookup(session: Session, event_id: int, ref: str | int) -> Rules | None:
    if isinstance(ref, int) or str(ref).strip().isdigit():
        rows = session.execute(_RULES.where(_L.c.id == int(ref), _L.c.event_id == event_id))
        return next((Rules.of(r) for r in rows), None)
    name = " ".join(str(ref).split())
    exact = session.execute(_RULES.where(_L.c.event_id == event_id, _L.c.name == name)).first()
    if exact is not None:
        return Rules.of(exact)
    key = name.casefold()
    rows = session.execute(
        _RULES.where(_L.c.event_id == event_id, func.lower(_L.c.name) == name.lower())
    )
    return next((Rules.of(r) for r in rows if " ".join(r[1].split()).casefold() == key), None)


def _clock(text: str, what: str) -> str:
    text = text.strip()
    if not text:
        return ""
    m = _CLOCK.match(text)
    if m is None:
        raise UserError(
            refusal(
                "{what} is a time of day such as 13:30, not {text}",
                what=what,
                text=repr(clean(text, 20)),
            )
        )
    return f"{int(m[1]):02d}:{m[2]}"


def add_list(
    session: Session,
    name: str,
    *,
    day: dt.date | None = None,
    session_id: int | None = None,
    room: str = "",
    categories: list[str] | None = None,
    opens: str = "",
    closes: str = "",
    exits: bool = False,
    capacity: int | None = None,
    admit: str = "anyone",
    desk: str | None = None,
    operator: str | None = None,
) -> int:
    """Add an organizer's list; returns its id. `admit` (ADMIT): who its door lets in,
    anyone, the signed-up people first (their seats held) or only them. A session's list admits on its day from 30
    minutes before it starts until it ends (unless `opens`/`closes` say otherwise) and is
    at its room's door; a list at a room's door has the room's seats unless `capacity` says
    otherwise; all else is as given. Everything is checked first."""
    ensure_lists(session)
    event = current_event(session)
    name = clean(" ".join(name.split()), 100)
    if not name:
        raise UserError(refusal("give the list a name"))
    taken = session.scalar(
        select(CheckinList.id).where(
            CheckinList.event_id == event.id, func.lower(CheckinList.name) == name.lower()
        )
    )
    if taken is not None:
        raise UserError(refusal("there is a check-in list named {name} already", name=repr(name)))
    cats = [c.strip().lower() for c in categories or [] if c.strip()]
    unknown = [c for c in cats if c not in CATEGORIES]
    if unknown:
        raise UserError(
            refusal(
                "unknown category {unknown}: use one of {CATEGORIES}",
                unknown=repr(clean(unknown[0], 40)),
                CATEGORIES=", ".join(CATEGORIES),
            )
        )
    if admit not in ADMIT:
        raise UserError(
            refusal(
                "unknown admission rule {admit}: use one of {ADMIT}",
                admit=repr(clean(admit, 30)),
                ADMIT=", ".join(ADMIT),
            )
        )
    if capacity is not None and not 1 <= capacity <= 1_000_000:
        raise UserError(refusal("the capacity is a number of seats from 1 to 1000000"))
    opens, closes = _clock(opens, "--from"), _clock(closes, "--to")
    if opens and closes and closes <= opens:
        raise UserError(
            refusal(
                "the list closes ({closes}) before it opens ({opens})", closes=closes, opens=opens
            )
        )
    room_id = None
    if session_id is not None:
        talk = session.get(TalkSession, session_id)
        if talk is None or talk.event_id != event.id:
            raise UserError(refusal("no session with id {session_id}", session_id=session_id))
        if talk.start is not None:
            start = to_local(event, talk.start)
            end = start + dt.timedelta(minutes=talk.duration_min or 0)
            day = day or start.date()
            opens = opens or f"{max(start - _SESSION_EARLY, start.replace(hour=0, minute=0)):%H:%M}"
            closes = closes or (f"{end:%H:%M}" if end.date() == start.date() else "")
        room_id = talk.room_id
    if room.strip():
        room_id = session.scalar(
            select(Room.id).where(Room.event_id == event.id, Room.name == room.strip())
        )
        if room_id is None:
            raise UserError(refusal("no room named {room}", room=repr(clean(room.strip(), 60))))
    days = event_days(event.start_date, event.end_date)
    if day is not None and days and day not in days:
        raise UserError(
            refusal("{day} is not one of the event's days", day=format(day, "%d %b %Y"))
        )
    position = (
        session.scalar(
            select(func.max(CheckinList.position)).where(CheckinList.event_id == event.id)
        )
        or 0
    ) + 1
    row = CheckinList(
        event_id=event.id,
        name=name,
        kind="custom",
        day=day,
        session_id=session_id,
        room_id=room_id,
        categories=cats,
        opens=opens,
        closes=closes,
        exits=exits,
        capacity=capacity,
        position=position,
        admit=admit,
    )
    session.add(row)
    session.flush()
    details: dict[str, Any] = {"name": name, "day": day.isoformat() if day else None}
    details |= {"categories": cats, "opens": opens, "closes": closes, "exits": exits}
    details["capacity"] = capacity
    details["admit"] = admit
    details["session_id"] = session_id
    write_audit(session, event.id, Action.LIST_ADD, row.id, details, desk, operator, entity="list")
    return row.id


def remove_list(
    session: Session, ref: str | int, desk: str | None = None, operator: str | None = None
) -> str:
    """Remove an organizer's list and its check-ins (the badge pickup and the day lists
    stay); returns its name."""
    row = find_list(session, ref)
    if row.kind != "custom":
        raise UserError(
            refusal("{name} is one of the event's own lists; it stays", name=repr(row.name))
        )
    n = session.scalar(select(func.count()).where(ListPresence.list_id == row.id)) or 0
    name = row.name
    write_audit(
        session, row.event_id, Action.LIST_REMOVE, row.id, {"name": name, "checked_in": n},
        desk, operator, entity="list",
    )  # fmt: skip
    session.delete(row)
    session.flush()
    return name


def scan_list(
    session: Session,
    raw: str,
    ref: str | int,
    desk: str,
    operator: str = "",
    exit_scan: bool = False,
    now: dt.datetime | None = None,
    override: str = "",
) -> ListScanResult:
    """Check in (or out, `exit_scan`) whoever `raw` belongs to on the list `ref`, by its
    rules; never raises for a bad code. A full list admits only with an `override` reason
    (logged). `now` (naive UTC) is for tests."""
    lst = find_rules(session, ref)
    name = lst.name
    event = ck.scan_event(session)
    now = now or utcnow()
    if lst.kind == "pickup":
        if exit_scan:
            raise UserError(refusal("{name} has no exit scans", name=name))
        return ListScanResult(name, _pickup(session, event, lst, raw, desk, operator, now))
    who = ck.identify(session, event, raw, desk, operator)
    if isinstance(who, ck.ScanResult):
        return ListScanResult(name, who)
    attendee_id, code = who
    found, inside = _on_list(
        session, event, lst, attendee_id, code, desk, operator, exit_scan, now, override
    )
    return ListScanResult(name, found, _door(session, lst, inside))


def check_in_on_list(
    session: Session,
    attendee_id: int,
    ref: str | int,
    desk: str,
    operator: str = "",
    now: dt.datetime | None = None,
    override: str = "",
) -> ListScanResult:
    """Check in a person chosen by name (the desk's search) on the list `ref`, by its rules
    (a full list only with an `override` reason)."""
    lst = find_rules(session, ref)
    event = ck.scan_event(session)
    now = now or utcnow()
    if lst.kind == "pickup":
        found = ck.check_in_attendee(session, attendee_id, desk, operator)
        return ListScanResult(lst.name, found)
    found, inside = _on_list(
        session, event, lst, attendee_id, "", desk, operator, False, now, override
    )
    return ListScanResult(lst.name, found, _door(session, lst, inside))


def door(session: Session, ref: str | int) -> Door | None:
    """The list's door now (None for the badge pickup): what the desk shows large."""
    return _door(session, find_rules(session, ref))


def _door(session: Session, lst: Rules, inside: int | None = None) -> Door | None:
    """The door after a scan; `inside`: the count the scan made already (else counted)."""
    if lst.kind == "pickup":
        return None
    n = occupancy(session, lst.id) if inside is None else inside
    return Door(lst.name, n, lst.seats, lst.exits)


def _pickup(
    session: Session,
    event: Event,
    lst: Rules,
    raw: str,
    desk: str,
    operator: str,
    now: dt.datetime,
) -> ck.ScanResult:
    """The badge pickup: today's check-in; picked up on an earlier day, the check-in is for
    today's list instead (no second badge)."""
    result = ck.scan(session, raw, desk, operator)
    card = result.attendee
    if result.outcome is not ck.Outcome.ALREADY or card is None or card.checked_in_at is None:
        return result
    today = to_local(event, now).date()
    if to_local(event, card.checked_in_at).date() >= today:
        return result
    row = session.execute(
        _RULES.where(_L.c.event_id == event.id, _L.c.kind == "day", _L.c.day == today)
    ).first()
    if row is None:
        return result
    day_list = Rules.of(row)
    found, _ = _on_list(session, event, day_list, card.id, "", desk, operator, False, now)
    if found.outcome is ck.Outcome.CHECKED_IN:
        picked = to_local(event, card.checked_in_at)
        return ck.ScanResult(
            ck.Outcome.CHECKED_IN,
            Words(
                "picked_up_before",
                f"Checked in for {day_list.name} (badge picked up on {short_day(picked)})",
                list=day_list.name,
                day=picked.date(),
            ),
            found.attendee,
            found.staff_note,
            0,
        )
    return found


def _rule_refusal(
    event: Event, lst: Rules, card: ck.AttendeeCard, now: dt.datetime
) -> tuple[ck.Outcome, str] | None:
    """What the list's rule says against this person now, if anything."""
    if lst.categories and card.category not in lst.categories:
        only = tuple(lst.categories)
        english = f"Not on this list: {', '.join(only)} only"
        return ck.Outcome.NOT_ON_LIST, Words("not_on_list", english, categories=only)
    local = to_local(event, now)
    if lst.day is not None and local.date() != lst.day:
        english = f"Not today: this list is for {short_day(lst.day)}"
        return ck.Outcome.OUTSIDE_HOURS, Words("not_today", english, day=lst.day)
    clock = f"{local:%H:%M}"
    if lst.opens and clock < lst.opens:
        english = f"Outside this list's hours (opens {lst.opens})"
        return ck.Outcome.OUTSIDE_HOURS, Words("opens", english, time=lst.opens)
    if lst.closes and clock >= lst.closes:
        english = f"Outside this list's hours (closed at {lst.closes})"
        return ck.Outcome.OUTSIDE_HOURS, Words("closed_at", english, time=lst.closes)
    return None


def _on_list(
    session: Session,
    event: Event,
    lst: Rules,
    attendee_id: int,
    code: str,
    desk: str,
    operator: str,
    exit_scan: bool,
    now: dt.datetime,
    override: str = "",
) -> tuple[ck.ScanResult, int | None]:
    """The list's rule on one person, and the count of the list when the rule counted it."""
    card = ck.load_card(session, attendee_id)
    for _ in range(10):  # a merged record's code admits the record it was merged into
        if card is None or card.merged_into_id is None:
            break
        card = ck.load_card(session, card.merged_into_id)
    desk = clean(desk, 100)

    def answer(outcome: ck.Outcome, message: str, logged: str | None = None) -> ck.ScanResult:
        _log(session, event, lst, card.id if card else None, logged or str(outcome), code,
             desk, operator, message if outcome not in EXIT_CODES else "", now)  # fmt: skip
        note = ck.staff_note_for(event, card) if card else ""
        return ck.ScanResult(outcome, message, card, note, EXIT_CODES.get(outcome, 4))

    if card is None:
        return answer(ck.Outcome.UNKNOWN, ck.SAID_UNKNOWN), None
    if card.status != "registered":
        return answer(ck.Outcome.CANCELLED, ck.SAID_CANCELLED), None
    refused = _rule_refusal(event, lst, card, now)
    if refused is not None:
        return answer(*refused), None
    if exit_scan:
        if not lst.exits:
            said = Words("no_exit_scans", f"{lst.name} has no exit scans", list=lst.name)
            return answer(ck.Outcome.INVALID, said), None
        out = session.execute(
            update(ListPresence)
            .where(
                ListPresence.list_id == lst.id,
                ListPresence.attendee_id == card.id,
                ListPresence.inside.is_(True),
            )
            .values(inside=False)
        )
        if getattr(out, "rowcount", 0) == 1:
            said = Words("checked_out", f"Checked out of {lst.name}", list=lst.name)
            return answer(ck.Outcome.EXITED, said, "exit"), None
        said = Words("not_inside", f"Not inside {lst.name}: no entry to end", list=lst.name)
        return answer(ck.Outcome.ALREADY, said), None
    cap = lst.seats
    if cap is not None:
        hold_list(session, lst.id)  # entries at one door one after another
    held = 0  # seats held for signed-up people who have not come yet (signed_first)
    if lst.admit != "anyone":
        signed, held = _signed_up(session, lst.id, card.id)
        if lst.admit == "signed_only" and not signed:
            said = Words("not_signed_up", f"Not signed up for {lst.name}", list=lst.name)
            return answer(ck.Outcome.NOT_ON_LIST, said), None
        if signed or cap is None:
            held = 0
    limit = None if override else (cap - held if cap is not None else None)
    counted: int | None = None  # the list's count, once an admission has counted it

    def admitted(key: str, words: str) -> ck.ScanResult:
        if cap is None:
            return answer(ck.Outcome.CHECKED_IN, Words(key, words, list=lst.name), "checked_in")
        nonlocal counted
        n = counted = occupancy(session, lst.id)
        if n > cap:
            write_audit(session, event.id, Action.LIST_OVER_CAPACITY, card.id,
                        {"list": lst.name, "reason": clean(override, 500), "inside": n,
                         "capacity": cap}, desk, operator)  # fmt: skip
            english = f"{words} over capacity: {n} / {cap}"
            said = Words(key, english, list=lst.name, inside=n, seats=cap, over="yes")
            return answer(ck.Outcome.CHECKED_IN, said, "checked_in")
        nearly = n >= NEARLY_FULL * cap
        english = f"{words} · {n} / {cap}{', nearly full' if nearly else ''}"
        said = Words(key, english, list=lst.name, inside=n, seats=cap)
        if nearly:
            said.values["nearly"] = "yes"
        return answer(ck.Outcome.CHECKED_IN, said, "checked_in")

    if _admit(session, lst.id, card.id, desk, now, limit):
        result = admitted("checked_in_for", f"Checked in for {lst.name}")
        return result, counted
    present = session.execute(
        select(ListPresence.inside, ListPresence.first_at, ListPresence.desk).where(
            ListPresence.list_id == lst.id, ListPresence.attendee_id == card.id
        )
    ).first()
    if present is None or (lst.exits and not present[0]):
        if lst.exits and present is not None and _reenter(session, lst.id, card.id, limit):
            result = admitted("in_again", f"In again: {lst.name}")
            return result, counted
        full = occupancy(session, lst.id)
        if held and cap is not None and full < cap:
            words = f"Full for walk-ups: {held} of the {cap} seats are held for signed-up people"
            said = Words("full_held", f"{words} ({lst.name})", held=held, seats=cap, list=lst.name)
            return answer(ck.Outcome.FULL, said), full
        english = f"Full: {full} / {cap} ({lst.name})"
        said = Words("full", english, inside=full, seats=cap or 0, list=lst.name)
        return answer(ck.Outcome.FULL, said), full
    local = to_local(event, present[1])
    today = to_local(event, now).date()
    when = f" at {local:%H:%M}" if local.date() == today else f" on {short_day(local)}"
    when += f" at {present[2]}" if present[2] else ""
    inside = " (inside)" if lst.exits else ""
    english = f"Already checked in for {lst.name}{when}{inside}"
    said = Words("already_on_list", english, list=lst.name, desk=present[2] or "")
    said.values.update(
        {"time": f"{local:%H:%M}"} if local.date() == today else {"day": local.date()}
    )
    if lst.exits:
        said.values["exits"] = "yes"
    return answer(ck.Outcome.ALREADY, said), None


def hold_list(session: Session, list_id: int) -> None:
    """Hold the list's row until the transaction ends (PostgreSQL; SQLite's writers take
    turns already), so what one admission or sign-up counts is what it adds to.

    FOR NO KEY UPDATE, not FOR UPDATE: the foreign-key checks of an exit's log row take KEY
    SHARE on the list, and an exit holding a person's presence must not deadlock with an
    entry of that person holding the list."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(
            select(CheckinList.id).where(CheckinList.id == list_id).with_for_update(key_share=True)
        )


def signup_came() -> Exists:
    """Whether the sign-up's person is on its list (checked in on it), for a query over
    `ListSignup`."""
    return (
        select(ListPresence.id)
        .where(
            ListPresence.list_id == ListSignup.list_id,
            ListPresence.attendee_id == ListSignup.attendee_id,
        )
        .exists()
    )


def _signed_up(session: Session, list_id: int, attendee_id: int) -> tuple[bool, int]:
    """Whether the person holds a seat on the list (signed up, not waiting), and how many
    seats are held for signed-up people who have not come yet."""
    seat = select(ListSignup.id).where(
        ListSignup.list_id == list_id,
        ListSignup.attendee_id == attendee_id,
        ListSignup.waiting.is_(False),
    )
    held = select(func.count()).where(
        ListSignup.list_id == list_id, ListSignup.waiting.is_(False), ~signup_came()
    )
    row = session.execute(select(seat.exists(), held.scalar_subquery())).one()
    return bool(row[0]), int(row[1] or 0)


def list_counters(session: Session, ref: str | int, desk: str) -> ck.Counters:
    """The desk's counters on a list: registered, checked in on the list, and of them by
    this desk (the badge pickup's are `checkin.counters`). A read: lists are not made."""
    event_id = ck.scan_event(session).id
    found = _lookup(session, event_id, ref)
    event = ck.counters(session, desk)  # who counts as registered is the pickup's rule
    if found is None or found.kind == "pickup":
        return event
    row = session.execute(
        select(func.count(), func.count().filter(ListPresence.desk == clean(desk, 100))).where(
            ListPresence.list_id == found.id
        )
    ).one()
    return ck.Counters(event.registered, int(row[0]), int(row[1]))


def occupancy(session: Session, list_id: int) -> int:
    """People on the list now: inside (a door with exits), or admitted (a once list)."""
    return session.scalar(_inside(list_id)) or 0


# An alias: inside an UPDATE of list_presence the count must not correlate to the row. Made
# once, so the statements that use it are compiled once (SQLAlchemy's statement cache).
_SEATED = aliased(ListPresence, name="seated")


def _inside(list_id: int) -> Any:
    return (
        select(func.count())
        .select_from(_SEATED)
        .where(_SEATED.list_id == list_id, _SEATED.inside.is_(True))
    )


def _admit(
    session: Session,
    list_id: int,
    attendee_id: int,
    desk: str,
    now: dt.datetime,
    limit: int | None = None,
) -> bool:
    """Put the person on the list unless they are on it (or its `limit` of seats is taken):
    one statement, so of two desks scanning at once exactly one admits, and the count it
    checks is the count it adds to (on PostgreSQL the caller holds the list's row)."""
    values: dict[str, Any] = {"list_id": list_id, "attendee_id": attendee_id}
    values |= {"first_at": now, "desk": desk, "inside": True}
    insert_ = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    if limit is None:
        stmt = insert_(ListPresence).values(**values)
    else:
        cols = list(values)
        row = select(*(literal(v) for v in values.values())).where(
            _inside(list_id).scalar_subquery() < limit
        )
        stmt = insert_(ListPresence).from_select(cols, row)
    stmt = stmt.on_conflict_do_nothing()
    return session.execute(stmt.returning(ListPresence.id)).first() is not None


def _reenter(session: Session, list_id: int, attendee_id: int, limit: int | None) -> bool:
    """In again after an exit (while a seat is free, with a `limit`): one statement."""
    stmt = update(ListPresence).where(
        ListPresence.list_id == list_id,
        ListPresence.attendee_id == attendee_id,
        ListPresence.inside.is_(False),
    )
    if limit is not None:
        stmt = stmt.where(_inside(list_id).scalar_subquery() < limit)
    return getattr(session.execute(stmt.values(inside=True)), "rowcount", 0) == 1


def _log(
    session: Session,
    event: Event,
    lst: Rules,
    attendee_id: int | None,
    result: str,
    code: str,
    desk: str,
    operator: str,
    reason: str,
    at: dt.datetime,
) -> None:
    session.execute(
        insert(table(ListScan)),
        {
            "event_id": event.id,
            "list_id": lst.id,
            "attendee_id": attendee_id,
            "result": result,
            "code": code,
            "desk": desk,
            "operator": clean(operator, 100),
            "reason": clean(reason, 500),
            "at": at,
        },
    )


def undo_list_checkin(
    session: Session,
    attendee_id: int,
    ref: str | int,
    desk: str,
    operator: str = "",
    reason: str = "",
) -> str:
    """Take a person off a list (a mistaken scan), saying why; the badge pickup's undo is
    `checkin.undo_checkin`. Returns the message."""
    lst = find_rules(session, ref)
    if lst.kind == "pickup":
        ck.undo_checkin(session, attendee_id, reason, desk, operator)
        return f"Check-in undone: {lst.name}"
    reason = clean(reason, 500)
    if not reason:
        raise UserError(refusal("give a reason for undoing the check-in"))
    event = current_event(session)
    card = ck.load_card(session, attendee_id)
    if card is None:
        raise UserError(refusal("no attendee with id {attendee_id}", attendee_id=attendee_id), 4)
    gone = session.execute(
        delete(ListPresence).where(
            ListPresence.list_id == lst.id, ListPresence.attendee_id == attendee_id
        )
    )
    if getattr(gone, "rowcount", 0) != 1:
        raise UserError(
            refusal(
                "{display_name} is not checked in for {name}",
                display_name=card.display_name,
                name=lst.name,
            ),
            3,
        )
    _log(session, event, lst, attendee_id, "undo", "", clean(desk, 100), operator, reason, utcnow())
    return f"Check-in undone: {lst.name}"


def replay_list_scan(
    session: Session,
    list_name: str,
    attendee_id: int | None,
    code: str,
    outcome: str,
    message: str,
    desk: str,
    operator: str,
    at: dt.datetime,
) -> dict[str, str] | None:
    """A list scan a desk decided while the server was away, sent to the server: what the desk
    showed happens here at the time it happened. An admission counts even if the door is full
    by now (the person went in); if another desk admitted the same person on the list
    meanwhile, the first stands and the double admission is reported (returned and kept in
    the audit log). A refusal is logged as it was decided. A list removed since: nothing."""
    event = ck.scan_event(session)
    lst = _lookup(session, event.id, list_name)
    if lst is None:
        return None
    if outcome not in ("checked_in", "exited") or attendee_id is None:
        _log(session, event, lst, attendee_id, outcome, code, desk, operator, message, at)
        return None
    leaving = outcome == "exited"
    first = session.execute(
        select(ListPresence.desk, ListPresence.first_at).where(
            ListPresence.list_id == lst.id, ListPresence.attendee_id == attendee_id
        )
    ).first()
    if not leaving and first is not None and first.desk != desk and lst.exits:
        # Out again by a scan made after this admission (another desk's journal came first):
        # the admission is a second one of the same visit, not a new entry.
        later = session.scalar(
            select(func.max(ListScan.at)).where(
                ListScan.list_id == lst.id,
                ListScan.attendee_id == attendee_id,
                ListScan.result == "exit",
            )
        )
        if later is not None and later > at:
            message = f"Already checked in for {lst.name} at {first.desk}"
            _log(session, event, lst, attendee_id, "already", code, desk, operator, message, at)
            return _double(session, event.id, lst, attendee_id, first, desk, operator, at)
    why = f"admitted at {desk} while the server was away"
    found, _ = _on_list(session, event, lst, attendee_id, code, desk, operator, leaving, at, why)
    if leaving or found.outcome is not ck.Outcome.ALREADY:
        return None
    if first is None or first.desk == desk:
        return None  # this desk's own admission, already sent: nothing doubled
    return _double(session, event.id, lst, attendee_id, first, desk, operator, at)


def _double(
    session: Session,
    event_id: int,
    lst: Rules,
    attendee_id: int,
    first: Any,
    desk: str,
    operator: str,
    at: dt.datetime,
) -> dict[str, str]:
    """Report a person admitted on the list at two desks while they were offline."""
    card = ck.load_card(session, attendee_id)
    double = {
        "attendee_id": str(attendee_id),
        "name": card.display_name if card else "",
        "list": lst.name,
        "first_desk": first.desk,
        "first_at": first.first_at.isoformat(),
        "second_desk": desk,
        "second_at": at.isoformat(),
    }
    write_audit(
        session, event_id, Action.CHECKIN_DOUBLE_ADMISSION, attendee_id, double, desk, operator
    )
    return double


def replay_list_undo(
    session: Session,
    list_name: str,
    attendee_id: int | None,
    aimed: str,
    desk: str,
    operator: str,
    reason: str,
    at: dt.datetime,
) -> None:
    """An undo on a list that a desk made while the server was away, sent to the server: it
    takes the person off the list only if they are on it by the admission the desk saw (made
    at `aimed`); another desk's admission, sent first, stands and the undo is noted."""
    event = ck.scan_event(session)
    lst = _lookup(session, event.id, list_name)
    if lst is None or attendee_id is None:
        return
    present = session.execute(
        select(ListPresence.id, ListPresence.desk).where(
            ListPresence.list_id == lst.id, ListPresence.attendee_id == attendee_id
        )
    ).first()
    if present is not None and present.desk == aimed:
        session.execute(delete(ListPresence).where(ListPresence.id == present.id))
        _log(session, event, lst, attendee_id, "undo", "", desk, operator, reason, at)
        return
    why = (
        f"not checked in for {lst.name}"
        if present is None
        else f"checked in for {lst.name} at {present.desk or 'another desk'}: that stands"
    )
    details = {"list": lst.name, "reason": reason, "why": why, "undone_at": at.isoformat()}
    write_audit(
        session, event.id, Action.CHECKIN_UNDO_NOT_APPLIED, attendee_id, details, desk, operator
    )


def local_day(session: Session, day: str) -> dt.date:
    """An event day as given on the command line: YYYY-MM-DD, or the day's number (1, 2...)."""
    event = current_event(session)
    days = event_days(event.start_date, event.end_date)
    text = day.strip()
    if text.isdigit() and len(text) <= 3:
        n = int(text)
        if not 1 <= n <= len(days):
            raise UserError(
                refusal("the event has {count} day(s); there is no day {n}", count=len(days), n=n)
            )
        return days[n - 1]
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UserError(
            refusal(
                "a day is YYYY-MM-DD or the day's number, not {text}", text=repr(clean(text, 20))
            )
        ) from None
