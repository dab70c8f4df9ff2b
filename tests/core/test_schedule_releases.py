"""Releases: snapshots kept for ever, reloaded exactly, and their change lists."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.base.errors import UserError
from desktop.core.schedule import editing as ed
from desktop.core.schedule.data import load_schedule
from desktop.core.schedule.releases import changes, list_releases, publish_release


def test_publish_change_list_and_reload(backend_store) -> None:
    with backend_store.session() as s:
        assert load_schedule(s, "latest").release_name is None  # nothing published: live
        hall = ed.create_room(s, "Hall")
        side = ed.create_room(s, "Side")
        ada = ed.create_speaker(s, "Ada")
        bo = ed.create_speaker(s, "Bo")
        a = ed.create_session(s, "Alpha", room_id=hall, start=dt.datetime(2026, 9, 27, 9))
        b = ed.create_session(s, "Beta", room_id=hall, start=dt.datetime(2026, 9, 27, 10))
        c = ed.create_session(s, "Gamma", room_id=side, start=dt.datetime(2026, 9, 27, 11))
        ed.set_session_speakers(s, c, [(ada, "speaker")])
        v1 = publish_release(s, "v1", notes="first cut")
        assert changes(s, v1) == []
    with backend_store.session() as s:
        ed.update_session(s, a, status="cancelled")
        ed.move_session(s, b, side, dt.datetime(2026, 9, 27, 10))  # room only
        ed.set_session_speakers(s, c, [(ada, "speaker"), (bo, "moderator")])
        d = ed.create_session(s, "Delta", room_id=hall, start=dt.datetime(2026, 9, 27, 14))
        ed.create_session(s, "Not placed")  # unscheduled: not published, not "new"
        v2 = publish_release(s, "v2")
    with backend_store.session() as s:
        got = {(c["kind"], c["title"]) for c in changes(s, v2)}
        assert got == {
            ("new", "Delta"),
            ("cancelled", "Alpha"),
            ("moved", "Beta"),
            ("speakers", "Gamma"),
        }
        moved = next(c for c in changes(s, v2) if c["kind"] == "moved")
        assert (moved["room_changed"], moved["time_changed"]) == (True, False)
        assert "in Hall" in moved["before"] and "in Side" in moved["after"]
        speakers = next(c for c in changes(s, v2) if c["kind"] == "speakers")
        assert speakers["after"] == "Ada, Bo (moderator)"
        # the live schedule moves on; v1 stays exactly as published
        ed.move_session(s, d, hall, dt.datetime(2026, 9, 27, 16))
        old = load_schedule(s, v1)
        assert old.release_name == "v1"
        assert [(x.title, x.room.name, x.start.hour) for x in old.sessions if x.start] == [
            ("Alpha", "Hall", 9),
            ("Beta", "Hall", 10),
            ("Gamma", "Side", 11),
        ]
        assert load_schedule(s, "latest").release_name == "v2"
        assert load_schedule(s, "v1") == old
        rows = list_releases(s)
        assert [(r["name"], r["first"], r["sessions"]) for r in rows] == [
            ("v1", True, 3),
            ("v2", False, 3),
        ]
        assert rows[1]["changes"] == {"new": 1, "cancelled": 1, "moved": 1, "speakers": 1}
        assert rows[0]["notes"] == "first cut"


def test_release_names_and_ids_checked(store) -> None:
    with store.session() as s:
        publish_release(s, "v1")
    with pytest.raises(UserError, match="already a release named 'v1'"), store.session() as s:
        publish_release(s, "v1")
    with pytest.raises(UserError, match="needs a name"), store.session() as s:
        publish_release(s, "  ")
    with store.session() as s:
        with pytest.raises(UserError, match="no schedule release 99"):
            load_schedule(s, 99)
        with pytest.raises(UserError, match="no schedule release with id 99"):
            changes(s, 99)
        assert len(list_releases(s)) == 1
