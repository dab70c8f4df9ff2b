"""The bulk path (search triggers suspended, indexes rebuilt once) leaves a healthy store."""

from __future__ import annotations

from sqlalchemy import select, text

from db.models import Attendee
from desktop.core import attendees as core


def test_demo_store_search_indexes_are_whole_and_follow_edits(demo_store) -> None:
    with demo_store.session() as s:
        for index in ("attendee_tri", "attendee_words"):
            s.execute(text(f"INSERT INTO {index}({index}) VALUES ('integrity-check')"))
        triggers = s.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).all()
        assert {"attendee_search_ai", "attendee_search_ad", "attendee_search_au"} <= set(triggers)
        someone = s.scalars(select(Attendee).where(Attendee.status == "registered").limit(1)).one()
        core.edit_attendee(s, someone.id, {"organization": "Quokka Quantum Labs"}, "Desk 1")
    with demo_store.session() as s:
        hits = core.search(s, "quokka quantum")
        assert [h.id for h in hits] == [someone.id]
        for index in ("attendee_tri", "attendee_words"):
            s.execute(text(f"INSERT INTO {index}({index}) VALUES ('integrity-check')"))


def test_a_failed_bulk_write_keeps_the_search_triggers(store) -> None:
    import pytest

    from db.bulk import search_triggers_suspended

    def triggers() -> set[str]:
        with store.session() as s:
            return set(s.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")))

    before = triggers()
    assert before
    with pytest.raises(RuntimeError), store.session() as s, search_triggers_suspended(s):
        raise RuntimeError("the import failed half-way")
    assert triggers() == before
