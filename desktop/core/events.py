"""The event a store holds: create it, fetch it."""

from __future__ import annotations

import datetime as dt
import secrets
import string
import unicodedata
import zoneinfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Event
from db.words import refusal
from desktop.base.errors import UserError
from desktop.core.search_upkeep import mark_current
from desktop.core.text import clean

_PREFIX_ALPHABET = string.ascii_uppercase + string.digits
DEFAULT_TIMEZONE = "Asia/Hong_Kong"
# In event.settings: the event's zone is the default, nobody chose it. A schedule imported
# into the empty event may then give it the file's zone; a zone someone chose never changes
# that way (desktop.core.schedule.interchange.importing).
TIMEZONE_DEFAULT = "timezone_default"


def create_event(
    session: Session,
    name: str,
    timezone: str | None = None,
    start_date: dt.date | None = None,
    end_date: dt.date | None = None,
    venue: str = "",
) -> Event:
    """Create the store's event with a fresh signing key; refuses a second event.

    Without `timezone` the event is in DEFAULT_TIMEZONE, marked as not chosen.
    """
    chosen = timezone is not None
    timezone = timezone if timezone is not None else DEFAULT_TIMEZONE
    name = check_event_fields(name, timezone, start_date, end_date)
    if session.scalar(select(Event.id).limit(1)) is not None:
        raise UserError(
            refusal("this database already holds an event; use another --db for a new one")
        )
    event = Event(
        name=name,
        venue=clean(venue),
        timezone=timezone,
        start_date=start_date,
        end_date=end_date or start_date,
        signing_key=secrets.token_hex(32),
        code_prefix="".join(secrets.choice(_PREFIX_ALPHABET) for _ in range(4)),
        settings={} if chosen else {TIMEZONE_DEFAULT: True},
    )
    mark_current(event)  # its people get today's search texts from the start
    session.add(event)
    session.flush()
    return event


def check_event_fields(
    name: str, timezone: str, start_date: dt.date | None = None, end_date: dt.date | None = None
) -> str:
    """Validate an event's fields before anything is written; returns the cleaned name."""
    name = clean(name)
    if not any(unicodedata.category(c)[0] not in "CZ" for c in name):  # "", or only invisibles
        raise UserError(refusal("the event needs a name"))
    try:
        zoneinfo.ZoneInfo(timezone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise UserError(
            refusal(
                "unknown time zone {timezone} (use a name such as Asia/Hong_Kong)",
                timezone=repr(timezone),
            )
        ) from None
    if start_date and end_date and end_date < start_date:
        raise UserError(refusal("the event ends before it starts"))
    return name


def event_by_id(session: Session, event_id: int) -> Event:
    """The event with this id, or a clear error when it is not in the database."""
    event = session.get(Event, event_id)
    if event is None:
        raise UserError(refusal("the event is no longer in this database; open the event again"))
    return event


def current_event(session: Session) -> Event:
    """The store's event, or a clear error when the database holds none yet."""
    event = session.scalar(select(Event).order_by(Event.id).limit(1))
    if event is None:
        raise UserError(
            refusal(
                "this database holds no event yet; run `confdesk init --name NAME` or `confdesk demo`"
            )
        )
    return event


def event_zone(event: Event) -> zoneinfo.ZoneInfo:
    return zoneinfo.ZoneInfo(event.timezone)


def to_local(event: Event, utc: dt.datetime) -> dt.datetime:
    """A stored naive-UTC time as an aware datetime in the event's zone."""
    return utc.replace(tzinfo=dt.UTC).astimezone(event_zone(event))


def to_utc(event: Event, local: dt.datetime) -> dt.datetime:
    """A local (naive = event zone, or aware) time as the naive UTC the store keeps."""
    if local.tzinfo is None:
        local = local.replace(tzinfo=event_zone(event))
    return local.astimezone(dt.UTC).replace(tzinfo=None)
