"""The Schedule screen: day tabs and tools above; unscheduled list, grid and conflicts below.

Keyboard (also in docs/schedule.md, "The timetable screen"): Tab / Shift+Tab select the
next / previous session, Ctrl+arrows the neighbouring one; arrows move it by one snap step
(Up/Down) or one room (Left/Right); Shift+Up/Down shorten or lengthen it; Enter edits; Delete
unschedules; U places the session selected in the unscheduled list at the first free slot;
Ctrl+Z / Ctrl+Shift+Z or Ctrl+Y undo and redo; Ctrl+= / Ctrl+- / Ctrl+0 zoom in, out, to fit;
Ctrl+PgUp / Ctrl+PgDown change the day.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import zoneinfo
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QSplitter,
    QTabBar,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.core.schedule.slots import SNAP_CHOICES, day_bounds, first_free_slot
from desktop.ui.changes import Change
from desktop.ui.context import AppContext
from desktop.ui.keys import redo_keys, undo_keys
from desktop.ui.schedule.commands import (
    EditSessionCommand,
    MoveSessionCommand,
    Placement,
    create_session_command,
)
from desktop.ui.schedule.conflicts_panel import COMPACT_W, FULL_W, ConflictsPanel
from desktop.ui.schedule.controller import ScheduleController
from desktop.ui.schedule.grid import DayLayout, TimetableView
from desktop.ui.schedule.session_dialog import SessionDialog
from desktop.ui.schedule.style import shown_date
from desktop.ui.schedule.unscheduled import UnscheduledPanel
from desktop.ui.settings import Settings

if TYPE_CHECKING:
    from desktop.core.schedule.interchange.importing import ImportReport
    from desktop.core.schedule.interchange.transfer import ExportResult

SNAP_SETTING = "schedule/snap_minutes"
LEFT_W = 210  # the unscheduled list and the track legend


class ScheduleScreen(QWidget):
    """Plan sessions on a days-by-rooms grid, with undo, live conflicts and releases."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.controller = ScheduleController(ctx, self)
        self.day: dt.date | None = None
        self._days: list[dt.date] = []

        self.view = TimetableView()
        self.view.lookup = lambda sid: self.controller.sessions.get(sid)
        self.unscheduled = UnscheduledPanel()
        self.conflicts = ConflictsPanel()
        self.status = QLabel()
        self.preview: QDialog | None = None  # the import's preview while it is open
        self.status.setStyleSheet("color: palette(placeholder-text); padding: 2px 6px;")
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("padding: 6px;")
        self.day_tabs = QTabBar()
        self.day_tabs.setDocumentMode(True)
        self.day_tabs.setExpanding(False)
        self.snap = QComboBox()
        for m in SNAP_CHOICES:
            self.snap.addItem(self.tr("Snap {minutes} min").format(minutes=m), m)
        saved = Settings().get(SNAP_SETTING, 15)
        self.snap.setCurrentIndex(SNAP_CHOICES.index(saved) if saved in SNAP_CHOICES else 1)
        self.view.timetable.snap = int(self.snap.currentData())
        self.snap.setToolTip(self.tr("Grid step for moving and resizing sessions"))

        self._build_toolbar()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        left_lay.addWidget(self.unscheduled, 1)
        left_lay.addWidget(self.legend)
        splitter.addWidget(left)
        splitter.addWidget(self.view)
        splitter.addWidget(self.conflicts)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 0)
        splitter.setSizes([LEFT_W, 900, COMPACT_W])
        self.splitter = splitter
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.toolbar)
        lay.addWidget(self.day_tabs)  # own row: every day stays readable next to the tools
        lay.addWidget(splitter, 1)
        lay.addWidget(self.status)

        scene = self.view.timetable
        scene.unscheduled_zone = self.unscheduled.contains_global
        scene.move_requested.connect(self.request_move)
        scene.unschedule_requested.connect(self.unschedule)
        scene.edit_requested.connect(self.edit_session)
        self.view.schedule_first_free.connect(self._schedule_selected_unscheduled)
        self.unscheduled.schedule_requested.connect(self.schedule_first_free)
        self.unscheduled.edit_requested.connect(self.edit_session)
        self.conflicts.session_activated.connect(self.show_session)
        self.conflicts.changeover_changed.connect(self.controller.set_changeover)
        self.day_tabs.currentChanged.connect(self._day_tab_changed)
        self.snap.currentIndexChanged.connect(self._snap_changed)
        self.controller.changed.connect(self.refresh_views)
        self.controller.focus_session.connect(self.show_session)
        self.controller.message.connect(self.status.setText)
        self._loaded = False

    # -- construction --------------------------------------------------------------------

    def _action(
        self, text: str, slot: object, shortcuts: list[QKeySequence] | None = None, tip: str = ""
    ) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcuts:
            action.setShortcuts(shortcuts)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if tip or shortcuts:
            keys = ", ".join(
                s.toString(QKeySequence.SequenceFormat.NativeText) for s in shortcuts or []
            )
            action.setToolTip(f"{tip or text} ({keys})" if keys else tip)
        self.addAction(action)
        return action

    def _build_toolbar(self) -> None:
        stack = self.controller.undo_stack
        # Own actions rather than QUndoStack.createUndoAction: the button keeps a short label
        # and the step ("Undo Move “…”") goes to the tooltip.
        self.undo_action = self._action(self.tr("Undo"), stack.undo, undo_keys())
        self.redo_action = self._action(self.tr("Redo"), stack.redo, redo_keys())
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        # indexChanged (an int) rather than canUndoChanged(bool): PySide6 6.12.0 on Python
        # 3.11 loses a reference to True/False with every bool signal it delivers.
        stack.indexChanged.connect(self._undo_state)
        stack.undoTextChanged.connect(self._undo_tip)
        stack.redoTextChanged.connect(self._redo_tip)
        self.zoom_in_action = self._action(
            self.tr("Zoom in"), self.view.zoom_in, [QKeySequence("Ctrl+="), QKeySequence("Ctrl++")]
        )
        self.zoom_out_action = self._action(
            self.tr("Zoom out"), self.view.zoom_out, [QKeySequence("Ctrl+-")]
        )
        self.fit_action = self._action(
            self.tr("Fit day"), self.view.zoom_to_fit, [QKeySequence("Ctrl+0")]
        )
        self._action(self.tr("Next day"), lambda: self._step_day(1), [QKeySequence("Ctrl+PgDown")])
        self._action(
            self.tr("Previous day"), lambda: self._step_day(-1), [QKeySequence("Ctrl+PgUp")]
        )
        self.new_action = self._action(
            self.tr("New session…"),
            self.new_session,
            [QKeySequence("Ctrl+Shift+N")],  # (Ctrl+N is the window's New event)
            self.tr("Add a session"),
        )
        self.rooms_action = self._action(
            self.tr("Rooms…"), self.edit_rooms, tip=self.tr("Rooms and capacities")
        )
        self.tracks_action = self._action(
            self.tr("Tracks…"), self.edit_tracks, tip=self.tr("Tracks and colours")
        )
        self.speakers_action = self._action(
            self.tr("Speakers…"), self.edit_speakers, tip=self.tr("Speakers")
        )
        self.releases_action = self._action(
            self.tr("Releases…"),
            self.show_releases,
            tip=self.tr("Publish a version, see what changed"),
        )
        self.import_action = self._action(
            self.tr("Import…"),
            self.import_schedule,
            tip=self.tr(
                "Import a schedule file (frab XML, pretalx or schedule2 JSON, a calendar): "
                "see what changes first"
            ),
        )
        self.export_action = self._action(
            self.tr("Export…"),
            self.export_schedule,
            tip=self.tr(
                "Write the schedule as frab XML, schedule JSON or iCalendar, or the speakers "
                "list as CSV or vCard"
            ),
        )
        tb = QToolBar(self.tr("Schedule"))
        tb.setMovable(False)
        tb.addAction(self.undo_action)
        tb.addAction(self.redo_action)
        tb.addSeparator()
        tb.addWidget(self.snap)
        tb.addAction(self.zoom_out_action)
        tb.addAction(self.zoom_in_action)
        tb.addAction(self.fit_action)
        tb.addSeparator()
        for a in (
            self.new_action,
            self.rooms_action,
            self.tracks_action,
            self.speakers_action,
            self.releases_action,
            self.import_action,
            self.export_action,
        ):
            tb.addAction(a)
        self.toolbar = tb

    def _undo_tip(self, step: str) -> None:
        self.undo_action.setToolTip(
            self.tr("Undo {step} (Ctrl+Z)").format(step=step) if step else self.tr("Undo (Ctrl+Z)")
        )

    def _redo_tip(self, step: str) -> None:
        self.redo_action.setToolTip(
            self.tr("Redo {step} (Ctrl+Shift+Z, Ctrl+Y)").format(step=step)
            if step
            else self.tr("Redo (Ctrl+Shift+Z, Ctrl+Y)")
        )

    def _undo_state(self, _index: int = 0) -> None:
        stack = self.controller.undo_stack
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())

    # -- loading and showing -------------------------------------------------------------

    def on_shown(self) -> None:
        self.controller.reload()

    def refresh(self) -> None:
        self.controller.reload()

    def refresh_views(self) -> None:
        """Redraw everything from the controller's fresh snapshot."""
        data = self.controller.data
        if data is None:
            return
        days = list(data.days)
        if not days:  # an event without dates and nothing scheduled yet: plan from today
            days = [dt.datetime.now(zoneinfo.ZoneInfo(data.timezone)).date()]
        if self.day not in days:
            self.day = days[0] if days else None
        self.day_tabs.blockSignals(True)
        if days != self._days:
            self._days = days
            while self.day_tabs.count():
                self.day_tabs.removeTab(0)
            for _d in days:
                self.day_tabs.addTab("")
        day_format = self.tr("ddd dd MMM")  # a QLocale date format
        for i, d in enumerate(days):
            n = len(self.controller.scheduled(d))
            self.day_tabs.setTabText(i, f"{shown_date(d, day_format)} ({n})")
        self.day_tabs.blockSignals(False)
        self.legend.setVisible(bool(data.tracks))
        heading = self.tr("Tracks")
        self.legend.setText(
            f"<b>{heading}</b><br>"
            + "<br>".join(
                f"<span style='color:{t.color}'>■</span> {html.escape(t.name)}" for t in data.tracks
            )
        )
        if self.day is not None:
            self.day_tabs.setCurrentIndex(days.index(self.day))
        self.unscheduled.set_sessions(self.controller.unscheduled())
        was_compact = self.conflicts.compact
        self.conflicts.set_conflicts(self.controller.conflicts)
        if self.conflicts.compact != was_compact or not self._loaded:
            self._size_conflicts_panel()
        self._show_day()
        if not self._loaded:
            self._loaded = True
            self._scroll_to_top()

    def _size_conflicts_panel(self) -> None:
        """Narrow while there are no conflicts, wide enough to read them otherwise."""
        sizes = self.splitter.sizes()
        if sizes[2] == 0:  # the user collapsed it: leave it so
            return
        want = COMPACT_W if self.conflicts.compact else FULL_W
        total = sum(sizes)
        self.splitter.setSizes([sizes[0], max(0, total - sizes[0] - want), want])

    def _show_day(self) -> None:
        data = self.controller.data
        if data is None or self.day is None:
            return
        tz = zoneinfo.ZoneInfo(data.timezone)
        sessions = self.controller.scheduled(self.day)
        start, end = day_bounds(self.day, tz, sessions)
        layout = DayLayout(data.rooms, start, end, self.view.zoom, self.view.viewport().width())
        self.view.timetable.show_day(layout, sessions, self.controller.conflicts_by_session)
        self.view.refresh_margins()

    def _snap_changed(self, _index: int) -> None:
        minutes = int(self.snap.currentData())
        self.view.timetable.snap = minutes
        Settings().set(SNAP_SETTING, minutes)

    def open_item(self, session_id: int) -> None:
        """`show_screen("schedule", id)`: jump to that session."""
        if self.controller.data is None:
            self.controller.reload()
        self.show_session(session_id)

    def _day_tab_changed(self, index: int) -> None:
        if 0 <= index < len(self._days) and self._days[index] != self.day:
            self.day = self._days[index]
            self._show_day()
            self._scroll_to_top()

    def _scroll_to_top(self) -> None:
        """Start of the day, first room (the left edge: no room hidden under the ruler)."""
        for bar in (self.view.verticalScrollBar(), self.view.horizontalScrollBar()):
            bar.setValue(bar.minimum())

    def _step_day(self, step: int) -> None:
        if self._days:
            self.day_tabs.setCurrentIndex((self.day_tabs.currentIndex() + step) % len(self._days))

    def show_session(self, session_id: int) -> None:
        """Switch to the session's day and select it (or select it in the unscheduled list)."""
        sd = self.controller.sessions.get(session_id)
        if sd is None:
            return
        if sd.start is None:
            self.unscheduled.select(session_id)
            return
        day = self.controller.data.day_of(sd) if self.controller.data else sd.start.date()
        if day != self.day and day in self._days:
            self.day_tabs.setCurrentIndex(self._days.index(day))
        self.view.show_session(session_id)
        self.view.setFocus()

    # -- edits ---------------------------------------------------------------------------

    def request_move(self, session_id: int, room_id: object, start: object, minutes: int) -> None:
        """Schedule, move or resize a session (one undoable step)."""
        self.unscheduled.set_drop_highlight(False)
        sd = self.controller.sessions.get(session_id)
        if sd is None:
            return
        new = Placement(room_id if isinstance(room_id, int) else None, start, int(minutes))  # type: ignore[arg-type]
        if new == Placement.of(sd):
            self._show_day()
            return
        self.controller.execute(MoveSessionCommand(self.controller, sd, new))

    def unschedule(self, session_id: int) -> None:
        self.unscheduled.set_drop_highlight(False)
        sd = self.controller.sessions.get(session_id)
        if sd is None or sd.start is None:
            return
        self.controller.execute(
            MoveSessionCommand(self.controller, sd, Placement(None, None, sd.duration_min))
        )

    def _schedule_selected_unscheduled(self) -> None:
        sid = self.unscheduled.selected_id()
        if sid is None:
            self.status.setText(
                self.tr("Select a session in the unscheduled list first, then press U.")
            )
            return
        self.schedule_first_free(sid)

    def schedule_first_free(self, session_id: int) -> None:
        """Place an unscheduled session at the earliest free slot of the shown day."""
        sd = self.controller.sessions.get(session_id)
        lay = self.view.timetable.layout
        if sd is None or lay is None or self.controller.data is None:
            return
        slot = first_free_slot(
            self.controller.data.rooms,
            self.controller.scheduled(self.day),
            lay.day_start,
            lay.day_end,
            sd.duration_min,
            self.view.timetable.snap,
            plenary=sd.plenary,
        )
        if slot is None:
            day = shown_date(self.day, self.tr("ddd dd MMM")) if self.day else ""
            self.status.setText(
                self.tr("No free slot of {minutes} minutes on {day}.").format(
                    minutes=sd.duration_min, day=day
                )
            )
            return
        room_id, start = slot
        self.request_move(session_id, room_id, start, sd.duration_min)

    def edit_session(self, session_id: int) -> None:
        """Open the session form; OK writes the changes as one undoable step."""
        sd = self.controller.sessions.get(session_id)
        data = self.controller.data
        if sd is None or data is None:
            return
        dialog = SessionDialog(data, sd, self)
        if _run(dialog):
            self.apply_session_dialog(dialog)
        dialog.deleteLater()

    def apply_session_dialog(self, dialog: SessionDialog) -> bool:
        """Write what an accepted session form changed (a new session, or edits)."""
        sd = dialog.sd
        old_fields, new_fields = dialog.field_changes()
        new_speakers = dialog.speakers()
        if sd is None:
            return self.controller.execute(
                create_session_command(self.controller, new_fields, new_speakers)
            )
        old_speakers = [(p.id, p.role) for p in sd.speakers]
        speakers_changed = new_speakers != old_speakers
        if not new_fields and not speakers_changed:
            return False
        return self.controller.execute(
            EditSessionCommand(
                self.controller,
                sd,
                old_fields,
                new_fields,
                old_speakers if speakers_changed else None,
                new_speakers if speakers_changed else None,
            )
        )

    def new_session(self) -> None:
        if self.controller.data is None:
            return
        dialog = SessionDialog(self.controller.data, None, self)
        if _run(dialog):
            self.apply_session_dialog(dialog)
        dialog.deleteLater()

    def edit_rooms(self) -> None:
        from desktop.ui.schedule.rooms_dialog import RoomsDialog

        _run(RoomsDialog(self.controller, self), delete=True)

    def edit_tracks(self) -> None:
        from desktop.ui.schedule.tracks_dialog import TracksDialog

        _run(TracksDialog(self.controller, self), delete=True)

    def edit_speakers(self) -> None:
        from desktop.ui.schedule.speakers_dialog import SpeakersDialog

        _run(SpeakersDialog(self.controller, self), delete=True)

    def show_releases(self) -> None:
        from desktop.ui.schedule.releases_dialog import ReleasesDialog

        _run(ReleasesDialog(self.controller, self), delete=True)

    # -- schedule files ------------------------------------------------------------------

    def import_schedule(self, path: str = "") -> None:
        """Ask for a schedule file (unless given), show what importing it would do, and
        import it when accepted (desktop.ui.schedule.transfer)."""
        from desktop.ui import file_dialogs
        from desktop.ui.schedule import transfer

        if not path:
            path = file_dialogs.open_file(
                self,
                self.tr("Import schedule"),
                str(Path.home()),
                QCoreApplication.translate("ScheduleTransfer", transfer.FILTERS),
            )
        if not path:
            return
        self.status.setText(self.tr("Reading {file}…").format(file=Path(path).name))
        self.ctx.jobs.start(
            self,
            "schedule-file",
            functools.partial(transfer.preview_job, path),
            lambda report: self._previewed(path, report),
            self._file_failed,
            write=True,  # the preview runs the import and rolls it back
        )

    def _previewed(self, path: str, report: ImportReport) -> None:
        from desktop.ui.schedule.transfer import ImportPreview, import_job

        dialog = self.preview = ImportPreview(report, self)

        def accepted() -> None:
            job = functools.partial(import_job, path, dialog.take_file.isChecked())
            self.status.setText(self.tr("Importing {file}…").format(file=Path(path).name))
            self.ctx.jobs.start(
                self, "schedule-file", job, self._imported, self._file_failed, write=True
            )

        dialog.accepted.connect(accepted)
        dialog.rejected.connect(
            lambda: self.status.setText(self.tr("Import cancelled: nothing was changed"))
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _imported(self, report: ImportReport) -> None:
        self.preview = None
        self.controller.reload()
        self.ctx.signals.notify(Change.SCHEDULE, initiator=self)
        self.status.setText(
            self.tr(
                "Imported {file}: {new} new, {updated} changed, {withdrawn} withdrawn, "
                "{conflicts} in conflict"
            ).format(
                file=report.file,
                new=report.sessions_created,
                updated=report.sessions_updated,
                withdrawn=report.sessions_withdrawn,
                conflicts=report.conflicts,
            )
        )

    def export_schedule(self, path: str = "") -> None:
        """Ask where to write the schedule (unless given) and write it in the background."""
        from desktop.ui import file_dialogs
        from desktop.ui.schedule import transfer

        chosen = ""
        if not path:
            path, chosen = file_dialogs.save_file_as(
                self,
                self.tr("Export schedule"),
                str(Path.home() / "schedule.xml"),
                ";;".join(transfer.export_filters()),
            )
        if not path:
            return
        path, fmt = transfer.saved_path(path, chosen)
        self.ctx.jobs.start(
            self,
            "schedule-file",
            functools.partial(transfer.export_job, path, fmt),
            self._exported,
            self._file_failed,
        )

    def _exported(self, result: ExportResult) -> None:
        from desktop.ui.errors import said

        if result.speakers:
            wrote = self.tr("Wrote {count} speakers to {file}").format(
                count=result.speakers, file=result.path
            )
        else:
            wrote = self.tr("Wrote {count} sessions to {file}").format(
                count=result.sessions, file=result.path
            )
        self.status.setText("\n".join([wrote, *(said(x) for x in result.not_kept)]))

    def _file_failed(self, exc: Exception) -> None:
        from desktop.ui.errors import user_message

        self.preview = None
        self.status.setText(user_message(exc))

    def global_point_of_unscheduled(self) -> QPoint:
        """Screen position of the unscheduled list's centre (tests drop blocks there)."""
        lst = self.unscheduled.list
        return lst.mapToGlobal(lst.rect().center())


def _run(dialog: QDialog, delete: bool = False) -> bool:
    """Show a dialog modally; True when accepted. Deleted afterwards when `delete` (callers
    that still read the dialog delete it themselves), so no dialog lingers as a child."""
    accepted = bool(dialog.exec())
    if delete:
        dialog.deleteLater()
    return accepted
