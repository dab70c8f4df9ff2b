"""How sessions look and read on the timetable: colours, labels, one-line summaries."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QColor

from desktop.base.schedule import SessionData
from desktop.core.schedule.conflicts import KIND_LABELS, Conflict

TYPE_LABELS = {
    "keynote": "Keynote",
    "talk": "Talk",
    "panel": "Panel",
    "round_table": "Round table",
    "workshop": "Workshop",
    "break": "Break",
    "plenary": "Plenary",
}
STATUS_LABELS = {"draft": "Draft", "confirmed": "Confirmed", "cancelled": "Cancelled"}
ROLE_LABELS = {"speaker": "Speaker", "moderator": "Moderator", "panelist": "Panelist"}
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
        return f"{sd.duration_min} min"
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
            name += " (moderator)" if long else " (mod.)"
        names.append(name)
    return ", ".join(names)


def conflict_kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind, kind.replace("_", " ")).capitalize()


def conflict_html(conflicts: Iterable[Conflict]) -> str:
    items = "".join(f"<li>{_esc(c.message)}</li>" for c in conflicts)
    return f"<span style='color:#b91c1c'><b>Conflicts</b><ul style='margin:0'>{items}</ul></span>"


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
