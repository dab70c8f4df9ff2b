"""A re-import is a sync (issue 12): new, changed field by field, moved, withdrawn, back, and
conflicts with what was edited here; `--dry-run` says all of it and changes nothing.

The file is pretalx's democon export, changed as its organizers would upstream: a title
corrected, a talk moved, a talk removed, an abstract rewritten that was also rewritten here.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from db.engine import open_store
from db.models import Session as SessionRow
from desktop.core.events import create_event
from desktop.core.schedule.data import load_schedule
from desktop.core.schedule.interchange.frab_json import export_json
from desktop.core.schedule.interchange.importing import import_schedule
from tests.conftest import ROOT
from tests.core.schedule_support import SCHEDULES

DEMOCON = SCHEDULES / "pretalx-democon.json"


def _events(doc: dict[str, Any]) -> list[tuple[dict[str, Any], str, dict[str, Any]]]:
    return [
        (day, room, ev)
        for day in doc["schedule"]["conference"]["days"]
        for room, evs in day["rooms"].items()
        for ev in evs
    ]


@pytest.fixture
def upstream(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """democon changed upstream; returns the file and the titles of what changed."""
    doc = json.loads(DEMOCON.read_text("utf-8"))
    evs = _events(doc)
    titles = {}
    _d, _r, ev = evs[0]
    titles["retitled"] = ev["title"]
    ev["title"] = ev["title"] + " (updated)"
    _d, _r, ev = evs[1]
    titles["moved"] = ev["title"]
    ev["date"] = ev["date"].replace("T09:30:00", "T11:45:00")
    ev["start"] = "11:45"
    day, room, ev = evs[2]
    titles["removed"] = ev["title"]
    day["rooms"][room].remove(ev)
    _d, _r, ev = evs[3]
    titles["conflict"] = ev["title"]
    ev["abstract"] = "Rewritten upstream."
    _d, _r, ev = evs[4]
    titles["edited here"] = ev["title"]
    path = tmp_path / "democon-changed.json"
    path.write_text(json.dumps(doc), "utf-8")
    return path, titles


@pytest.fixture
def event(tmp_path: Path) -> Path:
    path = tmp_path / "event.sqlite"
    store = open_store(str(path), create=True)
    with store.session() as s:
        create_event(s, "DemoCon", "Europe/Berlin")
    with store.session() as s:
        import_schedule(s, DEMOCON)
    store.close()
    return path


def _edit_here(path: Path, titles: dict[str, str]) -> None:
    """What the organizers changed in Confdesk since the import."""
    store = open_store(str(path))
    with store.session() as s:
        row = s.scalar(select(SessionRow).where(SessionRow.title == titles["conflict"]))
        assert row is not None
        row.abstract = "Rewritten here."
        row = s.scalar(select(SessionRow).where(SessionRow.title == titles["edited here"]))
        assert row is not None
        row.title = "Renamed here"
    store.close()


def _rows(path: Path) -> dict[str, tuple[Any, ...]]:
    store = open_store(str(path))
    try:
        with store.session() as s:
            return {
                r.guid: (r.title, r.abstract, r.start, r.room_id, r.status)
                for r in s.scalars(select(SessionRow))
            }
    finally:
        store.close()


def _cli(path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--db", str(path), "schedule", "import", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


def test_a_dry_run_says_what_would_change_and_changes_nothing(
    event: Path, upstream: tuple[Path, dict[str, str]]
) -> None:
    path, titles = upstream
    _edit_here(event, titles)
    before = _rows(event)
    r = _cli(event, str(path), "--dry-run")
    assert r.returncode == 0, r.stderr
    out = r.stdout
    assert "(0 new, 2 updated, 33 unchanged)" in out and "1 withdrawn; 1 in conflict" in out
    retitled = titles["retitled"]
    assert f"changed: “{retitled} (updated)”: title “{retitled}” -> “{retitled} (updated)”" in out
    assert f"moved: “{titles['moved']}”: start Mon 14 Dec 09:30 -> Mon 14 Dec 11:45" in out
    assert f"withdrawn: “{titles['removed']}” (not in the file any more)" in out
    assert (
        f"conflict: “{titles['conflict']}”: abstract: here “Rewritten here.”, in the file "
        "“Rewritten upstream.” (kept as it is here; --take-file takes the file's)"
    ) in out
    assert "Renamed here" not in out  # edited here only: nothing to say
    assert out.rstrip().endswith("dry run: nothing was changed")
    assert _rows(event) == before


def test_the_sync_applies_keeps_edits_withdraws_and_brings_back(
    event: Path, upstream: tuple[Path, dict[str, str]]
) -> None:
    path, titles = upstream
    _edit_here(event, titles)
    r = _cli(event, str(path))
    assert r.returncode == 0, r.stderr
    store = open_store(str(event))
    with store.session() as s:
        by_title = {x.title: x for x in s.scalars(select(SessionRow))}
        assert titles["retitled"] + " (updated)" in by_title
        assert by_title[titles["conflict"]].abstract == "Rewritten here."  # not overwritten
        assert "Renamed here" in by_title and titles["edited here"] not in by_title
        removed = by_title[titles["removed"]]
        assert removed.status == "cancelled"  # withdrawn: kept, out of the exports
        data = load_schedule(s, None)
        exported = json.loads(export_json(data))
        out_titles = {e["title"] for _d, _r, e in _events(exported)}
        assert titles["removed"] not in out_titles and len(out_titles) == 35
    store.close()
    # The same file again: the conflict is said again (it is not resolved), nothing else.
    r = _cli(event, str(path))
    assert "(0 new, 0 updated, 35 unchanged)" in r.stdout and "1 in conflict" in r.stdout
    # --take-file resolves it the file's way.
    r = _cli(event, str(path), "--take-file")
    assert "conflict:" in r.stdout and "the file's taken" in r.stdout
    rows = _rows(event)
    assert any(v[1] == "Rewritten upstream." for v in rows.values())
    # The original file has the removed talk again: it comes back.
    r = _cli(event, str(DEMOCON))
    assert f"back: “{titles['removed']}” (in the file again)" in r.stdout
    assert all(v[4] != "cancelled" for v in _rows(event).values())


def test_a_session_cancelled_here_stays_cancelled(event: Path) -> None:
    store = open_store(str(event))
    with store.session() as s:
        row = s.scalars(select(SessionRow)).first()
        assert row is not None
        row.status = "cancelled"
        guid = row.guid
    store.close()
    r = _cli(event, str(DEMOCON))
    assert r.returncode == 0, r.stderr
    assert _rows(event)[guid][4] == "cancelled"


def test_sessions_of_another_source_or_made_here_are_never_withdrawn(
    event: Path, tmp_path: Path
) -> None:
    doc = json.loads(DEMOCON.read_text("utf-8"))
    other = copy.deepcopy(doc)
    other["schedule"]["conference"]["acronym"] = "othercon"
    for _d, _r, ev in _events(other):
        ev["guid"] = ev["guid"][:-4] + "beef"
    path = tmp_path / "other.json"
    path.write_text(json.dumps(other), "utf-8")
    r = _cli(event, str(path))
    assert r.returncode == 0, r.stderr
    assert "withdrawn" not in r.stdout
    assert sum(1 for v in _rows(event).values() if v[4] != "cancelled") == 72


def test_a_withdrawn_session_stays_in_the_releases_that_had_it(
    event: Path, upstream: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    """Withdrawn by a re-import: out of the live schedule and its exports, still in the
    release published before (its history), which still exports it."""
    path, titles = upstream
    store = open_store(str(event))
    with store.session() as s:
        from desktop.core.schedule.releases import publish_release

        publish_release(s, "v1")
    store.close()
    assert _cli(event, str(path)).returncode == 0
    store = open_store(str(event))
    try:
        with store.session() as s:
            live = {x.title for x in load_schedule(s, None).sessions if x.status != "cancelled"}
            before = {x.title for x in load_schedule(s, "v1").sessions}
    finally:
        store.close()
    assert titles["removed"] not in live
    assert titles["removed"] in before
    out = tmp_path / "v1.json"
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--db", str(event), "schedule", "export", str(out),
         "--release", "v1"],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert titles["removed"] in {e["title"] for _d, _r, e in _events(json.loads(out.read_text()))}
