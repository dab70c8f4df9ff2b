"""The store on SQLite and on a real PostgreSQL: migrations, backups, refusals."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from db.engine import head_revision, open_store
from db.errors import NewerSchemaError, ServerUnreachableError, StoreError
from db.models import Attendee, CheckIn, Event
from desktop.core.events import create_event, current_event


def test_upgrade_from_empty_to_head(backend_url: str) -> None:
    store = open_store(backend_url, create=True)
    with store.engine.connect() as conn:
        assert (
            conn.execute(text("select version_num from alembic_version")).scalar()
            == head_revision()
        )
    with store.session() as s:
        event = create_event(s, "Test Conference", "Asia/Hong_Kong")
        s.add(
            Attendee(
                event_id=event.id,
                number=1,
                given_name="Tai Man",
                family_name="Chan",
                name_local="陳大文",
                badge_code="X",
            )
        )
    with store.session() as s:
        a = s.scalars(select(Attendee)).one()
        assert (a.display_name, a.name_local) == ("Tai Man Chan", "陳大文")
        assert current_event(s).timezone == "Asia/Hong_Kong"
    store.close()


def test_newer_schema_is_refused_and_left_alone(backend_url: str) -> None:
    store = open_store(backend_url, create=True)
    with store.engine.begin() as conn:
        conn.execute(text("update alembic_version set version_num = '9999_future'"))
    store.close()
    with pytest.raises(NewerSchemaError, match="newer Confdesk"):
        open_store(backend_url)
    from sqlalchemy import create_engine

    url = backend_url if "://" in backend_url else f"sqlite:///{backend_url}"
    eng = create_engine(url)
    with eng.connect() as conn:
        assert (
            conn.execute(text("select version_num from alembic_version")).scalar() == "9999_future"
        )
    eng.dispose()


def test_backup_written_before_upgrade(backend_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from alembic import command

    from db import engine as engine_mod

    store = open_store(backend_url, create=True)
    with store.session() as s:
        create_event(s, "Old Event")
    # Step the database back to an older schema by pretending head is a newer revision.
    with store.engine.begin() as conn:
        conn.execute(text("update alembic_version set version_num = 'base_old'"))
    store.close()
    real_known = engine_mod.known_revisions
    monkeypatch.setattr(engine_mod, "known_revisions", lambda: real_known() | {"base_old"})
    monkeypatch.setattr(command, "upgrade", lambda cfg, rev: _stamp_head(cfg))
    store = open_store(backend_url)
    assert store.backup_path is not None and store.backup_path.exists()
    assert store.backup_path.stat().st_size > 0
    with store.session() as s:
        assert s.scalars(select(Event.name)).one() == "Old Event"
    store.close()


def _stamp_head(cfg) -> None:
    conn = cfg.attributes["connection"]
    conn.execute(text("update alembic_version set version_num = :h"), {"h": head_revision()})


def test_not_sqlite_file_refused_untouched(tmp_path: Path) -> None:
    bad = tmp_path / "notes.sqlite"
    bad.write_bytes(b"this is a text file, not a database\n" * 10)
    before = bad.read_bytes()
    with pytest.raises(StoreError, match="not a Confdesk database"):
        open_store(str(bad))
    assert bad.read_bytes() == before


def test_missing_file_without_create(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no database at"):
        open_store(str(tmp_path / "missing.sqlite"))
    assert not (tmp_path / "missing.sqlite").exists()


def test_unreachable_postgres_says_where_quickly() -> None:
    """Quickly: one connection attempt, no retries, with a connect timeout of a few seconds
    (an address where nothing answers fails within it), and here the answer is the refusal
    itself, not a timeout run out."""
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    attempts: list[Any] = []

    def attempt(_dialect: Any, _record: Any, _args: Any, params: dict[str, Any]) -> None:
        attempts.append(params.get("connect_timeout"))

    event.listen(Engine, "do_connect", attempt)
    try:
        with pytest.raises(
            ServerUnreachableError, match=r"cannot connect to PostgreSQL at 127\.0\.0\.1:1 "
        ) as raised:
            open_store("postgresql+psycopg://nobody@127.0.0.1:1/confdesk")
    finally:
        event.remove(Engine, "do_connect", attempt)
    assert attempts == [3]  # one attempt, with a connect timeout of 3 s
    assert str(raised.value).endswith("Connection refused")


def test_checkin_log_is_append_only_rows(store) -> None:
    with store.session() as s:
        event = current_event(s)
        s.add(CheckIn(event_id=event.id, result="unknown", code="nope", desk="Desk 1"))
    with store.session() as s:
        assert s.scalars(select(CheckIn.result)).all() == ["unknown"]


def test_revision_graph_read_from_the_files_matches_alembic() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from db.engine import MIGRATIONS_DIR, known_revisions

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    script = ScriptDirectory.from_config(cfg)
    assert head_revision() == script.get_current_head()
    assert known_revisions() == {rev.revision for rev in script.walk_revisions()}
