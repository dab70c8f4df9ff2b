"""How sessions look and read on the timetable: colours, labels, one-line summaries.

The words of the tables (session types, statuses, roles, conflict kinds) are marked with
QT_TRANSLATE_NOOP in the "ScheduleStyle" context; `type_label()` and the others translate them
where they are shown. Stored codes are never shown as they are.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime
from PySide6.QtGui import QColor

from desktop.base.schedule import SessionData
from desktop.core.schedule.conflicts import KIND_LABELS, Conflict
from desktop.ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "ScheduleStyle"
TYPE_LABELS = {
    "keynote": QT_TRANSLATE_NOOP("ScheduleStyle", "Keynote"),
    "talk": QT_TRANSLATE_NOOP("ScheduleStyle", "Talk"),
    "panel": QT_TRANSLATE_NOOP("ScheduleStyle", "Panel"),
    "round_table": QT_TRANSLATE_NOOP("ScheduleStyle", "Round table"),
    "workshop": QT_TRANSLATE_NOOP("ScheduleStyle", "Workshop"),
    "break": QT_TRANSLATE_NOOP("ScheduleStyle", "Break"),
    "plenary": QT_TRANSLATE_NOOP("ScheduleStyle", "Plenary"),
}
STATUS_LABELS = {
    "draft": QT_TRANSLATE_NOOP("ScheduleStyle", "Draft"),
    "confirmed": QT_TRANSLATE_NOOP("ScheduleStyle", "Confirmed"),
    "cancelled": QT_TRANSLATE_NOOP("ScheduleStyle", "Cancelled"),
}
ROLE_LABELS = {
    "speaker": QT_TRANSLATE_NOOP("ScheduleStyle", "Speaker"),
    "moderator": QT_TRANSLATE_NOOP("ScheduleStyle", "Moderator"),
    "panelist": QT_TRANSLATE_NOOP("ScheduleStyle", "Panelist"),
}
# The kinds of desktop.core.schedule.conflicts.KIND_LABELS, in the same (lower-case) words.
CONFLICT_KINDS = {
    "room_double_booked": QT_TRANSLATE_NOOP("ScheduleStyle", "room booked twice"),
    "speaker_double_booked": QT_TRANSLATE_NOOP("ScheduleStyle", "speaker in two places"),
    "speaker_unavailable": QT_TRANSLATE_NOOP("ScheduleStyle", "speaker not available"),
    "room_unavailable": QT_TRANSLATE_NOOP("ScheduleStyle", "room not available"),
    "over_capacity": QT_TRANSLATE_NOOP("ScheduleStyle", "room too small"),
    "outside_event_days": QT_TRANSLATE_NOOP("ScheduleStyle", "outside the event days"),
    "tight_changeover": QT_TRANSLATE_NOOP("ScheduleStyle", "tight changeover"),
    "unscheduled": QT_TRANSLATE_NOOP("ScheduleStyle", "not scheduled"),
    "unconfirmed": QT_TRANSLATE_NOOP("ScheduleStyle", "not confirmed"),
}


def _label(table: dict[str, str], code: str) -> str:
    text = table.get(code)
    if text is None:  # a code this version does not know: readable, not translated
        return code.replace("_", " ").capitalize()
    return QCoreApplication.translate(CONTEXT, text)


def type_label(code: str) -> str:
    """A session type as a word ("round_table" -> "Round table", 圓桌會議)."""
    return _label(TYPE_LABELS, code)


def status_label(code: str) -> str:
    """A session status as a word ("draft" -> "Draft", 草稿)."""
    return _label(STATUS_LABELS, code)


def role_label(code: str) -> str:
    """A speaker's role as a word ("moderator" -> "Moderator", 主持)."""
    return _label(ROLE_LABELS, code)


def shown_date(value: dt.date | dt.datetime, fmt: str) -> str:
    """A date (or date and time, as it is: no zone conversion) in the interface's language,
    by a QLocale format ("ddd dd MMM" -> "Thu 03 Dec", "12月3日 週四")."""
    day = QDate(value.year, value.month, value.day)
    if isinstance(value, dt.datetime):
        moment = QDateTime(day, QTime(value.hour, value.minute, value.second))
        return QLocale().toString(moment, fmt)
    return QLocale().toString(day, fmt)


NO_TRACK = QColor("#94a3b8")
BREAK = QColor("#cbd5e1")


def _mix(color: QColor, other: QColor, amount: float) -> QColor:
    """`amount` of `color` over `other` (0..1)."""
    return QColor(
        round(color.red() * amount + other.red() * (1 - amount)),
        round(color.green() * amount + other.green() * (1 - amount)),
        round(color.blue() * amount + other.blue() * (1 - amount)),
    )


def track_color(sd: SessionData) -> QColor:
    if sd.type == "break":
        return BREAK
    if sd.track is not None:
        c = QColor(sd.track.color)
        if c.isValid():
            return c
    return NO_TRACK


def session_colors(sd: SessionData) -> tuple[QColor, QColor, QColor]:
    """(fill, stripe, text) of a block: a light tint of the track colour, the colour itself."""
    stripe = track_color(sd)
    white = QColor("#ffffff")
    if sd.status == "cancelled":
        return QColor("#f1f5f9"), QColor("#94a3b8"), QColor("#64748b")
    fill = _mix(stripe, white, 0.30 if sd.type in ("keynote", "plenary") else 0.20)
    if sd.type == "break":
        fill = QColor("#f1f5f9")
    return fill, stripe, QColor("#111827")


def time_range(sd: SessionData) -> str:
    a, b = sd.start, sd.end
    if a is None or b is None:
        return QCoreApplication.translate("ScheduleStyle", "{minutes} min").format(
            minutes=sd.duration_min
        )
    return f"{a.hour:02d}:{a.minute:02d}–{b.hour:02d}:{b.minute:02d}"


def speaker_line(sd: SessionData, long: bool = False) -> str:
    """Speakers in billing order; moderators marked; the Chinese name too when `long`."""
    names = []
    for p in sd.speakers:
        name = p.name
        if long and p.name_local:
            name += f" {p.name_local}"
        if long and p.organization:
            name += f" ({p.organization})"
        if p.role == "moderator":
            name = (
                QCoreApplication.translate("ScheduleStyle", "{name} (moderator)")
                if long
                else QCoreApplication.translate("ScheduleStyle", "{name} (mod.)")
            ).format(name=name)
        names.append(name)
    return ", ".join(names)


def conflict_kind_name(kind: str) -> str:
    """A conflict's kind in words, lower case as in a sentence ("room booked twice")."""
    text = CONFLICT_KINDS.get(kind)
    if text is None:
        return KIND_LABELS.get(kind, kind.replace("_", " "))
    return QCoreApplication.translate(CONTEXT, text)


def conflict_kind_label(kind: str) -> str:
    """A conflict's kind as a heading ("Room booked twice")."""
    name = conflict_kind_name(kind)
    return name[:1].upper() + name[1:]


def conflict_html(conflicts: Iterable[Conflict]) -> str:
    from desktop.ui.schedule.conflict_words import say  # (it words dates with shown_date)

    items = "".join(f"<li>{_esc(say(c.message))}</li>" for c in conflicts)
    title = QCoreApplication.translate("ScheduleStyle", "Conflicts")
    return f"<span style='color:#b91c1c'><b>{title}</b><ul style='margin:0'>{items}</ul></span>"


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
