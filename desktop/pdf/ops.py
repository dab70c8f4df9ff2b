"""The drawing operations every printed document is computed as, before anything is drawn.

A badge side (`desktop.pdf.layout`) and a program page (`desktop.pdf.program`) are lists of
these ops; the PDF renderers and the desk's QPainter paint them. Coordinates are from the top
left corner of the badge or page, y downwards, in that document's unit: millimetres on a badge,
points on a program page. Text sizes and widths are always points. `item` names the badge
template item an op was made from (empty on program pages).

Text comes in two kinds: a badge places each line when it is laid out (`PlacedText`, from the
glyphs' ink, so the PDF and the QPainter preview put it at the same spot), a program page keeps
the wrapped lines of a box and aligns them when it is drawn (`Text`, moved as pages are filled).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.pdf import fonts
from desktop.pdf.cjk_forms import DEFAULT_FORMS

INK = "#111111"


@dataclass(slots=True)
class Rect:
    """A rectangle, filled and/or stroked (no stroke unless `stroke` and `stroke_width`)."""

    x: float
    y: float
    w: float
    h: float
    fill: str = ""
    stroke: str = ""
    stroke_width: float = 0.0
    item: str = ""


@dataclass(slots=True)
class Line:
    """A straight line from (x1, y1) to (x2, y2)."""

    x1: float
    y1: float
    x2: float
    y2: float
    color: str
    stroke_width: float
    item: str = ""


@dataclass(slots=True)
class Image:
    """A picture file scaled into the box, keeping its aspect ratio."""

    x: float
    y: float
    w: float
    h: float
    path: str
    item: str = ""


@dataclass(slots=True)
class Qr:
    """A QR code of `data`, `size` wide and high (its quiet zone included)."""

    x: float
    y: float
    size: float
    data: str
    color: str = "#000000"
    item: str = ""


@dataclass(slots=True)
class PlacedText:
    """Fitted lines in the box (x, y, w, h), each placed: (text, x of its left end, baseline y)."""

    x: float
    y: float
    w: float
    h: float
    lines: list[tuple[str, float, float]]
    size: float
    bold: bool
    color: str
    overflow: bool = False
    item: str = ""
    forms: str = DEFAULT_FORMS  # the Chinese glyph forms it was fitted in (hk, tw, cn)


@dataclass(slots=True)
class Text:
    """Lines of text that must stay inside the box (x, y, w, h), aligned in it when drawn;
    `cell` is the box it belongs to."""

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
    url: str = ""  # an http(s) address the box links to in the PDF

    @property
    def used_height(self) -> float:
        """Height from the top of the first line to the bottom of the last, in points."""
        n = len(self.lines)
        return 0.0 if n == 0 else self.size * (1 + self.leading * (n - 1))

    def line_widths(self) -> list[float]:
        """The drawn width of each line, in points."""
        return [fonts.string_width(t, self.size, self.bold) for t in self.lines]
