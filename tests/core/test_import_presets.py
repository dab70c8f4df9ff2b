"""Presets and header mapping: pretix, Eventbrite, Indico, Google Forms, XLSX, Chinese headers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from db.models import Attendee, TicketCode
from desktop.core.attendee_import.mapping import split_full_name, suggest
from tests.conftest import TEST_DATA
from tests.core.import_support import by_email, people, run_import, write_csv

PRETIX = TEST_DATA / "attendees" / "pretix_checkinlist_test_csv_simple.csv"
# The Eventbrite attendee report header list from tests/data/README.md, with two custom
# questions where the report puts them.
EVENTBRITE = ["Order #", "Order Date", "First Name", "Last Name", "Email", "Quantity",
              "Price Tier", "Ticket Type", "Attendee #", "Group", "Order Type", "Currency",
              "Total Paid", "Fees Paid", "Eventbrite Fees", "Eventbrite Payment Processing",
              "Attendee Status", "Home Address 1", "Home Address 2", "Home City", "Home State",
              "Home Zip", "Home Country", "Dietary requirements", "中文姓名", "Job Title",
              "Company"]  # fmt: skip


def test_pretix_checkin_list_sample_through_its_preset(store) -> None:
    result = run_import(store, PRETIX, preset="pretix")
    assert (result.created, result.rejected, result.applied) == (2, 0, True)
    got = people(store)
    assert [(p["given_name"], p["family_name"]) for p in got] == [
        ("Peter", "Jones"),
        ("Andrea", "Zulu"),
    ]
    # Both share the order's e-mail: two people, not one, because their tickets differ.
    assert {p["email"] for p in got} == {"dummy@dummy.test"}
    assert got[0]["tickets"] == [("hutjztuxhkbtwnesv2suqv26k6ttytxx", "pretix")]
    assert got[1]["tickets"] == [("ggsngqtnmhx74jswjngw3fk8pfwz2a7k", "pretix")]
    assert got[0]["external_id"] == "hutjztuxhkbtwnesv2suqv26k6ttytxx"
    assert got[0]["title"] == ""  # "Mr" is an honorific, kept as an extra field
    assert got[0]["extra"]["Attendee name: Title"] == "Mr"
    assert got[0]["order_code"] == "FOO"  # the order: searched and scanned at the desk
    assert "Order code" not in got[0]["extra"]
    assert "Checked in" not in got[0]["extra"]
    # Detected without --preset, and a second import changes nothing.
    again = run_import(store, PRETIX)
    assert again.preset == "pretix"
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)


def eventbrite_rows() -> list[list[str]]:
    base = dict.fromkeys(EVENTBRITE, "")
    rows = []
    for num, first, last, email, status, diet, local, job, company in [
        ("1001", "Ka Yan", "Wong", "KY.Wong@Example.HK", "Attending", "vegetarian", "黃嘉欣",
         "Researcher", "HKUST"),
        ("1002", "José", "Müller", "jose@example.es", "Checked In", "", "", "CTO", "Café Zoë"),
        ("1003", "Sam", "Lee", "sam@example.org", "Not Attending", "halal", "", "", ""),
    ]:  # fmt: skip
        rec = dict(base)
        rec.update({
            "Order #": "555" + num, "Order Date": "2026-08-01 10:00", "First Name": first,
            "Last Name": last, "Email": email, "Quantity": "1", "Ticket Type": "General Admission",
            "Attendee #": num, "Attendee Status": status, "Home Country": "HK",
            "Dietary requirements": diet, "中文姓名": local, "Job Title": job, "Company": company,
        })  # fmt: skip
        rows.append([rec[h] for h in EVENTBRITE])
    return rows


@pytest.mark.parametrize("preset", ["eventbrite", None])
def test_eventbrite_attendee_report(store, tmp_path: Path, preset: str | None) -> None:
    path = write_csv(tmp_path / "report.csv", EVENTBRITE, eventbrite_rows(), encoding="utf-8-sig")
    result = run_import(store, path, preset=preset)
    assert result.preset == "eventbrite"
    assert (result.created, result.rejected) == (3, 0)
    wong = by_email(store, "ky.wong@example.hk")
    assert (wong.external_id, wong.given_name, wong.family_name) == ("1001", "Ka Yan", "Wong")
    assert (wong.name_local, wong.organization, wong.title) == ("黃嘉欣", "HKUST", "Researcher")
    assert wong.country == "HK" and wong.status == "registered"
    assert wong.extra["Dietary requirements"] == "vegetarian"
    assert wong.category == "attendee"  # Ticket Type is the category: General Admission, none
    assert "Ticket Type" not in wong.extra
    jose = by_email(store, "jose@example.es")
    # Eventbrite's "Checked In" is not a Confdesk check-in.
    assert jose.checked_in_at is None and jose.status == "registered"
    assert by_email(store, "sam@example.org").status == "cancelled"


def test_indico_registrants_full_names_split(store, tmp_path: Path) -> None:
    header = ["ID", "Name", "Email Address", "Affiliation", "Country", "Registration date",
              "Modification date", "Registration state", "Created by", "Price", "Checked in",
              "Check-in date", "Payment date", "Tags"]  # fmt: skip
    rows = [
        ["17", "Marie Curie", "mc@example.fr", "Institut du Radium", "FR", "2026-05-01", "",
         "complete", "Marie Curie", "0", "Yes", "2026-05-02", "", "vip"],
        ["18", "CHAN Tai Man", "tm@example.hk", "HKU", "HK", "2026-05-01", "", "complete",
         "", "0", "No", "", "", ""],
        ["19", "歐陽志明", "cm@example.tw", "中央研究院", "TW", "2026-05-03", "", "complete",
         "", "0", "No", "", "", ""],
        ["20", "Ludwig van Beethoven", "lvb@example.de", "", "DE", "2026-05-04", "",
         "withdrawn", "", "0", "No", "", "", ""],
    ]  # fmt: skip
    result = run_import(store, write_csv(tmp_path / "indico.csv", header, rows))
    assert result.preset == "indico" and result.created == 4
    names = {
        p["external_id"]: (p["given_name"], p["family_name"], p["name_local"])
        for p in people(store)
    }
    assert names == {
        "17": ("Marie", "Curie", ""),
        "18": ("Tai Man", "CHAN", ""),
        "19": ("", "", "歐陽志明"),  # the local name only: a badge prints it once
        "20": ("Ludwig", "van Beethoven", ""),
    }
    curie = by_email(store, "mc@example.fr")
    assert curie.organization == "Institut du Radium" and curie.checked_in_at is None
    assert "Checked in" not in curie.extra and curie.extra["Tags"] == "vip"
    assert by_email(store, "lvb@example.de").status == "cancelled"


def test_google_forms_timestamp_and_questions(store, tmp_path: Path) -> None:
    header = ["Timestamp", "Email Address", "Full name", "中文姓名", "Organisation",
              "Which days will you attend?"]  # fmt: skip
    rows = [
        ["2026/09/27 3:00:00 PM GMT+3", "ana@example.org", "Ana Lima", "", "USP", "Day 1, Day 2"],
        ["2026/9/27 下午 4:05:00", "li@example.cn", "李小龙", "李小龙", "北京大学", "Day 2"],
        ["9/28/2026 9:15:30", "bo@example.org", "Bo Ng", "", "", "Day 1"],
    ]  # fmt: skip
    result = run_import(store, write_csv(tmp_path / "form.csv", header, rows))
    assert result.preset == "google-forms" and result.created == 3
    ana = by_email(store, "ana@example.org")
    assert ana.extra["Timestamp"] == "2026-09-27T15:00:00+03:00"
    assert (ana.given_name, ana.family_name, ana.organization) == ("Ana", "Lima", "USP")
    assert ana.extra["Which days will you attend?"] == "Day 1, Day 2"
    li = by_email(store, "li@example.cn")
    assert li.extra["Timestamp"] == "2026-09-27T16:05:00"
    assert (li.family_name, li.given_name, li.name_local) == ("", "", "李小龙")
    assert by_email(store, "bo@example.org").extra["Timestamp"] == "2026-09-28T09:15:30"


def test_xlsx_with_chinese_headers_dates_and_float_phones(store, tmp_path: Path) -> None:
    path = tmp_path / "名單.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "報名"
    ws.append(["編號", "英文名", "英文姓", "中文姓名", "電郵", "機構", "電話", "報名日期"])
    ws.append([1.0, "Tai Man", "Chan", "陳大文", "tm@example.hk", "香港科技園", 85291234567.0,
               dt.datetime(2026, 9, 1, 9, 30)])  # fmt: skip
    ws.append([2.0, "Mei", "Lin", "林美玲", "mei@example.tw", "國立臺灣大學", 886912345678.0,
               dt.date(2026, 9, 2)])  # fmt: skip
    wb.save(path)
    result = run_import(store, path)
    assert (result.kind, result.sheet, result.created) == ("xlsx", "報名", 2)
    chan = by_email(store, "tm@example.hk")
    assert (chan.external_id, chan.given_name, chan.family_name) == ("1", "Tai Man", "Chan")
    assert (chan.name_local, chan.organization, chan.phone) == (
        "陳大文",
        "香港科技園",
        "85291234567",
    )
    assert chan.extra["報名日期"] == "2026-09-01 09:30"
    assert by_email(store, "mei@example.tw").extra["報名日期"] == "2026-09-02"


def test_pretix_secret_is_an_accepted_ticket_code(store) -> None:
    from desktop.core.checkin import Outcome, scan

    run_import(store, PRETIX)
    with store.factory() as s:
        owner = s.scalar(
            select(Attendee.given_name)
            .join(TicketCode, TicketCode.attendee_id == Attendee.id)
            .where(TicketCode.code == "ggsngqtnmhx74jswjngw3fk8pfwz2a7k")
        )
    assert owner == "Andrea"
    # The desk scans the pretix ticket's QR code (its secret): Andrea is checked in.
    with store.session() as s:
        result = scan(s, "ggsngqtnmhx74jswjngw3fk8pfwz2a7k", "Desk 1")
    assert result.outcome is Outcome.CHECKED_IN
    assert result.attendee is not None
    assert (result.attendee.given_name, result.attendee.family_name) == ("Andrea", "Zulu")
    # Importing the same export again keeps the check-in.
    assert run_import(store, PRETIX).unchanged == 2
    with store.factory() as s:
        andrea = s.scalars(select(Attendee).where(Attendee.given_name == "Andrea")).one()
    assert andrea.checked_in_at is not None and andrea.checked_in_desk == "Desk 1"


def test_suggestions_from_english_and_chinese_headers() -> None:
    headers = ["Name", "First Name", "Family name", "姓名", "中文姓名", "電郵", "机构",
               "E-mail", "手機", "職位", "Registration ID", "類別", "T-shirt"]  # fmt: skip
    m = suggest(headers)
    assert m["full_name"] == ["Name", "姓名"]
    assert m["given_name"] == ["First Name"] and m["family_name"] == ["Family name"]
    assert m["name_local"] == ["中文姓名"]
    assert m["email"] == ["電郵", "E-mail"] and m["organization"] == ["机构"]
    assert m["phone"] == ["手機"] and m["title"] == ["職位"]
    assert m["external_id"] == ["Registration ID"] and m["category"] == ["類別"]
    assert "T-shirt" not in {c for cols in m.values() for c in cols}


@pytest.mark.parametrize(
    "full,expected",
    [
        ("Peter Jones", ("Peter", "Jones")),
        ("Mr Peter A Jones", ("Peter A", "Jones")),
        ("Jones, Peter", ("Peter", "Jones")),
        ("CHAN Tai Man", ("Tai Man", "CHAN")),
        ("陳大文", ("大文", "陳")),
        ("司徒美玲", ("美玲", "司徒")),
        ("Ludwig van Beethoven", ("Ludwig", "van Beethoven")),
        ("Madonna", ("Madonna", "")),
        ("محمد عبد الله", ("محمد عبد", "الله")),
    ],
)
def test_full_name_split(full: str, expected: tuple[str, str]) -> None:
    assert split_full_name(full) == expected


def test_pretix_order_export_prefers_the_attendee_email(store, tmp_path: Path) -> None:
    header = ["Order code", "Position ID", "Status", "Email", "Phone number", "Product",
              "Attendee name", "Attendee name: Title", "Attendee name: Given name",
              "Attendee name: Family name", "Attendee email", "Company", "Country",
              "Ticket secret"]  # fmt: skip
    rows = [
        ["ABC12", "1", "Paid", "buyer@example.org", "+85212345678", "Ticket", "Ms Mei Lin",
         "Ms", "Mei", "Lin", "mei@example.tw", "NTU", "TW", "s3cr3t-1"],
        ["ABC12", "2", "Paid", "buyer@example.org", "", "Ticket", "Bo Ng", "", "Bo", "Ng", "",
         "", "HK", "s3cr3t-2"],
        ["XYZ99", "1", "Canceled", "c@example.org", "", "Ticket", "Cy Lo", "", "Cy", "Lo", "",
         "", "", "s3cr3t-3"],
    ]  # fmt: skip
    result = run_import(store, write_csv(tmp_path / "orders.csv", header, rows))
    assert result.preset == "pretix-orders" and result.created == 3
    got = {p["external_id"]: p for p in people(store)}
    assert got["s3cr3t-1"]["email"] == "mei@example.tw"
    assert got["s3cr3t-2"]["email"] == "buyer@example.org"  # no attendee e-mail: the order's
    assert got["s3cr3t-1"]["phone"] == "+85212345678"
    assert got["s3cr3t-3"]["status"] == "cancelled"
    assert got["s3cr3t-2"]["tickets"] == [("s3cr3t-2", "pretix")]
