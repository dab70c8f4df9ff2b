"""Shared fixtures: offscreen Qt, template SQLite stores copied per test, a real PostgreSQL.

Stores are built once per session (Anki's getEmptyCol idea) and copied for each test.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
# Real files published by other projects, carried with the tests (provenance: tests/data/README.md).
TEST_DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def _cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache folder (parsed fonts) for the whole run, not the user's."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(autouse=True)
def _isolated_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch, _cache_dir: Path
) -> None:
    """Keep every test away from the real user data folder, settings and cache."""
    home = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("CONFDESK_DATA_DIR", str(home))
    monkeypatch.setenv("CONFDESK_CACHE_DIR", str(_cache_dir))
    monkeypatch.setenv("CONFDESK_SETTINGS_DIR", str(home / "settings"))
    monkeypatch.delenv("CONFDESK_DB", raising=False)


def _copy_sqlite(src: Path, dest: Path) -> Path:
    shutil.copyfile(src, dest)
    return dest


@pytest.fixture(scope="session")
def _empty_event_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from db.engine import open_store
    from desktop.core.events import create_event

    path = tmp_path_factory.mktemp("tpl") / "empty.sqlite"
    store = open_store(str(path), create=True)
    with store.session() as s:
        create_event(s, "Test Conference", "Asia/Hong_Kong")
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    return path


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from db.engine import open_store
    from desktop.core.demo import generate

    path = tmp_path_factory.mktemp("tpl") / "demo.sqlite"
    store = open_store(str(path), create=True)
    generate(store, attendees=400, seed=7)
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    return path


@pytest.fixture
def event_db(tmp_path: Path, _empty_event_template: Path) -> Path:
    """Path of a fresh SQLite store holding one empty event."""
    return _copy_sqlite(_empty_event_template, tmp_path / "event.sqlite")


@pytest.fixture
def demo_db(tmp_path: Path, _demo_template: Path) -> Path:
    """Path of a fresh SQLite store holding a 400-attendee demo event (seed 7)."""
    return _copy_sqlite(_demo_template, tmp_path / "demo.sqlite")


@pytest.fixture
def store(event_db: Path) -> Iterator:
    from db.engine import open_store

    s = open_store(str(event_db))
    yield s
    s.close()


@pytest.fixture
def demo_store(demo_db: Path) -> Iterator:
    from db.engine import open_store

    s = open_store(str(demo_db))
    yield s
    s.close()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """Admin URL of a real PostgreSQL server on loopback, started for this test session."""
    url = os.environ.get("CONFDESK_TEST_PG")
    if url:
        yield url
        return
    from tests.pg import PgServer, _bin_dir
    from tests.tools import need

    if _bin_dir() is None:
        need("pg_ctl")
    server = PgServer()
    server.start()
    try:
        yield server.admin_url
    finally:
        server.stop()


@pytest.fixture
def own_pg_server() -> Iterator:
    """A PostgreSQL server of the test's own (so it can be killed and started again), with an
    empty database at `.url`."""
    from tests.pg import PgServer, _bin_dir, create_database
    from tests.tools import need

    if _bin_dir() is None:
        need("pg_ctl")
    pg = PgServer()
    pg.start()
    pg.url = create_database(pg.admin_url)  # type: ignore[attr-defined]
    try:
        yield pg
    finally:
        pg.stop()


@pytest.fixture
def pg_url(pg_server: str) -> str:
    """URL of a new, empty database on the test PostgreSQL server."""
    from tests.pg import create_database

    return create_database(pg_server)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def backend_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty store location on each backend: an SQLite path, then a PostgreSQL URL."""
    if request.param == "sqlite":
        return str(tmp_path / "store.sqlite")
    return request.getfixturevalue("pg_url")


@pytest.fixture
def backend_store(backend_url: str) -> Iterator:
    """An open store with one event, on SQLite and on PostgreSQL."""
    from db.engine import open_store
    from desktop.core.events import create_event

    s = open_store(backend_url, create=True)
    with s.session() as sess:
        create_event(sess, "Test Conference", "Asia/Hong_Kong")
    yield s
    s.close()


def _mount_small_disk(size: str) -> Path:
    folder = Path(f"/tmp/confdesk-small-{uuid.uuid4().hex[:8]}")
    folder.mkdir()
    run = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
    )
    if run.returncode != 0:
        folder.rmdir()
        reason = f"cannot mount a small filesystem here ({run.stderr.strip()[:80]})"
        if os.environ.get("CONFDESK_REQUIRE_TOOLS") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    return folder


@pytest.fixture
def small_disk() -> Iterator[Path]:
    """A real 4 MiB filesystem (tmpfs), unmounted afterwards."""
    folder = _mount_small_disk("4m")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)
        folder.rmdir()
