"""Real schedules imported once per test run and shared by the schedule test modules.

Each file goes into its own SQLite store under pytest's base temp folder; tests only read
these stores (they copy them when they need to write).
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

from db.engine import open_store
from desktop.core.events import create_event
from desktop.core.schedule.interchange.importing import ImportReport, import_schedule
from tests.conftest import TEST_DATA

SCHEDULES = TEST_DATA / "schedules"
REAL_FILES = (
    "31c3-schedule.xml",
    "debconf23-schedule.xml",
    "fosdem-2020.xml",
    "frab-camp2019.json",
    "pretalx-democon.json",
)

XSD_CLASSIC = "voc-schedule-without-person.xml.xsd"


@functools.cache
def voc_xsd(name: str = "voc-schedule.xml.xsd") -> Any:
    """A c3voc schedule XSD (parsed once): the current one every XML export validates
    against, or the older voc-schedule-without-person.xml.xsd the classic export follows."""
    from lxml import etree

    return etree.XMLSchema(etree.parse(str(SCHEDULES / name)))


@functools.cache
def voc_json_validator(name: str = "voc-schedule-schema.json") -> Any:
    """A validator of a c3voc schedule JSON schema (the frab JSON one, or
    voc-schedule-schema2.json), every format it names checked: uri, date-time, uuid...
    (jsonschema's default checker for draft 6 checks none of those)."""
    import json

    import jsonschema

    schema = json.loads((SCHEDULES / name).read_text("utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema, format_checker=jsonschema.FormatChecker())


def schema_errors(validator: Any, doc: Any) -> list[str]:
    """Each error as one line, naming the place (a oneOf error says why each branch failed)."""
    out = []
    for e in validator.iter_errors(doc):
        where = "/".join(str(p) for p in e.absolute_path)
        why = "; ".join(c.message[:120] for c in (e.context or [])[:4])
        out.append(f"{where}: {e.message[:120]}" + (f" ({why})" if why else ""))
    return out


def read_schedule(path: Path) -> Any:
    """The live schedule (ScheduleData) of the event in the store at `path`."""
    from desktop.core.schedule.data import load_schedule

    store = open_store(str(path))
    try:
        with store.session() as s:
            return load_schedule(s, None)
    finally:
        store.close()


@functools.cache
def imported_store(name: str, root: Path) -> tuple[Path, ImportReport]:
    """The path of a store holding `name` imported into an empty event, and the report."""
    path = root / "schedules" / f"{name}.sqlite"
    path.parent.mkdir(parents=True, exist_ok=True)
    store = open_store(str(path), create=True)
    # The organizer's zone, as a real organizer sets it: 31C3 and FOSDEM name none. The
    # others go into an event whose zone nobody chose, so it takes the file's.
    own = {"31c3": "Europe/Berlin", "fosdem": "Europe/Brussels"}.get(name.split("-")[0])
    with store.session() as s:
        create_event(s, "Imported", own)
    zone = "Europe/Brussels" if name.startswith("fosdem") else None
    with store.session() as s:
        report = import_schedule(s, SCHEDULES / name, timezone=zone)
    store.close()
    return path, report


def as_uri(url: str, base: str) -> str:
    """A file's url as the JSON schemas' "uri" format wants it (what the JSON exports write):
    a full address, resolved against the file's base; a bare host ("www.example.org") given
    http://; characters a URI cannot hold (“ ” [ ]) percent-encoded."""
    from urllib.parse import quote, urljoin

    url = url.strip()
    if not url:
        return ""
    if re.match(r"^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+(/|$)", url):
        url = "http://" + url
    elif not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", url):
        url = urljoin(base, url) if base else ""
    return quote(url, safe=":/?#@!$&'()*+,;=%~-._")


def source_base(path: Path) -> str:
    """The base a schedule file's relative urls are relative to (its base_url)."""
    import json
    import xml.etree.ElementTree as ET

    raw = path.read_bytes()
    if path.suffix == ".xml":
        return (ET.fromstring(raw).findtext("conference/base_url") or "").strip()
    sched = json.loads(raw)["schedule"]
    return str(sched.get("base_url") or sched["conference"].get("base_url") or "")
