"""`confdesk badges templates --save FILE.json`: a template kept in the event from a file, as
the designer's Save keeps it (a new version of the same name), and a bad file changes nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from desktop.cli import main
from desktop.pdf.templates import TEMPLATE_DIR
from tests.pdf.helpers import NAMES, add_people
from tests.tools import run_tool


def _templates(db: list[str], capsys: Any) -> dict[str, str]:
    assert main([*db, "badges", "templates", "--json"]) == 0
    return {t["name"]: t["source"] for t in json.loads(capsys.readouterr().out)["templates"]}


def test_a_template_file_is_kept_in_the_event(
    store: Any, event_db: Path, tmp_path: Path, capsys: Any
) -> None:
    (aid,) = add_people(store, [NAMES[0]])
    db = ["--db", str(event_db)]
    spec = json.loads((TEMPLATE_DIR / "a6-conference.json").read_text(encoding="utf-8"))
    spec.update(name="hk-summit", title="HK summit")
    assert spec["name"] not in _templates(db, capsys)
    path = tmp_path / "hk-summit.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    assert main([*db, "badges", "templates", "--save", str(path)]) == 0
    assert "saved template hk-summit (version 1)" in capsys.readouterr().err
    assert main([*db, "badges", "templates", "--save", str(path), "--json"]) == 0
    assert "(version 2)" in capsys.readouterr().err
    assert _templates(db, capsys)["hk-summit"] == "database v2"
    # The kept template prints the event's people.
    out = tmp_path / "badges.pdf"
    assert main([*db, "badges", str(out), "--template", "hk-summit", "--ids", str(aid)]) == 0
    text = run_tool(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "Tai Man" in text and "陳大文" in text


def test_a_bad_template_file_says_so_and_keeps_nothing(
    event_db: Path, tmp_path: Path, capsys: Any
) -> None:
    db = ["--db", str(event_db)]
    broken = tmp_path / "broken.json"
    broken.write_text('{"name": "x", ', encoding="utf-8")
    assert main([*db, "badges", "templates", "--save", str(broken)]) != 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "invalid JSON" in err[0] and "Traceback" not in err[0]
    assert main([*db, "badges", "templates", "--save", str(tmp_path / "notes.txt")]) != 0
    assert "is a .json file" in capsys.readouterr().err
    before = _templates(db, capsys)
    assert "x" not in before and all(v == "built-in" for v in before.values())
