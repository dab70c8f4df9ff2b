"""People in a schedule merged from several systems (issue 12): one person id, two people.

c3voc's merged "stages" schedules join frab and pretalx instances whose person ids overlap.
The merged file here is 31C3 with a stage of FOSDEM 2020 talks added, as such a merge writes
it: 15 of FOSDEM's person ids are ids 31C3 uses for other people. Every session must keep the
names its file gives, no two names become one speaker, and the report says what was matched
how.
"""

from __future__ import annotations

import uuid
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

from db.engine import open_store
from desktop.core.events import create_event
from desktop.core.schedule.conflicts import find_conflicts
from desktop.core.schedule.data import load_schedule
from desktop.core.schedule.interchange.importing import import_schedule
from tests.core.schedule_support import SCHEDULES


def _people(root: ET.Element) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for p in root.iter("person"):
        out.setdefault(p.get("id") or "", set()).add((p.text or "").strip())
    return out


def _merged(tmp_path: Path) -> tuple[Path, dict[str, list[str]]]:
    """31C3 plus a stage of FOSDEM talks whose speakers' ids clash; the file and, by guid,
    each session's speaker names as the file gives them."""
    congress = ET.parse(SCHEDULES / "31c3-schedule.xml").getroot()
    fosdem = ET.parse(SCHEDULES / "fosdem-2020.xml").getroot()
    ids31 = _people(congress)
    day = congress.find("day")
    assert day is not None
    stage = ET.SubElement(day, "room", name="FOSDEM stage")
    date = day.get("date")
    clashing: set[str] = set()
    hour = 11
    for ev in fosdem.iter("event"):
        ids = {p.get("id") or "" for p in ev.iter("person")}
        clash = {i for i in ids if i in ids31 and not ids31[i] & _people(ev).get(i, set())}
        if not clash or hour > 20:
            continue
        clashing |= clash
        copy = ET.fromstring(ET.tostring(ev))
        copy.set("guid", str(uuid.uuid5(uuid.NAMESPACE_URL, f"fosdem/{ev.get('id')}")))
        copy.set("id", f"9{ev.get('id')}")
        for tag, text in (("date", f"{date}T{hour:02d}:00:00+01:00"), ("start", f"{hour:02d}:00"),
                          ("duration", "00:45"), ("room", "FOSDEM stage")):  # fmt: skip
            el = copy.find(tag)
            if el is None:
                el = ET.SubElement(copy, tag)
            el.text = text
        stage.append(copy)
        hour += 1
    assert len(clashing) >= 8
    path = tmp_path / "merged.xml"
    ET.ElementTree(congress).write(path, encoding="utf-8", xml_declaration=True)
    said = {
        ev.get("guid") or "": [(p.text or "").strip() for p in ev.iter("person")]
        for ev in congress.iter("event")
    }
    return path, said


def test_one_id_two_people_stay_two_and_every_session_keeps_its_names(tmp_path: Path) -> None:
    path, said = _merged(tmp_path)
    store = open_store(str(tmp_path / "e.sqlite"), create=True)
    with store.session() as s:
        create_event(s, "Merged", "Europe/Berlin")
    with store.session() as s:
        report = import_schedule(s, path)
    with store.session() as s:
        data = load_schedule(s, None)
        conflicts = find_conflicts(s)
    store.close()
    pairs = {(i, n) for i, names in _people(ET.parse(path).getroot()).items() for n in names}
    assert len(data.speakers) == len(pairs)  # every (id, name) is its own speaker
    wrong = {
        x.guid: ([p.name for p in x.speakers], said[x.guid])
        for x in data.sessions
        if x.guid in said and [p.name for p in x.speakers] != said[x.guid]
    }
    assert wrong == {}
    assert not [c for c in conflicts if c.kind == "speaker_double_booked" and "FOSDEM" in c.message]
    assert any("names more than one person" in n for n in report.notes)
    assert report.people_matched.get("new", 0) == len(pairs)


def test_a_second_import_finds_each_person_by_id_and_name(tmp_path: Path) -> None:
    path, _said = _merged(tmp_path)
    store = open_store(str(tmp_path / "e.sqlite"), create=True)
    with store.session() as s:
        create_event(s, "Merged", "Europe/Berlin")
    with store.session() as s:
        first = import_schedule(s, path)
    with store.session() as s:
        again = import_schedule(s, path)
    store.close()
    assert again.speakers_created == 0
    assert Counter(again.people_matched) == Counter({"id and name": first.speakers})
