"""Schedule files from the Schedule screen (issue 12): Import… through the real file dialog,
the preview of the sync (moved, withdrawn, conflicts) before anything is written, Import
applies it; Export… writes a file that validates. The call-for-papers system's export is
pretalx's democon file, changed upstream."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
)
from sqlalchemy import func, select

from db.engine import Store, open_store
from db.models import Session as SessionRow
from desktop.core.events import create_event
from desktop.core.schedule.interchange.importing import import_schedule
from desktop.ui import i18n
from desktop.ui.schedule import ScheduleScreen
from desktop.ui.schedule.transfer import ImportPreview
from tests.core.schedule_support import (
    SCHEDULES,
    XSD_CLASSIC,
    schema_errors,
    voc_json_validator,
    voc_xsd,
)
from tests.ui.desk_support import desk_context
from tests.ui.schedule_support import close_screen

DEMOCON = SCHEDULES / "pretalx-democon.json"
CONFLICT = "Focused contextually-based help-desk"  # rewritten here and upstream


@pytest.fixture
def event(tmp_path: Path) -> Iterator[Store]:
    store = open_store(str(tmp_path / "event.sqlite"), create=True)
    with store.session() as s:
        create_event(s, "DemoCon", "Europe/Berlin")
    with store.session() as s:
        import_schedule(s, DEMOCON)
    with store.session() as s:  # edited here since: conflicts with the file's new abstract
        row = s.scalar(select(SessionRow).where(SessionRow.title == CONFLICT))
        assert row is not None
        row.abstract = "Rewritten here."
    yield store
    store.close()


def _upstream(tmp_path: Path) -> Path:
    doc = json.loads(DEMOCON.read_text("utf-8"))
    evs = [
        (day, room, ev)
        for day in doc["schedule"]["conference"]["days"]
        for room, items in day["rooms"].items()
        for ev in items
    ]
    evs.sort(key=lambda t: (t[2]["date"], t[2]["id"]))
    _d, _r, ev = next(t for t in evs if "T09:30:00" in t[2]["date"])
    ev["date"] = ev["date"].replace("T09:30:00", "T11:45:00")
    ev["start"] = "11:45"
    day, room, ev = next(t for t in evs if t[2] is not ev and t[2]["title"] != CONFLICT)
    day["rooms"][room].remove(ev)
    _d, _r, ev = next(t for t in evs if t[2]["title"] == CONFLICT)
    ev["abstract"] = "Rewritten upstream."
    path = tmp_path / "from-pretalx" / "democon.json"
    path.parent.mkdir()
    path.write_text(json.dumps(doc), "utf-8")
    return path


@pytest.fixture
def screen(qtbot: Any, event: Store) -> Iterator[ScheduleScreen]:
    with desk_context(event) as ctx:
        w = ScheduleScreen(ctx)
        qtbot.addWidget(w)
        w.resize(1280, 760)
        w.show()
        w.on_shown()
        yield w
        close_screen(w)


def _answer_file_dialog(
    path: Path, seen: list[str], file_type: str = "", type_last: bool = False
) -> None:
    """In the real file dialog, as a user does: note its folder, type the file's name and
    pick the file type from its list (when given; before or after the name), accept."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(50, answer)
            return
        seen.append(dialog.directory().absolutePath())
        dialog.setDirectory(str(path.parent))
        name = dialog.findChild(QLineEdit, "fileNameEdit")  # typed, as a user does
        assert name is not None
        if file_type and not type_last:
            _pick_type(dialog, file_type, seen)
        name.setText(path.name)
        if file_type and type_last:
            _pick_type(dialog, file_type, seen)
        dialog.accept()
        if dialog.isVisible():  # it refused the name: say why instead of waiting for ever
            seen.append(f"refused {dialog.selectedFiles()}")
            dialog.reject()

    QTimer.singleShot(50, answer)


def _pick_type(dialog: QFileDialog, file_type: str, seen: list[str]) -> None:
    types = dialog.findChild(QComboBox, "fileTypeCombo")
    assert types is not None
    seen.extend(types.itemText(i) for i in range(types.count()))
    types.setCurrentIndex(types.findText(file_type))
    types.activated.emit(types.currentIndex())  # what a click on the item sends


def _count(store: Store) -> tuple[int, int]:
    with store.session() as s:
        live = s.scalar(
            select(func.count()).select_from(SessionRow).where(SessionRow.status != "cancelled")
        )
        return int(live or 0), int(s.scalar(select(func.count()).select_from(SessionRow)) or 0)


def test_import_shows_what_changes_and_applies_it(
    qtbot: Any, screen: ScheduleScreen, event: Store, tmp_path: Path
) -> None:
    path = _upstream(tmp_path)
    seen: list[str] = []
    _answer_file_dialog(path, seen)
    screen.import_action.trigger()
    qtbot.waitUntil(lambda: isinstance(screen.preview, ImportPreview), timeout=15000)
    preview = screen.preview
    assert isinstance(preview, ImportPreview) and seen
    kinds = [preview.table.item(r, 0).text() for r in range(preview.table.rowCount())]
    assert sorted(kinds) == ["Conflict", "Moved", "Withdrawn"]
    changes = {preview.table.item(r, 0).text(): preview.table.item(r, 2).text()
               for r in range(preview.table.rowCount())}  # fmt: skip
    assert changes["Moved"] == "start Mon 14 Dec 09:30 → Mon 14 Dec 11:45"
    assert "here “Rewritten here.”, in the file “Rewritten upstream.”" in changes["Conflict"]
    assert preview.take_file.isVisible()
    withdrawn = preview.table.item(kinds.index("Withdrawn"), 1).text()
    preview.grab().save(str(tmp_path / "schedule-import-preview.png"))
    assert _count(event) == (36, 36)  # nothing written before Import
    ok = preview.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.status.text().startswith("Imported "), timeout=15000)
    assert screen.status.text() == (
        "Imported democon.json: 0 new, 1 changed, 1 withdrawn, 1 in conflict"
    )
    assert _count(event) == (35, 36)  # one withdrawn, kept
    on_grid = [x.title for x in screen.controller.scheduled()]
    assert len(on_grid) == 35 and withdrawn not in on_grid  # out of the grid
    with event.session() as s:
        assert s.scalar(select(SessionRow).where(SessionRow.abstract == "Rewritten here."))


def test_a_cancelled_preview_changes_nothing(
    qtbot: Any, screen: ScheduleScreen, event: Store, tmp_path: Path
) -> None:
    screen.import_schedule(str(_upstream(tmp_path)))
    qtbot.waitUntil(lambda: isinstance(screen.preview, ImportPreview), timeout=15000)
    assert screen.preview is not None
    screen.preview.reject()
    qtbot.waitUntil(lambda: "nothing was changed" in screen.status.text(), timeout=5000)
    assert _count(event) == (36, 36)


def test_a_file_that_is_no_schedule_says_so_in_one_line(
    qtbot: Any, qapp: QApplication, screen: ScheduleScreen, event: Store, tmp_path: Path
) -> None:
    bad = tmp_path / "notes.json"
    bad.write_text('{"hello": 1}', "utf-8")
    screen.import_schedule(str(bad))
    qtbot.waitUntil(lambda: "not a frab/pretalx schedule" in screen.status.text(), timeout=15000)
    assert "\n" not in screen.status.text() and screen.preview is None
    assert _count(event) == (36, 36)
    assert i18n.install(qapp, "zh_CN") == "zh_CN"
    try:
        screen.import_schedule(str(bad))
        qtbot.waitUntil(lambda: "不是 frab/pretalx 日程" in screen.status.text(), timeout=15000)
        assert screen.status.text() == (
            "notes.json 是 JSON，但不是 frab/pretalx 日程（没有 schedule.conference.days）"
        )
    finally:
        i18n.install(qapp, "en")


def test_export_writes_a_file_that_validates(
    qtbot: Any, screen: ScheduleScreen, tmp_path: Path
) -> None:
    out = tmp_path / "out" / "democon-schedule.xml"
    out.parent.mkdir()
    seen: list[str] = []
    _answer_file_dialog(out, seen)
    screen.export_action.trigger()
    qtbot.waitUntil(lambda: screen.status.text().startswith("Wrote "), timeout=15000)
    assert screen.status.text() == f"Wrote 36 sessions to {out}"
    xsd = voc_xsd()
    assert xsd.validate(etree.parse(str(out))), xsd.error_log


@pytest.mark.parametrize(
    ("file_type", "typed", "type_last", "written"),
    [
        ("c3voc schedule2 JSON (*.json)", "democon-s2", False, "democon-s2.json"),
        ("frab XML, older c3voc schema (*.xml)", "old.xml", False, "old.xml"),
        ("c3voc schedule2 JSON (*.json)", "calendar.ics", False, "calendar.ics"),
        # the name typed first (or left as the dialog offered it): it follows the type
        ("c3voc schedule2 JSON (*.json)", "democon.xml", True, "democon.json"),
        ("Speakers list, vCard (*.vcf)", "speakers", False, "speakers.vcf"),
    ],
)
def test_export_writes_the_file_type_chosen_in_the_dialog(
    qtbot: Any,
    screen: ScheduleScreen,
    tmp_path: Path,
    file_type: str,
    typed: str,
    type_last: bool,
    written: str,
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    seen: list[str] = []
    _answer_file_dialog(out / typed, seen, file_type, type_last)
    screen.export_action.trigger()
    qtbot.waitUntil(lambda: screen.status.text().startswith("Wrote "), timeout=15000)
    wrote, *notes = screen.status.text().split("\n")
    what = "27 speakers" if written.endswith(".vcf") else "36 sessions"
    assert wrote == f"Wrote {what} to {out / written}"
    # democon's two opt-outs: schedule2 has no field for them, and the screen says so
    assert notes == (
        ["2 sessions opted out of the recording: schedule2 JSON has no field for it, so only a "
         "Confdesk import reads it back (the frab XML and schedule JSON say it to every tool)"]
        if file_type.startswith("c3voc") and written.endswith(".json")
        else []
    )  # fmt: skip
    assert seen[1:8] == [
        "frab XML (*.xml)",
        "frab XML, older c3voc schema (*.xml)",
        "Schedule JSON (*.json)",
        "c3voc schedule2 JSON (*.json)",
        "iCalendar (*.ics)",
        "Speakers list, CSV (*.csv)",
        "Speakers list, vCard (*.vcf)",
    ]
    assert [p.name for p in out.iterdir()] == [written]
    raw = (out / written).read_bytes()
    if written.endswith(".json"):
        doc = json.loads(raw)
        assert schema_errors(voc_json_validator("voc-schedule-schema2.json"), doc) == []
        assert len(doc["schedule"]["events"]) == 36
    elif written.endswith(".xml"):
        old = voc_xsd(XSD_CLASSIC)
        assert old.validate(etree.fromstring(raw)), old.error_log
    elif written.endswith(".vcf"):
        assert raw.count(b"BEGIN:VCARD\r\n") == 27
    else:  # a name typed with .ics is an iCalendar, whatever the type list said
        assert raw.startswith(b"BEGIN:VCALENDAR")


def test_the_preview_reads_in_chinese(
    qtbot: Any, qapp: QApplication, screen: ScheduleScreen, tmp_path: Path
) -> None:
    assert i18n.install(qapp, "zh_HK") == "zh_HK"
    try:
        screen.import_schedule(str(_upstream(tmp_path)))
        qtbot.waitUntil(lambda: isinstance(screen.preview, ImportPreview), timeout=15000)
        preview = screen.preview
        assert isinstance(preview, ImportPreview)
        kinds = sorted(preview.table.item(r, 0).text() for r in range(preview.table.rowCount()))
        assert kinds == sorted(["衝突", "已移動", "已撤回"])
        # democon says UTC in its header, its times +01:00 (one removed upstream): in Chinese
        notes = preview.findChild(QLabel, "importNotes")
        assert notes is not None
        assert "檔案中 35 個時間有 35 個在 UTC+01:00，但檔案寫的是 UTC" in notes.text()
        assert "times in the file" not in notes.text()
        preview.grab().save(str(tmp_path / "schedule-import-preview-zh.png"))
        preview.reject()
    finally:
        i18n.install(qapp, "en")


def test_the_file_menu_imports_and_exports_the_schedule(qtbot: Any, qapp, tmp_path: Path):
    """File > Import schedule… and Export schedule… go to the Schedule screen and open its
    real file dialogs: the preview of the sync first, the file written in the type chosen."""
    from desktop.ui.app import Shell
    from desktop.ui.settings import Settings

    db = tmp_path / "menu.sqlite"
    store = open_store(str(db), create=True)
    with store.session() as s:
        create_event(s, "DemoCon", "Europe/Berlin")
    store.close()
    shell = Shell(qapp, Settings(), "desk")
    shell.open(str(db))
    window = shell.window
    try:
        seen: list[str] = []
        _answer_file_dialog(DEMOCON, seen)
        window.action_import_schedule.trigger()
        screen = window.screen_widget("schedule")
        assert isinstance(screen, ScheduleScreen) and screen.isVisible()
        qtbot.waitUntil(lambda: isinstance(screen.preview, ImportPreview), timeout=20000)
        preview = screen.preview
        assert isinstance(preview, ImportPreview)
        preview.accept()
        qtbot.waitUntil(lambda: _count_in(db) == 36, timeout=20000)
        out = tmp_path / "out"
        out.mkdir()
        _answer_file_dialog(out / "democon", seen, "c3voc schedule2 JSON (*.json)")
        window.action_export_schedule.trigger()
        qtbot.waitUntil(lambda: (out / "democon.json").exists(), timeout=20000)
        doc = json.loads((out / "democon.json").read_text("utf-8"))
        assert len(doc["schedule"]["events"]) == 36
    finally:
        for dialog in window.findChildren(QDialog):
            dialog.reject()
        window.close()
        shell.shutdown()


def _count_in(db: Path) -> int:
    store = open_store(str(db))
    try:
        with store.session() as s:
            return int(s.scalar(select(func.count()).select_from(SessionRow)) or 0)
    finally:
        store.close()
