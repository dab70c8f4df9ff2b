"""A re-import is a sync: what is new, changed (field by field), moved, withdrawn, and where
the file and an edit made in Confdesk disagree.

Each imported session keeps, in `extra["imported"]`, the values the last import gave it. On
the next import a field the file changes is taken when nobody changed it here since; a field
changed here that the file leaves as it was stays as it is here; a field changed on both sides
is a conflict: kept as it is here (reported, and again at every import until resolved) unless
the import is told to take the file's (`take_file`). A session the same source gave before
and the file no longer holds is withdrawn (cancelled, marked as withdrawn by the import: out
of the grid and the exports, kept in history and releases) and comes back if a later file
holds it again. A session cancelled by hand stays cancelled.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from dataclasses import asdict, dataclass, field
from typing import Any

from db.words import Words

SNAPSHOT = "imported"  # session.extra: the values the last import set
SOURCE = "source"  # session.extra: which source (conference) the session came from
WITHDRAWN = "withdrawn"  # session.extra: the file whose import withdrew it
# The session columns a file sets and the sync compares, in the order a report names them.
TRACKED = (
    "title",
    "start",
    "room_id",
    "duration_min",
    "track_id",
    "type",
    "subtitle",
    "abstract",
    "description",
    "language",
    "slug",
    "url",
)
_WORDS = {"room_id": "room", "track_id": "track", "duration_min": "duration"}
_MISSING = object()


@dataclass
class SyncChange:
    """One session's change in an import: kind new | changed | moved | withdrawn | back |
    conflict; fields: field -> (before, after) in words (for a conflict: here, the file)."""

    kind: str
    guid: str
    title: str
    fields: dict[str, tuple[str, str]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Names:
    """What a report says for stored ids and times: room and track names, the event's zone."""

    rooms: dict[int, str]
    tracks: dict[int, str]
    zone: zoneinfo.ZoneInfo


def _plain(value: Any) -> Any:
    """A column value as the snapshot keeps it (JSON-safe)."""
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None).isoformat(timespec="minutes")
    return value


def shown(name: str, value: Any, names: Names) -> str:
    """A stored value in words: a room's name, a local time, a duration."""
    if value is None or value == "":
        return "–"
    if name == "room_id":
        return names.rooms.get(int(value), "?")
    if name == "track_id":
        return names.tracks.get(int(value), "?")
    if name == "start":  # (a screen says it in its language: Words)
        at = dt.datetime.fromisoformat(str(value)).replace(tzinfo=dt.UTC).astimezone(names.zone)
        return Words("start", f"{at:%a %d %b %H:%M}", at=at)
    if name == "duration_min":
        return Words("minutes", f"{value} min", minutes=int(value))
    text = " ".join(str(value).split())
    return f"“{text[:60]}…”" if len(text) > 60 else f"“{text}”"


def merge(
    row: Any, values: dict[str, Any], names: Names, take_file: bool
) -> tuple[dict[str, Any], list[SyncChange]]:
    """What to set on an existing session from the file's `values`, and what to report.

    Updates row.extra's snapshot; returns (column -> value to set, changes: at most one
    changed/moved and one conflict)."""
    extra = dict(row.extra or {})
    snapshot = dict(extra.get(SNAPSHOT) or {})
    to_set: dict[str, Any] = {}
    changed: dict[str, tuple[str, str]] = {}
    conflicts: dict[str, tuple[str, str]] = {}
    for name in TRACKED:
        new = values[name]
        cur = getattr(row, name)
        new_p, cur_p = _plain(new), _plain(cur)
        snap = snapshot.get(name, _MISSING)
        if snap is _MISSING:  # imported before snapshots were kept: no edit is known
            snap = cur_p
        if new_p == cur_p:
            snapshot[name] = new_p
            continue
        word = _WORDS.get(name, name)
        said = (shown(name, cur_p, names), shown(name, new_p, names))
        if cur_p == snap:  # changed in the file only
            to_set[name] = new
            changed[word] = said
            snapshot[name] = new_p
        elif new_p != snap:  # changed here and in the file: kept here unless take_file
            conflicts[word] = said
            if take_file:
                to_set[name] = new
                snapshot[name] = new_p
        # else: changed here only; the file says what it said before: kept here
    extra[SNAPSHOT] = snapshot
    row.extra = extra
    title = str(to_set.get("title", row.title))
    out: list[SyncChange] = []
    if changed:
        moved = "start" in changed or "room" in changed
        out.append(SyncChange("moved" if moved else "changed", row.guid, title, changed))
    if conflicts:
        out.append(SyncChange("conflict", row.guid, title, conflicts))
    return to_set, out


def snapshot_of(values: dict[str, Any]) -> dict[str, Any]:
    """The snapshot a new session starts with: the file's values."""
    return {name: _plain(values[name]) for name in TRACKED}


def source_key(acronym: str, title: str) -> str:
    """Which source a file is, as sessions remember it (its acronym, else its title)."""
    return (acronym or title).strip().lower()
