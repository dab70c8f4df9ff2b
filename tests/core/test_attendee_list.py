"""The attendee list: one filter and sort for the Attendees table, `confdesk attendees list`
and the export of what the table shows, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update

from db.models import Attendee
from desktop.base.errors import UserError
from desktop.cli import main
from desktop.core import attendees as core
from desktop.core.attendee_list import FIELDS, AttendeeFilter, filtered_ids, rows
from desktop.core.checkin import check_in_attendee

PEOPLE: list[dict[str, Any]] = [
    {"given_name": "Tai Man", "family_name": "Chan", "name_local": "陳大文", "category": "speaker"},
    {"given_name": "Zoë", "family_name": "Núñez", "organization": "Café 100%", "category": "vip"},
    {"given_name": "Wing", "family_name": "Chan", "organization": "Harbour_AI"},
    {"given_name": "Jun", "family_name": "Huang", "name_local": "黄军", "category": "speaker"},
    {"given_name": "Amal", "family_name": "Haddad", "name_local": "أمل حداد"},
]


@pytest.fixture
def people(backend_store: Any) -> dict[str, int]:
    with backend_store.session() as s:
        event = core.current_event(s)
        ids = core.add_attendees(s, event, PEOPLE)
        check_in_attendee(s, ids[2], "Desk 1")
        s.execute(update(Attendee).where(Attendee.id == ids[3]).values(status="cancelled"))
    return dict(zip(("tai", "zoe", "wing", "jun", "amal"), ids, strict=True))


def _ids(store: Any, flt: AttendeeFilter = AttendeeFilter(), **kw: Any) -> list[int]:  # noqa: B008
    with store.factory() as s:
        return filtered_ids(s, flt, **kw)


def test_filters_match_the_table(backend_store: Any, people: dict[str, int]) -> None:
    p = people
    assert _ids(backend_store) == sorted(p.values())
    assert _ids(backend_store, AttendeeFilter(text="chan")) == [p["tai"], p["wing"]]
    assert _ids(backend_store, AttendeeFilter(text="man chan")) == [p["tai"]]  # any order
    assert _ids(backend_store, AttendeeFilter(text="黃")) == [p["jun"]]  # the other script
    assert _ids(backend_store, AttendeeFilter(text="zoe nunez")) == [p["zoe"]]  # accents folded
    assert _ids(backend_store, AttendeeFilter(text="حداد")) == [p["amal"]]
    # LIKE's wildcards are plain characters in a search.
    assert _ids(backend_store, AttendeeFilter(text="100%")) == [p["zoe"]]
    assert _ids(backend_store, AttendeeFilter(text="r_a")) == [p["wing"]]
    assert _ids(backend_store, AttendeeFilter(text="%")) == [p["zoe"]]
    assert _ids(backend_store, AttendeeFilter(category="speaker")) == [p["tai"], p["jun"]]
    assert _ids(backend_store, AttendeeFilter(status="cancelled")) == [p["jun"]]
    assert _ids(backend_store, AttendeeFilter(checked_in=True)) == [p["wing"]]
    assert p["wing"] not in _ids(backend_store, AttendeeFilter(checked_in=False))
    assert _ids(backend_store, AttendeeFilter(printed=True)) == []
    assert _ids(backend_store, AttendeeFilter(text="\x00" + "x" * 300)) == []


def test_sorts_with_the_id_breaking_ties(backend_store: Any, people: dict[str, int]) -> None:
    p = people
    # Two Chans: by given name next (Tai Man before Wing), then by id.
    by_family = [p["tai"], p["wing"], p["amal"], p["jun"], p["zoe"]]
    assert _ids(backend_store, sort="family_name") == by_family
    assert _ids(backend_store, sort="family_name", descending=True) == by_family[::-1]
    assert _ids(backend_store, sort="number", limit=2) == sorted(p.values())[:2]


def test_rows_hold_the_listed_fields(backend_store: Any, people: dict[str, int]) -> None:
    with backend_store.factory() as s:
        got = rows(s, [people["wing"], 10**9])
    assert list(got) == [people["wing"]]
    row = dict(zip(FIELDS, got[people["wing"]], strict=True))
    assert row["family_name"] == "Chan" and row["checked_in_desk"] == "Desk 1"
    assert row["checked_in_at"] is not None and row["badge_printed_at"] is None


def test_an_unknown_sort_or_status_is_one_clear_line(backend_store: Any, people: Any) -> None:
    with pytest.raises(UserError, match="cannot sort by 'secret'"):
        _ids(backend_store, sort="secret")
    with pytest.raises(UserError, match="unknown status"):
        _ids(backend_store, AttendeeFilter(status="merged"))


def test_the_cli_lists_and_exports_the_same_filter(
    backend_store: Any, backend_url: str, people: dict[str, int], tmp_path: Path, capsys: Any
) -> None:
    db = ["--db", backend_url]
    assert main([*db, "attendees", "list", "--text", "chan", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [r["id"] for r in listed] == [people["tai"], people["wing"]]
    assert listed[1]["checked_in_desk"] == "Desk 1" and listed[1]["checked_in_at"].endswith(
        "+00:00"
    )
    assert main([*db, "attendees", "list", "--not-checked-in", "--sort", "family_name"]) == 0
    out = capsys.readouterr().out
    assert "Wing" not in out and out.index("Tai Man") < out.index("Zoë")
    assert out.rstrip().endswith("4 attendee(s)")
    assert main([*db, "attendees", "list", "--text", "nobody here"]) == 1
    target = tmp_path / "speakers.csv"
    args = [*db, "attendees", "export", str(target), "--category", "speaker", "--desc"]
    assert main(args) == 0
    with target.open(encoding="utf-8-sig") as f:
        exported = list(csv.DictReader(f))
    assert [r["Family name"] for r in exported] == ["Huang", "Chan"]
    capsys.readouterr()
    logs = [*db, "attendees", "export", str(tmp_path / "l.csv"), "--what", "checkins"]
    assert main([*logs, "--text", "chan"]) == 2
    assert "for --what attendees" in capsys.readouterr().err
    assert not (tmp_path / "l.csv").exists()
