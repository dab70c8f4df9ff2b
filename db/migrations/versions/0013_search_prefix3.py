"""the search index's word table answers three- and four-letter prefixes from indexes of
their own

SQLite: `attendee_words` is made again with prefix='1 2 3 4' (it had '1 2') and rebuilt from
the attendees' search texts. A query still being typed (`cha`, `tai man chan`) asks for its
last word as a prefix; without a prefix index of that length FTS5 merges the lists of every
word that starts so (chan, chang, charlie, chantaiman...) before it can answer, which at
1,000,000 attendees took 15-55 ms a word (0.5 ms with the index; the index grows by half). The triggers of 0002_search write to the table by
name and keep working. PostgreSQL: nothing to do.

Revision ID: 0013_search_prefix3
Revises: 0012_list_scan_event_at
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0013_search_prefix3"
down_revision: str | None = "0012_list_scan_event_at"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _remake(prefix: str) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("DROP TABLE IF EXISTS attendee_words")
    op.execute(
        "CREATE VIRTUAL TABLE attendee_words USING fts5(search_text, content='attendee', "
        f"content_rowid='id', tokenize='unicode61 remove_diacritics 0', prefix='{prefix}')"
    )
    op.execute("INSERT INTO attendee_words(attendee_words) VALUES ('rebuild')")


def upgrade() -> None:
    _remake("1 2 3 4")


def downgrade() -> None:
    _remake("1 2")
