"""The badge proof before the event: real stores, real layouts and a real proof PDF read back
with pdftotext (only the problem badges, each marked); `confdesk badges OUT.pdf --proof`."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from desktop.core import attendees as core_attendees
from desktop.core.badge_proof import (
    CUT,
    INVISIBLE,
    MISSING_GLYPHS,
    NAME_ORDER,
    RIGHT_TO_LEFT,
    proof_badges,
)
from desktop.core.events import current_event
from tests.tools import confdesk, need

TROUBLE = [
    {
        "given_name": "Maximilian Alexander Friedrich Wilhelm",
        "family_name": "von Hohenzollern-Sigmaringen-Veringen",
    },
    {"given_name": "Moh\u202edam", "family_name": "Ali"},
    {"given_name": "Zero\u200bWidth", "family_name": "Space"},
    {"given_name": "Zedong", "family_name": "Mao", "name_local": "泽东毛", "country": "CN"},
    {"given_name": "Tai Man", "family_name": "Chan", "name_local": "大文 陳", "country": "HK"},
    {"given_name": "Fatima", "family_name": "Al-Mansouri", "name_local": "فاطمة المنصوري"},
    {"given_name": "Ankh", "family_name": "Scribe", "name_local": "\U00013000\U00013001"},
]
FINE = [
    {"given_name": "Siu Ming", "family_name": "Chan", "name_local": "陳小明", "country": "HK"},
    {"given_name": "Haruka", "family_name": "Sato", "name_local": "佐藤 遥", "country": "JP"},
    {"given_name": "Zoë", "family_name": "Müller", "organization": "ETH Zürich"},
]


@pytest.fixture
def people(store) -> dict[str, int]:
    with store.session() as s:
        ids = core_attendees.add_attendees(s, current_event(s), TROUBLE + FINE)
    return {p["given_name"]: i for p, i in zip(TROUBLE + FINE, ids, strict=True)}


def _text(pdf: Path) -> list[str]:
    need("pdftotext")
    out = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [p for p in out.split("\f") if p.strip()]


def test_every_kind_of_problem_is_found_and_only_those_badges_are_in_the_proof(
    store, people: dict[str, int], tmp_path: Path
) -> None:
    out = tmp_path / "proof.pdf"
    with store.factory() as s:
        report = proof_badges(s, out)
    assert report.checked == len(TROUBLE) + len(FINE)
    by_id = {p.attendee_id: p for p in report.problems}
    assert set(by_id) == {people[p["given_name"]] for p in TROUBLE}  # the fine ones are fine
    kinds = {name: by_id[people[name]].kinds for name in (p["given_name"] for p in TROUBLE)}
    assert kinds["Maximilian Alexander Friedrich Wilhelm"] == [CUT]
    assert kinds["Moh\u202edam"] == [INVISIBLE] and kinds["Zero\u200bWidth"] == [INVISIBLE]
    assert kinds["Zedong"] == [NAME_ORDER] and kinds["Tai Man"] == [NAME_ORDER]
    assert kinds["Fatima"] == [RIGHT_TO_LEFT]
    assert MISSING_GLYPHS in kinds["Ankh"]
    # Names in the report show their hidden characters instead of being reordered by them.
    assert by_id[people["Moh\u202edam"]].name.startswith("Moh<U+202E>dam")
    assert report.counts()[NAME_ORDER] == 2
    pages = _text(out)
    assert len(pages) == len(TROUBLE)  # one marked badge a page, only the problem ones
    joined = "\n".join(pages)
    assert "cut to 'Maximilian / Alexander" in joined
    assert "U+202E RIGHT-TO-LEFT OVERRIDE" in joined
    assert "may be given name first" in joined and "has a space inside" in joined


def test_a_clean_event_writes_no_proof(store, tmp_path: Path) -> None:
    with store.session() as s:
        core_attendees.add_attendees(s, current_event(s), FINE)
    out = tmp_path / "proof.pdf"
    with store.factory() as s:
        report = proof_badges(s, out)
    assert report.checked == 3 and not report.problems and report.pdf == ""
    assert not out.exists()


def _cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return confdesk("--db", str(db), *args)


def test_cli_proof_lists_the_problems_and_exits_1(
    event_db: Path, store, people: dict[str, int], tmp_path: Path
) -> None:
    out = tmp_path / "proof.pdf"
    run = _cli(event_db, "badges", str(out), "--proof")
    assert run.returncode == 1, run.stderr
    first = run.stdout.splitlines()[0]
    assert first.startswith(f"{len(TROUBLE) + len(FINE)} badges checked: {len(TROUBLE)} with")
    assert "\u202e" not in run.stdout and "<U+202E>" in run.stdout
    data = json.loads(_cli(event_db, "badges", str(out), "--proof", "--json").stdout)
    assert data["checked"] == 10 and len(data["problems"]) == len(TROUBLE)
    both = _cli(event_db, "badges", str(out), "--proof", "--mark-printed")
    assert both.returncode == 2 and "not allowed with" in both.stderr
    bad = _cli(event_db, "badges", str(tmp_path / "nowhere" / "p.pdf"), "--proof")
    assert bad.returncode == 2 and "folder does not exist" in bad.stderr
