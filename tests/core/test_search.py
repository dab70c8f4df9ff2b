"""Attendee search on SQLite and on a real PostgreSQL: what a desk volunteer types, what they get."""

from __future__ import annotations

import json
from typing import Any

import pytest

from desktop.cli import main
from desktop.core import attendees as core
from desktop.core.attendee_list import AttendeeFilter, filtered_ids
from desktop.core.events import current_event

PEOPLE: list[dict[str, Any]] = [
    {
        "given_name": "Zoë",
        "family_name": "Müller",
        "organization": "Max Planck Institut",
        "email": "zoe.mueller@mpi.example",
    },
    {
        "given_name": "Tai Man",
        "family_name": "Chan",
        "name_local": "陳大文",
        "organization": "Kowloon Robotics Ltd",
        "email": "chan@example.com",
    },
    {
        "given_name": "Siu Ming",
        "family_name": "Chan",
        "name_local": "陳小明",
        "organization": "HKUST",
    },
    {
        "given_name": "Kit",
        "family_name": "Tsang",
        "name_local": "曾傑",
        "organization": "香港科技大學",
    },
    {"given_name": "Chun Kit", "family_name": "Wong", "name_local": "黃俊傑"},
    {"given_name": "Lam", "family_name": ""},
    {"given_name": "Ka Ho", "family_name": "Lam", "name_local": "林家豪"},
    {"given_name": "Wai Lam", "family_name": "Cheung"},
    {"given_name": "Ahmed", "family_name": "Islam", "category": "speaker"},
    {"given_name": "François", "family_name": "Lefèvre", "status": "cancelled"},
]
TICKETS = [[("EB-4471-0001", "eventbrite")]] + [[] for _ in PEOPLE[1:]]


@pytest.fixture
def people(backend_store) -> dict[str, int]:
    with backend_store.session() as s:
        event = current_event(s)
        # Fixed key and prefix: random badge codes could contain a query such as "ch".
        event.code_prefix, event.signing_key = "QQQQ", "5e" * 32
        s.flush()
        ids = core.add_attendees(s, event, PEOPLE, TICKETS)
    return {
        (p.get("name_local") or f"{p['given_name']} {p['family_name']}".strip()): i
        for p, i in zip(PEOPLE, ids, strict=True)
    }


def names(store, text: str, limit: int = 50) -> list[str]:
    with store.session() as s:
        return [h.name_local or h.display_name for h in core.search(s, text, limit)]


def test_case_and_accent_insensitive(backend_store, people) -> None:
    assert names(backend_store, "zoe muller") == ["Zoë Müller"]
    assert names(backend_store, "ZOË MÜLLER") == ["Zoë Müller"]
    assert names(backend_store, "francois lefevre") == ["François Lefèvre"]
    assert names(backend_store, "ｚｏｅ") == ["Zoë Müller"]  # full-width Latin from a CJK keyboard


def test_both_name_orders_and_every_word_must_match(backend_store, people) -> None:
    assert names(backend_store, "Tai Man Chan") == ["陳大文"]
    assert names(backend_store, "Chan Tai Man") == ["陳大文"]
    assert names(backend_store, "chan tai") == ["陳大文"]
    assert sorted(names(backend_store, "chan")) == ["陳大文", "陳小明"]
    assert names(backend_store, "chan robotics") == ["陳大文"]
    assert names(backend_store, "chan nobody") == []


def test_one_and_two_character_chinese(backend_store, people) -> None:
    assert sorted(names(backend_store, "陳")) == ["陳大文", "陳小明"]
    assert names(backend_store, "曾傑") == ["曾傑"]
    assert names(backend_store, "大文") == ["陳大文"]  # inside the name
    assert sorted(names(backend_store, "傑")) == ["曾傑", "黃俊傑"]
    assert names(backend_store, "陳大文") == ["陳大文"]
    assert names(backend_store, "科技") == ["曾傑"]  # organization in Chinese


def test_short_latin_queries_and_other_fields(backend_store, people) -> None:
    assert "曾傑" in names(backend_store, "ts")
    assert names(backend_store, "chan@example.com") == ["陳大文"]
    assert names(backend_store, "max planck") == ["Zoë Müller"]
    assert names(backend_store, "EB-4471-0001") == ["Zoë Müller"]  # ticketing-system code
    with backend_store.session() as s:
        card = core.get_card(s, people["曾傑"])
    assert names(backend_store, card.badge_code) == ["曾傑"]
    assert names(backend_store, card.badge_code.lower()) == ["曾傑"]
    assert names(backend_store, str(card.number))[0] == "曾傑"


def test_ranking_exact_prefix_word_substring(backend_store, people) -> None:
    with backend_store.session() as s:
        hits = core.search(s, "lam")
    got = [(h.name_local or h.display_name, core.RANK_NAMES[h.rank]) for h in hits]
    assert got == [
        ("Lam", "exact"),  # the whole name
        ("林家豪", "prefix"),  # "Lam Ka Ho": the name starts with it
        ("Wai Lam Cheung", "word"),  # a word of the name
        ("Ahmed Islam", "substring"),  # inside a word
    ]


def test_cancelled_found_merged_hidden_and_edits_followed(backend_store, people) -> None:
    with backend_store.session() as s:
        (hit,) = core.search(s, "lefevre")
        assert hit.status == "cancelled"
        core.merge_attendees(s, people["陳大文"], people["陳小明"], "Desk 1")
    assert names(backend_store, "siu ming") == []
    with backend_store.session() as s:
        core.edit_attendee(
            s, people["曾傑"], {"given_name": "Jacky", "name_local": "曾志傑"}, "Desk 1"
        )
    assert names(backend_store, "jacky tsang") == ["曾志傑"]
    with backend_store.session() as s:
        (hit,) = core.search(s, "kit tsang")  # no longer his English name: 曾志傑 read aloud
    assert core.RANK_NAMES[hit.rank] == "romanized"
    assert names(backend_store, "志傑") == ["曾志傑"]


def test_registered_before_cancelled_of_the_same_rank(
    backend_store, people, capsys: pytest.CaptureFixture[str]
) -> None:
    # "Ada" sorts before "Siu Ming" and "Tai Man": by name alone she would come first.
    with backend_store.session() as s:
        extra = {"given_name": "Ada", "family_name": "Chan", "name_local": "陳美玲"}
        (ada,) = core.add_attendees(s, current_event(s), [{**extra, "status": "cancelled"}])
    assert names(backend_store, "chan") == ["陳小明", "陳大文", "陳美玲"]
    assert names(backend_store, "陳") == ["陳小明", "陳大文", "陳美玲"]
    assert names(backend_store, "ada chan") == ["陳美玲"]  # still found when asked for
    assert main(["--db", backend_store.url, "attendees", "search", "chan", "--limit", "1"]) == 0
    assert "Siu Ming Chan 陳小明" in capsys.readouterr().out
    with backend_store.session() as s:
        core.restore_attendee(s, ada, "Desk 1")
    assert names(backend_store, "chan")[0] == "陳美玲"  # registered again: name order


@pytest.mark.parametrize(
    "text", ['"', "*", "-", "a AND b", "NEAR(x", "'; drop table attendee; --", "%", "_"]
)
def test_odd_input_is_just_text(backend_store, people, text: str) -> None:
    assert names(backend_store, text) == []
    assert names(backend_store, "   ") == []


def test_limit(backend_store, people) -> None:
    # Chan, Chan, Cheung, Chun Kit as written, then 曾傑 (Wade-Giles chieh) and 林家豪 (chia)
    assert len(names(backend_store, "ch")) == 6
    assert len(names(backend_store, "ch", limit=3)) == 3


def test_cli_search_json(backend_store, people, capsys: pytest.CaptureFixture[str]) -> None:
    url = backend_store.url
    assert main(["--db", url, "attendees", "search", "曾傑", "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert (row["id"], row["name_local"], row["given_name"], row["family_name"]) == (
        people["曾傑"],
        "曾傑",
        "Kit",
        "Tsang",
    )
    assert row["organization"] == "香港科技大學" and row["category"] == "attendee"
    assert row["status"] == "registered" and row["checked_in_at"] is None
    assert row["badge_code"].count("-") == 2 and row["match"] == "exact"
    assert main(["--db", url, "attendees", "search", "nobody here"]) == 1
    assert "no attendee matches" in capsys.readouterr().out
    for bad in ("0", "-1", "ten"):
        assert main(["--db", url, "attendees", "search", "chan", "--limit", bad]) == 2
        err = capsys.readouterr().err
        assert "--limit" in err and ("at least 1" in err or "whole number" in err)


def test_many_matches_capped_for_typing_complete_for_the_table(backend_store) -> None:
    from db.search import MAX_CANDIDATES

    many = MAX_CANDIDATES + 100
    with backend_store.session() as s:
        event = current_event(s)
        core.add_attendees(
            s, event, [{"given_name": f"Wing {i}", "family_name": "Chan"} for i in range(many)]
        )
        (exact,) = core.add_attendees(s, event, [{"given_name": "Chan", "family_name": ""}])
    with backend_store.session() as s:
        assert len(core.search(s, "chan")) == 50  # what the desk shows while typing
        full = core.search(s, "chan", limit=many + 1, every_match=True)
        assert len(full) == many + 1 and full[0].id == exact and full[0].rank == 0
        assert len(filtered_ids(s, AttendeeFilter(text="chan"))) == many + 1


SCRIPTS: list[dict[str, Any]] = [
    {"given_name": "Tai Man", "family_name": "Chan", "name_local": "陳大文"},
    {"given_name": "Zihan", "family_name": "Chen", "name_local": "陈子涵"},
    {"given_name": "Chun Kit", "family_name": "Wong", "name_local": "黃俊傑"},
    {"given_name": "Jun", "family_name": "Huang", "name_local": "黄军"},
    {"given_name": "Wei", "family_name": "Zhang", "name_local": "张伟"},
    {"given_name": "Wai", "family_name": "Cheung", "name_local": "張偉"},
    {"given_name": "Tak Wah", "family_name": "Lau", "name_local": "劉德華"},
    {"given_name": "Yang", "family_name": "Liu", "name_local": "刘洋"},
    {"given_name": "Ka Ho", "family_name": "Lam", "name_local": "林家豪"},
]


@pytest.fixture
def scripts(backend_store) -> dict[str, int]:
    with backend_store.session() as s:
        event = current_event(s)
        event.code_prefix, event.signing_key = "QQQQ", "5e" * 32
        s.flush()
        ids = core.add_attendees(s, event, SCRIPTS, [[] for _ in SCRIPTS])
    return {p["name_local"]: i for p, i in zip(SCRIPTS, ids, strict=True)}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("陈", {"陳大文", "陈子涵"}),
        ("陳", {"陳大文", "陈子涵"}),
        ("黄", {"黃俊傑", "黄军"}),
        ("黃", {"黃俊傑", "黄军"}),
        ("张伟", {"张伟", "張偉"}),
        ("張偉", {"张伟", "張偉"}),
        ("刘", {"劉德華", "刘洋"}),
        ("劉德华", {"劉德華"}),  # mixed as typed: still the one person
        ("林", {"林家豪"}),  # the same in both scripts
    ],
)
def test_simplified_and_traditional_are_one_script(
    backend_store, scripts: dict[str, int], query: str, expected: set[str]
) -> None:
    with backend_store.factory() as s:
        hits = core.search(s, query)
    assert {h.name_local for h in hits} == expected
    # The exact name ranks first in either script.
    if query in scripts:
        assert hits[0].name_local == query


def test_the_attendee_table_filters_across_scripts(backend_store, scripts: dict[str, int]) -> None:
    with backend_store.factory() as s:
        found = set(filtered_ids(s, AttendeeFilter(text="陈")))
    assert found == {scripts["陳大文"], scripts["陈子涵"]}
