"""Editing the schedule and reading it back as ScheduleData, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest
from sqlalchemy import func, select

from db.models import Attendee, AuditLog, Event
from db.models import Session as SessionRow
from desktop.base.errors import UserError
from desktop.base.schedule import schedule_from_dict, schedule_to_dict
from desktop.core.attendees import add_attendees
from desktop.core.schedule import editing as ed
from desktop.core.schedule.data import load_schedule

HK = zoneinfo.ZoneInfo("Asia/Hong_Kong")


def test_build_move_and_read_back(backend_store) -> None:
    with backend_store.session() as s:
        s.scalar(select(Event)).start_date = dt.date(2026, 9, 27)
        s.scalar(select(Event)).end_date = dt.date(2026, 9, 28)
        hall = ed.create_room(s, "Hall", 300)
        small = ed.create_room(s, "Room B", 40)
        track = ed.create_track(s, "Research", "#AA3300")
        ada = ed.create_speaker(s, "Ada Lovelace", organization="Analytical Engines")
        wong = ed.create_speaker(s, "Wong Ka Yan", name_local="黃嘉欣", email="KY@Example.org")
        key = ed.create_session(
            s, "Keynote", "keynote", room_id=hall, start=dt.datetime(2026, 9, 27, 9), track_id=track
        )
        panel = ed.create_session(s, "Panel", "panel", abstract="Many voices")
        ed.set_session_speakers(s, key, [(ada, "speaker")])
        ed.set_session_speakers(s, panel, [(wong, "moderator"), (ada, "panelist")])
        # an aware time in another zone lands on the same instant
        ed.move_session(s, panel, small, dt.datetime(2026, 9, 27, 3, 0, tzinfo=dt.UTC), 75)
    with backend_store.session() as s:
        data = load_schedule(s)
        assert [r.name for r in data.rooms] == ["Hall", "Room B"]
        assert data.days == [dt.date(2026, 9, 27), dt.date(2026, 9, 28)]
        k, p = data.sessions
        assert (k.title, k.duration_min, k.start, k.end) == (
            "Keynote",
            45,  # the keynote default
            dt.datetime(2026, 9, 27, 9, tzinfo=HK),
            dt.datetime(2026, 9, 27, 9, 45, tzinfo=HK),
        )
        assert k.track.color == "#aa3300"
        assert (p.room.name, p.start.hour, p.duration_min) == ("Room B", 11, 75)
        assert [(x.name, x.role) for x in p.speakers] == [
            ("Wong Ka Yan", "moderator"),
            ("Ada Lovelace", "panelist"),
        ]
        assert next(x for x in data.speakers if x.name_local == "黃嘉欣").email == "ky@example.org"
        # the stored value is naive UTC
        assert s.get(SessionRow, p.id).start == dt.datetime(2026, 9, 27, 3, 0)
        assert schedule_from_dict(schedule_to_dict(data)) == data
        # unschedule
        ed.move_session(s, p.id, None, None)
        assert [x.title for x in load_schedule(s).unscheduled] == ["Panel"]
        assert (
            s.scalar(select(func.count()).select_from(AuditLog).where(AuditLog.entity == "session"))
            >= 3
        )


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda s, ids: ed.create_session(s, "X", "lecture"), "unknown session type"),
        (lambda s, ids: ed.create_session(s, " ", "talk"), "needs a title"),
        (lambda s, ids: ed.create_session(s, "X", duration_min=0), "at least 1"),
        (lambda s, ids: ed.create_session(s, "X", duration_min=2000), "longer than a day"),
        (lambda s, ids: ed.create_session(s, "X", room_id=999), "no room with id 999"),
        (lambda s, ids: ed.update_session(s, ids["session"], status="maybe"), "unknown status"),
        (lambda s, ids: ed.update_session(s, ids["session"], colour="red"), "no field 'colour'"),
        (lambda s, ids: ed.create_room(s, "Hall"), "already a room named 'Hall'"),
        (lambda s, ids: ed.create_track(s, "T", "red"), "#rrggbb"),
        (lambda s, ids: ed.update_track(s, ids["track"], name="Plenary"), "already a track"),
        (lambda s, ids: ed.delete_track(s, 999), "no track with id 999"),
        (
            lambda s, ids: ed.set_session_speakers(s, ids["session"], [(ids["speaker"], "host")]),
            "unknown speaker role",
        ),
        (
            lambda s, ids: ed.set_session_speakers(
                s, ids["session"], [ids["speaker"], ids["speaker"]]
            ),
            "listed twice",
        ),
        (
            lambda s, ids: ed.set_speaker_availability(
                s, ids["speaker"], [(dt.datetime(2026, 9, 27, 12), dt.datetime(2026, 9, 27, 9))]
            ),
            "ends before it starts",
        ),
        (
            lambda s, ids: ed.move_session(s, ids["session"], ids["room"], "tomorrow"),
            "not a date and time",
        ),
        (
            lambda s, ids: ed.link_speaker_attendee(s, ids["speaker"], 4242),
            "no attendee with id 4242",
        ),
    ],
)
def test_bad_edits_refused_and_nothing_changes(store, call, message: str) -> None:
    with store.session() as s:
        ids = {
            "room": ed.create_room(s, "Hall"),
            "speaker": ed.create_speaker(s, "Ada"),
            "session": ed.create_session(s, "Talk"),
            "track": ed.create_track(s, "Research"),
        }
        ed.create_track(s, "Plenary")
    with store.session() as s:
        before = load_schedule(s)
    with pytest.raises(UserError, match=message), store.session() as s:
        call(s, ids)
    with store.session() as s:
        assert load_schedule(s) == before


def test_speaker_linked_to_attendee_gets_speaker_badge(store) -> None:
    with store.session() as s:
        event = s.scalar(select(Event))
        (aid,) = add_attendees(s, event, [{"given_name": "Ka Yan", "family_name": "Wong"}])
        sid = ed.create_speaker(s, "Wong Ka Yan")
        assert s.get(Attendee, aid).category == "attendee"
        ed.link_speaker_attendee(s, sid, aid)
    with store.session() as s:
        assert s.get(Attendee, aid).category == "speaker"
        assert load_schedule(s).speakers[0].attendee_id == aid
        ed.link_speaker_attendee(s, sid, None)
        assert load_schedule(s).speakers[0].attendee_id is None


def test_day_change_puts_late_night_sessions_on_their_day(store) -> None:
    with store.session() as s:
        event = s.scalar(select(Event))
        event.start_date, event.end_date = dt.date(2026, 9, 27), dt.date(2026, 9, 27)
        event.settings = {**event.settings, "day_change": "04:00"}
        hall = ed.create_room(s, "Hall")
        late = ed.create_session(
            s, "Late night", room_id=hall, start=dt.datetime(2026, 9, 28, 1, 30), status="confirmed"
        )
        data = load_schedule(s)
        assert data.days == [dt.date(2026, 9, 27)]
        assert [x.id for x in data.sessions_on(dt.date(2026, 9, 27))] == [late]
        assert data.session(late).title == "Late night"
