"""Attendance per session and door, from the check-in lists' scan log.

For every organizer's list (a session's door, a room's door, a press room...): how many
entries it admitted (re-entries after an exit included), how many different people, the most
inside at once, and inside now. The figures are replayed from `list_scan` in the order the
scans were made, so they agree with the doors' counts (a test replays four desks at random).
Sorted by people, the best-attended first: the dashboard's "Sessions by attendance", `confdesk
lists attendance` and the attendance export read the same rows.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from db.models import AuditLog, ListScan, ListSignup, Room
from db.models import Session as Talk
from desktop.core import checkin_lists
from desktop.core.audit import Action
from desktop.core.events import current_event, to_local

COLUMNS = ["List", "Session", "Room", "Starts", "Seats", "Entries", "People", "Peak", "Inside",
           "Signed up", "No-shows"]  # fmt: skip


@dataclass(frozen=True)
class Attendance:
    """One list's attendance."""

    name: str
    session_title: str  # "" for a list that is not a session's
    room: str
    starts: dt.datetime | None  # the session's start, the event's local time
    capacity: int | None
    entries: int  # admissions, re-entries after an exit included
    people: int  # different people admitted
    peak: int  # most inside at once (a once list: everyone admitted counts as in), as the
    # door counted it: a scan undone later was inside until its undo
    inside: int  # now
    signed: int = 0  # holding a seat by sign-up (desktop.core.signups)
    no_shows: int = 0  # of those, not checked in on the list

    def row(self) -> list[Any]:
        """The export's row, in `COLUMNS` order."""
        starts = self.starts.replace(tzinfo=None) if self.starts else None
        return [self.name, self.session_title, self.room, starts, self.capacity,
                self.entries, self.people, self.peak, self.inside, self.signed,
                self.no_shows]  # fmt: skip


def attendance(
    session: Session, read: list[checkin_lists.ListInfo] | None = None
) -> list[Attendance]:
    """Attendance of the event's own lists (not the badge pickup or the days), best-attended
    first; `read`: the event's lists when the caller has them already. A read: the event gets
    no lists here."""
    event = current_event(session)
    if read is None:
        read = checkin_lists.lists(session, ensure=False)
    own = [x for x in read if x.kind == "custom"]
    if not own:
        return []
    talks = {
        int(r[0]): (str(r[1]), r[2], str(r[3] or ""))
        for r in session.execute(
            select(Talk.id, Talk.title, Talk.start, Room.name)
            .outerjoin(Room, Room.id == Talk.room_id)
            .where(Talk.id.in_([x.session_id for x in own if x.session_id is not None]))
        )
    }
    figures = _replay(session, event.id, {x.id for x in own})
    signed = _signed(session, {x.id for x in own})
    out = []
    for x in own:
        title, start, room = talks.get(x.session_id or 0, ("", None, ""))
        entries, people, peak = figures.get(x.id, (0, 0, 0))
        held, absent = signed.get(x.id, (0, 0))
        out.append(
            Attendance(
                x.name,
                title,
                x.room or room,
                to_local(event, start) if start is not None else None,
                x.capacity,
                entries,
                people,
                peak,
                x.inside,
                held,
                absent,
            )
        )
    out.sort(key=lambda a: (-a.people, -a.peak, a.name.casefold()))
    return out


def _signed(session: Session, ids: set[int]) -> dict[int, tuple[int, int]]:
    """list id -> (people holding a seat by sign-up, of them not checked in)."""
    absent = ~checkin_lists.signup_came()
    rows = session.execute(
        select(ListSignup.list_id, func.count(), func.sum(case((absent, 1), else_=0)))
        .where(ListSignup.waiting.is_(False))
        .group_by(ListSignup.list_id)
    )
    return {int(r[0]): (int(r[1]), int(r[2] or 0)) for r in rows if r[0] in ids}


@dataclass
class _Replay:
    """The scan log replayed so far for one event of one store: kept between calls (the
    dashboard asks every few seconds), so each call reads only the scans made since."""

    lists: frozenset[int]
    removed: int = 0  # lists removed from the event when replayed (their ids may come back)
    last_id: int = 0
    # Ids of the last TAIL rows applied: on PostgreSQL a scan can commit after one with a
    # higher id, so the tail is read again and what was not applied yet is applied.
    tail: set[int] = field(default_factory=set)
    inside: dict[int, set[int]] = field(default_factory=dict)
    came: dict[int, dict[int, int]] = field(default_factory=dict)  # list -> person -> entries
    peak: dict[int, int] = field(default_factory=dict)

    def apply(self, list_id: int, who: int, result: str) -> None:
        now = self.inside.setdefault(list_id, set())
        if result == "checked_in":
            now.add(who)
            mine = self.came.setdefault(list_id, {})
            mine[who] = mine.get(who, 0) + 1
            self.peak[list_id] = max(self.peak.get(list_id, 0), len(now))
        elif result == "exit":
            now.discard(who)
        else:  # an undo: off the list, as if they had not come (a scan at the wrong door)
            now.discard(who)
            self.came.get(list_id, {}).pop(who, None)

    def figures(self) -> dict[int, tuple[int, int, int]]:
        return {
            i: (sum(self.came.get(i, {}).values()), len(self.came.get(i, {})), self.peak.get(i, 0))
            for i in self.inside
        }


# Rows read again at each call: more than the journal replays of a few desks at once can
# hold open (200 scans a batch each), so a scan that committed late is still seen.
TAIL = 2000
_KEEP = 8  # stores whose replay is kept (a process opens a few in its life)
_REPLAYS: dict[tuple[int, str, int], _Replay] = {}
_REPLAYS_LOCK = threading.Lock()


def _replay(session: Session, event_id: int, ids: set[int]) -> dict[int, tuple[int, int, int]]:
    """list id -> (entries, people, peak), from the scan log in the order of the scans: the
    scans since the last call applied to what that call replayed. Replayed from the start
    when a list was removed (its scans went with it) or the log is shorter than seen (another
    file restored in its place)."""
    bind = session.get_bind()
    key = (id(bind), str(getattr(bind, "url", "")), event_id)
    # The whole log's highest id: one step down the primary key (a WHERE on the event would
    # make it a scan of every row).
    top = session.scalar(select(func.max(ListScan.id))) or 0
    removed = (
        session.scalar(
            select(func.count())
            .select_from(AuditLog)
            .where(AuditLog.event_id == event_id, AuditLog.action == Action.LIST_REMOVE)
        )
        or 0
    )
    with _REPLAYS_LOCK:  # one refresh at a time brings a store's replay forward
        state = _REPLAYS.pop(key, None)
        if (
            state is None
            or not state.lists <= ids
            or top < state.last_id
            or removed != state.removed
        ):
            state = _Replay(frozenset(ids), removed)
        state.lists = frozenset(ids)
        # Read first, then apply: a read that fails leaves the replay as it was.
        rows = list(_scans(session, event_id, ids, state.last_id - TAIL))
        for row_id, list_id, who, result in rows:
            if row_id in state.tail or row_id <= state.last_id - TAIL:
                continue
            state.apply(list_id, who, result)
            state.tail.add(row_id)
        state.last_id = max(state.last_id, top)
        state.tail = {i for i in state.tail if i > state.last_id - TAIL}
        _REPLAYS[key] = state  # the newest last: the oldest go first when there are too many
        while len(_REPLAYS) > _KEEP:
            _REPLAYS.pop(next(iter(_REPLAYS)))
        return state.figures()


def _scans(
    session: Session, event_id: int, ids: set[int], after: int
) -> Iterator[tuple[int, int, int, str]]:
    q = (
        select(ListScan.id, ListScan.list_id, ListScan.attendee_id, ListScan.result)
        .where(
            ListScan.event_id == event_id,
            ListScan.id > after,
            ListScan.result.in_(("checked_in", "exit", "undo")),
        )
        .order_by(ListScan.id)
    )
    for r in session.execute(q):
        # (The lists are picked here, not in SQL: an IN of a thousand doors costs more.)
        if r[1] in ids and r[2] is not None:
            yield int(r[0]), int(r[1]), int(r[2]), str(r[3])
