"""A large import writes with the search triggers suspended and one rebuild; search still works."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import event as sa_event
from sqlalchemy import text

from desktop.base.errors import Cancelled
from desktop.base.progress import CancelFlag
from desktop.core.attendee_import import ImportOptions, import_file
from desktop.core.attendee_import.sync import BULK_MIN_ROWS, bulk_search_rebuild
from desktop.core.attendees import add_attendees, search
from desktop.core.events import current_event
from tests.core.import_support import counts, write_csv

N = BULK_MIN_ROWS + 1


def _big_file(tmp_path: Path) -> Path:
    rows = [[f"Person{i:05d} Zhang", f"p{i}@example.org", f"Org {i % 97}"] for i in range(N)]
    rows[1234] = ["Zoë Quartzfield", "zoe@example.org", "Café Zoë"]
    return write_csv(tmp_path / "big.csv", ["Name", "Email", "Company"], rows)


def _triggers(store) -> set[str]:
    with store.factory() as s:
        return set(s.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")))


def test_threshold() -> None:
    assert not bulk_search_rebuild(BULK_MIN_ROWS, 0)
    assert bulk_search_rebuild(BULK_MIN_ROWS + 1, 0)
    assert not bulk_search_rebuild(10_000, 60_000)  # a sixth of the table: per-row triggers
    assert bulk_search_rebuild(20_000, 60_000)


def test_large_import_rebuilds_the_index_once_and_keeps_the_triggers(store, tmp_path: Path):
    before = _triggers(store)
    assert before  # the store has FTS triggers to suspend
    statements: list[str] = []

    def log(conn, cursor, statement, *args) -> None:
        statements.append(statement)

    sa_event.listen(store.engine, "before_cursor_execute", log)
    try:
        with store.session() as s:
            result = import_file(s, current_event(s), _big_file(tmp_path), ImportOptions())
    finally:
        sa_event.remove(store.engine, "before_cursor_execute", log)
    assert (result.created, result.rejected) == (N, 0)
    assert any(st.startswith("DROP TRIGGER") for st in statements)
    assert any("'rebuild'" in st for st in statements)
    assert _triggers(store) == before
    with store.factory() as s:
        assert [h.email for h in search(s, "quartzfield zoe")] == ["zoe@example.org"]
        assert [h.email for h in search(s, "person04321")] == ["p4321@example.org"]
    # The triggers work again: a person added afterwards is found at once.
    with store.session() as s:
        add_attendees(s, current_event(s), [{"given_name": "Late", "family_name": "Xylophone"}])
    with store.factory() as s:
        assert [h.family_name for h in search(s, "xylophone")] == ["Xylophone"]


def test_cancelled_large_import_leaves_store_and_triggers_as_they_were(store, tmp_path: Path):
    before, rows_before = _triggers(store), counts(store)
    flag = CancelFlag()

    def progress(done: int, total: int, message: str) -> None:
        if message == "adding attendees" and done >= 2000:
            flag.cancel()

    with pytest.raises(Cancelled), store.session() as s:
        import_file(
            s,
            current_event(s),
            _big_file(tmp_path),
            ImportOptions(),
            progress=progress,
            cancel=flag,
        )
    assert _triggers(store) == before and counts(store) == rows_before
