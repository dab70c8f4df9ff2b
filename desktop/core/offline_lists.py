"""Check-in lists while the event's server is away: a desk on a list (a day, a session door)
goes on from its mirror, like the badge pickup does.

A list scan is written on the server when it answers. When it does not, the desk's mirror
(desktop.core.mirror: the lists, their rooms' seats, the sign-ups and who is on each list)
decides it with the same rules (desktop.core.checkin_lists), keeps the change there (so a
second scan at this desk says "already", and the door's count goes on), and the scan goes
into the desk journal before the answer is shown. When the server is back the journal sends
it (checkin_lists.replay_list_scan): in order, exactly once, an admission counted even if the
door filled meanwhile, a person admitted at two desks reported as a double admission. While
list scans wait in the journal, new ones queue behind them.

A desk on one SQLite file has no mirror: a busy file makes the scan wait its turn.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import Store
from db.errors import is_connection_lost
from db.models import ListPresence, utcnow
from db.words import refusal
from desktop.base.errors import UserError
from desktop.core import checkin as ck
from desktop.core import checkin_lists as cl
from desktop.core import in_doubt
from desktop.core.checkin import AttendeeCard, Outcome
from desktop.core.checkin_lists import Door, ListScanResult
from desktop.core.desk_journal import DeskJournal, ready_mirror
from desktop.core.text import clean

if TYPE_CHECKING:
    from desktop.core.mirror import Mirror


_MOVES = (Outcome.CHECKED_IN, Outcome.EXITED)  # what changes who is on a list
T = TypeVar("T")


@dataclass(frozen=True)
class DeskListScan:
    """A list scan's answer at the desk and, like DeskScan, whether it waits in the journal
    and whether the server could not be reached."""

    done: ListScanResult
    journaled: bool = False
    waiting: int = 0
    offline: bool = False


def _online(
    store: Store,
    journal: DeskJournal,
    mirror: Mirror | None,
    attempt: in_doubt.Attempt,
    job: Callable[[Session], T],
) -> tuple[T | None, bool]:
    """`job` on the server unless it is away or list scans wait to be sent: (its answer or
    None, whether the server is away). The write lock from the start: on one SQLite file,
    desks' scans wait their turn instead of failing when another desk wrote between read and
    write. On PostgreSQL the attempt is noted: a COMMIT that lands unheard is sent once."""
    offline = mirror is not None and mirror.recently_unreachable()
    if offline or journal.count_waiting("list"):
        return None, offline
    try:
        with in_doubt.write(store, attempt) as s:
            return job(s), False
    except Exception as exc:
        if mirror is None or not is_connection_lost(exc):
            raise
        mirror.mark_unreachable()
        return None, True


def list_scan_or_journal(
    store: Store,
    journal: DeskJournal,
    mirror: Mirror | None,
    job: Callable[[Session], ListScanResult],
    desk: str,
    operator: str,
    code: str = "",
) -> DeskListScan:
    """Run `job` (a scan_list / check_in_on_list call) on the server, or, while it is away
    (or list scans still wait to be sent), on the mirror, journaled before it returns."""
    attempt = in_doubt.Attempt()
    online, offline = _online(store, journal, mirror, attempt, job)
    if online is not None:
        card, outcome = online.result.attendee, online.result.outcome
        if mirror is not None and card is not None and outcome in _MOVES:
            mirror.note_presence(online.list_name, card.id, desk, outcome is _MOVES[0])
        return DeskListScan(online)
    with ready_mirror(mirror).list_session() as s:
        done = job(s)
        if cl.find_rules(s, done.list_name).kind == "pickup":
            # Its check-in is the attendee's own, journaled by desk_journal.scan_or_journal:
            # here it would be sent as a list's (nothing written: the session is dropped).
            raise UserError(
                refusal("{pickup}: check in with the desk's scan, not as a list", pickup=cl.PICKUP)
            )
        result = done.result
        card = result.attendee
        journal.record(
            "list",
            card.id if card else None,
            code,
            str(result.outcome),
            result.message,
            desk,
            operator,
            at=utcnow(),
            detail=attempt.detail({"list": done.list_name}),
        )
        s.commit()  # after the journal: the record is the journal's, the mirror a copy
    return DeskListScan(done, journaled=True, waiting=journal.count_waiting(), offline=offline)


@dataclass(frozen=True)
class DeskListUndo:
    """An undo on a list at the desk: what the desk says, the person, the door after it, and
    (like DeskListScan) whether it waits in the journal and whether the server was away."""

    said: str
    card: AttendeeCard
    door: Door | None
    journaled: bool = False
    waiting: int = 0
    offline: bool = False


def list_undo_or_journal(
    store: Store,
    journal: DeskJournal,
    mirror: Mirror | None,
    attendee_id: int,
    ref: str | int,
    desk: str,
    operator: str,
    reason: str,
) -> DeskListUndo:
    """Take a person off a list (checkin_lists.undo_list_checkin) on the server, or, while it
    is away (or list scans wait to be sent), on the mirror and in the journal: sent after the
    admission it takes back, and applied only to the admission this desk saw."""

    def job(s: Session) -> tuple[str, str, AttendeeCard, Door | None]:
        name = cl.find_rules(s, ref).name
        said = cl.undo_list_checkin(s, attendee_id, ref, desk, operator, reason)
        card = ck.load_card(s, attendee_id)
        if card is None:  # undo_list_checkin found them: only a record merged away meanwhile
            raise UserError(
                refusal("no attendee with id {attendee_id}", attendee_id=attendee_id), 4
            )
        return name, said, card, cl.door(s, ref)

    attempt = in_doubt.Attempt()
    online, offline = _online(store, journal, mirror, attempt, job)
    if online is not None:
        name, said, card, door = online
        if mirror is not None:  # a scan a second later during an outage: in again
            mirror.forget_presence(name, attendee_id)
        return DeskListUndo(said, card, door)
    with ready_mirror(mirror).list_session() as s:
        rules = cl.find_rules(s, ref)
        aimed = s.scalar(
            select(ListPresence.desk).where(
                ListPresence.list_id == rules.id, ListPresence.attendee_id == attendee_id
            )
        )
        _name, said, card, door = job(s)
        journal.record(
            "list",
            attendee_id,
            "",
            "undone",
            clean(reason, 500),
            desk,
            operator,
            at=utcnow(),
            detail=attempt.detail({"list": rules.name, "aimed": aimed or ""}),
        )
        s.commit()
    return DeskListUndo(said, card, door, True, journal.count_waiting(), offline)
