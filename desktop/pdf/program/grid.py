"""The timetable grid: one or more landscape pages per day, rooms as columns, time downwards.

The layout picks its vertical scale so that every session's title fits its cell at a readable
size: when the day is too dense for one page, the day is cut into time windows at moments no
session spans (morning / afternoon pages), and when there are more rooms than fit across a
page (FOSDEM has 35) the rooms are split over several pages; each page says what it continues.
Parallel sessions in one room (a real schedule's conflicts) are drawn side by side in lanes;
a plenary spans every room column; track colours mark each cell.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.base.progress import CancelFlag
from desktop.base.schedule import RoomData, ScheduleData, SessionData, TrackData
from desktop.pdf import fonts
from desktop.pdf.ops import Line, Rect
from desktop.pdf.program.common import (
    GREY,
    LIGHT,
    DocInfo,
    Page,
    body_box,
    fit_block,
    fmt_day,
    frame_all,
    lines_height,
    page_size,
    safe_color,
    span_of,
    speaker_names,
    text_op,
    tint,
)
from desktop.pdf.program.words import say

TIME_AXIS_W = 30.0
ROOM_HEAD_H = 26.0
LEGEND_H = 12.0
MIN_COL_W = 90.0
PAD = 1.6
STRIPE = 2.6
TITLE_MAX, TITLE_MIN, TITLE_READABLE = 9.0, 5.0, 6.0
TIME_SIZE = 6.0
LEADING = 1.15
NO_ROOM = RoomData(id=-1, name="Other", capacity=None, position=1_000_000)  # worded by say()


@dataclass
class _Placed:
    session: SessionData
    column: int  # index into the day's columns; -1 for a plenary
    lane: int
    lanes: int


def _minutes(t: dt.datetime, origin: dt.datetime) -> float:
    return (t - origin).total_seconds() / 60.0


def _floor(t: dt.datetime, step: int) -> dt.datetime:
    m = (t.hour * 60 + t.minute) // step * step
    return t.replace(hour=m // 60, minute=m % 60, second=0, microsecond=0)


def _ceil(t: dt.datetime, step: int) -> dt.datetime:
    f = _floor(t, step)
    return f if f == t else f + dt.timedelta(minutes=step)


def _lanes(items: list[SessionData]) -> dict[int, tuple[int, int]]:
    """Side-by-side lanes for overlapping sessions of one room: session id -> (lane, lanes)."""
    out: dict[int, tuple[int, int]] = {}
    cluster: list[tuple[SessionData, int]] = []
    lane_ends: list[dt.datetime] = []
    cluster_end: dt.datetime | None = None

    def close() -> None:
        for s, lane in cluster:
            out[s.id] = (lane, len(lane_ends))

    for s in sorted(items, key=lambda x: (x.start, x.end, x.id)):
        assert s.start is not None and s.end is not None
        if cluster_end is not None and s.start >= cluster_end:
            close()
            cluster, lane_ends, cluster_end = [], [], None
        for i, end in enumerate(lane_ends):
            if end <= s.start:
                lane_ends[i] = s.end
                cluster.append((s, i))
                break
        else:
            lane_ends.append(s.end)
            cluster.append((s, len(lane_ends) - 1))
        cluster_end = s.end if cluster_end is None else max(cluster_end, s.end)
    close()
    return out


def _title_need(s: SessionData, width: float, size: float) -> float:
    """Height a cell of this width needs for its whole title at `size` (no time line)."""
    inner = width - 1.2 - STRIPE - 2 * PAD
    lines, sz, _over = fit_block(s.title, inner, 10_000, size, size, bold=True, leading=LEADING)
    return 1.2 + 2 * PAD + lines_height(len(lines), sz, LEADING) + 0.3


def _windows(
    sessions: Sequence[SessionData], start: dt.datetime, end: dt.datetime, max_len: float
) -> list[tuple[dt.datetime, dt.datetime]]:
    """Cut [start, end] into windows of at most max_len minutes.

    A cut goes where no session runs across it when there is such a moment in the second half
    of the window; otherwise the next window starts early enough to hold, whole, the sessions
    running across the cut (they are drawn there, not clipped on this page).
    """
    step = dt.timedelta(minutes=5)
    spans = [span_of(s) for s in sessions]
    out: list[tuple[dt.datetime, dt.datetime]] = []
    ws = start
    while True:
        limit = _floor(ws + dt.timedelta(minutes=max_len), 5)
        if limit >= end:
            out.append((ws, end))
            return out
        cut, t = None, limit
        lowest = ws + dt.timedelta(minutes=max_len / 2)
        while t > lowest:
            if not any(a < t < b for a, b in spans):
                cut = t
                break
            t -= step
        if cut is not None:
            out.append((ws, cut))
            ws = cut
            continue
        # Sessions that started in this window and run across the cut (a session longer than
        # a window is drawn clipped anyway and does not hold the next window back).
        crossing = [a for a, b in spans if ws < a < limit < b]
        nxt = _floor(min(crossing), 5) if crossing else limit
        out.append((ws, limit))
        ws = nxt if nxt > ws else limit


def layout_grid(
    data: ScheduleData,
    info: DocInfo,
    days: Sequence[dt.date] | None = None,
    paper: str = "A4",
    cancel: CancelFlag | None = None,
) -> list[Page]:
    """The grid's pages (framed, numbered) for the given days (default: every day)."""
    width, height = page_size(paper, "landscape")
    pages: list[Page] = []
    for day in days if days is not None else data.days:
        if cancel is not None:
            cancel.check()
        pages.extend(_day_pages(data, day, width, height))
    if not pages:
        page = Page(width, height, title=say("Timetable"))
        x, y, w, _h = body_box(page)
        page.ops.append(text_op(say("No sessions are scheduled."), x, y + 20, w, 30, 16, bold=True))
        pages.append(page)
    frame_all(pages, info, lambda _i, p: p.subtitle)
    return pages


def _day_pages(data: ScheduleData, day: dt.date, width: float, height: float) -> list[Page]:
    sessions = [
        s
        for s in data.sessions_on(day)
        if s.status != "cancelled" and s.start is not None and s.end is not None
    ]
    if not sessions:
        return []
    # Columns: the rooms with sessions that day, in room order; "Other" for room-less ones.
    used = {s.room.id for s in sessions if s.room is not None and not s.plenary}
    columns: list[RoomData] = [r for r in data.rooms if r.id in used]
    known = {r.id for r in columns}
    for s in sessions:  # rooms missing from data.rooms (should not happen): keep them
        if s.room is not None and not s.plenary and s.room.id not in known:
            columns.append(s.room)
            known.add(s.room.id)
    if any(s.room is None and not s.plenary for s in sessions):
        columns.append(NO_ROOM)
    if not columns:
        first_room = next((s.room for s in sessions if s.room is not None), NO_ROOM)
        columns = [first_room]
    col_of = {r.id: i for i, r in enumerate(columns)}

    probe = Page(width, height)
    bx, by, bw, bh = body_box(probe)
    tracks = sorted(
        {s.track.name: s.track for s in sessions if s.track}.values(), key=lambda t: t.name
    )
    legend = 0 < len(tracks) <= 24
    grid_top = by + ROOM_HEAD_H
    grid_h = bh - ROOM_HEAD_H - (LEGEND_H + 4 if legend else 2)
    grid_x = bx + TIME_AXIS_W
    grid_w = bw - TIME_AXIS_W
    max_cols = max(1, int(grid_w // MIN_COL_W))
    groups = math.ceil(len(columns) / max_cols)
    per = math.ceil(len(columns) / groups)
    col_w = grid_w / per

    # Lanes per room.
    by_room: dict[int, list[SessionData]] = {}
    for s in sessions:
        if not s.plenary:
            rid = s.room.id if s.room is not None else NO_ROOM.id
            by_room.setdefault(rid, []).append(s)
    placed: list[_Placed] = []
    for rid, items in by_room.items():
        lanes = _lanes(items)
        for s in items:
            lane, n = lanes[s.id]
            placed.append(_Placed(s, col_of[rid], lane, n))
    for s in sessions:
        if s.plenary:
            placed.append(_Placed(s, -1, 0, 1))

    start = _floor(min(span_of(s)[0] for s in sessions), 30)
    end = _ceil(max(span_of(s)[1] for s in sessions), 30)
    span = max(30.0, _minutes(end, start))

    # Scale (points per minute): fill the page, unless titles need more room than that.
    def cell_w(p: _Placed) -> float:
        return (per * col_w if p.column < 0 else col_w) / p.lanes

    # Every title must fit at the smallest size; most should fit at a readable size.
    def per_min(p: _Placed, size: float) -> float:
        return _title_need(p.session, cell_w(p), size) / max(5, p.session.duration_min)

    must = max(per_min(p, TITLE_MIN) for p in placed)
    readable = sorted(per_min(p, TITLE_READABLE) for p in placed)
    want = max(must, readable[int(0.85 * (len(readable) - 1))])
    fill = grid_h / span
    scale = max(fill, min(want, grid_h / 30.0))

    pages: list[Page] = []
    for g in range(groups):
        cols = columns[g * per : (g + 1) * per]
        mine = [p for p in placed if p.column < 0 or g * per <= p.column < (g + 1) * per]
        if scale > fill:
            windows = _windows([p.session for p in mine], start, end, grid_h / scale)
        else:
            windows = [(start, end)]
        drawn: set[int] = set()
        for wi, (ws, we) in enumerate(windows):
            page = Page(width, height, title=fmt_day(day))
            notes = []
            if groups > 1:
                first, last = g * per + 1, g * per + len(cols)
                notes.append(
                    say(
                        "rooms {first}–{last} of {total}",
                        first=first,
                        last=last,
                        total=len(columns),
                    )
                )
            if len(windows) > 1:
                notes.append(f"{ws:%H:%M}–{we:%H:%M}")
            if g > 0 or wi > 0:
                notes.append("continued from the previous page")
            if g < groups - 1 or wi < len(windows) - 1:
                notes.append("continues on the next page")
            page.subtitle = " · ".join(notes)
            if wi == 0 and g == 0:
                page.outline.append((0, fmt_day(day)))
            # A session is drawn whole on the first window holding it; one longer than any
            # window is drawn, clipped, on each window it crosses.
            here = []
            for p in mine:
                s = p.session
                s_start, s_end = span_of(s)
                if s_start >= ws and s_end <= we and s.id not in drawn:
                    here.append(p)
                    drawn.add(s.id)
                elif s_start < we and s_end > ws and s_end - s_start > we - ws:
                    here.append(p)
            _draw_page(page, cols, g * per, here, ws, we, scale, grid_x, grid_top, col_w, by, bx)
            if legend:
                _legend(page, tracks, bx, by + bh - LEGEND_H, bw)
            pages.append(page)
    return pages


def _draw_page(
    page: Page,
    cols: list[RoomData],
    first_col: int,
    placed: list[_Placed],
    ws: dt.datetime,
    we: dt.datetime,
    scale: float,
    grid_x: float,
    grid_top: float,
    col_w: float,
    head_y: float,
    axis_x: float,
) -> None:
    ops = page.ops
    grid_h = _minutes(we, ws) * scale
    width = col_w * len(cols)
    # Room headers.
    for i, room in enumerate(cols):
        x = grid_x + i * col_w
        ops.append(Rect(x + 0.5, head_y, col_w - 1, ROOM_HEAD_H - 2, fill="#2F3B4C"))
        cap = say("{seats} seats", seats=room.capacity) if room.capacity else ""
        name_h = ROOM_HEAD_H - 4 - (7 if cap else 0)
        ops.append(
            text_op(
                say("Other") if room.id == NO_ROOM.id else room.name,
                x + 3,
                head_y + 1.5,
                col_w - 6,
                name_h,
                8.5,
                5.0,
                bold=True,
                color="#FFFFFF",
                align="center",
                max_lines=2,
                role="room",
            )
        )
        if cap:
            ops.append(
                text_op(
                    cap,
                    x + 3,
                    head_y + ROOM_HEAD_H - 9.5,
                    col_w - 6,
                    7,
                    6,
                    5,
                    color="#D8DEE6",
                    align="center",
                    max_lines=1,
                    role="capacity",
                )
            )
    # Time lines every 30 minutes, labelled.
    t = ws
    while t <= we:
        y = grid_top + _minutes(t, ws) * scale
        ops.append(
            Line(grid_x, y, grid_x + width, y, "#C8C8C8" if t.minute == 0 else "#E6E6E6", 0.5)
        )
        if t < we and we - t >= dt.timedelta(minutes=10):
            ops.append(
                text_op(
                    f"{t:%H:%M}",
                    axis_x,
                    y + 1,
                    TIME_AXIS_W - 3,
                    8,
                    7 if t.minute == 0 else 6,
                    bold=t.minute == 0,
                    color="#222222" if t.minute == 0 else GREY,
                    align="right",
                    max_lines=1,
                    role="axis",
                )
            )
        t += dt.timedelta(minutes=30)
    for i in range(len(cols) + 1):
        x = grid_x + i * col_w
        ops.append(Line(x, grid_top, x, grid_top + grid_h, LIGHT, 0.5))
    # Sessions.
    for p in placed:
        s = p.session
        assert s.start is not None and s.end is not None
        a, b = max(s.start, ws), min(s.end, we)
        if a >= b:
            continue
        if p.column < 0:
            x0, w0 = grid_x, width
        elif first_col <= p.column < first_col + len(cols):
            x0, w0 = grid_x + (p.column - first_col) * col_w, col_w
        else:
            continue
        w = w0 / p.lanes
        x = x0 + p.lane * w
        y = grid_top + _minutes(a, ws) * scale
        h = _minutes(b, a) * scale
        _cell(page, s, x + 0.6, y + 0.6, w - 1.2, h - 1.2, clipped=a > s.start)


def _cell(
    page: Page, s: SessionData, x: float, y: float, w: float, h: float, clipped: bool
) -> None:
    ops = page.ops
    cell = (x, y, w, h)
    is_break = s.type == "break"
    color = safe_color(s.track.color if s.track else None, "#9AA5B1")
    ops.append(
        Rect(
            x,
            y,
            w,
            h,
            fill="#EEEEEE" if is_break else tint(color),
            stroke="#FFFFFF",
            stroke_width=0.4,
        )
    )
    if not is_break:
        ops.append(Rect(x, y, STRIPE, h, fill=color))
    ix = x + (PAD if is_break else STRIPE + PAD)
    iw = w - (2 * PAD if is_break else STRIPE + 2 * PAD)
    iy, ih = y + PAD, h - 2 * PAD
    if iw <= 2 or ih <= 2:
        return
    title = s.title
    first, size, _ = fit_block(title, iw, 10_000, TITLE_MIN, TITLE_MIN, True, LEADING)
    title_min_h = lines_height(len(first), size, LEADING)
    time_text = f"{s.start:%H:%M}–{s.end:%H:%M}" + (f" {say('(continued)')}" if clipped else "")
    if s.room is not None and s.plenary:
        time_text += f" · {s.room.name}"
    if ih >= title_min_h + TIME_SIZE * 1.25:
        t = text_op(
            time_text,
            ix,
            iy,
            iw,
            TIME_SIZE * 1.2,
            TIME_SIZE,
            5.0,
            color=GREY,
            max_lines=1,
            role="time",
            ref=s.id,
            cell=cell,
            align="center" if is_break else "left",
        )
        ops.append(t)
        iy += TIME_SIZE * 1.25
        ih -= TIME_SIZE * 1.25
    t = text_op(
        title,
        ix,
        iy,
        iw,
        ih,
        TITLE_MAX,
        TITLE_MIN,
        bold=not is_break,
        leading=LEADING,
        role="title",
        ref=s.id,
        cell=cell,
        align="center" if is_break else "left",
    )
    ops.append(t)
    left = ih - t.used_height - 1.5
    names = speaker_names(s.speakers)
    if names and left >= 6.0 and not t.overflow:
        sp = text_op(
            names,
            ix,
            iy + t.used_height + 1.5,
            iw,
            left,
            7.0,
            5.5,
            color="#333333",
            leading=LEADING,
            max_lines=3,
            role="speakers",
            ref=s.id,
            cell=cell,
        )
        if sp.overflow and len(sp.lines) <= 1 and left < 12:
            return
        ops.append(sp)


def _legend(page: Page, tracks: list[TrackData], x: float, y: float, w: float) -> None:
    """One row of track colour keys, when they fit."""
    size = 6.5
    items = []
    cx = x
    for t in tracks:
        tw = fonts.string_width(t.name, size)
        items.append((cx, t, tw))
        cx += 9 + tw + 8
    if cx - x > w:
        return
    for ix, t, tw in items:
        page.ops.append(Rect(ix, y + 2, 7, 7, fill=safe_color(t.color)))
        page.ops.append(text_op(t.name, ix + 9, y + 2, tw + 1, 9, size, max_lines=1, role="legend"))
