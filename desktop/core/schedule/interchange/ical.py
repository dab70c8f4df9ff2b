"""iCalendar export (RFC 5545) through the `icalendar` library: the whole event, one room's
sessions (for a door sign tablet) or one speaker's (to send them their slots).

Times are written in the event's time zone with a VTIMEZONE, so calendar apps show the
local time of the venue. UIDs are the sessions' guids, so re-subscribing updates entries
instead of duplicating them.
"""

from __future__ import annotations

import datetime as dt
import html
import re

import icalendar

from desktop import __version__
from desktop.base.schedule import ScheduleData, SessionData
from desktop.core.schedule.interchange.exporting import plan_export


def plain_text(text: str) -> str:
    """Abstracts often hold HTML (FOSDEM); calendars show plain text."""
    if "<" not in text and "&" not in text:
        return text
    text = re.sub(r"(?i)<br\s*/?>|</p>", "\n", text)
    return html.unescape(re.sub(r"<[^>]+>", "", text)).strip()


def _description(x: SessionData) -> str:
    parts = []
    if x.subtitle:
        parts.append(x.subtitle)
    if x.speakers:
        parts.append(
            "Speakers: "
            + ", ".join(
                p.name if p.role in ("", "speaker") else f"{p.name} ({p.role})" for p in x.speakers
            )
        )
    if x.abstract:
        parts.append(plain_text(x.abstract))
    for label, refs in (("Links", x.links), ("Attachments", x.attachments)):
        if refs:
            urls = [(r.title, x.absolute(r.url) or r.url) for r in refs]
            lines = [f"{title}: {url}" if title else url for title, url in urls]
            parts.append(f"{label}:\n" + "\n".join(lines))
    if x.feedback_url:
        parts.append(f"Feedback: {x.absolute(x.feedback_url) or x.feedback_url}")
    return "\n\n".join(parts)


def export_ical(
    data: ScheduleData, room: str | None = None, speaker: str | None = None
) -> tuple[bytes, int]:
    """The published sessions as an .ics calendar; returns (bytes, number of sessions)."""
    plan = plan_export(data, room=room, speaker=speaker)
    cal = icalendar.Calendar()
    cal.add("prodid", f"-//Confdesk//Confdesk {__version__}//EN")
    cal.add("version", "2.0")
    title = data.event_name
    if room:
        title += f" · {room}"
    if speaker:
        title += f" · {speaker}"
    cal.add("x-wr-calname", title)
    cal.add("x-wr-timezone", data.timezone)
    stamp = dt.datetime.now(dt.UTC).replace(microsecond=0)
    count = 0
    for day in plan.days:
        for sessions in day.sessions.values():
            for x in sessions:
                ev = icalendar.Event()
                ev.add("uid", f"{x.guid}@confdesk")
                ev.add("dtstamp", stamp)
                ev.add("dtstart", x.start)
                ev.add("dtend", x.end)
                ev.add("summary", x.title)
                if x.room is not None:
                    ev.add("location", x.room.name)
                if x.track is not None:
                    ev.add("categories", [x.track.name])
                description = _description(x)
                if description:
                    ev.add("description", description)
                if x.subtitle:  # also in the description; here so a Confdesk import knows it
                    ev.add("x-confdesk-subtitle", x.subtitle)
                if x.url.startswith(("http://", "https://")):
                    ev.add("url", x.url)
                for r in x.attachments:  # RFC 5545 ATTACH: an absolute uri
                    if x.absolute(r.url):
                        ev.add("attach", x.absolute(r.url))
                if x.absolute(x.logo):  # RFC 7986 IMAGE
                    ev.add("image", x.absolute(x.logo), parameters={"VALUE": "URI"})
                ev.add("status", "CONFIRMED" if x.status == "confirmed" else "TENTATIVE")
                cal.add_component(ev)
                count += 1
    cal.add_missing_timezones()
    return cal.to_ical(), count
