"""The import wizard and export dialog, driven page by page on generated files."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWizard
from sqlalchemy import func, select

from db.models import Attendee, Event
from desktop.ui.context import AppContext
from desktop.ui.export_dialog import ExportDialog
from desktop.ui.import_wizard import (
    PAGE_DONE,
    PAGE_MAPPING,
    PAGE_PREVIEW,
    ImportWizard,
)
from desktop.ui.worker import DbWorker

HEADER = ["編號", "姓名", "电子邮件", "Dept"]
ROWS = [
    ["1", "陈大文", "dawen@example.cn", "北京大学"],
    ["2", "李小龙", "xl@example.cn", "上海交通大学"],
    ["3", "王伟", "ww@example.cn", "清华大学"],
]


@pytest.fixture
def ctx(store: Any) -> Iterator[AppContext]:
    worker = DbWorker(store)
    with store.session() as s:
        event_id = s.scalar(select(Event.id))
    yield AppContext(store=store, worker=worker, event_id=event_id, desk="Office")
    worker.shutdown()


def gbk_file(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="gbk", newline="") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(HEADER)
        w.writerows(rows)
    return path


def count(store: Any) -> int:
    with store.factory() as s:
        return s.scalar(select(func.count()).select_from(Attendee)) or 0


def next_page(qtbot: Any, wiz: ImportWizard) -> None:
    button = wiz.button(
        QWizard.WizardButton.CommitButton
        if wiz.currentPage().isCommitPage()
        else QWizard.WizardButton.NextButton
    )
    qtbot.waitUntil(button.isEnabled, timeout=20000)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def run_to_check_page(qtbot: Any, ctx: AppContext, path: Path) -> ImportWizard:
    wiz = ImportWizard(ctx)
    qtbot.addWidget(wiz)
    wiz.show()
    qtbot.keyClicks(wiz.file_page.path, str(path))
    next_page(qtbot, wiz)
    assert wiz.currentId() == PAGE_PREVIEW
    next_page(qtbot, wiz)
    assert wiz.currentId() == PAGE_MAPPING
    return wiz


def test_wizard_imports_a_gbk_semicolon_file(qtbot: Any, ctx: AppContext, store, tmp_path):
    path = gbk_file(tmp_path / "名单.csv", ROWS)
    wiz = ImportWizard(ctx)
    qtbot.addWidget(wiz)
    wiz.show()
    wiz.file_page.path.setText(str(path))  # as the file dialog does (keyClicks is ASCII only)
    next_page(qtbot, wiz)
    page = wiz.preview_page
    assert page.detected.text() == "Detected: encoding gb18030, delimiter semicolon"
    assert page.table.item(0, 1).text() == "陈大文"
    assert page.table.horizontalHeaderItem(2).text() == "电子邮件"
    next_page(qtbot, wiz)
    mapping = wiz.mapping_page
    assert mapping.source.text() == "From column names"
    assert mapping.combos["姓名"].currentData() == "full_name"
    assert mapping.combos["电子邮件"].currentData() == "email"
    assert mapping.combos["Dept"].currentData() == "extra"
    mapping.set_field("Dept", "organization")
    next_page(qtbot, wiz)
    check = wiz.check_page
    qtbot.waitUntil(lambda: check.result is not None, timeout=20000)
    assert check.summary.text() == "3 to add, 0 to update, 0 unchanged, 0 rejected, of 3 rows."
    assert count(store) == 0  # the check wrote nothing
    wiz.grab().save(str(tmp_path / "check.png"))
    next_page(qtbot, wiz)  # Import
    qtbot.waitUntil(lambda: wiz.currentId() == PAGE_DONE, timeout=30000)
    summary = wiz.done_page.text.text()
    assert summary.splitlines()[0] == "Created 3 · Updated 0 · Unchanged 0 · Rejected 0"
    assert "名单.csv: gb18030, delimiter semicolon" in summary
    with store.factory() as s:
        got = s.execute(
            select(Attendee.name_local, Attendee.given_name, Attendee.organization).order_by(
                Attendee.number
            )
        ).all()
    # A Chinese-only name column is the local name (printed once on the badge).
    assert [tuple(r) for r in got] == [
        ("陈大文", "", "北京大学"),
        ("李小龙", "", "上海交通大学"),
        ("王伟", "", "清华大学"),
    ]

    # The next file with the same columns gets the saved mapping, Dept included.
    changed = [[*ROWS[0][:3], "北京大学计算机系"], *ROWS[1:]]
    wiz2 = run_to_check_page(qtbot, ctx, gbk_file(tmp_path / "again.csv", changed))
    assert wiz2.mapping_page.source.text() == "From the mapping saved for these columns"
    assert wiz2.mapping_page.combos["Dept"].currentData() == "organization"
    next_page(qtbot, wiz2)
    qtbot.waitUntil(lambda: wiz2.check_page.result is not None, timeout=20000)
    next_page(qtbot, wiz2)
    qtbot.waitUntil(lambda: wiz2.currentId() == PAGE_DONE, timeout=30000)
    assert wiz2.done_page.text.text().startswith("Created 0 · Updated 1 · Unchanged 2 · Rejected 0")
    assert count(store) == 3


def test_rejected_rows_block_until_skipped(qtbot: Any, ctx: AppContext, store, tmp_path):
    rows = [ROWS[0], ["2", "李小龙", "not-an-email", "上海交通大学"]]
    wiz = run_to_check_page(qtbot, ctx, gbk_file(tmp_path / "bad.csv", rows))
    next_page(qtbot, wiz)
    check = wiz.check_page
    qtbot.waitUntil(lambda: check.result is not None, timeout=20000)
    assert check.summary.text().startswith("1 to add, 0 to update, 0 unchanged, 1 rejected")
    assert check.problems.item(0, 0).text() == "3"
    assert check.problems.item(0, 2).text() == "malformed email 'not-an-email'"
    commit = wiz.button(QWizard.WizardButton.CommitButton)
    assert not commit.isEnabled()
    check.skip.setChecked(True)
    assert commit.isEnabled()
    next_page(qtbot, wiz)
    qtbot.waitUntil(lambda: wiz.currentId() == PAGE_DONE, timeout=30000)
    assert wiz.done_page.text.text().startswith("Created 1 · Updated 0 · Unchanged 0 · Rejected 1")
    assert count(store) == 1


def test_unreadable_file_is_explained_on_the_first_page(qtbot: Any, ctx: AppContext, tmp_path):
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    wiz = ImportWizard(ctx, path=path)
    qtbot.addWidget(wiz)
    wiz.show()
    qtbot.mouseClick(wiz.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wiz.currentId() == 0
    assert wiz.file_page.error.text() == "photo.csv is not a text file: it is a PNG image"


def test_cancel_during_import_changes_nothing(qtbot: Any, ctx: AppContext, store, tmp_path):
    rows = [[str(i), f"Person {i}", f"p{i}@example.org", "X"] for i in range(20000)]
    wiz = run_to_check_page(qtbot, ctx, gbk_file(tmp_path / "big.csv", rows))
    next_page(qtbot, wiz)
    qtbot.waitUntil(lambda: wiz.check_page.result is not None, timeout=60000)
    next_page(qtbot, wiz)
    qtbot.mouseClick(wiz.run_page.cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wiz.currentId() == PAGE_DONE, timeout=60000)
    assert wiz.done_page.text.text() == "Import cancelled; nothing was changed."
    assert count(store) == 0


def test_export_dialog_writes_the_file(qtbot: Any, ctx: AppContext, store, tmp_path):
    with store.session() as s:
        from desktop.core.attendees import add_attendees

        add_attendees(s, s.get(Event, ctx.event_id), [{"given_name": "Ana", "family_name": "Lima"}])
    dialog = ExportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    dialog.path.setText(str(tmp_path / "people.csv"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Wrote"), timeout=20000)
    assert dialog.status.text() == f"Wrote 1 rows to {tmp_path / 'people.csv'}"
    text = (tmp_path / "people.csv").read_text(encoding="utf-8-sig")
    assert "Ana,Lima" in text


def test_file_menu_and_attendees_toolbar_open_the_dialogs(qtbot: Any, qapp, event_db: Path):
    from PySide6.QtGui import QAction

    from desktop.ui.app import Shell
    from desktop.ui.settings import Settings

    shell = Shell(qapp, Settings(), "attendees")
    shell.open(str(event_db))
    window = shell.window
    try:
        window.action_import.trigger()
        wizard = window.findChild(ImportWizard)
        assert wizard is not None and wizard.isVisible()
        wizard.reject()
        window.action_export.trigger()
        assert window.findChild(ExportDialog).isVisible()
        screen = window.screen_widget("attendees")
        screen.findChild(QAction, "importAction").trigger()
        assert screen.findChild(ImportWizard).isVisible()
        screen.findChild(QAction, "exportAction").trigger()
        assert screen.findChild(ExportDialog).isVisible()
    finally:
        # Close what the actions opened: a modal dialog left open takes every key from
        # the windows of the tests that follow.
        for dialog in window.findChildren(QDialog):
            dialog.reject()
        window.close()
        shell.shutdown()


def test_back_during_the_check_abandons_it(qtbot: Any, ctx: AppContext, store, tmp_path):
    rows = [[str(i), f"Person {i}", f"p{i}@example.org", "X"] for i in range(20000)]
    wiz = run_to_check_page(qtbot, ctx, gbk_file(tmp_path / "big.csv", rows))
    next_page(qtbot, wiz)
    first = wiz.check_page.handle
    assert first is not None
    qtbot.mouseClick(wiz.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    assert wiz.currentId() == PAGE_MAPPING
    assert first.cancel_flag.cancelled and first.dropped
    next_page(qtbot, wiz)
    check = wiz.check_page
    qtbot.waitUntil(lambda: check.result is not None, timeout=60000)
    assert check.summary.text().startswith("20000 to add, 0 to update, 0 unchanged, 0 rejected")
    assert check.busy.isHidden()
    assert count(store) == 0


def test_xlsx_sheet_choice_in_the_preview(qtbot: Any, ctx: AppContext, store, tmp_path):
    import openpyxl

    book = tmp_path / "book.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "Notes"
    wb.active.append(["Read me first"])
    ws = wb.create_sheet("報名")
    ws.append(["中文姓名", "英文名", "英文姓", "電郵", "電話"])
    ws.append(["陳大文", "Tai Man", "Chan", "tm@example.hk", 85291234567.0])
    wb.save(book)
    wiz = ImportWizard(ctx, path=book)
    qtbot.addWidget(wiz)
    wiz.show()
    next_page(qtbot, wiz)
    page = wiz.preview_page
    assert page.detected.text() == "XLSX workbook, sheet “Notes”"
    assert not page.encoding.isEnabled() and page.sheet.isEnabled()
    page.sheet.setCurrentIndex(page.sheet.findData("報名"))
    assert page.detected.text() == "XLSX workbook, sheet “報名”"
    assert page.table.item(0, 4).text() == "85291234567"
    next_page(qtbot, wiz)
    assert wiz.mapping_page.combos["電話"].currentData() == "phone"
    next_page(qtbot, wiz)
    qtbot.waitUntil(lambda: wiz.check_page.result is not None, timeout=20000)
    next_page(qtbot, wiz)
    qtbot.waitUntil(lambda: wiz.currentId() == PAGE_DONE, timeout=30000)
    assert wiz.done_page.text.text().startswith("Created 1 · Updated 0")
    with store.factory() as s:
        a = s.scalars(select(Attendee)).one()
    assert (a.name_local, a.given_name, a.phone) == ("陳大文", "Tai Man", "85291234567")


TICKETS = (
    "Order #,First Name,Last Name,Email,Ticket Type\n"
    "1001,Ada,Lovelace,ada@example.org,Speaker Pass\n"
    "1002,Bob,Li,bob@example.org,General Admission\n"
    "1003,Cy,Wu,cy@example.org,VIP Gold\n"
    "1004,Dee,Ho,dee@example.org,Early Bird\n"
    "1005,Eve,Ng,eve@example.org,講者\n"
)


def test_ticket_types_become_categories_on_the_mapping_page(
    qtbot: Any, ctx: AppContext, store, tmp_path
):
    path = tmp_path / "eventbrite.csv"
    path.write_text(TICKETS, encoding="utf-8")
    wiz = run_to_check_page(qtbot, ctx, path)
    mapping = wiz.mapping_page
    assert not mapping.values_box.isVisible()
    mapping.set_field("Ticket Type", "category")
    assert mapping.values_box.isVisible()
    shown = [mapping.values_table.item(r, 0).text() for r in range(mapping.values_table.rowCount())]
    assert shown == ["Speaker Pass", "General Admission", "VIP Gold", "Early Bird", "講者"]
    # What the usual words say is chosen already; the others wait for a choice.
    assert mapping.value_boxes["講者"].currentData() == "speaker"
    assert mapping.value_boxes["VIP Gold"].currentData() == ""
    mapping.set_value_category("Speaker Pass", "speaker")
    mapping.set_value_category("General Admission", "attendee")
    mapping.set_value_category("VIP Gold", "vip")
    mapping.default_box.setCurrentIndex(mapping.default_box.findData("student"))
    next_page(qtbot, wiz)
    qtbot.waitUntil(lambda: wiz.check_page.result is not None, timeout=20000)
    assert wiz.check_page.result.rejected == 0
    next_page(qtbot, wiz)
    qtbot.waitUntil(lambda: wiz.currentId() == PAGE_DONE, timeout=30000)
    with store.factory() as s:
        got = dict(s.execute(select(Attendee.given_name, Attendee.category)).all())
    assert got == {
        "Ada": "speaker",
        "Bob": "attendee",
        "Cy": "vip",
        "Dee": "student",
        "Eve": "speaker",
    }
    # The next file with these columns: the choices come back.
    again = run_to_check_page(qtbot, ctx, path)
    assert again.mapping_page.value_boxes["VIP Gold"].currentData() == "vip"
    assert again.mapping_page.default_box.currentData() == "student"


def test_likely_duplicates_are_listed_and_chosen_row_by_row(
    qtbot: Any, ctx: AppContext, store, tmp_path
):
    def unit_file(path: Path, rows: list[list[str]]) -> Path:  # 单位: the organization
        with path.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["編號", "姓名", "电子邮件", "单位"])
            w.writerows(rows)
        return path

    first = unit_file(tmp_path / "first.csv", ROWS)
    wiz = run_to_check_page(qtbot, ctx, first)
    next_page(qtbot, wiz)
    next_page(qtbot, wiz)
    qtbot.waitUntil(lambda: wiz.currentId() == PAGE_DONE, timeout=30000)
    wiz.close()
    # The next export: 陈大文 registered again (a new id, his e-mail and name), 王伟 again
    # with another e-mail but the same organization; and someone new.
    again = [
        *ROWS,
        ["4", "陈大文", "dawen@example.cn", "北京大学"],
        ["5", "王伟", "wangwei@example.cn", "清华大学"],
        ["6", "张三", "zs@example.cn", "复旦大学"],
    ]
    wiz = run_to_check_page(qtbot, ctx, unit_file(tmp_path / "again.csv", again))
    next_page(qtbot, wiz)
    check = wiz.check_page
    qtbot.waitUntil(lambda: check.result is not None, timeout=20000)
    assert check.duplicate_box.isVisible()
    assert check.duplicates_label.text().startswith("2 new rows look like someone already here")
    rows = [
        [check.duplicates.item(r, c).text() for c in range(3)]
        for r in range(check.duplicates.rowCount())
    ]
    assert [r[0] for r in rows] == ["5", "6"]
    assert rows[0][1] == "陈大文" and rows[0][2].endswith("陈大文 (same e-mail and name)")
    assert rows[1][2].endswith("王伟 (same name and organization)")
    # For all: merge; then line 6 back to "Add as a new person", as a user picks it
    everyone = check.duplicates_all
    everyone.setCurrentIndex(everyone.findData("merge"))
    everyone.activated.emit(everyone.currentIndex())
    line6 = check.duplicates.cellWidget(1, 3)
    assert line6.currentData() == "merge"
    line6.setCurrentIndex(line6.findData("add"))
    check.grab().save(str(tmp_path / "import-duplicates.png"))
    next_page(qtbot, wiz)
    qtbot.waitUntil(lambda: wiz.currentId() == PAGE_DONE, timeout=30000)
    assert "Likely duplicates: 1 merged, 0 skipped" in wiz.done_page.text.text()
    with store.factory() as s:
        live = s.scalar(
            select(func.count()).select_from(Attendee).where(Attendee.merged_into_id.is_(None))
        )
    assert live == 3 + 2  # 张三 and the second 王伟 added; the second 陈大文 merged
