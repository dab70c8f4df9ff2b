"""Export -> re-import is a round trip, and a re-import is the same sessions (issue 12).

Every real schedule, written as XML and as JSON (each validated against its c3voc schema),
read back into a fresh event, is identical field by field: every session field, its room,
track and speakers (names, guids, roles, biographies, codes, where the format has a place for
them), the conference's own acronym and title. The differences the schemas force are named
here, one by one, and nothing else may differ. Importing our own export into the same event,
or the file again with a talk moved, changes the sessions in place: no duplicates.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import zoneinfo
from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from sqlalchemy import func, select, update

from db.engine import open_store
from db.models import Session as SessionRow
from desktop.base.schedule import ScheduleData, SessionData
from desktop.core.events import create_event
from desktop.core.schedule.interchange.frab_json import export_json
from desktop.core.schedule.interchange.frab_xml import export_xml
from desktop.core.schedule.interchange.importing import import_schedule
from desktop.core.schedule.interchange.parsed import guid_for
from desktop.core.schedule.interchange.schedule2 import export_schedule2
from tests.core.schedule_support import (
    REAL_FILES,
    SCHEDULES,
    XSD_CLASSIC,
    as_uri,
    imported_store,
    read_schedule,
    schema_errors,
    voc_json_validator,
    voc_xsd,
)

SKIP = {"id", "room", "track", "speakers"}  # compared by what they say, below
FIELDS = [f.name for f in dataclasses.fields(SessionData) if f.name not in SKIP]
ROLE_FIELDS = ("name", "name_local", "guid", "role", "bio", "code", "external_id")


def _fresh(tmp_path: Path, source: Path, zone: str) -> ScheduleData:
    path = tmp_path / "again.sqlite"
    store = open_store(str(path), create=True)
    with store.session() as s:
        create_event(s, "Again", zone)
    with store.session() as s:
        import_schedule(s, source)
    store.close()
    return read_schedule(path)


def _session(x: SessionData, fmt: str, name: str) -> dict[str, Any]:
    out = {f: getattr(x, f) for f in FIELDS}
    out["room"] = x.room.name if x.room else None
    # a room without a guid goes out with one made from its name, and comes back with it
    out["room_guid"] = (x.room.guid or guid_for("confdesk-room", x.room.name)) if x.room else None
    out["track"] = x.track.name if x.track else None
    people = [{k: getattr(p, k) for k in ROLE_FIELDS} for p in x.speakers]
    # What a schema has no place for, or forces into its own form:
    if name.startswith("frab-camp2019"):
        out["slug"] = x.slug.lower()  # every schema allows lower-case slugs only
        if fmt.startswith("xml"):
            out["logo"] = x.absolute(x.logo) if x.logo else ""  # the XSD wants absolute urls
    if fmt in ("json", "schedule2"):
        # The JSON schemas' "uri" format: full addresses (see as_uri); their reference types
        # are a closed list ("audio" is not on it).
        keep = REFERENCE_TYPES[fmt]
        for key in ("links", "attachments"):
            out[key] = tuple(
                dataclasses.replace(r, url=as_uri(r.url, x.base_url),
                                    type=r.type if r.type in keep else "",
                                    service=r.service if fmt == "json" else "")
                for r in out[key]
            )  # fmt: skip
        for key in ("feedback_url", "origin_url"):
            out[key] = as_uri(out[key], x.base_url)
    if fmt.startswith("xml"):  # no place in the XSDs for these
        out["do_not_stream"] = None
        out["code"] = ""
        for p in people:
            p.update(bio="", code="")
    if fmt == "xml-classic":  # the older XSD: slugs of its own form, plain links, no origin
        out["slug"] = ""
        out["origin_url"] = ""
        for key in ("links", "attachments"):
            out[key] = tuple(dataclasses.replace(r, type="", service="") for r in out[key])
    if fmt == "schedule2":  # an event's logo is a full address too
        out["logo"] = as_uri(out["logo"], x.base_url)
    for p in people:
        p["external_id"] = None  # ids are renumbered where they clash (see exporting)
    out["external_id"] = None
    out["base_url"] = None  # relative urls stay relative to the file's base; compared above
    out["speakers"] = people
    return out


EXPORTS = {
    "xml": lambda data: export_xml(data),
    "xml-classic": lambda data: export_xml(data, classic=True),
    "json": lambda data: export_json(data),
    "schedule2": lambda data: export_schedule2(data),
}
REFERENCE_TYPES = {
    "json": {"slides", "paper", "web", "blog", "article", "media", "related", "activitypub"},
    "schedule2": {"slides", "paper", "web", "blog", "article", "book", "media", "related",
                  "activitypub"},
}  # fmt: skip


def _valid(fmt: str, raw: bytes) -> None:
    """The export validates against its schema (formats checked: uri, date-time, uuid...)."""
    if fmt.startswith("xml"):
        xsd = voc_xsd("voc-schedule.xml.xsd" if fmt == "xml" else XSD_CLASSIC)
        assert xsd.validate(etree.fromstring(raw)), xsd.error_log
    else:
        validator = voc_json_validator(
            "voc-schedule-schema.json" if fmt == "json" else "voc-schedule-schema2.json"
        )
        assert schema_errors(validator, json.loads(raw)) == []


@pytest.mark.parametrize("fmt", list(EXPORTS))
@pytest.mark.parametrize("name", REAL_FILES)
def test_export_then_import_is_identical_field_by_field(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, name: str, fmt: str
) -> None:
    store, _report = imported_store(name, tmp_path_factory.getbasetemp())
    first = read_schedule(store)
    raw = EXPORTS[fmt](first)
    _valid(fmt, raw)
    out = tmp_path / f"out.{'xml' if fmt.startswith('xml') else 'json'}"
    out.write_bytes(raw)
    again = _fresh(tmp_path, out, first.timezone)
    assert len(again.sessions) == len(first.sessions)
    before = {x.guid: _session(x, fmt, name) for x in first.sessions}
    after = {x.guid: _session(x, fmt, name) for x in again.sessions}
    assert after.keys() == before.keys()  # the guids come back as they went out
    differ = {
        (g, f): (before[g][f], after[g][f])
        for g in before
        for f in before[g]
        if before[g][f] != after[g][f]
    }
    assert differ == {}, list(differ.items())[:5]
    assert (again.source_acronym, again.source_title) == (
        first.source_acronym.lower() or "fosdem_2020",
        first.source_title,
    )


def _count(path: Path) -> int:
    store = open_store(str(path))
    try:
        with store.session() as s:
            return int(s.scalar(select(func.count()).select_from(SessionRow)) or 0)
    finally:
        store.close()


def _reimport(path: Path, source: Path, zone: str | None = None) -> None:
    store = open_store(str(path))
    try:
        with store.session() as s:
            import_schedule(s, source, timezone=zone)
    finally:
        store.close()


def _copy(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, name: str) -> Path:
    store, _report = imported_store(name, tmp_path_factory.getbasetemp())
    path = tmp_path / "event.sqlite"
    path.write_bytes(store.read_bytes())
    return path


@pytest.mark.parametrize("fmt", list(EXPORTS))
def test_our_own_export_imported_into_the_same_event_duplicates_nothing(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, fmt: str
) -> None:
    # 31C3: 112 of its 138 guids are no UUIDs; the export writes UUIDs for them. Its people
    # have no guid: schedule2 insists on one, and a Confdesk import knows the ones it made.
    path = _copy(tmp_path, tmp_path_factory, "31c3-schedule.xml")
    first = read_schedule(path)
    out = tmp_path / f"out.{'xml' if fmt.startswith('xml') else 'json'}"
    out.write_bytes(EXPORTS[fmt](first))
    _reimport(path, out)
    again = read_schedule(path)
    assert _count(path) == len(first.sessions) == 138
    assert len(again.speakers) == len(first.speakers)
    # and no person is given a guid the file never had (the one schedule2 made for them)
    assert sorted((p.name, p.guid) for p in again.speakers) == sorted(
        (p.name, p.guid) for p in first.speakers
    )
    assert {x.guid for x in again.sessions} == {x.guid for x in first.sessions}


def test_a_store_from_before_keeps_its_sessions_when_the_file_comes_again(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    # An event imported before the identities changed holds 31C3's raw guids and FOSDEM's
    # guids made from title and start: the file (and our export) find them again.
    path = _copy(tmp_path, tmp_path_factory, "31c3-schedule.xml")
    raw = dict(re.findall(r'<event guid="([^"]+)" id="(\d+)"',
                          (SCHEDULES / "31c3-schedule.xml").read_text("utf-8")))  # fmt: skip
    store = open_store(str(path))
    with store.session() as s:
        for old, ext in raw.items():
            s.execute(update(SessionRow).where(SessionRow.external_id == ext).values(guid=old))
    store.close()
    _reimport(path, SCHEDULES / "31c3-schedule.xml")
    assert _count(path) == 138
    first = read_schedule(path)
    out = tmp_path / "out.xml"
    out.write_bytes(export_xml(first))
    _reimport(path, out)
    assert _count(path) == 138


def _moved_fosdem(tmp_path: Path) -> Path:
    text = (SCHEDULES / "fosdem-2020.xml").read_text("utf-8")
    at = text.index('<event id="9025">')
    end = text.index("</event>", at)
    block = text[at:end]
    assert "<start>09:30</start>" in block
    moved = block.replace("<start>09:30</start>", "<start>10:15</start>")
    path = tmp_path / "fosdem-moved.xml"
    path.write_text(text[:at] + moved + text[end:], "utf-8")
    return path


def test_a_talk_moved_in_a_file_without_guids_is_moved_not_doubled(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    path = _copy(tmp_path, tmp_path_factory, "fosdem-2020.xml")
    before = {x.external_id: x for x in read_schedule(path).sessions}
    _reimport(path, _moved_fosdem(tmp_path), "Europe/Brussels")
    after = {x.external_id: x for x in read_schedule(path).sessions}
    assert _count(path) == 872
    talk, was = after["9025"], before["9025"]
    assert talk.guid == was.guid
    assert talk.start is not None and was.start is not None
    assert (talk.start - was.start).total_seconds() == 45 * 60


def test_a_store_with_guids_made_from_title_and_start_finds_the_moved_talk(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    path = _copy(tmp_path, tmp_path_factory, "fosdem-2020.xml")
    store = open_store(str(path))
    with store.session() as s:  # the guid an earlier import gave event 9025
        row = s.scalar(select(SessionRow).where(SessionRow.external_id == "9025"))
        assert row is not None and row.start is not None
        local = row.start.replace(tzinfo=dt.UTC).astimezone(zoneinfo.ZoneInfo("Europe/Brussels"))
        naive = local.replace(tzinfo=None)  # the file's times carry no zone
        row.guid = guid_for("FOSDEM 2020", "9025", row.title, naive.isoformat())
    store.close()
    _reimport(path, SCHEDULES / "fosdem-2020.xml", "Europe/Brussels")
    assert _count(path) == 872
