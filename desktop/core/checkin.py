"""Check-in at the registration desk: scan a code, check in once, undo, count.

A scan is verified offline (desktop.core.tickets), looked up, and checked in with ONE
conditional UPDATE (`... WHERE checked_in_at IS NULL AND status = 'registered'`) inside the
caller's transaction: the row count decides "Checked in" against "Already checked in", so two
desks scanning the same badge at the same instant (on PostgreSQL, the second UPDATE waits for
the first and then re-checks the condition) give exactly one of each.

Every scan writes one `checkin_log` row. A refused scan (unknown, forged, other event,
cancelled, revoked, not a code) changes nothing else except one `audit_log` entry
`scan_refused`. A revoked code is the code of a lost badge that was reprinted with a new
code (desktop.core.tickets.reissue_badge): it is refused before any check-in.
"""

from __future__ import annotations

import datetime as dt
import time
import unicodedata
import weakref
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import func, insert, select, text, update
from sqlalchemy.orm import Session

from db.models import (
    Attendee,
    AuditLog,
    CheckIn,
    Event,
    ListScan,
    PrintLog,
    RevokedBadge,
    TicketCode,
    table,
    utcnow,
)
from db.words import Words, refusal, short_day
from desktop.base.errors import UserError
from desktop.core.audit import Action, write_audit
from desktop.core.events import current_event, to_local
from desktop.core.text import clean, printed_names
from desktop.core.tickets import Verdict, verify

_A = table(Attendee)
# Longest text a scan may be: our codes are ~20 characters, ticketing codes up to 255.
MAX_SCAN = 255

# Shown to desk staff on check-in, by category; an event may override them in
# `event.settings["desk_notes"]` ({category: text}).
CATEGORY_NOTES = {
    "speaker": "Speaker: hand over speaker pack",
    "vip": "VIP: call host",
    "press": "Press: hand over press kit",
    "sponsor": "Sponsor: hand over sponsor pack",
    "exhibitor": "Exhibitor: hand over booth pass",
}


@dataclass(frozen=True)
class AttendeeCard:
    """What the desk shows of one attendee (plain data, no session needed)."""

    id: int
    number: int
    given_name: str
    family_name: str
    name_local: str
    organization: str
    title: str
    email: str
    category: str
    status: str
    staff_note: str
    badge_code: str
    checked_in_at: dt.datetime | None  # naive UTC
    checked_in_desk: str | None
    badge_printed_at: dt.datetime | None  # naive UTC
    print_count: int
    external_id: str | None
    phone: str
    country: str
    notes: str
    merged_into_id: int | None

    @property
    def display_name(self) -> str:
        """`Given Family` (a Chinese name in these fields family name first: 陳大文), else the
        name in Chinese (or other script)."""
        given, family, local = printed_names(self.given_name, self.family_name, self.name_local)
        return " ".join(p for p in (given, family) if p) or local

    @property
    def checked_in(self) -> bool:
        return self.checked_in_at is not None


CARD_FIELDS = tuple(AttendeeCard.__dataclass_fields__)
CARD_COLUMNS = tuple(_A.c[name] for name in CARD_FIELDS)


def card_from_row(row: Any) -> AttendeeCard:
    """An AttendeeCard from a result row holding CARD_COLUMNS (in that order)."""
    return AttendeeCard(*row)


def load_card(session: Session, attendee_id: int) -> AttendeeCard | None:
    row = session.execute(select(*CARD_COLUMNS).where(_A.c.id == attendee_id)).first()
    return card_from_row(row) if row else None


class Outcome(StrEnum):
    CHECKED_IN = "checked_in"
    ALREADY = "already"
    UNKNOWN = "unknown"
    FORGED = "forged"
    OTHER_EVENT = "other_event"
    CANCELLED = "cancelled"
    INVALID = "invalid"
    REVOKED = "revoked"  # the code of a lost badge, reprinted with a new code
    REGISTERED = "registered"  # walk-in registered without check-in
    # On a check-in list (desktop.core.checkin_lists):
    NOT_ON_LIST = "not_on_list"  # the list is for other categories
    OUTSIDE_HOURS = "outside_hours"  # another day, or before it opens / after it closes
    EXITED = "exited"  # an exit scan at a door
    FULL = "full"  # the list's seats are taken (a door at capacity)
    PICK = "pick"  # an order code of several people: the desk shows them to choose from


EXIT_CODES = {Outcome.CHECKED_IN: 0, Outcome.ALREADY: 3, Outcome.PICK: 5}
# The most people an order code offers to choose from (a group booking of a whole class).
MAX_ORDER_PEOPLE = 50

# The desk's fixed answers, as `Words` (the screens say them in the interface's language).
SAID_CHECKED_IN = Words("checked_in", "Checked in")
SAID_REGISTERED = Words("registered", "Registered")
SAID_UNKNOWN = Words("unknown", "Unknown code")
SAID_FORGED = Words("forged", "Forged code")
SAID_OTHER_EVENT = Words("other_event", "Badge of another event")
SAID_CANCELLED = Words("cancelled", "Registration cancelled")
SAID_NOTHING_SCANNED = Words("nothing_scanned", "Nothing scanned")
SAID_TOO_LONG = Words("too_long", "Not a badge code (too long)")
SAID_UNREADABLE = Words("unreadable", "Not a badge code (unreadable characters)")
SAID_INCOMPLETE = Words("incomplete", "Incomplete badge code: scan again")


def when_words(event: Event, at: dt.datetime) -> tuple[str, dict[str, Any]]:
    """How a past moment reads in a desk's answer: "at 09:02" today, "on 3 Dec at 09:02" on
    another day, with the values a screen needs to say it otherwise (time; day if not today)."""
    local = to_local(event, at)
    today = to_local(event, utcnow()).date()
    if local.date() == today:
        return f"at {local:%H:%M}", {"time": f"{local:%H:%M}"}
    return f"on {short_day(local)} at {local:%H:%M}", {
        "time": f"{local:%H:%M}",
        "day": local.date(),
    }


@dataclass(frozen=True)
class ScanResult:
    """What the desk's result panel shows after a scan or a check-in from search."""

    outcome: Outcome
    message: str
    attendee: AttendeeCard | None
    staff_note: str
    exit_code: int
    # Outcome.PICK: the order's people, in number order, to choose from.
    choices: tuple[AttendeeCard, ...] = ()

    @property
    def ok(self) -> bool:
        return self.outcome is Outcome.CHECKED_IN


def staff_note_for(event: Event, card: AttendeeCard) -> str:
    """The category's desk note plus the attendee's own note for staff."""
    notes = dict(CATEGORY_NOTES)
    notes.update((event.settings or {}).get("desk_notes") or {})
    parts = [notes.get(card.category, ""), card.staff_note]
    return " · ".join(p for p in parts if p)


def _already_message(event: Event, card: AttendeeCard) -> Words:
    assert card.checked_in_at is not None
    when, values = when_words(event, card.checked_in_at)
    where = f" at {card.checked_in_desk}" if card.checked_in_desk else ""
    return Words(
        "already", f"Already checked in {when}{where}", desk=card.checked_in_desk or "", **values
    )


def _screen_input(raw: str | None) -> tuple[str, str]:
    """(trimmed text, problem): problem is the panel message when it is no code at all."""
    if raw is None:
        return "", SAID_NOTHING_SCANNED
    if len(raw) > 4 * MAX_SCAN:
        return "", SAID_TOO_LONG
    text = raw.strip()
    if not text.isascii():
        # A code typed through a Chinese input method arrives full-width (９ＵＸＥ－１):
        # width-folded it is the code.
        text = unicodedata.normalize("NFKC", text).strip()
    if not text:
        return "", SAID_NOTHING_SCANNED
    if len(text) > MAX_SCAN:
        return "", SAID_TOO_LONG
    if any(unicodedata.category(c) in ("Cc", "Cs", "Co", "Cn") or c == "\ufffd" for c in text):
        return "", SAID_UNREADABLE
    return text, ""


def _printable(raw: str | None) -> str:
    """What the log keeps of a scan: printable, at most 100 characters (PostgreSQL refuses NUL)."""
    if not raw:
        return ""
    shown = "".join(c if c.isprintable() else "\ufffd" for c in raw[:100])
    return shown + ("…" if len(raw) > 100 else "")


def _log(
    session: Session,
    event: Event,
    result: Outcome | str,
    attendee_id: int | None,
    code: str,
    desk: str,
    operator: str,
    reason: str = "",
    at: dt.datetime | None = None,
) -> None:
    session.execute(
        insert(table(CheckIn)),
        {
            "event_id": event.id,
            "attendee_id": attendee_id,
            "result": str(result),
            "code": code,
            "desk": clean(desk, 100),
            "operator": clean(operator, 100),
            "reason": clean(reason, 500),
            "at": at or utcnow(),
        },
    )


def _refuse(
    session: Session,
    event: Event,
    outcome: Outcome,
    message: str,
    raw: str | None,
    desk: str,
    operator: str,
    card: AttendeeCard | None = None,
) -> ScanResult:
    code = _printable(raw)
    attendee_id = card.id if card else None
    _log(session, event, outcome, attendee_id, code, desk, operator, reason=message)
    write_audit(
        session,
        event.id,
        Action.CHECKIN_REFUSED,
        attendee_id,
        {"outcome": str(outcome), "message": message, "code": code},
        desk,
        operator,
    )
    note = staff_note_for(event, card) if card else ""
    return ScanResult(outcome, message, card, note, EXIT_CODES.get(outcome, 4))


def _ticket_owner(session: Session, event: Event, code: str) -> int | None:
    """Whose accepted ticket code this is, exactly as given. Also how a badge printed before
    the event moved to this database (a laptop's SQLite to the venue's PostgreSQL) still
    checks in: the import kept its code as a ticket code."""
    return session.scalar(
        select(TicketCode.attendee_id).where(
            TicketCode.event_id == event.id, TicketCode.code == code
        )
    )


def indico_ticket(text: str) -> tuple[str, str] | None:
    """(registrant id, check-in secret) of an Indico ticket's QR code, or None.

    Indico's ticket QR holds JSON: {"registrant_id": 12, "checkin_secret": "<uuid>",
    "event_id": "3", "server_url": "...", "version": 1}."""
    if not text.startswith("{"):
        return None
    import json

    try:
        doc = json.loads(text)
    except (ValueError, RecursionError):
        return None
    if not isinstance(doc, dict):
        return None
    rid, secret = doc.get("registrant_id"), doc.get("checkin_secret")
    if isinstance(rid, bool) or not isinstance(rid, int | str) or not isinstance(secret, str):
        return None
    rid, secret = str(rid).strip(), secret.strip()
    return (rid, secret) if rid and secret else None


def _indico_owner(session: Session, event: Event, secret: str) -> int | None:
    """Whose Indico ticket this is: the attendee whose ticket code is its check-in secret
    (the Indico export's ticket column). The QR's registrant id is Indico's internal number,
    not the export's ID, so it names no one by itself: a ticket whose secret was never
    imported is nobody's."""
    return _ticket_owner(session, event, secret) or _ticket_owner(session, event, secret.lower())


def _of_order(event: Event, code: str) -> tuple[Any, ...]:
    """Who is of the order whose code `code` is (as given, or in upper or lower case: order
    codes are letters and digits), merged records left out."""
    return (
        _A.c.event_id == event.id,
        _A.c.order_code.in_(sorted({code, code.upper(), code.lower()})),
        _A.c.merged_into_id.is_(None),
    )


def order_people(session: Session, event: Event, text: str) -> list[int]:
    """The first MAX_ORDER_PEOPLE people of the order whose code `text` is, in number order."""
    code = text.strip()
    if not code or len(code) > 64:
        return []
    query = select(_A.c.id).where(*_of_order(event, code)).order_by(_A.c.number)
    return list(session.scalars(query.limit(MAX_ORDER_PEOPLE)))


def foreign_owner(session: Session, event: Event, text: str) -> int | ScanResult | None:
    """Whose ticketing-system code, external id or order code `text` is: an attendee id, or
    (an order of several people) the answer that lists them to choose from."""
    found = _lookup_foreign(session, event, text)
    if found is not None:
        return found
    people = order_people(session, event, text)
    if len(people) > 1:
        return pick_result(session, event, text.strip(), people)
    return people[0] if people else None


def pick_result(session: Session, event: Event, code: str, people: list[int]) -> ScanResult:
    """The answer to an order code of several people: choose who is here (nobody is checked
    in yet; the desk lists them, the first MAX_ORDER_PEOPLE of a larger order)."""
    cards = tuple(c for i in people if (c := load_card(session, i)) is not None)
    count = len(people)
    if count >= MAX_ORDER_PEOPLE:  # perhaps more than were listed: count them
        query = select(func.count()).select_from(_A).where(*_of_order(event, code))
        count = int(session.scalar(query) or count)
    if count > len(cards):
        message = Words(
            "order_pick_first",
            f"Order {code}: {count} people, the first {len(cards)} listed - choose who is here",
            code=code,
            count=count,
            shown=len(cards),
        )
    else:
        message = Words(
            "order_pick",
            f"Order {code}: {count} people - choose who is here",
            code=code,
            count=count,
        )
    return ScanResult(Outcome.PICK, message, None, "", EXIT_CODES[Outcome.PICK], cards)


def _lookup_foreign(session: Session, event: Event, text: str) -> int | None:
    """A ticketing-system code (pretix secret, Eventbrite barcode, Indico ticket) or external id.

    The exact code first; then the code with its letters' case changed as Caps Lock does to
    a scanner's keystrokes (inverted), or all lower or upper case: equality lookups on the
    (event_id, code) unique index, accepted only when they name one attendee.
    """
    indico = indico_ticket(text)
    if indico is not None:
        return _indico_owner(session, event, indico[1])
    found = _ticket_owner(session, event, text)
    variants = {text.swapcase(), text.lower(), text.upper()} - {text}
    if found is None and variants:
        owners = set(
            session.scalars(
                select(TicketCode.attendee_id)
                .where(TicketCode.event_id == event.id, TicketCode.code.in_(sorted(variants)))
                .limit(4)
            )
        )
        found = owners.pop() if len(owners) == 1 else None
    if found is None:
        found = session.scalar(
            select(_A.c.id)
            .where(_A.c.event_id == event.id, _A.c.external_id == text)
            .order_by(_A.c.merged_into_id.is_not(None), _A.c.id)
            .limit(1)
        )
    return found


_CARD_LIST = ", ".join(CARD_FIELDS)
_PG_CHECK_IN = text(
    "WITH hit AS (UPDATE attendee SET checked_in_at = :now, checked_in_desk = :desk "
    "WHERE id = :id AND event_id = :event_id AND checked_in_at IS NULL "
    f"AND status = 'registered' AND merged_into_id IS NULL RETURNING {_CARD_LIST}), "
    "logged AS (INSERT INTO checkin_log "
    "(event_id, attendee_id, result, code, desk, operator, reason, at) "
    "SELECT :event_id, id, 'checked_in', :code, :desk, :operator, :reason, :now FROM hit) "
    f"SELECT {_CARD_LIST} FROM hit"
)


def _check_in(
    session: Session,
    event: Event,
    attendee_id: int,
    code: str,
    desk: str,
    operator: str,
    reason: str = "",
    hops: int = 0,
) -> ScanResult | None:
    """The conditional check-in of one attendee id; None when there is no such attendee."""
    now = utcnow()
    desk = clean(desk, 100)
    if session.get_bind().dialect.name == "postgresql":
        # Check in, log and return the card in one statement: one round trip.
        row = session.execute(
            _PG_CHECK_IN,
            {
                "id": attendee_id,
                "event_id": event.id,
                "now": now,
                "desk": desk,
                "code": code,
                "operator": clean(operator, 100),
                "reason": clean(reason, 500),
            },
        ).first()
        if row is not None:
            card = card_from_row(row)
            return ScanResult(
                Outcome.CHECKED_IN, SAID_CHECKED_IN, card, staff_note_for(event, card), 0
            )
        return _not_checked_in(session, event, attendee_id, code, desk, operator, reason, hops)
    # One statement decides and returns the card.
    row = session.execute(
        update(_A)
        .where(
            _A.c.id == attendee_id,
            _A.c.event_id == event.id,
            _A.c.checked_in_at.is_(None),
            _A.c.status == "registered",
            _A.c.merged_into_id.is_(None),
        )
        .values(checked_in_at=now, checked_in_desk=desk)
        .returning(*CARD_COLUMNS)
    ).first()
    if row is not None:
        card = card_from_row(row)
        _log(session, event, Outcome.CHECKED_IN, card.id, code, desk, operator, reason, at=now)
        return ScanResult(Outcome.CHECKED_IN, SAID_CHECKED_IN, card, staff_note_for(event, card), 0)
    return _not_checked_in(session, event, attendee_id, code, desk, operator, reason, hops)


def _not_checked_in(
    session: Session,
    event: Event,
    attendee_id: int,
    code: str,
    desk: str,
    operator: str,
    reason: str,
    hops: int,
) -> ScanResult | None:
    """The update changed nothing: say why (on PostgreSQL this sees what another desk just
    committed: the update waited for it and re-checked the condition)."""
    now = utcnow()
    card = load_card(session, attendee_id)
    if card is None or (
        card.merged_into_id is None and card.status == "registered" and not card.checked_in_at
    ):
        return None
    if card.merged_into_id is not None and hops < 10:
        return _check_in(
            session, event, card.merged_into_id, code, desk, operator, reason, hops + 1
        )
    if card.status != "registered":
        return _refuse(
            session, event, Outcome.CANCELLED, SAID_CANCELLED, code, desk, operator, card
        )
    message = _already_message(event, card)
    _log(session, event, Outcome.ALREADY, card.id, code, desk, operator, message, at=now)
    return ScanResult(Outcome.ALREADY, message, card, staff_note_for(event, card), 3)


@dataclass(frozen=True)
class _EventKeys:
    """The event fields a scan needs, read with one light query (no ORM object)."""

    id: int
    code_prefix: str
    signing_key: str
    timezone: str
    settings: dict[str, Any]


_E = table(Event)


# Per open store (engine): the event's keys, re-read after EVENT_KEYS_TTL seconds so a change
# of the desk notes reaches every desk; saves a round trip per scan on PostgreSQL.
EVENT_KEYS_TTL = 10.0
_event_cache: weakref.WeakKeyDictionary[Any, tuple[float, _EventKeys]] = weakref.WeakKeyDictionary()


def _event_keys(session: Session) -> Event:
    engine = session.get_bind()
    cached = _event_cache.get(engine)
    if cached and time.monotonic() - cached[0] < EVENT_KEYS_TTL:
        return cached[1]  # type: ignore[return-value]  # duck-typed: same attributes
    row = session.execute(
        select(_E.c.id, _E.c.code_prefix, _E.c.signing_key, _E.c.timezone, _E.c.settings)
        .order_by(_E.c.id)
        .limit(1)
    ).first()
    if row is None:
        return current_event(session)  # raises the clear "no event yet" error
    keys = _EventKeys(row.id, row.code_prefix, row.signing_key, row.timezone, row.settings)
    _event_cache[engine] = (time.monotonic(), keys)
    return keys  # type: ignore[return-value]


def scan_event(session: Session) -> Event:
    """The event fields a scan needs (id, code prefix, signing key, zone, settings), read with
    one light query and kept for a few seconds per store: what every scan starts from."""
    return _event_keys(session)


def scan(session: Session, raw: str, desk: str, operator: str = "") -> ScanResult:
    """Check in whoever `raw` (a scanned or typed code) belongs to; never raises for bad input."""
    event = _event_keys(session)
    who = identify(session, event, raw, desk, operator)
    if isinstance(who, ScanResult):
        return who
    attendee_id, code = who
    result = _check_in(session, event, attendee_id, code, desk, operator)
    return result or _refuse(session, event, Outcome.UNKNOWN, SAID_UNKNOWN, code, desk, operator)


def identify(
    session: Session, event: Event, raw: str, desk: str, operator: str = ""
) -> tuple[int, str] | ScanResult:
    """Whose code `raw` is: (attendee id, the code as logged), or the refusal, logged (no
    code, a forged one, another event's, a revoked badge, nobody's). The id may be a merged
    record's: the caller follows it."""
    text, problem = _screen_input(raw)
    if problem:
        return _refuse(session, event, Outcome.INVALID, problem, raw, desk, operator)
    parsed = verify(event, text)
    if parsed.verdict is Verdict.VALID:
        attendee_id = parsed.attendee_id
    elif parsed.verdict is Verdict.NOT_OURS:
        found = foreign_owner(session, event, text)
        if isinstance(found, ScanResult):
            return found
        attendee_id = found
        if attendee_id is None and text.upper().startswith(f"{event.code_prefix}-"):
            return _refuse(
                session,
                event,
                Outcome.INVALID,
                SAID_INCOMPLETE,
                text,
                desk,
                operator,
            )
    else:  # forged or another event's, unless carried over from the event's previous database
        attendee_id = _ticket_owner(session, event, text)
        if attendee_id is None:
            outcome, message = (
                (Outcome.FORGED, SAID_FORGED)
                if parsed.verdict is Verdict.FORGED
                else (Outcome.OTHER_EVENT, SAID_OTHER_EVENT)
            )
            return _refuse(session, event, outcome, message, text, desk, operator)
    if attendee_id is None:
        return _refuse(session, event, Outcome.UNKNOWN, SAID_UNKNOWN, text, desk, operator)
    revoked = _revoked(session, event, text, attendee_id, desk, operator)
    if revoked is not None:
        return revoked
    return attendee_id, _printable(text)


def revocation(session: Session, event: Event, code: str) -> tuple[Words, int | None] | None:
    """(refusal message, attendee id) when `code` is a revoked badge code, else None.

    A read only: one lookup on the (event_id, code) unique index. `scan` calls it for every
    code that names someone; a scan decided elsewhere must call it too.
    """
    row = session.execute(
        select(RevokedBadge.at, RevokedBadge.desk, RevokedBadge.attendee_id).where(
            RevokedBadge.event_id == event.id, RevokedBadge.code == code
        )
    ).first()
    if row is None:
        return None
    at, where, owner = row
    when, values = when_words(event, at)
    english = f"Revoked badge (reprinted {when}{f' at {where}' if where else ''})"
    return Words("revoked", english, desk=where or "", **values), owner


def _revoked(
    session: Session, event: Event, code: str, attendee_id: int, desk: str, operator: str
) -> ScanResult | None:
    """The refusal of a revoked badge code (lost, reprinted with a new code), else None."""
    found = revocation(session, event, code)
    if found is None:
        return None
    message, owner = found
    card = load_card(session, owner if owner is not None else attendee_id)
    return _refuse(session, event, Outcome.REVOKED, message, code, desk, operator, card)


def check_in_attendee(
    session: Session, attendee_id: int, desk: str, operator: str = ""
) -> ScanResult:
    """Check in an attendee picked from search results (same rules and log as a scan)."""
    event = current_event(session)
    result = _check_in(session, event, attendee_id, "", desk, operator, reason="from search")
    if result is None:
        raise UserError(refusal("no attendee with id {attendee_id}", attendee_id=attendee_id), 4)
    return result


def undo_checkin(
    session: Session, attendee_id: int, reason: str, desk: str, operator: str = ""
) -> AttendeeCard:
    """Take back a check-in (wrong person, scanned by mistake); the reason is required."""
    event = current_event(session)
    reason = clean(reason, 500)
    if not reason:
        raise UserError(refusal("give a reason for undoing the check-in"))
    card = load_card(session, attendee_id)
    if card is None:
        raise UserError(refusal("no attendee with id {attendee_id}", attendee_id=attendee_id), 4)
    result = session.execute(
        update(_A)
        .where(_A.c.id == attendee_id, _A.c.checked_in_at.is_not(None))
        .values(checked_in_at=None, checked_in_desk=None)
    )
    if getattr(result, "rowcount", 0) != 1:
        raise UserError(
            refusal("{display_name} is not checked in", display_name=card.display_name), 3
        )
    _log(session, event, "undo", attendee_id, "", desk, operator, reason)
    write_audit(
        session,
        event.id,
        Action.CHECKIN_UNDO,
        attendee_id,
        {
            "reason": reason,
            "was_checked_in_at": card.checked_in_at.isoformat() if card.checked_in_at else None,
            "was_desk": card.checked_in_desk,
        },
        desk,
        operator,
    )
    return AttendeeCard(**{**card.__dict__, "checked_in_at": None, "checked_in_desk": None})


@dataclass(frozen=True)
class Counters:
    registered: int
    checked_in: int
    desk_checked_in: int


def counters(session: Session, desk: str) -> Counters:
    """Registered (not cancelled, not merged) attendees, how many are in, how many at `desk`."""
    event = current_event(session)
    live = (_A.c.status == "registered") & _A.c.merged_into_id.is_(None)
    row = session.execute(
        select(
            func.count().filter(live),
            func.count().filter(live & _A.c.checked_in_at.is_not(None)),
            func.count().filter(live & (_A.c.checked_in_desk == desk)),
        ).where(_A.c.event_id == event.id)
    ).one()
    return Counters(int(row[0]), int(row[1]), int(row[2]))


def activity_marker(session: Session) -> tuple[int, int]:
    """A cheap value that changes whenever any desk checks in, undoes, edits, prints or adds.

    (last check-in log id, last audit id + last print id + last attendee id + last list scan
    id): every part only grows, so the pair changes exactly when something happened. Poll it
    every ~2 s.
    """
    checkins = session.scalar(select(func.max(CheckIn.id))) or 0
    audit = session.scalar(select(func.max(AuditLog.id))) or 0
    prints = session.scalar(select(func.max(PrintLog.id))) or 0
    people = session.scalar(select(func.max(_A.c.id))) or 0
    doors = session.scalar(select(func.max(ListScan.id))) or 0  # scans on check-in lists
    return int(checkins), int(audit) + int(prints) + int(people) + int(doors)


def recent_checkins(session: Session, desk: str, limit: int = 12) -> list[AttendeeCard]:
    """People checked in at `desk`, latest first, still checked in (an undo removes them)."""
    ids = session.scalars(
        select(func.coalesce(CheckIn.attendee_id, 0))
        .where(
            CheckIn.desk == desk,
            CheckIn.result == "checked_in",
            CheckIn.attendee_id.is_not(None),
        )
        .order_by(CheckIn.id.desc())
        .limit(limit * 3)
    )
    out: list[AttendeeCard] = []
    seen: set[int] = set()
    for attendee_id in ids:
        if attendee_id in seen:
            continue
        seen.add(attendee_id)
        card = load_card(session, attendee_id)
        if card is not None and card.checked_in_at is not None:
            out.append(card)
        if len(out) == limit:
            break
    return out
