"""Schedule conflicts: every clash that must be caught before the program goes to print.

`check(data)` works on a loaded `ScheduleData` (the timetable screen keeps one in memory),
`find_conflicts(session)` loads the live schedule first. Overlaps are found with a sweep line
per room and per speaker (sort by start, keep a heap of sessions still running), so a full
check is O(n log n + conflicts), not a comparison of every pair. `check_sessions(data, ids)`
rechecks only what one edit can change: the conflicts that involve the given sessions.

Rules: cancelled sessions never conflict; a plenary spans all rooms, so it clashes with
anything running at the same time anywhere; a speaker's back-to-back sessions in different
rooms need `changeover_min` minutes between them.
"""

from __future__ import annotations

import datetime as dt
import heapq
from bisect import bisect_right
from collections import defaultdict, deque
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from db.words import Words
from desktop.base.schedule import RoomData, ScheduleData, SessionData, SpeakerData, Window
from desktop.core.schedule.data import load_schedule

KINDS = (
    "room_double_booked",
    "speaker_double_booked",
    "speaker_unavailable",
    "room_unavailable",
    "over_capacity",
    "outside_event_days",
    "tight_changeover",
    "unscheduled",
    "unconfirmed",
)
# Shown in the conflicts panel and by `confdesk schedule conflicts`.
KIND_LABELS = {
    "room_double_booked": "room booked twice",
    "speaker_double_booked": "speaker in two places",
    "speaker_unavailable": "speaker not available",
    "room_unavailable": "room not available",
    "over_capacity": "room too small",
    "outside_event_days": "outside the event days",
    "tight_changeover": "tight changeover",
    "unscheduled": "not scheduled",
    "unconfirmed": "not confirmed",
}
DEFAULT_CHANGEOVER_MIN = 10


@dataclass(frozen=True)
class Conflict:
    kind: str
    message: str
    session_ids: tuple[int, ...]
    speaker_id: int | None = None
    room_id: int | None = None


def _when(x: SessionData) -> str:
    assert x.start is not None and x.end is not None
    return f"{x.start:%a %d %b %H:%M}-{x.end:%H:%M}"


def _q(x: SessionData) -> str:
    return f"“{x.title}”"


def _one(x: SessionData) -> dict[str, Any]:
    """A session's values in a conflict's `Words`: its title, start and end (aware)."""
    assert x.start is not None and x.end is not None
    return {"a": x.title, "a_start": x.start, "a_end": x.end}


def _pair(a: SessionData, b: SessionData) -> dict[str, Any]:
    """Two sessions' values in a conflict's `Words`."""
    assert b.start is not None and b.end is not None
    return {**_one(a), "b": b.title, "b_start": b.start, "b_end": b.end}


def _span(x: SessionData) -> tuple[dt.datetime, dt.datetime]:
    """Start and end of a placed session."""
    assert x.start is not None and x.end is not None
    return x.start, x.end


def _sweep(items: list[SessionData]) -> Iterable[tuple[SessionData, SessionData]]:
    """Overlapping pairs (earlier, later) of sessions sorted by start."""
    active: list[tuple[dt.datetime, int, SessionData]] = []
    for x in items:
        start, end = _span(x)
        while active and active[0][0] <= start:
            heapq.heappop(active)
        for _end, _id, other in active:
            yield other, x
        heapq.heappush(active, (end, x.id, x))


def _within(windows: tuple[Window, ...], starts: list[dt.datetime], x: SessionData) -> bool:
    """True when the session lies inside one availability window (no windows: always)."""
    if not windows:
        return True
    start, end = _span(x)
    i = bisect_right(starts, start) - 1
    return i >= 0 and windows[i][1] >= end


def _neighbourhood(data: ScheduleData, only: set[int]) -> list[SessionData]:
    """The sessions a conflict with any of `only` can involve: same room, plenaries, same speaker."""
    targets = [x for x in data.sessions if x.id in only]
    if any(x.plenary for x in targets):
        return data.sessions
    rooms = {x.room.id for x in targets if x.room is not None}
    people = {p.id for x in targets for p in x.speakers}
    return [
        x
        for x in data.sessions
        if x.id in only
        or x.plenary
        or (x.room is not None and x.room.id in rooms)
        or any(p.id in people for p in x.speakers)
    ]


def check(
    data: ScheduleData,
    changeover_min: int = DEFAULT_CHANGEOVER_MIN,
    for_release: bool = False,
    only: set[int] | None = None,
) -> list[Conflict]:
    """Every conflict in a loaded schedule (or only those touching the sessions in `only`)."""
    sessions = data.sessions if only is None else _neighbourhood(data, only)
    live = [x for x in sessions if x.status != "cancelled"]
    placed = sorted((x for x in live if x.start is not None), key=_by_start)
    speakers = _speakers_of(placed)
    out = [
        *_room_conflicts(placed, only),
        *_speaker_conflicts(speakers, only, changeover_min),
        *_session_conflicts(data, placed, speakers.availability, only),
    ]
    if for_release:
        out += _release_conflicts(live, only)
    order = {k: i for i, k in enumerate(KINDS)}
    starts = {x.id: x.start.timestamp() if x.start else float("inf") for x in sessions}
    out.sort(key=lambda c: (order[c.kind], starts.get(c.session_ids[0], 0.0), c.session_ids))
    return out


def _by_start(x: SessionData) -> tuple[dt.datetime, int]:
    """Sort key of a placed session: its start, then its id."""
    assert x.start is not None
    return x.start, x.id


def _touches(only: set[int] | None, ids: Iterable[int]) -> bool:
    """Whether a conflict between these sessions is wanted (it involves one of `only`)."""
    return only is None or not only.isdisjoint(ids)


def _room_conflicts(placed: list[SessionData], only: set[int] | None) -> list[Conflict]:
    """Rooms booked twice: a sweep per room; plenaries join every room's sweep."""
    by_room: dict[int, list[SessionData]] = defaultdict(list)
    plenaries = [x for x in placed if x.plenary]
    for x in placed:
        if x.room is not None and not x.plenary:
            by_room[x.room.id].append(x)
    if only is None or any(x.plenary for x in placed if x.id in only):
        sweeps = [sorted([*items, *plenaries], key=_by_start) for items in by_room.values()]
        sweeps.append(plenaries)
    else:
        rooms = {x.room.id for x in placed if x.id in only and x.room is not None}
        sweeps = [sorted([*by_room[rid], *plenaries], key=_by_start) for rid in rooms]
    out: list[Conflict] = []
    reported: set[tuple[int, int]] = set()
    for items in sweeps:
        for a, b in _sweep(items):
            key = (min(a.id, b.id), max(a.id, b.id))
            if key in reported or not _touches(only, key):
                continue
            reported.add(key)
            out.append(_room_conflict(a, b))
    return out


def _room_conflict(a: SessionData, b: SessionData) -> Conflict:
    """Two overlapping sessions in one room (a plenary is in every room)."""
    if a.plenary and b.plenary:
        room, where = None, "two plenaries"
    elif a.plenary or b.plenary:
        other = b if a.plenary else a
        room, where = other.room, f"{other.room.name if other.room else '?'} during a plenary"
    else:
        room, where = a.room, a.room.name if a.room else "?"
    where_kind = (
        "plenaries" if a.plenary and b.plenary else "plenary" if a.plenary or b.plenary else "room"
    )
    said = Words(
        f"room_double_booked_{where_kind}",
        f"{where}: {_q(a)} {_when(a)} overlaps {_q(b)} {_when(b)}",
        room=room.name if room else "?",
        **_pair(a, b),
    )
    return Conflict("room_double_booked", said, (a.id, b.id), room_id=room.id if room else None)


@dataclass
class _Speakers:
    """The placed sessions' speakers: by speaker id, their sessions (by start), name and
    availability (as the first of their sessions gives it)."""

    sessions: dict[int, list[SessionData]]
    names: dict[int, str]
    availability: dict[int, tuple[Window, ...]]


def _speakers_of(placed: list[SessionData]) -> _Speakers:
    """Each speaker's sessions, name and availability, from sessions sorted by start."""
    by_speaker: dict[int, list[SessionData]] = defaultdict(list)
    names: dict[int, str] = {}
    avail: dict[int, tuple[Window, ...]] = {}
    for x in placed:
        for p in x.speakers:
            by_speaker[p.id].append(x)
            names[p.id] = p.name
            avail.setdefault(p.id, p.availability)
    return _Speakers(by_speaker, names, avail)


def _speaker_conflicts(
    speakers: _Speakers, only: set[int] | None, changeover_min: int
) -> list[Conflict]:
    """Speakers in two places and tight changeovers: one sweep per speaker."""
    out: list[Conflict] = []
    for sid, items in speakers.sessions.items():
        if len(items) < 2 or (only is not None and only.isdisjoint(x.id for x in items)):
            continue  # one session cannot clash with itself
        out += _speaker_sweep(sid, speakers.names[sid], items, only, changeover_min)
    return out


def _speaker_sweep(
    sid: int, name: str, items: list[SessionData], only: set[int] | None, changeover_min: int
) -> list[Conflict]:
    """One speaker's sessions (sorted by start) that overlap, or leave too little changeover."""
    out: list[Conflict] = []
    changeover = dt.timedelta(minutes=changeover_min)
    active: list[tuple[dt.datetime, int, SessionData]] = []
    # Finished sessions that ended less than `changeover` ago, in order of their end.
    recent: deque[tuple[dt.datetime, SessionData]] = deque()
    for x in items:
        start, end = _span(x)
        while active and active[0][0] <= start:
            done_end, _id, done = heapq.heappop(active)
            recent.append((done_end, done))
        while recent and start - recent[0][0] >= changeover:
            recent.popleft()
        for _end, _id, other in active:
            if _touches(only, (other.id, x.id)):
                out.append(
                    Conflict(
                        "speaker_double_booked",
                        Words(
                            "speaker_double_booked",
                            f"{name} is in {_q(other)} {_when(other)} and {_q(x)} {_when(x)}",
                            name=name,
                            **_pair(other, x),
                        ),
                        (other.id, x.id),
                        speaker_id=sid,
                    )
                )
        for _before_end, before in recent:
            if (
                before.room is not None
                and x.room is not None
                and before.room.id != x.room.id
                and _touches(only, (before.id, x.id))
            ):
                out.append(_tight_changeover(sid, name, before, x, changeover_min))
        heapq.heappush(active, (end, x.id, x))
    return out


def _tight_changeover(
    sid: int, name: str, before: SessionData, x: SessionData, changeover_min: int
) -> Conflict:
    """A speaker who has too little time to go from one room to the next session's."""
    assert before.room is not None and x.room is not None
    before_end, start = _span(before)[1], _span(x)[0]
    gap = int((start - before_end).total_seconds() // 60)
    english = (
        f"{name} has {gap} min from {_q(before)} ({before.room.name}, ends "
        f"{before_end:%H:%M}) to {_q(x)} ({x.room.name}, {start:%H:%M}); "
        f"needs {changeover_min}"
    )
    said = Words(
        "tight_changeover",
        english,
        name=name,
        gap=gap,
        needs=changeover_min,
        a=before.title,
        a_room=before.room.name,
        a_end=f"{before_end:%H:%M}",
        b=x.title,
        b_room=x.room.name,
        b_start=f"{start:%H:%M}",
    )
    return Conflict(
        "tight_changeover",
        said,
        (before.id, x.id),
        speaker_id=sid,
        room_id=x.room.id,
    )


def _session_conflicts(
    data: ScheduleData,
    placed: list[SessionData],
    avail: dict[int, tuple[Window, ...]],
    only: set[int] | None,
) -> list[Conflict]:
    """Per-session checks: speakers' and room's availability, room size, event days."""
    first_day, last_day = data.start_date, data.end_date or data.start_date
    speaker_starts = {sid: [w[0] for w in ws] for sid, ws in avail.items() if ws}
    room_starts = {r.id: [w[0] for w in r.availability] for r in data.rooms if r.availability}
    out: list[Conflict] = []
    for x in placed:
        if only is not None and x.id not in only:
            continue
        for p in x.speakers:
            ws = avail.get(p.id, ())
            if ws and not _within(ws, speaker_starts[p.id], x):
                out.append(_speaker_unavailable(p, x))
        room = x.room
        if (
            room is not None
            and room.availability
            and not _within(room.availability, room_starts[room.id], x)
        ):
            out.append(_room_unavailable(room, x))
        if (
            room is not None
            and room.capacity is not None
            and x.expected_audience is not None
            and x.expected_audience > room.capacity
        ):
            out.append(_over_capacity(room, x))
        if first_day is not None and last_day is not None:
            day = data.day_of(x)
            assert day is not None
            if not first_day <= day <= last_day:
                out.append(_outside_days(x, day, first_day, last_day))
    return out


def _speaker_unavailable(p: SpeakerData, x: SessionData) -> Conflict:
    """A speaker whose availability does not hold the session."""
    return Conflict(
        "speaker_unavailable",
        Words(
            "speaker_unavailable",
            f"{p.name} is not available for {_q(x)} {_when(x)}",
            name=p.name,
            **_one(x),
        ),
        (x.id,),
        speaker_id=p.id,
    )


def _room_unavailable(room: RoomData, x: SessionData) -> Conflict:
    """A room whose availability does not hold the session."""
    return Conflict(
        "room_unavailable",
        Words(
            "room_unavailable",
            f"{room.name} is not available for {_q(x)} {_when(x)}",
            room=room.name,
            **_one(x),
        ),
        (x.id,),
        room_id=room.id,
    )


def _over_capacity(room: RoomData, x: SessionData) -> Conflict:
    """A session expecting more people than its room holds."""
    return Conflict(
        "over_capacity",
        Words(
            "over_capacity",
            f"{_q(x)} expects {x.expected_audience} people; {room.name} holds {room.capacity}",
            a=x.title,
            expected=x.expected_audience or 0,
            room=room.name,
            capacity=room.capacity or 0,
        ),
        (x.id,),
        room_id=room.id,
    )


def _outside_days(x: SessionData, day: dt.date, first_day: dt.date, last_day: dt.date) -> Conflict:
    """A session on a day outside the event's dates."""
    return Conflict(
        "outside_event_days",
        Words(
            "outside_event_days",
            f"{_q(x)} on {day:%a %d %b %Y} is outside the event "
            f"({first_day:%d %b} - {last_day:%d %b %Y})",
            a=x.title,
            day=day,
            first=first_day,
            last=last_day,
        ),
        (x.id,),
        room_id=x.room.id if x.room else None,
    )


def _release_conflicts(live: list[SessionData], only: set[int] | None) -> list[Conflict]:
    """What a release still needs: every session with a time and a room, and confirmed."""
    out: list[Conflict] = []
    for x in live:
        if only is not None and x.id not in only:
            continue
        if x.start is None or (x.room is None and not x.plenary):
            out.append(
                Conflict(
                    "unscheduled",
                    Words(
                        "no_time" if x.start is None else "no_room",
                        f"{_q(x)} has no {'time' if x.start is None else 'room'} yet",
                        a=x.title,
                    ),
                    (x.id,),
                )
            )
        if x.status != "confirmed":
            said = Words("draft", f"{_q(x)} is still a draft", a=x.title)
            out.append(Conflict("unconfirmed", said, (x.id,)))
    return out


def check_sessions(
    data: ScheduleData,
    session_ids: Iterable[int],
    changeover_min: int = DEFAULT_CHANGEOVER_MIN,
    for_release: bool = False,
) -> list[Conflict]:
    """The conflicts that involve any of these sessions (after an edit of them).

    Conflicts not involving them are unchanged by the edit, so a screen replaces only the
    conflicts that mention these ids with the result.
    """
    return check(data, changeover_min, for_release, only=set(session_ids))


def find_conflicts(
    s: Session, changeover_min: int = DEFAULT_CHANGEOVER_MIN, for_release: bool = False
) -> list[Conflict]:
    """Every conflict in the live schedule; unscheduled/unconfirmed only before a release."""
    return check(load_schedule(s), changeover_min, for_release)


def naive_check(data: ScheduleData, changeover_min: int = DEFAULT_CHANGEOVER_MIN) -> int:
    """The O(n^2) pairwise overlap count the benchmark compares `check` against."""
    placed = [x for x in data.sessions if x.status != "cancelled" and x.start is not None]
    spans = [_span(x) for x in placed]
    found = 0
    for i, a in enumerate(placed):
        a_start, a_end = spans[i]
        for b, (b_start, b_end) in zip(placed[i + 1 :], spans[i + 1 :], strict=True):
            if a_start < b_end and b_start < a_end:
                if a.plenary or b.plenary or (a.room and b.room and a.room.id == b.room.id):
                    found += 1
                if {p.id for p in a.speakers} & {p.id for p in b.speakers}:
                    found += 1
    return found
