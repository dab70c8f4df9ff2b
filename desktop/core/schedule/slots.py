"""Time arithmetic of the grid (no Qt): the hours a day shows, snapping, the first free slot."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from desktop.base.schedule import RoomData, SessionData

SNAP_CHOICES = (5, 15, 30)
DEFAULT_DAY_HOURS = (8, 19)  # shown even when the day has fewer sessions


def day_bounds(
    day: dt.date, tz: dt.tzinfo, sessions: Iterable[SessionData]
) -> tuple[dt.datetime, dt.datetime]:
    """First and last whole hour the grid shows for `day` (08:00-19:00 at least)."""
    start = dt.datetime.combine(day, dt.time(DEFAULT_DAY_HOURS[0]), tz)
    end = dt.datetime.combine(day, dt.time(DEFAULT_DAY_HOURS[1]), tz)
    for sd in sessions:
        if sd.start is None or sd.end is None:
            continue
        if sd.start < start:
            start = sd.start.replace(minute=0, second=0, microsecond=0)
        if sd.end > end:
            end = sd.end.replace(minute=0, second=0, microsecond=0)
            if end < sd.end:
                end += dt.timedelta(hours=1)
    return start, end


def snap_minutes(minutes: float, step: int) -> int:
    """Round a minute offset to the nearest multiple of `step`."""
    return round(minutes / step) * step


def _busy(sd: SessionData) -> bool:
    return sd.start is not None and sd.status != "cancelled"


def first_free_slot(
    rooms: Sequence[RoomData],
    sessions: Iterable[SessionData],
    day_start: dt.datetime,
    day_end: dt.datetime,
    duration_min: int,
    step: int,
    plenary: bool = False,
) -> tuple[int, dt.datetime] | None:
    """The earliest (room id, start) where a session of `duration_min` fits, rooms in order.

    A plenary blocks every room, and a plenary needs every room free. None when the day
    is full.
    """
    if not rooms:
        return None
    busy: dict[int, list[tuple[dt.datetime, dt.datetime]]] = {r.id: [] for r in rooms}
    for sd in sessions:
        if not _busy(sd):
            continue
        assert sd.start is not None and sd.end is not None
        targets = busy.keys() if sd.plenary else [sd.room.id] if sd.room else []
        for rid in targets:
            if rid in busy:
                busy[rid].append((sd.start, sd.end))
    length = dt.timedelta(minutes=duration_min)

    def free(rid: int, t: dt.datetime) -> bool:
        return all(not (s < t + length and t < e) for s, e in busy[rid])

    t = day_start
    while t + length <= day_end:
        if plenary:
            if all(free(r.id, t) for r in rooms):
                return rooms[0].id, t
        else:
            for r in rooms:
                if free(r.id, t):
                    return r.id, t
        t += dt.timedelta(minutes=step)
    return None


def _close(out: dict[int, tuple[int, int]], cluster: list[tuple[int, int]], lanes: int) -> None:
    for session_id, lane in cluster:
        out[session_id] = (lane, lanes)


def assign_lanes(sessions: Iterable[SessionData]) -> dict[int, tuple[int, int]]:
    """Side-by-side lanes for overlapping sessions in one room: {id: (lane, lanes)}.

    Sessions that overlap (a conflict) share their column instead of hiding each other.
    Plenaries are left out: they span every column anyway.
    """
    by_room: dict[int, list[SessionData]] = {}
    for sd in sessions:
        if sd.start is not None and sd.room is not None and not sd.plenary:
            by_room.setdefault(sd.room.id, []).append(sd)
    out: dict[int, tuple[int, int]] = {}
    for items in by_room.values():
        items.sort(key=lambda x: (x.start, x.id))
        cluster: list[tuple[int, int]] = []
        lane_ends: list[dt.datetime] = []
        cluster_end: dt.datetime | None = None
        for sd in items:
            assert sd.start is not None and sd.end is not None
            if cluster_end is not None and sd.start >= cluster_end:
                _close(out, cluster, len(lane_ends))
                cluster, lane_ends, cluster_end = [], [], None
            lane = next((i for i, end in enumerate(lane_ends) if end <= sd.start), None)
            if lane is None:
                lane = len(lane_ends)
                lane_ends.append(sd.end)
            else:
                lane_ends[lane] = sd.end
            cluster.append((sd.id, lane))
            cluster_end = sd.end if cluster_end is None else max(cluster_end, sd.end)
        _close(out, cluster, len(lane_ends))
    return out
