"""The program book with the sessions' links and attachments (`--links`): one line each under
the session, clickable in the PDF; without the option the book is as before."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from db.engine import open_store
from desktop.core.events import create_event
from desktop.core.program import build_program, layout, load_for_print
from desktop.core.schedule.interchange.importing import import_schedule
from desktop.pdf.program.common import Page
from tests.conftest import ROOT, TEST_DATA

SCHEDULES = TEST_DATA / "schedules"


def assert_links_hold_their_text(pages: list[Page]) -> None:
    """Every link line no wider than its box, the box inside the page, at most two lines."""
    for n, page in enumerate(pages, 1):
        for t in page.texts():
            if t.role != "link":
                continue
            where = f"page {n}, {t.lines!r}"
            assert 1 <= len(t.lines) <= 2 and t.used_height <= t.h + 0.01, where
            assert all(w <= t.w + 0.01 for w in t.line_widths()), where
            assert t.x >= 0 and t.x + t.w <= page.width + 0.01, where
            assert t.y >= 0 and t.y + t.h <= page.height + 0.01, where


@pytest.fixture(scope="module")
def camp(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Camp 2019 (52 links, 12 attachments, relative to the file's base_url)."""
    path = tmp_path_factory.mktemp("links") / "camp.sqlite"
    store = open_store(str(path), create=True)
    with store.session() as s:
        create_event(s, "Camp 2019", "Europe/Berlin")
    with store.session() as s:
        import_schedule(s, SCHEDULES / "frab-camp2019.json")
    store.close()
    return path


def test_the_book_lists_links_and_attachments_when_asked(camp: Path) -> None:
    store = open_store(str(camp))
    with store.factory() as s:
        data = load_for_print(s)
    store.close()
    wanted = {
        (x.id, x.absolute(r.url))
        for x in data.sessions
        for r in (*x.attachments, *x.links)
        if x.absolute(r.url)
    }
    assert len(wanted) >= 60
    plain, _info = layout(data, "book")
    assert [t for p in plain for t in p.texts() if t.role == "link"] == []
    pages, _info = layout(data, "book", links=True)
    assert_links_hold_their_text(pages)
    shown = {(t.ref, t.url) for p in pages for t in p.texts() if t.role == "link"}
    assert shown == wanted
    # an attachment shows its title; a relative url is printed resolved
    slides = next(
        t for p in pages for t in p.texts() if t.role == "link" and "Hacking_Containers" in t.url
    )
    assert slides.url.startswith("https://fahrplan.events.ccc.de/system/")


def _program(camp: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--db", str(camp), "program", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


def test_the_pdf_links_are_clickable(camp: Path, tmp_path: Path) -> None:
    out = tmp_path / "book.pdf"
    r = _program(camp, str(out), "--kind", "book", "--links")
    assert r.returncode == 0, r.stderr
    uris = set(re.findall(rb"/URI \((https?://[^)]*)\)", out.read_bytes()))
    assert len(uris) >= 60
    store = open_store(str(camp))
    with store.factory() as s:
        plain = build_program(s, tmp_path / "plain.pdf", "book")
    store.close()
    assert plain.pages > 0
    assert re.findall(rb"/URI \(", (tmp_path / "plain.pdf").read_bytes()) == []
    r = _program(camp, str(out), "--kind", "grid", "--links")
    assert r.returncode == 2 and "--links goes with --kind book" in r.stderr
