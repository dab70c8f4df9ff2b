"""An attendee import's row problems in the interface's language (issue 13): a registration
file with the usual faults, checked by the real import (a dry run), its problems worded in
Traditional and Simplified Chinese with no English left but the file's own values."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from db.engine import open_store
from desktop.core.attendee_import.sync import ImportOptions, import_file
from desktop.core.events import create_event, current_event
from desktop.ui import i18n
from desktop.ui.import_words import TEMPLATES, say

ROOT = Path(__file__).resolve().parents[2]
_LATIN = re.compile(r"[A-Za-z][A-Za-z-]+")
CSV = """id,first_name,last_name,email,category,ticket
1,Tai Man,Chan,chan@example.org,speaker,T-1
1,Siu Ming,Wong,wong@example.org,attendee,T-2
3,Mei,Lee,not-an-email,attendee,T-3
4,,,,attendee,T-4
5,Ka Yan,Ho,ho@example.org,wizard,T-1
"""
VALUES = {"wizard", "not-an-email", "attendee", "speaker", "vip", "T-1", "T-2", "T-3", "T-4"}


@pytest.fixture
def problems(tmp_path: Path) -> list[str]:
    path = tmp_path / "reg.csv"
    path.write_text(CSV, "utf-8")
    store = open_store(str(tmp_path / "e.sqlite"), create=True)
    with store.session() as s:
        create_event(s, "Summit", "Asia/Hong_Kong")
    with store.session() as s:
        result = import_file(s, current_event(s), path, ImportOptions(dry_run=True))
        messages = [p.message for p in result.problems]
    store.close()
    assert len(messages) >= 4
    return messages


@pytest.fixture
def reset(qapp: QApplication) -> Iterator[None]:
    yield
    i18n.install(qapp, "en")


def test_every_key_the_core_gives_has_words() -> None:
    made: set[str] = set()
    for path in (ROOT / "desktop/core/attendee_import").glob("*.py"):
        made |= set(re.findall(r'Words\(\s*"([a-z_]+)"', path.read_text("utf-8")))
    made |= {"duplicate_id", "duplicate_email_name"}  # chosen by a condition
    assert len(made) >= 18 and made <= set(TEMPLATES), made - set(TEMPLATES)


@pytest.mark.parametrize("language", ["zh_HK", "zh_CN"])
def test_the_problems_read_in_chinese(
    qapp: QApplication, problems: list[str], language: str, reset: None
) -> None:
    assert i18n.install(qapp, language) == language
    for message in problems:
        text = say(message)
        assert text != str(message)
        left = [w for w in _LATIN.findall(text) if w not in VALUES and not w.startswith("T-")]
        assert left == [], text
