"""Help > Guide to this screen (F1) and Help > Keyboard shortcuts.

The guide is a few lines per screen, written for the person at the desk or the organizer. The
shortcut sheet is read from the live window (its menus' actions, and the actions and shortcuts
of each screen), so it always lists the keys that really work, each with what it does.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.i18n import QT_TRANSLATE_NOOP

# Keys a screen handles itself (in its fields), not through actions.
FIELD_KEYS: dict[str, list[tuple[str, str]]] = {
    "desk": [
        (
            "Enter",
            QT_TRANSLATE_NOOP("HelpDialog", "Check in the highlighted person, or the code scanned"),
        ),
        ("↑ ↓", QT_TRANSLATE_NOOP("HelpDialog", "Choose another person in the results")),
        ("Esc", QT_TRANSLATE_NOOP("HelpDialog", "Clear the field and the result")),
    ],
    "attendees": [("Enter", QT_TRANSLATE_NOOP("HelpDialog", "Open the highlighted attendee"))],
    "schedule": [
        (
            QT_TRANSLATE_NOOP("HelpDialog", "Ctrl+arrows"),
            QT_TRANSLATE_NOOP("HelpDialog", "Select the next session in that direction"),
        ),
        (
            "↑ ↓",
            QT_TRANSLATE_NOOP(
                "HelpDialog", "Move the selected session earlier or later by one step"
            ),
        ),
        ("← →", QT_TRANSLATE_NOOP("HelpDialog", "Move the selected session to the room beside")),
        ("Shift+↑ ↓", QT_TRANSLATE_NOOP("HelpDialog", "Shorten or lengthen the selected session")),
        ("Enter", QT_TRANSLATE_NOOP("HelpDialog", "Edit the selected session")),
        ("Delete", QT_TRANSLATE_NOOP("HelpDialog", "Unschedule the selected session")),
        (
            "U",
            QT_TRANSLATE_NOOP(
                "HelpDialog", "Put the chosen unscheduled session in the first free slot"
            ),
        ),
        ("Esc", QT_TRANSLATE_NOOP("HelpDialog", "Clear the selection")),
    ],
}

GUIDES: dict[str, tuple[str, list[str]]] = {
    "desk": (
        QT_TRANSLATE_NOOP("HelpDialog", "Desk: check people in"),
        [
            QT_TRANSLATE_NOOP(
                "HelpDialog",
                "Scan a badge or a ticket QR code: the result is green (checked in), amber "
                "(already in: when and where) or red (not valid, cancelled, another event).",
            ),
            QT_TRANSLATE_NOOP(
                "HelpDialog",
                "Or type a name, 中文姓名, organization, e-mail or number, and press Enter on the "
                "right person. Search finds both scripts and ignores accents and case.",
            ),
            QT_TRANSLATE_NOOP(
                "HelpDialog",
                "The badge prints on check-in if Settings say so; Print badge (Ctrl+P) reprints.",
            ),
            QT_TRANSLATE_NOOP(
                "HelpDialog",
                "Undo (Ctrl+Z) takes back the check-in shown, with a reason. Older ones: click "
                "them in the list of latest check-ins, or use the Attendees screen.",
            ),
            QT_TRANSLATE_NOOP(
                "HelpDialog",
                "Walk-in (F2) registers someone at the desk; a likely duplicate is shown first.",
            ),
            QT_TRANSLATE_NOOP(
                "HelpDialog",
                "If the event's server is away, the amber banner says so: go on scanning. "
                "Everything is kept at this desk and sent when the server is back.",
            ),
        ],
    ),
    "attendees": (
        QT_TRANSLATE_NOOP("HelpDialog", "Attendees: everyone registered"),
        [
            QT_TRANSLATE_NOOP(
                "HelpDialog",
                "Filter by typing (names in any script, organization, e-mail, number, code) and "
                "with the category, status, checked-in and printed lists.",
            ),
            QT_TRANSLATE_NOOP(
                "HelpDialog",
                "Double-click a row (or Ctrl+E) to edit; Notes (Ctrl+Shift+N) holds the note the "
                "desk shows on check-in.",
            ),
            QT_TRANSLATE_NOOP(
                "HelpDialog",
                "Check in or undo a check-in here too, cancel a registration, merge two "
                "registrations of one person (Ctrl+M), see a person's history (Ctrl+H).",
            ),
            QT_TRANSLATE_NOOP(
                "HelpDialog",
                "Import brings in the CSV or Excel export of your ticketing; Export writes all, "
                "the current filter, or the selection.",
            ),
        ],
    ),
    "schedule": (
        QT_TRANSLATE_NOOP("HelpDialog", "Schedule: the timetable"),
        [
            QT_TRANSLATE_NOOP(
                "HelpDialog",
                "Drag sessions from the unscheduled list to a room and time; drag to move, drag "
                "the lower edge to lengthen. Conflicts (a room or a speaker twice) are listed on "
                "the right.",
            ),
            QT_TRANSLATE_NOOP(
                "HelpDialog",
                "Double-click a session to edit it, its speakers and its room. New session: "
                "Ctrl+Shift+N. Undo and redo: Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y.",
            ),
            QT_TRANSLATE_NOOP(
                "HelpDialog",
                "Rooms and Tracks edit the rooms (with capacities) and the colour tracks.",
            ),
            QT_TRANSLATE_NOOP(
                "HelpDialog",
                "Releases publishes a numbered version of the program: what changed is listed, "
                "and a release with conflicts asks first.",
            ),
        ],
    ),
    "badges": (
        QT_TRANSLATE_NOOP("HelpDialog", "Badges: design and print"),
        [
            QT_TRANSLATE_NOOP(
                "HelpDialog",
                "Choose a template and a sheet (one badge per page or several on a label sheet), "
                "and who to print (everyone, a category, not yet printed, a selection).",
            ),
            QT_TRANSLATE_NOOP(
                "HelpDialog",
                "The designer shows the badge of a real attendee (the longest name first): drag "
                "items, change texts, colours and sizes, add a QR code or the event's logo.",
            ),
            QT_TRANSLATE_NOOP(
                "HelpDialog", "Category colours and the logo come from File > Event details."
            ),
            QT_TRANSLATE_NOOP(
                "HelpDialog", "Print a calibration page first to set the printer's offsets."
            ),
        ],
    ),
    "dashboard": (
        QT_TRANSLATE_NOOP("HelpDialog", "Dashboard: the event live"),
        [
            QT_TRANSLATE_NOOP(
                "HelpDialog",
                "Arrivals by hour, check-ins by desk and by category, badges printed, and double "
                "admissions found after an outage. It refreshes by itself.",
            ),
            QT_TRANSLATE_NOOP(
                "HelpDialog",
                "The same figures come from the command confdesk dashboard --json (for a screen "
                "in the hall).",
            ),
        ],
    ),
    "program": (
        QT_TRANSLATE_NOOP("HelpDialog", "Program: the printed program"),
        [
            QT_TRANSLATE_NOOP(
                "HelpDialog",
                "A grid per day, a program book, room signs and speaker itineraries as PDF, from "
                "the latest release or the working timetable.",
            ),
            QT_TRANSLATE_NOOP(
                "HelpDialog",
                "Zoom (Ctrl+=, Ctrl+-, Ctrl+0) and pages (PgUp, PgDown) in the preview.",
            ),
        ],
    ),
}


@dataclass(frozen=True)
class Shortcut:
    keys: str  # "Ctrl+Z, Ctrl+Y"
    what: str


def _describe(action: QAction) -> str:
    # without its mnemonic: "&Export…" and the Chinese "匯出(&E)…" read "Export", "匯出"
    text = re.sub(r"\(&[^&)]\)", "", action.text())
    return text.replace("&", "").replace("…", "").strip()


def shortcuts_of(widget: QWidget) -> list[Shortcut]:
    """The actions and shortcuts that live in `widget` (a screen, or the window's menus)."""
    out: list[Shortcut] = []
    seen: set[tuple[str, str]] = set()
    for action in widget.findChildren(QAction):
        keys = ", ".join(k.toString() for k in action.shortcuts() if not k.isEmpty())
        if keys and (keys, _describe(action)) not in seen:
            seen.add((keys, _describe(action)))
            out.append(Shortcut(keys, _describe(action)))
    for sc in widget.findChildren(QShortcut):
        keys = ", ".join(k.toString() for k in sc.keys() if not k.isEmpty())  # noqa: SIM118
        if keys and (keys, sc.whatsThis()) not in seen:
            seen.add((keys, sc.whatsThis()))
            out.append(Shortcut(keys, sc.whatsThis()))
    return out


def window_shortcuts(window: QMainWindow) -> list[Shortcut]:
    """The menus' shortcuts (the same on every screen)."""
    out: list[Shortcut] = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if not isinstance(menu, QMenu):
            continue
        for action in menu.actions():
            keys = ", ".join(k.toString() for k in action.shortcuts() if not k.isEmpty())
            if keys:
                out.append(Shortcut(keys, _describe(action)))
    return out


def _table(rows: list[Shortcut]) -> str:
    cells = "".join(
        f"<tr><td style='padding:2px 14px 2px 0'><b>{html.escape(r.keys)}</b></td>"
        f"<td>{html.escape(r.what)}</td></tr>"
        for r in rows
    )
    return f"<table>{cells}</table>"


def _tr(text: str) -> str:
    """`text` (marked with QT_TRANSLATE_NOOP above) in the interface's language."""
    return QCoreApplication.translate("HelpDialog", text)


def guide_html(key: str) -> str:
    title, points = GUIDES[key]
    items = "".join(f"<li style='margin-bottom:6px'>{html.escape(_tr(p))}</li>" for p in points)
    return f"<h2>{html.escape(_tr(title))}</h2><ul>{items}</ul>"


def sheet_html(window: QMainWindow, screens: dict[str, tuple[str, QWidget]]) -> str:
    """Every shortcut of the window and of each screen built so far, with what it does."""
    heading = QCoreApplication.translate("HelpDialog", "Keyboard shortcuts")
    everywhere = QCoreApplication.translate("HelpDialog", "Everywhere")
    parts = [f"<h2>{heading}</h2>", f"<h3>{everywhere}</h3>", _table(window_shortcuts(window))]
    for key, (title, widget) in screens.items():
        field_keys = [Shortcut(_tr(k), _tr(w)) for k, w in FIELD_KEYS.get(key, [])]
        rows = field_keys + shortcuts_of(widget)
        if rows:
            # the screens' titles come in English (ScreenSpec.title): shown in the language
            shown = QCoreApplication.translate("Screens", title)
            parts += [f"<h3>{html.escape(shown)}</h3>", _table(rows)]
    return "".join(parts)


class HelpDialog(QDialog):
    """The guide to one screen and the whole shortcut sheet, in two tabs."""

    def __init__(
        self,
        window: QMainWindow,
        screen_key: str,
        screens: dict[str, tuple[str, QWidget]],
        show_sheet: bool = False,
    ) -> None:
        super().__init__(window)
        self.setObjectName("helpDialog")
        self.setWindowTitle(self.tr("Confdesk help"))
        self.resize(640, 560)
        self.guide = QTextBrowser()
        self.guide.setObjectName("helpGuide")
        self.guide.setHtml(guide_html(screen_key) if screen_key in GUIDES else "")
        self.sheet = QTextBrowser()
        self.sheet.setObjectName("helpShortcuts")
        self.sheet.setHtml(sheet_html(window, screens))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.guide, self.tr("This screen"))
        self.tabs.addTab(self.sheet, self.tr("Keyboard shortcuts"))
        if show_sheet:
            self.tabs.setCurrentIndex(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.tabs)
        box.addWidget(buttons)
