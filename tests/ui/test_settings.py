"""Settings: typed values with defaults, kept in CONFDESK_SETTINGS_DIR, and the dialog."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop.ui.settings import Settings, SettingsDialog


def test_defaults_types_and_persistence(qapp: QApplication) -> None:
    s = Settings()
    assert Path(s.location).parent == Path(os.environ["CONFDESK_SETTINGS_DIR"])
    assert (s.database, s.desk, s.operator) == ("", "Desk 1", "")
    s.set("desk/auto_print", True)
    s.set("badges/copies", 3)
    again = Settings()  # a new QSettings reading the INI file back (values come back as text)
    assert again.get("desk/auto_print", False) is True
    assert again.get("badges/copies", 1) == 3
    assert again.get("badges/missing", 7) == 7
    s.desk = "   "
    assert Settings().desk == "Desk 1"


def test_dialog_saves_desk_and_operator_but_never_the_database_in_use(qapp: QApplication) -> None:
    in_use = "postgresql+psycopg://confdesk:***@192.168.1.10/summit"
    dialog = SettingsDialog(Settings(), in_use)
    assert dialog.database.text() == ""
    assert dialog.database.placeholderText() == in_use
    dialog.desk.setText("Desk 3")
    dialog.operator.setText("Morning shift")
    dialog.accept()
    saved = Settings()
    assert (saved.desk, saved.operator, saved.database) == ("Desk 3", "Morning shift", "")
    dialog = SettingsDialog(saved, in_use)
    dialog.database.setText("  /srv/events/summit.sqlite ")
    dialog.accept()
    assert Settings().database == "/srv/events/summit.sqlite"
