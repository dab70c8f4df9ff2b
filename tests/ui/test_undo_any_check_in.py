"""Any check-in can be taken back, not only the desk's last one, and after a restart too:
from the desk's latest check-ins (pick the person, Undo, a reason) and from the Attendees
screen (Check in, Undo check-in with a reason). Checked by what the screens and the store
show."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from db.models import Attendee, CheckIn
from desktop.core.checkin import scan
from desktop.ui.attendees.screen import AttendeesScreen
from desktop.ui.desk import DeskScreen
from tests.ui.desk_support import attendee, desk_context


def _people(store: Any, n: int) -> list[Attendee]:
    with store.factory() as s:
        rows = s.scalars(
            select(Attendee)
            .where(Attendee.status == "registered", Attendee.checked_in_at.is_(None))
            .order_by(Attendee.id)
            .limit(n)
        ).all()
        for r in rows:
            s.expunge(r)
        return list(rows)


def select_rows(screen: AttendeesScreen, *ids: int) -> None:
    screen.clear_filters()
    screen._reselect(list(ids))
    assert screen.selected_attendee_ids() == sorted(ids, key=screen.model.row_of)


def _in(store: Any, attendee_id: int) -> bool:
    return attendee(store, id=attendee_id).checked_in_at is not None


def test_any_of_the_latest_check_ins_is_undone_after_a_restart(qtbot: Any, demo_store: Any) -> None:
    people = _people(demo_store, 3)
    with demo_store.session() as s:  # checked in before the desk was restarted
        for p in people:
            scan(s, p.badge_code, "Desk 1")
    with desk_context(demo_store) as ctx:
        desk = DeskScreen(ctx)
        qtbot.addWidget(desk)
        desk.resize(1280 - 190, 740)
        desk.show()
        qtbot.waitExposed(desk)
        assert [h.id for h in desk.hits.hits] == [p.id for p in reversed(people)]
        assert not desk.undo_button.isEnabled()  # nobody shown, nothing checked in here yet
        middle = people[1]
        row = desk.hits.hits.index(next(h for h in desk.hits.hits if h.id == middle.id))
        with qtbot.waitSignal(desk.result_shown, timeout=5000) as got:
            desk.view.clicked.emit(desk.hits.index(row, 0))  # a click on their row
        assert got.args == ["already"] and desk.panel.attendee.id == middle.id
        assert desk.undo_button.isEnabled()
        with qtbot.waitSignal(desk.result_shown, timeout=5000) as got:
            desk.undo_last("Checked in the wrong Tam")
        assert got.args == ["undone"]
        assert desk.panel.headline.text() == "Check-in undone"
        desk.hide()
    assert [_in(demo_store, p.id) for p in people] == [True, False, True]
    with demo_store.factory() as s:
        reason = s.scalar(
            select(CheckIn.reason).where(CheckIn.attendee_id == middle.id, CheckIn.result == "undo")
        )
    assert reason == "Checked in the wrong Tam"


def test_the_attendees_screen_checks_in_and_undoes(qtbot: Any, demo_store: Any) -> None:
    (person,) = _people(demo_store, 1)
    with desk_context(demo_store, desk="Help desk", operator="organizer") as ctx:
        screen = AttendeesScreen(ctx)
        qtbot.addWidget(screen)
        screen.resize(1280, 700)
        screen.show()
        qtbot.waitExposed(screen)
        requests: list[tuple[int, str]] = []
        ctx.signals.print_badge_requested.connect(lambda i, k: requests.append((i, k)))
        texts = [a.text() for a in screen.toolbar.actions()]
        assert "Check in" in texts and "Undo check-in" in texts
        select_rows(screen, person.id)
        actions = screen.row_actions
        assert actions.check_in.isEnabled() and not actions.undo.isEnabled()
        actions.check_in.trigger()
        qtbot.waitUntil(lambda: _in(demo_store, person.id), timeout=5000)
        qtbot.waitUntil(lambda: actions.undo.isEnabled(), timeout=3000)
        assert not actions.check_in.isEnabled()
        assert actions.last_message == f"Checked in: {person.display_name} at Help desk."
        assert requests == [(person.id, "desk")]
        actions.undo_selected("Came back to the help desk: not yet here")
        qtbot.waitUntil(lambda: not _in(demo_store, person.id), timeout=5000)
        qtbot.waitUntil(lambda: actions.check_in.isEnabled(), timeout=3000)
        screen.hide()
    with demo_store.factory() as s:
        logged = s.execute(
            select(CheckIn.result, CheckIn.desk, CheckIn.reason)
            .where(CheckIn.attendee_id == person.id)
            .order_by(CheckIn.id)
        ).all()
    assert [(r, d) for r, d, _ in logged] == [("checked_in", "Help desk"), ("undo", "Help desk")]
    assert logged[1][2] == "Came back to the help desk: not yet here"
