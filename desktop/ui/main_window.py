"""The main window: a sidebar of screens (built when first shown), menus and a status bar.

Screens come from `desktop.ui.screens.SCREENS`. A screen may define `on_shown()` (called each
time it becomes visible) and `open_item(item_id)` (called for `show_screen(key, item_id)`).
"""

from __future__ import annotations

import logging
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from db.engine import describe, head_revision, resolve_url
from desktop import __version__
from desktop.ui.changes import Change, Changes
from desktop.ui.context import AppContext
from desktop.ui.errors import user_message
from desktop.ui.i18n import mark_data
from desktop.ui.screens import SCREENS, ScreenSpec
from desktop.ui.settings import Settings
from desktop.ui.worker import GUI_OFFLINE_S

if TYPE_CHECKING:
    from desktop.core.event_details import EventDetails

log = logging.getLogger("confdesk")

SIDEBAR_STYLE = """
QFrame#sidebar { border: none; border-right: 1px solid palette(mid); }
QListWidget#navigation {
    background: transparent;
    border: none;
    outline: 0;
    font-size: 11pt;
}
QListWidget#navigation::item {
    padding: 9px 16px;
    border-left: 3px solid transparent;
}
QListWidget#navigation::item:selected {
    background: palette(base);
    color: palette(text);
    border-left: 3px solid #2f7d6d;
    font-weight: bold;
}
QListWidget#navigation::item:hover:!selected { background: palette(midlight); }
QLabel#eventTitle { font-weight: bold; font-size: 11pt; padding: 14px 16px 2px 16px; }
QLabel#eventSubtitle { color: palette(placeholder-text); padding: 0 16px 10px 16px; }
"""


def rename_blocked(ctx: AppContext, desk: str) -> str:
    """Why the desk cannot take another name now, or "": its journal and its mirror go by
    its name, so it keeps it while check-ins wait to be sent or the server is away (the new
    name would have no copy of the event to work from)."""
    waiting = ctx.worker.journal(desk).count_waiting()
    if waiting:
        if waiting == 1:
            text = QCoreApplication.translate(
                "MainWindow",
                "{desk} has {count} check-in or other actions waiting to be sent to the event: "
                "rename the desk once they are sent.",
            )
        else:
            text = QCoreApplication.translate(
                "MainWindow",
                "{desk} has {count} check-ins or other actions waiting to be sent to the event: "
                "rename the desk once they are sent.",
            )
        return text.format(desk=desk, count=f"{waiting:,}")
    mirror = ctx.worker.mirror(desk)
    if mirror is not None and mirror.recently_unreachable(GUI_OFFLINE_S):
        return QCoreApplication.translate(
            "MainWindow",
            "The event's server cannot be reached: {desk} keeps its name until it can.",
        ).format(desk=desk)
    return ""


class MainWindow(QMainWindow):
    """The application's one main window on one open event."""

    # A path or URL the user chose (File > Open, Settings, or a new event's file).
    database_requested = Signal(str)
    new_event_requested = Signal()
    # The appearance changed in Settings: the window is built again in the new colours.
    rebuild_requested = Signal()
    # File > Restore: (backup) in place of the open event file; (backup, new file) as new.
    restore_in_place_requested = Signal(str)
    restore_as_new_requested = Signal(str, str)

    def __init__(
        self,
        ctx: AppContext,
        settings: Settings,
        event_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # print_badge_requested -> the badge printer. Installed right after the first frame
        # (see paintEvent), so reportlab's import (0.2 s) does not delay the window; the
        # timer covers a window that is never painted. Both come long before a first scan.
        self._closing = False
        self._painted = False
        QTimer.singleShot(1000, self._install_printing)
        self.settings = settings
        self.event_name = event_name
        self.setObjectName("mainWindow")
        self.setWindowTitle(f"{event_name} — Confdesk")
        self._screens: dict[str, QWidget] = {}
        self.kiosk: QWidget | None = None  # the kiosk window while in kiosk mode
        self._specs: list[ScreenSpec] = list(SCREENS)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(0, 0))
        for spec in self._specs:
            item = QListWidgetItem(spec.shown_title)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setToolTip(f"{spec.shown_title} ({spec.shortcut})")
            self.nav.addItem(item)
        self.stack = QStackedWidget()
        self.stack.setObjectName("screens")

        title = mark_data(QLabel(event_name))
        title.setObjectName("eventTitle")
        title.setWordWrap(True)
        subtitle = mark_data(QLabel(ctx.desk))  # the desk's (and operator's) name
        subtitle.setObjectName("eventSubtitle")
        self._desk_label_side = subtitle
        side = QFrame()
        side.setObjectName("sidebar")
        side.setFixedWidth(190)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(0)
        side_layout.addWidget(title)
        side_layout.addWidget(subtitle)
        side_layout.addWidget(self.nav, 1)
        side.setStyleSheet(SIDEBAR_STYLE)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(side)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self._build_status_bar()
        from desktop.ui.desk_lock import DeskLock

        self.desk_lock = DeskLock(self, settings, lambda: self.ctx.operator, lambda: self.ctx.desk)
        self.desk_lock.unlocked.connect(self._operator_chosen)
        self.nav.currentRowChanged.connect(self._on_nav_row)
        ctx.signals.show_screen.connect(self.show_screen)
        ctx.signals.changed.connect(self._data_changed)
        self._event_title = title
        self._read_event_details()

        geometry = settings.geometry("main")
        if geometry is None or not self.restoreGeometry(geometry):
            # 1280x800, or the screen's usable area when it is smaller (a 1024x640 laptop).
            shown_on = QGuiApplication.primaryScreen()
            area = shown_on.availableGeometry() if shown_on is not None else None
            if area is not None and area.width() >= 1024:
                self.resize(min(1280, area.width()), min(800, area.height() - 40))
            else:
                self.resize(1280, 800)

    # --- menus and status bar ----------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.action_new = QAction(self.tr("&New event…"), self)
        self.action_new.setShortcut(QKeySequence.StandardKey.New)
        self.action_new.triggered.connect(self.new_event_requested)
        self.action_open = QAction(self.tr("&Open event…"), self)
        self.action_open.setShortcut(QKeySequence.StandardKey.Open)
        self.action_open.triggered.connect(self._open_event)
        self.action_settings = QAction(self.tr("&Settings…"), self)
        self.action_settings.setShortcut(QKeySequence("Ctrl+,"))
        self.action_settings.triggered.connect(self._open_settings)
        self.action_quit = QAction(self.tr("&Quit"), self)
        self.action_quit.setShortcut(QKeySequence.StandardKey.Quit)
        self.action_quit.triggered.connect(self.close)
        self.action_event = QAction(self.tr("Event &details…"), self)
        self.action_event.triggered.connect(self._event_details)
        file_menu.addActions([self.action_new, self.action_open])
        self.recent_menu = file_menu.addMenu(self.tr("Recent &events"))
        self.recent_menu.setObjectName("recentEvents")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addAction(self.action_event)
        self.action_lists = QAction(self.tr("Check-in &lists…"), self)
        self.action_lists.triggered.connect(self._checkin_lists)
        file_menu.addAction(self.action_lists)
        self.action_lock = QAction(self.tr("Loc&k the desk"), self)
        self.action_lock.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.action_lock.triggered.connect(self.lock_desk)
        file_menu.addAction(self.action_lock)
        self.action_kiosk = QAction(self.tr("Start kiosk &mode…"), self)
        self.action_kiosk.triggered.connect(self.enter_kiosk)
        file_menu.addAction(self.action_kiosk)
        file_menu.addSeparator()
        self.action_import = QAction(self.tr("&Import registrations…"), self)
        self.action_import.setShortcut(QKeySequence("Ctrl+I"))
        self.action_import.triggered.connect(self._import_registrations)
        self.action_export = QAction(self.tr("&Export…"), self)
        self.action_export.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.action_export.triggered.connect(self._export)
        file_menu.addActions([self.action_import, self.action_export])
        # The schedule's files: the Schedule screen's Import… (with the sync's preview) and
        # Export…, from the File menu too.
        self.action_import_schedule = QAction(self.tr("Import &schedule…"), self)
        self.action_import_schedule.triggered.connect(lambda: self._schedule_file("import"))
        self.action_export_schedule = QAction(self.tr("Export sc&hedule…"), self)
        self.action_export_schedule.triggered.connect(lambda: self._schedule_file("export"))
        file_menu.addActions([self.action_import_schedule, self.action_export_schedule])
        file_menu.addSeparator()
        self.action_backup = QAction(self.tr("&Back up now"), self)
        self.action_backup.triggered.connect(lambda: self.backups.back_up(by_hand=True))
        self.action_restore = QAction(self.tr("&Restore from a backup…"), self)
        self.action_restore.triggered.connect(self._restore)
        file_menu.addActions([self.action_backup, self.action_restore])
        file_menu.addSeparator()
        file_menu.addAction(self.action_settings)
        file_menu.addSeparator()
        file_menu.addAction(self.action_quit)

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        self.screen_actions: dict[str, QAction] = {}
        for spec in self._specs:
            action = QAction(spec.shown_title, self)
            action.setShortcut(QKeySequence(spec.shortcut))
            action.triggered.connect(lambda _c=False, k=spec.key: self.show_screen(k, 0))
            go_menu.addAction(action)
            self.screen_actions[spec.key] = action

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.action_help = QAction(self.tr("&Guide to this screen"), self)
        self.action_help.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.action_help.triggered.connect(lambda: self.show_help(False))
        self.action_keys = QAction(self.tr("&Keyboard shortcuts"), self)
        self.action_keys.setShortcut(QKeySequence("Ctrl+/"))
        self.action_keys.triggered.connect(lambda: self.show_help(True))
        help_menu.addActions([self.action_help, self.action_keys])
        help_menu.addSeparator()
        self.action_about = QAction(self.tr("&About Confdesk"), self)
        self.action_about.triggered.connect(self._about)
        help_menu.addAction(self.action_about)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.status_event = mark_data(QLabel(self.event_name))
        self.status_event.setObjectName("statusEvent")
        self.status_desk = mark_data(QLabel())
        self.status_desk.setObjectName("statusDesk")
        self.status_db = mark_data(QLabel(describe(self.ctx.store.url)))
        self.status_db.setObjectName("statusDatabase")
        self.status_db.setToolTip(self.tr("Event database"))
        for w in (self.status_event, self.status_desk, self.status_db):
            w.setContentsMargins(6, 0, 6, 0)
        self.status_demo = QLabel(self.tr("Demo event: made-up people"))
        self.status_demo.setObjectName("statusDemo")
        self.status_demo.setToolTip(self.tr("File > New event… creates your own event"))
        self.status_demo.setStyleSheet(
            "QLabel#statusDemo { background: #FFF4D6; color: #5C4400; border-radius: 4px;"
            " padding: 1px 8px; }"
        )
        self.status_demo.hide()
        bar.addWidget(self.status_event)
        bar.addWidget(self.status_demo)
        bar.addWidget(self.status_desk)
        from desktop.ui.backups import BackupScheduler

        self.status_backup = QLabel()
        self.status_backup.setContentsMargins(6, 0, 6, 0)
        bar.addPermanentWidget(self.status_backup)
        bar.addPermanentWidget(self.status_db)
        self.backups = BackupScheduler(self.ctx, self.settings, self.status_backup)
        self.update_desk()

    def update_desk(self) -> None:
        """Show the desk and operator names after a settings change."""
        who = f" · {self.ctx.operator}" if self.ctx.operator else ""
        self.status_desk.setText(f"{self.ctx.desk}{who}")
        self._desk_label_side.setText(f"{self.ctx.desk}{who}")

    # --- screens -----------------------------------------------------------------------
    def screen_widget(self, key: str) -> QWidget:
        """The screen for this key, built the first time it is asked for."""
        widget = self._screens.get(key)
        if widget is not None:
            return widget
        spec = next(s for s in self._specs if s.key == key)
        try:
            widget = spec.load()(self.ctx)
        except Exception as exc:  # one broken screen must not take the window down
            log.exception("screen %s failed to open", key)
            widget = QLabel(
                self.tr("The {screen} screen could not open.").format(screen=spec.shown_title)
                + f"\n\n{user_message(exc)}"
            )
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            widget.setWordWrap(True)
        widget.setObjectName(f"screen_{key}")
        self._screens[key] = widget
        self.stack.addWidget(widget)
        return widget

    def current_key(self) -> str:
        row = self.nav.currentRow()
        return self._specs[row].key if row >= 0 else ""

    def show_screen(self, key: str, item_id: int = 0) -> None:
        """Switch to a screen; `item_id` (> 0) is handed to its `open_item()`."""
        rows = [i for i, s in enumerate(self._specs) if s.key == key]
        if not rows:
            log.warning("unknown screen %r", key)
            return
        if self.nav.currentRow() != rows[0]:
            self.nav.setCurrentRow(rows[0])  # builds and shows it through _on_nav_row
        else:
            self._on_nav_row(rows[0])
        widget = self.screen_widget(key)
        if item_id and hasattr(widget, "open_item"):
            widget.open_item(item_id)

    def _on_nav_row(self, row: int) -> None:
        if row < 0:
            return
        key = self._specs[row].key
        widget = self.screen_widget(key)
        if self.stack.currentWidget() is not widget:
            self.stack.setCurrentWidget(widget)
        on_shown = getattr(widget, "on_shown", None)
        if callable(on_shown):
            try:
                on_shown()
            except Exception as exc:
                from desktop.ui.errors import report_error

                report_error(exc)

    # --- menu actions ------------------------------------------------------------------
    def _import_registrations(self) -> None:
        from desktop.ui.import_wizard import open_import_wizard

        open_import_wizard(self.ctx, self)

    def _export(self) -> None:
        from desktop.ui.export_dialog import open_export_dialog

        open_export_dialog(self.ctx, self)

    def _schedule_file(self, which: str) -> None:
        """File > Import schedule… / Export schedule…: on the Schedule screen, whose preview
        and status line say what happened."""
        self.show_screen("schedule")
        action = getattr(self.screen_widget("schedule"), f"{which}_schedule", None)
        if callable(action):  # a screen that failed to build has none
            action()

    def _open_event(self) -> None:
        from desktop.ui.event_dialogs import choose_event_file

        path = choose_event_file(self)
        if path:
            self.database_requested.emit(path)

    def _fill_recent(self) -> None:
        """File > Recent events: the events opened here, latest first (not the open one)."""
        from desktop.ui.event_dialogs import recent_label

        self.recent_menu.clear()
        here = describe(self.ctx.store.url)
        shown = 0
        for target, name in self.settings.recent_events:
            label, exists = recent_label(target, name)
            if describe(resolve_url(target)) == here:
                continue
            action = self.recent_menu.addAction(label)
            action.setEnabled(exists)
            if not exists:
                action.setToolTip(self.tr("The file is no longer there"))
            action.triggered.connect(lambda _c=False, t=target: self.database_requested.emit(t))
            shown += 1
        if not shown:
            none = self.recent_menu.addAction(self.tr("No other event opened yet"))
            none.setEnabled(False)
            return
        self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction(self.tr("Clear the list"))
        clear.triggered.connect(self.settings.clear_recent_events)

    def show_help(self, sheet: bool) -> None:
        """Help: the guide to the screen shown (F1), or the keyboard shortcuts (Ctrl+/)."""
        from desktop.ui.help import HelpDialog

        for spec in self._specs:  # every screen's keys, so the sheet is whole
            self.screen_widget(spec.key)
        screens = {s.key: (s.title, self._screens[s.key]) for s in self._specs}
        dialog = HelpDialog(self, self.current_key(), screens, show_sheet=sheet)
        self.help_dialog = dialog
        dialog.exec()

    def _restore(self) -> None:
        from desktop.ui.backups import RestoreDialog

        dialog = RestoreDialog(self.ctx, self)
        dialog.restore_in_place.connect(self.restore_in_place_requested)
        dialog.restore_as_new.connect(self.restore_as_new_requested)
        dialog.exec()

    def _event_details(self) -> None:
        from desktop.ui.event_details_dialog import EventDetailsDialog

        try:
            dialog = EventDetailsDialog(self.ctx, self)
        except Exception as exc:  # the server is away: say so, as every screen does
            QMessageBox.warning(self, self.tr("Event details"), user_message(exc))
            return
        dialog.exec()

    def _checkin_lists(self) -> None:
        from desktop.ui.lists_dialog import ListsDialog

        ListsDialog(self.ctx, self).exec()

    def _data_changed(self, changes: Changes) -> None:
        if changes.touches(Change.EVENT):
            self._read_event_details()

    def _read_event_details(self) -> None:
        """The event's name and category colours, read off the GUI thread (a desk started
        during an outage gets them once the server answers)."""
        from desktop.core.event_details import event_details

        # A lambda: a quick read on a job thread, not worth a worker process.
        self.ctx.jobs.start(
            self,
            "event-details",
            lambda s, _progress, _cancel: event_details(s),
            self._show_event_details,
            lambda _exc: None,
        )

    def _show_event_details(self, details: EventDetails) -> None:
        from desktop.ui.desk.style import set_event_colors

        set_event_colors({k: details.category_colors[k] for k in details.custom_colors})
        self.status_demo.setVisible(details.demo)
        if details.name != self.event_name:
            self.event_name = details.name
            self.setWindowTitle(f"{details.name} — Confdesk")
            self._event_title.setText(details.name)
            self.status_event.setText(details.name)
        for widget in self._screens.values():
            widget.update()

    def _open_settings(self) -> None:
        from desktop.ui.settings import SettingsDialog

        before, old_desk = self.settings.database, self.ctx.desk
        old_theme = self.settings.get("ui/theme")
        old_language = self.settings.get("ui/language")
        dialog = SettingsDialog(self.settings, describe(self.ctx.store.url), self)
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return
        renamed = self.settings.desk != old_desk
        why = rename_blocked(self.ctx, old_desk) if renamed else ""
        if why:
            self.settings.desk = old_desk
            renamed = False
            QMessageBox.warning(self, self.tr("Desk not renamed"), why)
        self.ctx.desk = self.settings.desk
        self.ctx.operator = self.settings.operator
        self.update_desk()
        self.backups.reconfigure()
        if renamed:
            self.ctx.signals.desk_renamed.emit(self.ctx.desk)
        after = self.settings.database
        if after and after != before and after != describe(self.ctx.store.url):
            self.database_requested.emit(after)
        elif (
            self.settings.get("ui/theme") != old_theme
            or self.settings.get("ui/language") != old_language
        ):
            self.rebuild_requested.emit()  # a new window, in the new theme or language

    def _has_pin(self, why: str) -> bool:
        """A staff PIN is set, or staff choose one now."""
        from desktop.ui.staff import ChoosePinDialog

        if self.settings.staff_pin:
            return True
        return ChoosePinDialog(self.settings, why, self).exec() == QDialog.DialogCode.Accepted

    def lock_desk(self) -> None:
        """Lock the desk now (a PIN is chosen first when none is set)."""
        if self._has_pin(self.tr("Choose the staff PIN that unlocks the desk.")):
            self.desk_lock.lock()

    def _operator_chosen(self, who: str) -> None:
        """Unlocked by `who`: from now on the logs name them."""
        if who and who != self.ctx.operator:
            self.ctx.operator = who
            self.settings.operator = who
            self.update_desk()

    def enter_kiosk(self) -> bool:
        """Hand this laptop to attendees: the kiosk, full screen, until staff give the PIN
        (asked for first when none is set). False when it did not start."""
        from desktop.ui.kiosk.window import KioskWindow

        why = self.tr(
            "Choose the staff PIN that leaves kiosk mode. Attendees use the kiosk alone: "
            "only staff should know it."
        )
        if not self._has_pin(why):
            return False
        # The desk screen's link sends what the kiosk kept in the desk journal while the
        # server was away, and keeps the desk's copy of the event current.
        self.show_screen("desk")
        desk = self.screen_widget("desk")
        link = getattr(desk, "link", None)
        kiosk = KioskWindow(
            self.ctx, self.event_name, self.settings.pin_matches, note=getattr(link, "note", None)
        )
        kiosk.left.connect(self._kiosk_left)
        self.kiosk = kiosk
        self.hide()
        kiosk.start()
        return True

    def _kiosk_left(self) -> None:
        self.kiosk = None
        self.show()
        self.activateWindow()

    def _about(self) -> None:
        from PySide6 import __version__ as qt_version

        QMessageBox.about(
            self,
            self.tr("About Confdesk"),
            f"<h3>Confdesk {__version__}</h3><p>"
            + self.tr("Registration desk, timetable, badges and program for a conference, offline.")
            + "</p><p>"
            + self.tr(
                "Database schema {schema}<br>Event database: {database}<br>Settings: {settings}<br>"
                "Qt for Python {qt}"
            ).format(
                schema=head_revision(),
                database=escape(describe(self.ctx.store.url)),
                settings=escape(self.settings.location),
                qt=qt_version,
            )
            + "</p>",
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self._install_printing)

    def _install_printing(self) -> None:
        if self._closing:  # closed before the event loop ran (tests, a failed start)
            return
        from desktop.ui.printing import install

        install(self.ctx, self)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.desk_lock.locked:
            event.ignore()  # a locked desk is not closed by whoever walks by
            return
        self._closing = True
        self.desk_lock.shutdown()
        self.settings.save_geometry("main", self.saveGeometry())
        if self.current_key():
            self.settings.set("ui/last_screen", self.current_key())
        super().closeEvent(event)
