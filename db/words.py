"""Messages that are English text and also say which message they are.

The core answers in English (the CLI's language and the log's), but a screen in Chinese must
not show that English. A `Words` is the English text, usable everywhere a `str` is (printed,
logged, compared, written to JSON), that also carries a key naming the message and the
values it was made from, so a screen can say the same thing in the interface's language
(`desktop.ui.desk.scan_words` for the desk's answers, `desktop.ui.errors.said` for refusals
and notes). A plain `str` where a `Words` could be is shown as it is. It lives with the store,
the lowest layer, because the store's own errors (a full disk, a damaged file) are worded so.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

Value = str | int | dt.date | dt.datetime | tuple[str, ...]


class Words(str):
    """English text with the key of its message and the values it was made from."""

    key: str
    values: dict[str, Value]

    def __new__(cls, key: str, english: str, /, **values: Value) -> Words:
        obj = super().__new__(cls, english)
        obj.key = key
        obj.values = values
        return obj

    def __reduce__(self) -> tuple[Any, ...]:
        # Across processes (the app's workers) the key and values go along with the text.
        return (_rebuild, (self.key, str(self), self.values))


def _rebuild(key: str, english: str, values: dict[str, Value]) -> Words:
    return Words(key, english, **values)


def short_day(day: dt.date) -> str:
    """ "3 Dec": how the core's English messages name a day."""
    return f"{day.day} {day:%b}"


def refusal(template: str, /, **values: object) -> Words:
    """The reason a request is refused (a `UserError`'s message): `template` with {names} is
    the English text and the key a screen translates; the values are filled in as text."""
    return _worded(template, values)


def note(template: str, /, **values: object) -> Words:
    """Something said about a file being read (a schedule import's notes, its skipped parts):
    like `refusal`, English text whose template is the key a screen translates."""
    return _worded(template, values)


def _worded(template: str, values: dict[str, object]) -> Words:
    # A value that is itself a Words (a reason worded by the core) is kept, to be translated too.
    shown = {
        name: value if isinstance(value, Words) else format(value, "")
        for name, value in values.items()
    }
    return Words(template, template.format(**shown), **shown)
