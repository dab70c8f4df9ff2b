"""Indico tickets at the desk (issue 12, section 4): the QR code of an Indico ticket holds
JSON (registrant id, check-in secret); once the Indico export with its ticket column is
imported, scanning it checks the registrant in. The QR is made and read back for real
(qrcode, zbarimg), as a scanner reads the printed ticket."""

from __future__ import annotations

import json
from pathlib import Path

import qrcode

from desktop.core.checkin import Outcome, scan
from tests.core.import_support import run_import, write_csv
from tests.pdf.helpers import decode_qr

SECRET = "3f2504e0-4f89-11d3-9a0c-0305e82c3301"
HEADER = ["ID", "Name", "Email", "Registration state", "Ticket UUID"]
ROWS = [
    ["7", "陳大文", "tm@example.hk", "complete", SECRET],
    ["8", "Ada Lovelace", "ada@example.org", "complete", "9b2c7a10-5d4e-4f6a-8b9c-0d1e2f3a4b5c"],
]


def indico_qr(tmp_path: Path, registrant: int, secret: str) -> str:
    """What a scanner reads from an Indico ticket: its QR, as Indico encodes it."""
    data = {
        "registrant_id": registrant,
        "checkin_secret": secret,
        "event_id": "1234",
        "server_url": "https://indico.example.org",
        "version": 1,
    }
    png = tmp_path / f"ticket-{registrant}.png"
    qrcode.make(json.dumps(data)).save(str(png))
    (read,) = decode_qr(png)
    return read


def test_an_indico_ticket_checks_in_its_registrant(store, tmp_path: Path) -> None:
    result = run_import(store, write_csv(tmp_path / "indico.csv", HEADER, ROWS))
    assert (result.preset, result.created) == ("indico", 2)
    code = indico_qr(tmp_path, 90211, SECRET)  # Indico's own id, not the export's "ID"
    with store.session() as s:
        first = scan(s, code, "Desk 1")
    assert first.outcome is Outcome.CHECKED_IN
    assert first.attendee is not None and first.attendee.name_local == "陳大文"
    with store.session() as s:
        again = scan(s, code, "Desk 2")
    assert again.outcome is Outcome.ALREADY


def test_a_forged_or_unknown_indico_ticket_admits_no_one(store, tmp_path: Path) -> None:
    run_import(store, write_csv(tmp_path / "indico.csv", HEADER, ROWS))
    forged = indico_qr(tmp_path, 7, "00000000-0000-4000-8000-000000000000")
    with store.session() as s:
        result = scan(s, forged, "Desk 1")
        assert result.outcome is Outcome.UNKNOWN and result.attendee is None
        # broken JSON, or JSON that is no ticket, is no one's code either
        for text in ('{"registrant_id": 7', '{"registrant_id": true, "checkin_secret": 1}', "[]"):
            assert scan(s, text, "Desk 1").attendee is None


def test_an_eventbrite_barcode_is_a_ticket_code(store, tmp_path: Path) -> None:
    header = ["Order #", "Attendee #", "First Name", "Last Name", "Email", "Ticket Type",
              "Barcode #", "Attendee Status"]  # fmt: skip
    rows = [["1234567890", "987654321", "Mei", "Wong", "mei@example.hk", "General Admission",
             "1234567890987654321001", "Attending"]]  # fmt: skip
    result = run_import(store, write_csv(tmp_path / "eventbrite.csv", header, rows))
    assert (result.preset, result.created) == ("eventbrite", 1)
    with store.session() as s:
        found = scan(s, "1234567890987654321001", "Desk 1")
    assert found.outcome is Outcome.CHECKED_IN
    assert found.attendee is not None and found.attendee.given_name == "Mei"
