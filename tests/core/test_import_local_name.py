"""A Chinese-only name column: stored as the local name, printed once on the badge."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from db.models import Attendee
from desktop.cli import main
from desktop.core import badges
from tests.core.import_support import by_email, run_import
from tests.tools import run_tool


@pytest.mark.parametrize("template", ["a6-conference", "cr80"])
def test_big5_chinese_only_name_is_the_local_name_and_prints_once(
    store, event_db: Path, tmp_path: Path, template: str
) -> None:
    path = tmp_path / "big5.csv"
    path.write_bytes(
        "姓名,Email\r\n張小明,ming@example.tw\r\n歐陽志明,cm@example.tw\r\n".encode("big5")
    )
    assert main(["--db", str(event_db), "attendees", "import", str(path)]) == 0
    ming = by_email(store, "ming@example.tw")
    assert (ming.name_local, ming.given_name, ming.family_name) == ("張小明", "", "")
    assert by_email(store, "cm@example.tw").name_local == "歐陽志明"
    pdf = tmp_path / "badge.pdf"
    with store.session() as s:
        aid = s.scalar(select(Attendee.id).where(Attendee.email == "ming@example.tw"))
        badges.render_badges(s, pdf, template, "single", badges.Selection(ids=[aid]))
    text = run_tool(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert text.count("張小明") == 1
    assert "小明 張" not in text and "小明" not in text.replace("張小明", "")


def test_latin_and_mixed_names_are_still_split(store, tmp_path: Path) -> None:
    path = tmp_path / "names.csv"
    path.write_text("Name,Email\nAna Lima,ana@example.org\nCHAN 大文,tm@example.hk\n")
    result = run_import(store, path)
    assert (result.created, result.rejected) == (2, 0)
    ana = by_email(store, "ana@example.org")
    assert (ana.given_name, ana.family_name, ana.name_local) == ("Ana", "Lima", "")
    chan = by_email(store, "tm@example.hk")
    assert (chan.given_name, chan.family_name, chan.name_local) == ("大文", "CHAN", "")
