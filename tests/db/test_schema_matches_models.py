"""The schema the migrations build is the one the models describe, on SQLite and PostgreSQL:
a column or table added to db/models.py without its migration (or the other way) fails here,
before a desk finds it on event day."""

from __future__ import annotations

from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from db.models import Base

# The attendee search keeps its index outside the models (db/search.py): SQLite's full-text
# tables, PostgreSQL's trigram index.
_SEARCH_TABLES = ("attendee_words", "attendee_tri")
_SEARCH_INDEXES = ("ix_attendee_search_trgm",)


def _search_index(d: Any) -> bool:
    if d[0] == "remove_table":
        return str(d[1].name).startswith(_SEARCH_TABLES)
    return d[0] == "remove_index" and d[1].name in _SEARCH_INDEXES


def test_the_migrated_schema_is_the_models(backend_store: Any) -> None:
    with backend_store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    left = [d for d in diff if not _search_index(d)]
    assert left == []
