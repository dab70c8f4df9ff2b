"""Releases: publish the schedule as a named version, list every release, and read each one's
change list against the release before it (new, cancelled, moved, speakers changed).

The first row, "Not yet published", previews what the next release would change. Publishing
is not an undoable edit: releases are kept for ever.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.base.schedule import schedule_to_dict
from desktop.core.schedule.conflicts import Conflict, check
from desktop.core.schedule.data import load_schedule
from desktop.core.schedule.releases import (
    CHANGE_KINDS,
    changes,
    contents,
    diff_snapshots,
    list_releases,
    publish_release,
)
from desktop.ui.errors import user_message
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.schedule.conflict_words import say
from desktop.ui.schedule.controller import ScheduleController
from desktop.ui.schedule.style import conflict_kind_name, shown_date
from desktop.ui.theme import theme

ID_ROLE = Qt.ItemDataRole.UserRole
FIRST_ROLE = Qt.ItemDataRole.UserRole + 1  # a release's row: whether it is the first release
PENDING = -1
# How many changes of each kind a release made (the Changes column).
COUNT_LABELS = {
    "new": QT_TRANSLATE_NOOP("ReleasesDialog", "{count} new"),
    "cancelled": QT_TRANSLATE_NOOP("ReleasesDialog", "{count} cancelled"),
    "moved": QT_TRANSLATE_NOOP("ReleasesDialog", "{count} moved"),
    "speakers": QT_TRANSLATE_NOOP("ReleasesDialog", "{count} speakers"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReleasesDialog", text)


def pending_changes(s: Session) -> list[dict[str, Any]]:
    """What publishing now would list: the live schedule against the latest release."""
    latest = load_schedule(s, "latest")
    if latest.release_name is None:
        return []
    return diff_snapshots(schedule_to_dict(latest), schedule_to_dict(load_schedule(s)))


def _counts(summary: dict[str, int]) -> str:
    parts = [
        _tr(COUNT_LABELS[k]).format(count=summary[k])
        for k in CHANGE_KINDS
        if summary.get(k) and k in COUNT_LABELS
    ]
    joined = QCoreApplication.translate("ReleasesDialog", ", ").join(parts)
    return joined or QCoreApplication.translate("ReleasesDialog", "no changes")


class ReleasesDialog(QDialog):
    """Releases on the left, the selected one's changes on the right, publishing below."""

    def __init__(self, controller: ScheduleController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Schedule releases"))
        self.resize(980, 560)
        self.releases = QTreeWidget()
        self.releases.setHeaderLabels(
            [self.tr("Release"), self.tr("Published"), self.tr("Sessions"), self.tr("Changes")]
        )
        self.releases.setRootIsDecorated(False)
        self.releases.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # One wrapped line per change: its kind, then the message.
        self.changes = QListWidget()
        self.changes.setWordWrap(True)
        self.changes.setResizeMode(QListView.ResizeMode.Adjust)
        self.changes.setAlternatingRowColors(True)
        self.changes.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.changes_title = QLabel()
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.changes_title)
        rl.addWidget(self.changes, 1)
        split = QSplitter()
        split.addWidget(self.releases)
        split.addWidget(right)
        split.setSizes([420, 560])

        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Name, e.g. v2 or final"))
        self.notes = QLineEdit()
        self.notes.setPlaceholderText(self.tr("Notes (optional)"))
        self.publish_button = QPushButton(self.tr("&Publish"))
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.message = QLabel()
        publish_row = QHBoxLayout()
        publish_row.addWidget(QLabel(self.tr("New release:")))
        publish_row.addWidget(self.name, 1)
        publish_row.addWidget(self.notes, 2)
        publish_row.addWidget(self.publish_button)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(split, 1)
        lay.addWidget(self.warning)
        lay.addLayout(publish_row)
        lay.addWidget(self.message)
        lay.addWidget(box)

        self.releases.currentItemChanged.connect(self._selected)
        self.publish_button.clicked.connect(self.publish)
        self.name.returnPressed.connect(self.publish)
        self.refresh()

    def refresh(self, select: int = PENDING) -> None:
        rows = self.controller.ctx.worker.read(list_releases)
        self.releases.clear()
        pending = QTreeWidgetItem(
            [self.tr("Not yet published"), "", "", self.tr("what the next release changes")]
        )
        pending.setData(0, ID_ROLE, PENDING)
        f = pending.font(0)
        f.setItalic(True)
        pending.setFont(0, f)
        self.releases.addTopLevelItem(pending)
        current = pending
        when = self.tr("ddd dd MMM HH:mm")  # a QLocale date format
        for r in reversed(rows):
            item = QTreeWidgetItem(
                [
                    r["name"],
                    shown_date(r["published_at"], when),
                    str(r["sessions"]),
                    self.tr("first release") if r["first"] else _counts(r["changes"]),
                ]
            )
            item.setData(0, ID_ROLE, r["id"])
            item.setData(0, FIRST_ROLE, bool(r["first"]))
            item.setToolTip(0, r["notes"] or r["name"])
            self.releases.addTopLevelItem(item)
            if r["id"] == select:
                current = item
        self.releases.setCurrentItem(current)
        self._update_warning()
        if not self.name.text():
            self.name.setText(f"v{len(rows) + 1}")

    def _update_warning(self) -> None:
        data = self.controller.data
        if data is None:
            return
        found = check(data, self.controller.changeover_min, for_release=True)
        if found:
            text = (
                self.tr(
                    "{count} open issues (conflicts, unscheduled or unconfirmed sessions). "
                    "You can still publish."
                )
                if len(found) != 1
                else self.tr(
                    "{count} open issue (conflicts, unscheduled or unconfirmed sessions). "
                    "You can still publish."
                )
            ).format(count=len(found))
            self.warning.setText(f"<span style='color:{theme().warn}'>{text}</span>")
        else:
            text = self.tr("No open issues.")
            self.warning.setText(f"<span style='color:{theme().ok}'>{text}</span>")

    def _selected(self, item: QTreeWidgetItem | None, _prev: object = None) -> None:
        self.changes.clear()
        if item is None:
            return
        release_id = item.data(0, ID_ROLE)
        if release_id == PENDING:
            found = self.controller.ctx.worker.read(pending_changes)
            self.changes_title.setText(self.tr("<b>Changes since the last release</b>"))
        else:
            found = self.controller.ctx.worker.read(lambda s: changes(s, release_id))
            self.changes_title.setText(
                self.tr("<b>Changes in {name}</b> (against the one before)").format(
                    name=html.escape(item.text(0))
                )
            )
        for c in found:
            message = c["message"]  # already starts with its kind ("moved: …")
            row = QListWidgetItem(message[:1].upper() + message[1:])
            row.setData(ID_ROLE, c["message"])
            self.changes.addItem(row)
        if not found:
            nothing_before = self.releases.topLevelItemCount() == 1  # no release yet
            first = (release_id == PENDING and nothing_before) or bool(item.data(0, FIRST_ROLE))
            self.changes.addItem(
                QListWidgetItem(self._first_text(release_id) if first else self.tr("No changes."))
            )

    def _first_text(self, release_id: int) -> str:
        """The first release has nothing to compare with: what it holds."""
        which = None if release_id == PENDING else release_id
        c = self.controller.ctx.worker.read(lambda s: contents(load_schedule(s, which)))
        sessions = (
            self.tr("{count} sessions") if c["sessions"] != 1 else self.tr("{count} session")
        ).format(count=c["sessions"])
        rooms = (self.tr("{count} rooms") if c["rooms"] != 1 else self.tr("{count} room")).format(
            count=c["rooms"]
        )
        days = (self.tr("{count} days") if c["days"] != 1 else self.tr("{count} day")).format(
            count=c["days"]
        )
        text = (
            self.tr(
                "The first release: it would hold {sessions}, {scheduled} of them scheduled, "
                "in {rooms} over {days}."
            )
            if release_id == PENDING
            else self.tr(
                "The first release: it holds {sessions}, {scheduled} of them scheduled, "
                "in {rooms} over {days}."
            )
        )
        return text.format(sessions=sessions, scheduled=c["scheduled"], rooms=rooms, days=days)

    def confirm_publish(self, name: str, found: list[Conflict]) -> bool:
        """Ask before publishing a schedule with open issues, naming them (as the CLI
        refuses without --force)."""
        shown = "\n".join(f"• {conflict_kind_name(c.kind)}: {say(c.message)}" for c in found[:12])
        more = (
            "\n" + self.tr("… and {count} more").format(count=len(found) - 12)
            if len(found) > 12
            else ""
        )
        question = (
            self.tr("The schedule has {count} open issues. Publish {name} anyway?")
            if len(found) != 1
            else self.tr("The schedule has {count} open issue. Publish {name} anyway?")
        )
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Publish with open issues?"),
            question.format(count=len(found), name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setInformativeText(shown + more)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Publish anyway"))
        return box.exec() == QMessageBox.StandardButton.Yes

    def change_messages(self) -> list[str]:
        return [
            self.changes.item(i).data(ID_ROLE)
            for i in range(self.changes.count())
            if self.changes.item(i).data(ID_ROLE)
        ]

    def publish(self) -> int | None:
        """Publish the live schedule under the typed name; the new release's id."""
        name, notes = self.name.text().strip(), self.notes.text().strip()
        data = self.controller.data
        found = check(data, self.controller.changeover_min, for_release=True) if data else []
        if found and not self.confirm_publish(name, found):
            self.message.setText(self.tr("Not published: the open issues are listed above."))
            return None
        try:
            release_id = self.controller.write(lambda s: publish_release(s, name, notes))
        except Exception as exc:
            self.message.setText(f"<span style='color:{theme().bad}'>{user_message(exc)}</span>")
            return None
        self.message.setText(self.tr("Published {name}.").format(name=name))
        self.name.clear()
        self.notes.clear()
        self.controller.after_write(None)
        self.refresh(release_id)
        return release_id
