"""Published releases of the schedule: named snapshots, kept for ever, with their change list.

A release stores the whole schedule as JSON (`data.schedule_to_dict`), so any release can be
reloaded exactly as it was published (`load_schedule(s, release_id)`), and the change list
against the previous release (new, cancelled, moved in time or room, speakers changed) is
computed once, when it is published.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import ScheduleRelease
from db.words import refusal
from desktop.base.errors import UserError
from desktop.base.schedule import ScheduleData, schedule_to_dict
from desktop.core.audit import Action, write_audit
from desktop.core.events import current_event
from desktop.core.schedule.data import load_schedule
from desktop.core.text import clean

CHANGE_KINDS = ("new", "cancelled", "moved", "speakers")


def _live(raw: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """guid -> session of a snapshot, for sessions that are published (scheduled, not cancelled)."""
    return {
        x["guid"]: x
        for x in raw.get("sessions", [])
        if x.get("status") != "cancelled" and x.get("start")
    }


def _when(x: dict[str, Any], rooms: dict[int, str]) -> str:
    start = dt.datetime.fromisoformat(x["start"])
    room_id = x.get("room_id")
    room = rooms.get(room_id, "no room") if room_id else "no room"
    return f"{start:%a %d %b %H:%M} in {room}"


def _who(people: list[tuple[str, str]]) -> str:
    return ", ".join(f"{n} ({r})" if r != "speaker" else n for n, r in people) or "nobody"


def diff_snapshots(before: dict[str, Any] | None, after: dict[str, Any]) -> list[dict[str, Any]]:
    """The change list from one snapshot to the next (empty for the first release)."""
    if before is None:
        return []
    old, new = _live(before), _live(after)
    rooms_old = {r["id"]: r["name"] for r in before.get("rooms", [])}
    rooms_new = {r["id"]: r["name"] for r in after.get("rooms", [])}
    names_old = {p["id"]: p["name"] for p in before.get("speakers", [])}
    names_new = {p["id"]: p["name"] for p in after.get("speakers", [])}
    out: list[dict[str, Any]] = []

    def add(kind: str, x: dict[str, Any], message: str, **extra: Any) -> None:
        out.append(
            {
                "kind": kind,
                "guid": x["guid"],
                "session_id": x["id"],
                "title": x["title"],
                "message": message,
                **extra,
            }
        )

    for guid, x in new.items():
        if guid not in old:
            add("new", x, f"new: “{x['title']}” {_when(x, rooms_new)}", after=_when(x, rooms_new))
    for guid, x in old.items():
        if guid not in new:
            add("cancelled", x, f"cancelled: “{x['title']}” (was {_when(x, rooms_old)})")
    for guid, x in new.items():
        y = old.get(guid)
        if y is None:
            continue
        was, now = _when(y, rooms_old), _when(x, rooms_new)
        moved_time = (
            dt.datetime.fromisoformat(y["start"]) != dt.datetime.fromisoformat(x["start"])
            or y["duration_min"] != x["duration_min"]
        )
        moved_room = rooms_old.get(y.get("room_id")) != rooms_new.get(x.get("room_id"))
        if moved_time or moved_room:
            add(
                "moved",
                x,
                f"moved: “{x['title']}” from {was} to {now}",
                before=was,
                after=now,
                time_changed=moved_time,
                room_changed=moved_room,
            )
        who_old = [(names_old.get(i, "?"), r) for i, r in y.get("speakers", [])]
        who_new = [(names_new.get(i, "?"), r) for i, r in x.get("speakers", [])]
        if sorted(who_old) != sorted(who_new):
            add(
                "speakers",
                x,
                f"speakers of “{x['title']}”: {_who(who_old)} → {_who(who_new)}",
                before=_who(who_old),
                after=_who(who_new),
            )
    order = {k: i for i, k in enumerate(CHANGE_KINDS)}
    out.sort(key=lambda c: (order[c["kind"]], c["title"].casefold()))
    return out


def contents(data: ScheduleData) -> dict[str, int]:
    """What a schedule holds, for the first release (which has nothing to compare with):
    sessions (cancelled left out), those scheduled, the rooms and days they use."""
    live = [x for x in data.sessions if x.status != "cancelled"]
    placed = [x for x in live if x.start is not None]
    return {
        "sessions": len(live),
        "scheduled": len(placed),
        "rooms": len({x.room.id for x in placed if x.room is not None}),
        "days": len({x.start.date() for x in placed if x.start is not None}),
    }


def publish_release(s: Session, name: str, notes: str = "") -> int:
    """Publish the live schedule as a named release; returns the release id."""
    event = current_event(s)
    name = clean(name, 200)
    if not name:
        raise UserError(refusal("a release needs a name, such as v1 or final"))
    if s.scalar(
        select(ScheduleRelease.id).where(
            ScheduleRelease.event_id == event.id, ScheduleRelease.name == name
        )
    ):
        raise UserError(
            refusal("there is already a release named {name}; choose another name", name=repr(name))
        )
    snapshot = schedule_to_dict(load_schedule(s))
    previous = s.scalar(
        select(ScheduleRelease)
        .where(ScheduleRelease.event_id == event.id)
        .order_by(ScheduleRelease.id.desc())
        .limit(1)
    )
    row = ScheduleRelease(
        event_id=event.id,
        name=name,
        notes=str(notes or "").strip(),
        snapshot=snapshot,
        changes=diff_snapshots(previous.snapshot if previous else None, snapshot),
    )
    s.add(row)
    s.flush()
    details = {"name": name, "changes": len(row.changes)}
    write_audit(s, event.id, Action.SCHEDULE_RELEASE, row.id, details, entity="schedule_release")
    return row.id


def list_releases(s: Session) -> list[dict[str, Any]]:
    """Every release, oldest first: id, name, notes, published_at (event time), counts."""
    event = current_event(s)
    zone = zoneinfo.ZoneInfo(event.timezone)
    out: list[dict[str, Any]] = []
    for row in s.scalars(
        select(ScheduleRelease)
        .where(ScheduleRelease.event_id == event.id)
        .order_by(ScheduleRelease.id)
    ):
        counts = {k: 0 for k in CHANGE_KINDS}
        for c in row.changes or []:
            counts[c["kind"]] = counts.get(c["kind"], 0) + 1
        out.append(
            {
                "id": row.id,
                "name": row.name,
                "notes": row.notes,
                "published_at": row.published_at.replace(tzinfo=dt.UTC).astimezone(zone),
                "sessions": len(_live(row.snapshot or {})),
                "first": not out,
                "changes": counts,
            }
        )
    return out


def changes(s: Session, release_id: int) -> list[dict[str, Any]]:
    """The change list of one release against the release before it."""
    event = current_event(s)
    row = s.get(ScheduleRelease, release_id)
    if row is None or row.event_id != event.id:
        raise UserError(refusal("no schedule release with id {release_id}", release_id=release_id))
    return list(row.changes or [])
