"""Automatic backups while the app is open, File > Back up now, and File > Restore.

`BackupScheduler` writes an automatic backup every N minutes (Settings; 0 = never) on a job
thread, keeps the newest K (`db.backup.auto_backup`: backups made by hand or before an
upgrade are never removed), skips an SQLite event that has not changed since the last one,
and says in the status bar when the last one was written or why it failed.

`RestoreDialog` lists the event's backups (newest first) or takes any backup file, and
either puts it in place of this event file (the Shell closes the event, restores, reopens;
the current file is kept aside) or restores it as a new event file and opens that.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QObject,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from db.backup import AUTO, BackupFile, auto_backup, list_backups, write_backup
from db.engine import Store
from desktop.base.progress import CancelFlag, ProgressFn
from desktop.ui import file_dialogs, i18n
from desktop.ui.context import AppContext
from desktop.ui.errors import user_message
from desktop.ui.i18n import QT_TRANSLATE_NOOP, mark_data
from desktop.ui.settings import Settings
from desktop.ui.theme import theme

BACKUP_FILTER = QT_TRANSLATE_NOOP(
    "RestoreDialog", "Confdesk backups (*.sqlite *.jsonl);;All files (*)"
)
OK_STYLE = "color: palette(window-text);"


def _failed_style() -> str:
    return f"color: {theme().bad}; font-weight: bold;"


def _signature(store: Store) -> tuple[int, ...] | None:
    """What changes when an SQLite event changes (file and WAL size and time); None for a
    server, whose changes are not seen from here (it is always backed up)."""
    path = store.sqlite_path
    if path is None:
        return None
    out: list[int] = []
    for p in (Path(path), Path(f"{path}-wal")):
        try:
            st = p.stat()
            out += [st.st_size, st.st_mtime_ns]
        except OSError:
            out += [0, 0]
    return tuple(out)


class BackupScheduler(QObject):
    """Backs up the open event every `backup/every_min` minutes; reports in `label`."""

    finished = Signal(str)  # the backup's path, or "" after a failure or a skip

    def __init__(self, ctx: AppContext, settings: Settings, label: QLabel) -> None:
        super().__init__(label)
        self.ctx = ctx
        self.settings = settings
        self.label = label
        self.label.setObjectName("statusBackup")
        self.last_path = ""
        self.last_error = ""
        self._last_signature: tuple[int, ...] | None = None
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.back_up)
        self.reconfigure()

    @property
    def every_min(self) -> int:
        return max(0, int(self.settings.get("backup/every_min")))

    def reconfigure(self) -> None:
        """Follow the settings (after the Settings dialog)."""
        if self.every_min:
            self._timer.start(self.every_min * 60_000)
            if not self.last_path and not self.last_error:
                every = self.tr("Automatic backup every {minutes} min")
                self._show(every.format(minutes=self.every_min), OK_STYLE)
        else:
            self._timer.stop()
            self._show(
                self.tr("Automatic backup off"),
                _failed_style(),
                self.tr("Settings > Automatic backup"),
            )

    def _show(self, text: str, style: str, tip: str = "") -> None:
        self.label.setText(text)
        self.label.setStyleSheet(style)
        self.label.setToolTip(tip)

    def back_up(self, by_hand: bool = False) -> None:
        """Write a backup now (automatic: skipped when the event file has not changed)."""
        store = self.ctx.store
        signature = _signature(store)
        if not by_hand and signature is not None and signature == self._last_signature:
            self.finished.emit("")
            return
        keep = max(1, int(self.settings.get("backup/keep")))

        def job(_s: Session, _progress: ProgressFn, _cancel: CancelFlag) -> str:
            if by_hand:
                return str(write_backup(store.engine, store.url))
            return str(auto_backup(store.engine, store.url, keep))

        # A lambda-like closure: runs on a job thread, never on the desk's lane.
        self.ctx.jobs.start(
            self,
            "backup",
            job,
            lambda path: self._done(path, signature),
            self._failed,
        )

    def _done(self, path: str, signature: tuple[int, ...] | None) -> None:
        self._last_signature = signature
        self.last_path, self.last_error = path, ""
        at = dt.datetime.now().strftime("%H:%M")
        self._show(self.tr("Backed up {time}").format(time=at), OK_STYLE, path)
        self.finished.emit(path)

    def _failed(self, exc: Exception) -> None:
        self.last_error = user_message(exc)
        at = dt.datetime.now().strftime("%H:%M")
        self._show(
            self.tr("Backup failed {time}").format(time=at), _failed_style(), self.last_error
        )
        self.finished.emit("")


def backup_kind(b: BackupFile) -> str:
    """How a backup was made, in words of the interface (BackupFile.kind, translated)."""
    if b.label == AUTO:
        return QCoreApplication.translate("RestoreDialog", "automatic")
    if b.label.startswith("before-"):
        return QCoreApplication.translate("RestoreDialog", "before an upgrade")
    return QCoreApplication.translate("RestoreDialog", "by hand")


def describe_backup(b: BackupFile) -> str:
    if b.size >= 100_000:
        size = QCoreApplication.translate("RestoreDialog", "{size} MB").format(
            size=f"{b.size / 1e6:.1f}"
        )
    else:
        size = QCoreApplication.translate("RestoreDialog", "{size} kB").format(
            size=f"{b.size / 1e3:.0f}"
        )
    # Weekday and month in the interface's language (QLocale follows it).
    at = QDateTime(
        QDate(b.at.year, b.at.month, b.at.day), QTime(b.at.hour, b.at.minute, b.at.second)
    )
    pattern = "ddd d MMM yyyy HH:mm:ss" if i18n.current() == "en" else "yyyy-MM-dd（ddd）HH:mm:ss"
    return f"{QLocale().toString(at, pattern)}  ·  {backup_kind(b)}  ·  {size}"


class RestoreDialog(QDialog):
    """Choose a backup; `restore_in_place` or `restore_as_new` says what to do with it."""

    restore_in_place = Signal(str)  # the backup to put in place of the open event file
    restore_as_new = Signal(str, str)  # the backup, the new event file to restore it into

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.setMinimumWidth(560)
        self.on_file = ctx.store.sqlite_path is not None
        intro = QLabel(
            self.tr(
                "Choose the backup to bring back. Check-ins and changes made after it was "
                "written are not in it."
            )
            + (
                ""
                if self.on_file
                else " "
                + self.tr(
                    "This event is on a server shared by several desks: a backup is restored"
                    " as a new event file on this computer (or with `confdesk restore` into an"
                    " empty database)."
                )
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("backupList")
        self.backups = list_backups(ctx.store.url)
        for b in self.backups:
            item = QListWidgetItem(describe_backup(b))
            item.setData(Qt.ItemDataRole.UserRole, str(b.path))
            item.setToolTip(str(b.path))
            self.list.addItem(item)
        if not self.backups:
            item = QListWidgetItem(
                self.tr("No backups of this event yet: File > Back up now writes one")
            )
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)
        else:
            self.list.setCurrentRow(0)
        self.chosen = mark_data(QLabel())  # the chosen file's path
        self.chosen.setObjectName("chosenBackup")
        self.chosen.setWordWrap(True)
        self.other = QPushButton(self.tr("Other backup file…"))
        self.other.setObjectName("otherBackup")
        self.other.clicked.connect(self._other)
        self.in_place = QPushButton(self.tr("Restore this event"))
        self.in_place.setObjectName("restoreInPlace")
        self.in_place.setVisible(self.on_file)
        self.in_place.clicked.connect(self._in_place)
        self.as_new = QPushButton(self.tr("Restore as a new event file…"))
        self.as_new.setObjectName("restoreAsNew")
        self.as_new.clicked.connect(self._as_new)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        self.list.currentItemChanged.connect(lambda *_: self._pick_listed())
        self.list.itemClicked.connect(lambda *_: self._pick_listed())
        row = QHBoxLayout()
        row.addWidget(self.other)
        row.addStretch(1)
        row.addWidget(self.as_new)
        row.addWidget(self.in_place)
        row.addWidget(close)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addWidget(self.list, 1)
        box.addWidget(self.chosen)
        box.addLayout(row)
        self._picked = ""
        self._update()

    def selected(self) -> str:
        """The backup file chosen (from the list, or another file)."""
        if self._picked:
            return self._picked
        item = self.list.currentItem()
        data = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return str(data) if data else ""

    def _pick_listed(self) -> None:
        """A backup chosen in the list: it, not a file chosen before."""
        self._picked = ""
        self._update()

    def _update(self) -> None:
        path = self.selected()
        self.chosen.setText(path)
        self.in_place.setEnabled(bool(path))
        self.as_new.setEnabled(bool(path))

    def _other(self) -> None:
        start = str(self.ctx.store.sqlite_path.parent) if self.ctx.store.sqlite_path else ""
        path = file_dialogs.open_file(
            self, self.tr("Restore from a backup file"), start, self.tr(BACKUP_FILTER)
        )
        if path:
            self._picked = path
            self.list.clearSelection()
            self._update()

    def _in_place(self) -> None:
        path = self.selected()
        event_file = self.ctx.store.sqlite_path
        answer = QMessageBox.question(
            self,
            self.tr("Restore this event"),
            self.tr(
                "Replace the event with the backup {file}?\n\n"
                "Check-ins and changes made after it was written will not be in the event. "
                "The current file is kept next to it as {stem}.replaced-….sqlite, and the "
                "event opens again from the backup."
            ).format(file=Path(path).name, stem=event_file.stem if event_file else ""),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.accept()
            self.restore_in_place.emit(path)

    def _as_new(self) -> None:
        from desktop.ui.event_dialogs import FILE_FILTER, events_folder

        path = self.selected()
        start = str(events_folder() / f"{Path(path).stem.split('.')[0]}-restored.sqlite")
        target = file_dialogs.save_file(
            self, self.tr("Restore as a new event file"), start, FILE_FILTER
        )
        if target:
            self.accept()
            self.restore_as_new.emit(path, target)
