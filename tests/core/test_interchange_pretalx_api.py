"""pretalx's widget data and REST API talks (issue 12, section 3), built from democon's
schedule.json the way pretalx builds them (Schedule.build_data; the talks API), import as
the same sessions the schedule.json gives, and again as a sync."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from db.engine import open_store
from desktop.base.schedule import ScheduleData
from desktop.core.events import create_event
from desktop.core.schedule.interchange.importing import ImportReport, import_schedule
from tests.core.schedule_support import SCHEDULES, imported_store, read_schedule

DEMOCON = json.loads((SCHEDULES / "pretalx-democon.json").read_text("utf-8"))


def _talks() -> list[tuple[str, dict[str, Any]]]:
    return [
        (room, t)
        for day in DEMOCON["schedule"]["conference"]["days"]
        for room, ts in day["rooms"].items()
        for t in ts
    ]


def _code(t: dict[str, Any]) -> str:
    return str(t["url"]).rstrip("/").rsplit("/", 1)[-1]


def _end(t: dict[str, Any]) -> str:
    import datetime as dt

    h, m = (int(v) for v in t["duration"].split(":"))
    return (dt.datetime.fromisoformat(t["date"]) + dt.timedelta(hours=h, minutes=m)).isoformat()


def widget_data() -> dict[str, Any]:
    conf = DEMOCON["schedule"]["conference"]
    rooms = [r["name"] for r in conf["rooms"]]
    tracks = sorted({t["track"] for _room, t in _talks() if t["track"]})
    speakers: dict[str, str] = {}
    talks = []
    for room, t in _talks():
        for p in t["persons"]:
            speakers[p["code"]] = p["public_name"]
        talks.append(
            {
                "code": _code(t),
                "id": t["id"],
                "title": {"en": t["title"]},
                "abstract": t["abstract"],
                "speakers": [p["code"] for p in t["persons"]],
                "track": tracks.index(t["track"]) + 1 if t["track"] else None,
                "start": t["date"],
                "end": _end(t),
                "room": rooms.index(room) + 1,
                "duration": int(t["duration"][:2]) * 60 + int(t["duration"][3:]),
                "updated": "2020-12-01T00:00:00+00:00",
                "state": None,
                "content_locale": t["language"],
                "do_not_record": t["do_not_record"],
            }
        )
    talks.append(  # a break: a slot without a submission
        {
            "id": 999,
            "title": {"en": "Coffee"},
            "start": "2020-12-14T10:30:00+01:00",
            "end": "2020-12-14T11:00:00+01:00",
            "room": 1,
        }
    )
    return {
        "talks": talks,
        "version": "0.9",
        "timezone": "Europe/Berlin",
        "event_start": "2020-12-14",
        "event_end": "2020-12-16",
        "tracks": [
            {"id": i, "name": {"en": t}, "description": "", "color": "#1f77b4"}
            for i, t in enumerate(tracks, 1)
        ],
        "rooms": [{"id": i, "name": {"en": n}, "description": ""} for i, n in enumerate(rooms, 1)],
        "speakers": [{"code": c, "name": n, "avatar": None} for c, n in speakers.items()],
    }


def _into(tmp_path: Path, doc: dict[str, Any], name: str) -> ImportReport:
    path = tmp_path / "event.sqlite"
    fresh = not path.exists()
    store = open_store(str(path), create=fresh)
    try:
        if fresh:
            with store.session() as s:
                create_event(s, "DemoCon", "Europe/Berlin")
        src = tmp_path / name
        src.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
        with store.session() as s:
            return import_schedule(s, src)
    finally:
        store.close()


def _what(data: ScheduleData) -> dict[str, tuple[Any, ...]]:
    return {
        x.title: (
            x.start,
            x.duration_min,
            x.room and x.room.name,
            x.track and x.track.name,
            tuple(p.name for p in x.speakers),
            x.abstract,
            x.do_not_record,
        )
        for x in data.sessions
    }


def test_the_widget_data_imports_as_the_schedule_json_does(
    tmp_path: Path, tmp_path_factory
) -> None:
    report = _into(tmp_path, widget_data(), "widget.json")
    assert (report.format, report.events, report.speakers) == ("pretalx widget JSON", 37, 27)
    data = read_schedule(tmp_path / "event.sqlite")
    reference, _r = imported_store("pretalx-democon.json", tmp_path_factory.getbasetemp())
    expected = _what(read_schedule(reference))
    got = _what(data)
    coffee = got.pop("Coffee")
    assert got == expected
    assert coffee[2] == "Gray Room"
    assert next(x for x in data.sessions if x.title == "Coffee").type == "break"
    # the widget again, one talk moved: a sync
    doc = widget_data()
    doc["talks"][0]["start"] = doc["talks"][0]["start"].replace("T09:00", "T16:00")
    doc["talks"][0]["end"] = doc["talks"][0]["end"].replace("T09:30", "T16:30")
    again = _into(tmp_path, doc, "widget.json")
    assert (again.sessions_created, again.speakers_created) == (0, 0)
    assert [c["kind"] for c in again.changes] == ["moved"]


def _api_page(results: list[dict[str, Any]], nxt: str | None = None) -> dict[str, Any]:
    return {"count": 36, "next": nxt, "previous": None, "results": results}


def _api_talk(room: str, t: dict[str, Any], state: str = "confirmed") -> dict[str, Any]:
    return {
        "code": _code(t),
        "speakers": [
            {"code": p["code"], "name": p["public_name"], "biography": p.get("biography")}
            for p in t["persons"]
        ],
        "title": t["title"],
        "submission_type": {"en": t["type"]},
        "track": {"en": t["track"]} if t["track"] else None,
        "state": state,
        "abstract": t["abstract"],
        "description": t["description"],
        "duration": int(t["duration"][:2]) * 60 + int(t["duration"][3:]),
        "do_not_record": t["do_not_record"],
        "content_locale": t["language"],
        "slot": {"room": {"en": room}, "start": t["date"], "end": _end(t)},
    }


def test_a_page_of_the_api_imports_and_says_it_is_one_page(tmp_path: Path) -> None:
    talks = _talks()
    first = [_api_talk(room, t) for room, t in talks[:10]]
    first[3]["state"] = "withdrawn"
    report = _into(
        tmp_path, _api_page(first, "https://pretalx.example/api/events/democon/talks/?page=2"),
        "talks.json",
    )  # fmt: skip
    assert (report.format, report.events) == ("pretalx API JSON", 9)
    said = " | ".join(str(x) for x in [*report.notes, *report.skipped])
    assert "talks.json is one page of 36 talks: only its 10 were imported" in said
    assert f"talk {first[3]['code']} “{first[3]['title']}”: withdrawn in pretalx; skipped" in said
    data = read_schedule(tmp_path / "event.sqlite")
    by_code = {x.code: x for x in data.sessions}
    room, t = talks[0]
    x = by_code[_code(t)]
    assert (x.room and x.room.name, x.source_type, x.description) == (
        room,
        t["type"],
        t["description"],
    )
    assert [(p.name, p.code, p.bio) for p in x.speakers] == [
        (p["public_name"], p["code"], p.get("biography") or "") for p in t["persons"]
    ]


def test_odd_values_in_the_widget_data_are_left_out_never_a_crash(tmp_path: Path) -> None:
    doc = widget_data()
    doc["talks"][0]["room"] = [1]  # a list where an id belongs
    doc["talks"][1]["track"] = {"id": 1}
    doc["talks"][2]["speakers"] = 3
    doc["rooms"].append({"id": [2], "name": "Odd"})
    doc["speakers"] = 7
    report = _into(tmp_path, doc, "widget.json")
    assert report.events == 36  # the talk without a usable room is skipped and said
    assert any("no room; skipped" in str(x) for x in report.skipped)


def test_an_api_page_with_odd_speakers_still_imports(tmp_path: Path) -> None:
    talks = _talks()
    page = [_api_talk(room, t) for room, t in talks[:3]]
    page[0]["speakers"] = 3
    report = _into(tmp_path, _api_page(page), "talks.json")
    assert report.events == 3
