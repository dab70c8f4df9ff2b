"""Recording opt-outs and the source's own session types survive import -> export: counted
in each real schedule file independently of the importer, then in Confdesk's XML and JSON."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections import Counter

import pytest

from db.engine import open_store
from desktop.core.schedule.data import load_schedule
from desktop.core.schedule.interchange.exporting import plan_export
from desktop.core.schedule.interchange.frab_json import export_json
from desktop.core.schedule.interchange.frab_xml import export_xml
from tests.conftest import TEST_DATA
from tests.core.schedule_support import imported_store

SCHEDULES = TEST_DATA / "schedules"
FILES = [
    "31c3-schedule.xml",
    "debconf23-schedule.xml",
    "fosdem-2020.xml",
    "frab-camp2019.json",
    "pretalx-democon.json",
]


def _source_counts(name: str) -> tuple[int, Counter[str]]:
    text = (SCHEDULES / name).read_text(encoding="utf-8")
    if name.endswith(".xml"):
        events = ET.fromstring(text).iter("event")
        optouts, types = 0, Counter()
        for ev in events:
            optouts += (ev.findtext("recording/optout") or "").strip() == "true"
            types[(ev.findtext("type") or "").strip()] += 1
        return optouts, types
    data = json.loads(text)
    events = [
        ev
        for day in data["schedule"]["conference"]["days"]
        for evs in day["rooms"].values()
        for ev in evs
    ]
    return sum(1 for ev in events if ev.get("do_not_record") is True), Counter(
        (ev.get("type") or "").strip() for ev in events
    )


@pytest.mark.parametrize("name", FILES)
def test_opt_outs_and_types_go_out_as_they_came_in(name: str, tmp_path_factory) -> None:
    src, report = imported_store(name, tmp_path_factory.getbasetemp())
    store = open_store(str(src))
    with store.factory() as s:
        data = load_schedule(s)
    store.close()
    optouts, types = _source_counts(name)
    plan = plan_export(data)
    xml = export_xml(data, plan).decode("utf-8")
    assert len(re.findall(r"<optout>true</optout>", xml)) == optouts
    out = json.loads(export_json(data, plan))
    events = [
        ev
        for day in out["schedule"]["conference"]["days"]
        for evs in day["rooms"].values()
        for ev in evs
    ]
    assert sum(1 for ev in events if ev["do_not_record"]) == optouts
    # Every type word of the file comes back, as often as it was there.
    assert not report.skipped
    exported = Counter(ev["type"] for ev in events)
    assert exported == Counter({(t or "talk"): n for t, n in types.items()})
