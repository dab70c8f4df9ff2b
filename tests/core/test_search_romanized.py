"""People registered with a Chinese name only, found by what a desk volunteer types in Latin
letters: Hong Kong spellings, Jyutping, Pinyin and Wade-Giles, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from typing import Any

import pytest
from sqlalchemy import text

from db.search import ROMAN_MARK
from desktop.cli import main
from desktop.core import attendees as core
from desktop.core import romanize
from desktop.core.events import current_event
from desktop.core.search_upkeep import SEARCH_TEXT_VERSION, current_version

# Real names as registrations carry them: Hong Kong (Cantonese spellings on identity cards),
# mainland China (Pinyin, Simplified), Taiwan (Wade-Giles), each with what people type.
CHINESE_ONLY: dict[str, list[str]] = {
    "陳大文": ["chan tai man", "Chan Tai-man", "tai man chan", "chantaiman", "chan taiman"],
    "張學友": ["cheung hok yau", "hok yau cheung", "zhang xueyou"],
    "曾志偉": ["tsang chi wai", "zang zi wai", "zeng zhiwei"],
    "李嘉誠": ["lee ka shing", "li ka shing", "li jiacheng"],
    "區家麟": ["au ka lun"],  # 區 as a family name is Au, not Keoi
    "歐陽震華": ["au yeung chun wah", "auyeung", "ouyang zhenhua"],
    "司徒華": ["szeto wah", "situ hua"],
    "羅家英": ["law ka ying"],
    "梁朝偉": ["leung chiu wai"],
    "周潤發": ["chow yun fat"],
    "謝霆鋒": ["tse ting fung"],
    "袁詠儀": ["yuen wing yee"],
    "吳彥祖": ["ng yin cho"],
    "王建国": ["wang jianguo", "wang jian guo", "jianguo wang"],
    "刘洋": ["liu yang"],
    "吕布": ["lu bu", "lv bu"],
    "张伟": ["zhang wei"],
    "張惠妹": ["chang hui mei"],  # Wade-Giles, as Taiwanese passports spell it
    "蔣經國": ["chiang ching kuo", "chiang ching-kuo"],
    "馬英九": ["ma ying chiu", "ma yingjiu"],
}


@pytest.fixture
def people(backend_store) -> dict[str, int]:
    rows: list[dict[str, Any]] = [{"name_local": n} for n in CHINESE_ONLY]
    rows += [
        {"given_name": "Tai Man", "family_name": "Chan"},  # English name only
        {"given_name": "Peter", "family_name": "Chan", "name_local": "陳彼得"},
        {"given_name": "Mei", "family_name": "Ling"},
        {"name_local": "陈大文"},  # Simplified
    ]
    with backend_store.session() as s:
        event = current_event(s)
        event.code_prefix, event.signing_key = "QQQQ", "5e" * 32
        s.flush()
        ids = core.add_attendees(s, event, rows)
    return {
        r.get("name_local") or f"{r['given_name']} {r['family_name']}": i
        for r, i in zip(rows, ids, strict=True)
    }


def hits(store, query: str) -> list[tuple[str, str]]:
    with store.session() as s:
        return [
            (h.name_local or h.display_name, core.RANK_NAMES[h.rank]) for h in core.search(s, query)
        ]


def names(store, query: str) -> list[str]:
    return [n for n, _ in hits(store, query)]


@pytest.mark.parametrize("name", list(CHINESE_ONLY))
def test_a_chinese_name_is_found_by_how_it_is_read(backend_store, people, name: str) -> None:
    for query in CHINESE_ONLY[name]:
        assert name in names(backend_store, query), (name, query)


def test_the_english_name_as_typed_comes_before_a_romanization(backend_store, people) -> None:
    got = hits(backend_store, "chan tai man")
    assert got[0] == ("Tai Man Chan", "exact")
    assert ("陳大文", "romanized") in got and ("陈大文", "romanized") in got
    # "chan": people whose English name is Chan first, then those whose Chinese name reads so
    got = hits(backend_store, "chan")
    english = [n for n, rank in got if rank in ("exact", "prefix", "word")]
    assert english == ["陳彼得", "Tai Man Chan"] or sorted(english) == ["Tai Man Chan", "陳彼得"]
    ranks = [rank for _, rank in got]
    assert ranks.index("romanized") == len(english)
    assert {"陳大文", "陈大文"} <= {n for n, rank in got if rank == "romanized"}


def test_an_english_name_is_not_matched_to_a_chinese_one(backend_store, people) -> None:
    assert sorted(names(backend_store, "陳大文")) == ["陈大文", "陳大文"]  # not "Tai Man Chan"
    assert names(backend_store, "mei ling") == ["Mei Ling"]
    assert names(backend_store, "peter") == ["陳彼得"]


def test_words_do_not_match_inside_a_romanization(backend_store, people) -> None:
    # "candaaiman" holds "and" and "man" inside it: a word must start where a syllable starts
    assert names(backend_store, "and") == []
    assert "陳大文" not in names(backend_store, "aiman")


def test_the_cli_finds_and_says_how(backend_store, people, capsys) -> None:
    import json

    assert main(["--db", backend_store.url, "attendees", "search", "cheung hok yau", "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["name_local"] == "張學友" and row["match"] == "romanized"


def test_hong_kong_spellings_of_jyutping_syllables() -> None:
    assert romanize.hk_spellings("can4")[0] == "chan"
    assert romanize.hk_spellings("zoeng1")[0] == "cheung"
    assert romanize.hk_spellings("zang1") == ("tsang",)
    assert romanize.hk_spellings("jyun4")[0] == "yuen"
    assert romanize.hk_spellings("daai6") == ("tai",)
    assert romanize.hk_spellings("heoi2")[0] == "hui"
    assert "sze" in romanize.hk_spellings("si1") and "tsz" in romanize.hk_spellings("zi2")
    assert romanize.split_chinese_name("歐陽震華") == ("歐陽", "震華")
    assert romanize.split_chinese_name("陳 大文") == ("陳", "大文")
    assert romanize.split_chinese_name("Peter") is None
    assert romanize.name_romanizations("Peter Chan") == ()


@pytest.mark.slow  # builds the reading table twice from Unihan (7 s)
def test_the_reading_table_is_kept_and_a_damaged_one_is_made_again(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("CONFDESK_CACHE_DIR", str(tmp_path))
    romanize._table.cache_clear()
    try:
        assert romanize.readings("陳")[0][0] == "can"
        (table,) = (tmp_path / "readings").iterdir()
        assert table.stat().st_mode & 0o777 == 0o600 or table.stat().st_mode & 0o077 == 0
        table.write_bytes(b"\x00damaged")
        romanize._table.cache_clear()
        assert romanize.readings("黃")[1] == ("huang",)  # made again from the libraries
        romanize._table.cache_clear()
        (tmp_path / "readings").chmod(0o777)  # a folder others could write is not read
        table.write_bytes(b"\x00damaged")
        assert romanize.readings("張")[1][0] == "zhang"
    finally:
        romanize._table.cache_clear()


def test_texts_written_before_romanization_are_brought_up_to_date(backend_store, people) -> None:
    # The event as a Confdesk before romanization left it: the fields only, no version kept.
    with backend_store.session() as s:
        event = current_event(s)
        event.settings = {k: v for k, v in event.settings.items() if k != "search_text_version"}
        s.execute(
            text("UPDATE attendee SET search_text = :old, updated_at = :then WHERE id = :id"),
            [
                {"old": t.split(ROMAN_MARK)[0], "then": dt.datetime(2026, 1, 1), "id": i}
                for i, t in s.execute(text("SELECT id, search_text FROM attendee"))
            ],
        )
        s.commit()
    assert "陳大文" not in names(backend_store, "chan tai man")
    assert main(["--db", backend_store.url, "attendees", "search", "chan tai man"]) == 0
    assert "陳大文" in names(backend_store, "chan tai man")
    with backend_store.session() as s:
        assert current_version(current_event(s)) == SEARCH_TEXT_VERSION
        moved = dict(s.execute(text("SELECT id, updated_at FROM attendee")).all())
    # Rows with a Chinese name moved (the desks' mirrors fetch them); the others did not.
    assert moved[people["陳大文"]] != dt.datetime(2026, 1, 1)
    assert str(moved[people["Mei Ling"]]).startswith("2026-01-01")


def _fts_sql(path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'attendee_words'"
        ).fetchone()[0]
    finally:
        conn.close()


def test_an_older_event_file_gets_the_longer_prefix_indexes(demo_db, tmp_path) -> None:
    from alembic import command

    from db.engine import _alembic_config, head_revision, open_store

    db = shutil.copyfile(demo_db, tmp_path / "old.sqlite")
    store = open_store(str(db))
    cfg = _alembic_config()
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0012_list_scan_event_at")
    store.close()
    assert "prefix='1 2')" in _fts_sql(db)
    store = open_store(str(db))  # upgrades to the head, the index rebuilt from search_text
    try:
        assert "prefix='1 2 3 4')" in _fts_sql(db)
        with store.engine.connect() as c:
            assert c.exec_driver_sql("select version_num from alembic_version").scalar() == (
                head_revision()
            )
        with store.session() as s:
            some = s.execute(text("SELECT given_name FROM attendee WHERE given_name != '' LIMIT 1"))
            given = some.scalar_one()
            assert any(h.given_name == given for h in core.search(s, given[:3]))
            # a new person is indexed by the triggers into the new table
            core.add_attendees(
                s, current_event(s), [{"given_name": "Quintessa", "family_name": "Q"}]
            )
        assert names(store, "quin") == ["Quintessa Q"]
    finally:
        store.close()
