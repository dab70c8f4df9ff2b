"""What every printed-program document shares: pages of draw ops, text fitting, page frames.

Each document kind first computes its pages as plain draw ops (`Page.ops`, of `desktop.pdf.ops`),
in points from the page's top-left corner, y downwards; `render.render()` then paints them with
reportlab. Keeping the layout apart from the drawing lets the tests check every text box against
its cell without parsing a PDF, and lets a document know its page count (for "page 3 of 12")
before it draws.

All text goes through `desktop.pdf.fonts` (fitted by `fonts.fit_text`, the program's way), so
Chinese titles and names print.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from reportlab.lib.pagesizes import A3, A4, landscape, portrait

from desktop.base.schedule import SessionData
from desktop.pdf import fonts
from desktop.pdf.ops import INK, Image, Line, Rect, Text
from desktop.pdf.program.words import long_day, say

ASCENT = 0.76  # of the em, for DejaVu Sans and WenQuanYi Micro Hei alike
PAPERS = {"A4": A4, "A3": A3}
GREY = "#555555"
LIGHT = "#DDDDDD"
DRAFT_LABEL = "Draft, not published"


Op = Rect | Line | Image | Text


@dataclass
class Page:
    width: float
    height: float
    ops: list[Op] = field(default_factory=list)
    title: str = ""  # shown in the header; also the PDF outline entry
    outline: list[tuple[int, str]] = field(default_factory=list)  # (level, text)
    subtitle: str = ""  # a line under the header (the grid's time window and continuations)

    def texts(self) -> list[Text]:
        """The page's text ops."""
        return [op for op in self.ops if isinstance(op, Text)]


@dataclass
class DocInfo:
    """What the frame of every page shows."""

    event_name: str
    kind_title: str
    release_label: str
    venue: str = ""


def release_label(release_name: str | None, release_at: dt.datetime | None) -> str:
    """'Release v3 · 2026-11-20', or the draft notice for the live (unpublished) schedule."""
    if not release_name:
        return say(DRAFT_LABEL)
    when = f" · {release_at:%Y-%m-%d}" if release_at else ""
    name = (
        release_name
        if release_name.lower().startswith("release")
        else say("Release {name}", name=release_name)
    )
    return f"{name}{when}"


def page_size(paper: str, orientation: str) -> tuple[float, float]:
    """Width and height in points of A4 or A3, landscape or portrait."""
    try:
        size = PAPERS[paper.upper()]
    except KeyError:
        raise ValueError(f"unknown paper {paper!r} (A4 or A3)") from None
    dims: tuple[float, float] = landscape(size) if orientation == "landscape" else portrait(size)
    return dims


# --- text fitting ---------------------------------------------------------------------------


def lines_height(n: int, size: float, leading: float) -> float:
    """Height of n lines at `size` with `leading`, from the first line's top to the last's bottom."""
    return 0.0 if n <= 0 else size * (1 + leading * (n - 1))


# Program text is wrapped at the largest half-point size from max_size down whose lines fit,
# so a long title keeps a readable size over several lines. Its spaces are measured as the
# Latin font's (a little wider than drawn after a Chinese name): lines break where they did.
PROGRAM_FIT = fonts.FitRule(step=0.5, from_max=True, one_line_first=False, latin_spaces=True)


def fit_block(
    text: str,
    width: float,
    height: float,
    max_size: float,
    min_size: float,
    bold: bool = False,
    leading: float = 1.15,
    max_lines: int = 99,
) -> tuple[list[str], float, bool]:
    """(lines, size, overflow) of text fitted into the box by `fonts.fit_text`, the program's
    way (`PROGRAM_FIT`): when even min_size does not fit, the lines that fit are kept and the
    last one ends with an ellipsis (overflow True)."""
    r = fonts.fit_text(
        text, width, height, max_size, min_size, bold, max_lines, leading, rule=PROGRAM_FIT
    )
    return r.lines, r.size, r.overflow


def text_op(
    text: str,
    x: float,
    y: float,
    w: float,
    h: float,
    max_size: float,
    min_size: float | None = None,
    bold: bool = False,
    color: str = INK,
    align: str = "left",
    leading: float = 1.15,
    max_lines: int = 99,
    role: str = "",
    ref: int | None = None,
    cell: tuple[float, float, float, float] | None = None,
) -> Text:
    """A Text op holding `text` fitted into the box, at its top."""
    lines, size, over = fit_block(
        text, w, h, max_size, min_size or max_size, bold, leading, max_lines
    )
    return Text(x, y, w, h, lines, size, bold, color, align, leading, role, ref, over, cell)


def tint(color: str, amount: float = 0.78) -> str:
    """`color` mixed with white (amount 0 = colour, 1 = white): a light cell background."""
    c = color.lstrip("#")
    if len(c) == 3:
        c = "".join(ch * 2 for ch in c)
    try:
        r, g, b = (int(c[i : i + 2], 16) for i in (0, 2, 4))
    except ValueError:
        r, g, b = 136, 136, 136
    mix = [round(v + (255 - v) * amount) for v in (r, g, b)]
    return "#{:02X}{:02X}{:02X}".format(*mix)


def safe_color(color: str | None, default: str = "#888888") -> str:
    c = (color or "").strip()
    if len(c) in (4, 7) and c.startswith("#"):
        try:
            int(c[1:], 16)
            return c
        except ValueError:
            pass
    return default


# --- page frame -----------------------------------------------------------------------------

MARGIN = 28.0  # about 10 mm
HEADER_H = 30.0
FOOTER_H = 18.0


def body_box(page: Page) -> tuple[float, float, float, float]:
    """The area between header and footer (x, y, w, h)."""
    top = MARGIN + HEADER_H
    return MARGIN, top, page.width - 2 * MARGIN, page.height - top - MARGIN - FOOTER_H


def add_frame(page: Page, info: DocInfo, number: int, total: int, subtitle: str = "") -> None:
    """Header (event name, document kind, page title) and footer (release, page numbers)."""
    w = page.width - 2 * MARGIN
    half = w * 0.5
    ops: list[Op] = [
        text_op(info.event_name, MARGIN, MARGIN, half, 14, 12, 7, bold=True, max_lines=1),
        text_op(
            page.title or info.kind_title,
            MARGIN + half,
            MARGIN,
            half,
            14,
            11,
            7,
            bold=True,
            align="right",
            max_lines=1,
        ),
    ]
    if subtitle:
        ops.append(text_op(subtitle, MARGIN, MARGIN + 15, w, 10, 8, 6, color=GREY, max_lines=1))
    ops.append(
        Line(MARGIN, MARGIN + HEADER_H - 4, page.width - MARGIN, MARGIN + HEADER_H - 4, GREY, 0.5)
    )
    fy = page.height - MARGIN - FOOTER_H + 6
    ops.append(Line(MARGIN, fy - 3, page.width - MARGIN, fy - 3, GREY, 0.5))
    ops.append(text_op(info.release_label, MARGIN, fy, half, 10, 8, 6, color=GREY, max_lines=1))
    ops.append(
        text_op(
            f"{info.kind_title} · {say('page {number} of {total}', number=number, total=total)}",
            MARGIN + half,
            fy,
            half,
            10,
            8,
            6,
            color=GREY,
            align="right",
            max_lines=1,
        )
    )
    page.ops[:0] = ops


def frame_all(
    pages: list[Page], info: DocInfo, subtitle: Callable[[int, Page], str] | None = None
) -> None:
    """Add header and footer to every page, now that their number is known."""
    for i, page in enumerate(pages):
        add_frame(page, info, i + 1, len(pages), subtitle(i, page) if subtitle else "")


def span_of(s: SessionData) -> tuple[dt.datetime, dt.datetime]:
    """Start and end of a scheduled session (a printed program holds no other)."""
    assert s.start is not None and s.end is not None
    return s.start, s.end


def fmt_day(day: dt.date) -> str:
    """ "Thursday 3 December 2026" in the program's language (see words.long_day)."""
    return long_day(day)


def speaker_names(speakers: Sequence[object], with_roles: bool = False) -> str:
    """'Ada Lovelace (陳大文), Alan Turing (moderator)'."""
    out = []
    for p in speakers:
        name = getattr(p, "name", "")
        local = getattr(p, "name_local", "")
        role = getattr(p, "role", "")
        label = f"{name} {local}" if local and local != name else name
        if with_roles and role and role != "speaker":
            label += f" ({say(role)})"
        out.append(label)
    return ", ".join(out)


# --- rows of text, stacked down a page ------------------------------------------------------


@dataclass(slots=True)
class Cell:
    """One column of a row: text at a base size (scaled by the row's factor when laid out)."""

    text: str
    x: float  # offset from the row's left edge
    w: float
    size: float
    bold: bool = False
    color: str = INK
    role: str = ""
    ref: int | None = None
    max_lines: int = 99
    align: str = "left"
    url: str = ""  # the PDF links the cell's text to this http(s) address


def measure_row(
    cells: Sequence[Cell], x: float, factor: float, gap: float, leading: float = 1.15
) -> tuple[float, list[Text]]:
    """Lay out a row's cells at y=0 (scaled by `factor`); returns (height with gap, ops)."""
    ops: list[Text] = []
    height = 0.0
    for c in cells:
        size = c.size * factor
        lines, sz, over = fit_block(c.text, c.w, 100_000, size, size, c.bold, leading, c.max_lines)
        t = Text(
            x + c.x,
            0.0,
            c.w,
            lines_height(len(lines), sz, leading),
            lines,
            sz,
            c.bold,
            c.color,
            c.align,
            leading,
            c.role,
            c.ref,
            over,
            url=c.url,
        )
        ops.append(t)
        height = max(height, t.h)
    return height + gap * factor, ops


def place(ops: Sequence[Text], dy: float) -> list[Text]:
    """The ops moved down by dy (their cell is their own box)."""
    for op in ops:
        op.y += dy
        op.cell = (op.x, op.y, op.w, op.h)
    return list(ops)


def plain(text: str, limit: int = 0) -> str:
    """Text without HTML tags or markdown emphasis, one paragraph; cut at a word near `limit`."""
    import html
    import re

    if "<" in text:
        text = re.sub(r"<[^>]+>", " ", text)
    if "&" in text:
        text = html.unescape(text)
    text = " ".join(text.replace("**", "").replace("__", "").split())
    if limit and len(text) > limit:
        cut = text.rfind(" ", 0, limit)
        text = text[: cut if cut > limit // 2 else limit].rstrip(" ,.;:") + fonts.ELLIPSIS
    return text
