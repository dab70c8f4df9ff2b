"""Alembic environment: runs on the connection `db.engine` hands over (or on a URL)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from db.models import Base

config = context.config
target_metadata = Base.metadata


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run_on(connection)
        return
    url = config.get_main_option("sqlalchemy.url")
    assert url is not None, "sqlalchemy.url is not set"
    engine = create_engine(url)
    with engine.begin() as conn:
        _run_on(conn)


def _include_object(obj, name, type_, reflected, compare_to) -> bool:  # type: ignore[no-untyped-def]
    """Keep autogenerate away from the search index (FTS5 tables and their shadow tables)."""
    if not reflected or compare_to is not None:
        return True
    if type_ == "table":
        return not name.startswith(("attendee_tri", "attendee_words"))
    return not (type_ == "index" and name == "ix_attendee_search_trgm")


def _run_on(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_object=_include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


run()
