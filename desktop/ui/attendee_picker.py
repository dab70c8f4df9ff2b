"""Choose one attendee by typing, with the desk's search (names in either order and script,
organization, e-mail, number), instead of a dropdown of every attendee: it opens at once on
100,000 people and never grows wider than its place for a long name.

`AttendeePicker(read)`: `read(fn)` runs `fn(session)` on the event's store (DbWorker.read).
`set_attendee(id | None)`, `attendee_id()`; `changed` when the choice changes. Clearing the
field unlinks (None).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLineEdit, QSizePolicy, QWidget

from desktop.core import attendees, checkin
from desktop.core.checkin import AttendeeCard

if TYPE_CHECKING:
    from desktop.ui.attendees.model import Reader

SHOWN = 20  # matches offered at a time: one more letter narrows them
DELAY_MS = 120  # typing pauses this long before the search runs


def attendee_label(card: AttendeeCard) -> str:
    """ "Tai Man Chan 陳大文 — HKU (#12)": what the picker shows for one attendee."""
    label = " ".join(p for p in (card.given_name, card.family_name, card.name_local) if p)
    if card.organization:
        label += f" — {card.organization}"
    return f"{label} (#{card.number})"


class AttendeePicker(QWidget):
    """A search field with the best matches below it; the chosen attendee's id."""

    changed = Signal()

    def __init__(self, read: Reader, parent: QWidget | None = None):
        super().__init__(parent)
        self._read = read
        self._id: int | None = None
        self._label = ""
        self._ids: list[int] = []
        self.edit = QLineEdit()
        self.edit.setObjectName("attendeePicker")
        self.edit.setPlaceholderText(self.tr("(not linked) type a name, 中文名, e-mail or number"))
        self.edit.setClearButtonEnabled(True)
        # Its width is the form's, not the longest name's.
        self.edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.edit.setMinimumWidth(120)
        self.model = QStringListModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setWidget(self.edit)
        self.completer.popup().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.completer.activated[QModelIndex].connect(self._chosen)  # type: ignore[index]
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.edit)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.edit.textEdited.connect(self._edited)
        self.edit.editingFinished.connect(self._settle)

    # --- the choice -----------------------------------------------------------------------
    def attendee_id(self) -> int | None:
        return self._id

    def set_attendee(self, attendee_id: int | None) -> None:
        """Show this attendee (None: not linked)."""
        card = None
        if attendee_id is not None:
            card = self._read(lambda s: checkin.load_card(s, attendee_id))
        self._id = card.id if card is not None else None
        self._label = attendee_label(card) if card is not None else ""
        self.edit.setText(self._label)

    # --- typing ---------------------------------------------------------------------------
    def _edited(self, text: str) -> None:
        if not text.strip():
            self._choose(None, "")  # cleared: not linked
            self.completer.popup().hide()
            return
        self._timer.start()

    def search(self) -> None:
        """The best matches of what is typed, offered below the field."""
        text = self.edit.text().strip()
        if not text or text == self._label:
            return
        hits = self._read(lambda s: attendees.search(s, text, SHOWN))
        self._ids = [h.id for h in hits]
        self.model.setStringList([attendee_label(h) for h in hits])
        if hits:
            self.completer.complete()
        else:
            self.completer.popup().hide()

    def _chosen(self, index: QModelIndex) -> None:
        row = index.row()
        if 0 <= row < len(self._ids):
            self._choose(self._ids[row], self.model.stringList()[row])

    def _choose(self, attendee_id: int | None, label: str) -> None:
        changed = attendee_id != self._id
        self._id, self._label = attendee_id, label
        self.edit.setText(label)
        if changed:
            self.changed.emit()

    def _settle(self) -> None:
        # Left with half-typed text: the field shows the choice it holds, not the typing.
        if (
            self.edit.text().strip()
            and self.edit.text() != self._label
            and not (self.completer.popup().isVisible())
        ):
            self.edit.setText(self._label)
