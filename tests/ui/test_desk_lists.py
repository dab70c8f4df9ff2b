"""The desk on a check-in list: chosen in its header, remembered, and every scan or check-in
from search answered by the list's rule, with the list's words and no badge printed."""

from __future__ import annotations

from typing import Any

from desktop.core import checkin_lists as cl
from desktop.ui.desk import DeskScreen
from tests.pdf.helpers import NAMES, add_people
from tests.ui.desk_support import attendee, desk_context, pixel


def _choose(screen: DeskScreen, name: str) -> None:
    index = screen.list_box.findText(name)
    assert index >= 0, [screen.list_box.itemText(i) for i in range(screen.list_box.count())]
    screen.list_box.setCurrentIndex(index)
    screen.list_box.activated.emit(index)  # what picking it in the drop-down sends


def test_a_desk_checks_in_on_the_press_room_list(qtbot: Any, store: Any, tmp_path: Any) -> None:
    press, other = add_people(store, [{**NAMES[0], "category": "press"}, NAMES[1]])
    codes = {i: attendee(store, id=i).badge_code for i in (press, other)}
    with store.session() as s:
        cl.add_list(s, "Press room", categories=["press"])
    asked: list[tuple[int, str]] = []
    with desk_context(store) as ctx:
        ctx.signals.print_badge_requested.connect(lambda i, k: asked.append((i, k)))
        screen = DeskScreen(ctx)
        qtbot.addWidget(screen)
        screen.resize(1280, 800)
        screen.show()
        qtbot.waitUntil(lambda: screen.list_box.count() >= 2, timeout=5000)
        assert screen.list_box.currentText() == "Badge pickup"
        _choose(screen, "Press room")
        assert screen.checkin_list == "Press room"
        qtbot.waitUntil(lambda: bool(screen.counts), timeout=5000)
        assert list(screen.counts) == [0, 2, 0]  # checked in / registered, checked in here
        with qtbot.waitSignal(screen.result_shown, timeout=5000) as got:
            screen.scan(codes[press])
        assert got.args == ["checked_in"]
        assert screen.panel.headline.text() == "Checked in for Press room"
        green = pixel(screen.panel, 8, 8)
        screen.grab().save(str(tmp_path / "desk-list.png"))
        with qtbot.waitSignal(screen.result_shown, timeout=5000) as got:
            screen.scan(codes[press])
        assert got.args == ["already"]
        assert screen.panel.headline.text().startswith("Already checked in for Press room at ")
        with qtbot.waitSignal(screen.result_shown, timeout=5000) as got:
            screen.scan(codes[other])
        assert got.args == ["not_on_list"]
        assert screen.panel.headline.text() == "Not on this list: Press only"
        assert pixel(screen.panel, 8, 8) != green
        # From search too: the person chosen by name is checked in on the list.
        with qtbot.waitSignal(screen.result_shown, timeout=5000) as got:
            screen.check_in(other)
        assert got.args == ["not_on_list"]
        # No badge; the counters are the list's: one in on it, by this desk (the search's
        # check-in was refused); the badge pickup's count did not move.
        screen.refresh_counters()
        qtbot.waitUntil(lambda: list(screen.counts) == [1, 2, 1], timeout=5000)
        assert asked == []
        assert screen.event_counter.caption.text() == "checked in / registered on Press room"
        assert attendee(store, id=press).checked_in_at is None
        screen.close()
        # The desk remembers its list.
        again = DeskScreen(ctx)
        qtbot.addWidget(again)
        qtbot.waitUntil(lambda: again.list_box.currentText() == "Press room", timeout=5000)
        assert again.checkin_list == "Press room"
        again.close()
    with store.session() as s:
        room = next(x for x in cl.lists(s) if x.name == "Press room")
    assert room.checked_in == 1


def test_a_list_the_event_does_not_have_is_the_badge_pickup(qtbot: Any, store: Any) -> None:
    from desktop.ui.desk.options import load_options, save_options

    opts = load_options()
    opts.checkin_list = "A list of another event"
    save_options(opts)
    (aid,) = add_people(store, [NAMES[2]])
    with desk_context(store) as ctx:
        screen = DeskScreen(ctx)
        qtbot.addWidget(screen)
        qtbot.waitUntil(
            lambda: screen.list_box.count() >= 1 and bool(screen._known_lists), timeout=5000
        )
        assert screen.checkin_list == "" and screen.list_box.currentText() == "Badge pickup"
        with qtbot.waitSignal(screen.result_shown, timeout=5000) as got:
            screen.scan(attendee(store, id=aid).badge_code)
        assert got.args == ["checked_in"] and screen.panel.headline.text().startswith("Checked in")
        screen.close()


def test_a_door_shows_who_is_inside_and_admits_one_more_with_a_reason(
    qtbot: Any, store: Any, tmp_path: Any
) -> None:
    one, two = add_people(store, [NAMES[3], NAMES[4]])
    codes = {i: attendee(store, id=i).badge_code for i in (one, two)}
    with store.session() as s:
        cl.add_list(s, "Round table", exits=True, capacity=1)
    with desk_context(store) as ctx:
        screen = DeskScreen(ctx)
        qtbot.addWidget(screen)
        screen.resize(1280, 800)
        screen.show()
        qtbot.waitUntil(lambda: screen.list_box.count() >= 2, timeout=5000)
        assert not screen.door_counter.isVisible()  # the badge pickup has no door
        _choose(screen, "Round table")
        qtbot.waitUntil(screen.door_counter.isVisible, timeout=5000)
        assert screen.door_counter.value.text() == "0 / 1" and screen.exit_box.isVisible()
        with qtbot.waitSignal(screen.result_shown, timeout=5000):
            screen.scan(codes[one])
        assert screen.panel.headline.text() == "Checked in for Round table · 1 / 1, nearly full"
        assert screen.door_counter.value.text() == "1 / 1"
        with qtbot.waitSignal(screen.result_shown, timeout=5000) as got:
            screen.scan(codes[two])
        assert got.args == ["full"] and screen.panel.headline.text() == "Full: 1 / 1 (Round table)"
        assert screen.override_button.isVisible()
        screen.grab().save(str(tmp_path / "door-full.png"))
        # Staff admit one more, saying why (F8 asks; here the answer is given).
        screen.reason_provider = lambda: "the moderator's interpreter"
        with qtbot.waitSignal(screen.result_shown, timeout=5000) as got:
            screen.admit_anyway()
        assert got.args == ["checked_in"]
        assert screen.panel.headline.text().endswith("over capacity: 2 / 1")
        assert (
            screen.door_counter.value.text() == "2 / 1" and not screen.override_button.isVisible()
        )
        # F3: exit scans; the first person leaves.
        screen.toggle_exit()
        assert screen.exit_box.isChecked()
        with qtbot.waitSignal(screen.result_shown, timeout=5000) as got:
            screen.scan(codes[one])
        assert got.args == ["exited"] and screen.door_counter.value.text() == "1 / 1"
        screen.close()


def test_the_dashboard_counts_each_list(qtbot: Any, store: Any, tmp_path: Any) -> None:
    from desktop.cli import main as cli
    from desktop.core.dashboard import dashboard_stats
    from desktop.ui.dashboard import DashboardScreen

    one, two = add_people(store, [NAMES[0], NAMES[1]])
    with store.session() as s:
        cl.add_list(s, "Round table", exits=True, capacity=12)
        cl.add_list(s, "Speakers' room")
    for person in (one, two):
        with store.session() as s:
            cl.scan_list(s, attendee(store, id=person).badge_code, "Round table", "Door")
    with store.session() as s:
        cl.scan_list(s, attendee(store, id=one).badge_code, "Round table", "Door", exit_scan=True)
        cl.scan_list(s, attendee(store, id=two).badge_code, "Speakers' room", "Desk 3")
    with store.factory() as s:
        got = [(x.name, x.checked_in, x.inside, x.seats) for x in dashboard_stats(s).lists]
    assert got == [("Round table", 2, 1, 12), ("Speakers' room", 1, 1, None)]
    with desk_context(store) as ctx:
        w = DashboardScreen(ctx)
        qtbot.addWidget(w)
        w.resize(1200, 800)
        w.show()
        w.on_shown()
        qtbot.waitUntil(lambda: w.stats is not None and w.lists_box.isVisible(), timeout=10_000)
        rows = [[w.lists.item(r, c).text() for c in range(4)] for r in range(w.lists.rowCount())]
        assert rows == [["Round table", "2", "1", "12"], ["Speakers' room", "1", "", ""]]
        # Nobody picked up a badge today, people came through the lists: their arrivals.
        choices = [w.arrivals_choice.itemText(i) for i in range(w.arrivals_choice.count())]
        assert w.arrivals_choice.isVisible()
        assert choices == ["Badge pickup", "Round table", "Speakers' room"]
        assert sum(b.count for b in w.chart.buckets) == 0 and "Arrivals" in w.chart.title
        w.arrivals_choice.setCurrentText("Round table")
        assert w.chart.title.startswith("Admissions per 15 minutes on Round table")
        assert sum(b.count for b in w.chart.buckets) == 2
        w.grab().save(str(tmp_path / "dashboard-lists.png"))
        w.timer.stop()
    assert cli(["--db", str(store.sqlite_path), "dashboard"]) == 0


def test_undo_on_a_list_takes_the_person_off_that_list_only(qtbot: Any, store: Any) -> None:
    """Undo at a door takes back the door's check-in, not the person's badge pickup, and the
    door's count follows."""
    from desktop.core.checkin import check_in_attendee

    (aid,) = add_people(store, NAMES[:1])
    code = attendee(store, id=aid).badge_code
    with store.session() as s:
        cl.add_list(s, "Workshop", capacity=3)
        check_in_attendee(s, aid, "Desk 1")  # picked up their badge this morning
    with desk_context(store) as ctx:
        screen = DeskScreen(ctx)
        qtbot.addWidget(screen)
        screen.resize(1280, 800)
        screen.show()
        qtbot.waitUntil(lambda: screen.list_box.count() >= 2, timeout=5000)
        _choose(screen, "Workshop")
        assert not screen.undo_button.isEnabled()  # nobody on the panel for this list
        with qtbot.waitSignal(screen.result_shown, timeout=5000) as got:
            screen.scan(code)
        assert got.args == ["checked_in"]
        qtbot.waitUntil(lambda: screen.door_counter.value.text() == "1 / 3", timeout=5000)
        assert screen.undo_button.isEnabled()
        with qtbot.waitSignal(screen.result_shown, timeout=5000) as got:
            screen.undo_last(reason="wrong room")
        assert got.args == ["undone"]
        assert screen.panel.headline.text() == "Check-in undone: Workshop"
        assert screen.door_counter.value.text() == "0 / 3"
        assert not screen.undo_button.isEnabled()
        screen.close()
    assert attendee(store, id=aid).checked_in_at is not None  # the pickup stands
    with store.session() as s:
        assert [x.checked_in for x in cl.lists(s) if x.name == "Workshop"] == [0]
