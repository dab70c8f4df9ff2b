"""The lazy attendee model: rows match the database, the cache stays bounded, filters in SQL."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select, update

from db.models import Attendee
from desktop.core.attendee_list import FIELDS, SORTS, AttendeeFilter
from desktop.core.attendees import add_attendees, update_attendee
from desktop.ui.attendees.model import (
    ATTENDEE_ID_ROLE,
    COLUMNS,
    PAGE_SIZE,
    AttendeeTableModel,
)


def test_the_columns_are_the_lists_fields_and_each_sorts_in_sql() -> None:
    keys = tuple(c.key for c in COLUMNS)
    assert keys == FIELDS[: len(keys)]
    assert set(keys) == set(SORTS)


def _model(store, **kw) -> AttendeeTableModel:
    def read(fn):
        with store.factory() as s:
            return fn(s)

    with store.factory() as s:
        event_id = s.scalar(select(Attendee.event_id).limit(1))
    m = AttendeeTableModel(read, event_id, "Asia/Hong_Kong", **kw)
    m.reload()
    return m


def test_every_row_read_through_a_bounded_cache(qapp: QApplication, demo_store) -> None:
    model = _model(demo_store, max_cache=PAGE_SIZE)
    with demo_store.factory() as s:
        expected = s.execute(
            select(Attendee.id, Attendee.family_name).order_by(Attendee.number)
        ).all()
    shown = [
        (model.index(r, 0).data(ATTENDEE_ID_ROLE), model.index(r, 1).data())
        for r in range(model.rowCount())
    ]
    assert shown == [tuple(e) for e in expected]
    assert model.peak_cache == PAGE_SIZE < len(expected)
    assert model.pages_loaded == -(-len(expected) // PAGE_SIZE)


def test_filters_run_in_sql(qapp: QApplication, backend_store) -> None:
    """On SQLite and on PostgreSQL (the id query runs on the driver's own cursor)."""
    store = backend_store
    from desktop.core.events import current_event

    with store.session() as s:
        event = current_event(s)
        rows = [
            {"given_name": "Tai Man", "family_name": "Chan", "name_local": "陳大文"},
            {"given_name": "Mei", "family_name": "Wong", "category": "speaker"},
            {"given_name": "David", "family_name": "Johnson", "category": "speaker"},
            {"given_name": "Anna", "family_name": "Smith", "status": "cancelled"},
        ]
        ids = add_attendees(s, event, rows)
        s.execute(
            update(Attendee)
            .where(Attendee.id.in_(ids[:2]))
            .values(checked_in_at=dt.datetime(2026, 12, 3, 1, 5), checked_in_desk="Desk 2")
        )
        update_attendee(s, s.get(Attendee, ids[2]), {"family_name": "Öberg-Zoë"})
    model = _model(store)
    assert model.rowCount() == 4
    model.set_filter(AttendeeFilter(checked_in=True))
    assert sorted(model.ids()) == ids[:2]
    # Stored as UTC, shown in the event's time zone, with the desk in the tooltip.
    assert model.index(0, 8).data() == "Thu 03 Dec 09:05"
    assert model.index(0, 8).data(Qt.ItemDataRole.ToolTipRole).endswith("at Desk 2")
    model.set_filter(AttendeeFilter(text="oberg zoe"))
    assert list(model.ids()) == [ids[2]]
    model.set_filter(AttendeeFilter(text="陳大"))
    assert list(model.ids()) == [ids[0]]
    model.set_filter(AttendeeFilter(text="%"))
    assert model.rowCount() == 0
    model.set_filter(AttendeeFilter(category="speaker", checked_in=False))
    assert list(model.ids()) == [ids[2]]
    model.set_filter(AttendeeFilter(status="cancelled"))
    assert list(model.ids()) == [ids[3]]
    assert model.index(0, 1).data(Qt.ItemDataRole.ForegroundRole) is not None


def test_the_filter_finds_both_scripts(qapp: QApplication, backend_store) -> None:
    """黄 (Simplified) and 黃 (Traditional) are one letter for the table's filter too."""
    from desktop.core.events import current_event

    with backend_store.session() as s:
        event = current_event(s)
        rows = [
            {"given_name": "Chun Kit", "family_name": "Wong", "name_local": "黃俊傑"},
            {"given_name": "Jun", "family_name": "Huang", "name_local": "黄军"},
            {"given_name": "Ka Ho", "family_name": "Lam", "name_local": "林家豪"},
        ]
        ids = add_attendees(s, event, rows)
    model = _model(backend_store)
    # HUANG is both in Pinyin; KIT is only 黃俊傑 (傑 in Hong Kong spelling)
    for text in ("黄", "黃", "HUANG 黄", "KIT 黄"):
        model.set_filter(AttendeeFilter(text=text))
        expected = ids[:2] if text != "KIT 黄" else [ids[0]]
        assert sorted(model.ids()) == expected, text
