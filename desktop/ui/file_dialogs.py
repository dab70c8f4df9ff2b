"""Every file dialog of the app, built so that showing a folder never opens a file in it.

Why: SQLite's locks are POSIX advisory locks, which belong to the process and are all
released when *any* descriptor of the file is closed in that process. Qt's file dialog and
its icon provider find a file's type by reading its first bytes (the Type column says
"SQLite database"); shown on the live event's folder, that open/close silently dropped the
desk's locks, the next process to close the event deleted the live -wal/-shm, and later
check-ins were lost. So the dialogs here use Qt's own dialog with an icon provider that
decides type and icon from the name alone, and no screen builds a QFileDialog itself (a test
holds every screen to that). On Windows, file locks are not POSIX locks and the system dialog
is kept.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileInfo
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QWidget


class NameOnlyIconProvider(QFileIconProvider):
    """Icons and type names from the file name only: never opens, reads or sniffs a file."""

    def __init__(self) -> None:
        super().__init__()
        self.setOptions(QFileIconProvider.Option.DontUseCustomDirectoryIcons)
        self._file = super().icon(QFileIconProvider.IconType.File)
        self._folder = super().icon(QFileIconProvider.IconType.Folder)
        self._drive = super().icon(QFileIconProvider.IconType.Drive)

    def icon(self, which: object) -> QIcon:
        if isinstance(which, QFileInfo):
            if which.isRoot():
                return self._drive
            return self._folder if which.isDir() else self._file
        return super().icon(which)  # type: ignore[call-overload]

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return QCoreApplication.translate("NameOnlyIconProvider", "Folder")
        suffix = info.suffix()
        if suffix.lower() in ("sqlite", "sqlite3", "db"):
            return QCoreApplication.translate("NameOnlyIconProvider", "Confdesk event")
        if suffix:
            return QCoreApplication.translate("NameOnlyIconProvider", "{suffix} file").format(
                suffix=suffix.upper()
            )
        return QCoreApplication.translate("NameOnlyIconProvider", "File")


_PROVIDER: NameOnlyIconProvider | None = None


def _provider() -> NameOnlyIconProvider:
    global _PROVIDER
    if _PROVIDER is None:  # one for the app: created after the QApplication exists
        _PROVIDER = NameOnlyIconProvider()
    return _PROVIDER


def _dialog(parent: QWidget | None, caption: str, start: str, filters: str) -> QFileDialog:
    # The folder and file are set only once the name-only provider is in place: given a
    # file at construction, the dialog types it with the default provider, which reads it.
    dialog = QFileDialog(parent, caption, "", filters)
    if sys.platform != "win32":
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setIconProvider(_provider())
    if start:
        path = Path(start).expanduser()
        if path.is_dir():
            dialog.setDirectory(str(path))
        else:
            if path.parent.is_dir():
                dialog.setDirectory(str(path.parent))
            dialog.selectFile(path.name)
    return dialog


def _run(dialog: QFileDialog) -> str:
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted:
            return ""
        files = dialog.selectedFiles()
        return files[0] if files else ""
    finally:
        dialog.deleteLater()


def open_file(parent: QWidget | None, caption: str, start: str, filters: str = "") -> str:
    """Ask for an existing file; "" when cancelled. `start` is a folder or a file in one."""
    dialog = _dialog(parent, caption, start, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    return _run(dialog)


def save_file(parent: QWidget | None, caption: str, start: str, filters: str = "") -> str:
    """Ask where to write a file (the dialog confirms an overwrite); "" when cancelled."""
    return save_file_as(parent, caption, start, filters)[0]


def save_file_as(
    parent: QWidget | None, caption: str, start: str, filters: str, chosen: str = ""
) -> tuple[str, str]:
    """Ask where to write a file and in which of the `filters` (";;" between them; `chosen`
    selected first): the path ("" when cancelled) and the filter the user left selected.
    (Choosing another type changes a typed name's suffix to the type's: Qt's dialog does.)"""
    dialog = _dialog(parent, caption, start, filters)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    if chosen:
        dialog.selectNameFilter(chosen)
    picked: list[str] = []
    dialog.accepted.connect(lambda: picked.append(dialog.selectedNameFilter()))
    path = _run(dialog)
    return path, picked[0] if picked and path else ""


def choose_folder(parent: QWidget | None, caption: str, start: str) -> str:
    """Ask for a folder; "" when cancelled."""
    dialog = _dialog(parent, caption, start, "")
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return _run(dialog)


# Every kind of dialog, for the test that opens each on the live database's folder.
ALL: dict[str, Callable[[QWidget | None, str, str], str]] = {
    "open_file": open_file,
    "save_file": save_file,
    "choose_folder": choose_folder,
}
