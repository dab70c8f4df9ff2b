"""The organizers' live numbers: registrations, arrivals, desks, badges and what comes next.

`dashboard_stats()` answers with a handful of aggregate queries, so a refresh costs a few
milliseconds of database time even with 100,000 attendees: one pass over the attendee table
grouped by (category, status, desk, 15-minute bucket) gives the totals, the per-category
table, the arrivals chart and the per-desk totals at once; Python only adds up a few hundred
grouped rows. Badges printed are real prints only (see DashboardStats). Arrival buckets are
computed in UTC: every time zone in use is offset by a multiple of 15 minutes, so a UTC
quarter hour is also a local quarter hour.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import time
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import (
    ColumnElement,
    DateTime,
    Integer,
    bindparam,
    func,
    literal_column,
    select,
    text,
    union,
)
from sqlalchemy.orm import Session

from db.models import Attendee, CheckIn, Event, ListPresence, ListScan, Room, Track, utcnow
from db.models import Session as TalkSession
from desktop.core import checkin_lists
from desktop.core.attendance import Attendance, attendance
from desktop.core.desk_journal import double_admissions
from desktop.core.events import current_event, event_zone, to_local, to_utc

BUCKET_MIN = 15
_BUCKET_S = BUCKET_MIN * 60
# The arrivals chart spans at least this long, so one check-in is one bar among a dozen.
MIN_WINDOW = dt.timedelta(hours=3)
NEXT_SESSIONS = 8
# Sessions longer than this are not looked for when asking what is running now.
_LONGEST_SESSION = dt.timedelta(hours=8)


@dataclass
class CategoryCount:
    category: str
    registered: int
    checked_in: int


@dataclass
class ArrivalBucket:
    start: dt.datetime  # aware, event local time
    count: int


@dataclass
class DeskThroughput:
    desk: str
    last_15_min: int
    total: int


@dataclass
class NextSession:
    id: int
    title: str
    start: dt.datetime  # aware, event local time
    end: dt.datetime
    room: str
    capacity: int | None
    expected_audience: int | None
    track: str
    type: str
    running: bool

    @property
    def over_capacity(self) -> bool:
        return bool(
            self.capacity and self.expected_audience and self.expected_audience > self.capacity
        )


@dataclass
class DoubleAdmissionRow:
    name: str
    first_desk: str
    first_at: dt.datetime | None  # aware, event local time
    second_desk: str
    second_at: dt.datetime | None
    list_name: str = ""  # a check-in list's ("" for the badge pickup)


@dataclass
class ListCount:
    """A check-in list (an event day, a session, a door): people on it, inside, seats."""

    name: str
    checked_in: int
    inside: int  # not gone out again (a door with exits); else as checked_in
    seats: int | None  # the list's own or its room's; None: no limit
    exits: bool


@dataclass
class DashboardStats:
    event_name: str
    timezone: str
    now: dt.datetime  # aware, event local time
    event_started: bool
    registered: int
    checked_in: int
    # Registered but not checked in; counted only once the event has started.
    no_shows: int
    cancelled: int
    # Attendees with a printed badge: accepted by a printer's spooler, or in a batch PDF
    # made for printing. Proofs, PDF-only desk badges and failed prints are not counted
    # (desktop.core.badges keeps the attendee counters this way; schema 0004 corrected the
    # counters of older files).
    badges_printed: int
    prints_total: int  # every such print, reprints included (attendee print counts)
    by_category: list[CategoryCount] = field(default_factory=list)
    arrivals_day: dt.date | None = None
    arrivals: list[ArrivalBucket] = field(default_factory=list)
    desks: list[DeskThroughput] = field(default_factory=list)
    next_sessions: list[NextSession] = field(default_factory=list)
    # People admitted twice while desks were offline (found when their scans were sent).
    doubles: list[DoubleAdmissionRow] = field(default_factory=list)
    lists: list[ListCount] = field(default_factory=list)  # the day lists and organizers'
    # Today's day list ("Day 2 - 17 Jan"): people checked in on it, and the registered who
    # have not come today yet ("" and 0 on a day that is not one of the event's).
    today_list: str = ""
    today_in: int = 0
    today_no_shows: int = 0
    # Sessions and doors by attendance, best-attended first (desktop.core.attendance).
    attendance: list[Attendance] = field(default_factory=list)
    # Admissions per quarter hour on each list (days, sessions, doors) that admitted someone
    # in the arrivals' window: counts on the quarters of `arrivals` (the badge pickup's).
    list_arrivals: dict[str, list[int]] = field(default_factory=dict)

    def arrivals_on(self, name: str) -> list[ArrivalBucket]:
        """The arrivals chart of a list (its admissions), or of the badge pickup."""
        counts = self.list_arrivals.get(name)
        if counts is None:
            return self.arrivals
        return [ArrivalBucket(a.start, n) for a, n in zip(self.arrivals, counts, strict=True)]

    db_ms: float = 0.0  # time spent in the database for this refresh

    @property
    def checked_in_pct(self) -> float:
        return 100.0 * self.checked_in / self.registered if self.registered else 0.0

    def as_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data (times as ISO strings)."""
        data = asdict(self)
        for s, raw in zip(data["next_sessions"], self.next_sessions, strict=True):
            s["over_capacity"] = raw.over_capacity
        data["checked_in_pct"] = round(self.checked_in_pct, 1)

        def iso(v: Any) -> Any:
            if isinstance(v, (dt.datetime, dt.date)):
                return v.isoformat()
            if isinstance(v, dict):
                return {k: iso(x) for k, x in v.items()}
            if isinstance(v, list):
                return [iso(x) for x in v]
            return v

        out: dict[str, Any] = iso(data)
        return out


def _local(when: dt.datetime | None, zone: dt.tzinfo) -> dt.datetime | None:
    return when.replace(tzinfo=dt.UTC).astimezone(zone) if when is not None else None


def _naive_utc(now: dt.datetime | None) -> dt.datetime:
    if now is None:
        return utcnow()
    if now.tzinfo is not None:
        return now.astimezone(dt.UTC).replace(tzinfo=None)
    return now


def _event_start(session: Session, event: Event) -> dt.datetime | None:
    """First scheduled session (naive UTC), else midnight of the first day, else None."""
    first = session.scalar(
        select(func.min(TalkSession.start)).where(
            TalkSession.event_id == event.id, TalkSession.start.is_not(None)
        )
    )
    if first is not None:
        return first
    if event.start_date:
        local = dt.datetime.combine(event.start_date, dt.time(), tzinfo=event_zone(event))
        return local.astimezone(dt.UTC).replace(tzinfo=None)
    return None


def _next_sessions(session: Session, event: Event, now: dt.datetime) -> list[NextSession]:
    rows = session.execute(
        select(
            TalkSession.id,
            TalkSession.title,
            TalkSession.start,
            TalkSession.duration_min,
            TalkSession.expected_audience,
            TalkSession.type,
            Room.name,
            Room.capacity,
            Track.name,
        )
        .outerjoin(Room, Room.id == TalkSession.room_id)
        .outerjoin(Track, Track.id == TalkSession.track_id)
        .where(
            TalkSession.event_id == event.id,
            TalkSession.start >= now - _LONGEST_SESSION,
            TalkSession.status != "cancelled",
            TalkSession.type != "break",
        )
        .order_by(TalkSession.start, Room.position, TalkSession.id)
        .limit(400)
    ).all()
    out: list[NextSession] = []
    for sid, title, start, dur, expected, typ, room, cap, track in rows:
        if start is None:
            continue
        end = start + dt.timedelta(minutes=dur or 0)
        if end <= now:
            continue
        out.append(
            NextSession(
                id=sid,
                title=title,
                start=to_local(event, start),
                end=to_local(event, end),
                room=room or "",
                capacity=cap,
                expected_audience=expected,
                track=track or "",
                type=typ,
                running=start <= now,
            )
        )
        if len(out) >= NEXT_SESSIONS:
            break
    return out


def dashboard_stats(session: Session, now: dt.datetime | None = None) -> DashboardStats:
    """Every number of the dashboard, from a few aggregate queries.

    `now` is naive UTC (the store's convention) or aware; default: the current time.
    """
    t0 = time.perf_counter()
    event = current_event(session)
    zone = event_zone(event)
    now_utc = _naive_utc(now)
    now_local = now_utc.replace(tzinfo=dt.UTC).astimezone(zone)
    since = now_utc - dt.timedelta(minutes=BUCKET_MIN)
    # Served by ix_attendee_dashboard alone, in index order (no sort, no table rows).
    grouped = session.execute(
        select(
            Attendee.status,
            Attendee.category,
            Attendee.checked_in_desk,
            func.count(),
            func.count(Attendee.checked_in_at),
            func.count(Attendee.badge_printed_at),
            func.sum(Attendee.print_count),
        )
        .where(Attendee.event_id == event.id, Attendee.merged_into_id.is_(None))
        .group_by(Attendee.status, Attendee.category, Attendee.checked_in_desk)
    ).all()
    # Check-ins of the last 15 minutes per desk: a range of the check-in time index (only the
    # few recent rows are read), instead of a comparison on every row of the pass above.
    recent = dict(
        session.execute(
            select(Attendee.checked_in_desk, func.count())
            .where(
                Attendee.event_id == event.id,
                Attendee.checked_in_at >= since,
                Attendee.status != "cancelled",
                Attendee.merged_into_id.is_(None),
            )
            .group_by(Attendee.checked_in_desk)
        ).all()
    )
    every_list = checkin_lists.lists(session, ensure=False)
    on_lists = [x for x in every_list if x.kind != "pickup"]
    day, arrivals, by_list = _arrivals(session, event, now_local.date(), now_utc, on_lists)
    start = _event_start(session, event)
    upcoming = _next_sessions(session, event, now_utc)
    doubles = [
        DoubleAdmissionRow(
            d.name,
            d.first_desk,
            _local(d.first_at, zone),
            d.second_desk,
            _local(d.second_at, zone),
            d.list_name,
        )
        for d in double_admissions(session, event.id)
    ]
    lists = _list_counts(every_list)
    came = attendance(session, every_list)
    today = next((x for x in every_list if x.kind == "day" and x.day == now_local.date()), None)
    today_in = _came_today(session, event, today, now_local.date()) if today else 0
    db_ms = (time.perf_counter() - t0) * 1000.0

    registered = checked_in = cancelled = printed = prints_total = 0
    cats: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    desks: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for status, category, desk, n, n_in, n_printed, n_prints in grouped:
        prints_total += int(n_prints or 0)  # every print, of cancelled records too
        if status == "cancelled":
            cancelled += n
            continue
        registered += n
        checked_in += n_in
        printed += n_printed
        cat = cats[category or "attendee"]
        cat[0] += n
        cat[1] += n_in
        if n_in:
            d = desks[desk or "(no desk)"]
            d[1] += n_in
    for desk, n in recent.items():
        desks[desk or "(no desk)"][0] = int(n)

    started = start is not None and now_utc >= start
    return DashboardStats(
        event_name=event.name,
        timezone=event.timezone,
        now=now_local,
        event_started=started,
        registered=registered,
        checked_in=checked_in,
        no_shows=registered - checked_in if started else 0,
        cancelled=cancelled,
        badges_printed=printed,
        prints_total=int(prints_total or 0),
        by_category=sorted(
            (CategoryCount(c, r, ci) for c, (r, ci) in cats.items()),
            key=lambda c: (-c.registered, c.category),
        ),
        arrivals_day=day,
        arrivals=arrivals,
        desks=sorted(
            (DeskThroughput(k, r, t) for k, (r, t) in desks.items()),
            key=lambda d: (-d.total, d.desk),
        ),
        next_sessions=upcoming,
        doubles=doubles,
        lists=lists,
        today_list=today.name if today else "",
        today_in=today_in,
        today_no_shows=max(0, registered - today_in) if today else 0,
        attendance=came,
        list_arrivals=by_list,
        db_ms=db_ms,
    )


def _came_today(session: Session, event: Event, today: checkin_lists.ListInfo, day: dt.date) -> int:
    """People who came today: checked in on today's list, or picked up their badge today
    (the pickup is the day's check-in on the day it is made), each counted once."""
    start = to_utc(event, dt.datetime.combine(day, dt.time()))
    end = to_utc(event, dt.datetime.combine(day + dt.timedelta(days=1), dt.time()))
    picked = select(Attendee.id).where(
        Attendee.event_id == event.id,
        Attendee.checked_in_at >= start,
        Attendee.checked_in_at < end,
        Attendee.status != "cancelled",
        Attendee.merged_into_id.is_(None),
    )
    on_list = select(ListPresence.attendee_id).where(ListPresence.list_id == today.id)
    both = union(picked, on_list).subquery()
    return session.scalar(select(func.count()).select_from(both)) or 0


def _list_counts(read: list[checkin_lists.ListInfo]) -> list[ListCount]:
    """Every list but the badge pickup (the tiles count it), days first, as `lists` reads
    them (a read only: the dashboard gives the event no lists)."""
    return [
        ListCount(x.name, x.checked_in, x.inside, x.capacity, x.exits)
        for x in read
        if x.kind != "pickup"
    ]


def _window(
    first: dt.datetime,
    last: dt.datetime,
    first_session: dt.datetime | None,
    now: dt.datetime | None,
    lo: dt.datetime,
    hi: dt.datetime,
) -> tuple[dt.datetime, dt.datetime]:
    """The chart's time range (naive UTC, whole hours, inside the day [lo, hi))."""
    hour = dt.timedelta(hours=1)

    def floor_hour(t: dt.datetime) -> dt.datetime:
        return t.replace(minute=0, second=0, microsecond=0)

    start = min(first, first_session or first) - hour
    end = last + dt.timedelta(minutes=BUCKET_MIN)
    if now is not None and lo <= now < hi:
        end = max(end, now)
    start = max(lo, floor_hour(start))
    end = min(hi, floor_hour(end) + (hour if end != floor_hour(end) else dt.timedelta()))
    if end - start < MIN_WINDOW:
        end = min(hi, start + MIN_WINDOW)
        start = max(lo, end - MIN_WINDOW)
    return start, end


def _day_bounds(event: Event, day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """A local day as a naive-UTC half-open range."""
    zone = event_zone(event)
    lo = dt.datetime.combine(day, dt.time(), tzinfo=zone)
    hi = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), tzinfo=zone)
    return (
        lo.astimezone(dt.UTC).replace(tzinfo=None),
        hi.astimezone(dt.UTC).replace(tzinfo=None),
    )


def _arrivals(
    session: Session,
    event: Event,
    today: dt.date,
    now: dt.datetime | None = None,
    on: list[checkin_lists.ListInfo] | None = None,
) -> tuple[dt.date | None, list[ArrivalBucket], dict[str, list[int]]]:
    """Badge pickups per quarter hour of today (or of the last day with pickups, when today
    has neither pickups nor list admissions), and the admissions of each list `on` in the
    same quarters.

    The buckets cover a readable window, not just the minutes with check-ins: from an hour
    before the first arrival or the day's first session (whichever is earlier), on the hour,
    to the last arrival or `now` (on that day), rounded up to the hour, and at least
    `MIN_WINDOW` long; empty quarters count 0. Each pickup bucket is a range count on
    ix_attendee_event_checked_in (index seeks, no per-row date arithmetic, no sort); the
    lists' are one grouped read of the day's scans (ix_list_scan_event_at).
    """
    col = Attendee.checked_in_at
    base = (Attendee.event_id == event.id, col.is_not(None))
    lo, hi = _day_bounds(event, today)

    def edge(lo: dt.datetime, hi: dt.datetime, last: bool) -> dt.datetime | None:
        # ORDER BY + LIMIT 1 is one index seek; min() and max() together scan the range.
        q = select(col).where(*base, col >= lo, col < hi)
        return session.scalar(q.order_by(col.desc() if last else col).limit(1))

    first = edge(lo, hi, last=False)
    quarters = _list_quarters(session, event.id, on or [], lo, hi)
    if first is None and not quarters:
        latest = edge(dt.datetime.min, dt.datetime.max, last=True)
        if latest is None:
            return None, [], {}
        today = to_local(event, latest).date()
        lo, hi = _day_bounds(event, today)
        first = edge(lo, hi, last=False)
        quarters = _list_quarters(session, event.id, on or [], lo, hi)
    last = edge(lo, hi, last=True)
    seen = [t for t in (first, last) if t is not None]
    seen += [lo + dt.timedelta(seconds=q * _BUCKET_S) for _l, q, _n in quarters]
    first_session = session.scalar(
        select(func.min(TalkSession.start)).where(
            TalkSession.event_id == event.id, TalkSession.start >= lo, TalkSession.start < hi
        )
    )
    w0, w1 = _window(min(seen), max(seen), first_session, now, lo, hi)
    epoch0 = dt.datetime(1970, 1, 1)
    b0 = int((w0 - epoch0).total_seconds()) // _BUCKET_S
    b1 = int((w1 - epoch0).total_seconds()) // _BUCKET_S
    edges = [epoch0 + dt.timedelta(seconds=b * _BUCKET_S) for b in range(b0, b1 + 1)]
    # One statement of range counts, written as SQL text: building dozens of SQLAlchemy
    # subquery expressions costs more Python time than the counts cost the database.
    parts: list[str] = []
    params: dict[str, Any] = {"ev": event.id}
    for i, (a, b) in enumerate(itertools.pairwise(edges)):
        parts.append(
            f"(SELECT count(*) FROM attendee WHERE event_id = :ev"
            f" AND checked_in_at >= :a{i} AND checked_in_at < :b{i})"
        )
        params[f"a{i}"], params[f"b{i}"] = a, b
    stmt = text("SELECT " + ", ".join(parts)).bindparams(
        *(bindparam(k, type_=DateTime()) for k in params if k != "ev")
    )
    counts = session.execute(stmt, params).one()
    starts = [to_local(event, a) for a in edges[: len(counts)]]
    arrivals = [ArrivalBucket(a, int(counts[i])) for i, a in enumerate(starts)]
    # A list's quarter q of the day is bucket (lo + q quarters - w0) / quarter: whole numbers,
    # as every time zone's midnight falls on a quarter hour.
    shift = int((lo - w0).total_seconds()) // _BUCKET_S
    per_list: dict[int, list[int]] = {}
    for list_id, q, n in quarters:
        i = q + shift
        if 0 <= i < len(starts):
            per_list.setdefault(list_id, [0] * len(starts))[i] += n
    return today, arrivals, {x.name: per_list[x.id] for x in on or [] if x.id in per_list}


def _list_quarters(
    session: Session,
    event_id: int,
    on: list[checkin_lists.ListInfo],
    lo: dt.datetime,
    hi: dt.datetime,
) -> list[tuple[int, int, int]]:
    """(list id, quarter hour of the day from `lo`, admissions) of the lists `on` in [lo, hi):
    one grouped read of the day's scans (a range of ix_list_scan_event_at)."""
    if not on:
        return []
    lo_s = int((lo - dt.datetime(1970, 1, 1)).total_seconds())
    if session.get_bind().dialect.name == "postgresql":
        sql = f"CAST(floor((extract(epoch from at) - {lo_s}) / {_BUCKET_S}) AS INTEGER)"
    else:  # integer division: the rows are at or after `lo`
        sql = f"((CAST(strftime('%s', at) AS INTEGER) - {lo_s}) / {_BUCKET_S})"
    quarter: ColumnElement[int] = literal_column(sql, Integer())
    rows = session.execute(
        select(ListScan.list_id, quarter, func.count())
        .where(
            ListScan.event_id == event_id,  # the day's range of ix_list_scan_event_at
            ListScan.at >= lo,
            ListScan.at < hi,
            ListScan.result == "checked_in",
        )
        .group_by(ListScan.list_id, quarter)
    ).all()
    wanted = {x.id for x in on}  # (picked here: an IN of a thousand doors costs more)
    return [(int(a), int(q), int(n)) for a, q, n in rows if a in wanted]


def naive_dashboard_stats(session: Session, now: dt.datetime | None = None) -> dict[str, Any]:
    """The baseline the benchmark compares against: load every row, count in Python."""
    t0 = time.perf_counter()
    event = current_event(session)
    now_utc = _naive_utc(now)
    people = session.scalars(
        select(Attendee).where(Attendee.event_id == event.id, Attendee.merged_into_id.is_(None))
    ).all()
    log = session.scalars(select(CheckIn).where(CheckIn.event_id == event.id)).all()
    db_ms = (time.perf_counter() - t0) * 1000.0
    live = [a for a in people if a.status != "cancelled"]
    cats: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    buckets: dict[int, int] = defaultdict(int)
    for a in live:
        cats[a.category][0] += 1
        if a.checked_in_at is not None:
            cats[a.category][1] += 1
            epoch = int(a.checked_in_at.replace(tzinfo=dt.UTC).timestamp())
            buckets[epoch // _BUCKET_S] += 1
    desks: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    since = now_utc - dt.timedelta(minutes=BUCKET_MIN)
    for c in log:
        if c.result == "checked_in":
            desks[c.desk][1] += 1
            if c.at >= since:
                desks[c.desk][0] += 1
    return {
        "registered": len(live),
        "checked_in": sum(1 for a in live if a.checked_in_at is not None),
        "by_category": dict(cats),
        "buckets": dict(buckets),
        "desks": dict(desks),
        "db_ms": db_ms,
    }


def to_csv(stats: DashboardStats) -> str:
    """The dashboard's numbers as CSV: blocks separated by a blank line, each with a header."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["metric", "value"])
    w.writerows(
        [
            ["event", stats.event_name],
            ["as of", stats.now.isoformat(timespec="seconds")],
            ["registered", stats.registered],
            ["checked in", stats.checked_in],
            ["checked in %", f"{stats.checked_in_pct:.1f}"],
            ["no-shows", stats.no_shows if stats.event_started else ""],
            ["cancelled", stats.cancelled],
            ["badges printed", stats.badges_printed],
            ["badge prints (with reprints)", stats.prints_total],
        ]
    )
    w.writerow([])
    w.writerow(["category", "registered", "checked in"])
    w.writerows([c.category, c.registered, c.checked_in] for c in stats.by_category)
    w.writerow([])
    w.writerow(["arrivals from (local time)", f"check-ins in {BUCKET_MIN} min"])
    w.writerows([a.start.strftime("%Y-%m-%d %H:%M"), a.count] for a in stats.arrivals)
    w.writerow([])
    w.writerow(["desk", f"check-ins last {BUCKET_MIN} min", "check-ins total"])
    w.writerows([d.desk, d.last_15_min, d.total] for d in stats.desks)
    w.writerow([])
    w.writerow(["next session", "start", "end", "room", "room capacity", "expected audience"])
    w.writerows(
        [
            s.title,
            s.start.strftime("%Y-%m-%d %H:%M"),
            s.end.strftime("%H:%M"),
            s.room,
            "" if s.capacity is None else s.capacity,
            "" if s.expected_audience is None else s.expected_audience,
        ]
        for s in stats.next_sessions
    )
    return buf.getvalue()
