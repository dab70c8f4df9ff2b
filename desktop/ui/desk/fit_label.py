"""A label that keeps its whole text readable in the room it has: at its own size when it fits,
smaller down to a floor, wrapped over a few lines, and only then elided, with the whole text
in its tooltip. The result panel fits all of its labels together into its height."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

from desktop.ui.desk.style import desk_font

ELLIPSIS = "…"
_TALL = 100_000
# Each step down is this much smaller (until the floor).
STEP = 0.9


class FitLabel(QLabel):
    """A word-wrapped label of `base_pt` that shrinks to `floor_pt` and holds `max_lines`."""

    def __init__(
        self,
        base_pt: float,
        floor_pt: float,
        max_lines: int,
        bold: bool = False,
        padding: int = 0,
        parent: QWidget | None = None,
        auto: bool = False,
    ) -> None:
        super().__init__(parent)
        self.base_pt = base_pt
        self.floor_pt = floor_pt
        self.max_lines = max_lines
        self.bold = bold
        self.padding = padding  # the style sheet's horizontal padding and border, each side
        self.auto = auto  # fits itself to its own width (else its owner calls fit)
        self._whole = ""
        self._fitted: tuple[str, int, float, int] | None = None
        self.setWordWrap(True)
        self.setFont(desk_font(base_pt, bold))

    def setText(self, text: str) -> None:
        self._whole = text
        self._fitted = None
        self.setToolTip("")
        super().setText(text)
        if self.auto:
            self.fit(self.width())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.auto:
            self.fit(self.width())

    def clear(self) -> None:
        self.setText("")

    def whole_text(self) -> str:
        """The text as given (what the label shows, unless it had to be elided)."""
        return self._whole

    def fit(self, width: int, scale: float = 1.0, lines: int | None = None) -> None:
        """Show the whole text in `width` at `scale` of the base size or smaller (never below
        the floor) within `lines` (default `max_lines`); elided at the floor when nothing
        else holds it."""
        room = max(width - 2 * self.padding, 20)
        start = max(self.floor_pt, self.base_pt * scale)
        lines = min(lines or self.max_lines, self.max_lines)
        key = (self._whole, room, start, lines)
        if key == self._fitted:
            return
        self._fitted = key
        pt = start
        font = desk_font(pt, self.bold)
        while not _fits(self._whole, font, room, lines) and pt > self.floor_pt:
            pt = max(self.floor_pt, pt * STEP)
            font = desk_font(pt, self.bold)
        shown = self._whole
        if not _fits(shown, font, room, lines):
            shown = _elided(shown, font, room, lines)
        super().setFont(font)
        super().setText(shown)
        self.setToolTip(self._whole if shown != self._whole else "")

    def needed_height(self, width: int) -> int:
        """The height its current text and font take in `width` (padding not counted)."""
        if not self.text():
            return 0
        room = max(width - 2 * self.padding, 20)
        return _box(self.text(), self.font(), room).height()


def _box(text: str, font: QFont, width: int) -> QRect:
    flags = int(Qt.TextFlag.TextWordWrap)
    return QFontMetrics(font).boundingRect(QRect(0, 0, width, _TALL), flags, text)


def _fits(text: str, font: QFont, width: int, lines: int) -> bool:
    if not text:
        return True
    box = _box(text, font, width)
    # One line of this very text (a fallback font for Chinese or Arabic is taller than the
    # label's own font).
    line = _box(text, font, _TALL).height()
    return box.width() <= width and box.height() <= lines * line + 1


def _elided(text: str, font: QFont, width: int, lines: int) -> str:
    """The longest start of `text`, with an ellipsis, that fits."""
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if _fits(text[:mid].rstrip() + ELLIPSIS, font, width, lines):
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + ELLIPSIS
