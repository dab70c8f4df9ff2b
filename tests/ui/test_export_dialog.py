"""The export dialog leaves codes out unless asked, warns when asked, and the file with
codes is readable by its owner only."""

from __future__ import annotations

import csv
import stat
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import select

from db.models import Attendee
from desktop.ui.export_dialog import ExportDialog
from tests.pdf.helpers import NAMES, add_people
from tests.ui.desk_support import desk_context


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def _export(qtbot, dialog: ExportDialog, path: Path) -> str:
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    dialog.path.setText(str(path))
    dialog.status.clear()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Wrote"), timeout=20000)
    return dialog.status.text()


def test_codes_only_when_ticked_with_a_warning(qtbot, store, tmp_path: Path) -> None:
    add_people(store, NAMES[:2])
    with store.factory() as s:
        codes = set(s.scalars(select(Attendee.badge_code)))
    with desk_context(store) as ctx:
        dialog = ExportDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.show()
        assert not dialog.codes.isChecked() and not dialog.codes_warning.isVisible()
        text = _export(qtbot, dialog, tmp_path / "plain.csv")
        assert text == f"Wrote 2 rows to {tmp_path / 'plain.csv'}"
        assert {r["Badge code"] for r in _rows(tmp_path / "plain.csv")} == {""}
        dialog.codes.setChecked(True)
        assert dialog.codes_warning.isVisible()
        assert "print a working badge" in dialog.codes_warning.text()
        text = _export(qtbot, dialog, tmp_path / "codes.csv")
        assert "readable by your user account only" in text
        assert {r["Badge code"] for r in _rows(tmp_path / "codes.csv")} == codes
        assert stat.S_IMODE((tmp_path / "codes.csv").stat().st_mode) == 0o600
        # The print log holds no codes: nothing to tick.
        dialog.what.setCurrentIndex(dialog.what.findData("prints"))
        assert not dialog.codes.isEnabled() and not dialog.codes_warning.isVisible()
        assert not dialog.with_codes()


def test_the_attendees_screen_exports_its_filter_or_its_selection(
    qtbot, demo_store, tmp_path: Path
) -> None:
    from desktop.ui.attendees.screen import AttendeesScreen
    from desktop.ui.export_dialog import open_export_dialog

    with desk_context(demo_store) as ctx:
        screen = AttendeesScreen(ctx)
        qtbot.addWidget(screen)
        screen.show()
        screen.category.setCurrentIndex(screen.category.findData("vip"))  # the current filter
        shown = screen.shown_attendee_ids()
        assert 0 < len(shown) < screen.model.rowCount() + 1000
        screen._reselect(shown[:2])
        dialog = open_export_dialog(ctx, screen)
        qtbot.waitExposed(dialog)
        labels = [dialog.which.itemText(i) for i in range(dialog.which.count())]
        assert labels == [
            "All attendees",
            f"The {len(shown)} shown (the current filter)",
            "The 2 selected",
        ]
        dialog.which.setCurrentIndex(1)
        assert _export(qtbot, dialog, tmp_path / "vip.csv").startswith(f"Wrote {len(shown)} rows")
        rows = _rows(tmp_path / "vip.csv")
        assert {r["Category"] for r in rows} == {"vip"}
        dialog.which.setCurrentIndex(2)
        assert _export(qtbot, dialog, tmp_path / "two.csv").startswith("Wrote 2 rows")
        with demo_store.factory() as s:
            numbers = [str(s.get(Attendee, i).number) for i in shown[:2]]
        assert [r["No."] for r in _rows(tmp_path / "two.csv")] == numbers
        dialog.which.setCurrentIndex(0)
        assert _export(qtbot, dialog, tmp_path / "all.csv").startswith("Wrote ")
        assert len(_rows(tmp_path / "all.csv")) > len(shown)
        dialog.close()
