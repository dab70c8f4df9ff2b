"""Conflicts: each kind found on a constructed schedule, and gone once the schedule is fixed."""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import random

import pytest

from db.models import Event
from desktop.core.schedule import editing as ed
from desktop.core.schedule.conflicts import KINDS, check, check_sessions, find_conflicts
from desktop.core.schedule.data import load_schedule

D1 = dt.date(2026, 9, 27)
D2 = dt.date(2026, 9, 28)


def at(day: dt.date, hh: int, mm: int = 0) -> dt.datetime:
    """Naive local time in the event's zone (Asia/Hong_Kong)."""
    return dt.datetime.combine(day, dt.time(hh, mm))


def build(s) -> dict[str, int]:
    """A small schedule with exactly one conflict of each kind (and a cancelled clash)."""
    event = s.query(Event).one()
    event.start_date, event.end_date = D1, D2
    hall = ed.create_room(s, "Hall", 100)
    small = ed.create_room(s, "Room B", 20)
    ed.set_room_availability(s, hall, [(at(D1, 8), at(D1, 18))])
    ada = ed.create_speaker(s, "Ada Lovelace", availability=[(at(D1, 9), at(D1, 12))])
    bo = ed.create_speaker(s, "Bo Chen", name_local="陳波")
    cy = ed.create_speaker(s, "Cy Young")
    ids: dict[str, int] = {"hall": hall, "small": small, "ada": ada, "bo": bo, "cy": cy}

    def add(key: str, title: str, room: int | None, start: dt.datetime | None, dur: int, **kw):
        speakers = kw.pop("speakers", [])
        ids[key] = ed.create_session(
            s,
            title,
            kw.pop("type", "talk"),
            room_id=room,
            start=start,
            duration_min=dur,
            status=kw.pop("status", "confirmed"),
            **kw,
        )
        ed.set_session_speakers(s, ids[key], [(p, "speaker") for p in speakers])

    add("keynote", "Keynote", hall, at(D1, 9), 45, speakers=[ada], type="keynote")
    add("clash", "Talk in the hall", hall, at(D1, 9, 30), 30, speakers=[bo])
    add("panel", "Panel", small, at(D1, 9, 15), 60, speakers=[ada])  # Ada twice
    add("cy1", "Cy first", hall, at(D1, 11), 30, speakers=[cy])
    add("cy2", "Cy second", small, at(D1, 11, 35), 30, speakers=[cy])  # 5 min changeover
    add("late", "Ada late", small, at(D1, 14), 30, speakers=[ada])  # Ada leaves at 12
    add("closed", "Hall on day two", hall, at(D2, 10), 30)  # hall only open on day one
    add("crowd", "Crowded", small, at(D2, 11), 30, expected_audience=50)
    add("outside", "After the event", small, at(dt.date(2026, 9, 30), 10), 30)
    add("nowhere", "Not placed yet", None, None, 30)
    add("lunch", "Lunch", hall, at(D1, 12, 30), 60, type="plenary")
    add("during_lunch", "During lunch", small, at(D1, 13), 30)
    add("draft", "A draft", small, at(D2, 15), 30, status="draft")
    add("gone", "Cancelled clash", hall, at(D1, 9), 60, status="cancelled", speakers=[ada, bo])
    return ids


def by_kind(conflicts) -> dict[str, list[tuple[int, ...]]]:
    out: dict[str, list[tuple[int, ...]]] = {}
    for c in conflicts:
        out.setdefault(c.kind, []).append(tuple(sorted(c.session_ids)))
    return out


def test_each_kind_found_then_fixed(backend_store) -> None:
    with backend_store.session() as s:
        ids = build(s)
    with backend_store.session() as s:
        found = by_kind(find_conflicts(s, for_release=True))
        assert set(found) == set(KINDS)
        assert found["room_double_booked"] == [
            tuple(sorted((ids["keynote"], ids["clash"]))),
            tuple(sorted((ids["lunch"], ids["during_lunch"]))),
        ]
        assert found["speaker_double_booked"] == [tuple(sorted((ids["keynote"], ids["panel"])))]
        assert found["tight_changeover"] == [(ids["cy1"], ids["cy2"])]
        assert found["speaker_unavailable"] == [(ids["late"],)]
        assert found["room_unavailable"] == [(ids["closed"],)]
        assert found["over_capacity"] == [(ids["crowd"],)]
        assert found["outside_event_days"] == [(ids["outside"],)]
        assert found["unscheduled"] == [(ids["nowhere"],)]
        assert found["unconfirmed"] == [(ids["draft"],)]
        # The cancelled session overlaps the keynote with the same speakers: never reported.
        assert all(ids["gone"] not in pair for pairs in found.values() for pair in pairs)
        # Without for_release, unscheduled and unconfirmed are not conflicts.
        assert not {"unscheduled", "unconfirmed"} & set(by_kind(find_conflicts(s)))
        # A longer changeover can only find more.
        assert len(find_conflicts(s, changeover_min=60)) >= len(find_conflicts(s))
        messages = [c.message for c in find_conflicts(s)]
        assert any("Ada Lovelace is in “Keynote”" in m for m in messages)
        assert any("5 min" in m and "needs 10" in m for m in messages)

    with backend_store.session() as s:  # fix every one
        ed.move_session(s, ids["clash"], ids["hall"], at(D1, 10))
        ed.set_session_speakers(s, ids["panel"], [(ids["bo"], "moderator")])
        ed.move_session(s, ids["panel"], ids["small"], at(D1, 10, 40), 45)
        ed.move_session(s, ids["cy2"], ids["small"], at(D1, 11, 40))
        ed.set_speaker_availability(s, ids["ada"], [(at(D1, 9), at(D1, 15))])
        ed.set_room_availability(s, ids["hall"], [(at(D1, 8), at(D1, 18)), (at(D2, 8), at(D2, 18))])
        ed.update_room(s, ids["small"], capacity=60)
        ed.move_session(s, ids["outside"], ids["small"], at(D2, 16))
        ed.move_session(s, ids["nowhere"], ids["small"], at(D2, 17))
        ed.move_session(s, ids["during_lunch"], ids["small"], at(D1, 13, 30))
        ed.update_session(s, ids["draft"], status="confirmed")
        ed.update_session(s, ids["nowhere"], status="confirmed")
    with backend_store.session() as s:
        assert find_conflicts(s, for_release=True) == []
        assert find_conflicts(s, changeover_min=10) == []


def test_room_without_room_is_unscheduled_before_release(store) -> None:
    with store.session() as s:
        sid = ed.create_session(s, "Floating", start=at(D1, 9), status="confirmed")
        found = find_conflicts(s, for_release=True)
        assert [(c.kind, c.session_ids) for c in found] == [("unscheduled", (sid,))]
        assert "no room" in found[0].message


def test_incremental_check_matches_full_check(store) -> None:
    """After random moves, check_sessions gives exactly the full check's conflicts for them."""
    rng = random.Random(5)
    with store.session() as s:
        ids = build(s)
        rooms = [ids["hall"], ids["small"]]
        sessions = [v for k, v in ids.items() if k not in ("hall", "small", "ada", "bo", "cy")]
        for _ in range(25):
            sid = rng.choice(sessions)
            ed.move_session(
                s,
                sid,
                rng.choice(rooms),
                at(rng.choice((D1, D2)), rng.randint(9, 16), rng.choice((0, 15, 30, 45))),
            )
            data = load_schedule(s)
            full = check(data, for_release=True)
            part = check_sessions(data, [sid], for_release=True)
            assert part == [c for c in full if sid in c.session_ids]


@pytest.mark.parametrize("changeover", [0, 5, 10])
def test_changeover_threshold(store, changeover: int) -> None:
    with store.session() as s:
        ids = build(s)
        kinds = by_kind(find_conflicts(s, changeover_min=changeover))
        assert ("tight_changeover" in kinds) == (changeover > 5)
        assert ids


def test_sweep_matches_brute_force_on_random_schedules() -> None:
    """Room, speaker and changeover findings equal a brute-force pairwise check."""
    from desktop.base.schedule import RoomData, ScheduleData, SessionData, SpeakerData

    zone = dt.timezone(dt.timedelta(hours=8))
    seen = {"rooms": 0, "people": 0, "tight": 0}
    for seed in range(6):
        rnd = random.Random(seed)
        rooms = [RoomData(i, f"R{i}", None, i) for i in range(1, 5)]
        people = [SpeakerData(i, f"P{i}") for i in range(1, 15)]
        sessions = []
        for i in range(1, 61):
            start = dt.datetime(2026, 9, 27, 9, tzinfo=zone) + dt.timedelta(
                minutes=5 * rnd.randrange(60)
            )
            dur = rnd.choice((15, 30, 45))
            sessions.append(
                SessionData(
                    i, f"g{i}", f"S{i}", "", "", "talk",
                    rnd.choice(("confirmed", "confirmed", "draft", "cancelled")), "en", None,
                    rnd.choice(rooms), start, start + dt.timedelta(minutes=dur), dur,
                    rnd.random() < 0.05, None, tuple(rnd.sample(people, rnd.choice((0, 1, 2)))),
                )
            )  # fmt: skip
        data = ScheduleData("E", "Asia/Hong_Kong", [], rooms, [], sessions, people)
        live = [x for x in sessions if x.status != "cancelled"]
        want_rooms, want_people, want_tight = set(), set(), set()
        for a, b in itertools.combinations(live, 2):
            pair = tuple(sorted((a.id, b.id)))
            shared = {p.id for p in a.speakers} & {p.id for p in b.speakers}
            if a.start < b.end and b.start < a.end:
                if a.plenary or b.plenary or a.room.id == b.room.id:
                    want_rooms.add(pair)
                want_people |= {(sid, pair) for sid in shared}
            if a.room.id != b.room.id:  # changeover: less than 10 minutes between rooms
                first, then = (a, b) if a.end <= b.start else (b, a)
                if first.end <= then.start < first.end + dt.timedelta(minutes=10):
                    want_tight |= {(sid, (first.id, then.id)) for sid in shared}
        found = check(data)
        got = functools.partial(_pairs, found)
        assert {tuple(sorted(ids)) for ids in got("room_double_booked")} == want_rooms
        assert {(s, tuple(sorted(ids))) for s, ids in got("speaker_double_booked")} == want_people
        assert got("tight_changeover") == want_tight
        seen["rooms"] += len(want_rooms)
        seen["people"] += len(want_people)
        seen["tight"] += len(want_tight)
    assert all(seen.values()), seen  # every kind really occurred in these schedules


def _pairs(found, kind: str) -> set:
    return {
        c.session_ids if c.speaker_id is None else (c.speaker_id, c.session_ids)
        for c in found
        if c.kind == kind
    }
