"""Typed settings over QSettings, defaults in one place, and the settings dialog.

`CONFDESK_SETTINGS_DIR` keeps settings in an INI file in that folder (tests set it, so they
never touch the real settings); otherwise the platform's usual place (registry, plist, ~/.config).
Other screens keep their own keys through `get()`/`set()`, namespaced like "desk/auto_print".
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import file_dialogs

T = TypeVar("T")

ENV_DIR = "CONFDESK_SETTINGS_DIR"
# Every setting the shell knows, with its default; the type is the default's type.
DEFAULTS: dict[str, Any] = {
    "store/database": "",  # a path or a postgresql+psycopg:// URL; "" = the default event file
    "desk/name": "Desk 1",
    "desk/operator": "",
    "ui/last_screen": "desk",  # the first start opens the registration desk
}


def _qsettings() -> QSettings:
    folder = os.environ.get(ENV_DIR)
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        return QSettings(str(Path(folder) / "confdesk.ini"), QSettings.Format.IniFormat)
    return QSettings(
        QSettings.Format.NativeFormat, QSettings.Scope.UserScope, "Confdesk", "Confdesk"
    )


class Settings:
    """The application's settings; attribute access for the known keys, get/set for others."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.qs = qsettings or _qsettings()

    @property
    def location(self) -> str:
        return self.qs.fileName()

    def get(self, key: str, default: T | None = None) -> Any:
        """A value, converted to the default's type (QSettings' INI files store text)."""
        if default is None:
            default = DEFAULTS.get(key)
        value = self.qs.value(key, default)
        if value is None or default is None:
            return value
        if isinstance(default, bool):
            return value if isinstance(value, bool) else str(value).lower() in ("1", "true", "yes")
        if isinstance(default, int):
            try:
                return int(value)
            except (TypeError, ValueError):
                return default
        if isinstance(default, str):
            return str(value)
        return value

    def set(self, key: str, value: Any) -> None:
        self.qs.setValue(key, value)
        self.qs.sync()

    # --- the shell's own settings ------------------------------------------------------
    @property
    def database(self) -> str:
        return self.get("store/database")

    @database.setter
    def database(self, value: str) -> None:
        self.set("store/database", value.strip())

    @property
    def desk(self) -> str:
        return self.get("desk/name") or DEFAULTS["desk/name"]

    @desk.setter
    def desk(self, value: str) -> None:
        self.set("desk/name", value.strip() or DEFAULTS["desk/name"])

    @property
    def operator(self) -> str:
        return self.get("desk/operator")

    @operator.setter
    def operator(self, value: str) -> None:
        self.set("desk/operator", value.strip())

    def geometry(self, window: str) -> QByteArray | None:
        value = self.qs.value(f"geometry/{window}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def save_geometry(self, window: str, data: QByteArray) -> None:
        self.set(f"geometry/{window}", data)

    def window_state(self, window: str) -> QByteArray | None:
        value = self.qs.value(f"state/{window}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def save_window_state(self, window: str, data: QByteArray) -> None:
        self.set(f"state/{window}", data)


class SettingsDialog(QDialog):
    """Database path or URL, this desk's name and the operator's name."""

    def __init__(self, settings: Settings, current_db: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.setObjectName("settingsDialog")
        self.settings = settings
        # Only what the user saved here; the database in use (maybe from --db, with its
        # password hidden) shows as the placeholder and is never written back.
        self.database = QLineEdit(settings.database)
        self.database.setObjectName("databaseEdit")
        self.database.setMinimumWidth(420)
        self.database.setPlaceholderText(current_db or "event.sqlite or postgresql+psycopg://...")
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._browse)
        db_row = QHBoxLayout()
        db_row.addWidget(self.database, 1)
        db_row.addWidget(browse)
        self.desk = QLineEdit(settings.desk)
        self.desk.setObjectName("deskEdit")
        self.operator = QLineEdit(settings.operator)
        self.operator.setObjectName("operatorEdit")
        self.operator.setPlaceholderText("who is working at this desk (kept in the logs)")

        form = QFormLayout()
        form.addRow("Event database:", db_row)
        hint = QLabel(
            "A file on this computer, or a PostgreSQL URL shared by several desks. "
            "--db and CONFDESK_DB take precedence."
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        form.addRow("", hint)
        form.addRow("Desk name:", self.desk)
        form.addRow("Operator:", self.operator)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        path = file_dialogs.open_file(
            self,
            "Event database",
            self.database.text(),
            "Confdesk events (*.sqlite);;All files (*)",
        )
        if path:
            self.database.setText(path)

    def accept(self) -> None:
        self.settings.desk = self.desk.text()
        self.settings.operator = self.operator.text()
        self.settings.database = self.database.text()
        super().accept()
