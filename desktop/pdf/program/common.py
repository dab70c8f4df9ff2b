"""What every printed-program document shares: draw ops, text fitting, page frames.

Each document kind first computes its pages as plain draw ops (`Page.ops`), in points from the
page's top-left corner, y downwards; `render.render()` then paints them with reportlab. Keeping the
layout apart from the drawing lets the tests check every text box against its cell without
parsing a PDF, and lets a document know its page count (for "page 3 of 12") before it draws.

All text goes through `desktop.pdf.fonts`, so Chinese titles and names print.
"""

from __future__ import annotations

import datetime as dt
import functools
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from reportlab.lib.pagesizes import A3, A4, landscape, portrait

from desktop.pdf import fonts

ASCENT = 0.76  # of the em, for DejaVu Sans and WenQuanYi Micro Hei alike
PAPERS = {"A4": A4, "A3": A3}
GREY = "#555555"
LIGHT = "#DDDDDD"
INK = "#111111"
DRAFT_LABEL = "Draft, not published"


@dataclass(slots=True)
class Rect:
    x: float
    y: float
    w: float
    h: float
    fill: str = ""
    stroke: str = ""
    width: float = 0.5


@dataclass(slots=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    color: str = LIGHT
    width: float = 0.5


@dataclass(slots=True)
class Image:
    path: str
    x: float
    y: float
    w: float
    h: float


@dataclass(slots=True)
class Text:
    """Lines of text that must stay inside the box (x, y, w, h); `cell` is the box it belongs to."""

    x: float
    y: float
    w: float
    h: float
    lines: list[str]
    size: float
    bold: bool = False
    color: str = INK
    align: str = "left"
    leading: float = 1.2
    role: str = ""
    ref: int | None = None  # the session (or speaker) the text is about
    overflow: bool = False
    cell: tuple[float, float, float, float] | None = None

    @property
    def used_height(self) -> float:
        n = len(self.lines)
        return 0.0 if n == 0 else self.size * (1 + self.leading * (n - 1))

    def line_widths(self) -> list[float]:
        return [fonts.string_width(t, self.size, self.bold) for t in self.lines]


Op = Rect | Line | Image | Text


@dataclass
class Page:
    width: float
    height: float
    ops: list[Op] = field(default_factory=list)
    title: str = ""  # shown in the header; also the PDF outline entry
    outline: list[tuple[int, str]] = field(default_factory=list)  # (level, text)

    def texts(self) -> list[Text]:
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
        return DRAFT_LABEL
    when = f" · {release_at:%Y-%m-%d}" if release_at else ""
    name = release_name if release_name.lower().startswith("release") else f"Release {release_name}"
    return f"{name}{when}"


def page_size(paper: str, orientation: str) -> tuple[float, float]:
    """Width and height in points of A4 or A3, landscape or portrait."""
    try:
        size = PAPERS[paper.upper()]
    except KeyError:
        raise ValueError(f"unknown paper {paper!r} (A4 or A3)") from None
    return landscape(size) if orientation == "landscape" else portrait(size)


# --- text fitting ---------------------------------------------------------------------------


def _is_cjk(ch: str) -> bool:
    cp = ord(ch)
    return (
        0x2E80 <= cp <= 0x9FFF
        or 0xAC00 <= cp <= 0xD7AF
        or 0xF900 <= cp <= 0xFAFF
        or 0xFF00 <= cp <= 0xFFEF
        or 0x20000 <= cp <= 0x2FFFF
    )


_CHAR_W: dict[tuple[str, bool], float] = {}


def _char_width(ch: str, bold: bool) -> float:
    """Width at 1 pt of one character through the fallback chain (cached per character)."""
    key = (ch, bold)
    w = _CHAR_W.get(key)
    if w is None:
        w = _CHAR_W[key] = fonts.string_width(ch, 1.0, bold)
    return w


def _width(text: str, bold: bool) -> float:
    """Width at 1 pt. Summing per-character widths is exact (reportlab applies no kerning);
    right-to-left text is shaped first, so it is measured whole by the fonts module."""
    if not text.isascii() and any(
        unicodedata.bidirectional(ch) in ("R", "AL") for ch in text if ord(ch) > 0x58F
    ):
        return fonts.string_width(text, 1.0, bold)
    return sum(_char_width(ch, bold) for ch in text)


@functools.lru_cache(maxsize=8192)
def _tokens(text: str, bold: bool) -> tuple[tuple[str, float, float], ...]:
    """(token, width at 1 pt, width at 1 pt without trailing space): words and CJK characters."""
    out: list[str] = []
    buf = ""
    if text.isascii():  # the common case: words with their trailing space
        parts = text.split(" ")
        out = [p + " " for p in parts[:-1]] + ([parts[-1]] if parts[-1] else [])
        text = ""
    for ch in text:
        if _is_cjk(ch):
            if buf:
                out.append(buf)
                buf = ""
            out.append(ch)
        elif ch == " ":
            out.append(buf + ch)
            buf = ""
        else:
            buf += ch
    if buf:
        out.append(buf)
    space = _char_width(" ", bold)
    result = []
    for t in out:
        trimmed = t.rstrip(" ")
        w = _width(trimmed, bold)
        result.append((t, w + space * (len(t) - len(trimmed)), w))
    return tuple(result)


def wrap(text: str, width: float, size: float, bold: bool = False) -> list[str]:
    """Greedy line breaking at spaces and between CJK characters; a word wider than the line
    is split anywhere. Every line is at most `width` points wide at `size`."""
    limit = width / size + 1e-9
    lines: list[str] = []
    cur, cur_w = "", 0.0
    for tok, w_full, w_trim in _tokens(text, bold):
        if cur_w + w_trim <= limit:
            cur += tok
            cur_w += w_full
            continue
        if cur.strip():
            lines.append(cur.rstrip())
        cur, cur_w = "", 0.0
        if w_trim <= limit:
            cur, cur_w = tok, w_full
            continue
        for ch in tok:  # a single word wider than the line
            cw = _char_width(ch, bold)
            if cur and cur_w + cw > limit and ch != " ":
                lines.append(cur.rstrip())
                cur, cur_w = "", 0.0
            cur += ch
            cur_w += cw
    if cur.strip():
        lines.append(cur.rstrip())
    return lines


def ellipsize(line: str, width: float, size: float, bold: bool = False) -> str:
    """The longest prefix of `line` that fits `width` with an ellipsis after it."""
    e = fonts.ELLIPSIS
    if fonts.string_width(line + e, size, bold) <= width:
        return line + e
    lo, hi = 0, len(line)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if fonts.string_width(line[:mid].rstrip() + e, size, bold) <= width:
            lo = mid
        else:
            hi = mid - 1
    return line[:lo].rstrip() + e


def lines_height(n: int, size: float, leading: float) -> float:
    return 0.0 if n <= 0 else size * (1 + leading * (n - 1))


def fit_block(
    text: str,
    width: float,
    height: float,
    max_size: float,
    min_size: float,
    bold: bool = False,
    leading: float = 1.15,
    max_lines: int = 99,
    step: float = 0.5,
) -> tuple[list[str], float, bool]:
    """Wrap text at the largest size (max_size down to min_size) whose lines fit the box.

    Unlike one-line shrinking, a long title keeps a readable size over several lines. When
    even min_size does not fit, the lines that fit are kept and the last one ends with an
    ellipsis: the result never leaves the box (overflow flag True).
    """
    text = " ".join(text.split())
    if not text:
        return [], max_size, False
    size = max_size
    while size >= min_size - 1e-9:
        lines = wrap(text, width, size, bold)
        if len(lines) <= max_lines and lines_height(len(lines), size, leading) <= height + 1e-6:
            return lines, size, False
        size = round(size - step, 2)
    size = min_size
    lines = wrap(text, width, size, bold)
    room = 1 if height < size else int((height / size - 1) / leading + 1e-9) + 1
    keep = max(1, min(max_lines, room))
    kept = lines[:keep]
    kept[-1] = ellipsize(kept[-1], width, size, bold)
    return kept, size, True


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
        Line(MARGIN, MARGIN + HEADER_H - 4, page.width - MARGIN, MARGIN + HEADER_H - 4, GREY)
    )
    fy = page.height - MARGIN - FOOTER_H + 6
    ops.append(Line(MARGIN, fy - 3, page.width - MARGIN, fy - 3, GREY))
    ops.append(text_op(info.release_label, MARGIN, fy, half, 10, 8, 6, color=GREY, max_lines=1))
    ops.append(
        text_op(
            f"{info.kind_title} · page {number} of {total}",
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


def fmt_day(day: dt.date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


def speaker_names(speakers: Sequence[object], with_roles: bool = False) -> str:
    """'Ada Lovelace (陳大文), Alan Turing (moderator)'."""
    out = []
    for p in speakers:
        name = getattr(p, "name", "")
        local = getattr(p, "name_local", "")
        role = getattr(p, "role", "")
        label = f"{name} {local}" if local and local != name else name
        if with_roles and role and role != "speaker":
            label += f" ({role})"
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
