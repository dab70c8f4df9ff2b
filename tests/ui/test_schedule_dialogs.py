"""The Schedule screen's dialogs offscreen: sessions, rooms, tracks, speakers, releases.

Each dialog is filled in as a user would (its widgets), accepted through its own apply path,
and checked against the stored rows; undo must restore them.
"""

from __future__ import annotations

import datetime as dt
import itertools
import sqlite3
import threading
import time
import zoneinfo
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from sqlalchemy import select

from db.engine import Store
from db.models import Attendee, Room, Speaker, Track
from db.models import Session as SessionRow
from desktop.core.attendees import add_attendees
from desktop.core.events import current_event
from desktop.core.schedule import editing
from desktop.core.schedule.releases import list_releases
from desktop.core.schedule.windows import format_windows, parse_windows
from desktop.ui.context import AppContext
from desktop.ui.schedule import ScheduleScreen
from desktop.ui.schedule.releases_dialog import ReleasesDialog
from desktop.ui.schedule.rooms_dialog import RoomsDialog
from desktop.ui.schedule.session_dialog import SessionDialog
from desktop.ui.schedule.speakers_dialog import SpeakersDialog
from desktop.ui.schedule.style import session_colors
from desktop.ui.schedule.tracks_dialog import TracksDialog
from desktop.ui.worker import DbWorker
from tests.ui.schedule_support import close_screen, hover_tooltip

HK = zoneinfo.ZoneInfo("Asia/Hong_Kong")
DAY = dt.date(2026, 12, 3)


def at(hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(DAY, dt.time(hour, minute), HK)


@pytest.fixture
def ids(store: Store) -> dict[str, int]:
    with store.session() as s:
        hall = editing.create_room(s, "Main Hall", capacity=500)
        track = editing.create_track(s, "Research", "#2563eb")
        ada = editing.create_speaker(s, "Ada Chan", name_local="陳愛達")
        bo = editing.create_speaker(s, "Bo Li")
        talk = editing.create_session(s, "Opening", "keynote", status="confirmed", track_id=track)
        editing.move_session(s, talk, hall, at(9))
        editing.set_session_speakers(s, talk, [(ada, "speaker")])
        (attendee,) = add_attendees(
            s, current_event(s), [{"given_name": "Bo", "family_name": "Li", "organization": "CUHK"}]
        )
    return {"hall": hall, "track": track, "ada": ada, "bo": bo, "talk": talk, "att": attendee}


@pytest.fixture
def screen(qtbot, store: Store, ids: dict[str, int]) -> Iterator[ScheduleScreen]:
    worker = DbWorker(store)
    w = ScheduleScreen(AppContext(store=store, worker=worker, event_id=1))
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    w.on_shown()
    yield w
    close_screen(w)
    worker.shutdown()


def read(store: Store, model: type, ident: int):
    with store.factory() as s:
        row = s.get(model, ident)
        if row is not None:
            s.expunge(row)
        return row


def test_session_dialog_edits_fields_and_speakers_undoably(
    screen: ScheduleScreen, store: Store, ids: dict[str, int]
) -> None:
    sd = screen.controller.sessions[ids["talk"]]
    dialog = SessionDialog(screen.controller.data, sd, screen)
    dialog.title.setText("Opening Keynote: 人工智能的未來")
    dialog.status.setCurrentIndex(dialog.status.findData("draft"))
    dialog.audience.setValue(450)
    dialog._add_speaker_row(ids["bo"], "moderator")
    assert screen.apply_session_dialog(dialog)

    row = read(store, SessionRow, ids["talk"])
    assert (row.title, row.status, row.expected_audience) == (
        "Opening Keynote: 人工智能的未來",
        "draft",
        450,
    )
    roles = [(p.id, p.role) for p in screen.controller.sessions[ids["talk"]].speakers]
    assert roles == [(ids["ada"], "speaker"), (ids["bo"], "moderator")]
    block = screen.view.timetable.items_by_id[ids["talk"]]
    tip = hover_tooltip(screen, block)
    assert "人工智能" in tip and "Bo Li" in tip

    screen.undo_action.trigger()
    row = read(store, SessionRow, ids["talk"])
    assert (row.title, row.status, row.expected_audience) == ("Opening", "confirmed", None)
    assert [p.id for p in screen.controller.sessions[ids["talk"]].speakers] == [ids["ada"]]


def test_new_session_takes_the_type_default_duration_and_undo_deletes_it(
    screen: ScheduleScreen, store: Store
) -> None:
    dialog = SessionDialog(screen.controller.data, None, screen)
    dialog.title.setText("Panel: Compute in Asia")
    dialog.type.setCurrentIndex(dialog.type.findData("panel"))
    assert dialog.duration.value() == 60  # the panel default
    assert screen.apply_session_dialog(dialog)
    titles = [sd.title for sd in screen.controller.unscheduled()]
    assert titles == ["Panel: Compute in Asia"]
    with store.factory() as s:
        assert s.scalar(select(SessionRow.duration_min).where(SessionRow.type == "panel")) == 60
    screen.undo_action.trigger()
    assert screen.controller.unscheduled() == []
    screen.redo_action.trigger()
    assert [sd.title for sd in screen.controller.unscheduled()] == ["Panel: Compute in Asia"]


def test_session_dialog_refuses_an_empty_title(screen: ScheduleScreen, ids: dict) -> None:
    dialog = SessionDialog(screen.controller.data, screen.controller.sessions[ids["talk"]], screen)
    dialog.title.setText("  ")
    dialog._accept()
    assert dialog.result() == 0 and "title" in dialog.error.text()


def test_session_dialog_shows_what_the_imported_file_held(
    screen: ScheduleScreen, ids: dict
) -> None:
    from dataclasses import replace

    from desktop.base.schedule import Reference

    sd = replace(
        screen.controller.sessions[ids["talk"]],
        links=(Reference("https://example.org/talk", "Recording <HD>"),),
        attachments=(Reference("/attachments/slides.pdf", "Slides", "slides"),),
        feedback_url="https://example.org/feedback/1",
        base_url="https://fosdem.example/2020/",
        code="QX7PAB",
    )
    dialog = SessionDialog(screen.controller.data, sd, screen)
    info = dialog.findChild(QLabel, "sessionSourceInfo")
    assert info is not None and info.openExternalLinks()
    html = info.text()
    assert '<a href="https://example.org/talk">Recording &lt;HD&gt;</a>' in html
    # A relative attachment is made absolute against the file's base, as a browser would.
    assert '<a href="https://fosdem.example/attachments/slides.pdf">Slides</a>' in html
    assert "https://example.org/feedback/1" in html and "QX7PAB" in html
    plain = SessionDialog(screen.controller.data, screen.controller.sessions[ids["talk"]], screen)
    assert plain.findChild(QLabel, "sessionSourceInfo") is None  # nothing to show: no row


def test_rooms_dialog_adds_reorders_and_sets_availability_in_one_undo_step(
    screen: ScheduleScreen, store: Store, ids: dict[str, int]
) -> None:
    dialog = RoomsDialog(screen.controller, screen)
    dialog.add_room()
    dialog.table.item(1, 0).setText("Breakout 1")
    dialog.table.item(1, 1).setText("40")
    dialog.table.item(0, 2).setText("2026-12-03 08:00-12:00")
    dialog.table.setCurrentCell(1, 0)
    dialog._move(-1)  # Breakout 1 becomes the first column
    dialog.apply()
    assert dialog.result() == 1
    assert [r.name for r in screen.controller.data.rooms] == ["Breakout 1", "Main Hall"]
    hall = read(store, Room, ids["hall"])
    assert hall.position == 2 and len(hall.availability) == 1
    assert screen.view.timetable.layout.rooms[0].name == "Breakout 1"

    screen.undo_action.trigger()
    assert [r.name for r in screen.controller.data.rooms] == ["Main Hall"]
    assert read(store, Room, ids["hall"]).availability == []


def test_rooms_dialog_bad_availability_changes_nothing(
    screen: ScheduleScreen, store: Store, ids: dict[str, int]
) -> None:
    dialog = RoomsDialog(screen.controller, screen)
    dialog.table.item(0, 1).setText("200")
    dialog.table.item(0, 2).setText("tomorrow morning")
    dialog.apply()
    assert dialog.result() == 0
    assert "tomorrow morning" in dialog.error.text()
    assert read(store, Room, ids["hall"]).capacity == 500


def test_tracks_dialog_recolours_the_blocks(
    screen: ScheduleScreen, store: Store, ids: dict[str, int]
) -> None:
    before = session_colors(screen.controller.sessions[ids["talk"]])[1]
    dialog = TracksDialog(screen.controller, screen)
    dialog.set_colour(0, "#16a34a")
    dialog.table.item(0, 0).setText("Research & Society")
    dialog.apply()
    assert read(store, Track, ids["track"]).color == "#16a34a"
    block = screen.view.timetable.items_by_id[ids["talk"]]
    assert session_colors(block.sd)[1] == QColor("#16a34a") != before
    screen.undo_action.trigger()
    assert read(store, Track, ids["track"]).name == "Research"


def test_tracks_dialog_removes_a_track_after_asking(
    qtbot: Any, screen: ScheduleScreen, store: Store, ids: dict[str, int]
) -> None:
    dialog = TracksDialog(screen.controller, screen)
    dialog.show()
    dialog.table.setCurrentCell(0, 0)
    seen: list[str] = []
    _answer(qtbot, "&No", seen)
    dialog.remove_button.click()
    assert "keep their place" in seen[0] and read(store, Track, ids["track"]) is not None
    _answer(qtbot, "&Yes", seen)
    dialog.remove_button.click()
    assert dialog.table.rowCount() == 0 and dialog.error.text() == ""
    with store.factory() as s:
        assert s.get(Track, ids["track"]) is None
        assert s.get(SessionRow, ids["talk"]).track_id is None
    # The timetable follows: the talk is drawn without a track.
    assert screen.controller.sessions[ids["talk"]].track is None
    dialog.close()


def test_speakers_dialog_creates_links_and_edits_availability(
    qtbot: Any, screen: ScheduleScreen, store: Store, ids: dict[str, int]
) -> None:
    dialog = SpeakersDialog(screen.controller, screen)
    dialog.new_speaker()
    QTest.keyClicks(dialog.fields["name"], "Chen Wei")
    dialog.fields["name_local"].setText("陳偉")
    dialog.fields["organization"].setText("HKUST")
    dialog.availability.setPlainText("2026-12-03 13:00-18:00")
    assert dialog.save()
    with store.factory() as s:
        chen = s.scalar(select(Speaker).where(Speaker.name == "Chen Wei"))
        assert chen is not None and chen.name_local == "陳偉" and len(chen.availability) == 1

    # Link Bo Li to the attendee record: the attendee becomes a speaker (badge category).
    dialog._fill_list(ids["bo"])
    dialog.show_speaker(dialog._speaker(ids["bo"]))
    pick(qtbot, dialog.attendee, "li cuhk", "CUHK")
    dialog.availability.setPlainText("not a time")
    assert not dialog.save()
    assert "not a time" in dialog.error.text()
    dialog.availability.setPlainText("")
    assert dialog.save()
    assert read(store, Speaker, ids["bo"]).attendee_id == ids["att"]
    assert read(store, Attendee, ids["att"]).category == "speaker"
    screen.undo_action.trigger()
    assert read(store, Speaker, ids["bo"]).attendee_id is None


def test_speaker_availability_conflict_appears_on_the_grid(
    screen: ScheduleScreen, ids: dict[str, int]
) -> None:
    dialog = SpeakersDialog(screen.controller, screen)
    dialog.show_speaker(dialog._speaker(ids["ada"]))
    dialog.availability.setPlainText("2026-12-03 13:00-18:00")  # the keynote is at 09:00
    assert dialog.save()
    block = screen.view.timetable.items_by_id[ids["talk"]]
    assert [c.kind for c in block.conflicts] == ["speaker_unavailable"]
    assert screen.conflicts.count() == 1


def test_releases_dialog_publishes_and_lists_changes(
    qtbot, screen: ScheduleScreen, ids: dict[str, int]
) -> None:
    dialog = ReleasesDialog(screen.controller, screen)
    dialog.name.setText("v1")
    first = dialog.publish()
    assert first is not None
    screen.request_move(ids["talk"], ids["hall"], at(10), 45)
    qtbot.waitUntil(lambda: screen.controller.pending == 0)  # a grid edit is written behind
    dialog.refresh()
    assert dialog.releases.currentItem().text(0) == "Not yet published"
    assert any(m.startswith("moved: “Opening”") for m in dialog.change_messages())
    dialog.name.setText("v1")
    assert dialog.publish() is None and "already a release" in dialog.message.text()
    dialog.name.setText("v2")
    assert dialog.publish() is not None
    names = [dialog.releases.topLevelItem(i).text(0) for i in range(3)]
    assert names == ["Not yet published", "v2", "v1"]
    assert dialog.releases.currentItem().text(0) == "v2"
    assert any("10:00" in m for m in dialog.change_messages())


def test_availability_text_round_trip_and_errors() -> None:
    windows = parse_windows("2026-12-03 09:00-12:30; 2026-12-04 08:00 - 2026-12-05 10:00", HK)
    assert windows[0] == (at(9), at(12, 30))
    assert parse_windows(format_windows(windows), HK) == windows
    assert parse_windows("  \n", HK) == []
    for bad in ("2026-12-03 12:00-09:00", "2026-13-03 09:00-10:00", "9 to 5"):
        with pytest.raises(ValueError):
            parse_windows(bad, HK)


def test_keyboard_zoom_and_day_navigation(screen: ScheduleScreen) -> None:
    lay = screen.view.timetable.layout
    h = lay.height
    QTest.keyClick(screen.view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert screen.view.timetable.layout.height > h
    QTest.keyClick(screen.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(screen.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert screen.view.timetable.layout.height < h


def pick(qtbot: Any, picker: Any, typed: str, wanted: str) -> None:
    """Type into the attendee picker, then Down and Enter on the match holding `wanted`."""
    picker.edit.setFocus()
    qtbot.keyClicks(picker.edit, typed)
    popup = picker.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    labels = picker.model.stringList()
    row = next(i for i, label in enumerate(labels) if wanted in label)
    for _ in range(row + 1):
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert wanted in picker.edit.text()


def _answer(qtbot: Any, button: str, seen: list[str]) -> None:
    """Click `button` of the next message box, as the organizer would, and note its text."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text() + "\n" + box.informativeText())
        next(b for b in box.buttons() if b.text() == button).click()

    QTimer.singleShot(20, click)


def test_the_first_release_says_what_it_holds_and_conflicts_ask_first(
    qtbot, screen: ScheduleScreen, ids: dict[str, int], store: Store
) -> None:
    dialog = ReleasesDialog(screen.controller, screen)
    (text,) = [dialog.changes.item(i).text() for i in range(dialog.changes.count())]
    assert text.startswith("The first release: it would hold ") and "scheduled" in text
    # Book the Main Hall twice: a second session in the opening's slot.
    with store.session() as s:
        clash = editing.create_session(s, "Clash", "talk", status="confirmed")
        editing.move_session(s, clash, ids["hall"], at(9))
    screen.controller.reload()
    seen: list[str] = []
    _answer(qtbot, "&No", seen)
    dialog.name.setText("v1")
    assert dialog.publish() is None
    assert "room booked twice" in seen[0] and "Publish v1 anyway?" in seen[0]
    assert dialog.message.text().startswith("Not published")
    with store.factory() as s:
        assert list_releases(s) == []
    _answer(qtbot, "Publish anyway", seen)
    assert dialog.publish() is not None
    assert len(seen) == 2
    (text,) = [dialog.changes.item(i).text() for i in range(dialog.changes.count())]
    assert text.startswith("The first release: it holds ")


def test_the_speakers_dialog_stays_on_a_small_screen_with_a_very_long_name(
    qtbot: Any, screen: ScheduleScreen, store: Store, ids: dict[str, int]
) -> None:
    with store.session() as s:
        add_attendees(
            s,
            current_event(s),
            [
                {
                    "given_name": "Maximilian Alexander Friedrich Wilhelm",
                    "family_name": "von Hohenzollern-Sigmaringen-Veringen" * 3,
                    "organization": "Hong Kong Applied Science and Technology Research Institute",
                }
            ],
        )
    dialog = SpeakersDialog(screen.controller, screen)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= 1440 and dialog.sizeHint().width() <= 1440
    dialog.show_speaker(dialog._speaker(ids["bo"]))
    pick(qtbot, dialog.attendee, "maximilian", "Maximilian")
    qtbot.wait(50)
    assert dialog.width() <= 1440
    assert dialog.save()
    linked = read(store, Speaker, ids["bo"]).attendee_id
    assert linked is not None and read(store, Attendee, linked).given_name.startswith("Maximilian")
    dialog.close()


def test_a_dialog_edit_waiting_for_the_write_lock_keeps_the_window_alive(
    qtbot: Any, screen: ScheduleScreen, store: Store
) -> None:
    # An import holds the event's write lock (another connection, BEGIN IMMEDIATE) while a
    # track is added: the edit waits for the lock, the window goes on painting and answering
    # timers (a desk's results, the offline banner) instead of freezing until it is free.
    holder = sqlite3.connect(str(store.sqlite_path), check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    release = threading.Timer(1.5, holder.commit)
    beats: list[float] = []
    heart = QTimer()
    heart.setInterval(10)
    heart.timeout.connect(lambda: beats.append(time.monotonic()))
    dialog = TracksDialog(screen.controller, screen)
    dialog.show()
    heart.start()
    qtbot.wait(50)
    release.start()
    cursors: list[Any] = []
    QTimer.singleShot(800, lambda: cursors.append(QApplication.overrideCursor()))
    started = time.monotonic()
    dialog.add_button.click()
    waited = time.monotonic() - started
    qtbot.wait(50)
    heart.stop()
    release.join()
    holder.close()
    assert waited >= 1.0, "the write did not wait for the lock: the test shows nothing"
    assert dialog.table.rowCount() == 2 and dialog.error.text() == ""
    with store.factory() as s:
        assert s.scalar(select(Track.id).where(Track.name == "Track 2")) is not None
    longest = max(b - a for a, b in itertools.pairwise(beats))
    assert longest < 0.3, f"the window froze for {longest:.2f} s waiting for the database"
    # A busy cursor while it waited, gone once the answer was in.
    assert cursors and cursors[0] is not None
    assert cursors[0].shape() == Qt.CursorShape.WaitCursor
    assert QApplication.overrideCursor() is None
    dialog.close()
