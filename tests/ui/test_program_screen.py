"""The Program screen on the demo event: generate with progress, preview pages with QtPdf,
print through Qt's print support (to a PDF printer), save, cancel."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from db.engine import open_store
from desktop.core.schedule.releases import publish_release
from desktop.ui.context import AppContext
from desktop.ui.program import ProgramScreen
from desktop.ui.worker import DbWorker
from tests.tools import run_tool


@pytest.fixture
def screen(qtbot, demo_db: Path) -> Iterator[ProgramScreen]:
    store = open_store(str(demo_db))
    with store.session() as s:
        publish_release(s, "v1")
    worker = DbWorker(store)
    w = ProgramScreen(AppContext(store=store, worker=worker, event_id=1))
    qtbot.addWidget(w)
    w.resize(1100, 800)
    w.show()
    w.on_shown()
    yield w
    worker.shutdown()
    store.close()


def _pages(path: Path) -> int:
    out = run_tool(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(re.search(r"^Pages:\s+(\d+)", out.stdout, re.M).group(1))


def test_generate_preview_print_and_save(qtbot, screen: ProgramScreen, tmp_path: Path) -> None:
    assert screen.release.itemText(0).startswith("Latest release (v1")
    assert screen.day.count() == 3  # all days + the demo's two days
    screen.kind.setCurrentIndex(screen.kind.findData("grid"))
    screen.day.setCurrentIndex(1)
    with qtbot.waitSignal(screen.generated, timeout=30_000) as got:
        qtbot.mouseClick(screen.generate_button, Qt.MouseButton.LeftButton)
    result = got.args[0]
    assert result.pages == 1 and result.release.startswith("Release v1 · ")
    assert screen.document.pageCount() == 1
    assert "1 page(s)" in screen.status.text() and screen.print_button.isEnabled()
    # Print through Qt's print support to a PDF "printer": one printed page per page.
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    printer.setResolution(100)
    screen.prepare_printer(printer)
    assert screen.print_to(printer) == 1
    assert _pages(out) == 1
    size = run_tool(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    w, h = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", size).groups())
    assert w > h  # the grid is landscape on paper too
    screen.save_pdf(tmp_path / "saved.pdf")
    assert _pages(tmp_path / "saved.pdf") == 1


def test_cancel_leaves_nothing(qtbot, screen: ProgramScreen) -> None:
    screen.kind.setCurrentIndex(screen.kind.findData("speakers"))
    screen.generate()
    assert screen.cancel_button.isVisible() and not screen.generate_button.isEnabled()
    screen.cancel()
    qtbot.waitUntil(lambda: screen.generate_button.isEnabled(), timeout=30_000)
    assert screen.status.text() == "Cancelled; nothing was written."
    assert screen.result is None and screen.document.pageCount() == 0
    assert list(Path(screen._tmp.name).iterdir()) == []


def test_a_release_reads_in_event_time_everywhere(qtbot, demo_db: Path) -> None:
    """Published at 20:00 UTC on 2 December, 04:00 on 3 December in Hong Kong: the screen's
    choice and the release dialog both say 3 December."""
    import datetime as dt

    from sqlalchemy import update

    from db.models import ScheduleRelease
    from desktop.core.schedule.releases import list_releases

    store = open_store(str(demo_db))
    with store.session() as s:
        rid = publish_release(s, "v2")
        s.execute(
            update(ScheduleRelease)
            .where(ScheduleRelease.id == rid)
            .values(published_at=dt.datetime(2026, 12, 2, 20, 0))
        )
    worker = DbWorker(store)
    w = ProgramScreen(AppContext(store=store, worker=worker, event_id=1))
    qtbot.addWidget(w)
    w.show()
    w.on_shown()
    try:
        assert w.release.itemText(0) == "Latest release (v2, 2026-12-03)"
        with store.factory() as s:
            (row,) = list_releases(s)
        assert f"{row['published_at']:%Y-%m-%d}" == "2026-12-03"
    finally:
        worker.shutdown()
        store.close()


def test_the_preview_has_page_and_zoom_controls(qtbot, screen: ProgramScreen) -> None:
    from PySide6.QtPdfWidgets import QPdfView

    controls = screen.pdf_controls
    assert not controls.next_button.isEnabled() and controls.pages.text() == "of 0"
    screen.kind.setCurrentIndex(screen.kind.findData("book"))
    with qtbot.waitSignal(screen.generated, timeout=60_000) as got:
        qtbot.mouseClick(screen.generate_button, Qt.MouseButton.LeftButton)
    pages = got.args[0].pages
    assert pages > 2 and controls.pages.text() == f"of {pages}"
    assert controls.page.value() == 1 and not controls.previous_button.isEnabled()
    qtbot.mouseClick(controls.next_button, Qt.MouseButton.LeftButton)
    assert controls.current() == 1 and controls.page.value() == 2
    controls.page.setValue(pages)  # typed into the page box
    assert controls.current() == pages - 1 and not controls.next_button.isEnabled()
    screen.view.setFocus()
    qtbot.keyClick(screen.view, Qt.Key.Key_PageUp)
    assert controls.current() == pages - 2
    qtbot.mouseClick(controls.zoom_in, Qt.MouseButton.LeftButton)
    assert screen.view.zoomMode() == QPdfView.ZoomMode.Custom
    bigger = screen.view.zoomFactor()
    assert controls.zoom_label.text() == f"{bigger:.0%}"
    qtbot.keyClick(screen.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert screen.view.zoomFactor() < bigger
    qtbot.mouseClick(controls.fit_page, Qt.MouseButton.LeftButton)
    assert screen.view.zoomMode() == QPdfView.ZoomMode.FitInView
    qtbot.keyClick(screen.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert screen.view.zoomMode() == QPdfView.ZoomMode.FitToWidth


def test_the_speaker_index_in_the_order_chosen(
    qtbot, screen: ProgramScreen, tmp_path: Path
) -> None:
    from desktop.base.collation import speaker_key
    from desktop.core.program import load_for_print

    screen.kind.setCurrentIndex(screen.kind.findData("grid"))
    assert not screen.order.isVisibleTo(screen)  # a timetable lists no people
    screen.kind.setCurrentIndex(screen.kind.findData("book"))
    assert screen.order.isVisibleTo(screen)
    screen.order.setCurrentIndex(screen.order.findData("stroke"))
    with qtbot.waitSignal(screen.generated, timeout=60_000):
        qtbot.mouseClick(screen.generate_button, Qt.MouseButton.LeftButton)
    screen.save_pdf(tmp_path / "book.pdf")
    text = run_tool(
        ["pdftotext", "-enc", "UTF-8", "-raw", str(tmp_path / "book.pdf"), "-"],
        capture_output=True,
        text=True,
    ).stdout
    index = text[text.rindex("Speaker index") :]
    with screen.ctx.store.session() as s:
        data = load_for_print(s, "latest")
    on_stage = {p.id for x in data.sessions if x.start for p in x.speakers}
    chinese = [p for p in data.speakers if p.id in on_stage and re.search("[一-鿿]", p.name_local)]
    chinese.sort(key=lambda p: (speaker_key("stroke", p.name, p.name_local), p.id))
    at = [index.index(p.name_local) for p in chinese]
    assert len(at) >= 3 and at == sorted(at)  # 丁 before 王 before 陳...
