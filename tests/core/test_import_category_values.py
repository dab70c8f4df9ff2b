"""Ticket type becomes the category: value rules for the category column (glob patterns, any
case), a default for other values, both saved with the mapping for the next file with these
columns. A real pretix check-in list export and an Eventbrite-style file, through the CLI."""

from __future__ import annotations

import subprocess
from pathlib import Path

from sqlalchemy import select

from db.engine import open_store
from db.models import Attendee
from desktop.core.attendee_import.validate import category_of
from tests.conftest import TEST_DATA
from tests.tools import confdesk

PRETIX = TEST_DATA / "attendees" / "pretix_checkinlist_test_csv_simple.csv"
EVENTBRITE = (
    "Order #,First Name,Last Name,Email,Ticket Type\n"
    "1001,Ada,Lovelace,ada@example.org,Speaker Pass\n"
    "1002,Bob,Li,bob@example.org,General Admission\n"
    "1003,Cy,Wu,cy@example.org,VIP Gold\n"
    "1004,Dee,Ho,dee@example.org,Early Bird\n"
    "1005,Eve,Ng,eve@example.org,講者\n"
)


def _cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return confdesk("--db", str(db), *args)


def _categories(db: Path) -> dict[str, str]:
    store = open_store(str(db))
    with store.factory() as s:
        rows = s.execute(select(Attendee.given_name, Attendee.category)).all()
    store.close()
    return dict(rows)


def test_rules_then_words_then_the_default() -> None:
    rules = [("VIP*", "vip"), ("general admission", "attendee")]
    assert category_of("vip gold", rules) == "vip"
    assert category_of("GENERAL ADMISSION", rules) == "attendee"
    assert category_of("Speaker", rules) == "speaker"  # the usual words still count
    assert category_of("Early Bird", rules) is None
    assert category_of("Early Bird", rules, "student") == "student"
    assert category_of("", rules) == "attendee"


def test_a_pretix_product_column_becomes_the_category(event_db: Path) -> None:
    refused = _cli(event_db, "attendees", "import", str(PRETIX), "--map", "Product=category")
    assert refused.returncode == 1 and "unknown category 'Ticket'" in refused.stdout
    assert _categories(event_db) == {}  # all or nothing
    done = _cli(
        event_db, "attendees", "import", str(PRETIX), "--map", "Product=category",
        "--category-value", "Ticket=speaker",
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert _categories(event_db) == {"Peter": "speaker", "Andrea": "speaker"}


def test_rules_and_default_are_kept_for_the_next_file(event_db: Path, tmp_path: Path) -> None:
    csv = tmp_path / "eventbrite.csv"
    csv.write_text(EVENTBRITE, encoding="utf-8")
    first = _cli(
        event_db, "attendees", "import", str(csv), "--map", "Ticket Type=category",
        "--category-value", "general*=attendee", "--category-value", "VIP*=vip",
        "--category-value", "Speaker Pass=speaker", "--category-default", "student",
    )  # fmt: skip
    assert first.returncode == 0, first.stdout + first.stderr
    assert _categories(event_db) == {
        "Ada": "speaker",
        "Bob": "attendee",
        "Cy": "vip",
        "Dee": "student",
        "Eve": "speaker",  # 講者: the usual words, in Chinese too
    }
    # The next export from the same system, someone new: no rules given, the saved ones hold.
    csv.write_text(EVENTBRITE + "1006,Fay,Lo,fay@example.org,VIP Platinum\n", encoding="utf-8")
    again = _cli(event_db, "attendees", "import", str(csv))
    assert again.returncode == 0, again.stdout + again.stderr
    assert _categories(event_db)["Fay"] == "vip"


def test_bad_rules_are_one_clear_line(event_db: Path, tmp_path: Path) -> None:
    csv = tmp_path / "eventbrite.csv"
    csv.write_text(EVENTBRITE, encoding="utf-8")
    for args, words in (
        (("--category-value", "Speaker"), "use VALUE=category"),
        (("--category-value", "Speaker=keynote"), "unknown category 'keynote'"),
        (("--category-default", "<b>"), "unknown category '<b>'"),
    ):
        run = _cli(
            event_db, "attendees", "import", str(csv), "--map", "Ticket Type=category", *args
        )
        assert run.returncode == 2, (args, run.stderr)
        assert words in run.stderr and "Traceback" not in run.stderr
    assert _categories(event_db) == {}


def test_a_value_with_glob_characters_is_matched_as_written() -> None:
    from desktop.core.attendee_import.validate import literal_pattern

    value = "Ticket [Early Bird] *2*"
    rule = [(literal_pattern(value), "speaker")]
    assert category_of(value, rule) == "speaker"
    assert category_of("Ticket E *2*", rule) is None


def test_the_eventbrite_ticket_type_is_the_category_without_any_option(
    event_db: Path, tmp_path: Path
) -> None:
    """The Eventbrite preset reads Ticket Type as the category: its words (Speaker, VIP...)
    count, any other ticket is an attendee; so `badges --category speaker` finds the speakers."""
    csv = tmp_path / "eventbrite.csv"
    rows = EVENTBRITE.replace("Speaker Pass", "Speaker").splitlines()
    # Eventbrite's attendee report names each attendee: the preset is known by that column.
    rows = [f"{r.split(',', 1)[0]},{'Attendee #' if i == 0 else 5000 + i},{r.split(',', 1)[1]}" for i, r in enumerate(rows)]  # fmt: skip
    csv.write_text("\n".join(rows) + "\n", encoding="utf-8")
    done = _cli(event_db, "attendees", "import", str(csv))
    assert done.returncode == 0, done.stdout + done.stderr
    assert _categories(event_db) == {
        "Ada": "speaker",
        "Bob": "attendee",
        "Cy": "attendee",  # "VIP Gold" is no word of its own: a rule makes it vip
        "Dee": "attendee",
        "Eve": "speaker",
    }
    listed = _cli(event_db, "attendees", "list", "--category", "speaker", "--json")
    assert listed.returncode == 0 and "Lovelace" in listed.stdout and "Li" not in listed.stdout
