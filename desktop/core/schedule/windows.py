"""Availability windows as text people type: one window a line, in the event's time zone.

    2026-12-03 09:00-18:00
    2026-12-04 09:00 - 2026-12-05 12:00

Blank text means "always available". The speakers' and rooms' dialogs and
`confdesk schedule speaker|room --available` read windows with the same rules.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from db.words import refusal

Window = tuple[dt.datetime, dt.datetime]

_LINE = re.compile(
    r"^\s*(\d{4}-\d{2}-\d{2})[ T](\d{1,2}:\d{2})\s*(?:-|–|to)\s*"
    r"(?:(\d{4}-\d{2}-\d{2})[ T])?(\d{1,2}:\d{2})\s*$"
)


def parse_windows(text: str, tz: dt.tzinfo) -> list[Window]:
    """Parse the lines of `text` into aware windows; ValueError names the first bad line."""
    out: list[Window] = []
    for n, raw in enumerate(re.split(r"[;\n]", text), 1):
        if not raw.strip():
            continue
        m = _LINE.match(raw)
        if m is None:
            raise ValueError(
                refusal(
                    "line {n}: {raw} is not a window such as 2026-12-03 09:00-18:00",
                    n=n,
                    raw=repr(raw.strip()),
                )
            )
        day, t0, day2, t1 = m.groups()
        try:
            start = dt.datetime.fromisoformat(f"{day} {t0:0>5}").replace(tzinfo=tz)
            end = dt.datetime.fromisoformat(f"{day2 or day} {t1:0>5}").replace(tzinfo=tz)
        except ValueError:
            raise ValueError(
                refusal(
                    "line {n}: {raw} has an impossible date or time", n=n, raw=repr(raw.strip())
                )
            ) from None
        for t in (start, end):
            if t.astimezone(dt.UTC).astimezone(tz).replace(tzinfo=None) != t.replace(tzinfo=None):
                zone = getattr(tz, "key", str(tz))
                raise ValueError(
                    refusal(
                        "line {n}: {t} does not exist in {zone} (the clocks change)",
                        n=n,
                        t=format(t, "%Y-%m-%d %H:%M"),
                        zone=zone,
                    )
                )
        if end <= start:
            raise ValueError(refusal("line {n}: the window ends before it starts", n=n))
        out.append((start, end))
    return sorted(out)


def format_windows(windows: Iterable[Window]) -> str:
    """The text form of windows, one a line (the inverse of `parse_windows`)."""
    lines = []
    for a, b in windows:
        if a.date() == b.date():
            lines.append(f"{a:%Y-%m-%d %H:%M}-{b:%H:%M}")
        else:
            lines.append(f"{a:%Y-%m-%d %H:%M} - {b:%Y-%m-%d %H:%M}")
    return "\n".join(lines)


def summary(windows: Iterable[Window]) -> str:
    """A short one-line form for tables ("always" when there are none)."""
    text = format_windows(windows).replace("\n", "; ")
    return text or "always"
