"""The speakers list as CSV and vCard (issue 12, section 3): `confdesk schedule export
speakers.csv | speakers.vcf`, read back as a spreadsheet and a phone would read them."""

from __future__ import annotations

import csv
import io
import stat
from pathlib import Path

import pytest
import vobject

from desktop.cli import main
from tests.core.schedule_support import imported_store

CHAN = "陳大文"
TRICKY = '=HYPERLINK("http://evil.example","x")'


def _democon(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    source, _report = imported_store("pretalx-democon.json", tmp_path_factory.getbasetemp())
    db = tmp_path / "democon.sqlite"
    db.write_bytes(source.read_bytes())
    return db


def _cli(capsys: pytest.CaptureFixture, db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), "schedule", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def _add_chan(capsys: pytest.CaptureFixture, db: Path) -> None:
    code, _out, err = _cli(
        capsys,
        db,
        "speaker",
        "add",
        "Tai Man Chan",
        "--name-local",
        CHAN,
        "--organization",
        TRICKY,
        "--title",
        "Chief Scientist, Lab; Robotics",
        "--email",
        "tm.chan@example.hk",
        "--bio",
        "Works on speech.\nLikes 🤖 and العربية.",
    )
    assert code == 0, err


def test_the_speakers_list_as_csv_reads_back_in_a_spreadsheet(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, capsys
) -> None:
    db = _democon(tmp_path, tmp_path_factory)
    _add_chan(capsys, db)
    out = tmp_path / "speakers.csv"
    code, said, err = _cli(capsys, db, "export", str(out))
    assert (code, err) == (0, "")
    assert said.strip() == f"wrote 28 speakers of 36 sessions to {out}"
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a spreadsheet then reads the Chinese as Chinese
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == 28
    assert list(rows[0]) == [
        "Name",
        "Chinese name",
        "Organization",
        "Title",
        "Email",
        "Sessions",
        "Biography",
        "Guid",
        "Code",
    ]
    chan = next(r for r in rows if r["Chinese name"] == CHAN)
    assert chan["Organization"] == "'" + TRICKY  # text, never a formula
    assert chan["Title"] == "Chief Scientist, Lab; Robotics"
    assert chan["Biography"] == "Works on speech.\nLikes 🤖 and العربية."
    assert chan["Sessions"] == ""  # no session yet
    # democon's Brian Robinson: his code from pretalx, his sessions in time order (in UTC,
    # the zone democon names)
    brian = next(r for r in rows if r["Name"] == "Brian Robinson")
    assert brian["Code"] == "NQTF8Y"
    lines = brian["Sessions"].split("; ")
    assert lines[0] == "2020-12-14 08:00 Gray Room: Focused 5thgeneration hardware"
    assert lines == sorted(lines)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600  # e-mail addresses: the user's alone


def test_the_speakers_list_as_vcard_reads_back_on_a_phone(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, capsys
) -> None:
    db = _democon(tmp_path, tmp_path_factory)
    _add_chan(capsys, db)
    out = tmp_path / "speakers.vcf"
    code, said, _err = _cli(capsys, db, "export", str(out))
    assert code == 0 and said.startswith("wrote 28 speakers")
    raw = out.read_bytes()
    assert b"\r\n" in raw and all(len(line) <= 75 for line in raw.split(b"\r\n"))  # folded
    cards = list(vobject.readComponents(raw.decode("utf-8")))
    assert len(cards) == 28
    chan = next(c for c in cards if c.fn.value == "Tai Man Chan")
    assert (chan.n.value.family, chan.n.value.given) == ("Chan", "Tai Man")
    assert chan.nickname.value == CHAN
    assert chan.org.value == [TRICKY]  # a phone shows it as typed
    assert chan.title.value == "Chief Scientist, Lab; Robotics"
    assert chan.email.value == "tm.chan@example.hk"
    assert chan.note.value == "Works on speech.\nLikes 🤖 and العربية."
    brian = next(c for c in cards if c.fn.value == "Brian Robinson")
    assert "2020-12-14 08:00 Gray Room: Focused 5thgeneration hardware" in brian.note.value
    uids = [c.uid.value for c in cards]
    assert len(set(uids)) == 28 and all(u.startswith("urn:uuid:") for u in uids)


def test_a_narrowed_speakers_list_holds_the_speakers_of_those_sessions(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, capsys
) -> None:
    db = _democon(tmp_path, tmp_path_factory)
    out = tmp_path / "one.csv"
    code, said, _err = _cli(capsys, db, "export", str(out), "--speaker", "Brian Robinson")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8-sig"))))
    assert [r["Name"] for r in rows] == ["Brian Robinson"]
    assert (
        said.strip()
        == f"wrote 1 speakers of {len(rows[0]['Sessions'].split('; '))} sessions to {out}"
    )
    code, _said, _err = _cli(capsys, db, "export", str(out), "--room", "Gray Room")
    rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8-sig"))))
    assert code == 0 and 0 < len(rows) < 27
    assert all(" Gray Room: " in r["Sessions"] for r in rows)


def test_an_event_without_speakers_writes_no_list(tmp_path: Path, capsys) -> None:
    db = tmp_path / "empty.sqlite"
    assert main(["--db", str(db), "init", "--name", "Empty"]) == 0
    capsys.readouterr()
    out = tmp_path / "speakers.vcf"
    code, _said, err = _cli(capsys, db, "export", str(out))
    assert code == 2
    assert err.strip() == "confdesk: error: no speakers to export; nothing was written"
    assert not out.exists()
