"""What every screen gets: the store, the worker, this desk, settings and the signal bus."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from db.engine import Store
from desktop.ui.changes import Change, Changes
from desktop.ui.jobs import JobRunner
from desktop.ui.worker import DbWorker

if TYPE_CHECKING:  # printing loads reportlab: after the first frame (desktop.ui.printing)
    from desktop.ui.printing import BadgePrinter


class AppSignals(QObject):
    """Application-wide notifications between screens."""

    # What changed and who changed it: a `Changes`, sent by `notify`.
    changed = Signal(Changes)
    # Ask the badge printing code to print one attendee's badge: (attendee_id, kind) where
    # kind is "desk" (on check-in / walk-in) or "reprint".
    print_badge_requested = Signal(int, str)
    # Ask the main window to show a screen by key ("desk", "attendees", ...), with an
    # optional attendee or session id to open there (0 = none).
    show_screen = Signal(str, int)
    # The desk was renamed in Settings (the new name, already in ctx.desk): headers, counters
    # and the recent list follow it at once.
    desk_renamed = Signal(str)

    def notify(self, *kinds: Change, initiator: object | None = None) -> None:
        """Tell every screen what changed; `initiator` (the screen or controller that made
        the change) sees its own notification and can skip the refresh it has done."""
        self.changed.emit(Changes(frozenset(kinds), initiator))


@dataclass
class AppContext:
    store: Store
    worker: DbWorker
    event_id: int
    desk: str = "Desk 1"
    operator: str = ""
    signals: AppSignals = field(default_factory=AppSignals)
    # Desk badge printing, once `desktop.ui.printing.install` has run (None until then, and
    # in a context without a window).
    badge_printer: BadgePrinter | None = None

    def __post_init__(self) -> None:
        self.worker.actor = lambda: (self.desk, self.operator)

    @property
    def jobs(self) -> JobRunner:
        """Long jobs (batches, PDFs, checks, exports, refreshes), never on the desk's lane."""
        return self.worker.jobs
