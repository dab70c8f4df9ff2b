"""The Dashboard screen: live numbers for the organizers during the morning rush.

Big tiles (registered, checked in, no-shows, badges printed), check-ins by category, arrivals
per 15 minutes as a bar chart painted with QPainter (no QtCharts: it would add 150 MB), the
throughput of each desk and the next sessions with their room's capacity. The numbers come
from `desktop.core.dashboard.dashboard_stats` on the database worker every few seconds, so
every desk's work shows, whichever laptop it was done on.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.base.errors import UserError
from desktop.base.progress import CancelFlag, ProgressFn
from desktop.core.checkin_lists import PICKUP
from desktop.core.dashboard import (
    BUCKET_MIN,
    ArrivalBucket,
    DashboardStats,
    DoubleAdmissionRow,
    dashboard_stats,
    to_csv,
)
from desktop.ui import file_dialogs
from desktop.ui.changes import Change, Changes
from desktop.ui.context import AppContext
from desktop.ui.desk.style import category_label
from desktop.ui.errors import report_error, user_message
from desktop.ui.list_names import list_label
from desktop.ui.tables import fill_rows, read_only_table
from desktop.ui.theme import theme

REFRESH_MS = 5000


def tile_style() -> str:
    t = theme()
    return (
        f"QFrame#tile {{ background: {t.surface}; border: 1px solid {t.border};"
        " border-radius: 8px; }"
        f" QLabel#tileValue {{ color: {t.text}; }} QLabel#tileCaption {{ color: {t.muted}; }}"
    )


BAR = QColor("#2F6FB0")
BAR_NOW = QColor("#E07B24")  # the quarter hour we are in
QUARTER = dt.timedelta(minutes=BUCKET_MIN)


class Tile(QFrame):
    """A big number with its caption and a small note under it."""

    def __init__(self, key: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.value = QLabel("–")
        self.value.setObjectName("tileValue")
        self.value.setAccessibleName(caption)
        f = self.value.font()
        f.setPointSizeF(max(f.pointSizeF(), 9) * 2.8)
        f.setBold(True)
        self.value.setFont(f)
        self.caption = QLabel(caption)
        self.caption.setObjectName("tileCaption")
        self.note = QLabel("")
        self.note.setObjectName("tileCaption")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 10, 16, 10)
        lay.addWidget(self.caption)
        lay.addWidget(self.value)
        lay.addWidget(self.note)
        self.key = key

    def set(self, value: str, note: str = "") -> None:
        self.value.setText(value)
        self.note.setText(note)


class ArrivalsChart(QWidget):
    """Check-ins per quarter hour as bars, the current quarter in orange."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buckets: list[ArrivalBucket] = []
        self.now: dt.datetime | None = None
        self.title = self.tr("Arrivals per {minutes} minutes").format(minutes=BUCKET_MIN)
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_buckets(
        self, buckets: list[ArrivalBucket], title: str, now: dt.datetime | None = None
    ) -> None:
        self.buckets = buckets
        self.now = now
        self.title = title
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = self.rect().adjusted(8, 8, -8, -8)
        t = theme()
        p.fillRect(self.rect(), QColor(t.canvas))
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        fm = p.fontMetrics()
        p.setPen(QColor(t.text))
        p.drawText(r.left(), r.top() + fm.ascent(), self.title)
        p.setFont(self.font())
        fm = p.fontMetrics()
        if not self.buckets:
            p.setPen(QColor(t.muted))
            p.drawText(r, Qt.AlignmentFlag.AlignCenter, self.tr("No check-ins yet"))
            return
        top = r.top() + fm.height() + 10
        axis_w = fm.height() + 4  # the rotated y-axis caption
        left = r.left() + axis_w + fm.horizontalAdvance("00000") + 6
        bottom = r.bottom() - fm.height() - 6
        width = r.right() - left
        height = max(10, bottom - top)
        # Scale against a round maximum (0, step, 2 step, ...) with headroom for the labels,
        # so one check-in is a short bar on a 0-5 axis, not the whole chart.
        most = max(b.count for b in self.buckets)
        step = _nice_step(max(most, 4) / 4)
        ymax = step * max(4, math.ceil(most * 1.1 / step))
        p.save()
        p.setPen(QColor(t.muted))
        p.translate(r.left() + fm.ascent(), top + height / 2)
        p.rotate(-90)
        caption = self.tr("check-ins per {minutes} min").format(minutes=BUCKET_MIN)
        p.drawText(int(-fm.horizontalAdvance(caption) / 2), 0, caption)
        p.restore()
        v = 0
        while v <= ymax:
            y = bottom - height * v / ymax
            p.setPen(QPen(QColor(t.line if v == 0 else t.line_soft), 1))
            p.drawLine(int(left), int(y), int(r.right()), int(y))
            p.setPen(QColor(t.muted))
            p.drawText(
                QRectF(
                    r.left() + axis_w,
                    y - fm.height() / 2,
                    left - r.left() - axis_w - 6,
                    fm.height(),
                ),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(v),
            )
            v += step
        n = len(self.buckets)
        slot = width / n
        bar_w = max(2.0, slot * 0.75)
        # Hour labels on the hour ticks; every 2nd, 3rd... hour when the quarters are narrow.
        hour_every = 1
        while hour_every * 4 * slot < fm.horizontalAdvance("00:00") + 8 and hour_every < 12:
            hour_every += 1
        for i, b in enumerate(self.buckets):
            h = height * b.count / ymax
            x = left + i * slot + (slot - bar_w) / 2
            current = b.start <= self.now < b.start + QUARTER if self.now else False
            p.fillRect(QRectF(x, bottom - h, bar_w, h), BAR_NOW if current else BAR)
            if b.count and slot > fm.horizontalAdvance(str(b.count)) + 2:
                p.setPen(QColor(t.text))
                p.drawText(
                    QRectF(x - 10, bottom - h - fm.height(), bar_w + 20, fm.height()),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                    str(b.count),
                )
            if b.start.minute == 0 and b.start.hour % hour_every == 0:
                tx = left + i * slot
                p.setPen(QPen(QColor(t.line), 1))
                p.drawLine(int(tx), int(bottom), int(tx), int(bottom + 3))
                p.setPen(QColor(t.muted))
                p.drawText(
                    QRectF(tx - 30, bottom + 3, 60, fm.height()),
                    Qt.AlignmentFlag.AlignHCenter,
                    b.start.strftime("%H:%M"),
                )
        end = self.buckets[-1].start + QUARTER
        if end.minute == 0 and end.hour % hour_every == 0:
            p.setPen(QColor(t.muted))
            p.drawText(
                QRectF(left + width - 60, bottom + 3, 60, fm.height()),
                Qt.AlignmentFlag.AlignRight,
                end.strftime("%H:%M"),
            )
        p.end()


def _nice_step(x: float) -> int:
    for s in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        if s >= x:
            return s
    return int(x)


class DashboardScreen(QWidget):
    """Registered, checked in, no-shows, badges; categories; arrivals; desks; next sessions."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stats: DashboardStats | None = None
        self._pending = False
        # The moment the numbers are for (naive UTC; None: now), as `confdesk dashboard --at`.
        self.at: dt.datetime | None = None
        self.setStyleSheet(tile_style())

        heading = QLabel(self.tr("Dashboard"))
        f = heading.font()
        f.setPointSizeF(max(f.pointSizeF(), 9) * 1.5)
        f.setBold(True)
        heading.setFont(f)
        self.as_of = QLabel("")
        self.as_of.setObjectName("asOf")
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.clicked.connect(self._export)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(12)
        top.addWidget(self.as_of, 1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.export_button)

        self.tiles = {
            "registered": Tile("registered", self.tr("Registered")),
            "checked_in": Tile("checked_in", self.tr("Checked in")),
            "no_shows": Tile("no_shows", self.tr("No-shows")),
            "today": Tile("today", self.tr("Came today")),
            "badges": Tile("badges", self.tr("Badges printed")),
        }
        self.tiles["today"].hide()  # on the event's days
        tiles = QHBoxLayout()
        for t in self.tiles.values():
            tiles.addWidget(t)
        # People admitted twice while desks were offline: rare, and staff must see it.
        self.doubles = QLabel("")
        self.doubles.setObjectName("dashboardDoubles")
        self.doubles.setWordWrap(True)
        self.doubles.setStyleSheet(DOUBLES_STYLE)
        self.doubles.hide()
        # This laptop's own link to the event: away, or with check-ins not sent yet.
        self.link_state = QLabel("")
        self.link_state.setObjectName("dashboardLink")
        self.link_state.setWordWrap(True)
        self.link_state.setStyleSheet(LINK_STYLE)
        self.link_state.hide()

        self.chart = ArrivalsChart()
        # Whose arrivals the chart shows: the badge pickup's, or a list's (a day, a door).
        self.arrivals_choice = QComboBox()
        self.arrivals_choice.setObjectName("arrivalsChoice")
        self.arrivals_choice.addItem(list_label(PICKUP), PICKUP)  # shown name, the list's name
        self.arrivals_choice.currentIndexChanged.connect(lambda _i: self._show_arrivals())
        self.arrivals_choice.hide()  # until a list admitted someone
        self.categories = read_only_table(
            [self.tr("Category"), self.tr("Registered"), self.tr("Checked in"), "%"]
        )
        self.desks = read_only_table(
            [
                self.tr("Desk"),
                self.tr("Last {minutes} min").format(minutes=BUCKET_MIN),
                self.tr("Total"),
            ]
        )
        self.lists = read_only_table(
            [self.tr("Check-in list"), self.tr("In"), self.tr("Inside"), self.tr("Seats")]
        )
        self.sessions = read_only_table(
            [
                self.tr("Time"),
                self.tr("Room"),
                self.tr("Session"),
                self.tr("Capacity"),
                self.tr("Expected"),
            ]
        )
        self.attendance = read_only_table(
            [
                self.tr("Session or door"),
                self.tr("People"),
                self.tr("Peak"),
                self.tr("Inside"),
                self.tr("Seats"),
                self.tr("No-shows"),
            ]
        )
        header = self.sessions.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        grid = QGridLayout()
        grid.addWidget(_stacked(self.arrivals_choice, self.chart), 0, 0)
        grid.addWidget(_boxed(self.tr("By category"), self.categories), 0, 1)
        self.attendance_box = _boxed(self.tr("Sessions by attendance"), self.attendance)
        self.attendance_box.hide()  # until a session or door has a list
        self.lists_box = _boxed(self.tr("Check-in lists (days, sessions, doors)"), self.lists)
        self.lists_box.hide()  # until the event has lists of its own
        next_box = _boxed(self.tr("Next sessions"), self.sessions)
        grid.addWidget(_stacked(next_box, self.attendance_box), 1, 0)
        grid.addWidget(_stacked(_boxed(self.tr("Desks"), self.desks), self.lists_box), 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(1, 2)

        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.doubles)
        lay.addWidget(self.link_state)
        lay.addLayout(tiles)
        lay.addLayout(grid, 1)

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        ctx.signals.changed.connect(self._on_data_changed)

    # --- refreshing ------------------------------------------------------------------------
    def on_shown(self) -> None:
        self.refresh()
        self.timer.start()

    def hideEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.timer.stop()  # no polling while another screen is in front
        super().hideEvent(event)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if not self.timer.isActive():
            self.timer.start()
        super().showEvent(event)

    def _on_data_changed(self, changes: Changes) -> None:
        kinds = (Change.CHECKINS, Change.PRINTS, Change.ATTENDEES, Change.SCHEDULE)
        if changes.touches(*kinds) and self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Ask the worker for fresh numbers (one request at a time)."""
        if self._pending:
            return
        self._pending = True
        # A read on its own connection: never queued behind (or ahead of) the desk's scans.
        job = functools.partial(_refresh_job, at=self.at)
        self.ctx.jobs.start(self, "refresh", job, self._show, self._failed)

    def _failed(self, exc: Exception) -> None:
        self._pending = False
        self.as_of.setText(self.tr("Could not refresh: {error}").format(error=user_message(exc)))
        self._show_link()

    def _show_link(self) -> None:
        """Whether this laptop's desk is cut off from the event's server, and what it has not
        sent yet: the numbers above do not count that yet."""
        desk = self.ctx.desk
        mirror = self.ctx.worker.mirror(desk)
        away = mirror is not None and mirror.recently_unreachable()
        waiting = self.ctx.worker.journal(desk).count_waiting()
        parts = []
        if away:
            parts.append(self.tr("{desk} cannot reach the event's server").format(desk=desk))
        if waiting:
            text = (
                self.tr("{count} entry of {desk} not sent yet (not counted above)")
                if waiting == 1
                else self.tr("{count} entries of {desk} not sent yet (not counted above)")
            )
            parts.append(text.format(count=f"{waiting:,}", desk=desk))
        self.link_state.setText(" · ".join(parts))
        self.link_state.setVisible(bool(parts))

    def _show(self, stats: DashboardStats) -> None:
        self._pending = False
        self.stats = stats
        self._show_link()
        self.as_of.setText(
            self.tr("{event} · as of {time} ({zone}) · refreshed every {seconds} s").format(
                event=stats.event_name,
                time=f"{stats.now:%H:%M:%S}",
                zone=stats.timezone,
                seconds=REFRESH_MS // 1000,
            )
        )
        t = self.tiles
        t["registered"].set(
            f"{stats.registered:,}",
            self.tr("{count} cancelled").format(count=f"{stats.cancelled:,}"),
        )
        t["checked_in"].set(
            f"{stats.checked_in:,}",
            self.tr("{percent} % of registered").format(percent=f"{stats.checked_in_pct:.1f}"),
        )
        if stats.event_started:
            t["no_shows"].set(f"{stats.no_shows:,}", self.tr("registered, not checked in"))
        else:
            t["no_shows"].set("–", self.tr("counted once the event starts"))
        t["badges"].set(
            f"{stats.badges_printed:,}",
            self.tr("{count} prints with reprints").format(count=f"{stats.prints_total:,}"),
        )
        t["today"].setVisible(bool(stats.today_list))
        t["today"].set(
            f"{stats.today_in:,}",
            self.tr("{list}: {count} not yet").format(
                list=list_label(stats.today_list), count=f"{stats.today_no_shows:,}"
            ),
        )
        self.doubles.setText(doubles_text(stats.doubles))
        self.doubles.setToolTip("\n".join(_double_line(d) for d in stats.doubles))
        self.doubles.setVisible(bool(stats.doubles))
        fill_rows(
            self.categories,
            [
                [
                    category_label(c.category),
                    f"{c.registered:,}",
                    f"{c.checked_in:,}",
                    f"{100 * c.checked_in / c.registered:.0f} %" if c.registered else "",
                ]
                for c in stats.by_category
            ],
        )
        fill_rows(self.desks, [[d.desk, f"{d.last_15_min:,}", f"{d.total:,}"] for d in stats.desks])
        fill_rows(
            self.lists,
            [
                [
                    list_label(x.name),
                    f"{x.checked_in:,}",
                    f"{x.inside:,}" if x.exits else "",
                    f"{x.seats:,}" if x.seats is not None else "",
                ]
                for x in stats.lists
            ],
        )
        self.lists_box.setVisible(bool(stats.lists))
        fill_rows(
            self.attendance,
            [
                [
                    list_label(a.name),
                    f"{a.people:,}",
                    f"{a.peak:,}",
                    f"{a.inside:,}",
                    f"{a.capacity:,}" if a.capacity is not None else "",
                    (
                        self.tr("{count} of {total}").format(
                            count=f"{a.no_shows:,}", total=f"{a.signed:,}"
                        )
                        if a.signed
                        else ""
                    ),
                ]
                for a in stats.attendance
            ],
        )
        self.attendance_box.setVisible(bool(stats.attendance))
        rows = []
        for s in stats.next_sessions:
            when = f"{_short_day(s.start)} {s.start:%H:%M}–{s.end:%H:%M}"
            if s.running:
                when = self.tr("now {when}").format(when=when)
            flag = "  " + self.tr("⚠ over capacity") if s.over_capacity else ""
            rows.append(
                [
                    when,
                    s.room,
                    s.title + flag,
                    "" if s.capacity is None else f"{s.capacity:,}",
                    "" if s.expected_audience is None else f"{s.expected_audience:,}",
                ]
            )
        fill_rows(self.sessions, rows, numeric_from=3)
        chosen = self.arrivals_choice.currentData()
        self.arrivals_choice.blockSignals(True)
        self.arrivals_choice.clear()
        for name in [PICKUP, *stats.list_arrivals]:
            self.arrivals_choice.addItem(list_label(name), name)
        self.arrivals_choice.setCurrentIndex(max(0, self.arrivals_choice.findData(chosen)))
        self.arrivals_choice.blockSignals(False)
        self.arrivals_choice.setVisible(bool(stats.list_arrivals))
        self._show_arrivals()

    def _show_arrivals(self) -> None:
        """The chart for the chosen list (the badge pickup's arrivals by default)."""
        stats = self.stats
        if stats is None:
            return
        day = ""
        if stats.arrivals_day:
            d = stats.arrivals_day
            day = QLocale().toString(QDate(d.year, d.month, d.day), self.tr("dddd d MMMM"))
        name = str(self.arrivals_choice.currentData() or PICKUP)
        if name in stats.list_arrivals:
            title = (
                self.tr("Admissions per {minutes} minutes on {name}, {day}")
                if day
                else self.tr("Admissions per {minutes} minutes on {name}")
            )
            title = title.format(minutes=BUCKET_MIN, name=list_label(name), day=day)
            self.chart.set_buckets(stats.arrivals_on(name), title, stats.now)
            return
        title = (
            self.tr("Arrivals per {minutes} minutes, {day}")
            if day
            else self.tr("Arrivals per {minutes} minutes")
        )
        self.chart.set_buckets(stats.arrivals, title.format(minutes=BUCKET_MIN, day=day), stats.now)

    # --- export ------------------------------------------------------------------------------
    def _export(self) -> None:
        if self.stats is None:
            return
        path = file_dialogs.save_file(
            self, self.tr("Export the dashboard"), "dashboard.csv", self.tr("CSV files (*.csv)")
        )
        if path:
            self.export_csv(Path(path))

    def export_csv(self, path: Path) -> None:
        """Write the numbers on screen as CSV (UTF-8 with BOM, so Excel reads Chinese)."""
        if self.stats is None:
            return
        try:
            path.write_text(to_csv(self.stats), encoding="utf-8-sig")
        except OSError as exc:
            text = self.tr("cannot write {path}: {error}")
            report_error(UserError(text.format(path=path, error=exc.strerror or exc)))


LINK_STYLE = (
    "background: #FFF4D6; color: #5C4200; border: 1px solid #E8C66A; border-radius: 4px;"
    " padding: 6px 10px;"
)
DOUBLES_STYLE = (
    "background: #FDECEA; color: #7A1C14; border: 1px solid #E5A39D; border-radius: 4px;"
    " padding: 6px 10px;"
)
DOUBLES_SHOWN = 3


def _short_day(when: dt.date) -> str:
    """The weekday's short name in the interface's language ("Thu", 週四)."""
    return QLocale().dayName(when.isoweekday(), QLocale.FormatType.ShortFormat)


def _double_line(d: DoubleAdmissionRow) -> str:
    def at(desk: str, when: dt.datetime | None) -> str:
        return f"{desk or '?'} {when:%H:%M}" if when is not None else desk or "?"

    text = (
        QCoreApplication.translate(
            "DashboardScreen", "{name} on {list} (in at {first}, again at {second})"
        )
        if d.list_name
        else QCoreApplication.translate(
            "DashboardScreen", "{name} (in at {first}, again at {second})"
        )
    )
    return text.format(
        name=d.name or QCoreApplication.translate("DashboardScreen", "someone"),
        list=d.list_name,
        first=at(d.first_desk, d.first_at),
        second=at(d.second_desk, d.second_at),
    )


def doubles_text(doubles: list[DoubleAdmissionRow]) -> str:
    """The dashboard's line on people admitted twice while desks were offline ("" if none)."""
    if not doubles:
        return ""
    n = len(doubles)
    head = (
        QCoreApplication.translate("DashboardScreen", "1 double admission")
        if n == 1
        else QCoreApplication.translate("DashboardScreen", "{count} double admissions").format(
            count=f"{n:,}"
        )
    )
    names = "; ".join(_double_line(d) for d in doubles[-DOUBLES_SHOWN:][::-1])
    more = (
        QCoreApplication.translate("DashboardScreen", "; and {count} more").format(
            count=f"{n - DOUBLES_SHOWN:,}"
        )
        if n > DOUBLES_SHOWN
        else ""
    )
    return QCoreApplication.translate(
        "DashboardScreen", "<b>{head} while desks were offline:</b> {names}{more}"
    ).format(head=head, names=escape(names), more=more)


def _stacked(*widgets: QWidget) -> QWidget:
    """Widgets one above the other, sharing the height."""
    box = QWidget()
    lay = QVBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        lay.addWidget(w, 1)
    return box


def _boxed(title: str, widget: QWidget) -> QWidget:
    box = QWidget()
    lay = QVBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 0)
    label = QLabel(title)
    f = label.font()
    f.setBold(True)
    label.setFont(f)
    lay.addWidget(label)
    lay.addWidget(widget, 1)
    return box


def _refresh_job(
    session: Session,
    _progress: ProgressFn,
    _cancel: CancelFlag,
    at: dt.datetime | None = None,
) -> DashboardStats:
    """The dashboard's numbers, in a worker process (a module-level function: picklable)."""
    return dashboard_stats(session, at)
