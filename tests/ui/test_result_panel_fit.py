"""Every line of the desk's result panel fits, for the longest names: at 1280x800 and at
1165x640 (the desk screen's share of the main window), the headline, both name lines, the
organization, the staff note and the badge line are shown whole (shrunk to a floor, then
wrapped) or, when even that cannot hold them, elided with the whole text in a tooltip; none is
cut at the panel's edge or squeezed below its text's height."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from db.models import Attendee
from desktop.core import attendees as core_attendees
from desktop.core.events import current_event
from desktop.ui.desk import DeskScreen
from desktop.ui.desk.result_panel import ResultPanel
from tests.ui.desk_support import desk_context

# The desk screen inside the main window: the sidebar (190 px), menu and status bars (60 px).
WINDOWS = [(1280, 800), (1165, 640)]
PEOPLE = [
    {
        "given_name": "Siddharth Venkataraman",
        "family_name": "Krishnamurthy",
        "organization": "Hong Kong Applied Science and Technology Research Institute",
        "title": "Principal Research Scientist, Trustworthy AI",
        "category": "vip",
        "staff_note": "Keynote speaker: take him to the green room behind Hall A at once",
    },
    {  # the bad-input list: 300 characters without a space, emoji, right-to-left, Chinese
        "given_name": "W" * 150,
        "family_name": "X" * 150,
        "organization": "Ｆｕｌｌ－ｗｉｄｔｈ Ｃｏｒｐ 🚀🚀🚀 " * 6,
    },
    {
        "given_name": "محمد عبد الرحمن",
        "family_name": "الفلاني",
        "name_local": "歐陽司徒上官慕容諸葛東方皇甫尉遲公羊澹臺",
        "organization": "جامعة الملك عبدالله للعلوم والتقنية",
    },
]


def _labels(panel: ResultPanel) -> list[QLabel]:
    return [
        panel.headline,
        panel.name,
        panel.name_local,
        panel.organization,
        panel.note,
        panel.detail,
    ]


def _whole(label: QLabel) -> str:
    return label.whole_text() if hasattr(label, "whole_text") else label.text()


def _assert_fits(panel: ResultPanel, where: str) -> None:
    inside = panel.contentsRect()
    for label in _labels(panel):
        if not label.isVisible() or not label.text():
            continue
        name = f"{where}: {label.objectName() or label.text()[:20]!r}"
        geo: QRect = label.geometry()
        assert inside.contains(geo), (name, geo, inside)
        # The whole text of the label in its own width: not taller than the label is.
        flags = Qt.TextFlag.TextWordWrap if label.wordWrap() else 0
        room = label.contentsRect()
        needed = label.fontMetrics().boundingRect(
            QRect(0, 0, room.width(), 100_000), int(flags), label.text()
        )
        assert needed.height() <= room.height() + 1, (name, needed, room)
        assert needed.width() <= room.width() + 1, (name, needed, room)
        whole = _whole(label)
        if label.text() != whole:
            assert label.text().endswith("…") and label.toolTip() == whole, name
        assert label.font().pointSizeF() >= 11, name


@pytest.fixture
def desk(qtbot: Any, demo_store: Any) -> Iterator[DeskScreen]:
    with demo_store.session() as s:
        core_attendees.add_attendees(s, current_event(s), PEOPLE)
    with desk_context(demo_store) as ctx:
        screen = DeskScreen(ctx)
        qtbot.addWidget(screen)
        screen.show()
        qtbot.waitExposed(screen)
        yield screen
        screen.hide()


@pytest.mark.parametrize("size", WINDOWS, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_line_of_the_result_fits(
    qtbot: Any, desk: DeskScreen, demo_store: Any, size: Any, tmp_path: Any
) -> None:
    desk.resize(size[0] - 190, size[1] - 60)
    qtbot.wait(50)
    with demo_store.factory() as s:
        newest = select(Attendee.badge_code).order_by(Attendee.id.desc()).limit(len(PEOPLE))
        codes = list(reversed(s.scalars(newest).all()))
    for code in codes:
        for outcome in ("checked_in", "already"):
            with qtbot.waitSignal(desk.result_shown, timeout=5000) as got:
                desk.scan(code)
            assert got.args == [outcome]
            desk.panel.show_print_status(
                None, "No badge printed: badge printing is not set up in this window."
            )
            qtbot.wait(20)
            _assert_fits(desk.panel, f"{size} {outcome} {code[:12]}")
            desk.grab().save(str(tmp_path / f"{size[0]}-{codes.index(code)}-{outcome}.png"))
            if code == codes[0] or code == codes[2]:  # they fit whole, at some size
                for label in (desk.panel.name, desk.panel.name_local):
                    assert label.text() == _whole(label), label.text()
    # The headline of an already-checked-in VIP with a long desk name says where and when.
    assert _whole(desk.panel.headline).startswith("Already checked in at")
