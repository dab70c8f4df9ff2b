"""The Check-in lists window: the event's lists with their rules, a list added from the form
(a bad one refused in one line), sign-ups with a waiting list that moves up, a list removed;
and an open desk's chooser hears of the new list at once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialogButtonBox

from desktop.core import checkin_lists as cl
from desktop.core.signups import signups
from desktop.ui.desk import DeskScreen
from desktop.ui.lists_dialog import ListsDialog
from tests.pdf.helpers import NAMES, add_people
from tests.ui.desk_support import desk_context


def test_lists_sign_ups_and_the_waiting_list(qtbot: Any, store: Any, tmp_path: Path) -> None:
    ann, bo = add_people(store, NAMES[:2])
    with desk_context(store) as ctx:
        desk = DeskScreen(ctx)
        qtbot.addWidget(desk)
        desk.show()
        qtbot.waitUntil(lambda: desk.list_box.count() >= 1, timeout=5000)
        dialog = ListsDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.table.rowCount() >= 1, timeout=5000)
        assert dialog.table.item(0, 0).text() == "Badge pickup"
        dialog.table.selectRow(0)
        assert not dialog.remove_button.isEnabled()  # the event's own lists stay

        dialog.add_list()
        form = dialog._form
        form.name.setText("Round table: AI safety")
        form.capacity.setValue(1)
        form.admit.setCurrentIndex(form.admit.findData("signed_first"))
        form.opens.setText("14:00")
        form.closes.setText("13:00")  # closes before it opens: refused, the form stays
        form.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        qtbot.waitUntil(lambda: bool(form.message.text()), timeout=5000)
        assert form.message.text() == "the list closes (13:00) before it opens (14:00)"
        assert form.isVisible()
        form.closes.setText("15:30")
        form.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        qtbot.waitUntil(lambda: not form.isVisible(), timeout=5000)
        qtbot.waitUntil(
            lambda: any(x.name == "Round table: AI safety" for x in dialog.infos), timeout=5000
        )
        # The open desk offers the new list without a restart.
        qtbot.waitUntil(lambda: desk.list_box.findText("Round table: AI safety") >= 0, timeout=5000)
        dialog.select("Round table: AI safety")
        assert dialog.remove_button.isEnabled() and dialog.signups_button.isEnabled()
        row = dialog.table.currentRow()
        assert dialog.table.item(row, 1).text() == ("14:00-15:30; 1 seat; signed-up people first")

        dialog.open_signups()
        ups = dialog._signups
        for who in (ann, bo):
            ups.picker.set_attendee(who)
            ups.add_button.click()
            qtbot.waitUntil(lambda: ups.picker.attendee_id() is None, timeout=5000)
        qtbot.waitUntil(lambda: ups.table.rowCount() == 2, timeout=5000)
        assert [ups.table.item(r, 0).text() for r in range(2)] == ["seat 1", "waiting 1"]
        dialog.grab().save(str(tmp_path / "lists.png"))
        ups.grab().save(str(tmp_path / "signups.png"))
        ups.table.selectRow(0)
        ups.cancel_selected(reason="flight moved")
        qtbot.waitUntil(lambda: "moved up" in ups.message.text(), timeout=5000)
        qtbot.waitUntil(lambda: ups.table.rowCount() == 1, timeout=5000)
        assert ups.table.item(0, 0).text() == "seat 1"
        ups.close()
        with store.factory() as s:
            assert [x.attendee_id for x in signups(s, "Round table: AI safety")] == [bo]

        dialog.select("Round table: AI safety")
        dialog.remove_selected(confirm=False)
        qtbot.waitUntil(
            lambda: all(x.name != "Round table: AI safety" for x in dialog.infos), timeout=5000
        )
        qtbot.waitUntil(lambda: desk.list_box.findText("Round table: AI safety") < 0, timeout=5000)
        dialog.close()
        desk.close()
    with store.factory() as s:
        assert all(x.name != "Round table: AI safety" for x in cl.lists(s, ensure=False))


def test_a_list_for_a_session_from_the_form(qtbot: Any, demo_store: Any) -> None:
    """The form offers the scheduled sessions by time: a list for one admits on its day
    around its hours, at its room's door with the room's seats."""
    with desk_context(demo_store) as ctx:
        dialog = ListsDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.add_list()
        form = dialog._form
        labels = [form.session.itemText(i) for i in range(form.session.count())]
        pick = next(i for i, t in enumerate(labels) if "Round Table" in t)
        form.session.setCurrentIndex(pick)
        form.name.setText("Round table door")
        form.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        qtbot.waitUntil(lambda: not form.isVisible(), timeout=5000)
        with demo_store.factory() as s:
            made = next(x for x in cl.lists(s, ensure=False) if x.name == "Round table door")
        assert made.session_id == form.session.itemData(pick)
        clock = labels[pick].split()[1]  # "Thu 11:00 Round Table: ... (Breakout Room 1)"
        assert made.opens < clock < made.closes and made.day is not None
        room = labels[pick].rsplit("(", 1)[1].rstrip(")")
        assert (made.room, made.capacity) == (room, 80)  # at its room's door, with its seats
        dialog.close()
