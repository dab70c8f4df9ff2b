"""The desk's link to its event, shown: a banner while scans wait in the desk journal or the
server is away, the journal sent by itself, the mirror kept current.

- After a scan kept in the journal (the event busy with an import, or its server away) the
  banner says so and the journal is sent every second until it is empty.
- On PostgreSQL the mirror is refreshed every few seconds (on the long-job runner, never on the
  desk's lane), so someone registered just before an outage is known; a refresh that finds
  the server away turns the banner amber: "Offline since 09:12 - 37 check-ins waiting to be
  sent". When the server answers again the journal goes out and the banner says what was sent,
  and names any double admission found.
- Every few seconds the desk asks (a read on its own connection) for double admissions
  reported since it last looked where this desk let one of the two in, whichever desk's
  journal found it: both desks show "Double admission: ..." in red until staff dismiss it.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget
from sqlalchemy.orm import Session

from db.errors import is_connection_lost
from desktop.core.desk_journal import (
    DeskPrintLog,
    DeskScan,
    DeskUndo,
    DoubleAdmission,
    ReplayReport,
    double_admissions,
)
from desktop.core.offline_lists import DeskListScan, DeskListUndo
from desktop.core.offline_walk_in import DeskWalkIn
from desktop.ui.changes import Change
from desktop.ui.context import AppContext
from desktop.ui.i18n import QT_TRANSLATE_NOOP

_KIND_WORDS: dict[type, str] = {
    DeskScan: "check-ins",
    DeskUndo: "undos",
    DeskPrintLog: "prints",
    DeskWalkIn: "walk-ins",
    DeskListScan: "check-ins",
    DeskListUndo: "undos",
}
# What the banner says of each kind (marked here, translated where shown).
KIND_LABELS = {
    "check-ins": QT_TRANSLATE_NOOP("DeskLinkBanner", "check-ins"),
    "walk-ins": QT_TRANSLATE_NOOP("DeskLinkBanner", "walk-ins"),
    "undos": QT_TRANSLATE_NOOP("DeskLinkBanner", "undos"),
    "prints": QT_TRANSLATE_NOOP("DeskLinkBanner", "prints"),
}
SEND_MS = 1000
MIRROR_MS = 3000
DOUBLES_MS = 5000
RED_STYLE = (
    "background: #FDECEA; color: #7A1C14; border: 1px solid #E5A39D; border-radius: 4px;"
    " padding: 6px 10px;"
)
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
    # [(provisional id, the server's id)] of walk-ins registered offline, once sent.
    walk_ins_sent = Signal(list)

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
        # What waits in the journal besides check-ins (undos, prints): the banner's words.
        self.kinds_waiting: set[str] = set()
        self._sending = False
        self.send_timer = QTimer(self)
        self.send_timer.setInterval(SEND_MS)
        self.send_timer.timeout.connect(self.send)
        self.mirror_timer = QTimer(self)
        self.mirror_timer.setInterval(MIRROR_MS)
        self.mirror_timer.timeout.connect(self.refresh_mirror)
        self.doubles_label = QLabel("")
        self.doubles_label.setObjectName("deskDoubles")
        self.doubles_label.setWordWrap(True)
        self.doubles_label.setStyleSheet(RED_STYLE)
        self.doubles_label.hide()
        self.doubles_label.linkActivated.connect(lambda _link: self.dismiss_doubles())
        self.doubles: list[DoubleAdmission] = []  # shown, not yet dismissed
        self._doubles_after = 0  # the newest audit entry already looked at
        self.doubles_timer = QTimer(self)
        self.doubles_timer.setInterval(DOUBLES_MS)
        self.doubles_timer.timeout.connect(self.look_for_doubles)
        self.doubles_timer.start()
        self.look_for_doubles()
        if self.ctx.worker.mirror(self.ctx.desk) is not None:
            self.mirror_timer.start()
            self.refresh_mirror()
        self.waiting = self.ctx.worker.journal(self.ctx.desk).count_waiting()
        if self.waiting:  # kept by an earlier session of this desk
            self.send_timer.start()
        self._show()

    # --- what happened ----------------------------------------------------------------------
    def note(
        self, answer: DeskScan | DeskUndo | DeskPrintLog | DeskWalkIn | DeskListScan | DeskListUndo
    ) -> None:
        """After each scan, undo or print log: offline or journaled answers start the sending."""
        self.waiting = answer.waiting if answer.journaled else self.waiting
        if answer.journaled:
            self.kinds_waiting.add(_KIND_WORDS.get(type(answer), "check-ins"))
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
        self.ctx.worker.send_journal(self.ctx.desk, self._sent, self._send_failed)

    def _send_failed(self, exc: Exception) -> None:
        """An entry the event refused: kept, tried again at the next tick, and said."""
        from desktop.ui.errors import user_message

        self._sending = False
        self.banner.setText(
            self.tr(
                "Could not send what waits at this desk: {error} Nothing is lost; trying again."
            ).format(error=user_message(exc))
        )
        self.banner.setStyleSheet(RED_STYLE)
        self.banner.show()

    def _sent(self, report: ReplayReport | None) -> None:
        self._sending = False
        if report is None:  # still busy or away: try again next second
            return
        self.waiting = report.waiting
        if not self.waiting:
            self.kinds_waiting.clear()
            self.send_timer.stop()
            self.offline_since = None
        self._show(report)
        if report.walk_ins:
            self.walk_ins_sent.emit(list(report.walk_ins))
        if report.sent:
            self.ctx.signals.notify(Change.CHECKINS, initiator=self)

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
        mirror = self.ctx.worker.mirror(self.ctx.desk)
        if mirror is not None:
            mirror.mark_reachable()
        if self.offline_since is not None and not self.waiting:
            self.offline_since = None
            self._show()
        elif self.waiting:
            self.send()

    def _refresh_failed(self, exc: Exception) -> None:
        if is_connection_lost(exc):
            mirror = self.ctx.worker.mirror(self.ctx.desk)
            if mirror is not None:  # the desk's reads stay on the mirror meanwhile
                mirror.mark_unreachable()
            if self.offline_since is None:
                self.offline_since = dt.datetime.now(self.zone)
            self._show()

    # --- double admissions -----------------------------------------------------------------
    def look_for_doubles(self) -> None:
        """Ask for new double admissions involving this desk (a read, never the desk's lane)."""
        event_id, desk, after = self.ctx.event_id, self.ctx.desk, self._doubles_after

        # A closure, so the runner keeps it on its threads: one indexed read is no reason to
        # start the worker processes at the desk.
        def job(s: Session, _p: Any, _c: Any) -> list[DoubleAdmission]:
            return double_admissions(s, event_id, after, desk)

        self.ctx.jobs.start(self, "doubles", job, self._found_doubles, lambda _exc: None)

    def _found_doubles(self, found: list[DoubleAdmission]) -> None:
        if not found:
            return
        self._doubles_after = max(self._doubles_after, *(d.id for d in found))
        known = {d.id for d in self.doubles}
        self.doubles += [d for d in found if d.id not in known]
        self._show_doubles()

    def dismiss_doubles(self) -> None:
        self.doubles = []
        self._show_doubles()

    def _at(self, desk: str, when: dt.datetime | None) -> str:
        desk = desk or self.tr("another desk")
        if when is None:
            return desk
        local = when.replace(tzinfo=dt.UTC).astimezone(self.zone) if self.zone else when
        return self.tr("{desk} at {time}").format(desk=desk, time=f"{local:%H:%M}")

    def _show_doubles(self) -> None:
        said = self.tr(
            "<b>Double admission:</b> {name} was let in at {first} and again at {second}{on} "
            "while desks were offline."
        )
        lines = [
            said.format(
                name=escape(d.name or self.tr("someone")),
                first=escape(self._at(d.first_desk, d.first_at)),
                second=escape(self._at(d.second_desk, d.second_at)),
                on=escape(self.tr(" on {list}").format(list=d.list_name)) if d.list_name else "",
            )
            for d in self.doubles[-3:]
        ]
        if len(self.doubles) > 3:
            more = self.tr("and {count} more (confdesk checkin --doubles)")
            lines.append(more.format(count=len(self.doubles) - 3))
        text = "<br>".join(lines)
        if text:
            text += ' &nbsp; <a href="dismiss">OK</a>'
        self.doubles_label.setText(text)
        self.doubles_label.setVisible(bool(lines))

    # --- the banner -------------------------------------------------------------------------
    def _show(self, report: ReplayReport | None = None) -> None:
        n = self.waiting
        kinds = [k for k in ("check-ins", "walk-ins", "undos", "prints") if k in self.kinds_waiting]
        if kinds and kinds != ["check-ins"]:
            words = [self.tr(KIND_LABELS[k]) for k in kinds]
            listed = (
                self.tr("{items} and {last}").format(
                    items=self.tr(", ").join(words[:-1]), last=words[-1]
                )
                if len(words) > 1
                else words[0]
            )
            waiting = self.tr("{count} waiting to be sent ({kinds})").format(count=n, kinds=listed)
        elif n == 1:
            waiting = self.tr("{count} check-in waiting to be sent").format(count=n)
        else:
            waiting = self.tr("{count} check-ins waiting to be sent").format(count=n)
        if self.offline_since is not None:
            text = self.tr("Offline since {time} - {waiting}. Scanning goes on.").format(
                time=f"{self.offline_since:%H:%M}", waiting=waiting
            )
            style = AMBER_STYLE
        elif n:
            text = self.tr(
                "The event database is busy: {waiting}, as soon as it is free. Scanning goes on."
            ).format(waiting=waiting)
            style = INFO_STYLE
        elif report is not None and report.doubles:
            names = self.tr(", ").join(
                str(d.get("name") or d["attendee_id"]) for d in report.doubles[:3]
            )
            text = self.tr(
                "Sent. Double admission found: {names} (see confdesk checkin --doubles)."
            ).format(names=names)
            style = AMBER_STYLE
        elif report is not None and report.duplicates:
            d = report.duplicates[0]
            like = d["like"][0]
            others = len(report.duplicates) - 1
            more = self.tr(" (and {count} more)").format(count=others) if others else ""
            text = self.tr(
                "Sent. The walk-in {name} (#{number}) registered offline looks like {like} "
                "(#{like_number}){more}: merge them on the Attendees screen if it is the same "
                "person."
            ).format(
                name=d["name"],
                number=d["attendee_id"],
                like=like["name"],
                like_number=like["attendee_id"],
                more=more,
            )
            style = AMBER_STYLE
        else:
            text, style = "", ""
        self.banner.setText(text)
        self.banner.setStyleSheet(style)
        self.banner.setVisible(bool(text))
        self.changed.emit(text)
