"""The big result panel of the desk: green, amber or red, readable from a step away.

Every state carries a symbol and a word as well as its colour, the name in large type in
English and Chinese, the organization, the category as a coloured chip with its name, and
the staff note ("VIP: call host") in a white box nobody can miss.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QRectF, Qt, QTime, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import i18n
from desktop.ui.desk.fit_label import FitLabel
from desktop.ui.desk.scan_words import note_words, say
from desktop.ui.desk.style import (
    INFO,
    NEUTRAL,
    OUTCOME_TONES,
    RED,
    Tone,
    category_color,
    category_label,
    desk_font,
    text_on,
)
from desktop.ui.empty_event import DESK_HINT
from desktop.ui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from desktop.core.checkin import AttendeeCard, ScanResult

NAME_PT = 34  # the name's size when it fits (a refusal's advice takes its place at 22)
MARGIN_X = 28
NOTE_PADDING = 14 + 3  # the staff note's style sheet padding and border, each side
# The panel's labels shrink together by these steps until all of them fit its height.
FIT_SCALES = (1.0, 0.88, 0.77, 0.67, 0.58, 0.5)

# Marked for translation with QT_TRANSLATE_NOOP; _tr translates them where they are shown.
HEADLINES = {
    "checked_in": QT_TRANSLATE_NOOP("ResultPanel", "Checked in"),
    "unknown": QT_TRANSLATE_NOOP("ResultPanel", "Unknown code"),
    "forged": QT_TRANSLATE_NOOP("ResultPanel", "Forged code"),
    "other_event": QT_TRANSLATE_NOOP("ResultPanel", "Badge of another event"),
    "cancelled": QT_TRANSLATE_NOOP("ResultPanel", "Registration cancelled"),
    "invalid": QT_TRANSLATE_NOOP("ResultPanel", "Not a badge code"),
    "pick": QT_TRANSLATE_NOOP("ResultPanel", "Choose who is here"),
}
# What the volunteer should do next, for the refusals.
HINTS = {
    "unknown": QT_TRANSLATE_NOOP(
        "ResultPanel", "Type the person's name to find the registration, or register a walk-in."
    ),
    "forged": QT_TRANSLATE_NOOP(
        "ResultPanel", "This badge was not issued by this event. Send the person to the help desk."
    ),
    "other_event": QT_TRANSLATE_NOOP(
        "ResultPanel", "This badge is from another event. Search by name or register a walk-in."
    ),
    "cancelled": QT_TRANSLATE_NOOP(
        "ResultPanel", "This registration was cancelled. Send the person to the help desk."
    ),
    "invalid": QT_TRANSLATE_NOOP("ResultPanel", "Scan again, or type the person's name."),
    "pick": QT_TRANSLATE_NOOP(
        "ResultPanel", "Several people share this order: choose the one here and press Enter."
    ),
    "already": QT_TRANSLATE_NOOP(
        "ResultPanel", "Do not hand over a second badge unless it is lost: use Reprint."
    ),
}


def local_time(when: dt.datetime | None, zone: dt.tzinfo) -> str:
    """A stored naive-UTC time as HH:MM in the event's zone (and the date if not today)."""
    if when is None:
        return ""
    local = when.replace(tzinfo=dt.UTC).astimezone(zone)
    if local.date() != dt.datetime.now(zone).date():
        if i18n.current() == "en":
            return local.strftime("%d %b %H:%M")
        # The month in the interface's language ("6月12日 09:02"), by QLocale.
        shown = QDateTime(
            QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)
        )
        return i18n.locale().toString(shown, "M月d日 HH:mm")
    return local.strftime("%H:%M")


def _tr(text: str) -> str:
    return i18n.spoken("ResultPanel", text)


def already_headline(card: AttendeeCard | None, zone: dt.tzinfo) -> str:
    """ "Already checked in at 09:02 at Desk 2" (parts left out when unknown)."""
    when = local_time(card.checked_in_at, zone) if card is not None else ""
    desk = card.checked_in_desk if card is not None else ""
    if when and desk:
        text = _tr(QT_TRANSLATE_NOOP("ResultPanel", "Already checked in at {time} at {desk}"))
    elif when:
        text = _tr(QT_TRANSLATE_NOOP("ResultPanel", "Already checked in at {time}"))
    elif desk:
        text = _tr(QT_TRANSLATE_NOOP("ResultPanel", "Already checked in at {desk}"))
    else:
        text = _tr(QT_TRANSLATE_NOOP("ResultPanel", "Already checked in"))
    return text.format(time=when, desk=desk)


class ResultPanel(QFrame):
    """Shows the outcome of the last scan, check-in, walk-in or undo."""

    # After every new state (ready, a result, an undo, a message): who is shown may have changed.
    shown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ResultPanel")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(320)
        self.outcome = "ready"
        self.attendee: AttendeeCard | None = None
        self.tone: Tone = NEUTRAL

        self.symbol = QLabel()
        self.symbol.setFont(desk_font(40, bold=True))
        self.headline = FitLabel(26, 15, 2, bold=True)
        self.time_label = QLabel()
        self.time_label.setFont(desk_font(16))
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        top = self._top = QHBoxLayout()
        top.addWidget(self.symbol)
        top.addWidget(self.headline, 1)
        top.addWidget(self.time_label)
        # The headline in the other language (the desk's "two languages" option).
        self.headline_other = FitLabel(19, 12, 2, bold=True)
        self.headline_other.hide()
        self.two_languages = False

        self.name = FitLabel(NAME_PT, 16, 2, bold=True)
        self.name_local = FitLabel(32, 16, 2, bold=True)
        self.organization = FitLabel(17, 12, 2)
        self.chip = QLabel()
        self.chip.setObjectName("chip")
        self.chip.setFont(desk_font(15, bold=True))
        chip_row = QHBoxLayout()
        chip_row.addWidget(self.chip)
        chip_row.addStretch(1)
        self.note = FitLabel(20, 13, 4, bold=True, padding=NOTE_PADDING)
        self.note.setObjectName("note")
        self.detail = FitLabel(15, 11, 3)

        for label in (self.name, self.name_local, self.organization, self.note, self.detail):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self._tinted = (
            self.symbol,
            self.headline,
            self.headline_other,
            self.time_label,
            self.name,
            self.name_local,
            self.organization,
            self.detail,
        )
        self._chip_category = ""
        self.note.setStyleSheet(
            "QLabel#note { background: #FFFFFF; color: #1A1A1A; border-radius: 8px;"
            " padding: 10px 14px; border: 3px solid #1A1A1A; }"
        )

        box = QVBoxLayout(self)
        box.setContentsMargins(MARGIN_X, 22, MARGIN_X, 22)
        box.setSpacing(8)
        box.addLayout(top)
        box.addWidget(self.headline_other)
        self._gap_name = QSpacerItem(0, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        box.addItem(self._gap_name)
        box.addWidget(self.name)
        box.addWidget(self.name_local)
        box.addWidget(self.organization)
        box.addLayout(chip_row)
        self._gap_note = QSpacerItem(0, 6, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        box.addItem(self._gap_note)
        box.addWidget(self.note)
        box.addStretch(1)
        box.addWidget(self.detail)
        self.show_ready()

    # --- states -------------------------------------------------------------------------
    empty_event = False  # nobody registered yet: the idle state says how to import

    def set_empty_event(self, empty: bool) -> None:
        if empty != self.empty_event:
            self.empty_event = empty
            if self.outcome == "ready":
                self.show_ready()

    def show_ready(self) -> None:
        """The idle state: ready for the next person."""
        self._ready()
        self._fit()
        self.shown.emit()

    def _ready(self) -> None:
        self._paint(NEUTRAL)
        self._set_other("")
        self.outcome = "ready"
        self.attendee = None
        self.symbol.setText(NEUTRAL.symbol)
        self.headline.setText(self.tr("Ready"))
        self.time_label.clear()
        self.name.setText(self.tr("Scan a badge or type a name"))  # with its Chinese below
        # The Chinese line under the English one, in the interface's script (Traditional in
        # an English interface: the Hong Kong attendee reads it from across the desk). In a
        # Chinese interface the first line says it already: one line.
        self.name_local.setText(self.tr("請掃描胸章或輸入姓名"))
        if self.name_local.text() == self.name.text():
            self.name_local.clear()
            self.name_local.hide()
        self.organization.setText(
            QCoreApplication.translate("EmptyEventHint", DESK_HINT)
            if self.empty_event
            else self.tr(
                "Search finds English and Chinese names, organizations and e-mail addresses."
            )
        )
        self._set_chip("")
        self._set_note("")
        self.detail.clear()

    def show_result(
        self, result: ScanResult, zone: dt.tzinfo, code: str = "", on_list: bool = False
    ) -> None:
        """Show a scan or check-in outcome (`code`: what was scanned, if anything). On a
        check-in list (`on_list`) the headline is the list's answer ("Checked in for Day 2")."""
        self._result(result, zone, code)
        if on_list and result.message:
            self.headline.setText(say(result.message))
        other = self.other_language()
        if other:
            with i18n.speaking(other):
                said = self._headline(result, zone, on_list)
            self._set_other(said)
        self._fit()
        self.shown.emit()

    def _result(self, result: ScanResult, zone: dt.tzinfo, code: str) -> None:
        outcome = str(result.outcome)
        tone = OUTCOME_TONES.get(outcome, RED)
        self._paint(tone)
        self.outcome = outcome
        card = result.attendee
        self.attendee = card
        self.symbol.setText(tone.symbol)
        self.headline.setText(self._headline(result, zone, False))
        self.time_label.setText(dt.datetime.now(zone).strftime("%H:%M:%S"))
        self._show_card(card)
        self._set_note(result.staff_note or (card.staff_note if card else ""))
        hint = _tr(HINTS[outcome]) if outcome in HINTS else ""
        if outcome == "checked_in":
            # What happened to the badge follows from the printing code (show_print_status).
            self.detail.clear()
            return
        if card is None:
            # A refusal without a person: the advice takes the place of the name.
            self.name.setText(hint)
            self.name.base_pt = 22
            shown = code.strip()
            shown = shown if len(shown) <= 48 else shown[:47] + "…"
            self.organization.setText(
                self.tr("Scanned: {code}").format(code=shown) if shown else ""
            )
            message = say(result.message)
            self.detail.setText(message if message != self.headline.text() else "")
            return
        message = say(result.message) if outcome != "already" else ""
        message = message if message != self.headline.text() else ""
        self.detail.setText("  ".join(p for p in (message, hint) if p))

    @staticmethod
    def _headline(result: ScanResult, zone: dt.tzinfo, on_list: bool) -> str:
        """The headline of a result in the language spoken here (see i18n.speaking)."""
        outcome = str(result.outcome)
        if on_list and result.message:
            return say(result.message)  # the list's answer: "Checked in for Day 2"
        if outcome == "already":
            return already_headline(result.attendee, zone)
        if outcome == "invalid" and result.message:
            # "Incomplete badge code: scan again", "Not a badge code (too long)"...
            return say(result.message)
        known = HEADLINES.get(outcome)
        return _tr(known) if known else say(result.message) or outcome

    # --- two languages --------------------------------------------------------------------
    def set_two_languages(self, on: bool) -> None:
        """Say the headline and the category in the other language too (English under a
        Chinese interface, Traditional Chinese under an English one)."""
        self.two_languages = on
        self._chip_category = ""  # the chip's words change
        if not on:
            self._set_other("")

    def other_language(self) -> str:
        """The second language of the panel, "" when it speaks one."""
        if not self.two_languages:
            return ""
        return "zh_HK" if i18n.interface() == "en" else "en"

    def _set_other(self, text: str) -> None:
        shown = text if text and text != self.headline.text() else ""
        self.headline_other.setText(shown)
        self.headline_other.setVisible(bool(shown))

    def show_print_status(self, attendee_id: int | None, text: str) -> bool:
        """Say what happened to the badge of the person checked in on the panel.

        Only while that check-in is shown (`attendee_id` None: whoever is shown); returns
        whether the text was shown here.
        """
        if self.outcome != "checked_in" or self.attendee is None:
            return False
        if attendee_id is not None and self.attendee.id != attendee_id:
            return False
        self.detail.setText(text)
        self._fit()
        return True

    def show_undone(self, card: AttendeeCard, reason: str, headline: str = "") -> None:
        """Confirm that a check-in was taken back ("Check-in undone: Day 2" on a list)."""
        self._paint(INFO)
        self.outcome = "undone"
        self.attendee = card
        self.symbol.setText(INFO.symbol)
        self.headline.setText(headline or self.tr("Check-in undone"))
        other = self.other_language()
        if other and not headline:
            with i18n.speaking(other):
                self._set_other(_tr(QT_TRANSLATE_NOOP("ResultPanel", "Check-in undone")))
        elif other:
            self._set_other("")
        self.time_label.clear()
        self._show_card(card)
        self._set_note("")
        self.detail.setText(self.tr("Reason: {reason}").format(reason=reason))
        self._fit()
        self.shown.emit()

    def show_message(self, tone: Tone, headline: str, text: str = "") -> None:
        """A plain message (nothing to undo, an error from the store...)."""
        self._paint(tone)
        self.outcome = "message"
        self.attendee = None
        self.symbol.setText(tone.symbol)
        self.headline.setText(headline)
        self._set_other("")
        self.time_label.clear()
        self.name.clear()
        self.name_local.clear()
        self.organization.clear()
        self._set_chip("")
        self._set_note("")
        self.detail.setText(text)
        self._fit()
        self.shown.emit()

    # --- fitting ------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _space(self, scale: float) -> None:
        """Margins, gaps and the symbol at `scale`: tighter as the text gets smaller."""
        box = self.layout()
        tight = scale < 0.8
        box.setContentsMargins(MARGIN_X, 10 if tight else 22, MARGIN_X, 10 if tight else 22)
        box.setSpacing(3 if tight else 8)
        self._gap_name.changeSize(0, 2 if tight else 10)
        self._gap_note.changeSize(0, 2 if tight else 6)
        size = max(22.0, 40 * scale)
        if self.symbol.font().pointSizeF() != size:
            self.symbol.setFont(desk_font(size, bold=True))
            self.time_label.setFont(desk_font(max(12.0, 16 * scale)))

    def _fit(self) -> None:
        """Fit every line into the panel: each label shrinks to its floor and wraps within
        the width; all shrink together until they fit the height; elided only at the floor."""
        width = self.width() - 2 * MARGIN_X
        if width <= 0:
            return
        beside = self.symbol.sizeHint().width() + self.time_label.sizeHint().width()
        head = width - beside - 2 * max(self._top.spacing(), 0)
        for scale in FIT_SCALES:
            self._space(scale)
            for label in (
                self.headline_other,
                self.name,
                self.name_local,
                self.organization,
                self.note,
                self.detail,
            ):
                label.fit(width, scale)
            self.headline.fit(head, scale)
            if self._fits():
                return
        # Still too tall at every floor: fewer lines, least important first (elided, the
        # whole text in the tooltip).
        for label, lines in (
            (self.detail, 2),
            (self.organization, 1),
            (self.detail, 1),
            (self.note, 2),
            (self.headline, 1),
            (self.name, 1),
            (self.note, 1),
        ):
            label.fit(head if label is self.headline else width, FIT_SCALES[-1], lines)
            if self._fits():
                return

    def _fits(self) -> bool:
        """Whether the panel's lines fit its height, counted from each label's own height for
        its width (the layout's cached sizes lag behind font changes made in the same pass)."""
        box = self.layout()
        margins = box.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        head = width - self.symbol.sizeHint().width() - self.time_label.sizeHint().width()
        head -= 2 * max(self._top.spacing(), 0)
        top = max(
            self.symbol.sizeHint().height(),
            self.time_label.sizeHint().height(),
            self.headline.heightForWidth(head),
        )
        parts = [top]
        if not self.headline_other.isHidden():
            parts.append(self.headline_other.heightForWidth(width))
        parts.append(self._gap_name.sizeHint().height())
        for label in (self.name, self.name_local, self.organization):
            if not label.isHidden():
                parts.append(label.heightForWidth(width))
        if not self.chip.isHidden():
            parts.append(self.chip.sizeHint().height())
        parts.append(self._gap_note.sizeHint().height())
        for label in (self.note, self.detail):
            if not label.isHidden():
                parts.append(label.heightForWidth(width))
        needed = sum(parts) + box.spacing() * (len(parts) - 1) + margins.top() + margins.bottom()
        return needed <= self.height()

    def _show_card(self, card: AttendeeCard | None) -> None:
        if card is None:
            self.name.clear()
            self.name_local.clear()
            self.name_local.hide()
            self.organization.clear()
            self._set_chip("")
            return
        self.name.setText(card.display_name or self.tr("(no name)"))
        self.name_local.setText(card.name_local or "")
        self.name_local.setVisible(bool(card.name_local))
        org = " · ".join(p for p in (card.organization, card.title) if p)
        self.organization.setText(org)
        self._set_chip(card.category or "attendee")

    def _set_chip(self, category: str) -> None:
        if not category:
            self.chip.hide()
            return
        bg = category_color(category)
        key = f"{category} {bg.name()}"
        if key != self._chip_category:
            # Style sheets re-polish the widget: only when the category (or its colour) changes.
            self._chip_category = key
            fg = text_on(bg)
            words = category_label(category)
            other = self.other_language()
            if other:
                with i18n.speaking(other):
                    second = category_label(category)
                words = words if second == words else f"{words} · {second}"
            self.chip.setText(f"  {words}  ")
            self.chip.setStyleSheet(
                f"QLabel#chip {{ background: {bg.name()}; color: {fg.name()};"
                " border-radius: 6px; padding: 4px 10px;"
                " border: 2px solid rgba(255,255,255,0.85); }"
            )
        self.chip.show()

    def _set_note(self, note: str) -> None:
        # The category's note and the person's own note arrive joined by " · ": one a line.
        lines = [p.strip() for p in note.split(" · ") if p.strip()]
        self.note.setText("\n".join(f"★ {note_words(line)}" for line in lines))
        self.note.setVisible(bool(note))

    def _paint(self, tone: Tone) -> None:
        """Colours by palette and paintEvent: no style sheet re-polish on every result."""
        self.tone = tone
        self.name_local.show()
        self.name.base_pt = NAME_PT
        fg = QColor(tone.foreground)
        for label in self._tinted:
            pal = label.palette()
            pal.setColor(QPalette.ColorRole.WindowText, fg)
            label.setPalette(pal)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(self.tone.background))
        painter.drawRoundedRect(QRectF(self.rect()), 14, 14)
        painter.end()

    def background(self) -> QColor:
        """The panel's current colour (what tests and screenshots check)."""
        return QColor(self.tone.background)


def event_zone(name: str) -> zoneinfo.ZoneInfo:
    """The event's zone, or UTC when the name is unknown on this machine."""
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return zoneinfo.ZoneInfo("UTC")
