"""The attendee dialogs on the Attendees screen (real demo store): edit, notes, cancel and
restore, merge, history; each checked by what the table, the dialog and the store show."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop.core import checkin
from desktop.ui.attendees.edit_dialog import EditDialog
from desktop.ui.attendees.history_dialog import HistoryDialog
from desktop.ui.attendees.merge_dialog import MergeDialog
from desktop.ui.attendees.screen import AttendeesScreen
from tests.ui.desk_support import attendee, desk_context


@pytest.fixture
def screen(qtbot: Any, demo_store: Any) -> Iterator[AttendeesScreen]:
    with desk_context(demo_store, desk="Office", operator="organizer") as ctx:
        s = AttendeesScreen(ctx)
        qtbot.addWidget(s)
        s.resize(1280, 700)
        s.show()
        qtbot.waitExposed(s)
        yield s


def select(screen: AttendeesScreen, *ids: int) -> None:
    screen.clear_filters()
    screen._reselect(list(ids))
    assert screen.selected_attendee_ids() == sorted(ids, key=screen.model.row_of)


def row_text(screen: AttendeesScreen, attendee_id: int, column: str) -> str:
    from desktop.ui.attendees.model import COLUMNS

    row = screen.model.row_of(attendee_id)
    col = [c.key for c in COLUMNS].index(column)
    return str(screen.model.data(screen.model.index(row, col), Qt.ItemDataRole.DisplayRole))


def test_toolbar_has_the_dialog_actions(screen):
    texts = [a.text() for a in screen.toolbar.actions()]
    for wanted in ("Edit", "Notes", "Cancel registration", "Merge", "History"):
        assert wanted in texts


def test_double_click_edits_and_the_table_shows_the_change(qtbot, screen, demo_store):
    person = attendee(demo_store, status="registered")
    select(screen, person.id)
    row = screen.model.row_of(person.id)
    screen.table.doubleClicked.emit(screen.model.index(row, 1))
    dialog = screen.row_actions.dialog
    assert isinstance(dialog, EditDialog)
    assert dialog.edits["given_name"].text() == person.given_name
    dialog.edits["organization"].setText("Hong Kong Science Park Incubator")
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert attendee(demo_store, id=person.id).organization == "Hong Kong Science Park Incubator"
    qtbot.waitUntil(
        lambda: row_text(screen, person.id, "organization") == "Hong Kong Science Park Incubator",
        timeout=3000,
    )


def test_bad_edit_is_refused_inline_and_nothing_changes(qtbot, screen, demo_store):
    person = attendee(demo_store, status="registered")
    select(screen, person.id)
    dialog = screen.row_actions.open_edit()
    for key in ("given_name", "family_name"):
        dialog.edits[key].setText("")
    dialog.edits["name_local"].setText("")
    dialog.save()
    qtbot.waitUntil(dialog.message.isVisible, timeout=5000)
    assert dialog.isVisible()
    assert attendee(demo_store, id=person.id).given_name == person.given_name


def test_notes_tab_sets_the_staff_note(qtbot, screen, demo_store):
    person = attendee(demo_store, status="registered", category="vip")
    select(screen, person.id)
    dialog = screen.row_actions.open_notes()
    assert dialog.tabs.currentIndex() == 1
    dialog.staff_note.setText("VIP: call host")
    dialog.notes.setPlainText("Arrives with two guests")
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        dialog.save()
    saved = attendee(demo_store, id=person.id)
    assert (saved.staff_note, saved.notes) == ("VIP: call host", "Arrives with two guests")


def test_cancel_and_restore(qtbot, screen, demo_store):
    person = attendee(demo_store, status="registered")
    select(screen, person.id)
    assert screen.row_actions.cancel.text() == "Cancel registration"
    screen.row_actions.cancel_or_restore("Duplicate booking")
    qtbot.waitUntil(lambda: attendee(demo_store, id=person.id).status == "cancelled", timeout=5000)
    qtbot.waitUntil(lambda: row_text(screen, person.id, "status").lower() == "cancelled")
    select(screen, person.id)
    assert screen.row_actions.cancel.text() == "Restore"
    screen.row_actions.cancel_or_restore("Paid after all")
    qtbot.waitUntil(lambda: attendee(demo_store, id=person.id).status == "registered", timeout=5000)


def test_merge_two_selected_records_keeps_the_chosen_one(qtbot, screen, demo_store):
    a = attendee(demo_store, status="registered", category="attendee")
    b = attendee(demo_store, status="registered", category="student")
    with demo_store.session() as s:
        checkin.check_in_attendee(s, b.id, "Desk 2")
    select(screen, a.id, b.id)
    dialog = screen.row_actions.open_merge()
    assert isinstance(dialog, MergeDialog)
    ids = [r["id"] for r in dialog.records]
    assert sorted(ids) == sorted([a.id, b.id])
    col_b = ids.index(b.id)
    assert dialog.table.item(1, 1 - col_b).text() == a.given_name
    assert dialog.table.item(1, col_b).text() == b.given_name
    # Keep the one already checked in.
    (dialog.keep_second if col_b == 1 else dialog.keep_first).setChecked(True)
    assert f"No. {a.number} will be hidden" in dialog.explain.text()
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        dialog.merge_button.click()
    assert attendee(demo_store, id=a.id).merged_into_id == b.id
    kept = attendee(demo_store, id=b.id)
    assert kept.checked_in_at is not None
    qtbot.waitUntil(lambda: screen.model.row_of(a.id) is None, timeout=3000)


def test_merge_with_one_selected_finds_the_other_by_search(qtbot, screen, demo_store):
    a = attendee(demo_store, status="registered", country="HK")
    b = attendee(demo_store, status="registered", country="DE")
    select(screen, a.id)
    dialog = screen.row_actions.open_merge()
    assert dialog.finder_box.isVisible()
    qtbot.keyClicks(dialog.finder, b.email)
    ids = [dialog.found.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.found.count())]
    assert b.id in ids
    dialog.found.itemClicked.emit(dialog.found.item(ids.index(b.id)))
    assert [r["id"] for r in dialog.records] == [a.id, b.id]
    assert dialog.merge_button.isEnabled()


def test_history_lists_check_in_undo_and_edit(qtbot, screen, demo_store):
    person = attendee(demo_store, status="registered")
    with demo_store.session() as s:
        checkin.check_in_attendee(s, person.id, "Desk 2", "volunteer")
    with demo_store.session() as s:
        checkin.undo_checkin(s, person.id, "wrong person", "Desk 2", "volunteer")
    select(screen, person.id)
    dialog = screen.row_actions.open_history()
    assert isinstance(dialog, HistoryDialog)
    rows = dialog.rows()
    # Newest first: the undo (with its reason), then the check-in, both at Desk 2.
    assert [r[1] for r in rows[:2]] == ["Check-in undone", "Checked in"]
    assert [r[2] for r in rows[:2]] == ["Desk 2", "Desk 2"]
    assert [r[3] for r in rows[:2]] == ["volunteer", "volunteer"]
    assert "wrong person" in rows[0][4]


def test_sign_up_from_the_attendee(qtbot, screen) -> None:
    """Sign up… on the selected attendee: a seat, and a second try says they have one."""
    from desktop.core import checkin_lists as cl
    from desktop.core.signups import signups

    store = screen.ctx.store
    with store.write_session() as s:
        cl.add_list(s, "Round table: robotics", capacity=8)
    aid = attendee(store, status="registered").id
    select(screen, aid)
    acts = screen.row_actions
    assert acts.sign_up.isEnabled()
    acts.sign_up_selected("Round table: robotics")
    qtbot.waitUntil(lambda: "holds seat 1 at Round table: robotics" in acts.last_message)
    acts.sign_up_selected("Round table: robotics")
    qtbot.waitUntil(lambda: "signed up for Round table: robotics already" in acts.last_message)
    with store.factory() as s:
        assert [x.attendee_id for x in signups(s, "Round table: robotics")] == [aid]
