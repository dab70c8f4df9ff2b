"""Every screen and dialog of the app in 繁體中文 (Hong Kong) and 简体中文, at 1280x800: no
interface word left in English, and no text cut off.

The walk opens the demo event, shows each screen of the main window and then each dialog (built
as the app builds it), and reads what a person sees: labels, buttons, check boxes, group titles,
tabs, table headers, combo items, placeholders, window titles. Text that is the event's data
(names, titles, rooms: any word stored in the event's database, or a widget marked with
i18n.mark_data) is not interface text. In English the same walk runs for the cut-off check, so
a cut text is found in every language.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTabBar,
    QTextEdit,
    QWidget,
    QWizard,
)

from desktop.ui import i18n
from desktop.ui.app import Shell
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import Settings

WIDTH, HEIGHT = 1280, 800
# The registrations file the import wizard reads: its headers and cells are the file's data.
CSV = "First name,Last name,Email,Company\nMei,Chan,mei@example.org,HKU\n"
# Latin words a Chinese interface keeps: names of products, formats, keys and units.
ALLOWED = {
    "Confdesk", "QR", "PDF", "CSV", "XLSX", "PIN", "ID", "OK", "URL", "ICS", "iCal", "XML",
    "JSON", "PNG", "SVG", "JPEG", "JPG", "TTF", "PostgreSQL", "SQLite", "CUPS", "Excel", "UTF",
    "pretix", "pretalx", "frab", "Indico", "Eventbrite", "Google", "Avery", "Pinyin", "Jyutping", "English",
    "Ctrl", "Shift", "Alt", "Enter", "Esc", "Tab", "Del", "Delete", "Backspace", "Home", "End",
    "PgUp", "PgDown", "PgDn", "Space", "Return", "Up", "Down", "Left", "Right", "Ins", "Meta",
    "mm", "pt", "px", "cm", "dpi", "min", "MB", "KB", "GB", "Qt", "VIP", "USB", "LAN", "IPP",
    "vCard", "Giggity", "Unicode", "HKSCS", "Noto", "Sans", "CJK", "WenQuanYi", "Micro", "Hei",
    "DejaVu", "Serif", "Mono", "HK", "TC", "SC", "Letter", "Legal", "A4", "A5", "A6",
}  # fmt: skip
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]")
_MNEMONIC = re.compile(r"\(&[A-Za-z0-9]\)")


def _data_words(db: Path) -> set[str]:
    """Every word stored in the event's database (and its file's name): the event's data."""
    words = set(_WORD.findall(str(db)))
    con = sqlite3.connect(db)
    try:
        tables = [r[0] for r in con.execute("select name from sqlite_master where type='table'")]
        for table in tables:
            if table.startswith(("sqlite_", "attendee_words")):
                continue
            cols = [r[1] for r in con.execute(f'pragma table_info("{table}")')]
            for col in cols:
                for (value,) in con.execute(f'select distinct "{col}" from "{table}"'):
                    if isinstance(value, str):
                        words.update(_WORD.findall(value))
    finally:
        con.close()
    return words


def _plain(text: str) -> str:
    if "<" in text and ">" in text:
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    return text


def _is_data(widget: QWidget, root: QWidget) -> bool:
    w: QWidget | None = widget
    while w is not None:
        if w.property(i18n.DATA_PROPERTY):
            return True
        if w is root:
            return False
        w = w.parentWidget()
    return False


def _headers(model: QAbstractItemModel | None, header: QHeaderView) -> list[str]:
    if model is None:
        return []
    count = (
        model.columnCount(QModelIndex()) if header.orientation() == Qt.Orientation.Horizontal else 0
    )
    out = []
    for i in range(count):
        if header.isSectionHidden(i):
            continue
        value = model.headerData(i, header.orientation(), Qt.ItemDataRole.DisplayRole)
        if isinstance(value, str):
            out.append(value)
    return out


def _cells(view: QAbstractItemView) -> Iterator[tuple[QWidget, str]]:
    """The texts of the first rows of a table or list: words there (a category, a state) are
    interface words too; names and titles are the event's data."""
    model = view.model()
    root = QModelIndex()
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
    for row in range(min(model.rowCount(root), 40)):
        for col in range(columns):
            value = model.index(row, col).data(Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str):
                yield view, value


def _texts(root: QWidget) -> Iterator[tuple[QWidget, str]]:
    """(widget, text) of what a person sees in `root` and its visible children."""
    if root.isWindow() and root.windowTitle():
        yield root, root.windowTitle()
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible() or _is_data(w, root):
            continue
        if isinstance(w, QLabel):
            yield w, _plain(w.text())
        elif isinstance(w, QAbstractButton):
            yield w, w.text()
        elif isinstance(w, QGroupBox):
            yield w, w.title()
        elif isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit)):
            yield w, w.placeholderText()
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield w, w.itemText(i)
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                yield w, w.tabText(i)
        elif isinstance(w, QHeaderView):
            for text in _headers(w.model(), w):
                yield w, text
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            yield from _cells(w)
        elif isinstance(w, QWizard):
            page = w.currentPage()
            if page is not None:
                yield page, page.title()
                yield page, page.subTitle()


_ZONE = re.compile(r"(UTC|[A-Za-z_]+(/[A-Za-z0-9_+-]+)+)")  # a time zone's IANA name


def _english(text: str, data: set[str]) -> list[str]:
    if _ZONE.fullmatch(text):
        return []
    text = _MNEMONIC.sub("", text).replace("&", "")
    return [w for w in _WORD.findall(text) if w not in ALLOWED and w not in data]


def _shown(text: str) -> str:
    """The text as drawn: a mnemonic's "&" is not drawn, "&&" is one "&"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _cut(widget: QWidget) -> bool:
    """Whether `widget` shows less of its text than it needs (a fixed-width label or button)."""
    if type(widget) is QLabel:
        if widget.wordWrap() or not widget.text() or widget.textFormat() == Qt.TextFormat.RichText:
            return False
        if "<" in widget.text():
            return False
        lines = _shown(widget.text()).split("\n")
        need = max(widget.fontMetrics().horizontalAdvance(ln) for ln in lines)
        return need > widget.contentsRect().width() + 2
    if isinstance(widget, QPushButton) and widget.text():
        need = widget.fontMetrics().horizontalAdvance(_shown(widget.text()))
        if not widget.icon().isNull():
            need += widget.iconSize().width()
        return need > widget.width() - 4
    if isinstance(widget, (QCheckBox, QRadioButton)) and widget.text():
        return widget.sizeHint().width() > widget.width() + 2
    return False


class Walk:
    """What the walk found: English words and cut texts, by where they were seen."""

    def __init__(self, data: set[str], language: str) -> None:
        self.data = data
        self.language = language
        self.english: list[str] = []
        self.cut: list[str] = []
        self.seen = 0

    def read(self, where: str, root: QWidget) -> None:
        for _ in range(5):
            QApplication.processEvents()
        if root.isWindow():
            size = root.size()
            if size.width() > WIDTH or size.height() > HEIGHT:
                self.cut.append(f"{where}: {size.width()}x{size.height()} is larger than 1280x800")
        for widget, text in _texts(root):
            if not text.strip():
                continue
            self.seen += 1
            if self.language != "en":
                words = _english(text, self.data)
                if words:
                    self.english.append(f"{where}: {type(widget).__name__} {text!r} {words}")
            if _cut(widget):
                self.cut.append(f"{where}: {type(widget).__name__} {text!r} is cut")


def _dialogs(window: MainWindow, shell: Shell, db: Path, tmp: Path) -> list[tuple[str, Callable[[], QWidget]]]:  # fmt: skip
    """(name, factory) of every dialog, built as the app builds it."""
    ctx = window.ctx

    def settings() -> QWidget:
        from desktop.ui.settings import SettingsDialog

        return SettingsDialog(shell.settings, str(db), window)

    def new_event() -> QWidget:
        from desktop.ui.event_dialogs import NewEventDialog

        return NewEventDialog(window)

    def event_details() -> QWidget:
        from desktop.ui.event_details_dialog import EventDetailsDialog

        return EventDetailsDialog(ctx, window)

    def export() -> QWidget:
        from desktop.ui.export_dialog import ExportDialog

        return ExportDialog(ctx, window)

    def import_file() -> QWidget:
        from desktop.ui.import_wizard import ImportWizard

        return ImportWizard(ctx, window)

    def import_check() -> QWidget:
        from desktop.ui.import_wizard import ImportWizard

        csv = tmp / "walk-ins.csv"
        csv.write_text(CSV)
        wizard = ImportWizard(ctx, window, path=csv)
        wizard.show()
        for _ in range(2):  # file -> preview -> mapping
            wizard.next()
            for _ in range(20):
                QApplication.processEvents()
        return wizard

    def edit() -> QWidget:
        from desktop.ui.attendees.edit_dialog import EditDialog

        return EditDialog(ctx, 1, window)

    def history() -> QWidget:
        from desktop.ui.attendees.history_dialog import HistoryDialog

        return HistoryDialog(ctx, 1, window)

    def merge() -> QWidget:
        from desktop.ui.attendees.merge_dialog import MergeDialog

        return MergeDialog(ctx, [1, 2], window)

    def lists() -> QWidget:
        from desktop.ui.lists_dialog import ListsDialog

        return ListsDialog(ctx, window)

    def add_list() -> QWidget:
        from desktop.ui.lists_dialog import AddListDialog

        return AddListDialog(ctx, window)

    def restore() -> QWidget:
        from desktop.ui.backups import RestoreDialog

        return RestoreDialog(ctx, window)

    def choose_pin() -> QWidget:
        from desktop.ui.staff import ChoosePinDialog

        return ChoosePinDialog(shell.settings, "", window)

    def welcome() -> QWidget:
        from desktop.ui.welcome import WelcomeDialog

        return WelcomeDialog(window)

    def lock() -> QWidget:
        from desktop.ui.desk_lock import LockDialog

        return LockDialog(shell.settings, "Desk 1", "", lambda: 0.0, window)

    def help_guide() -> QWidget:
        from desktop.ui.help import HelpDialog

        for spec in window._specs:
            window.screen_widget(spec.key)
        screens = {s.key: (s.title, window._screens[s.key]) for s in window._specs}
        return HelpDialog(window, "desk", screens)

    def help_sheet() -> QWidget:
        from desktop.ui.help import HelpDialog

        screens = {s.key: (s.title, window._screens[s.key]) for s in window._specs}
        return HelpDialog(window, "desk", screens, show_sheet=True)

    def print_queue() -> QWidget:
        from desktop.ui.print_queue import PrintQueueDialog

        return PrintQueueDialog(ctx, window)

    def proof() -> QWidget:
        from desktop.core.badge_proof import proof_badges
        from desktop.ui.badges.proof_dialog import ProofDialog

        report = ctx.worker.read(lambda s: proof_badges(s, tmp / "proof.pdf"))
        return ProofDialog(report, window)

    def category_templates() -> QWidget:
        from desktop.ui.badges.category_templates import CategoryTemplatesDialog

        return CategoryTemplatesDialog(ctx, window)

    def walk_in() -> QWidget:
        from desktop.ui.desk.walk_in import WalkInDialog

        return WalkInDialog(ctx, window)

    def schedule(name: str) -> Callable[[], QWidget]:
        def make() -> QWidget:
            from desktop.ui.schedule import (
                releases_dialog,
                rooms_dialog,
                session_dialog,
                speakers_dialog,
                tracks_dialog,
            )

            screen = window.screen_widget("schedule")
            controller = screen.controller  # type: ignore[attr-defined]
            if name == "session":
                sd = next(iter(controller.sessions.values()))
                return session_dialog.SessionDialog(controller.data, sd, window)
            if name == "new session":
                return session_dialog.SessionDialog(controller.data, None, window)
            kinds = {
                "rooms": rooms_dialog.RoomsDialog,
                "tracks": tracks_dialog.TracksDialog,
                "speakers": speakers_dialog.SpeakersDialog,
                "releases": releases_dialog.ReleasesDialog,
            }
            return kinds[name](controller, window)

        return make

    return [
        ("Settings", settings),
        ("New event", new_event),
        ("Event details", event_details),
        ("Export", export),
        ("Import: file", import_file),
        ("Import: columns", import_check),
        ("Edit attendee", edit),
        ("History", history),
        ("Merge", merge),
        ("Check-in lists", lists),
        ("Add a list", add_list),
        ("Restore", restore),
        ("Choose a PIN", choose_pin),
        ("Welcome", welcome),
        ("Lock", lock),
        ("Help: guide", help_guide),
        ("Help: shortcuts", help_sheet),
        ("Print queue", print_queue),
        ("Badge proof", proof),
        ("Category templates", category_templates),
        ("Walk-in", walk_in),
        *[
            (f"Schedule: {n}", schedule(n))
            for n in ("session", "new session", "rooms", "tracks", "speakers", "releases")
        ],
    ]


@pytest.fixture
def shell(qapp: QApplication) -> Iterator[Shell]:
    sh = Shell(qapp, Settings(), "desk")
    yield sh
    if sh.window is not None:
        sh.window.close()
    sh.shutdown()
    i18n.install(qapp, "en")


@pytest.mark.parametrize("language", ["zh_HK", "zh_CN", "en"])
def test_every_screen_and_dialog_reads_in_the_language(
    qapp: QApplication, shell: Shell, demo_db: Path, tmp_path: Path, language: str, qtbot
) -> None:
    assert i18n.install(qapp, language) == language
    walk = Walk(_data_words(demo_db), language)
    shell.open(str(demo_db))
    window = shell.window
    assert window is not None
    walk.data.update(_WORD.findall(window.ctx.desk))  # the desk's name, chosen by its staff
    walk.data.update(_WORD.findall(CSV))
    from desktop.core.badges import template_names

    for name in template_names():  # the shipped templates' names, as the organizer picks them
        walk.data.update(_WORD.findall(name))
    window.show()
    window.resize(WIDTH, HEIGHT)
    for key in window.screen_actions:
        window.show_screen(key)
        screen = window.screen_widget(key)
        if key == "dashboard":  # its figures come from a job of their own
            qtbot.waitUntil(lambda: screen.stats is not None, timeout=10_000)  # type: ignore[attr-defined]  # noqa: B023
        QTest.qWait(300)  # the rows arrive from the worker
        walk.read(f"screen {key}", window)
        window.grab().save(str(tmp_path / f"{key}-{language}.png"))
    for name, make in _dialogs(window, shell, demo_db, tmp_path):
        dialog = make()
        dialog.show()
        walk.read(name, dialog)
        slug = re.sub(r"\W+", "-", name)
        dialog.grab().save(str(tmp_path / f"{slug}-{language}.png"))
        dialog.close()
        dialog.deleteLater()
    assert walk.seen > 400
    problems = walk.english + walk.cut
    assert problems == [], "\n".join(problems)
