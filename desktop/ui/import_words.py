"""An attendee import's row problems and warnings (`db.words.Words` from the core)
in the interface's language; a plain string is shown as it is."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from db.words import Words
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.import_pages import field_word

TEMPLATES = {
    "unmatched_rows": QT_TRANSLATE_NOOP(
        "ImportWords",
        "{count} row(s) have neither an id nor an email: a later import of the same people "
        "cannot recognise them and will add them again",
    ),
    "stray_quote": QT_TRANSLATE_NOOP(
        "ImportWords",
        "lines {line}-{end} were read as one row: a quote opened on line {line} closes only "
        "on line {end} (a stray quote?); fix the quote and import again",
    ),
    "extra_cells": QT_TRANSLATE_NOOP(
        "ImportWords",
        "{cells} cells but the header has {columns} columns (a delimiter inside an unquoted "
        "value?)",
    ),
    "cut": QT_TRANSLATE_NOOP("ImportWords", "{field} cut to {limit} characters"),
    "field_too_long": QT_TRANSLATE_NOOP(
        "ImportWords", "{field} is {length} characters long (at most {limit}); shorten it"
    ),
    "name_too_long": QT_TRANSLATE_NOOP(
        "ImportWords", "name is {length} characters long (at most {limit}); shorten it"
    ),
    "local_name_too_long": QT_TRANSLATE_NOOP(
        "ImportWords", "local name is {length} characters long (at most {limit})"
    ),
    "no_name": QT_TRANSLATE_NOOP("ImportWords", "no name"),
    "no_name_column": QT_TRANSLATE_NOOP("ImportWords", "no name column mapped"),
    "bad_email": QT_TRANSLATE_NOOP("ImportWords", "malformed email '{email}'"),
    "unknown_category": QT_TRANSLATE_NOOP(
        "ImportWords",
        "unknown category '{value}': give it a value rule ({value}=attendee, speaker, vip...) "
        "or a default category",
    ),
    "duplicate_id": QT_TRANSLATE_NOOP(
        "ImportWords", "duplicate of line {line} (same id '{value}')"
    ),
    "duplicate_email_name": QT_TRANSLATE_NOOP(
        "ImportWords", "duplicate of line {line} (same email and name)"
    ),
    "ticket_twice": QT_TRANSLATE_NOOP("ImportWords", "ticket code '{code}' is also on line {line}"),
    "shared_email_new_name": QT_TRANSLATE_NOOP(
        "ImportWords",
        "email '{email}' is shared by {count} attendee(s) and this name is new: added as a new "
        "person (merge them if it is a name corrected upstream)",
    ),
    "same_email_and_name": QT_TRANSLATE_NOOP(
        "ImportWords",
        "email '{email}' and this name belong to {count} attendees; add an id column to tell "
        "them apart",
    ),
    "same_attendee": QT_TRANSLATE_NOOP("ImportWords", "matches the same attendee as line {line}"),
    "ticket_is_badge": QT_TRANSLATE_NOOP(
        "ImportWords", "ticket code '{code}' is the badge code of attendee #{owner}"
    ),
    "ticket_taken": QT_TRANSLATE_NOOP(
        "ImportWords", "ticket code '{code}' already belongs to attendee #{owner}"
    ),
}


def say(message: str) -> str:
    """A row problem or warning in the interface's language (a plain string as it is)."""
    if not isinstance(message, Words) or message.key not in TEMPLATES:
        return message
    values = {k: str(v) for k, v in message.values.items()}
    if "field" in values:
        values["field"] = field_word(values["field"])
    try:
        return QCoreApplication.translate("ImportWords", TEMPLATES[message.key]).format(**values)
    except (KeyError, IndexError, ValueError):  # a translation with a wrong placeholder
        return message
