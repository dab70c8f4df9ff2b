"""Speaker itineraries: one portrait page per speaker with their sessions, roles, rooms and times.

For the speaker packs: the speaker's name (and name in Chinese or another script),
organization and title, then every session they are in, in time order, with the day, the
time, the room, their role and who else is on stage; after the event, if asked, how many came
to each (from the session's check-in list at the door).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from desktop.base.collation import speaker_key
from desktop.base.progress import CancelFlag
from desktop.base.schedule import ScheduleData, SessionData, SpeakerData
from desktop.pdf.ops import Line, Rect
from desktop.pdf.program.common import (
    GREY,
    Cell,
    DocInfo,
    Page,
    body_box,
    frame_all,
    measure_row,
    page_size,
    place,
    speaker_names,
    text_op,
)
from desktop.pdf.program.words import say, short_day

FACTORS = [round(1.3 - 0.05 * i, 2) for i in range(17)]  # 1.3 down to 0.5


def speaker_sessions(
    data: ScheduleData, days: Sequence[dt.date] | None = None
) -> dict[int, list[tuple[SessionData, str]]]:
    """speaker id -> [(session, role)] in time order, for scheduled, not cancelled sessions."""
    wanted = set(days) if days is not None else None
    out: dict[int, list[tuple[SessionData, str]]] = {}
    for s in data.sessions:
        if s.start is None or s.status == "cancelled":
            continue
        if wanted is not None and s.start.date() not in wanted:
            continue
        for p in s.speakers:
            out.setdefault(p.id, []).append((s, p.role or "speaker"))
    return out


def layout_itineraries(
    data: ScheduleData,
    info: DocInfo,
    days: Sequence[dt.date] | None = None,
    paper: str = "A4",
    cancel: CancelFlag | None = None,
    attendance: dict[int, str] | None = None,
    order: str = "name",
) -> list[Page]:
    """One page (more only for a very busy speaker) per speaker with sessions, in `order`
    (desktop.base.collation); `attendance`: a line per session id ("62 people came, 58 at
    once, of 80 seats")."""
    width, height = page_size(paper, "portrait")
    k = width / 595.0
    by_speaker = speaker_sessions(data, days)
    pages: list[Page] = []
    people = sorted(
        (p for p in data.speakers if p.id in by_speaker),
        key=lambda p: (speaker_key(order, p.name, p.name_local), p.id),
    )
    for i, person in enumerate(people):
        if cancel is not None and i % 50 == 0:
            cancel.check()
        pages.extend(_itinerary(person, by_speaker[person.id], width, height, k, attendance or {}))
    if not pages:
        page = Page(width, height, title=say("Speaker itineraries"))
        x, y, w, _h = body_box(page)
        page.ops.append(text_op(say("No speakers are scheduled."), x, y + 20, w, 30, 16, bold=True))
        pages.append(page)
    frame_all(pages, info)
    return pages


def _rows(
    items: list[tuple[SessionData, str]], w: float, attendance: dict[int, str]
) -> list[tuple[list[Cell], float]]:
    tw = w * 0.30
    rows: list[tuple[list[Cell], float]] = []
    for s, role in items:
        assert s.start is not None and s.end is not None
        rows.append(
            (
                [
                    Cell(
                        short_day(s.start),
                        0,
                        tw - 8,
                        12,
                        True,
                        role="day",
                        ref=s.id,
                    ),
                    Cell(s.title, tw, w - tw, 14, True, role="title", ref=s.id),
                ],
                2.0,
            )
        )
        where = s.room.name if s.room is not None else "room to be announced"
        rows.append(
            (
                [
                    Cell(
                        f"{s.start:%H:%M}–{s.end:%H:%M}", 0, tw - 8, 16, True, role="time", ref=s.id
                    ),
                    Cell(
                        f"{where} · {say('you are the {role}', role=say(role))}",
                        tw,
                        w - tw,
                        11.5,
                        color="#1F4E79",
                        role="room",
                        ref=s.id,
                    ),
                ],
                2.0,
            )
        )
        names = speaker_names(s.speakers, with_roles=True)
        detail = say(s.type.replace("_", " "))
        if s.track is not None:
            detail += f" · {s.track.name}"
        if len(s.speakers) > 1:
            detail += f" · {say('on stage: {names}', names=names)}"
        came = attendance.get(s.id)
        if came:
            rows.append(([Cell(detail, tw, w - tw, 10, color=GREY, role="detail", ref=s.id)], 2.0))
            rows.append(
                ([Cell(came, tw, w - tw, 10, color="#1F4E79", role="attendance", ref=s.id)], 14.0)
            )
        else:
            rows.append(([Cell(detail, tw, w - tw, 10, color=GREY, role="detail", ref=s.id)], 14.0))
    return rows


def _itinerary(
    person: SpeakerData,
    items: list[tuple[SessionData, str]],
    width: float,
    height: float,
    k: float,
    attendance: dict[int, str],
) -> list[Page]:
    probe = Page(width, height)
    x, y, w, h = body_box(probe)
    rows = _rows(items, w, attendance)
    head_h = 118 * k
    factor, measured = FACTORS[-1], []
    for f in FACTORS:
        measured = [measure_row(r, x, f * k, gap) for r, gap in rows]
        if sum(m[0] for m in measured) <= h - head_h:
            factor = f
            break
    pages: list[Page] = []
    page: Page | None = None
    cy = top = 0.0
    for i, (rh, ops) in enumerate(measured):
        starts_entry = rows[i][0][0].role == "day"  # a session's first row
        if page is None or cy + rh > y + h:
            page = Page(width, height, title=person.name)
            pages.append(page)
            cy = top = _head(page, person, len(items), x, y, w, head_h, k)
        elif starts_entry and cy > top:
            sep = cy - 7 * factor * k
            page.ops.append(Line(x, sep, x + w, sep, "#BBBBBB", 0.6))
        page.ops.extend(place(ops, cy))
        cy += rh
    pages[0].outline.append((0, person.name))
    return pages


def _head(
    page: Page, person: SpeakerData, n: int, x: float, y: float, w: float, head_h: float, k: float
) -> float:
    page.ops.append(Rect(x, y, w, head_h - 14 * k, fill="#EEF2F6"))
    page.ops.append(Rect(x, y, 5 * k, head_h - 14 * k, fill="#2F3B4C"))
    name = person.name
    if person.name_local and person.name_local != person.name:
        name += f"  {person.name_local}"
    page.ops.append(
        text_op(
            name,
            x + 14 * k,
            y + 10 * k,
            w - 24 * k,
            36 * k,
            28 * k,
            12,
            bold=True,
            max_lines=1,
            role="name",
            ref=person.id,
        )
    )
    org = " · ".join(p for p in (person.title, person.organization) if p)
    if org:
        page.ops.append(
            text_op(
                org,
                x + 14 * k,
                y + 48 * k,
                w - 24 * k,
                30 * k,
                13 * k,
                8,
                color="#333333",
                max_lines=2,
                role="organization",
                ref=person.id,
            )
        )
    label = say("Your session") if n == 1 else say("Your {n} sessions", n=n)
    page.ops.append(
        text_op(
            label,
            x + 14 * k,
            y + 80 * k,
            w - 24 * k,
            18 * k,
            12 * k,
            8,
            bold=True,
            color="#1F4E79",
            max_lines=1,
            role="label",
        )
    )
    return y + head_h
