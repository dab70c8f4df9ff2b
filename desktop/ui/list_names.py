"""How check-in lists are named on screen: the event's own lists (named by the core in
English) in the interface's language, an organizer's list as it was typed."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate

from desktop.core import checkin_lists as cl
from desktop.ui import i18n
from desktop.ui.i18n import QT_TRANSLATE_NOOP

_MONTHS = {
    m: i
    for i, m in enumerate(
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1
    )
}
_DAY_LIST = re.compile(r"Day (\d+) - (\d{1,2}) ([A-Z][a-z]{2})")  # cl.day_list_name


def short_date(day: dt.date) -> str:
    """ "17 Jan" (as the core writes it), 1月17日 in Chinese."""
    if i18n.current() == "en":
        return f"{day.day} {day:%b}"
    q = QDate(day.year, day.month, day.day)
    return i18n.locale().toString(
        q, i18n.spoken("ListsDialog", QT_TRANSLATE_NOOP("ListsDialog", "d MMM"))
    )


def list_label(name: str) -> str:
    """How a check-in list's name reads on screen: the event's own lists, named by the core
    in English ("Badge pickup", "Day 2 - 17 Jan"), in the interface's language; an
    organizer's list (and a renamed one) as it was typed. Display only: the name stays the
    list's key."""
    if name == cl.PICKUP:
        return i18n.spoken("ListsDialog", QT_TRANSLATE_NOOP("ListsDialog", "Badge pickup"))
    m = _DAY_LIST.fullmatch(name)
    if m and m.group(3) in _MONTHS and i18n.current() != "en":  # English: the name as it is
        try:
            day = dt.date(2000, _MONTHS[m.group(3)], int(m.group(2)))  # leap year: 29 Feb too
        except ValueError:
            return name
        text = i18n.spoken("ListsDialog", QT_TRANSLATE_NOOP("ListsDialog", "Day {number} - {date}"))
        return text.format(number=m.group(1), date=short_date(day))
    return name
