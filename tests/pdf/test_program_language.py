"""The printed program's own words in English, Chinese or both (`--language`): titles,
headings, dates and page footers, read back from real PDFs with pdftotext; the schedule's
texts print as they are in every language."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from db.engine import open_store
from desktop.base.errors import UserError
from desktop.core.program import build_program
from tests.conftest import ROOT
from tests.tools import run_tool

# Words the program adds (not the schedule's data), in English.
ENGLISH = ("Contents", "Speaker index", "Cover", "Program")
_DATE_ZH = re.compile(r"20\d\d年\d{1,2}月\d{1,2}日（星期[一二三四五六日]）")


def _text(path: Path) -> str:
    return run_tool(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _book(demo_db: Path, out: Path, language: str, kind: str = "book") -> str:
    store = open_store(str(demo_db))
    try:
        with store.session() as s:
            build_program(s, out, kind, release="live", language=language)
    finally:
        store.close()
    return _text(out)


def _titles(demo_db: Path) -> list[str]:
    from db.models import Session as Talk

    store = open_store(str(demo_db))
    try:
        with store.session() as s:
            return [t for (t,) in s.query(Talk.title).filter(Talk.start.isnot(None)).limit(5)]
    finally:
        store.close()


def test_the_book_in_traditional_chinese(demo_db: Path, tmp_path: Path) -> None:
    text = _book(demo_db, tmp_path / "zh.pdf", "zh_HK")
    for word in ("節目表", "目錄", "講者索引", "頁，共"):
        assert word in text, word
    assert _DATE_ZH.search(text)
    for word in ENGLISH:
        assert word not in text, word
    assert not re.search(r"page \d+ of \d+", text)
    squeezed = re.sub(r"\s+", "", text)
    for title in _titles(demo_db):  # the schedule's own words, as they are
        assert re.sub(r"\s+", "", title)[:20] in squeezed


def test_the_book_in_both_languages_and_in_simplified(demo_db: Path, tmp_path: Path) -> None:
    both = _book(demo_db, tmp_path / "both.pdf", "en+zh_HK")
    for word in ("Contents 目錄", "Speaker index 講者索引"):
        assert word in both, word
    assert re.search(r"day \d{1,2} [A-Z][a-z]+ 20\d\d · 20\d\d年", both)
    simplified = _book(demo_db, tmp_path / "cn.pdf", "zh_CN")
    assert "目录" in simplified and "演讲嘉宾索引" in simplified and "目錄" not in simplified
    english = _book(demo_db, tmp_path / "en.pdf", "en")
    assert "Contents" in english and "目錄" not in english and not _DATE_ZH.search(english)


@pytest.mark.parametrize(
    ("kind", "word"), [("grid", "時間表"), ("room-signs", "房間門牌"), ("speakers", "講者行程")]
)
def test_every_kind_in_chinese(demo_db: Path, tmp_path: Path, kind: str, word: str) -> None:
    text = _book(demo_db, tmp_path / f"{kind}.pdf", "zh_HK", kind)
    assert word in text and "頁，共" in text
    assert " page " not in text


def test_an_unknown_language_is_one_line_and_writes_nothing(demo_db: Path, tmp_path: Path) -> None:
    store = open_store(str(demo_db))
    try:
        with store.session() as s, pytest.raises(UserError, match="unknown language 'fr'"):
            build_program(s, tmp_path / "x.pdf", "book", release="live", language="fr")
    finally:
        store.close()
    command = [sys.executable, "-m", "desktop", "--db", str(demo_db), "program"]
    r = subprocess.run(
        [*command, str(tmp_path / "y.pdf"), "--language", "klingon"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert r.returncode == 2 and "invalid choice" in r.stderr
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "y.pdf").exists()
