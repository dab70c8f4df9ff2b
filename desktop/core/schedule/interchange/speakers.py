"""The speakers list as CSV (for a spreadsheet, the mail merge, the badge printer) and as
vCard 3.0 (for the phones of the people who look after speakers): name, Chinese name,
organization, title, e-mail, biography and their sessions (day, time, room, title).

Which speakers: every speaker of the event, or, when the export is narrowed to a room or a
speaker, the speakers of the sessions chosen. Sessions are listed in time order, cancelled
ones left out, the unscheduled ones last.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from db.words import refusal
from desktop.base.errors import UserError
from desktop.base.han import has_han
from desktop.base.schedule import ScheduleData, SessionData, SpeakerData
from desktop.core.attendee_export import neutralise
from desktop.core.schedule.interchange.exporting import ExportPlan
from desktop.core.schedule.interchange.parsed import guid_for, is_uuid

HEADERS = (
    "Name",
    "Chinese name",
    "Organization",
    "Title",
    "Email",
    "Sessions",
    "Biography",
    "Guid",
    "Code",
)


@dataclass(frozen=True)
class SpeakerEntry:
    """One speaker with their sessions, as both files list them."""

    speaker: SpeakerData
    sessions: tuple[SessionData, ...]

    @property
    def guid(self) -> str:
        p = self.speaker
        return p.guid if is_uuid(p.guid) else guid_for("confdesk-speaker", p.id, p.name)

    def session_lines(self) -> list[str]:
        """ "2026-12-03 09:00 Hall 1: Opening" per session; "unscheduled: ..." for the rest."""
        out = []
        for x in self.sessions:
            if x.start is None or x.room is None:
                out.append(f"unscheduled: {x.title}")
            else:
                out.append(f"{x.start:%Y-%m-%d %H:%M} {x.room.name}: {x.title}")
        return out


def speaker_entries(data: ScheduleData, plan: ExportPlan, narrowed: bool) -> list[SpeakerEntry]:
    """The speakers to list (all of the event's, or those of the plan's sessions when the
    export is `narrowed`), each with their sessions; UserError when there is none."""
    chosen = plan.sessions if narrowed else [x for x in data.sessions if x.status != "cancelled"]
    chosen.sort(key=lambda x: (x.start is None, x.start.isoformat() if x.start else "", x.id))
    by_speaker: dict[int, list[SessionData]] = {}
    for x in chosen:
        for p in x.speakers:
            by_speaker.setdefault(p.id, []).append(x)
    people = data.speakers if not narrowed else [p for p in data.speakers if p.id in by_speaker]
    if not people:
        raise UserError(refusal("no speakers to export; nothing was written"))
    return [SpeakerEntry(p, tuple(by_speaker.get(p.id, ()))) for p in people]


def speakers_csv(entries: list[SpeakerEntry]) -> bytes:
    """The list as CSV, UTF-8 with a byte-order mark (so a spreadsheet reads the Chinese);
    a value that a spreadsheet would run as a formula is written as text."""
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(HEADERS)
    for e in entries:
        p = e.speaker
        w.writerow(
            neutralise(v)
            for v in (
                p.name,
                p.name_local,
                p.organization,
                p.title,
                p.email,
                "; ".join(e.session_lines()),
                p.bio,
                e.guid,
                p.code,
            )
        )
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def speakers_vcard(entries: list[SpeakerEntry]) -> bytes:
    """The list as vCard 3.0, one card per speaker (the Chinese name as the nickname, their
    sessions after the biography in the note)."""
    import vobject

    cards = []
    for e in entries:
        p = e.speaker
        card = vobject.vCard()
        card.add("fn").value = p.name
        family, given = _family_given(p.name)
        card.add("n").value = vobject.vcard.Name(family=family, given=given)
        if p.name_local:
            card.add("nickname").value = p.name_local
        if p.organization:
            card.add("org").value = [p.organization]
        if p.title:
            card.add("title").value = p.title
        if p.email:
            email = card.add("email")
            email.value = p.email
            email.type_param = "INTERNET"
        lines = e.session_lines()
        note = "\n\n".join(part for part in (p.bio, "\n".join(lines)) if part)
        if note:
            card.add("note").value = note
        card.add("uid").value = f"urn:uuid:{e.guid}"
        cards.append(card.serialize())
    return "".join(cards).encode("utf-8")


def _family_given(name: str) -> tuple[str, str]:
    """(family, given) as a vCard's N holds them ("Ludwig van Beethoven" -> ("van Beethoven",
    "Ludwig")); a Chinese name is all family."""
    if has_han(name) or not name.strip():
        return name.strip(), ""
    from nameparser import HumanName

    parsed = HumanName(name)
    given = " ".join(x for x in (parsed.first, parsed.middle) if x)
    return (str(parsed.last), given) if parsed.last else (given, "")
