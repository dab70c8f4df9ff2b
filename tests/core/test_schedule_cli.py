"""`confdesk schedule ...`: exit codes, one-line errors, what the user reads."""

from __future__ import annotations

import json
from pathlib import Path

import icalendar
import pytest
from lxml import etree

from desktop.cli import main
from tests.conftest import TEST_DATA

SCHEDULES = TEST_DATA / "schedules"


def run(capsys: pytest.CaptureFixture, db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), "schedule", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_import_conflicts_export_release(event_db: Path, tmp_path: Path, capsys) -> None:
    democon = str(SCHEDULES / "pretalx-democon.json")
    code, out, _ = run(capsys, event_db, "import", democon, "--dry-run")
    assert code == 0
    assert "would import 36 sessions (36 new, 0 updated, 0 unchanged), 2 rooms" in out
    assert "dry run: nothing was changed" in out
    code, out, _ = run(capsys, event_db, "conflicts")
    assert (code, out) == (0, "")  # the dry run left nothing behind

    code, out, _ = run(capsys, event_db, "import", democon, "--json")
    report = json.loads(out)
    assert (code, report["sessions_created"], report["format"]) == (0, 36, "pretalx JSON")

    code, out, err = run(capsys, event_db, "conflicts")
    assert code == 1  # democon double-books a speaker
    assert out.startswith("speaker in two places: ")
    assert err.strip() == f"{len(out.splitlines())} conflicts"
    code, out, _ = run(capsys, event_db, "conflicts", "--json", "--release")
    kinds = {c["kind"] for c in json.loads(out)}
    assert code == 1 and "speaker_double_booked" in kinds

    # a release is refused while there are conflicts, unless forced
    code, _, err = run(capsys, event_db, "release", "v1")
    assert code == 1 and "publish anyway with --force" in err
    code, out, _ = run(capsys, event_db, "release", "v1", "--force", "--notes", "first")
    assert code == 0 and "published release 'v1'" in out
    code, out, _ = run(capsys, event_db, "releases")
    assert code == 0 and "v1" in out and "36 sessions" in out and "first release" in out

    xml_out, ics_out = tmp_path / "out.xml", tmp_path / "room.ics"
    code, out, _ = run(capsys, event_db, "export", str(xml_out), "--release", "latest")
    assert (code, out.strip()) == (0, f"wrote 36 sessions to {xml_out}")
    xsd = etree.XMLSchema(etree.parse(str(SCHEDULES / "voc-schedule.xml.xsd")))
    assert xsd.validate(etree.parse(str(xml_out)))
    code, out, _ = run(capsys, event_db, "export", str(ics_out), "--room", "Gray Room")
    n = len(icalendar.Calendar.from_ical(ics_out.read_bytes()).walk("VEVENT"))
    assert code == 0 and out.strip() == f"wrote {n} sessions to {ics_out}" and 0 < n < 36


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["import", "missing.xml"], "no such file"),
        (["export", "out.pdf"], "export to .xml, .json or .ics"),
        (["export", "/no/such/folder/out.xml"], "no such folder"),
        (["export", "OUT.ics", "--room", "Nowhere"], "no room named 'Nowhere'"),
        (["export", "OUT.xml", "--release", "v9"], "no schedule release 'v9'"),
        (["conflicts", "--changeover", "-5"], "--changeover"),
        (["import", "BOMB", "--timezone", "Mars/Olympus"], "refused"),
        (
            ["import", str(SCHEDULES / "fosdem-2020.xml"), "--timezone", "Mars/Olympus"],
            "unknown time zone",
        ),
    ],
)
def test_errors_are_one_line(
    event_db: Path, tmp_path: Path, capsys, args: list[str], words: str
) -> None:
    bomb = tmp_path / "bomb.xml"
    bomb.write_text('<!DOCTYPE s [<!ENTITY a "aaaa">]><schedule>&a;</schedule>')
    args = [
        str(bomb) if a == "BOMB" else str(tmp_path / a) if a in ("OUT.ics", "OUT.xml") else a
        for a in args
    ]
    code, out, err = run(capsys, event_db, *args)
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("confdesk: error: ")
    assert words in err
    assert "Traceback" not in err + out


def test_show(event_db: Path, capsys) -> None:
    # 31C3 names no zone: the organizer's zone is the one its local times are shown in.
    assert main(["--db", str(event_db), "event", "set", "--tz", "Europe/Berlin"]) == 0
    assert (
        main(["--db", str(event_db), "schedule", "import", str(SCHEDULES / "31c3-schedule.xml")])
        == 0
    )
    capsys.readouterr()
    code, out, _ = run(capsys, event_db, "show", "--day", "2014-12-27", "--room", "saal 1")
    lines = out.splitlines()
    assert code == 0
    assert lines[2].startswith("Saturday 27 December 2014")
    assert (
        lines[3]
        == "  11:00-11:30  Saal 1  31C3 Opening Event  (talk; erdgeist, Geraldine de Bastion)"
    )
    assert all("Saal 1" in line for line in lines[3:])
    code, out, _ = run(capsys, event_db, "show", "--json")
    assert code == 0 and len(json.loads(out)["sessions"]) == 138
    code, _, err = run(capsys, event_db, "show", "--day", "27.12.2014")
    assert code == 2 and "--day is YYYY-MM-DD" in err


def _two_days_xml(path: Path, first: str, second: str) -> Path:
    """A two-day frab XML, one talk a day, in Hong Kong time."""
    days = "".join(
        f'<day index="{i}" date="{d}" start="{d}T09:00:00+08:00" end="{d}T18:00:00+08:00">'
        f'<room name="Hall"><event id="{i}" guid="00000000-0000-4000-8000-00000000000{i}">'
        f"<date>{d}T10:00:00+08:00</date><start>10:00</start><duration>00:30</duration>"
        f"<room>Hall</room><title>Talk {i}</title><type>talk</type></event></room></day>"
        for i, d in ((1, first), (2, second))
    )
    path.write_text(
        "<schedule><conference><title>Two days</title>"
        f"<time_zone_name>Asia/Hong_Kong</time_zone_name></conference>{days}</schedule>"
    )
    return path


def test_import_of_other_days_is_refused_unless_asked(
    event_db: Path, tmp_path: Path, capsys
) -> None:
    """An event on 3-4 Dec 2026 refuses 31C3 (Dec 2014) and warns for a day outside."""
    first = _two_days_xml(tmp_path / "ours.xml", "2026-12-03", "2026-12-04")
    assert run(capsys, event_db, "import", str(first))[0] == 0  # sets the event's days
    c3 = str(SCHEDULES / "31c3-schedule.xml")
    code, out, err = run(capsys, event_db, "import", c3)
    assert code == 2 and out == ""
    assert err.count("\n") == 1
    assert "none of the event's days (03 Dec 2026 to 04 Dec 2026); nothing was imported" in err
    code, out, _ = run(capsys, event_db, "show", "--json")
    assert len(json.loads(out)["sessions"]) == 2  # nothing written

    partly = _two_days_xml(tmp_path / "partly.xml", "2026-12-04", "2026-12-05")
    code, out, err = run(capsys, event_db, "import", str(partly))
    assert code == 0 and "imported 2 sessions" in out
    assert err.splitlines() == [
        "confdesk: warning: Sat 05 Dec 2026 from partly.xml is outside the event's days "
        "(03 Dec 2026 to 04 Dec 2026)"
    ]

    code, out, err = run(capsys, event_db, "import", c3, "--other-days")
    assert code == 0 and "imported 138 sessions" in out
    assert len([w for w in err.splitlines() if w.startswith("confdesk: warning: ")]) == 4


def test_show_refuses_a_day_outside_the_schedule(event_db: Path, capsys) -> None:
    first = _two_days_xml(event_db.parent / "ours.xml", "2026-12-03", "2026-12-04")
    assert run(capsys, event_db, "import", str(first))[0] == 0
    code, out, err = run(capsys, event_db, "show", "--day", "2020-01-01")
    assert (code, out) == (2, "")
    assert err.strip() == (
        "confdesk: error: 2020-01-01 is not a day of this schedule (days: 2026-12-03, 2026-12-04)"
    )
    code, out, _ = run(capsys, event_db, "show", "--day", "2026-12-04")
    assert code == 0 and "Talk 2" in out and "Talk 1" not in out
