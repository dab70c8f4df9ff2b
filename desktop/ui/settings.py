"""Typed settings over QSettings, defaults in one place, and the settings dialog.

`CONFDESK_SETTINGS_DIR` keeps settings in an INI file in that folder (tests set it, so they
never touch the real settings); otherwise the platform's usual place (registry, plist, ~/.config).
Other screens keep their own keys through `get()`/`set()`, namespaced like "desk/auto_print".

The desk's badge printers are an ordered pool (`Settings.badge_printers`, edited in the
dialog): a badge goes to the first that is ready, then the next (desktop.core.print_jobs).
They are kept in `badges/printers` (a JSON list) with the first also in `badges/printer`, the
single printer of earlier versions, which is read as a pool of one when there is no list.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import file_dialogs
from desktop.ui.i18n import QT_TRANSLATE_NOOP

T = TypeVar("T")

ENV_DIR = "CONFDESK_SETTINGS_DIR"
# Every setting the shell knows, with its default; the type is the default's type.
DEFAULTS: dict[str, Any] = {
    "store/database": "",  # a path or a postgresql+psycopg:// URL; "" = the default event file
    "desk/name": "Desk 1",
    "desk/operator": "",
    "desk/operators": "",  # named operators, one per line: chosen when the desk is unlocked
    "desk/lock_min": 0,  # lock the desk after this many idle minutes; 0 = never
    "kiosk/at_start": False,  # this laptop starts as a self-service kiosk (gui --kiosk)
    "staff/pin": "",  # the staff PIN's salted hash (desktop.base.pins): kiosk exit, desk unlock
    "ui/last_screen": "desk",  # the first start opens the registration desk
    "ui/theme": "system",  # system | light | dark (desktop.ui.theme)
    "ui/language": "system",  # system | en | zh_HK | zh_CN (desktop.ui.i18n), from the next start
    "backup/every_min": 15,  # automatic backups of the open event; 0 = none
    "backup/keep": 12,  # the newest automatic backups kept (older ones removed)
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
                return int(value)  # type: ignore[call-overload]  # whatever QSettings kept
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

    @property
    def operators(self) -> list[str]:
        """The desk's named operators (chosen at unlock), in the order given."""
        names = [n.strip() for n in str(self.get("desk/operators")).splitlines()]
        return list(dict.fromkeys(n[:80] for n in names if n))

    @operators.setter
    def operators(self, names: list[str]) -> None:
        self.set("desk/operators", "\n".join(dict.fromkeys(n.strip() for n in names if n.strip())))

    @property
    def staff_pin(self) -> str:
        """The staff PIN's stored hash ("" = none set)."""
        return self.get("staff/pin")

    def set_staff_pin(self, pin: str) -> None:
        """Keep a new staff PIN (only its salted hash; ValueError for a malformed one)."""
        from desktop.base.pins import hash_pin

        self.set("staff/pin", hash_pin(pin))

    def pin_matches(self, pin: str) -> bool:
        from desktop.base.pins import pin_matches

        return bool(self.staff_pin) and pin_matches(pin, self.staff_pin)

    # --- the desk's badge printers ------------------------------------------------------
    @property
    def badge_printers(self) -> list[str]:
        """The printer pool in order ([] = PDF only); the old single printer is a pool of one."""
        raw = self.qs.value("badges/printers")
        value: Any = None
        if raw is not None:
            try:
                value = json.loads(str(raw))
            except ValueError:
                value = None
        if isinstance(value, list):
            names = [str(n).strip() for n in value if isinstance(n, str)]
        else:  # no list yet (an earlier version): its single printer is a pool of one
            names = [str(self.get("badges/printer", "")).strip()]
        return list(dict.fromkeys(n for n in names if n))

    @badge_printers.setter
    def badge_printers(self, names: list[str]) -> None:
        pool = list(dict.fromkeys(n.strip() for n in names if n and n.strip()))
        self.qs.setValue("badges/printers", json.dumps(pool, ensure_ascii=False))
        self.set("badges/printer", pool[0] if pool else "")

    # --- recently opened events ----------------------------------------------------------
    RECENT_MAX = 8

    @property
    def recent_events(self) -> list[tuple[str, str]]:
        """(what was opened: a path or URL, the event's name), the latest first."""
        try:
            value = json.loads(str(self.qs.value("store/recent", "[]")))
        except ValueError:
            return []
        if not isinstance(value, list):
            return []
        out = []
        for item in value:
            if isinstance(item, list) and len(item) == 2 and all(isinstance(x, str) for x in item):
                out.append((item[0], item[1]))
        return out[: self.RECENT_MAX]

    def add_recent_event(self, target: str, name: str) -> None:
        """Put an event at the top of File > Recent events (once, at most RECENT_MAX)."""
        rest = [(t, n) for t, n in self.recent_events if t != target]
        items = [(target, name), *rest][: self.RECENT_MAX]
        self.set("store/recent", json.dumps([list(i) for i in items], ensure_ascii=False))

    def clear_recent_events(self) -> None:
        self.set("store/recent", "[]")

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


# The Appearance choices of desktop.ui.theme.CHOICES, marked here for translation (shown
# translated in the "Theme" context).
THEME_WORDS = (
    QT_TRANSLATE_NOOP("Theme", "Same as the system"),
    QT_TRANSLATE_NOOP("Theme", "Light"),
    QT_TRANSLATE_NOOP("Theme", "Dark"),
)


def system_printers() -> list[str]:
    """The printers the system knows (CUPS queues on Linux and macOS)."""
    from PySide6.QtPrintSupport import QPrinterInfo

    return list(QPrinterInfo.availablePrinterNames())


class PrinterPoolEditor(QWidget):
    """The desk's badge printers in order: add from the system's printers, remove, move."""

    def __init__(
        self, printers: list[str], known: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setObjectName("printerPool")
        self.list.addItems(printers)
        self.list.setMaximumHeight(96)
        self.choice = QComboBox()
        self.choice.setObjectName("printerChoice")
        self.choice.setEditable(True)  # a queue this computer does not list yet
        self.choice.addItems(known)
        self.add_button = QPushButton(self.tr("Add"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button = QPushButton(self.tr("Up"))
        self.down_button = QPushButton(self.tr("Down"))
        self.add_button.clicked.connect(self.add_current)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        add_row = QHBoxLayout()
        add_row.addWidget(self.choice, 1)
        add_row.addWidget(self.add_button)
        side = QVBoxLayout()
        for b in (self.up_button, self.down_button, self.remove_button):
            side.addWidget(b)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addLayout(side)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(body)
        layout.addLayout(add_row)

    def printers(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def add_current(self) -> None:
        name = self.choice.currentText().strip()
        if name and name not in self.printers():
            self.list.addItem(name)

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)

    def move_current(self, step: int) -> None:
        row = self.list.currentRow()
        to = row + step
        if row < 0 or not 0 <= to < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(to, item)
        self.list.setCurrentRow(to)


class SettingsDialog(QDialog):
    """Database path or URL, this desk's name, the operator's name and the badge printers."""

    def __init__(self, settings: Settings, current_db: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setObjectName("settingsDialog")
        self.settings = settings
        # Only what the user saved here; the database in use (maybe from --db, with its
        # password hidden) shows as the placeholder and is never written back.
        self.database = QLineEdit(settings.database)
        self.database.setObjectName("databaseEdit")
        self.database.setMinimumWidth(420)
        self.database.setPlaceholderText(
            current_db or self.tr("event.sqlite or postgresql+psycopg://...")
        )
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        db_row = QHBoxLayout()
        db_row.addWidget(self.database, 1)
        db_row.addWidget(browse)
        self.desk = QLineEdit(settings.desk)
        self.desk.setObjectName("deskEdit")
        self.operator = QLineEdit(settings.operator)
        self.operator.setObjectName("operatorEdit")
        self.operator.setPlaceholderText(self.tr("who is working at this desk (kept in the logs)"))

        form = QFormLayout()
        form.addRow(self.tr("Event database:"), db_row)
        hint = QLabel(
            self.tr(
                "A file on this computer, or a PostgreSQL URL shared by several desks. "
                "--db and CONFDESK_DB take precedence."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        form.addRow("", hint)
        form.addRow(self.tr("Desk name:"), self.desk)
        form.addRow(self.tr("Operator now:"), self.operator)
        self.printers = PrinterPoolEditor(settings.badge_printers, system_printers())
        form.addRow(self.tr("Badge printers:"), self.printers)
        pool_hint = QLabel(
            self.tr(
                "In order: a badge goes to the first printer that is ready and to the next "
                "when one fails, is paused or out of paper. None: badges are only saved as PDFs."
            )
        )
        pool_hint.setWordWrap(True)
        pool_hint.setStyleSheet("color: palette(placeholder-text);")
        form.addRow("", pool_hint)
        self.backup_every = QSpinBox()
        self.backup_every.setObjectName("backupEvery")
        self.backup_every.setRange(0, 24 * 60)
        self.backup_every.setSuffix(self.tr(" min"))
        self.backup_every.setSpecialValueText(self.tr("never"))
        self.backup_every.setValue(settings.get("backup/every_min"))
        self.backup_keep = QSpinBox()
        self.backup_keep.setObjectName("backupKeep")
        self.backup_keep.setRange(1, 1000)
        self.backup_keep.setValue(settings.get("backup/keep"))
        backup_row = QHBoxLayout()
        backup_row.addWidget(QLabel(self.tr("every")))
        backup_row.addWidget(self.backup_every)
        backup_row.addWidget(QLabel(self.tr("keeping the last")))
        backup_row.addWidget(self.backup_keep)
        backup_row.addStretch(1)
        form.addRow(self.tr("Automatic backup:"), backup_row)
        from desktop.ui.theme import CHOICES

        self.theme = QComboBox()
        self.theme.setObjectName("themeChoice")
        for value, label in CHOICES:
            self.theme.addItem(QCoreApplication.translate("Theme", label), value)
        index = self.theme.findData(settings.get("ui/theme"))
        self.theme.setCurrentIndex(max(index, 0))
        form.addRow(self.tr("Appearance:"), self.theme)
        from desktop.ui import i18n

        # Each language named in itself, so whoever reads it finds theirs.
        self.language = QComboBox()
        self.language.setObjectName("languageChoice")
        shown = i18n.LANGUAGES[i18n.system_language()]
        self.language.addItem(
            self.tr("As the system ({language}) · 跟隨系統 · 跟随系统").format(language=shown),
            i18n.SYSTEM,
        )
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        index = self.language.findData(settings.get("ui/language"))
        self.language.setCurrentIndex(max(index, 0))
        form.addRow(self.tr("Language · 語言 · 语言:"), self.language)
        from desktop.ui.staff import StaffBox

        self.staff = StaffBox(settings)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.staff)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        path = file_dialogs.open_file(
            self,
            self.tr("Event database"),
            self.database.text(),
            self.tr("Confdesk events (*.sqlite);;All files (*)"),
        )
        if path:
            self.database.setText(path)

    def accept(self) -> None:
        if self.staff.check():
            return
        self.staff.save()
        self.settings.desk = self.desk.text()
        self.settings.operator = self.operator.text()
        self.settings.database = self.database.text()
        if self.printers.printers() != self.settings.badge_printers:
            self.settings.badge_printers = self.printers.printers()
        self.settings.set("backup/every_min", self.backup_every.value())
        self.settings.set("backup/keep", self.backup_keep.value())
        self.settings.set("ui/theme", self.theme.currentData())
        self.settings.set("ui/language", self.language.currentData())
        super().accept()
