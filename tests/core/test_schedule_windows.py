"""Availability windows as typed (desktop.core.schedule.windows), read the same way by the
speakers' and rooms' dialogs and by `confdesk schedule ... --available`."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from desktop.core.schedule.windows import format_windows, parse_windows, summary

HK = zoneinfo.ZoneInfo("Asia/Hong_Kong")
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")


def test_windows_round_trip_in_the_events_zone() -> None:
    text = "2026-12-04 09:00 - 2026-12-05 12:00\n2026-12-03 9:00-18:00"
    got = parse_windows(text, HK)
    assert got == [
        (dt.datetime(2026, 12, 3, 9, tzinfo=HK), dt.datetime(2026, 12, 3, 18, tzinfo=HK)),
        (dt.datetime(2026, 12, 4, 9, tzinfo=HK), dt.datetime(2026, 12, 5, 12, tzinfo=HK)),
    ]
    assert parse_windows(format_windows(got), HK) == got
    assert summary([]) == "always" and parse_windows("  \n", HK) == []


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("2026-12-03 18:00-09:00", "line 1: the window ends before it starts"),
        ("2026-02-30 09:00-10:00", "impossible date or time"),
        ("tomorrow morning", "is not a window"),
        # 02:30 on the night the clocks go forward is no time at all in Berlin.
        (
            "2026-03-29 02:30-04:00",
            "2026-03-29 02:30 does not exist in Europe/Berlin (the clocks change)",
        ),
    ],
)
def test_a_bad_window_names_its_line(text: str, why: str) -> None:
    with pytest.raises(ValueError, match=why.replace("(", r"\(").replace(")", r"\)")):
        parse_windows("2026-12-01 09:00-10:00\n" + text if "line 1" not in why else text, BERLIN)
