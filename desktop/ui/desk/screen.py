"""The Desk screen: one field always ready, scan or search, a big unmistakable result.

Flow: keys typed in the field search as you type (debounced); Enter or a click on a hit
checks that person in; a scanner's burst ending in Enter (anywhere on the window, see
`ScanBuffer`) verifies the code and checks in at once. Every write goes through the one
writer thread (`ctx.worker.submit`); searches and counters are quick reads on the GUI thread.
A 2-second poll of `checkin.activity_marker` brings other desks' work onto this screen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from db.errors import is_connection_lost
from desktop.core import attendees, checkin
from desktop.core.checkin import AttendeeCard, Outcome, ScanResult, recent_checkins
from desktop.core.checkin_lists import (
    NEARLY_FULL,
    PICKUP,
    Door,
    ListScanResult,
    check_in_on_list,
    door,
    list_counters,
    list_names,
    scan_list,
)
from desktop.core.desk_badge import SkipReason
from desktop.core.desk_journal import DeskScan, DeskUndo, check_in_or_journal, undo_or_journal
from desktop.core.events import current_event
from desktop.core.offline_lists import (
    DeskListScan,
    DeskListUndo,
    list_scan_or_journal,
    list_undo_or_journal,
)
from desktop.core.offline_walk_in import DeskWalkIn
from desktop.ui import i18n
from desktop.ui.changes import Change, Changes
from desktop.ui.context import AppContext
from desktop.ui.desk.fit_label import FitLabel
from desktop.ui.desk.link_banner import DeskLinkBanner
from desktop.ui.desk.options import DeskOptions, load_options, save_options
from desktop.ui.desk.result_panel import ResultPanel, event_zone
from desktop.ui.desk.results import Caption, DeskField, HitDelegate, HitsModel, HitsView
from desktop.ui.desk.scan_buffer import ScanBuffer
from desktop.ui.desk.style import NOT_FOUND, RED, desk_font
from desktop.ui.errors import user_message
from desktop.ui.i18n import QT_TRANSLATE_NOOP, mark_data
from desktop.ui.theme import theme
from desktop.ui.undo_reason import ask_undo_reason
from desktop.ui.worker import GUI_OFFLINE_S

if TYPE_CHECKING:  # printing loads reportlab, after the first frame
    from desktop.ui.printing import BadgePrinted, BadgePrinter

NO_PRINTING = QT_TRANSLATE_NOOP(
    "DeskScreen", "No badge printed: badge printing is not set up in this window."
)

# The keys line under the desk (QT_TRANSLATE_NOOP marks them; the screen translates them).
SHORTCUTS = (
    ("Enter", QT_TRANSLATE_NOOP("DeskScreen", "check in the highlighted person")),
    ("↑ ↓", QT_TRANSLATE_NOOP("DeskScreen", "choose")),
    ("Esc", QT_TRANSLATE_NOOP("DeskScreen", "clear")),
    ("F6", QT_TRANSLATE_NOOP("DeskScreen", "search field")),
    ("Ctrl+Z", QT_TRANSLATE_NOOP("DeskScreen", "undo the check-in shown")),
    ("Ctrl+P", QT_TRANSLATE_NOOP("DeskScreen", "print / reprint badge")),
    ("F2", QT_TRANSLATE_NOOP("DeskScreen", "walk-in")),
)
POLL_MS = 2000
RECENT = 12  # latest check-ins of this desk shown while the field is empty


class Counter(QFrame):
    """A big number with a caption ("412 / 1,000 checked in")."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("counter")
        self.value = QLabel("–")
        self.value.setFont(desk_font(22, bold=True))
        self.caption = QLabel(caption)
        self.caption.setFont(desk_font(10))
        t = theme()
        self.caption.setStyleSheet(f"color: {t.muted};")
        box = QVBoxLayout(self)
        box.setContentsMargins(14, 6, 14, 6)
        box.setSpacing(0)
        box.addWidget(self.value)
        box.addWidget(self.caption)
        self.value.setStyleSheet(f"color: {t.text};")
        self.setStyleSheet(
            f"QFrame#counter {{ background: {t.surface}; border: 1px solid {t.border};"
            " border-radius: 8px; }"
        )


class DeskScreen(QWidget):
    """The registration desk."""

    # Emitted after every finished check-in action (tests and the bench wait on it).
    result_shown = Signal(str)
    # Emitted after the hit list was refilled (search done and painted on the next frame).
    hits_shown = Signal(int)
    # Emitted when exact counts arrived from the store.
    counters_shown = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.options: DeskOptions = load_options()
        self.zone = event_zone(
            ctx.worker.read_or_mirror(ctx.desk, lambda s: current_event(s).timezone)
        )
        self._last_checked_in: int | None = None
        # On a list: the person the panel shows on it (Undo takes them off that list).
        self._list_target: tuple[int, str] | None = None
        self._marker: Any = None
        self._pending: int = 0
        self._sized = False
        self._search_dirty = False
        self.searched_text = ""  # the text the hit list shows results for
        self.counts: list[int] = []  # checked in, registered, checked in at this desk
        self._counting = False
        self._count_again = False
        self._counts_stale = True
        self._watched_printer: BadgePrinter | None = None
        self._walk_in_draft: dict[str, str] | None = None  # a walk-in form left by "Open it"
        self._known_lists: set[str] = set()  # the event's check-in lists, once read
        # The last refusal of a full door, to admit anyway: a code or an attendee id.
        self._full: tuple[str, str | int] | None = None
        self.reason_provider: Callable[[], str] = self._ask_override_reason

        self.field = DeskField()
        self.hits = HitsModel(self)
        self.view = HitsView()
        self.view.setModel(self.hits)
        self.view.setItemDelegate(HitDelegate(self.zone, self.view))
        self.view.setMinimumWidth(300)
        self.panel = ResultPanel()
        self.scan_buffer = ScanBuffer(
            self, self.field, self.options.scan_gap_ms, self.options.scan_min_length
        )

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(self.options.search_delay_ms)
        self.clear_timer = QTimer(self)
        self.clear_timer.setSingleShot(True)
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_MS)

        self.link = DeskLinkBanner(ctx, self, self.zone)
        self.link.walk_ins_sent.connect(self._walk_ins_sent)
        self._build()
        self._connect()
        self.load_lists()
        self.refresh_counters()
        self.picking = ""  # the order code whose people the hits are, while they are
        self._recent: list[Any] = self._load_recent()
        self.show_recent()

    # --- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        # Shrinks, then elides, on a narrow window (1024 px) rather than widening it.
        # "Registration desk" small, the desk's name large: on a narrow window (1024 px) the
        # name shrinks, then elides, rather than widening the window.
        caption = QLabel(self.tr("Registration desk"))
        caption.setFont(desk_font(10))
        caption.setStyleSheet(f"color: {theme().muted};")
        title = self.title = mark_data(FitLabel(18, 12, 1, bold=True, auto=True))  # the desk's name
        title.setText(self.ctx.desk)
        title_box = QVBoxLayout()
        title_box.setSpacing(0)
        title_box.addWidget(caption)
        title_box.addWidget(title)
        self.event_counter = Counter(self.tr("checked in / registered (event)"))
        self.desk_counter = Counter(self.tr("checked in at {desk}").format(desk=self.ctx.desk))
        # One line of its own, elided with the whole text in its tooltip: a long message
        # never squeezes the shortcut line beside it.
        self.status_label = FitLabel(10, 10, 1, auto=True)
        self.status_label.setStyleSheet(f"color: {theme().muted};")
        # The check-in list this desk checks in on: the badge pickup (prints the badge), a
        # day, or an organizer's list (a session, a door, some categories).
        # The event's lists by name (its data; the badge pickup's name said in the
        # interface's words): each item's data is the list's name.
        self.list_box = mark_data(QComboBox())
        self.list_box.setObjectName("deskCheckinList")
        self.list_box.setToolTip(self.tr("The check-in list this desk checks in on"))
        self.list_box.addItem(self._list_label(PICKUP), PICKUP)
        # Room for a session's name ("Workshop: prompt security"); longer ones are elided
        # and whole in the drop-down and in the door counter's caption.
        self.list_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.list_box.setMinimumContentsLength(16)
        list_box = QVBoxLayout()
        list_box.setSpacing(0)
        list_caption = QLabel(self.tr("Check-in list"))
        list_caption.setFont(desk_font(10))
        list_caption.setStyleSheet(f"color: {theme().muted};")
        list_box.addWidget(list_caption)
        list_box.addWidget(self.list_box)
        self.exit_box = QCheckBox(self.tr("Exit scans  (F3)"))
        self.exit_box.setToolTip(self.tr("At a door with exits: scans check people out"))
        self.exit_box.hide()
        list_box.addWidget(self.exit_box)
        head = QHBoxLayout()
        head.addLayout(title_box, 1)
        head.addLayout(list_box)
        head.addStretch(1)
        head.addWidget(self.event_counter)
        head.addWidget(self.desk_counter)
        # A door (a list with seats or exits): how many are inside, large, in the header.
        self.door_counter = Counter(self.tr("inside"))
        self.door_counter.hide()
        head.addWidget(self.door_counter)

        self.undo_button = QPushButton(self.tr("↶ Undo check-in  (Ctrl+Z)"))
        self.print_button = QPushButton(self.tr("Print badge  (Ctrl+P)"))
        self.walk_in_button = QPushButton(self.tr("＋ Walk-in  (F2)"))
        for b in (self.undo_button, self.print_button, self.walk_in_button):
            b.setFont(desk_font(12, bold=True))
            b.setMinimumHeight(40)
        self.undo_button.setEnabled(False)
        self.print_button.setEnabled(False)
        self.clear_spin = QSpinBox()
        self.clear_spin.setRange(0, 120)
        self.clear_spin.setSuffix(self.tr(" s"))
        self.clear_spin.setSpecialValueText(self.tr("never"))
        self.clear_spin.setValue(self.options.clear_after_s)
        self.clear_spin.setToolTip(self.tr("Clear the result panel after this long (0: never)"))
        self.sound_box = QCheckBox(self.tr("Sounds"))
        self.sound_box.setChecked(self.options.sounds)
        # "English too" in a Chinese interface, "中文" in an English one.
        self.languages_box = QCheckBox(
            self.tr("Panel in Chinese too")
            if i18n.interface() == "en"
            else self.tr("Panel in English too")
        )
        self.languages_box.setToolTip(
            self.tr(
                "The result's headline and category also in the other language, for the person across the desk"
            )
        )
        self.languages_box.setChecked(self.options.two_languages)
        self.panel.set_two_languages(self.options.two_languages)
        actions = QHBoxLayout()
        for b in (self.undo_button, self.print_button, self.walk_in_button):
            actions.addWidget(b)
        from desktop.ui.print_queue import print_queue_button  # this session's jobs, Cancel, Retry

        actions.addWidget(print_queue_button(self))
        # In the place of Print badge while a full door's refusal is shown (a 1024 px row).
        self.override_button = QPushButton(self.tr("Admit anyway…  (F8)"))
        self.override_button.setFont(desk_font(12, bold=True))
        self.override_button.setMinimumHeight(40)
        self.override_button.setToolTip(self.tr("The door is full: admit this person, saying why"))
        self.override_button.hide()
        actions.insertWidget(actions.indexOf(self.print_button) + 1, self.override_button)
        actions.addStretch(1)

        left = QWidget()
        lbox = QVBoxLayout(left)
        lbox.setContentsMargins(0, 0, 0, 0)
        self.hits_label = Caption(self.tr("Results"))
        lbox.addWidget(self.hits_label)
        lbox.addWidget(self.view, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.panel)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        self.splitter = split

        keys = "   ".join(f"<b>{k}</b> {self.tr(what)}" for k, what in SHORTCUTS)
        self.keys_label = QLabel(keys)
        self.keys_label.setStyleSheet(f"color: {theme().muted};")
        self.keys_label.setWordWrap(True)

        box = QVBoxLayout(self)
        box.setContentsMargins(16, 12, 16, 10)
        box.setSpacing(10)
        box.addLayout(head)
        box.addWidget(self.link.banner)
        box.addWidget(self.link.doubles_label)
        box.addWidget(self.field)
        box.addWidget(split, 1)
        box.addLayout(actions)
        box.addWidget(self.status_label)
        # The desk's own settings beside the shortcuts: the button row stays short enough for
        # a 1024-pixel window.
        foot = QHBoxLayout()
        foot.addWidget(self.keys_label, 1)
        foot.addWidget(QLabel(self.tr("Clear result after")))
        foot.addWidget(self.clear_spin)
        foot.addWidget(self.sound_box)
        foot.addWidget(self.languages_box)
        box.addLayout(foot)
        self.setFocusProxy(self.field)

    def _connect(self) -> None:
        self.field.textEdited.connect(self._on_text_edited)
        self.field.returnPressed.connect(self.enter_pressed)
        self.field.move_requested.connect(self.view.move_selection)
        self.field.cleared.connect(self._on_cleared)
        self.view.chosen.connect(self.check_in)
        self.list_box.activated.connect(self._list_chosen)
        self.scan_buffer.scanned.connect(self.scan)
        self.search_timer.timeout.connect(self._on_search_timer)
        self.clear_timer.timeout.connect(self.panel.show_ready)
        self.clear_timer.timeout.connect(self._end_full)
        self.panel.shown.connect(self._sync_print_button)
        self.panel.shown.connect(self._sync_undo_button)
        self.ctx.signals.desk_renamed.connect(self._desk_renamed)
        self.poll_timer.timeout.connect(self.poll)
        self.undo_button.clicked.connect(lambda: self.undo_last())
        self.print_button.clicked.connect(self.print_badge)
        self.walk_in_button.clicked.connect(self.open_walk_in)
        self.clear_spin.valueChanged.connect(self._options_changed)
        self.sound_box.toggled.connect(self._options_changed)
        self.languages_box.toggled.connect(self._options_changed)
        for seq, slot, what in (
            ("Ctrl+Z", lambda: self.undo_last(), self.tr("Undo the check-in shown")),
            ("Ctrl+P", self.print_badge, self.tr("Print or reprint the badge of the person shown")),
            ("F2", self.open_walk_in, self.tr("Register a walk-in")),
            ("F6", self.focus_field, self.tr("Back to the search field")),
            ("Ctrl+L", self.focus_field, self.tr("Back to the search field")),
            ("F3", self.toggle_exit, self.tr("At a door with exits: entry or exit scans")),
            ("F8", lambda: self.admit_anyway(), self.tr("Admit one more at a full door")),
        ):
            sc = QShortcut(QKeySequence(seq), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.setWhatsThis(what)  # the Help's shortcut sheet reads it
            sc.activated.connect(slot)
        self.ctx.signals.changed.connect(self._on_data_changed)

    # --- visibility -----------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            # Fixed shares: the panel's changing text must not move the divider.
            self._sized = True
            # Half for the list: English and Chinese names in full at 1280x800 with the sidebar.
            total = max(self.splitter.width(), 900)
            self.splitter.setSizes([total // 2, total - total // 2])
            # The first scan after the desk opens is then as quick as the rest.
            self.ctx.worker.prepare_desk(self.ctx.desk)
        self.scan_buffer.install()
        self.poll_timer.start()
        if self._counts_stale:
            self._counts_stale = False
            self.refresh_counters()
        self.focus_field()

    def hideEvent(self, event: QHideEvent) -> None:
        self.scan_buffer.remove()
        self.poll_timer.stop()
        super().hideEvent(event)

    def on_shown(self) -> None:
        self.refresh_counters()
        self.focus_field()

    def open_item(self, attendee_id: int) -> None:
        """Show one attendee as the only hit, ready for Enter (from "open it")."""
        if attendee_id <= 0:
            return
        try:
            card = self.ctx.worker.read(lambda s: attendees.get_card(s, attendee_id))
        except Exception as exc:
            self.status_label.setText(user_message(exc))
            return
        if card is not None:
            self._show_hits([card])
            self.hits_label.setText(
                self.tr("Registered: {name} (Enter checks in)").format(name=card.display_name)
            )
        self.focus_field()

    def focus_field(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    # --- search ---------------------------------------------------------------------------
    def _on_text_edited(self, _text: str) -> None:
        # Leading and trailing edge: the first key after a pause searches at once; keys that
        # follow within the delay are searched together when it ends (a scanner's burst costs
        # one search, a person sees results as soon as they stop).
        self._search_dirty = True
        if self.search_timer.isActive():
            return
        # Run on the next turn of the event loop, so the key handler itself returns at once
        # (a scanner's next keys are not held up behind a search).
        QTimer.singleShot(0, self._leading_search)
        self.search_timer.start()

    def _leading_search(self) -> None:
        if self._search_dirty:
            self.run_search()

    def _on_search_timer(self) -> None:
        if self._search_dirty:
            self.run_search()
            self.search_timer.start()

    def _on_cleared(self) -> None:
        self.search_timer.stop()
        self._search_dirty = False
        self.show_recent()

    def run_search(self) -> None:
        """Search now for the field's text."""
        self._search_dirty = False
        self.picking = ""
        text = self.field.text().strip()
        self.searched_text = text
        if not text:
            self.show_recent()
            return
        try:
            # From the desk's mirror while the event's server is away.
            hits = self.ctx.worker.read_or_mirror(
                self.ctx.desk, lambda s: attendees.search(s, text, limit=50)
            )
        except Exception as exc:  # a store error must not take the desk down
            self.status_label.setText(user_message(exc))
            return
        self._show_hits(hits)

    def _show_order(self, code: str, cards: tuple[AttendeeCard, ...]) -> None:
        """An order code of several people: they are the hits, the first highlighted; Enter
        (or a click) checks in the one chosen."""
        self.hits.set_hits(list(cards))
        if cards:
            self.view.setCurrentIndex(self.hits.index(0, 0))
        self.picking = code
        self.hits_label.setText(
            self.tr("Order {code}: {count} people · Enter checks in the highlighted person").format(
                code=code, count=len(cards)
            )
        )
        self.hits_shown.emit(len(cards))

    def _show_hits(self, hits: list[Any]) -> None:
        self.hits.set_hits(hits)
        if hits:
            self.view.setCurrentIndex(self.hits.index(0, 0))
            n = len(hits)
            more = "+" if n >= 50 else ""
            self.hits_label.setText(
                self.tr("{count} found · Enter checks in the highlighted person").format(
                    count=f"{n}{more}"
                )
            )
        else:
            text = self.field.text().strip()
            self.hits_label.setText(
                self.tr("Nobody found for “{text}”").format(text=text)
                if text
                else self.tr("Results")
            )
        self.hits_shown.emit(len(hits))

    def show_recent(self) -> None:
        """While the field is empty: this desk's latest check-ins (click one to reprint)."""
        self.picking = ""
        self.hits.set_hits(self._recent)
        self.view.clearSelection()
        desk = self.ctx.desk
        self.hits_label.setText(
            self.tr("Latest check-ins at {desk}").format(desk=desk)
            if self._recent
            else self.tr("Type a name to search")
        )

    def _remember(self, card: AttendeeCard, checked_in: bool) -> None:
        """Keep the recent list in step without asking the store."""
        self._recent = [c for c in self._recent if c.id != card.id]
        if checked_in:
            self._recent.insert(0, card)
            del self._recent[RECENT:]

    # --- check-in -------------------------------------------------------------------------
    def enter_pressed(self) -> None:
        """Enter in the field: check in the highlighted hit, or treat the text as a code."""
        text = self.field.text().strip()
        if not text:
            hit_id = self.view.current_id() if self.picking else None
            if hit_id is not None:  # one of an order's people, chosen from the list
                self.check_in(hit_id)
            return
        if self._search_dirty:
            self.run_search()
        hit_id = self.view.current_id()
        hit = self.hits.hits[self.view.currentIndex().row()] if hit_id is not None else None
        if hit is None and any(c.isspace() for c in text):
            # A name that matches nobody: codes never hold spaces, so this is no scan (and
            # nothing is logged). Keep the text so the spelling can be corrected.
            self.field.selectAll()
            self.panel.show_message(
                NOT_FOUND,
                self.tr("No one found"),
                self.tr(
                    "No registration matches “{text}”. Check the spelling, try the Chinese name "
                    "or the e-mail, or register a walk-in (F2)."
                ).format(text=text),
            )
            return
        if hit is None or hit_id is None or text.upper() == (hit.badge_code or "").upper():
            self.scan(text)
        else:
            self.check_in(hit_id)

    # --- the check-in list -----------------------------------------------------------------
    @property
    def checkin_list(self) -> str:
        """The list this desk checks in on ("" for the badge pickup). A list the event does
        not have (settings kept from another event) is the badge pickup too."""
        chosen = self.options.checkin_list
        return chosen if chosen != PICKUP and chosen in self._known_lists else ""

    def _list_label(self, name: str) -> str:
        """How a list's name reads in the chooser: the event's own lists (the badge pickup,
        "Day 2 - 4 Dec") in the interface's language (lists_dialog.list_label)."""
        from desktop.ui.list_names import list_label

        return list_label(name)

    def load_lists(self) -> None:
        """Read the event's lists into the chooser (it gives the event its day lists first)."""

        def shown(names: list[str]) -> None:
            self._known_lists = set(names)
            self.list_box.blockSignals(True)
            self.list_box.clear()
            for name in names:
                self.list_box.addItem(self._list_label(name), name)
            chosen = self.options.checkin_list or PICKUP
            if chosen not in names:  # removed meanwhile: back to the badge pickup
                self.options.checkin_list = chosen = ""
            self.list_box.setCurrentIndex(max(0, self.list_box.findData(chosen or PICKUP)))
            self.list_box.blockSignals(False)
            self._read_door()

        self.ctx.worker.submit_or_mirror(
            self.ctx.desk, lambda s, _offline: list_names(s), shown, self._lists_failed
        )

    def _lists_failed(self, _exc: Exception) -> None:
        self.list_box.setToolTip(
            self.tr("The lists are read from the event's server when it answers")
        )

    def _list_chosen(self, index: int) -> None:
        name = str(self.list_box.itemData(index) or self.list_box.itemText(index))
        self.options.checkin_list = "" if name == PICKUP else name
        save_options(self.options)
        self.status_label.setText(
            self.tr("Checking in on: {name}").format(name=self._list_label(name))
        )
        self.exit_box.setChecked(False)
        self._list_target = None
        self._read_door()
        self.refresh_counters()  # the new list's counts
        self._sync_undo_button()
        self.focus_field()

    def _read_door(self) -> None:
        chosen = self.checkin_list
        if not chosen:
            self.show_door(None)
            return
        self.ctx.worker.submit_or_mirror(
            self.ctx.desk, lambda s, _off: door(s, chosen), self.show_door, self._lists_failed
        )

    def show_door(self, state: Door | None) -> None:
        """The door's count in the header (hidden for the badge pickup and lists without seats
        or exits): amber from 90% of its seats, red when full."""
        self.exit_box.setVisible(state is not None and state.exits)
        if state is None or (state.seats is None and not state.exits):
            self.door_counter.hide()
            return
        t = theme()
        seats = f" / {state.seats:,}" if state.seats else ""
        self.door_counter.value.setText(f"{state.inside:,}{seats}")
        inside = self.tr("inside") if state.exits else self.tr("in")
        self.door_counter.caption.setText(f"{inside} · {state.name}")
        full = state.seats is not None and state.inside >= state.seats
        color = t.bad if full else t.warn if state.share >= NEARLY_FULL else t.text
        self.door_counter.value.setStyleSheet(f"color: {color};")
        self.door_counter.show()

    def _end_full(self) -> None:
        """The full door's refusal is gone from the panel: Print badge is back."""
        self._full = None
        self.override_button.hide()
        self.print_button.show()

    def toggle_exit(self) -> None:
        """F3: entry or exit scans at a door with exits."""
        if self.exit_box.isVisible():
            self.exit_box.setChecked(not self.exit_box.isChecked())
            self.status_label.setText(
                self.tr("Exit scans") if self.exit_box.isChecked() else self.tr("Entry scans")
            )
        self.focus_field()

    def _ask_override_reason(self) -> str:
        from PySide6.QtWidgets import QInputDialog

        text, ok = QInputDialog.getText(
            self,
            self.tr("Admit anyway"),
            self.tr("The door is full. Why admit this person? (kept in the log)"),
        )
        return text.strip() if ok else ""

    def admit_anyway(self) -> None:
        """F8 after "Full": admit the person refused, with a reason the log keeps."""
        full, chosen = self._full, self.checkin_list
        if full is None or not chosen:
            return
        reason = self.reason_provider()
        if not reason:
            self.focus_field()
            return
        desk, operator = self.ctx.desk, self.ctx.operator
        kind, value = full
        self._pending += 1
        if kind == "code":
            code = str(value)
            self._on_list(
                lambda s: scan_list(s, code, chosen, desk, operator, override=reason), code
            )
        else:
            aid = int(value)
            self._on_list(
                lambda s: check_in_on_list(s, aid, chosen, desk, operator, override=reason)
            )

    def _on_list(self, job: Callable[[Session], ListScanResult], code: str = "") -> None:
        """A check-in on the chosen list, on the desk's lane: on the server, or from the
        desk's mirror and kept in its journal while the server is away."""
        desk, operator = self.ctx.desk, self.ctx.operator

        def run(store: Any, journal: Any, mirror: Any) -> DeskListScan:
            return list_scan_or_journal(store, journal, mirror, job, desk, operator, code)

        def answered(answer: DeskListScan) -> None:
            self.link.note(answer)
            done = answer.done
            self.show_result(done.result, code, on_list=done.list_name)
            self.show_door(done.door)
            is_full = done.result.outcome is Outcome.FULL
            self.override_button.setVisible(is_full)
            self.print_button.setVisible(not is_full)
            card = done.result.attendee
            self._full = None
            if is_full:
                self._full = ("code", code) if code else ("id", card.id if card else 0)

        self.ctx.worker.desk_job(self.ctx.desk, run, answered, self._on_error)

    def scan(self, raw: str) -> None:
        """Verify a scanned (or typed) code and check its holder in, on the desk's lane; kept
        in the desk journal when the event is busy or its server away (never a wait)."""
        self.field.clear()
        self.search_timer.stop()
        self._search_dirty = False
        self._pending += 1
        self.status_label.setText(self.tr("Checking in…"))
        chosen, desk, operator = self.checkin_list, self.ctx.desk, self.ctx.operator
        if chosen:
            leaving = self.exit_box.isVisible() and self.exit_box.isChecked()
            self._on_list(lambda s: scan_list(s, raw, chosen, desk, operator, leaving), raw)
            return

        def answered(answer: DeskScan) -> None:
            self.link.note(answer)
            self.show_result(answer.result, raw)

        self.ctx.worker.submit_scan(raw, self.ctx.desk, self.ctx.operator, answered, self._on_error)

    def check_in(self, attendee_id: int) -> None:
        """Check in a person chosen from the hits, on the desk's lane like a scan: kept in the
        desk journal when the event is busy or its server away (never a wait)."""
        self.field.clear()
        self.search_timer.stop()
        self._search_dirty = False
        self._pending += 1
        self.status_label.setText(
            self.tr("Checking in…")
        )  # the store may be a server across the hall
        desk, operator = self.ctx.desk, self.ctx.operator
        chosen = self.checkin_list
        if chosen:
            self._on_list(lambda s: check_in_on_list(s, attendee_id, chosen, desk, operator))
            return

        def answered(answer: DeskScan) -> None:
            self.link.note(answer)
            self.show_result(answer.result)

        self.ctx.worker.desk_job(
            desk,
            lambda store, journal, mirror: check_in_or_journal(
                store, journal, attendee_id, desk, operator, mirror=mirror
            ),
            answered,
            self._on_error,
        )

    def show_result(self, result: ScanResult, code: str = "", on_list: str = "") -> None:
        """Show a check-in outcome and do what follows it (print, counters, sounds). A check-in
        on a list (`on_list`) says the list's words and prints no badge."""
        self._pending = max(0, self._pending - 1)
        self.panel.show_result(result, self.zone, code, on_list=bool(on_list))
        walk_in = getattr(self, "walk_in_dialog", None)
        if walk_in is not None and walk_in.isVisible():
            # Scanned while the walk-in form is open (it covers the panel): say it there too.
            card = result.attendee
            walk_in.show_scan(self.panel.headline.text(), card.display_name if card else "")
        outcome = str(result.outcome)
        card = result.attendee
        if on_list:
            if outcome == "checked_in":
                self._bump_counters(+1)
            on = outcome in ("checked_in", "already") and card is not None
            self._list_target = (card.id, card.display_name) if on and card else None
            self._after_result(outcome, code, result.choices)
            return
        self._end_full()
        if outcome == "checked_in" and card is not None:
            self._last_checked_in = card.id
            self._remember(card, True)
            self._bump_counters(+1)
            self._request_badge(card.id)
        self._after_result(outcome, code, result.choices)

    def _after_result(
        self, outcome: str, code: str = "", choices: tuple[AttendeeCard, ...] = ()
    ) -> None:
        """What follows every answer: the hits (an order's people to pick from, else the
        latest check-ins), buttons, sound, focus."""
        if self._pending == 0:
            self.status_label.clear()
        if choices:
            self._show_order(code, choices)
        else:
            self.show_recent()
        self._sync_undo_button()
        # Counters moved already (_bump_counters); the exact count over the whole event
        # follows within one poll, so a rush of scans costs one count per poll, not per scan.
        self._beep(outcome)
        self._restart_clear_timer()
        if outcome in ("checked_in", "undone"):
            self.ctx.signals.notify(Change.CHECKINS, initiator=self)
        self.focus_field()
        self.result_shown.emit(outcome)

    def _on_error(self, exc: Exception) -> None:
        self._pending = max(0, self._pending - 1)
        # Nothing was committed: never green, and plainly not saved.
        self.panel.show_message(RED, self.tr("NOT SAVED"), user_message(exc))
        self._after_result("error")

    # --- undo, print, walk-in ---------------------------------------------------------------
    def _undo_target(self) -> tuple[int, str] | None:
        """Whose check-in Undo takes back: the checked-in person on the panel (a scan, a
        pick from the latest check-ins, after a restart too), else this desk's last one; on a
        list, the person shown checked in on it."""
        if self.checkin_list:
            return self._list_target
        card = self.panel.attendee
        if (
            card is not None
            and self.panel.outcome in ("checked_in", "already")
            and card.checked_in_at is not None
        ):
            return card.id, card.display_name
        if self._last_checked_in is not None:
            return self._last_checked_in, self.tr("this person")
        return None

    def _sync_undo_button(self) -> None:
        self.undo_button.setEnabled(self._undo_target() is not None)

    def undo_last(self, reason: str | None = None) -> None:
        """Take back the check-in of the person shown (else this desk's last one); asks for
        the reason unless given."""
        target = self._undo_target()
        if target is None:
            self.status_label.setText(
                self.tr(
                    "Nothing to undo: pick the person from the latest check-ins or scan their "
                    "badge."
                )
            )
            return
        attendee_id, name = target
        fallback = self.tr("undone at the desk")
        if reason is None:
            reason = ask_undo_reason(self, name, fallback)
            if reason is None:
                return
        reason = reason.strip() or fallback
        desk, operator = self.ctx.desk, self.ctx.operator
        if self.checkin_list:
            self._undo_on_list(attendee_id, reason)
            return

        def done(answer: DeskUndo) -> None:
            if self._last_checked_in == attendee_id:
                # (A badge scanned while the reason was asked is the last check-in now.)
                self._last_checked_in = None
            self.link.note(answer)
            self._remember(answer.card, False)
            self._bump_counters(-1)
            self.panel.show_undone(answer.card, reason)
            self._after_result("undone")
            if answer.journaled:
                self.status_label.setText(
                    self.tr("Undo saved at this desk (offline): it will be sent.")
                    if answer.offline
                    else self.tr("Undo saved at this desk (the event is busy): it will be sent.")
                )

        self.ctx.worker.desk_job(
            desk,
            lambda store, journal, mirror: undo_or_journal(
                store, journal, attendee_id, reason, desk, operator, mirror=mirror
            ),
            done,
            self._undo_refused,
        )

    def _undo_refused(self, exc: Exception) -> None:
        self.panel.show_message(RED, self.tr("NOT UNDONE"), user_message(exc))
        self._after_result("error")

    def _undo_on_list(self, attendee_id: int, reason: str) -> None:
        """Take the person off the desk's list (not the badge pickup), on the desk's lane."""
        chosen, desk, operator = self.checkin_list, self.ctx.desk, self.ctx.operator

        def run(store: Any, journal: Any, mirror: Any) -> DeskListUndo:
            return list_undo_or_journal(
                store, journal, mirror, attendee_id, chosen, desk, operator, reason
            )

        def done(answer: DeskListUndo) -> None:
            self.link.note(answer)
            said, card, state = answer.said, answer.card, answer.door
            self._list_target = None
            self._bump_counters(-1)
            self.panel.show_undone(card, reason, said)
            self.show_door(state)
            self._after_result("undone")

        self.ctx.worker.desk_job(desk, run, done, self._undo_refused)

    def _desk_renamed(self, desk: str) -> None:
        """Settings gave this desk another name: the header, this desk's counter and its
        latest check-ins follow at once (check-ins are logged under the new name)."""
        self.title.setText(desk)
        self.desk_counter.caption.setText(self.tr("checked in at {desk}").format(desk=desk))
        self._recent = self._load_recent()
        if not self.field.text().strip():
            self.show_recent()
        self.refresh_counters()

    def _sync_print_button(self) -> None:
        """Print badge acts on the person on the panel: off while nobody is shown."""
        card = self.panel.attendee
        self.print_button.setEnabled(card is not None)
        printed = card is not None and (card.print_count or card.badge_printed_at)
        self.print_button.setText(
            self.tr("Reprint badge  (Ctrl+P)") if printed else self.tr("Print badge  (Ctrl+P)")
        )

    def print_badge(self) -> None:
        """Ask for the badge of the person on the panel (always printed: kind "reprint")."""
        card = self.panel.attendee
        if card is None:
            self.status_label.setText(self.tr("Check someone in first, then print their badge."))
            return
        waiting = self.tr("Printing the badge of {name}…").format(name=card.display_name)
        printing = self._badge_printer() is not None
        self.status_label.setText(waiting if printing else self.tr(NO_PRINTING))
        self.ctx.signals.print_badge_requested.emit(card.id, "reprint")
        self._restart_clear_timer()

    # --- what happened to the badge ---------------------------------------------------------
    def _badge_printer(self) -> BadgePrinter | None:
        """The application's BadgePrinter (desktop.ui.printing.install), watched once."""
        printer = self.ctx.badge_printer
        if printer is not None and printer is not self._watched_printer:
            printer.printed.connect(self._badge_printed)
            printer.skipped.connect(self._badge_skipped)
            printer.failed.connect(self._badge_failed)
            printer.kept.connect(self.link.note)  # a print logged offline waits to be sent
            self._watched_printer = printer
        return printer

    def _request_badge(self, attendee_id: int) -> None:
        """After a check-in: hand the badge to printing, which decides (policy, printer)."""
        waiting = self.tr("Badge: asking the printer…")
        printing = self._badge_printer() is not None
        self.panel.show_print_status(attendee_id, waiting if printing else self.tr(NO_PRINTING))
        self.ctx.signals.print_badge_requested.emit(attendee_id, "desk")

    def _print_note(self, attendee_id: int | None, text: str) -> None:
        if not self.panel.show_print_status(attendee_id, text):
            self.status_label.setText(text)

    def _badge_printed(self, info: BadgePrinted) -> None:
        if info.printer:
            text = self.tr("Badge sent to {printer} (Ctrl+P prints again).").format(
                printer=info.printer
            )
        else:
            text = self.tr(
                "No badge printed: no badge printer chosen (Badges screen). Badge PDF saved: {path}"
            ).format(path=info.path)
        self._print_note(info.attendee_id, text)

    def _badge_skipped(self, attendee_id: int, why: SkipReason) -> None:
        from desktop.ui.printing import load_settings

        printer = self._badge_printer()
        chosen = load_settings(printer.settings).printer if printer is not None else ""
        if why is SkipReason.REPRINT_CANCELLED:
            text = self.tr("Badge not printed: reprint cancelled.")
        elif why is SkipReason.ALREADY_PRINTED:
            text = self.tr("No badge printed: it was printed before (Ctrl+P prints again).")
        elif why is SkipReason.POLICY_NEVER and not chosen:
            text = self.tr("No badge printed: no badge printer chosen (Badges screen).")
        elif why is SkipReason.POLICY_NEVER:
            text = self.tr(
                "No badge printed: check-in printing is off (Badges screen); Ctrl+P prints."
            )
        elif why is SkipReason.UNKNOWN_ATTENDEE:
            text = self.tr("No badge printed: unknown attendee.")
        elif why is SkipReason.LOST_BADGE_OFFLINE:
            text = self.tr(
                "No badge printed: a lost badge gets its new code only while the server answers."
            )
        else:
            text = self.tr("No badge printed: {why}.").format(why=why)
        self._print_note(attendee_id, text)

    def _badge_failed(self, message: str) -> None:
        self._print_note(None, self.tr("Badge not printed: {reason}").format(reason=message))

    def open_walk_in(self) -> None:
        """The walk-in form; its result is shown on the panel like a check-in."""
        from desktop.ui.desk.walk_in import WalkInDialog

        dialog = WalkInDialog(self.ctx, self)
        if self._walk_in_draft:
            dialog.set_values(self._walk_in_draft)
            self._walk_in_draft = None
        dialog.registered.connect(self.show_walk_in)
        dialog.open_existing.connect(self.open_item)
        dialog.finished.connect(lambda _r: self._walk_in_closed(dialog))
        dialog.open()
        self.walk_in_dialog = dialog

    def _walk_in_closed(self, dialog: Any) -> None:
        if dialog.kept:  # "Open it": the typed form waits for F2, in case it was someone else
            self._walk_in_draft = dialog.values()
            self.status_label.setText(
                self.tr("The walk-in form is kept as typed: F2 opens it again.")
            )
        self.focus_field()

    def show_walk_in(self, answer: DeskWalkIn) -> None:
        """A walk-in was registered (and checked in): show it and hand it to printing. Offline
        (kept in the journal) the number is provisional until it is sent."""
        result = answer.result
        if answer.journaled:
            self.link.note(answer)
        self.panel.show_result(result, self.zone)
        card = result.attendee
        outcome = str(result.outcome)
        if card is not None and outcome == "checked_in":
            self._last_checked_in = card.id
            self._remember(card, True)
            self._bump_counters(+1, registered=+1)
            self._request_badge(card.id)
        self.ctx.signals.notify(Change.ATTENDEES, initiator=self)
        self._after_result(outcome)
        if answer.journaled:  # (after _after_result, which clears the status line)
            self.status_label.setText(self._walk_in_kept_text())

    def _walk_in_kept_text(self) -> str:
        return self.tr(
            "Walk-in saved at this desk (offline), with a provisional number: it gets the "
            "event's number when it is sent."
        )

    def _walk_ins_sent(self, pairs: list[tuple[int, int]]) -> None:
        """Offline walk-ins now have the event's ids: the recent list, the panel and Undo
        follow (a reprint from the list then prints the server's record)."""
        real = dict(pairs)

        def moved(card: AttendeeCard) -> AttendeeCard:
            new = real.get(card.id)
            return replace(card, id=new, number=new) if new is not None else card

        self._recent = [moved(c) for c in self._recent]
        if self._last_checked_in in real:
            self._last_checked_in = real[self._last_checked_in]
        if self.panel.attendee is not None and self.panel.attendee.id in real:
            self.panel.attendee = moved(self.panel.attendee)
        if self.status_label.whole_text() == self._walk_in_kept_text():
            self.status_label.setText(
                self.tr("Walk-ins registered offline were sent: they have the event's numbers now.")
            )
        if not self.field.text().strip():
            self.show_recent()

    # --- other desks, counters, settings ----------------------------------------------------
    def refresh_counters(self) -> None:
        """Count again on the worker thread (a count over 100,000 rows takes tens of ms)."""
        if not self.isVisible():
            self._count_again = False
            self._counts_stale = True  # counted when the desk is shown again
            return
        if self._counting:
            self._count_again = True
            return
        self._counting = True
        desk, chosen = self.ctx.desk, self.checkin_list
        # While the server is away: counted in the desk's mirror (this desk's own offline
        # check-ins included), the activity marker left as it was.
        self.ctx.worker.submit_or_mirror(
            desk,
            lambda s, offline: (
                None if offline else checkin.activity_marker(s),
                # On a list, its own counts (offline the badge pickup's, from the mirror).
                list_counters(s, chosen, desk)
                if chosen and not offline
                else checkin.counters(s, desk),
            ),
            self._show_counters,
            self._counters_failed,
            write=False,
        )

    def _show_counters(self, value: tuple[Any, Any]) -> None:
        self._counting = False
        if self._count_again:
            self._count_again = False
            self.refresh_counters()
        marker, c = value
        if marker is not None:
            self._marker = marker
        self.counts = [c.checked_in, c.registered, c.desk_checked_in]
        self._paint_counters()
        self.counters_shown.emit()

    def _counters_failed(self, exc: Exception) -> None:
        self._counting = False
        self.status_label.setText(user_message(exc))

    def _bump_counters(self, checked_in: int, registered: int = 0) -> None:
        """Move the counters at once after our own action; the exact count follows."""
        if self.counts:
            self.counts[0] += checked_in
            self.counts[1] += registered
            self.counts[2] += checked_in
            self._paint_counters()

    def _paint_counters(self) -> None:
        checked_in, registered, desk = self.counts
        self.panel.set_empty_event(registered == 0)
        self.event_counter.value.setText(f"{checked_in:,} / {registered:,}")
        self.desk_counter.value.setText(f"{desk:,}")
        chosen = self.checkin_list
        self.event_counter.caption.setText(
            self.tr("checked in / registered on {list}").format(list=chosen)
            if chosen
            else self.tr("checked in / registered (event)")
        )
        self.desk_counter.caption.setText(
            self.tr("checked in at {desk}").format(desk=self.ctx.desk)
        )

    def _server_away(self) -> bool:
        """The event's server failed to answer a moment ago (the desk works from its mirror
        and the GUI thread does not wait on a connect timeout)."""
        mirror = self.ctx.worker.mirror(self.ctx.desk)
        return mirror is not None and mirror.recently_unreachable(GUI_OFFLINE_S)

    def _load_recent(self) -> list[Any]:
        """This desk's latest check-ins; none while the server is away (the mirror holds
        no check-in log: the list fills again from the server once it is back)."""
        desk = self.ctx.desk
        if self._server_away():
            return []
        try:
            return self.ctx.worker.read(lambda s: recent_checkins(s, desk, RECENT))
        except Exception as exc:
            mirror = self.ctx.worker.mirror(desk)
            if mirror is None or not is_connection_lost(exc):
                raise
            mirror.mark_unreachable()
            return []

    def poll(self) -> None:
        """Every 2 s: if any desk changed something, refresh counters and the hit list."""
        if self._server_away():
            return  # the banner's own probe finds the server again
        try:
            marker = self.ctx.worker.read(checkin.activity_marker)
        except Exception:
            return  # the store is briefly unreachable; the next poll tries again
        if marker == self._marker:
            return
        self.refresh_counters()
        if not self.field.text().strip():
            self.show_recent()
        elif self.hits.hits:
            self.run_search()

    def _on_data_changed(self, changes: Changes) -> None:
        if changes.touches(Change.LISTS):
            self.load_lists()  # a list added or removed in the Check-in lists window
        if changes.touches(Change.PRINTS) and self.panel.attendee is not None:
            self.print_button.setText(self.tr("Reprint badge  (Ctrl+P)"))
        if changes.made_by(self):
            return  # our counters are already being refreshed
        touched = changes.touches(Change.ATTENDEES, Change.CHECKINS, Change.PRINTS)
        if touched and self.isVisible():
            self.refresh_counters()

    def _restart_clear_timer(self) -> None:
        if self.options.clear_after_s > 0:
            self.clear_timer.start(self.options.clear_after_s * 1000)
        else:
            self.clear_timer.stop()

    def _beep(self, outcome: str) -> None:
        if not self.options.sounds:
            return
        QApplication.beep()
        if outcome not in ("checked_in", "undone"):
            QTimer.singleShot(180, QApplication.beep)

    def _options_changed(self) -> None:
        self.options.clear_after_s = self.clear_spin.value()
        self.options.sounds = self.sound_box.isChecked()
        self.options.two_languages = self.languages_box.isChecked()
        self.panel.set_two_languages(self.options.two_languages)
        save_options(self.options)
        self._restart_clear_timer()
