"""The desk's link to its event, shown: a banner while scans wait in the desk journal or the
server is away, the journal sent by itself, the mirror kept current.

- After a scan kept in the journal (the event busy with an import, or its server away) the
  banner says so and the journal is sent every second until it is empty.
- On PostgreSQL the mirror is refreshed every few seconds (on the long-job runner, never on the
  desk's lane), so someone registered just before an outage is known; a refresh that finds
  the server away turns the banner amber: "Offline since 09:12 - 37 check-ins waiting to be
  sent". When the server answers again the journal goes out and the banner says what was sent,
  and names any double admission found.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from db.errors import is_connection_lost
from desktop.core.desk_journal import DeskScan, ReplayReport
from desktop.ui.context import AppContext

SEND_MS = 1000
MIRROR_MS = 3000
AMBER_STYLE = (
    "background: #FFF3CD; color: #5C4300; border: 1px solid #E0B200; border-radius: 4px;"
    " padding: 6px 10px; font-weight: bold;"
)
INFO_STYLE = (
    "background: #E8F0FE; color: #1A3D73; border: 1px solid #8AB4F8; border-radius: 4px;"
    " padding: 6px 10px;"
)


class DeskLinkBanner(QObject):
    """Owns the banner label and the timers that send the journal and refresh the mirror."""

    changed = Signal(str)  # the banner's text ("" when hidden)

    def __init__(self, ctx: AppContext, parent: QWidget, zone: dt.tzinfo | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.zone = zone  # the event's time zone: times on the desk are event times
        self.banner = QLabel("")
        self.banner.setObjectName("deskLinkBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.offline_since: dt.datetime | None = None
        self.waiting = 0
        self._sending = False
        self.send_timer = QTimer(self)
        self.send_timer.setInterval(SEND_MS)
        self.send_timer.timeout.connect(self.send)
        self.mirror_timer = QTimer(self)
        self.mirror_timer.setInterval(MIRROR_MS)
        self.mirror_timer.timeout.connect(self.refresh_mirror)
        if self.ctx.worker.mirror(self.ctx.desk) is not None:
            self.mirror_timer.start()
            self.refresh_mirror()
        self.waiting = self.ctx.worker.journal(self.ctx.desk).count_waiting()
        if self.waiting:  # kept by an earlier session of this desk
            self.send_timer.start()
        self._show()

    # --- what happened ----------------------------------------------------------------------
    def note(self, answer: DeskScan) -> None:
        """After each scan: offline or journaled answers start the sending."""
        self.waiting = answer.waiting if answer.journaled else self.waiting
        if answer.offline and self.offline_since is None:
            self.offline_since = dt.datetime.now(self.zone)
        elif not answer.offline and not answer.journaled:
            self.offline_since = None
        if answer.journaled:
            self.send_timer.start()
        self._show()

    def send(self) -> None:
        if self._sending:
            return
        self._sending = True
        self.ctx.worker.send_journal(self.ctx.desk, self._sent)

    def _sent(self, report: ReplayReport | None) -> None:
        self._sending = False
        if report is None:  # still busy or away: try again next second
            return
        self.waiting = report.waiting
        if not self.waiting:
            self.send_timer.stop()
            self.offline_since = None
        self._show(report)
        if report.sent:
            self.ctx.signals.data_changed.emit("checkins")

    def refresh_mirror(self) -> None:
        mirror = self.ctx.worker.mirror(self.ctx.desk)
        if mirror is None:
            return
        self.ctx.jobs.start(
            self,
            "mirror",
            lambda s, _p, _c: mirror.refresh(s),
            self._refreshed,
            self._refresh_failed,
        )

    def _refreshed(self, _copied: Any) -> None:
        if self.offline_since is not None and not self.waiting:
            self.offline_since = None
            self._show()
        elif self.waiting:
            self.send()

    def _refresh_failed(self, exc: Exception) -> None:
        if is_connection_lost(exc):
            if self.offline_since is None:
                self.offline_since = dt.datetime.now(self.zone)
            self._show()

    # --- the banner -------------------------------------------------------------------------
    def _show(self, report: ReplayReport | None = None) -> None:
        n = self.waiting
        waiting = f"{n} check-in{'s' if n != 1 else ''} waiting to be sent"
        if self.offline_since is not None:
            text = f"Offline since {self.offline_since:%H:%M} - {waiting}. Scanning goes on."
            style = AMBER_STYLE
        elif n:
            text = (
                f"The event database is busy: {waiting}, as soon as it is free. Scanning goes on."
            )
            style = INFO_STYLE
        elif report is not None and report.doubles:
            names = ", ".join(d.get("name") or d["attendee_id"] for d in report.doubles[:3])
            text = f"Sent. Double admission found: {names} (see confdesk checkin --doubles)."
            style = AMBER_STYLE
        else:
            text, style = "", ""
        self.banner.setText(text)
        self.banner.setStyleSheet(style)
        self.banner.setVisible(bool(text))
        self.changed.emit(text)
