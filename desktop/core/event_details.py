"""The event's own details: name, dates, venue, time zone, logo, category colours and the
Chinese glyph forms its badges and program print in.

`event_details` reads them as plain data; `update_event` changes any of them after checking
all of them, so a refused change writes nothing:
- new dates must still hold every scheduled session (the message says how many do not);
- a new time zone keeps the timetable's local times (a 09:00 keynote stays at 09:00) unless
  the caller asks to keep the instants instead;
- the logo is kept in the store (`desktop.core.assets`), so every desk prints it;
- category colours are the badge bands' and the desk's chips' colours, `#rrggbb`;
- the glyph forms (`hk`, `tw`, `cn`: Hong Kong, Taiwan or mainland forms of Chinese
  characters, event setting `glyph_forms`, default `hk`) of its program and of the badges of
  attendees whose country does not choose their own (desktop.core.badges).
Every change is written to the audit log (what changed, never the logo's bytes).
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import CATEGORIES, Event
from db.models import Session as TalkSession
from db.words import refusal
from desktop.base.errors import UserError
from desktop.core.assets import asset_name, check_image, read_image_file, store_image
from desktop.core.audit import Action, write_audit
from desktop.core.events import TIMEZONE_DEFAULT, check_event_fields, current_event
from desktop.core.text import clean
from desktop.pdf.cjk_forms import DEFAULT_FORMS, FORMS, LABEL, check_forms
from desktop.pdf.templates import DEFAULT_CATEGORY_COLORS as DEFAULT_COLORS

COLOR_RE = re.compile(r"^#[0-9a-fA-F]{6}$")


@dataclass(frozen=True)
class EventDetails:
    """What the Event details dialog and `confdesk event` show."""

    name: str
    venue: str
    timezone: str
    start_date: dt.date | None
    end_date: dt.date | None
    logo: str  # the logo's file name as chosen, "" for none
    # Every category -> its colour; `custom_colors` are the ones the event chose.
    category_colors: dict[str, str] = field(default_factory=dict)
    custom_colors: frozenset[str] = frozenset()
    demo: bool = False  # made by `confdesk demo` (made-up people)
    glyph_forms: str = DEFAULT_FORMS  # hk, tw or cn: the forms Chinese prints in

    @property
    def days(self) -> int:
        if self.start_date is None:
            return 0
        return ((self.end_date or self.start_date) - self.start_date).days + 1


def event_colors(event: Event) -> dict[str, str]:
    """The colours the event chose for its categories (only those it chose)."""
    raw = (event.settings or {}).get("category_colors") or {}
    return {
        k: v.lower()
        for k, v in raw.items()
        if k in CATEGORIES and isinstance(v, str) and COLOR_RE.match(v)
    }


def event_glyph_forms(event: Event) -> str:
    """The Chinese glyph forms the event prints in: hk (the default), tw or cn."""
    chosen = (event.settings or {}).get("glyph_forms")
    return chosen if isinstance(chosen, str) and chosen in FORMS else DEFAULT_FORMS


def event_details(session: Session) -> EventDetails:
    """The event's details as plain data."""
    event = current_event(session)
    chosen = event_colors(event)
    return EventDetails(
        name=event.name,
        venue=event.venue,
        timezone=event.timezone,
        start_date=event.start_date,
        end_date=event.end_date or event.start_date,
        logo=asset_name(session, event.logo_path or ""),
        category_colors={**DEFAULT_COLORS, **chosen},
        custom_colors=frozenset(chosen),
        demo=bool((event.settings or {}).get("demo")),
        glyph_forms=event_glyph_forms(event),
    )


def _check_colors(colors: dict[str, str]) -> dict[str, str]:
    out = {}
    for category, color in colors.items():
        if category not in CATEGORIES:
            raise UserError(
                refusal(
                    "unknown category {category}: use one of {CATEGORIES}",
                    category=repr(clean(category, 40)),
                    CATEGORIES=", ".join(CATEGORIES),
                )
            )
        color = (color or "").strip()
        if color.lower() in ("", "default"):
            continue
        if not COLOR_RE.match(color):
            raise UserError(
                refusal(
                    "the colour of {category} must look like #1f5f9e, not {color}",
                    category=category,
                    color=repr(clean(color, 20)),
                )
            )
        out[category] = color.lower()
    return out


def _planned_starts(
    session: Session, event: Event, new_zone: str, keep_local: bool, days: int
) -> list[tuple[TalkSession, dt.datetime, dt.date]]:
    """Each scheduled session with its new start (naive UTC) and its new local day.

    keep_local: the local wall time is kept in the new zone; `days` moves it by whole days
    (local days, so a move across a summer-time change keeps 09:00 at 09:00).
    """
    old, new = zoneinfo.ZoneInfo(event.timezone), zoneinfo.ZoneInfo(new_zone)
    out = []
    for talk in session.scalars(
        select(TalkSession).where(TalkSession.event_id == event.id, TalkSession.start.is_not(None))
    ):
        assert talk.start is not None
        aware = talk.start.replace(tzinfo=dt.UTC)
        if keep_local or days:
            local = aware.astimezone(old).replace(tzinfo=None) + dt.timedelta(days=days)
            zone = new if keep_local else old
            start = local.replace(tzinfo=zone).astimezone(dt.UTC).replace(tzinfo=None)
        else:
            start = talk.start
        day = start.replace(tzinfo=dt.UTC).astimezone(new).date()
        out.append((talk, start, day))
    return out


def update_event(
    session: Session,
    *,
    name: str | None = None,
    venue: str | None = None,
    timezone: str | None = None,
    start_date: dt.date | None = None,
    end_date: dt.date | None = None,
    logo: str | Path | None = None,
    category_colors: dict[str, str] | None = None,
    glyph_forms: str | None = None,
    keep_local_times: bool = True,
    move_sessions: bool = False,
    desk: str = "",
    operator: str = "",
) -> EventDetails:
    """Change the given details (None: unchanged; logo "" removes it); all checked first.

    `category_colors` maps categories to `#rrggbb`, or to "" / "default" for the default
    colour again; categories it does not name keep theirs. `move_sessions` moves the
    timetable with a new first day (the event moved to another week). `glyph_forms`: hk,
    tw or cn (Hong Kong, Taiwan or mainland forms of Chinese characters).
    """
    event = current_event(session)
    new_name = event.name if name is None else name
    new_zone = event.timezone if timezone is None else timezone.strip()
    start = start_date or event.start_date
    end: dt.date | None
    if end_date is not None:
        end = end_date
    elif start_date is not None and event.start_date and event.end_date:
        # A new first day keeps the event's length (a three-day event stays three days).
        end = start_date + (event.end_date - event.start_date)
    elif start_date is not None:
        end = start_date
    else:
        end = event.end_date or event.start_date
    if start is None and end is not None:
        start = end
    new_name = check_event_fields(new_name, new_zone, start, end)
    colors = dict(event_colors(event))
    if category_colors is not None:
        for category in category_colors:
            colors.pop(category, None)
        colors.update(_check_colors(category_colors))
    if glyph_forms is not None:
        try:
            glyph_forms = check_forms(glyph_forms)
        except ValueError:
            raise UserError(
                refusal(
                    "unknown glyph forms {forms}: use {known}",
                    forms=repr(clean(glyph_forms, 20)),
                    known=", ".join(f"{k} ({v})" for k, v in LABEL.items()),
                )
            ) from None
    logo_data = b""
    if logo:
        logo_data = read_image_file(logo)
        check_image(logo_data, Path(logo).name)
    days = (
        (start - event.start_date).days
        if move_sessions and start is not None and event.start_date is not None
        else 0
    )
    zone_changes = new_zone != event.timezone
    dates_change = start != event.start_date or end != (event.end_date or event.start_date)
    # Sessions are read only when the days or the zone change (not for a rename).
    planned = (
        _planned_starts(session, event, new_zone, keep_local_times and zone_changes, days)
        if start is not None and (dates_change or zone_changes)
        else []
    )
    first, last = start, end or start
    outside = len([d for _, _, d in planned if first and last and not first <= d <= last])
    if outside:
        raise UserError(
            refusal(
                "{outside} scheduled session(s) would fall outside {start} - {value}; move them first, move the timetable with the dates, or choose other dates",
                outside=outside,
                start=format(start, "%d %b %Y"),
                value=format(end or start, "%d %b %Y"),
            )
        )

    changed: dict[str, object] = {}
    if new_name != event.name:
        changed["name"] = new_name
        event.name = new_name
    if venue is not None and clean(venue, 300) != event.venue:
        event.venue = clean(venue, 300)
        changed["venue"] = event.venue
    moved = 0
    for talk, new_start, _ in planned:
        if talk.start != new_start:
            talk.start = new_start
            moved += 1
    if moved:
        changed["sessions_moved"] = moved
    if zone_changes:
        changed["timezone"] = new_zone
        event.timezone = new_zone
    if timezone is not None and (event.settings or {}).get(TIMEZONE_DEFAULT):
        # Someone chose the zone (even the default one): a schedule import keeps it now.
        event.settings = {k: v for k, v in event.settings.items() if k != TIMEZONE_DEFAULT}
    if dates_change:
        event.start_date, event.end_date = start, end
        changed["dates"] = f"{start} - {end}"
    if logo is not None:
        ref = store_image(session, event.id, logo_data, Path(logo).name) if logo else None
        if ref != event.logo_path:
            event.logo_path = ref
            changed["logo"] = Path(logo).name if logo else ""
    if colors != event_colors(event):
        event.settings = {**(event.settings or {}), "category_colors": colors}
        changed["category_colors"] = colors
    if glyph_forms is not None and glyph_forms != event_glyph_forms(event):
        event.settings = {**(event.settings or {}), "glyph_forms": glyph_forms}
        changed["glyph_forms"] = glyph_forms
    if changed:
        write_audit(session, event.id, Action.EVENT_UPDATE, None, changed, desk, operator, "event")
        session.flush()
    return event_details(session)
