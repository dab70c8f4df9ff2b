"""NUL bytes and other control characters never reach the database, from any source.

SQLite stores a NUL; PostgreSQL refuses it and fails the whole import with an internal error.
The real sources: a CSV with a NUL past its first 64 KB (where the sniffer does not look), in
a name, the notes and an extra column; an XLSX whose cells carry `_x0000_`-style escapes (how
Excel stores characters XML cannot hold); a schedule JSON with `\\u0000` in a title, an
abstract, a speaker's name and biography. Each is imported on SQLite and on a real PostgreSQL
server, and then every text column of every row is read back.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
from sqlalchemy import String, Text, select

from db.models import Base
from desktop.core.attendee_import import import_file
from desktop.core.events import current_event
from desktop.core.schedule.interchange.importing import import_schedule

CONTROLS = "\x00\x01\x08\x0b\x1b\x7f\x85"


def stored_text(store: Any) -> list[str]:
    """Every value of every text column of every table."""
    values: list[str] = []
    with store.session() as s:
        for table in Base.metadata.sorted_tables:
            cols = [c for c in table.columns if isinstance(c.type, String | Text)]
            if cols:
                for row in s.execute(select(*cols)):
                    values += [v for v in row if isinstance(v, str)]
    return values


def assert_clean(store: Any) -> None:
    values = stored_text(store)
    assert values
    dirty = [v[:40] for v in values if any(c in v for c in CONTROLS)]
    assert not dirty, dirty


def test_a_csv_with_nul_past_64_kb(backend_store: Any, tmp_path: Path) -> None:
    lines = ["Given name,Family name,Email,Notes,Shirt"]
    lines += [f"Given{n},Family{n},p{n}@example.org,note {n},M" for n in range(2000)]
    lines.append('Nul\x00l,Fam\x1bily,nul@example.org,"line one\x00\nline two\x07",X\x00L')
    path = tmp_path / "nul.csv"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8", newline="")
    assert path.read_bytes().index(b"\x00") > 65536
    with backend_store.write_session() as s:
        result = import_file(s, current_event(s), path)
    assert result.applied and result.created == 2001, result.summary()
    assert_clean(backend_store)
    with backend_store.session() as s:
        from db.models import Attendee

        person = s.scalars(select(Attendee).where(Attendee.email == "nul@example.org")).one()
        assert (person.given_name, person.family_name) == ("Null", "Family")
        assert person.notes == "line one\nline two"  # the line break is kept
        assert "XL" in json.dumps(person.extra)


def test_xlsx_cells_with_escaped_controls(backend_store: Any, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Given name", "Family name", "Email", "Notes"])
    ws.append(["GIVEN", "FAMILY", "x@example.org", "NOTES"])
    buf = io.BytesIO()
    wb.save(buf)
    path = tmp_path / "escaped.xlsx"
    with (
        zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zin,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout,
    ):
        for item in zin.infolist():
            data = zin.read(item.filename)
            for word, escaped in (
                (b"GIVEN", b"Ni_x0000_na"),
                (b"FAMILY", b"Ch_x001B_an"),
                (b"NOTES", b"first_x000D__x000A_second_x0007_"),
            ):
                data = data.replace(word, escaped)
            zout.writestr(item, data)
    with backend_store.write_session() as s:
        result = import_file(s, current_event(s), path)
    assert result.applied and result.created == 1, result.summary()
    assert_clean(backend_store)
    with backend_store.session() as s:
        from db.models import Attendee

        person = s.scalars(select(Attendee)).one()
        assert (person.given_name, person.family_name) == ("Nina", "Chan")
        assert person.notes == "first\r\nsecond"


def test_a_schedule_json_with_nul(backend_store: Any, tmp_path: Path) -> None:
    doc = {
        "schedule": {
            "version": "1",
            "conference": {
                "title": "Con\u0000trol",
                "acronym": "ctl",
                "time_zone_name": "Asia/Hong_Kong",
                "days": [
                    {
                        "index": 1,
                        "date": "2026-12-03",
                        "rooms": {
                            "Hall\u0000 A": [
                                {
                                    "id": 1,
                                    "guid": "44444444-4444-4444-8444-444444444444",
                                    "date": "2026-12-03T10:00:00+08:00",
                                    "duration": "00:45",
                                    "title": "Open\u0000ing\u001b[31m",
                                    "abstract": "An\u0000 abstract\nwith two lines\u0007",
                                    "description": "De\u0000scription",
                                    "track": "Ma\u0000in",
                                    "type": "lec\u0000ture",
                                    "persons": [
                                        {"id": 9, "public_name": "Ada\u0000 Lovelace",
                                         "biography": "Bio\u0000graphy"}
                                    ],
                                }
                            ]
                        },
                    }
                ],
            },
        }
    }  # fmt: skip
    path = tmp_path / "nul.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with backend_store.write_session() as s:
        report = import_schedule(s, path, other_days=True)
    assert report.sessions_created == 1, report
    assert_clean(backend_store)
    with backend_store.session() as s:
        from db.models import Session as SessionRow

        row = s.scalars(select(SessionRow)).one()
        assert row.title.startswith("Opening")
        assert row.abstract == "An abstract\nwith two lines"
