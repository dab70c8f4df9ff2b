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
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from db.models import ListScan, ListSignup, Room
from db.models import Session as Talk
from desktop.core import checkin_lists
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


def _replay(session: Session, event_id: int, ids: set[int]) -> dict[int, tuple[int, int, int]]:
    """list id -> (entries, people, peak), from the scan log in the order of the scans."""
    inside: dict[int, set[int]] = {}
    came: dict[int, dict[int, int]] = {}  # list -> person -> their entries
    peak: dict[int, int] = {}
    for list_id, who, result in _scans(session, event_id, ids):
        now = inside.setdefault(list_id, set())
        if result == "checked_in":
            now.add(who)
            mine = came.setdefault(list_id, {})
            mine[who] = mine.get(who, 0) + 1
            peak[list_id] = max(peak.get(list_id, 0), len(now))
        elif result == "exit":
            now.discard(who)
        else:  # an undo: off the list, as if they had not come (a scan at the wrong door)
            now.discard(who)
            came.get(list_id, {}).pop(who, None)
    return {
        i: (sum(came.get(i, {}).values()), len(came.get(i, {})), peak.get(i, 0)) for i in inside
    }


def _scans(session: Session, event_id: int, ids: set[int]) -> Iterator[tuple[int, int, str]]:
    q = (
        select(ListScan.list_id, ListScan.attendee_id, ListScan.result)
        .where(
            ListScan.event_id == event_id,
            ListScan.result.in_(("checked_in", "exit", "undo")),
        )
        .order_by(ListScan.id)
    )
    for r in session.execute(q):
        # (The lists are picked here, not in SQL: an IN of a thousand doors costs more.)
        if r[0] in ids and r[1] is not None:
            yield int(r[0]), int(r[1]), str(r[2])
