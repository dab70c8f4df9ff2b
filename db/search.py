"""Attendee search over the folded `attendee.search_text`, on SQLite and PostgreSQL.

The caller (desktop.core.attendees) folds the query (case, accents, width) and splits it into
words; every word must match. Results are ranked
    0 exact     the query is a whole field (`tai man chan`, `陳大文`, an e-mail, a code)
    1 prefix    a field starts with the query (`chan tai`, `陳`)
    2 word      a word inside a field starts with it (`muller` in `zoe muller`)
    3 romanized the query is in a romanization of a Chinese name (`chan tai man` for 陳大文),
                which search_text keeps after ROMAN_MARK
    4 substring anywhere else (`uller`, `大文`, words from different fields)
then registered before cancelled inside a rank (Enter at the desk checks in the first row),
then by name.

SQLite (index from migration 0002_search, kept by triggers):
- `attendee_words` (FTS5 unicode61, 1- to 4-character prefix indexes) answers every query
  as word prefixes; CJK text is also stored one character per word, so `曾傑` is the phrase
  `"曾 傑"` and 1- and 2-character Chinese queries work (FTS5 trigram cannot go below 3);
- `attendee_tri` (FTS5 trigram over the name) adds substrings inside names, asked only when
  the word-prefix answer leaves room under the limit (they rank last anyway).
PostgreSQL: `LIKE '%word%'` per word (at a word's start in the romanizations), served by a
pg_trgm GIN index when the server has it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

EXACT, PREFIX, WORD, ROMAN, SUBSTRING = 0, 1, 2, 3, 4
# Where a search text's own fields end and the romanizations of its Chinese names begin
# (desktop.core.romanize): a unit separator, which no stored field holds (text.clean removes
# control characters) and which both FTS5 and LIKE treat as a word break.
ROMAN_SEPARATOR = "\x1f"  # (Python counts it as white space: never strip or split around it)
ROMAN_MARK = f" {ROMAN_SEPARATOR} "
_CJK = re.compile("[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0010ffff]")
# Candidate rows ranked at most. Ranking reads each candidate's row (~3-8 us a row), and a
# one-letter query matches a third of a big event: beyond this many index matches the 50
# shown are ranked among the first MAX_CANDIDATES (in id order); one more letter narrows it.
MAX_CANDIDATES = 500
# Substrings inside names are looked for only when word prefixes found fewer than this: they
# rank last anyway, and common trigrams (`man`, `tai`) would cost more than they add.
SUBSTRING_BELOW = 10


@dataclass(frozen=True)
class Match:
    attendee_id: int
    rank: int
    cancelled: bool = False
    # The attendee columns asked for with `columns=`, raw from the driver (on SQLite a
    # DateTime arrives as its ISO text): one query for ranking and display.
    values: tuple[Any, ...] = ()


def _phrase(word: str) -> str:
    """An FTS5 phrase for one folded query word, CJK split into one token per character."""
    spaced = " ".join(_CJK.sub(r" \g<0> ", word).split())
    return '"' + spaced.replace('"', '""') + '"'


def _word_patterns(word: str) -> tuple[str, str, str]:
    """LIKE patterns (escaped with a backslash) of one folded word: in a search text's fields
    before the romanizations, anywhere in a text without them, at a word's start in the
    romanizations (`and` is not inside `candaaiman`; `tai-man` is the syllables `tai man`)."""
    w = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    syllables = " ".join(w.replace("-", " ").split()) or w
    return f"%{w}%{ROMAN_SEPARATOR}%", f"%{w}%", f"%{ROMAN_SEPARATOR}% {syllables}%"


_NO_ROMAN = f"%{ROMAN_SEPARATOR}%"  # NOT LIKE this: a text without romanizations


def word_condition(column: Any, word: str) -> Any:
    """SQL (both dialects) for one folded filter word, as _word_patterns: plain LIKEs, so a
    trigram index can serve them."""
    from sqlalchemy import and_, not_, or_

    in_fields, anywhere, in_roman = _word_patterns(word)
    return or_(
        column.like(in_fields, escape="\\"),
        and_(not_(column.like(_NO_ROMAN)), column.like(anywhere, escape="\\")),
        column.like(in_roman, escape="\\"),
    )


def _searchable(word: str) -> bool:
    return any(c.isalnum() for c in word)


def _rank_sql(dialect: str) -> str:
    pos = "instr({hay}, {needle})" if dialect == "sqlite" else "strpos({hay}, {needle})"
    # The fields as written (P) and their romanizations (R), apart at ROMAN_MARK.
    at = pos.format(hay="a.search_text || :mark", needle=":mark")
    fields = f"substr(a.search_text, 1, {at} - 1)"
    roman = f"substr(a.search_text, {at} + {len(ROMAN_MARK)})"
    exact = pos.format(hay=f"' | ' || {fields} || ' | '", needle="' | ' || :q || ' | '")
    prefix = pos.format(hay=f"' | ' || {fields}", needle="' | ' || :q")
    word = pos.format(hay=f"' ' || {fields}", needle="' ' || :q")
    romanized = pos.format(hay=f"' ' || {roman}", needle="' ' || :qr")
    return (
        f"CASE WHEN {exact} > 0 THEN {EXACT} WHEN {prefix} > 0 THEN {PREFIX} "
        f"WHEN {word} > 0 THEN {WORD} WHEN {romanized} > 0 THEN {ROMAN} ELSE {SUBSTRING} END"
    )


# Registered people before cancelled ones of the same rank (merged records are never ranked).
_CANCELLED_LAST = "CASE WHEN a.status = 'cancelled' THEN 1 ELSE 0 END"


def _ranked(
    session: Session,
    source: str,
    where: str,
    params: dict[str, Any],
    limit: int,
    columns: Sequence[str] = (),
) -> list[Match]:
    """Rank the rows of `source` (a FROM clause yielding `a`) that meet `where`."""
    dialect = session.get_bind().dialect.name
    sql = (
        f"SELECT a.id, {_rank_sql(dialect)} AS rank, {_CANCELLED_LAST} AS late FROM {source} "
        f"WHERE a.event_id = :event_id AND a.merged_into_id IS NULL AND {where} "
        "ORDER BY rank, late, a.family_name, a.given_name, a.id LIMIT :limit"
    )
    if columns:
        # Rank on (id, rank, late) alone, then read the wanted columns of the few rows kept: the
        # sort then carries two numbers per candidate instead of every column.
        extra = "".join(f", a.{c}" for c in columns)
        join = "CROSS JOIN" if dialect == "sqlite" else "JOIN"  # SQLite: r drives the loop
        sql = (
            f"SELECT r.id, r.rank, r.late{extra} FROM ({sql}) AS r {join} attendee a "
            "ON a.id = r.id ORDER BY r.rank, r.late, a.family_name, a.given_name, a.id"
        )
    rows = session.execute(text(sql), {**params, "limit": limit})
    return [Match(int(r[0]), int(r[1]), bool(r[2]), tuple(r[3:])) for r in rows]


def _candidates(ids_sql: str) -> str:
    # CROSS JOIN makes SQLite start from the (capped) index matches and fetch those rows by
    # id; left to itself it walks the whole event in name order and tests each row.
    return f"(SELECT id FROM ({ids_sql}) LIMIT :cap) AS m CROSS JOIN attendee a ON a.id = m.id"


def _starts_a_word(session: Session, word: str) -> bool:
    """Whether some indexed word starts with `word` (SQLite)."""
    row = session.execute(text(f"{_words_sql('w')} LIMIT 1"), {"w": _phrase(word) + "*"}).first()
    return row is not None


def _words_sql(param: str) -> str:
    return f"SELECT rowid AS id FROM attendee_words WHERE attendee_words MATCH :{param}"


def search_ids(
    session: Session,
    event_id: int,
    query: str,
    words: list[str],
    limit: int = 50,
    columns: Sequence[str] = (),
    max_candidates: int = MAX_CANDIDATES,
) -> list[Match]:
    """Best matches for `words` (folded, non-empty), ranked against the whole folded `query`.

    `columns` (attendee column names) come back in each Match's `values`. On SQLite at most
    `max_candidates` index matches are ranked (raise it to list every match, e.g. a filter).
    """
    columns = [c for c in columns if c.isidentifier()]
    words = [w for w in words if _searchable(w)]
    if not words or limit <= 0:
        return []
    # Romanizations are spaced syllables: `Tai-man` (as Hong Kong writes given names) is `tai man`.
    params: dict[str, Any] = {
        "event_id": event_id,
        "q": query,
        "qr": " ".join(query.replace("-", " ").split()),
        "mark": ROMAN_MARK,
    }
    if session.get_bind().dialect.name != "sqlite":
        # Each word as word_condition asks it (the same patterns, as text for _ranked).
        conds = []
        params["no_roman"] = _NO_ROMAN
        for i, w in enumerate(words):
            params[f"f{i}"], params[f"w{i}"], params[f"v{i}"] = _word_patterns(w)
            conds.append(
                f"(a.search_text LIKE :f{i} ESCAPE '\\' OR (a.search_text NOT LIKE :no_roman "
                f"AND a.search_text LIKE :w{i} ESCAPE '\\') OR a.search_text LIKE :v{i} ESCAPE '\\')"
            )
        return _ranked(session, "attendee a", " AND ".join(conds), params, limit, columns)

    # Word prefixes (and CJK phrases) in one FTS5 query: every word must match.
    # Words before the last were ended by a space: a long one is asked as a whole word, which
    # FTS5 finds in its term index at once, where its prefix (`tsang*`, `cheung*`: every
    # romanized name joined up, `cheunghokyau`...) merges every matching term's list first.
    # Up to 4 letters the prefix indexes answer a prefix at once, so short words stay
    # prefixes (`ch tai`). Only the last word is still being typed; the fallback below asks
    # every word as a prefix when this finds few.
    whole = {i for i, w in enumerate(words[:-1]) if len(w) > 4 and not _CJK.search(w)}
    prefixed = [_phrase(w) + ("" if _CJK.search(w) else "*") for w in words]
    params["m"] = " AND ".join(
        _phrase(w) if i in whole else prefixed[i] for i, w in enumerate(words)
    )
    params["cap"] = max(max_candidates, limit)
    found = _ranked(session, _candidates(_words_sql("m")), "1 = 1", params, limit, columns)
    if len(found) >= min(limit, SUBSTRING_BELOW):
        return found
    seen = {m.attendee_id for m in found}
    more: list[Match] = []
    if whole:
        # Every word as a prefix (`tsang chi wai` finds Tsang Chiu Wai too).
        params["r"] = " AND ".join(prefixed)
        more += _ranked(
            session, _candidates(_words_sql("r")), "1 = 1", params, limit + len(seen), columns
        )
    # Substrings inside names (`uller` in `muller`): a long Latin word alone, or one that no
    # indexed word starts with, as a trigram phrase; with other words that each match as
    # prefixes. (A common word's trigram set is large: `chi` is inside a fifth of the names.)
    long_latin = [w for w in words if len(w) >= 3 and not _CJK.search(w)]
    inside = [w for w in long_latin if len(words) == 1 or not _starts_a_word(session, w)]
    if inside:
        sets = []
        for i, w in enumerate(words):
            params[f"p{i}"] = prefixed[i]
            one = _words_sql(f"p{i}")
            if w in inside:
                params[f"t{i}"] = _phrase(w)
                one = f"SELECT rowid AS id FROM attendee_tri WHERE attendee_tri MATCH :t{i} UNION {one}"
            sets.append(f"SELECT id FROM ({one})")
        more += _ranked(
            session,
            _candidates(" INTERSECT ".join(sets)),
            "1 = 1",
            params,
            limit + len(seen),
            columns,
        )
    for m in more:
        if m.attendee_id not in seen:
            seen.add(m.attendee_id)
            found.append(m)
    found.sort(key=lambda m: (m.rank, m.cancelled))  # stable: keeps the name order
    return found[:limit]


# The SQLite index of migration 0002_search, for a file made without Alembic (a desk's mirror
# of a PostgreSQL event): the same tables, view and triggers.
_NAME = "substr(X.search_text, 1, instr(X.search_text || ' | ', ' | ') - 1)"


def _index_ddl() -> list[str]:
    new_name, old_name = _NAME.replace("X.", "new."), _NAME.replace("X.", "old.")
    inserts = (
        "INSERT INTO attendee_words(rowid, search_text) VALUES (new.id, new.search_text); "
        f"INSERT INTO attendee_tri(rowid, name) VALUES (new.id, {new_name});"
    )
    deletes = (
        "INSERT INTO attendee_words(attendee_words, rowid, search_text) "
        "VALUES ('delete', old.id, old.search_text); "
        f"INSERT INTO attendee_tri(attendee_tri, rowid, name) VALUES ('delete', old.id, {old_name});"
    )
    return [
        "CREATE VIRTUAL TABLE attendee_words USING fts5(search_text, content='attendee', "
        "content_rowid='id', tokenize='unicode61 remove_diacritics 0', prefix='1 2 3 4')",
        f"CREATE VIEW attendee_search_name AS SELECT id, {_NAME.replace('X.', '')} AS name "
        "FROM attendee",
        "CREATE VIRTUAL TABLE attendee_tri USING fts5(name, content='attendee_search_name', "
        "content_rowid='id', tokenize='trigram')",
        f"CREATE TRIGGER attendee_search_ai AFTER INSERT ON attendee BEGIN {inserts} END",
        f"CREATE TRIGGER attendee_search_ad AFTER DELETE ON attendee BEGIN {deletes} END",
        "CREATE TRIGGER attendee_search_au AFTER UPDATE OF search_text ON attendee "
        f"WHEN old.search_text IS NOT new.search_text BEGIN {deletes} {inserts} END",
        "INSERT INTO attendee_words(attendee_words) VALUES ('rebuild')",
        "INSERT INTO attendee_tri(attendee_tri) VALUES ('rebuild')",
    ]


def ensure_sqlite_index(conn: Connection) -> bool:
    """Give an SQLite file with an `attendee` table the search index, if it has none (in the
    caller's transaction); True when it was made."""
    have = conn.exec_driver_sql(
        "SELECT count(*) FROM sqlite_master WHERE name IN ('attendee_words', 'attendee_tri')"
    ).scalar()
    if have == 2:
        return False
    for stmt in _index_ddl():
        conn.exec_driver_sql(stmt)
    return True
