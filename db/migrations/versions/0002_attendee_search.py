"""attendee search index

SQLite: two FTS5 tables over `attendee.search_text`: `attendee_words` (external content,
unicode61 tokens with 1- and 2-character prefix indexes: word-prefix queries of any length,
including 1- and 2-character Chinese, which core.attendees also writes into search_text one
character per token) and `attendee_tri` (trigram index of the name only, through the view
`attendee_search_name`, for
substrings inside a name such as `uller` in `muller`).
Triggers keep both in step with every insert, update of search_text and delete, whoever
writes the row (bulk inserts included).

PostgreSQL: a pg_trgm GIN index on search_text when the extension can be created; without
it search falls back to a plain LIKE scan, which is still correct.

Revision ID: 0002_search
Revises: 0001
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002_search"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The trigram table indexes only the first field of search_text (the name, given name first):
# trigram indexing costs ~1 us per character, so the whole text (codes, e-mail...) would make
# a 100,000-attendee import ~14 s slower. Other fields are found by word prefix.
_NAME = "substr(X.search_text, 1, instr(X.search_text || ' | ', ' | ') - 1)"


def _sqlite_upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE attendee_words USING fts5(search_text, content='attendee', "
        "content_rowid='id', tokenize='unicode61 remove_diacritics 0', prefix='1 2')"
    )
    # External content through a view, so `rebuild` (db.bulk, db.search) re-reads names only.
    op.execute(
        f"CREATE VIEW attendee_search_name AS SELECT id, {_NAME.replace('X.', '')} AS name "
        "FROM attendee"
    )
    op.execute(
        "CREATE VIRTUAL TABLE attendee_tri USING fts5(name, content='attendee_search_name', "
        "content_rowid='id', tokenize='trigram')"
    )
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
    op.execute(f"CREATE TRIGGER attendee_search_ai AFTER INSERT ON attendee BEGIN {inserts} END")
    op.execute(f"CREATE TRIGGER attendee_search_ad AFTER DELETE ON attendee BEGIN {deletes} END")
    op.execute(
        "CREATE TRIGGER attendee_search_au AFTER UPDATE OF search_text ON attendee "
        f"WHEN old.search_text IS NOT new.search_text BEGIN {deletes} {inserts} END"
    )
    op.execute("INSERT INTO attendee_words(attendee_words) VALUES ('rebuild')")
    op.execute("INSERT INTO attendee_tri(attendee_tri) VALUES ('rebuild')")


def _postgres_upgrade() -> None:
    bind = op.get_bind()
    # pg_trgm is a trusted extension (PostgreSQL 13+): a database owner may create it. When the
    # server lacks it, search still works through a sequential LIKE scan.
    savepoint = bind.begin_nested()
    try:
        bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        savepoint.commit()
    except Exception:
        savepoint.rollback()
        return
    op.execute(
        "CREATE INDEX ix_attendee_search_trgm ON attendee USING gin (search_text gin_trgm_ops)"
    )


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _sqlite_upgrade()
    elif dialect == "postgresql":
        _postgres_upgrade()


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for trig in ("attendee_search_ai", "attendee_search_ad", "attendee_search_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trig}")
        for name in ("attendee_words", "attendee_tri"):
            op.execute(f"DROP TABLE IF EXISTS {name}")
        op.execute("DROP VIEW IF EXISTS attendee_search_name")
    elif dialect == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_attendee_search_trgm")
