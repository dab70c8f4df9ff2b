"""Real schedules imported once per test run and shared by the schedule test modules.

Each file goes into its own SQLite store under pytest's base temp folder; tests only read
these stores (they copy them when they need to write).
"""

from __future__ import annotations

import functools
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


@functools.cache
def voc_xsd() -> Any:
    """The c3voc schedule XSD every XML export validates against (parsed once)."""
    from lxml import etree

    return etree.XMLSchema(etree.parse(str(SCHEDULES / "voc-schedule.xml.xsd")))


@functools.cache
def voc_json_validator() -> Any:
    """A validator of the c3voc schedule JSON schema, formats checked (built once)."""
    import json

    import jsonschema

    schema = json.loads((SCHEDULES / "voc-schedule-schema.json").read_text("utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


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
