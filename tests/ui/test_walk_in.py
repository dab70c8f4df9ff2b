"""The walk-in form on a real demo store: inline validation, the duplicate warning with
"open it" and "register anyway", and register + check in + print request in one step."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import func, select

from db.models import Attendee
from desktop.ui.desk import DeskScreen
from desktop.ui.desk.walk_in import WalkInDialog, validate
from tests.ui.desk_support import attendee, desk_context


@pytest.fixture
def desk(qtbot: Any, demo_store: Any) -> Iterator[DeskScreen]:
    with desk_context(demo_store, desk="Desk 3") as ctx:
        screen = DeskScreen(ctx)
        qtbot.addWidget(screen)
        screen.resize(1280, 800)
        screen.show()
        qtbot.waitExposed(screen)
        yield screen
        screen.hide()


def open_form(qtbot: Any, desk: DeskScreen) -> WalkInDialog:
    desk.open_walk_in()
    dialog = desk.walk_in_dialog
    qtbot.waitExposed(dialog)
    return dialog


def fill(dialog: WalkInDialog, **values: str) -> None:
    for key, value in values.items():
        dialog.edits[key].setText(value)


def count(store: Any) -> int:
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(Attendee))


def test_validation_messages_appear_under_their_field(qtbot, desk, demo_store):
    before = count(demo_store)
    dialog = open_form(qtbot, desk)
    fill(dialog, organization="Cyberport", email="not-an-address")
    dialog.register_button.click()
    assert dialog.errors["given_name"].isVisible()
    assert "name" in dialog.errors["given_name"].text()
    assert dialog.errors["email"].isVisible()
    assert "e-mail" in dialog.errors["email"].text()
    assert dialog.isVisible()
    assert count(demo_store) == before
    # Typing in the field takes its message away.
    qtbot.keyClicks(dialog.edits["given_name"], "Mei")
    # (Keys typed in a desk dialog reach it a moment later: the scan buffer first makes
    # sure they are not a badge scanner's.)
    qtbot.waitUntil(lambda: dialog.edits["given_name"].text() == "Mei", timeout=1000)
    assert not dialog.errors["given_name"].isVisible()
    assert validate({"name_local": "陳美"}) == {}


def test_walk_in_registers_checks_in_and_asks_for_the_badge(qtbot, desk, demo_store):
    before = count(demo_store)
    requests: list[tuple[int, str]] = []
    desk.ctx.signals.print_badge_requested.connect(lambda i, k: requests.append((i, k)))
    dialog = open_form(qtbot, desk)
    fill(
        dialog,
        given_name="Ming",
        family_name="Tsang",
        name_local="曾明",
        organization="Cyberport Start-up Lab",
        email="ming.tsang@walkin.example",
    )
    dialog.category.setCurrentIndex(dialog.category.findData("press"))
    with qtbot.waitSignal(desk.result_shown, timeout=5000) as blocker:
        dialog.register_button.click()
    assert blocker.args == ["checked_in"]
    assert not dialog.isVisible()
    assert count(demo_store) == before + 1
    assert desk.panel.headline.text() == "Checked in"
    assert desk.panel.name.text() == "Ming Tsang"
    assert desk.panel.name_local.text() == "曾明"
    assert desk.panel.chip.text().strip() == "Press"
    new = attendee(demo_store, email="ming.tsang@walkin.example")
    assert new.checked_in_at is not None and new.checked_in_desk == "Desk 3"
    assert requests == [(new.id, "desk")]
    assert desk.desk_counter.value.text() == "1"


def test_duplicate_warning_offers_to_open_the_existing_registration(qtbot, desk, demo_store):
    existing = attendee(demo_store, status="registered", country="HK")
    before = count(demo_store)
    dialog = open_form(qtbot, desk)
    fill(
        dialog,
        given_name=existing.given_name,
        family_name=existing.family_name,
        email=existing.email,
    )
    dialog.register_button.click()
    assert dialog.duplicate_box.isVisible()
    text = dialog.duplicate_label.text()
    who = f"{existing.display_name}, {existing.email}"
    assert f"{who} (same e-mail and name) is already registered" in text
    assert text.endswith("open it?")
    assert count(demo_store) == before
    # "Open it" shows the existing person on the desk, ready for Enter.
    dialog.open_button.click()
    assert not dialog.isVisible()
    assert [h.id for h in desk.hits.hits] == [existing.id]
    assert desk.view.current_id() == existing.id
    assert count(demo_store) == before


def test_register_anyway_after_the_warning(qtbot, desk, demo_store):
    existing = attendee(demo_store, status="registered")
    before = count(demo_store)
    dialog = open_form(qtbot, desk)
    fill(
        dialog,
        given_name=existing.given_name,
        family_name=existing.family_name,
        email=existing.email,
    )
    dialog.register_button.click()
    assert dialog.duplicate_box.isVisible()
    with qtbot.waitSignal(desk.result_shown, timeout=5000):
        dialog.anyway_button.click()
    assert count(demo_store) == before + 1
    assert desk.panel.outcome == "checked_in"


def test_the_closest_registration_is_named_first_and_open_it_keeps_the_form(
    qtbot, desk, demo_store
):
    """Fiona Chan / 陳敏儀 / Harbour AI Labs walks up: the warning names her own record, not
    the older Man Yee Chan who shares only the Chinese name; "Open it" keeps the typed form,
    and F2 brings it back as typed."""
    from desktop.core.attendees import add_attendees
    from desktop.core.events import current_event

    # The write lock first, as the app's own writes take it: the open desk writes too (its
    # day lists), and a transaction that read before another's write cannot write after it.
    with demo_store.write_session() as s:
        event = current_event(s)
        man_yee, fiona = add_attendees(
            s,
            event,
            [
                {"given_name": "Man Yee", "family_name": "Chan", "name_local": "陳敏儀",
                 "organization": "Kowloon Data Co"},
                {"given_name": "Fiona", "family_name": "Chan", "name_local": "陳敏儀",
                 "organization": "Harbour AI Labs", "email": "fiona@harbour-ai.example"},
            ],
        )  # fmt: skip
    assert man_yee < fiona
    dialog = open_form(qtbot, desk)
    typed = {
        "given_name": "Fiona",
        "family_name": "Chan",
        "name_local": "陳敏儀",
        "organization": "Harbour AI Labs",
    }
    fill(dialog, **typed)
    dialog.register_button.click()
    text = dialog.duplicate_label.text()
    assert text.startswith("⚠ Fiona Chan, fiona@harbour-ai.example (same name, Chinese name and")
    more = len(dialog.duplicates) - 1  # (the demo has its own 陳敏儀 too)
    assert f"organization) is already registered (and {more} more alike): open it?" in text
    assert dialog.duplicates[0].card.id == fiona and man_yee in [
        d.card.id for d in dialog.duplicates
    ]
    dialog.open_button.click()
    assert [h.id for h in desk.hits.hits] == [fiona]
    assert "F2 opens it again" in desk.status_label.text()
    again = open_form(qtbot, desk)
    assert {k: again.edits[k].text() for k in typed} == typed
