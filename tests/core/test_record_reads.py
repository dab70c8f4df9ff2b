"""What the desk's hit list and the attendee dialogs read, as core functions with their CLI:
a desk's latest check-ins (`confdesk checkin --recent`) and a person's every editable field
(`confdesk attendees show --json`)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from desktop.base.errors import UserError
from desktop.cli import main
from desktop.core import attendees as core
from desktop.core.checkin import check_in_attendee, recent_checkins, undo_checkin


@pytest.fixture
def people(store: Any) -> list[int]:
    with store.session() as s:
        event = core.current_event(s)
        return core.add_attendees(
            s,
            event,
            [
                {"given_name": "Tai Man", "family_name": "Chan", "phone": "+852 9123 4567"},
                {"given_name": "Mei", "family_name": "Ho", "name_local": "何美"},
                {"given_name": "Siu", "family_name": "Ming", "notes": "line one\nline two"},
                {"given_name": "Ka", "family_name": "Wai"},
            ],
        )


def test_a_desks_latest_check_ins_latest_first_without_undone_ones(
    store: Any, people: list[int]
) -> None:
    a, b, c, d = people
    with store.session() as s:
        for who in (a, b, c):
            check_in_attendee(s, who, "Desk 1")
        check_in_attendee(s, d, "Desk 2")
        undo_checkin(s, b, "wrong person", "Desk 1")
    with store.factory() as s:
        assert [x.id for x in recent_checkins(s, "Desk 1")] == [c, a]
        assert [x.id for x in recent_checkins(s, "Desk 1", limit=1)] == [c]
        assert [x.id for x in recent_checkins(s, "Desk 2")] == [d]
        assert recent_checkins(s, "Desk 9") == []


def test_the_cli_lists_a_desks_latest_check_ins(
    store: Any, event_db: Any, people: list[int], capsys: Any
) -> None:
    with store.session() as s:
        check_in_attendee(s, people[1], "Desk 1")
    db = ["--db", str(event_db)]
    assert main([*db, "checkin", "--recent", "--desk", "Desk 1", "--json"]) == 0
    (only,) = json.loads(capsys.readouterr().out)
    assert only["id"] == people[1] and only["checked_in_desk"] == "Desk 1"
    assert main([*db, "checkin", "--recent", "--desk", "Desk 1"]) == 0
    assert "Mei Ho 何美" in capsys.readouterr().out
    assert main([*db, "checkin", "--recent", "--desk", "Desk 7"]) == 0
    assert "nobody checked in at 'Desk 7' yet" in capsys.readouterr().out


def test_every_editable_field_of_a_person(store: Any, event_db: Any, people: list[int]) -> None:
    with store.factory() as s:
        values = core.editable_values(s, people[2])
        assert set(core.EDITABLE) <= set(values)
        assert values["notes"] == "line one\nline two" and values["checked_in_local"] == ""
        with pytest.raises(UserError, match="no attendee with id"):
            core.editable_values(s, 10**9)


def test_attendees_show_json_holds_the_editable_fields(
    store: Any, event_db: Any, people: list[int], capsys: Any
) -> None:
    assert main(["--db", str(event_db), "attendees", "show", str(people[0]), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["phone"] == "+852 9123 4567" and shown["print_count"] == 0
    assert set(core.EDITABLE) <= set(shown) and shown["history"] == []


def test_the_people_whose_names_test_a_template(store: Any, event_db: Any, capsys: Any) -> None:
    from desktop.core.badges import sample_people

    with store.session() as s:
        event = core.current_event(s)
        ids = core.add_attendees(
            s,
            event,
            [
                {"given_name": "Al", "family_name": "Li", "name_local": "李"},
                {"given_name": "Maximiliana", "family_name": "Müller-Lüdenscheidt"},
                {"given_name": "Tai Man", "family_name": "Chan", "name_local": "陳大文"},
                {"given_name": "Tai Man", "family_name": "Chan", "name_local": "陳大文"},
            ],
        )
    with store.factory() as s:
        people = sample_people(s)
        assert people[0] == ("Longest name: Maximiliana Müller-Lüdenscheidt", ids[1])
        # The longest local name next; the second Tai Man Chan 陳大文 is the same name.
        assert people[1:] == [("Tai Man Chan 陳大文", ids[2]), ("Al Li 李", ids[0])]
        assert len(sample_people(s, limit=1)) == 2  # the longest name, then one more
    assert main(["--db", str(event_db), "badges", "samples", "--json"]) == 0
    assert [p["id"] for p in json.loads(capsys.readouterr().out)] == [i for _, i in people]


def test_no_samples_in_an_empty_event(store: Any) -> None:
    from desktop.core.badges import sample_people

    with store.factory() as s:
        assert sample_people(s) == []
