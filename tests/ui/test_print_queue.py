"""The print queue panel with real widgets: reached from the desk screen, it lists this
session's badge jobs (state, printer, attempts) and the print log's desk jobs, cancels a job
without an answer, and sends a failed one again elsewhere. Most use a fake spooler; one uses
a private CUPS (tests/cups.py) with a queue that fails and one that works."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from sqlalchemy import select

from db.models import PrintLog
from desktop.ui.desk.screen import DeskScreen
from desktop.ui.print_queue import PrintQueueDialog, PrintQueuePanel
from tests import cups
from tests.pdf.helpers import NAMES, add_people
from tests.ui.desk_support import desk_context
from tests.ui.print_support import FakeSpooler, fake_sender, install_printer

private_cups = cups.private_cups  # the fixture: a private cupsd


def _cells(table: Any, row: int) -> list[str]:
    return [table.item(row, c).text() for c in range(table.columnCount())]


def test_the_desk_opens_the_print_queue(qtbot, demo_store, tmp_path: Path) -> None:
    with desk_context(demo_store) as ctx:
        install_printer(ctx, tmp_path, ["B"], fake_sender(FakeSpooler()))
        desk = DeskScreen(ctx)
        qtbot.addWidget(desk)
        desk.show()
        qtbot.waitExposed(desk)
        button = desk.findChild(type(desk.print_button), "printQueueButton")
        assert button is not None and button.isVisible()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        dialog = desk.findChild(PrintQueueDialog)
        assert dialog is not None and dialog.isVisible() and not dialog.isModal()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert desk.findChildren(PrintQueueDialog) == [dialog]  # one window, raised again
        dialog.close()
        desk.hide()


def test_the_panel_follows_jobs_and_sends_a_failed_one_elsewhere(
    qtbot, store, tmp_path: Path
) -> None:
    first, second = add_people(store, NAMES[:2])
    with desk_context(store, desk="Desk 2") as ctx:
        bp = install_printer(ctx, tmp_path, ["A"], fake_sender(FakeSpooler()))
        panel = PrintQueuePanel(ctx)
        qtbot.addWidget(panel)
        panel.show()
        assert panel.session_table.rowCount() == 0
        with qtbot.waitSignal(bp.failed, timeout=10000):
            bp.print_badge(first)
        with qtbot.waitSignal(bp.failed, timeout=10000):
            bp.print_badge(second)
        table = panel.session_table
        qtbot.waitUntil(lambda: table.rowCount() == 2, timeout=5000)
        _time, person, state, printer, job, attempts = _cells(table, 1)  # newest first
        assert person == "Tai Man Chan" and state.startswith("failed: A: the job was aborted")
        assert (printer, job, attempts) == ("A", "A-1", "A ✗")
        assert "paper jam" in table.item(1, 5).toolTip()
        # The log below has them too, with the spooler's words.
        qtbot.waitUntil(lambda: panel.log_table.rowCount() == 2, timeout=5000)
        log = _cells(panel.log_table, 1)
        assert log[1] == "Tai Man Chan" and log[2] == "failed" and log[3] == "A"
        assert log[5] == "Desk 2" and "aborted" in log[6]
        # Select the failed job, send it to B.
        table.selectRow(1)
        assert panel.retry_button.isEnabled() and not panel.cancel_button.isEnabled()
        panel.target_box.setEditable(False)
        panel.target_box.addItem("B", "B")
        panel.target_box.setCurrentIndex(panel.target_box.findData("B"))
        with qtbot.waitSignal(bp.printed, timeout=10000):
            qtbot.mouseClick(panel.retry_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: _cells(table, 1)[2] == "done", timeout=5000)
        assert _cells(table, 1)[3:] == ["B", "B-3", "A ✗ → B ✓"]
        assert not panel.retry_button.isEnabled()  # done now
        qtbot.waitUntil(lambda: panel.log_table.rowCount() == 3, timeout=5000)
        assert _cells(panel.log_table, 0)[2:5] == ["printed", "B", "B-3"]
        # A failed row of the print log is printed again from there (a new PDF).
        panel.log_table.selectRow(1)  # the second person's failure
        assert panel.reprint_button.isEnabled()
        with qtbot.waitSignal(bp.printed, timeout=10000):
            qtbot.mouseClick(panel.reprint_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: table.rowCount() == 3, timeout=5000)
        assert _cells(table, 0)[2:4] == ["done", "B"]
        panel.resize(1000, 520)
        panel.grab().save(str(tmp_path / "print_queue.png"))
    with store.factory() as s:
        rows = [(p.attendee_id, p.destination, p.status) for p in s.scalars(select(PrintLog))]
    assert rows == [
        (first, "A", "failed"),
        (second, "A", "failed"),
        (first, "B", "printed"),
        (second, "B", "printed"),
    ]


def test_cancel_from_the_panel(qtbot, store, tmp_path: Path) -> None:
    (aid,) = add_people(store, [NAMES[2]])
    fake = FakeSpooler()
    with desk_context(store) as ctx:
        bp = install_printer(ctx, tmp_path, ["S", "B"], fake_sender(fake))
        panel = PrintQueuePanel(ctx)
        qtbot.addWidget(panel)
        bp.print_badge(aid)
        table = panel.session_table
        qtbot.waitUntil(lambda: table.rowCount() == 1 and _cells(table, 0)[4] != "-", timeout=10000)
        assert _cells(table, 0)[2:5] == ["printing", "S", "S-1"]
        table.selectRow(0)
        assert panel.cancel_button.isEnabled() and not panel.retry_button.isEnabled()
        with qtbot.waitSignal(bp.failed, timeout=10000):
            qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: fake.cancelled == ["S-1"], timeout=5000)
            fake.release.set()
        qtbot.waitUntil(lambda: _cells(table, 0)[2].startswith("failed"), timeout=5000)
        assert "cancelled at the desk" in _cells(table, 0)[2]
        assert _cells(table, 0)[5] == "S ✗"  # not moved on to B
        assert panel.retry_button.isEnabled()


def test_the_panel_on_a_real_cups(qtbot, store, tmp_path: Path, private_cups) -> None:
    q = private_cups
    broken = q.add("Broken", "fail", "-o", "printer-error-policy=abort-job")
    good = q.add("Good")
    (aid,) = add_people(store, [NAMES[0]])
    with desk_context(store) as ctx:
        bp = install_printer(ctx, tmp_path, [broken])
        panel = PrintQueuePanel(ctx)
        qtbot.addWidget(panel)
        with qtbot.waitSignal(bp.failed, timeout=30000):
            bp.print_badge(aid)
        table = panel.session_table
        qtbot.waitUntil(lambda: _cells(table, 0)[2].startswith("failed"), timeout=5000)
        assert "paper jam" in _cells(table, 0)[2]
        panel.refresh()  # the target list now has the private CUPS's queues
        panel.target_box.setCurrentIndex(panel.target_box.findData(good))
        assert panel.target_box.currentData() == good
        table.selectRow(0)
        with qtbot.waitSignal(bp.printed, timeout=30000):
            panel.retry_button.click()
        qtbot.waitUntil(lambda: _cells(table, 0)[2] == "done", timeout=5000)
        assert _cells(table, 0)[3] == good and _cells(table, 0)[4].startswith(f"{good}-")
    assert len(q.printed(good)) == 1
