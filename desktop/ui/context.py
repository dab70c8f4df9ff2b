"""What every screen gets: the store, the worker, this desk, settings and the signal bus."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from db.engine import Store
from desktop.ui.jobs import JobRunner
from desktop.ui.worker import DbWorker


class AppSignals(QObject):
    """Application-wide notifications between screens."""

    # What changed: "attendees", "checkins", "prints", "schedule", "templates", "event".
    data_changed = Signal(str)
    # Ask the badge printing code to print one attendee's badge: (attendee_id, kind) where
    # kind is "desk" (on check-in / walk-in) or "reprint".
    print_badge_requested = Signal(int, str)
    # Ask the main window to show a screen by key ("desk", "attendees", ...), with an
    # optional attendee or session id to open there (0 = none).
    show_screen = Signal(str, int)
    # The desk was renamed in Settings (the new name, already in ctx.desk): headers, counters
    # and the recent list follow it at once.
    desk_renamed = Signal(str)


@dataclass
class AppContext:
    store: Store
    worker: DbWorker
    event_id: int
    desk: str = "Desk 1"
    operator: str = ""
    signals: AppSignals = field(default_factory=AppSignals)

    @property
    def jobs(self) -> JobRunner:
        """Long jobs (batches, PDFs, checks, exports, refreshes), never on the desk's lane."""
        return self.worker.jobs
