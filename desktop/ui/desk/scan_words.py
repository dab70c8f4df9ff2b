"""The desk's answers (`db.words.Words` from the core) in the interface's language.

The core says "Checked in for Workshop A · 38 / 40, nearly full" in English for the CLI and
the log; the result panel says it from the key and values the answer carries. An answer
without a key (a plain string) is shown as it is.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate

from db.words import Value, Words
from desktop.ui import i18n
from desktop.ui.desk.style import category_label
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.list_names import list_label

CONTEXT = "ScanWords"
# key -> the answer with {placeholders} for its values (marked for translation here)
TEMPLATES = {
    "checked_in": QT_TRANSLATE_NOOP("ScanWords", "Checked in"),
    "registered": QT_TRANSLATE_NOOP("ScanWords", "Registered"),
    "unknown": QT_TRANSLATE_NOOP("ScanWords", "Unknown code"),
    "forged": QT_TRANSLATE_NOOP("ScanWords", "Forged code"),
    "other_event": QT_TRANSLATE_NOOP("ScanWords", "Badge of another event"),
    "cancelled": QT_TRANSLATE_NOOP("ScanWords", "Registration cancelled"),
    "nothing_scanned": QT_TRANSLATE_NOOP("ScanWords", "Nothing scanned"),
    "too_long": QT_TRANSLATE_NOOP("ScanWords", "Not a badge code (too long)"),
    "unreadable": QT_TRANSLATE_NOOP("ScanWords", "Not a badge code (unreadable characters)"),
    "incomplete": QT_TRANSLATE_NOOP("ScanWords", "Incomplete badge code: scan again"),
    "picked_up_before": QT_TRANSLATE_NOOP(
        "ScanWords", "Checked in for {list} (badge picked up on {day})"
    ),
    "not_on_list": QT_TRANSLATE_NOOP("ScanWords", "Not on this list: {categories} only"),
    "not_today": QT_TRANSLATE_NOOP("ScanWords", "Not today: this list is for {day}"),
    "opens": QT_TRANSLATE_NOOP("ScanWords", "Outside this list's hours (opens {time})"),
    "closed_at": QT_TRANSLATE_NOOP("ScanWords", "Outside this list's hours (closed at {time})"),
    "no_exit_scans": QT_TRANSLATE_NOOP("ScanWords", "{list} has no exit scans"),
    "checked_out": QT_TRANSLATE_NOOP("ScanWords", "Checked out of {list}"),
    "not_inside": QT_TRANSLATE_NOOP("ScanWords", "Not inside {list}: no entry to end"),
    "not_signed_up": QT_TRANSLATE_NOOP("ScanWords", "Not signed up for {list}"),
    "checked_in_for": QT_TRANSLATE_NOOP("ScanWords", "Checked in for {list}"),
    "in_again": QT_TRANSLATE_NOOP("ScanWords", "In again: {list}"),
    "full_held": QT_TRANSLATE_NOOP(
        "ScanWords",
        "Full for walk-ups: {held} of the {seats} seats are held for signed-up people ({list})",
    ),
    "full": QT_TRANSLATE_NOOP("ScanWords", "Full: {inside} / {seats} ({list})"),
    "order_pick": QT_TRANSLATE_NOOP(
        "ScanWords", "Order {code}: {count} people - choose who is here"
    ),
    "order_pick_first": QT_TRANSLATE_NOOP(
        "ScanWords", "Order {code}: {count} people, the first {shown} listed - choose who is here"
    ),
}
# The desk's default notes for a category (checkin.CATEGORY_NOTES): a note an organizer wrote
# is shown as written.
NOTES = {
    "Speaker: hand over speaker pack": QT_TRANSLATE_NOOP(
        "ScanWords", "Speaker: hand over speaker pack"
    ),
    "VIP: call host": QT_TRANSLATE_NOOP("ScanWords", "VIP: call host"),
    "Press: hand over press kit": QT_TRANSLATE_NOOP("ScanWords", "Press: hand over press kit"),
    "Sponsor: hand over sponsor pack": QT_TRANSLATE_NOOP(
        "ScanWords", "Sponsor: hand over sponsor pack"
    ),
    "Exhibitor: hand over booth pass": QT_TRANSLATE_NOOP(
        "ScanWords", "Exhibitor: hand over booth pass"
    ),
}
# "When" and "where" of the answers about an earlier check-in, by what is known.
_AT = {
    (True, False, False): QT_TRANSLATE_NOOP("ScanWords", "at {time}"),
    (True, True, False): QT_TRANSLATE_NOOP("ScanWords", "on {day} at {time}"),
    (True, False, True): QT_TRANSLATE_NOOP("ScanWords", "at {time} at {desk}"),
    (True, True, True): QT_TRANSLATE_NOOP("ScanWords", "on {day} at {time} at {desk}"),
    (False, True, False): QT_TRANSLATE_NOOP("ScanWords", "on {day}"),
    (False, True, True): QT_TRANSLATE_NOOP("ScanWords", "on {day} at {desk}"),
    (False, False, True): QT_TRANSLATE_NOOP("ScanWords", "at {desk}"),
}


def _t(text: str) -> str:
    return i18n.spoken(CONTEXT, text)


def short_day(day: dt.date) -> str:
    """A day as the desk says it: "3 Dec" in English, "12月3日" in Chinese."""
    if i18n.current() == "en":
        return f"{day.day} {day:%b}"
    return i18n.locale().toString(QDate(day.year, day.month, day.day), "M月d日")


def _value(name: str, value: Value) -> str:
    if isinstance(value, dt.datetime):
        return short_day(value.date())
    if isinstance(value, dt.date):
        return short_day(value)
    if isinstance(value, tuple):
        return i18n.spoken(CONTEXT, QT_TRANSLATE_NOOP("ScanWords", ", ")).join(
            category_label(c) for c in value
        )
    if name == "list":
        return list_label(str(value))
    return str(value)


def _when(values: dict[str, str]) -> str:
    """ "at 09:02 at Desk 2", "on 3 Dec at 09:02"... ("" when nothing is known)."""
    shape = (bool(values.get("time")), bool(values.get("day")), bool(values.get("desk")))
    text = _AT.get(shape)
    return _t(text).format(**values) if text else ""


def say(message: str) -> str:
    """`message` in the interface's language: a `Words` by its key, a plain string as it is."""
    if not isinstance(message, Words):
        return message
    values = {k: _value(k, v) for k, v in message.values.items()}
    key = message.key
    if key in ("already", "revoked", "already_on_list"):
        return _earlier(key, values) or message
    text = TEMPLATES.get(key)
    if text is None:
        return message
    shown = _t(text).format(**values)
    if "seats" in values and key in ("checked_in_for", "in_again"):
        if values.get("over"):
            count = i18n.spoken(
                CONTEXT, QT_TRANSLATE_NOOP("ScanWords", "{said} over capacity: {inside} / {seats}")
            )
        elif values.get("nearly"):
            count = i18n.spoken(
                CONTEXT, QT_TRANSLATE_NOOP("ScanWords", "{said} · {inside} / {seats}, nearly full")
            )
        else:
            count = i18n.spoken(
                CONTEXT, QT_TRANSLATE_NOOP("ScanWords", "{said} · {inside} / {seats}")
            )
        shown = count.format(said=shown, **values)
    return shown


def _earlier(key: str, values: dict[str, str]) -> str:
    """The answers about a check-in (or a reprint) made before."""
    when = _when(values)
    if key == "already":
        text = (
            i18n.spoken(CONTEXT, QT_TRANSLATE_NOOP("ScanWords", "Already checked in {when}"))
            if when
            else i18n.spoken(CONTEXT, QT_TRANSLATE_NOOP("ScanWords", "Already checked in"))
        )
    elif key == "revoked":
        text = (
            i18n.spoken(CONTEXT, QT_TRANSLATE_NOOP("ScanWords", "Revoked badge (reprinted {when})"))
            if when
            else i18n.spoken(CONTEXT, QT_TRANSLATE_NOOP("ScanWords", "Revoked badge"))
        )
    elif values.get("exits"):
        text = i18n.spoken(
            CONTEXT, QT_TRANSLATE_NOOP("ScanWords", "Already checked in for {list} {when} (inside)")
        )
    else:
        text = i18n.spoken(
            CONTEXT, QT_TRANSLATE_NOOP("ScanWords", "Already checked in for {list} {when}")
        )
    return text.format(when=when, **values).replace("  ", " ").strip()


def note_words(line: str) -> str:
    """A line of the staff note: the desk's default note of a category in the interface's
    language, anything else (the organizer's notes, the person's) as written."""
    return _t(NOTES[line]) if line in NOTES else line
