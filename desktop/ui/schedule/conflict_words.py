"""Schedule conflicts (`desktop.core.schedule.conflicts`) in the interface's language.

The core describes a conflict in English for the CLI ("Hall A: “Opening” Thu 03 Dec
09:00-09:45 overlaps “Keynote” Thu 03 Dec 09:30-10:15") and gives the key and values of the
description (`db.words.Words`); the Schedule screen says it from them. A plain
string is shown as it is.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from db.words import Value, Words
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.schedule.style import shown_date

TEMPLATES = {
    "room_double_booked_room": QT_TRANSLATE_NOOP(
        "ConflictWords", "{room}: “{a}” {a_when} overlaps “{b}” {b_when}"
    ),
    "room_double_booked_plenary": QT_TRANSLATE_NOOP(
        "ConflictWords", "{room} during a plenary: “{a}” {a_when} overlaps “{b}” {b_when}"
    ),
    "room_double_booked_plenaries": QT_TRANSLATE_NOOP(
        "ConflictWords", "two plenaries: “{a}” {a_when} overlaps “{b}” {b_when}"
    ),
    "speaker_double_booked": QT_TRANSLATE_NOOP(
        "ConflictWords", "{name} is in “{a}” {a_when} and “{b}” {b_when}"
    ),
    "tight_changeover": QT_TRANSLATE_NOOP(
        "ConflictWords",
        "{name} has {gap} min from “{a}” ({a_room}, ends {a_end}) to “{b}” ({b_room}, "
        "{b_start}); needs {needs}",
    ),
    "speaker_unavailable": QT_TRANSLATE_NOOP(
        "ConflictWords", "{name} is not available for “{a}” {a_when}"
    ),
    "room_unavailable": QT_TRANSLATE_NOOP(
        "ConflictWords", "{room} is not available for “{a}” {a_when}"
    ),
    "over_capacity": QT_TRANSLATE_NOOP(
        "ConflictWords", "“{a}” expects {expected} people; {room} holds {capacity}"
    ),
    "outside_event_days": QT_TRANSLATE_NOOP(
        "ConflictWords", "“{a}” on {day} is outside the event ({first} - {last})"
    ),
    "no_time": QT_TRANSLATE_NOOP("ConflictWords", "“{a}” has no time yet"),
    "no_room": QT_TRANSLATE_NOOP("ConflictWords", "“{a}” has no room yet"),
    "draft": QT_TRANSLATE_NOOP("ConflictWords", "“{a}” is still a draft"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConflictWords", text)


def _when(start: Value | None, end: Value | None) -> str:
    """ "Thu 03 Dec 09:00-09:45" in the interface's language."""
    if not isinstance(start, dt.datetime) or not isinstance(end, dt.datetime):
        return ""
    day = shown_date(start, QCoreApplication.translate("ConflictWords", "ddd dd MMM"))
    return f"{day} {start:%H:%M}-{end:%H:%M}"


def say(message: str) -> str:
    """A conflict's description in the interface's language (a plain string as it is)."""
    if not isinstance(message, Words) or message.key not in TEMPLATES:
        return message
    v = message.values
    values: dict[str, object] = {k: x for k, x in v.items() if not isinstance(x, dt.date)}
    values["a_when"] = _when(v.get("a_start"), v.get("a_end"))
    values["b_when"] = _when(v.get("b_start"), v.get("b_end"))
    formats = {
        "day": QCoreApplication.translate("ConflictWords", "ddd dd MMM yyyy"),
        "first": QCoreApplication.translate("ConflictWords", "dd MMM"),
        "last": QCoreApplication.translate("ConflictWords", "dd MMM yyyy"),
    }
    for key, fmt in formats.items():
        x = v.get(key)
        if isinstance(x, dt.date):
            values[key] = shown_date(x, fmt)
    try:
        return _tr(TEMPLATES[message.key]).format(**values)
    except (KeyError, IndexError, ValueError):  # a translation with a wrong placeholder
        return message
