"""Room door signs: one portrait page per room per day, the room's sessions in large type.

A sign lists everything that happens in its room, breaks included, and every plenary of the
day (a plenary spans all rooms, like the grid prints it): plenaries held elsewhere and breaks
are set in a lighter grey, a plenary elsewhere says where it is.

Type is as large as lets the day fit one page (down to about half size); a room with more
sessions than that (a FOSDEM devroom) continues on further pages, each saying so.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from desktop.base.progress import CancelFlag
from desktop.base.schedule import RoomData, ScheduleData, SessionData
from desktop.pdf.ops import Line, Rect
from desktop.pdf.program.common import (
    Cell,
    DocInfo,
    Page,
    body_box,
    fmt_day,
    frame_all,
    measure_row,
    page_size,
    place,
    speaker_names,
    text_op,
)
from desktop.pdf.program.words import say

FACTORS = [round(1.0 - 0.05 * i, 2) for i in range(12)]  # 1.0 down to 0.45


LIGHT = "#7A8594"  # breaks and plenaries held in another room


def _elsewhere(s: SessionData, room: RoomData) -> bool:
    return s.plenary and (s.room is None or s.room.id != room.id)


def _rows(
    sessions: Sequence[SessionData], w: float, room: RoomData
) -> list[tuple[list[Cell], float]]:
    tw = w * 0.29
    rows = []
    for s in sessions:
        light = s.type == "break" or _elsewhere(s, room)
        color = LIGHT if light else "#111111"
        time = f"{s.start:%H:%M}–{s.end:%H:%M}"
        cells = [
            Cell(time, 0, tw - 8, 20, not light, color=color, role="time", ref=s.id),
            Cell(s.title, tw, w - tw, 20, not light, color=color, role="title", ref=s.id),
        ]
        notes = []
        if _elsewhere(s, room):
            notes.append(
                say("in {room}", room=s.room.name) if s.room is not None else say("all rooms")
            )
        names = speaker_names(s.speakers, with_roles=True)
        if names:
            notes.append(names)
        rows.append((cells, 3.0 if notes else 14.0))
        if notes:
            note_color = LIGHT if light else "#333333"
            note = Cell(
                " · ".join(notes), tw, w - tw, 14, color=note_color, role="speakers", ref=s.id
            )
            rows.append(([note], 14.0))
    return rows


def _room_sessions(data: ScheduleData, room: RoomData, day: dt.date) -> list[SessionData]:
    """What a room's sign lists: its own sessions and breaks, then every plenary of the day.

    Empty when nothing of the room's own is scheduled that day (no sign for a room that only
    plenaries elsewhere would fill).
    """
    live = [s for s in data.sessions_on(day) if s.status != "cancelled" and s.start is not None]
    own = {s.id for s in live if s.room is not None and s.room.id == room.id}
    if not own:
        return []
    return [s for s in live if s.id in own or s.plenary]


def layout_signs(
    data: ScheduleData,
    info: DocInfo,
    days: Sequence[dt.date] | None = None,
    paper: str = "A4",
    cancel: CancelFlag | None = None,
) -> list[Page]:
    """One (or more) page per room and day with sessions there."""
    width, height = page_size(paper, "portrait")
    k = width / 595.0  # A3 scales everything up
    pages: list[Page] = []
    for day in days if days is not None else data.days:
        for room in data.rooms:
            if cancel is not None:
                cancel.check()
            sessions = _room_sessions(data, room, day)
            if sessions:
                pages.extend(_sign(room, day, sessions, width, height, k))
    if not pages:
        page = Page(width, height, title=say("Room signs"))
        x, y, w, _h = body_box(page)
        page.ops.append(text_op(say("No sessions are scheduled."), x, y + 20, w, 30, 16, bold=True))
        pages.append(page)
    frame_all(pages, info)
    return pages


def _sign(
    room: RoomData, day: dt.date, sessions: list[SessionData], width: float, height: float, k: float
) -> list[Page]:
    probe = Page(width, height)
    x, y, w, h = body_box(probe)
    head_h = 130 * k
    rows = _rows(sessions, w, room)
    avail = h - head_h
    factor, measured = FACTORS[-1], []
    for f in FACTORS:
        measured = [measure_row(r, x, f * k, gap) for r, gap in rows]
        if sum(m[0] for m in measured) <= avail:
            factor = f
            break
    pages: list[Page] = []
    page: Page | None = None
    cy = 0.0
    top = 0.0
    for i, (rh, ops) in enumerate(measured):
        starts_entry = rows[i][0][0].role == "time"
        if page is None or cy + rh > y + h:
            page = Page(width, height, title=room.name)
            pages.append(page)
            cy = top = _head(page, room, day, x, y, w, head_h, k, continued=len(pages) > 1)
        elif starts_entry and cy > top:
            sep = cy - 7 * factor * k
            page.ops.append(Line(x, sep, x + w, sep, "#BBBBBB", 0.6))
        page.ops.extend(place(ops, cy))
        cy += rh
    for n, p in enumerate(pages):
        if len(pages) > 1:
            p.title = f"{room.name} ({n + 1}/{len(pages)})"
    if pages:
        pages[0].outline.append((0, f"{room.name}, {fmt_day(day)}"))
    return pages


def _head(
    page: Page,
    room: RoomData,
    day: dt.date,
    x: float,
    y: float,
    w: float,
    head_h: float,
    k: float,
    continued: bool,
) -> float:
    page.ops.append(Rect(x, y, w, head_h - 16 * k, fill="#2F3B4C"))
    page.ops.append(
        text_op(
            room.name,
            x + 10,
            y + 8 * k,
            w - 20,
            70 * k,
            54 * k,
            20 * k,
            bold=True,
            color="#FFFFFF",
            align="center",
            max_lines=2,
            role="name",
        )
    )
    when = fmt_day(day) + (" (continued)" if continued else "")
    if room.capacity:
        when += f" · {say('{seats} seats', seats=room.capacity)}"
    page.ops.append(
        text_op(
            when,
            x + 10,
            y + 80 * k,
            w - 20,
            26 * k,
            18 * k,
            9,
            color="#E8ECF1",
            align="center",
            max_lines=1,
            role="day",
        )
    )
    return y + head_h
