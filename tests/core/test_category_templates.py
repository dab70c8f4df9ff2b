"""Templates per category, chosen at print time: a speaker's badge comes out of the speakers'
template in a batch of everyone (pdftotext per page), a template of another size is refused
in one line, --same-template prints everyone alike; set through `confdesk badges templates`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from db.models import Attendee
from desktop.base.errors import UserError
from desktop.core import badges as core
from desktop.pdf import templates as tpl
from tests.conftest import ROOT
from tests.tools import need

MARK = "SPEAKER OF THE SUMMIT"


def _speaker_template(store) -> None:
    spec = tpl.builtin("a6-conference")
    spec["name"] = "speakers"
    spec["front"].append(
        {
            "type": "text",
            "id": "mark",
            "x": 5,
            "y": 60,
            "w": 95,
            "h": 8,
            "text": MARK,
            "max_size": 10,
            "min_size": 6,
        }
    )
    with store.session() as s:
        core.save_template(s, spec)


def _pages(pdf: Path) -> list[str]:
    need("pdftotext")
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return text.split("\f")


def _ids(store) -> tuple[int, int]:
    with store.factory() as s:
        speaker = s.scalar(select(Attendee.id).where(Attendee.category == "speaker").limit(1))
        other = s.scalar(select(Attendee.id).where(Attendee.category == "attendee").limit(1))
    return int(speaker), int(other)


def test_a_speakers_badge_comes_from_the_speakers_template(demo_store, tmp_path: Path) -> None:
    _speaker_template(demo_store)
    speaker, other = _ids(demo_store)
    with demo_store.session() as s:
        assert core.set_category_template(s, "speaker", "speakers") == {"speaker": "speakers"}
    out = tmp_path / "all.pdf"
    with demo_store.session() as s:
        core.render_badges(s, out, "a6-conference", "single", core.Selection(ids=[speaker, other]))
    pages = [p for p in _pages(out) if p.strip()]
    assert len(pages) == 2
    marked = [MARK in p for p in pages]
    assert sorted(marked) == [False, True]
    same = tmp_path / "same.pdf"
    with demo_store.session() as s:
        core.render_badges(
            s, same, "a6-conference", "single", core.Selection(ids=[speaker]), by_category=False
        )
    assert MARK not in _pages(same)[0]
    with demo_store.session() as s:
        core.set_category_template(s, "speaker", None)
        assert core.category_templates(s) == {}


def test_a_category_template_of_another_size_is_refused(demo_store, tmp_path: Path) -> None:
    with demo_store.session() as s:
        core.set_category_template(s, "vip", "cr80")
    out = tmp_path / "b.pdf"
    with pytest.raises(UserError) as err, demo_store.session() as s:
        core.render_badges(s, out, "a6-conference", "a4-4xa6")
    assert "vip template 'cr80' is 85.6 x 53.98 mm" in str(err.value)
    assert "\n" not in str(err.value) and not out.exists()
    for category, name, words in (
        ("nobody", "cr80", "unknown category"),
        ("vip", "missing-one", "unknown template"),
        ("vip", "../x.json", "saved in the event or built in"),
    ):
        with pytest.raises(UserError) as err, demo_store.session() as s:
            core.set_category_template(s, category, name)
        assert words in str(err.value)


def test_cli_sets_category_templates_and_prints_alike_on_request(
    demo_db: Path, tmp_path: Path
) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "desktop", "--db", str(demo_db), *args],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )

    run = cli("badges", "templates", "--for", "speaker=4x6in", "--for", "press=cr80")
    assert run.returncode == 0, run.stderr
    assert "speaker badges use 4x6in" in run.stdout and "press badges use cr80" in run.stdout
    bad = cli("badges", "templates", "--for", "speaker")
    assert bad.returncode == 2 and "CATEGORY=TEMPLATE" in bad.stderr
    refused = cli("badges", str(tmp_path / "x.pdf"))
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert "give the category a template of the same size" in refused.stderr
    alike = cli("badges", str(tmp_path / "y.pdf"), "--same-template")
    assert alike.returncode == 0, alike.stderr
    reset = cli("badges", "templates", "--for", "speaker=", "--for", "press=")
    assert reset.returncode == 0 and "badges use" not in reset.stdout


def test_a_category_not_in_the_batch_does_not_hold_it_up(demo_store, tmp_path: Path) -> None:
    with demo_store.session() as s:
        core.set_category_template(s, "vip", "4x6in")
    out = tmp_path / "attendees.pdf"
    with demo_store.session() as s:
        result = core.render_badges(
            s, out, "a6-conference", "a4-4xa6", core.Selection(category="attendee")
        )
    assert result.badges > 0 and out.exists()
