"""What a schedule file holds beyond times and titles is kept, and nothing is made up (issue 12).

Counted in each real file independently of the importer (stdlib ElementTree / json), then in
the store and in Confdesk's XML, JSON and iCal exports: links, attachments, logos, feedback and
origin urls, do_not_stream, speaker biographies, person guids and pretalx codes. Files that
carry what the real ones lack (person guids, feedback urls, do_not_stream) are built from the
real ones. Import notes say when a time or a duration could not be kept as the file says, and
a zone the organizer set is never replaced by the file's.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import uuid
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from typing import Any

import icalendar
import pytest
from lxml import etree
from sqlalchemy import select

from db.engine import open_store
from db.models import Event
from desktop.base.schedule import ScheduleData, schedule_from_dict, schedule_to_dict
from desktop.cli import main
from desktop.core.events import create_event
from desktop.core.schedule.data import load_schedule
from desktop.core.schedule.interchange.exporting import plan_export
from desktop.core.schedule.interchange.frab_json import export_json
from desktop.core.schedule.interchange.frab_xml import export_xml
from desktop.core.schedule.interchange.ical import export_ical
from desktop.core.schedule.interchange.importing import import_schedule
from desktop.core.schedule.interchange.parsed import guid_for
from tests.conftest import TEST_DATA
from tests.core.schedule_support import (
    REAL_FILES,
    as_uri,
    imported_store,
    source_base,
    voc_json_validator,
    voc_xsd,
)

SCHEDULES = TEST_DATA / "schedules"
FILES = list(REAL_FILES)


@pytest.fixture(scope="module")
def xsd() -> etree.XMLSchema:
    return voc_xsd()


@pytest.fixture(scope="module")
def json_validator() -> Any:
    return voc_json_validator()


def _words(text: str | None) -> str:
    return " ".join((text or "").split())


# --- counting, with no code of ours -------------------------------------------------------


KEYS = (
    "links",
    "attachments",
    "logo",
    "feedback",
    "origin",
    "url",
    "do_not_stream",
    "code",
    "person_guid",
    "person_code",
    "biography",
)


def xml_refs(root: ET.Element) -> dict[str, Counter[tuple[str, ...]]]:
    """Per event id: its links and attachments, logo, feedback and origin url, person guids."""
    out: dict[str, Counter[tuple[str, ...]]] = {k: Counter() for k in KEYS}
    for ev in root.iter("event"):
        eid = ev.get("id") or ""
        if ev.get("code"):
            out["code"][eid, ev.get("code") or ""] += 1
        for link in ev.findall("links/link"):
            out["links"][eid, (link.get("href") or "").strip(), _words(link.text)] += 1
        for att in ev.findall("attachments/attachment"):
            out["attachments"][
                eid, (att.get("href") or "").strip(), _words(att.text), att.get("type") or ""
            ] += 1
        for tag, key in (
            ("logo", "logo"),
            ("feedback_url", "feedback"),
            ("origin_url", "origin"),
            ("url", "url"),
        ):
            value = (ev.findtext(tag) or "").strip()
            if value:
                out[key][eid, value] += 1
        for p in ev.findall("persons/person"):
            if p.get("guid"):
                out["person_guid"][_words(p.text), p.get("guid") or ""] += 1
    return out


def json_events(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        ev
        for day in doc["schedule"]["conference"]["days"]
        for evs in day["rooms"].values()
        for ev in evs
    ]


def json_refs(doc: dict[str, Any]) -> dict[str, Counter[tuple[str, ...]]]:
    out: dict[str, Counter[tuple[str, ...]]] = {k: Counter() for k in KEYS}
    for ev in json_events(doc):
        eid = str(ev.get("id"))
        for link in ev.get("links") or []:
            out["links"][eid, link["url"], _words(link.get("title"))] += 1
        for att in ev.get("attachments") or []:
            out["attachments"][eid, att["url"], _words(att.get("title"))] += 1
        for tag, key in (
            ("logo", "logo"),
            ("feedback_url", "feedback"),
            ("origin_url", "origin"),
            ("code", "code"),
        ):
            if ev.get(tag):
                out[key][eid, ev[tag]] += 1
        if str(ev.get("url") or "").startswith("http"):
            out["url"][eid, ev["url"]] += 1
        if ev.get("do_not_stream") not in (None, False, ""):
            out["do_not_stream"][eid, str(ev["do_not_stream"])] += 1
        for p in ev.get("persons") or []:
            name = _words(p.get("public_name") or p.get("name"))
            if p.get("guid"):
                out["person_guid"][name, p["guid"]] += 1
            if p.get("code"):
                out["person_code"][name, p["code"]] += 1
            if p.get("biography"):
                out["biography"][name, p["biography"].strip()] += 1
    return out


def source_refs(path: Path) -> dict[str, Counter[tuple[str, ...]]]:
    raw = path.read_bytes()
    return xml_refs(ET.fromstring(raw)) if path.suffix == ".xml" else json_refs(json.loads(raw))


def load(path: Path) -> ScheduleData:
    store = open_store(str(path))
    with store.factory() as s:
        data = load_schedule(s)
    store.close()
    return data


def fresh(tmp: Path, name: str, zone: str | None = None):
    """An empty event; `zone` is the organizer's (None: the default, not chosen)."""
    store = open_store(str(tmp / name), create=True)
    with store.session() as s:
        if zone is None:
            create_event(s, "Kept")
        else:
            create_event(s, "Kept", zone)
    return store


def import_into(tmp: Path, path: Path, name: str, zone: str | None = None):
    store = fresh(tmp, name, zone)
    with store.session() as s:
        report = import_schedule(s, path)
    with store.factory() as s:
        data = load_schedule(s)
    store.close()
    return report, data


# --- 1. nothing made up --------------------------------------------------------------------


def test_a_session_without_url_exports_none(tmp_path_factory) -> None:
    """31C3 has no <url>: no session gets its first link as its url, so no export has one."""
    path, _report = imported_store("31c3-schedule.xml", tmp_path_factory.getbasetemp())
    data = load(path)
    assert [x.url for x in data.sessions if x.url] == []
    plan = plan_export(data)
    xml = ET.fromstring(export_xml(data, plan))
    assert xml.findall(".//event/url") == []
    exported = json.loads(export_json(data, plan))
    assert [e["url"] for e in json_events(exported) if not e["url"].startswith("urn:uuid:")] == []
    cal = icalendar.Calendar.from_ical(export_ical(data)[0])
    assert [e for e in cal.walk("VEVENT") if e.get("url")] == []


def test_urls_the_file_has_are_kept(tmp_path_factory) -> None:
    """DebConf's 117 <url>s go out unchanged, and a re-imported JSON's urn:uuid is no url."""
    path, _report = imported_store("debconf23-schedule.xml", tmp_path_factory.getbasetemp())
    data = load(path)
    source = source_refs(SCHEDULES / "debconf23-schedule.xml")["url"]
    assert len(source) == 117
    assert xml_refs(ET.fromstring(export_xml(data)))["url"] == source
    assert json_refs(json.loads(export_json(data)))["url"] == source


def test_a_json_export_without_url_comes_back_without_one(tmp_path: Path, tmp_path_factory) -> None:
    path, _report = imported_store("31c3-schedule.xml", tmp_path_factory.getbasetemp())
    out = tmp_path / "out.json"
    out.write_bytes(export_json(load(path)))
    _report, again = import_into(tmp_path, out, "again.sqlite")
    assert [x.url for x in again.sessions if x.url] == []


GAP_XML = """<?xml version="1.0" encoding="UTF-8"?>
<schedule><conference><title>DST</title><acronym>dst_test</acronym></conference>
<day index="1" date="2026-03-29"><room name="Hall">
<event id="1" guid="33333333-3333-4333-8333-333333333333"><start>02:30</start>
<duration>00:30</duration><room>Hall</room><title>In the gap</title><persons/></event>
<event id="2" guid="44444444-4444-4444-8444-444444444444"><start>05:00</start>
<duration>25:00</duration><room>Hall</room><title>Hackathon 25h</title><persons/></event>
</room></day>
<day index="2" date="2026-10-25"><room name="Hall">
<event id="3" guid="55555555-5555-4555-8555-555555555555"><start>02:30</start>
<duration>00:30</duration><room>Hall</room><title>Twice</title><persons/></event>
</room></day></schedule>
"""


def test_a_dst_gap_and_a_capped_duration_are_noted(tmp_path: Path) -> None:
    path = tmp_path / "dst.xml"
    path.write_text(GAP_XML, encoding="utf-8")
    report, data = import_into(tmp_path, path, "dst.sqlite", "Europe/Berlin")
    by_title = {x.title: x for x in data.sessions}
    gap = [n for n in report.notes if "event 1" in n]
    assert len(gap) == 1 and "02:30" in gap[0] and "does not exist" in gap[0]
    assert "03:30" in gap[0]  # what it became, said
    assert by_title["In the gap"].start.strftime("%H:%M") == "03:30"
    long = [n for n in report.notes if "event 2" in n]
    assert len(long) == 1 and "25:00" in long[0] and "24 hours" in long[0]
    assert by_title["Hackathon 25h"].duration_min == 24 * 60
    twice = [n for n in report.notes if "event 3" in n]
    assert len(twice) == 1 and "twice" in twice[0]
    assert by_title["Twice"].start.isoformat() == "2026-10-25T02:30:00+02:00"


def test_a_zone_the_organizer_set_is_never_replaced(tmp_path: Path) -> None:
    """DebConf 23 says Asia/Kolkata: an event set to Europe/Berlin stays there and says so."""
    report, data = import_into(
        tmp_path, SCHEDULES / "debconf23-schedule.xml", "b.sqlite", "Europe/Berlin"
    )
    assert data.timezone == "Europe/Berlin"
    (note,) = [n for n in report.notes if "the file names the time zone Asia/Kolkata" in n]
    assert "keeps its own, Europe/Berlin" in note and "event set --tz" in note
    # DebConf's times carry +00:00, not the +05:30 its header's zone has: said too
    notes = " | ".join(report.notes)
    assert "117 of 117 times in the file are at UTC+00:00, but the file says Asia/Kolkata" in notes
    assert len(report.notes) == 2
    source = ET.parse(SCHEDULES / "debconf23-schedule.xml").getroot()
    first = next(source.iter("event"))
    instant = dt.datetime.fromisoformat(first.findtext("date") or "")
    x = next(x for x in data.sessions if x.external_id == first.get("id"))
    assert x.start == instant and x.start.tzinfo is not None
    assert str(x.start.tzinfo) == "Europe/Berlin"


def test_democon_says_utc_but_carries_plus_one(tmp_path: Path) -> None:
    report, data = import_into(
        tmp_path, SCHEDULES / "pretalx-democon.json", "d.sqlite", "Europe/Berlin"
    )
    assert data.timezone == "Europe/Berlin"
    notes = " | ".join(report.notes)
    assert "the file names the time zone UTC" in notes
    assert "36 of 36 times in the file are at UTC+01:00, but the file says UTC" in notes


def test_an_event_whose_zone_nobody_chose_takes_the_files(tmp_path: Path) -> None:
    report, data = import_into(tmp_path, SCHEDULES / "debconf23-schedule.xml", "k.sqlite")
    assert data.timezone == "Asia/Kolkata"
    assert any("it is now Asia/Kolkata" in n for n in report.notes)


def test_a_zone_set_in_the_event_details_is_kept_too(tmp_path: Path) -> None:
    from desktop.core.event_details import update_event

    store = fresh(tmp_path, "set.sqlite")  # created without a zone: nobody chose it yet
    with store.session() as s:
        update_event(s, timezone="Asia/Hong_Kong")  # ... now someone did, the default one
    with store.session() as s:
        import_schedule(s, SCHEDULES / "debconf23-schedule.xml")
    with store.factory() as s:
        assert s.scalar(select(Event.timezone)) == "Asia/Hong_Kong"
    store.close()


@pytest.mark.parametrize(
    ("tz", "zone"), [(None, "Asia/Kolkata"), ("Europe/Berlin", "Europe/Berlin")]
)
def test_init_tz_is_the_organizers_choice(
    tmp_path: Path, capsys, tz: str | None, zone: str
) -> None:
    db = tmp_path / "e.sqlite"
    args = ["--db", str(db), "init", "--name", "DebConf"] + (["--tz", tz] if tz else [])
    assert main(args) == 0
    assert (
        main(["--db", str(db), "schedule", "import", str(SCHEDULES / "debconf23-schedule.xml")])
        == 0
    )
    capsys.readouterr()
    store = open_store(str(db))
    with store.factory() as s:
        assert s.scalar(select(Event.timezone)) == zone
    store.close()


# --- 2. biographies, person guids, pretalx codes --------------------------------------------


def test_speaker_biographies_and_pretalx_codes_go_out_in_json(tmp_path_factory) -> None:
    path, _report = imported_store("pretalx-democon.json", tmp_path_factory.getbasetemp())
    data = load(path)
    source = source_refs(SCHEDULES / "pretalx-democon.json")
    out = json_refs(json.loads(export_json(data)))
    assert out["biography"] == source["biography"]
    assert len({name for name, _bio in out["biography"]}) == 27
    assert out["person_code"] == source["person_code"] and sum(source["person_code"].values()) == 43


def _with_person_guids(tmp: Path) -> Path:
    """31C3 with a guid on every person (as frab writes them from an e-mail address)."""
    root = ET.parse(SCHEDULES / "31c3-schedule.xml").getroot()
    for p in root.iter("person"):
        p.set("guid", str(uuid.uuid5(uuid.NAMESPACE_URL, f"acct:person{p.get('id')}@31c3")))
    path = tmp / "31c3-guids.xml"
    path.write_bytes(ET.tostring(root, encoding="utf-8"))
    return path


def test_person_guids_go_out_unchanged(tmp_path: Path, xsd, json_validator) -> None:
    path = _with_person_guids(tmp_path)
    source = source_refs(path)["person_guid"]
    assert sum(source.values()) > 190
    _report, data = import_into(tmp_path, path, "g.sqlite", "Europe/Berlin")
    raw = export_xml(data)
    assert xsd.validate(etree.fromstring(raw)), xsd.error_log
    assert xml_refs(ET.fromstring(raw))["person_guid"] == source
    doc = json.loads(export_json(data))
    assert [e.message for e in json_validator.iter_errors(doc)] == []
    assert json_refs(doc)["person_guid"] == source
    # and again through our own JSON
    again_path = tmp_path / "again.json"
    again_path.write_bytes(export_json(data))
    _report, again = import_into(tmp_path, again_path, "g2.sqlite", "Europe/Berlin")
    assert xml_refs(ET.fromstring(export_xml(again)))["person_guid"] == source


# --- 3. links, attachments, logos, feedback and origin urls, do_not_stream -----------------

# file: links, attachments, logos in the file (the and the audit's figures)
COUNTS = {
    "31c3-schedule.xml": (134, 0, 0),
    "debconf23-schedule.xml": (0, 0, 0),
    "fosdem-2020.xml": (3425, 483, 0),
    "frab-camp2019.json": (52, 12, 28),
    "pretalx-democon.json": (0, 0, 0),
}


def _counts(refs: dict[str, Counter[tuple[str, ...]]]) -> tuple[int, int, int]:
    return tuple(sum(refs[k].values()) for k in ("links", "attachments", "logo"))  # type: ignore[return-value]


def _full(refs: Counter[tuple[str, ...]], base: str) -> Counter[tuple[str, ...]]:
    """The same links with each url as the JSON exports write it (see `as_uri`)."""
    out: Counter[tuple[str, ...]] = Counter()
    for (eid, url, *rest), n in refs.items():
        out[(eid, as_uri(url, base), *rest)] += n
    return out


def _pairs(refs: Counter[tuple[str, ...]]) -> Counter[tuple[str, ...]]:
    """(event id, url, title): what both formats hold of a link or attachment."""
    return Counter({k[:3]: n for k, n in refs.items()})


@pytest.mark.parametrize("name", FILES)
def test_links_and_attachments_go_out_as_they_came_in(tmp_path_factory, name: str) -> None:
    path, _report = imported_store(name, tmp_path_factory.getbasetemp())
    data = load(path)
    source = source_refs(SCHEDULES / name)
    assert _counts(source) == COUNTS[name]
    stored = (
        sum(len(x.links) for x in data.sessions),
        sum(len(x.attachments) for x in data.sessions),
        sum(1 for x in data.sessions if x.logo),
    )
    assert stored == COUNTS[name]
    plan = plan_export(data)
    xml = xml_refs(ET.fromstring(export_xml(data, plan)))
    doc = json.loads(export_json(data, plan))
    js = json_refs(doc)
    base = source_base(SCHEDULES / name)
    for key in ("links", "attachments"):
        assert _pairs(xml[key]) == _pairs(source[key]), key
        # the JSON schema's "uri" format: full addresses (relative ones resolved, see as_uri)
        assert _pairs(js[key]) == _pairs(_full(source[key], base)), key
    if name.endswith(".xml"):
        assert xml["attachments"] == source["attachments"]  # with their type
    # logos: as the file says in JSON; the XSD wants absolute urls, so resolved in XML
    assert js["logo"] == source["logo"]
    if source["logo"]:
        base = doc["schedule"].get("base_url")
        assert base == "https://fahrplan.events.ccc.de/camp/2019/Fahrplan/"
        assert sum(xml["logo"].values()) == COUNTS[name][2]
        assert all(
            url.startswith("https://fahrplan.events.ccc.de/system/") for _e, url in xml["logo"]
        )


def test_ical_carries_attachments_and_links(tmp_path_factory) -> None:
    path, _report = imported_store("frab-camp2019.json", tmp_path_factory.getbasetemp())
    data = load(path)
    cal = icalendar.Calendar.from_ical(export_ical(data)[0])
    events = cal.walk("VEVENT")

    def values(e: Any, key: str) -> list[str]:
        found = e.get(key)
        return (
            []
            if found is None
            else [str(v) for v in found]
            if isinstance(found, list)
            else [str(found)]
        )

    attach = [a for e in events for a in values(e, "attach")]
    assert len(attach) == 12
    assert all(a.startswith("https://fahrplan.events.ccc.de/") for a in attach)
    by_uid = {str(e.get("uid")): e for e in events}
    for x in data.sessions:
        description = str(by_uid[f"{x.guid}@confdesk"].get("description") or "")
        assert all(r.url in description and r.title in description for r in x.links), x.title
    assert sum(1 for e in events if e.get("url")) == sum(1 for x in data.sessions if x.url)


def _democon_with_everything(tmp: Path) -> Path:
    """democon with what the c3voc JSON has a place for and democon leaves empty."""
    doc = json.loads((SCHEDULES / "pretalx-democon.json").read_text("utf-8"))
    events = json_events(doc)
    for n, ev in enumerate(events[:6]):
        ev["feedback_url"] = f"https://pretalx.example/democon/talk/{ev['id']}/feedback/"
        ev["origin_url"] = f"https://pretalx.example/democon/talk/{ev['id']}/"
        ev["logo"] = f"https://pretalx.example/media/logo{n}.png"
        ev["do_not_stream"] = n % 2 == 0
        ev["code"] = f"CODE{n}X"
        ev["links"] = [
            {"url": f"https://example.org/{n}/video", "title": "Video", "type": "media"},
            {"url": f"https://example.org/{n}/blog", "title": "Blog post"},
        ]
        ev["attachments"] = [
            {"url": f"https://pretalx.example/media/{n}.pdf", "title": "Slides", "type": "slides"}
        ]
    for p in (p for ev in events for p in ev["persons"]):
        p["guid"] = str(uuid.uuid5(uuid.NAMESPACE_URL, f"acct:{p['code']}@democon"))
    path = tmp / "democon-full.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def _with_everything_xml(tmp: Path) -> Path:
    """31C3 with feedback and origin urls, logos, attachments and event codes."""
    root = ET.parse(SCHEDULES / "31c3-schedule.xml").getroot()
    for n, ev in enumerate(list(root.iter("event"))[:8]):
        eid = ev.get("id")
        ET.SubElement(ev, "feedback_url").text = f"https://frab.example/31c3/{eid}/feedback"
        ET.SubElement(ev, "origin_url").text = f"https://frab.example/31c3/{eid}"
        ET.SubElement(ev, "logo").text = f"https://frab.example/logos/{eid}.png"
        ev.set("code", f"C3{n:04d}")
        atts = ev.find("attachments")
        if atts is None:
            atts = ET.SubElement(ev, "attachments")
        att = ET.SubElement(
            atts, "attachment", href=f"https://frab.example/{eid}.pdf", type="slides"
        )
        att.text = "Slides"
    path = tmp / "31c3-full.xml"
    path.write_bytes(ET.tostring(root, encoding="utf-8"))
    return path


FIELDS = ("links", "attachments", "logo", "feedback_url", "origin_url", "do_not_stream", "code")


def _kept(data: ScheduleData) -> dict[str, tuple[Any, ...]]:
    return {
        x.external_id or x.title: tuple(
            [getattr(x, f) for f in FIELDS]
            + [tuple(sorted((p.name, p.guid, p.code, p.bio) for p in x.speakers))]
        )
        for x in data.sessions
    }


@pytest.mark.parametrize("built", ["json", "xml"])
@pytest.mark.parametrize("fmt", ["xml", "json"])
def test_everything_kept_round_trips(
    tmp_path: Path, xsd, json_validator, built: str, fmt: str
) -> None:
    source = (
        _democon_with_everything(tmp_path) if built == "json" else _with_everything_xml(tmp_path)
    )
    _report, first = import_into(tmp_path, source, "first.sqlite", "Europe/Berlin")
    kept = _kept(first)
    assert sum(1 for v in kept.values() if v[2]) == (6 if built == "json" else 8)  # logos
    assert sum(1 for x in first.sessions if x.feedback_url and x.origin_url) in (6, 8)
    if built == "json":
        assert sum(1 for x in first.sessions if x.do_not_stream is True) == 3
        assert sum(1 for x in first.sessions if x.do_not_stream is False) == 3
    src = source_refs(source)
    raw = export_xml(first) if fmt == "xml" else export_json(first)
    if fmt == "xml":
        assert xsd.validate(etree.fromstring(raw)), xsd.error_log
        out = xml_refs(ET.fromstring(raw))
        for key in ("feedback", "origin", "logo"):
            assert out[key] == src[key], key
        codes = Counter(e.get("code") for e in ET.fromstring(raw).iter("event") if e.get("code"))
        built_codes = [f"C3{n:04d}" for n in range(8)] if built == "xml" else []
        assert codes == Counter(built_codes or [f"CODE{n}X" for n in range(6)])
    else:
        doc = json.loads(raw)
        assert [e.message for e in json_validator.iter_errors(doc)] == []
        out = json_refs(doc)
        for key in ("feedback", "origin", "logo", "do_not_stream", "code"):
            assert out[key] == src[key], key
        src = {**src, **{k: _full(src[k], source_base(source)) for k in ("links", "attachments")}}
        assert out["links"] == src["links"]
    for key in ("attachments", "links"):
        assert _pairs(out[key]) == _pairs(src[key]), key
    path = tmp_path / f"out.{fmt}"
    path.write_bytes(raw)
    _report, again = import_into(tmp_path, path, "again.sqlite", "Europe/Berlin")
    back = _kept(again)
    if fmt == "xml":  # the XML has no place for do_not_stream, person codes or biographies

        def strip(v: tuple[Any, ...]) -> tuple[Any, ...]:
            people = tuple((n, g, "", "") for n, g, _c, _b in v[7])
            return (*v[:5], None, v[6], people)

        assert {k: strip(v) for k, v in back.items()} == {k: strip(v) for k, v in kept.items()}
    else:  # the JSON writes urls as full addresses (see as_uri)
        assert back == {k: _as_uris(v, first.sessions[0].base_url) for k, v in kept.items()}


def _as_uris(v: tuple[Any, ...], base: str) -> tuple[Any, ...]:
    links, attachments = (
        tuple(dataclasses.replace(r, url=as_uri(r.url, base)) for r in refs) for refs in v[:2]
    )
    return (links, attachments, v[2], as_uri(v[3], base), as_uri(v[4], base), *v[5:])


def test_release_snapshots_keep_what_was_imported(tmp_path: Path) -> None:
    _report, data = import_into(tmp_path, _democon_with_everything(tmp_path), "r.sqlite", "UTC")
    again = schedule_from_dict(json.loads(json.dumps(schedule_to_dict(data))))
    assert _kept(again) == _kept(data)
    assert [p.guid for p in again.speakers] == [p.guid for p in data.speakers]


def test_the_report_notes_a_session_with_links_it_could_not_read(tmp_path: Path) -> None:
    doc = json.loads((SCHEDULES / "pretalx-democon.json").read_text("utf-8"))
    ev = json_events(doc)[0]
    ev["links"] = [{"title": "no url"}, "just text", {"url": "https://ok.example/", "title": "ok"}]
    path = tmp_path / "odd.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    report, data = import_into(tmp_path, path, "o.sqlite", "UTC")
    x = next(x for x in data.sessions if x.external_id == str(ev["id"]))
    assert [(r.url, r.title) for r in x.links] == [("https://ok.example/", "ok")]
    assert any(f"event {ev['id']}" in n and "2 links" in n for n in report.skipped)


def _source_titles(path: Path) -> Counter[str]:
    """Every event's title as the file writes it (its ends trimmed, nothing else)."""
    raw = path.read_bytes()
    if path.suffix == ".xml":
        titles = [ev.findtext("title") or "" for ev in ET.fromstring(raw).iter("event")]
    else:
        titles = [str(ev.get("title") or "") for ev in json_events(json.loads(raw))]
    return Counter(t.strip(" \t\r\n") for t in titles)


@pytest.mark.parametrize("name", FILES)
def test_titles_keep_their_runs_of_spaces_and_no_break_spaces(tmp_path_factory, name: str) -> None:
    """DebConf23's "  " (event 105), FOSDEM's no-break space (event 10770): a title comes in,
    and goes out in every format, as the file wrote it."""
    path, _report = imported_store(name, tmp_path_factory.getbasetemp())
    data = load(path)
    source = _source_titles(SCHEDULES / name)
    assert Counter(x.title for x in data.sessions) == source
    if name.startswith(("debconf23", "fosdem")):
        assert any("  " in t or "\xa0" in t for t in source)  # the file has such titles
    xml = Counter(ev.findtext("title") for ev in ET.fromstring(export_xml(data)).iter("event"))
    assert xml == source
    assert Counter(str(ev["title"]) for ev in json_events(json.loads(export_json(data)))) == source


def test_room_guids_go_out_as_they_came_in(tmp_path_factory) -> None:
    """pretalx democon names its rooms' guids: every export carries them unchanged (they
    were made from the room's name before). democon gives its two rooms one guid: it stays
    the first's, the second goes out with one made from its name (a guid names one room)."""
    path, _report = imported_store("pretalx-democon.json", tmp_path_factory.getbasetemp())
    data = load(path)
    source = json.loads((SCHEDULES / "pretalx-democon.json").read_text("utf-8"))
    given = [(r["name"], r["guid"]) for r in source["schedule"]["conference"]["rooms"]]
    assert given[0][1] == given[1][1]  # the file's own quirk
    want = {given[0][0]: given[0][1], given[1][0]: guid_for("confdesk-room", given[1][0])}
    assert {r.name: r.guid for r in data.rooms} == {given[0][0]: given[0][1], given[1][0]: ""}
    root = ET.fromstring(export_xml(data))
    assert {r.get("name"): r.get("guid") for r in root.findall("day/room")} == want
    rooms = json.loads(export_json(data))["schedule"]["conference"]["rooms"]
    assert {r["name"]: r["guid"] for r in rooms} == want
    from desktop.core.schedule.interchange.schedule2 import export_schedule2

    rooms2 = json.loads(export_schedule2(data))["schedule"]["conference"]["rooms"]
    assert {r["name"]: r["guid"] for r in rooms2} == want
