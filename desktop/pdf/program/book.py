"""The program book: cover, table of contents, the sessions day by day, the speaker index.

Portrait pages, two columns. The layout is computed in one pass: the table of contents has a
known number of entries (days, the hours of each day, the speaker index), so its page count is
known before the sessions are placed and every page number is final when it is drawn. No
second reportlab pass (platypus multiBuild) is needed, which keeps an 872-session book fast.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from desktop.base.collation import speaker_key
from desktop.base.progress import CancelFlag
from desktop.base.schedule import ScheduleData, SessionData, SpeakerData
from desktop.pdf.ops import Image, Line, Rect, Text
from desktop.pdf.program.common import (
    GREY,
    Cell,
    DocInfo,
    Op,
    Page,
    body_box,
    fmt_day,
    frame_all,
    measure_row,
    page_size,
    place,
    plain,
    safe_color,
    span_of,
    speaker_names,
    text_op,
)
from desktop.pdf.program.words import say, weekday

GUTTER = 16.0
ABSTRACT_CHARS = 300
BIO_CHARS = 200
LINK = "#1F4E79"
TOC_LINE = 15.0


@dataclass
class _Block:
    """Ops laid out at y=0 with their height; kept together in one column."""

    height: float
    ops: list[Op]
    outline: list[tuple[int, str]] = field(default_factory=list)
    toc: tuple[int, str] | None = None  # (level, text) entry of the table of contents
    new_page: bool = False


class _Flow:
    """Places blocks down two columns, page after page."""

    def __init__(self, width: float, height: float, first_number: int, title: str) -> None:
        self.width, self.height = width, height
        self.pages: list[Page] = []
        self.first_number = first_number
        self.title = title
        probe = Page(width, height)
        self.x, self.y, self.w, self.h = body_box(probe)
        self.col_w = (self.w - GUTTER) / 2
        self.col = 0
        self.cy = 0.0
        self.toc: list[tuple[int, str, int]] = []  # (level, text, page number)

    def _new_page(self) -> None:
        self.pages.append(Page(self.width, self.height, title=self.title))
        self.col = 0
        self.cy = self.y

    def _next_column(self) -> None:
        if self.col == 0 and self.pages:
            self.col = 1
            self.cy = self.y
        else:
            self._new_page()

    def add(self, block: _Block) -> None:
        if not self.pages or block.new_page:
            self._new_page()
        elif self.cy + block.height > self.y + self.h and self.cy > self.y:
            self._next_column()
        page = self.pages[-1]
        dx = self.x + self.col * (self.col_w + GUTTER)
        for op in block.ops:
            _shift(op, dx, self.cy)
            page.ops.append(op)
        page.outline.extend(block.outline)
        if block.toc is not None:
            level, text = block.toc
            self.toc.append((level, text, self.first_number + len(self.pages) - 1))
        self.cy += block.height


def _shift(op: Op, dx: float, dy: float) -> None:
    if isinstance(op, Line):
        op.x1 += dx
        op.x2 += dx
        op.y1 += dy
        op.y2 += dy
    else:
        op.x += dx
        op.y += dy
        if isinstance(op, Text):
            op.cell = (op.x, op.y, op.w, op.h)


def _reference_rows(s: SessionData, inner: float) -> list[tuple[list[Cell], float]]:
    """One line per attachment and link with an http(s) address: its title and the address
    (resolved against the file's base url), linked in the PDF."""
    rows = []
    for r in (*s.attachments, *s.links):
        url = s.absolute(r.url)
        if not url:
            continue
        shown = url.split("://", 1)[1]
        text = f"{plain(r.title, 80)}: {shown}" if r.title else shown
        cell = Cell(text, 7, inner, 7, color=LINK, role="link", ref=s.id, max_lines=2, url=url)
        rows.append(([cell], 0.8))
    return rows


def _session_block(s: SessionData, w: float, links: bool = False) -> _Block:
    assert s.start is not None and s.end is not None
    color = safe_color(s.track.color if s.track else None, "#9AA5B1")
    inner = w - 7
    meta = f"{s.start:%H:%M}–{s.end:%H:%M}"
    if s.room is not None:
        meta += f" · {s.room.name}"
    if s.track is not None:
        meta += f" · {s.track.name}"
    if s.type not in ("talk", "break"):
        meta += f" · {say(s.type.replace('_', ' '))}"
    rows = [
        ([Cell(meta, 7, inner, 7.5, color=GREY, role="meta", ref=s.id)], 1.5),
        ([Cell(s.title, 7, inner, 10.5, True, role="title", ref=s.id)], 1.5),
    ]
    if s.subtitle:
        rows.append(
            ([Cell(plain(s.subtitle, 200), 7, inner, 8.5, color="#333333", role="subtitle")], 1.5)
        )
    names = speaker_names(s.speakers, with_roles=True)
    if names:
        rows.append(([Cell(names, 7, inner, 8.5, color="#1F4E79", role="speakers", ref=s.id)], 1.5))
    abstract = plain(s.abstract or s.description, ABSTRACT_CHARS)
    if abstract:
        rows.append(
            ([Cell(abstract, 7, inner, 7.8, color="#222222", role="abstract", ref=s.id)], 1.5)
        )
    if links:
        rows.extend(_reference_rows(s, inner))
    ops: list[Op] = []
    y = 0.0
    for cells, gap in rows:
        h, texts = measure_row(cells, 0.0, 1.0, gap, leading=1.18)
        ops.extend(place(texts, y))
        y += h
    if s.type != "break":
        ops.insert(0, Rect(0, 0, 2.5, y - 1.5, fill=color))
    return _Block(y + 8, ops)


def _heading(text: str, w: float, size: float, level: int, new_page: bool = False) -> _Block:
    t = text_op(text, 0, 2, w, size * 2.6, size, size * 0.6, bold=True, max_lines=2, role="heading")
    ops: list[Op] = [t]
    h = t.used_height + 4
    if level == 0:
        ops.append(Line(0, h, w, h, "#2F3B4C", 1.2))
        h += 8
    else:
        ops.append(Line(0, h, w, h, "#BBBBBB", 0.5))
        h += 5
    return _Block(h, ops, outline=[(level, text)], toc=(level, text), new_page=new_page)


def _speaker_block(p: SpeakerData, sessions: list[SessionData], w: float) -> _Block:
    name = p.name + (f"  {p.name_local}" if p.name_local and p.name_local != p.name else "")
    rows = [([Cell(name, 0, w, 9.5, True, role="name", ref=p.id)], 1.0)]
    org = " · ".join(x for x in (p.title, p.organization) if x)
    if org:
        rows.append(([Cell(org, 0, w, 8, color="#1F4E79", role="organization", ref=p.id)], 1.0))
    bio = plain(p.bio, BIO_CHARS)
    if bio:
        rows.append(([Cell(bio, 0, w, 7.5, color="#222222", role="bio", ref=p.id)], 1.0))
    for s in sessions:
        assert s.start is not None
        where = f" · {s.room.name}" if s.room is not None else ""
        rows.append(
            (
                [
                    Cell(
                        f"{weekday(s.start)} {s.start:%H:%M}{where}: {s.title}",
                        0,
                        w,
                        7.5,
                        color=GREY,
                        role="ref",
                        ref=s.id,
                    )
                ],
                0.5,
            )
        )
    ops: list[Op] = []
    y = 0.0
    for cells, gap in rows:
        h, texts = measure_row(cells, 0.0, 1.0, gap, leading=1.18)
        ops.extend(place(texts, y))
        y += h
    return _Block(y + 7, ops)


def layout_book(
    data: ScheduleData,
    info: DocInfo,
    days: Sequence[dt.date] | None = None,
    paper: str = "A4",
    logo_path: str | None = None,
    cancel: CancelFlag | None = None,
    order: str = "name",
    links: bool = False,
) -> list[Page]:
    """Every page of the book, framed and numbered; the speaker index in `order`
    (desktop.base.collation); `links`: each session's attachments and links under it."""
    width, height = page_size(paper, "portrait")
    day_list = list(days if days is not None else data.days)
    by_day = {
        d: [s for s in data.sessions_on(d) if s.status != "cancelled" and s.end is not None]
        for d in day_list
    }
    day_list = [d for d in day_list if by_day[d]]
    # Table of contents entries are known now: days, the hours of each day, the speaker index.
    toc_entries = sum(1 + len({span_of(s)[0].hour for s in by_day[d]}) for d in day_list) + 1
    probe = Page(width, height)
    _x, _y, _w, body_h = body_box(probe)
    per_toc_page = max(1, int((body_h - 40) // TOC_LINE))
    toc_pages = max(1, -(-toc_entries // per_toc_page))
    flow = _Flow(width, height, first_number=2 + toc_pages, title=say("Program"))
    w = flow.col_w
    for d in day_list:
        if cancel is not None:
            cancel.check()
        flow.add(_heading(fmt_day(d), w, 15, 0, new_page=True))
        hour = None
        for s in by_day[d]:
            assert s.start is not None
            block = _session_block(s, w, links)
            if s.start.hour != hour:
                hour = s.start.hour
                head = _heading(f"{s.start:%H}:00", w, 11, 1)
                # Keep the hour heading with its first session.
                for op in block.ops:
                    _shift(op, 0, head.height)
                head.ops.extend(block.ops)
                head.height += block.height
                block = head
            flow.add(block)
    # Speaker index: everyone on stage on the printed days.
    on_stage: dict[int, list[SessionData]] = {}
    for d in day_list:
        for s in by_day[d]:
            for p in s.speakers:
                on_stage.setdefault(p.id, []).append(s)
    people = sorted(
        (p for p in data.speakers if p.id in on_stage),
        key=lambda p: (speaker_key(order, p.name, p.name_local), p.id),
    )
    flow.title = say("Speakers")
    flow.add(_heading(say("Speaker index"), w, 15, 0, new_page=True))
    for i, p in enumerate(people):
        if cancel is not None and i % 100 == 0:
            cancel.check()
        flow.add(_speaker_block(p, on_stage[p.id], w))

    cover = _cover(data, info, width, height, logo_path)
    toc = _toc(flow.toc, toc_pages, width, height)
    pages = [cover, *toc, *flow.pages]
    frame_all(pages, info)
    return pages


def _cover(
    data: ScheduleData, info: DocInfo, width: float, height: float, logo_path: str | None
) -> Page:
    page = Page(width, height, title=say("Program"))
    x, y, w, h = body_box(page)
    ops = page.ops
    top = y + h * 0.18
    if logo_path:
        ops.append(Image(x + w * 0.3, y + 20, w * 0.4, h * 0.16, logo_path))
    ops.append(Rect(x, top, w, 6, fill="#2F3B4C"))
    ops.append(
        text_op(
            data.event_name,
            x,
            top + 24,
            w,
            130,
            40,
            16,
            bold=True,
            align="center",
            max_lines=3,
            role="name",
        )
    )
    dates = ""
    if data.days:
        first, last = data.days[0], data.days[-1]
        dates = fmt_day(first) if first == last else f"{fmt_day(first)} – {fmt_day(last)}"
    lines = [t for t in (dates, data.venue) if t]
    cy = top + 170
    for t in lines:
        ops.append(text_op(t, x, cy, w, 24, 16, 9, align="center", color="#333333", max_lines=1))
        cy += 26
    ops.append(
        text_op(
            say("Program"),
            x,
            cy + 30,
            w,
            40,
            28,
            12,
            bold=True,
            align="center",
            color="#1F4E79",
            max_lines=1,
        )
    )
    ops.append(
        text_op(
            info.release_label,
            x,
            cy + 80,
            w,
            20,
            13,
            8,
            align="center",
            color=GREY,
            max_lines=1,
            role="release",
        )
    )
    n_sessions = sum(1 for s in data.sessions if s.start is not None and s.status != "cancelled")
    ops.append(
        text_op(
            say(
                "{sessions} sessions · {rooms} rooms · {speakers} speakers",
                sessions=n_sessions,
                rooms=len(data.rooms),
                speakers=len(data.speakers),
            ),
            x,
            cy + 104,
            w,
            18,
            10,
            7,
            align="center",
            color=GREY,
            max_lines=1,
        )
    )
    page.outline.append((0, say("Cover")))
    return page


def _toc(
    entries: list[tuple[int, str, int]], n_pages: int, width: float, height: float
) -> list[Page]:
    pages = [Page(width, height, title=say("Contents")) for _ in range(n_pages)]
    x, y, w, h = body_box(pages[0])
    pages[0].ops.append(
        text_op(say("Contents"), x, y, w, 30, 20, bold=True, max_lines=1, role="heading")
    )
    pages[0].outline.append((0, say("Contents")))
    per = max(1, int((h - 40) // TOC_LINE))
    for i, (level, text, number) in enumerate(entries):
        page = pages[min(i // per, n_pages - 1)]
        cy = y + 40 + (i % per) * TOC_LINE
        indent = 0 if level == 0 else 24
        size = 11 if level == 0 else 9.5
        num = str(number)
        page.ops.append(
            text_op(
                text,
                x + indent,
                cy,
                w - indent - 50,
                TOC_LINE,
                size,
                7,
                bold=level == 0,
                max_lines=1,
                role="toc",
            )
        )
        page.ops.append(
            text_op(
                num,
                x + w - 48,
                cy,
                48,
                TOC_LINE,
                size,
                7,
                bold=level == 0,
                align="right",
                max_lines=1,
                role="toc-page",
            )
        )
        if level > 0:
            page.ops.append(
                Line(x + indent + 40, cy + size * 0.8, x + w - 52, cy + size * 0.8, "#DDDDDD", 0.4)
            )
    return pages
