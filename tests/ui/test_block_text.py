"""Titles in narrow timetable blocks (sessions side by side in one room) wrap between words,
never inside one: a word wider than the block is elided on its own line ("Regula…"), not
split into "Reg / ulati / ng"; Chinese titles break between characters."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QFont, QFontMetricsF

from desktop.ui.schedule.blocks import _wrap

TITLE = "Regulating Frontier Models Internationally: a Policy Roundtable"


@pytest.mark.parametrize("width", [40, 55, 70, 90, 120, 180])
def test_lines_are_whole_words_or_elided(qapp: Any, width: int) -> None:
    font = QFont()
    font.setBold(True)
    fm = QFontMetricsF(font)
    words = TITLE.split()
    lines = _wrap(TITLE, fm, width, 6).split("\n")
    for line in lines:
        assert fm.horizontalAdvance(line) <= width + 0.5, (width, line)
        for token in line.split():
            if token.endswith("…"):
                stem = token[:-1]
                assert any(w.startswith(stem) for w in words), (width, line)
            else:
                assert token in words, (width, line)  # never a piece of a word
    assert len(lines) <= 6


def test_chinese_breaks_between_characters(qapp: Any) -> None:
    fm = QFontMetricsF(QFont())
    title = "大型語言模型的評測與治理"
    lines = _wrap(title, fm, fm.horizontalAdvance("大型語言") + 1, 4).split("\n")
    assert "".join(lines) == title and len(lines) == 3
