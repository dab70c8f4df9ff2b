"""Signed badge codes: compact, verifiable offline, cheap to encode as a QR code.

A code reads `PPPP-NNN-MMMMMMMMMMMM`, or `PPPP-NNN-G-MMMMMMMMMMMM` once reissued:
- `PPPP` the event's code prefix (so a badge from another event is recognised as such),
- `NNN` the attendee id in base 36,
- `G` the generation in base 36, from 1: a badge reprinted with a new code because the
  old one was lost (`reissue_badge`); the first badge has none (generation 0),
- `M...` the first 60 bits of HMAC-SHA256(event key, "event_id:attendee_id") in base 32
  ("event_id:attendee_id:G" from generation 1).
Every character is in the QR alphanumeric set (0-9, A-Z, `-`), which keeps the QR small
(version 2 at error level M).

`reissue_badge` gives an attendee a code of the next generation and revokes the old ones
(the attendee's code, and codes of badges printed by an earlier store of the event): a
scan of a revoked code is refused (desktop.core.checkin).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from db.models import Event
from db.words import refusal

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

_B36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
MAC_CHARS = 12
MAX_GENERATION = 36**3 - 1
# Source of the ticket codes that are badges printed by an earlier store of the event
# (desktop.core.attendee_import.validate.BADGE_SOURCE; not imported: the importer is heavy).
CARRIED_BADGE_SOURCE = "confdesk"
_CODE_RE = re.compile(
    rf"^([A-Z0-9]{{4}})-([0-9A-Z]{{1,10}})(?:-([0-9A-Z]{{1,3}}))?-([A-Z2-7]{{{MAC_CHARS}}})$"
)


def _b36(n: int) -> str:
    out = ""
    while True:
        n, r = divmod(n, 36)
        out = _B36[r] + out
        if n == 0:
            return out


_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def _mac(key_hex: str, event_id: int, attendee_id: int, generation: int = 0) -> str:
    message = f"{event_id}:{attendee_id}" + (f":{generation}" if generation else "")
    digest = hmac.new(bytes.fromhex(key_hex), message.encode(), hashlib.sha256).digest()
    # The first 60 bits in RFC 4648 base 32 (what base64.b32encode gives), without encoding
    # the rest of the digest: this runs once per attendee in bulk imports.
    bits = int.from_bytes(digest[:8], "big") >> 4
    return "".join(_B32[(bits >> shift) & 31] for shift in range(55, -1, -5))


def badge_code(event: Event, attendee_id: int, generation: int = 0) -> str:
    """The signed badge code of an attendee of this event (of a reissued badge: generation)."""
    return badge_code_for(event.signing_key, event.code_prefix, event.id, attendee_id, generation)


def badge_code_for(
    key_hex: str, prefix: str, event_id: int, attendee_id: int, generation: int = 0
) -> str:
    """Same as `badge_code` without an Event object (bulk inserts)."""
    mac = _mac(key_hex, event_id, attendee_id, generation)
    if not generation:
        return f"{prefix}-{_b36(attendee_id)}-{mac}"
    if not 0 < generation <= MAX_GENERATION:
        raise ValueError(f"badge generation out of range: {generation}")
    return f"{prefix}-{_b36(attendee_id)}-{_b36(generation)}-{mac}"


def generation_of(code: str) -> int:
    """The generation of a code in our format (0: a first badge, or not our format)."""
    m = _CODE_RE.match(code)
    return int(m.group(3), 36) if m and m.group(3) else 0


class Verdict(StrEnum):
    VALID = "valid"  # our format, our event, signature right
    FORGED = "forged"  # our format and event, wrong signature
    OTHER_EVENT = "other_event"  # our format, another event's prefix
    NOT_OURS = "not_ours"  # not our format: may be a ticketing-system code, look it up


@dataclass(frozen=True)
class Parsed:
    verdict: Verdict
    attendee_id: int | None = None
    generation: int = 0


def normalise_scan(raw: str) -> str:
    """What a scanner or a keyboard typed, trimmed; upper-cased when it looks like our format."""
    text = raw.strip().strip("\x00")
    upper = text.upper()
    return upper if _CODE_RE.match(upper) else text


def verify(event: Event, raw: str) -> Parsed:
    """Check a scanned text against this event's key, without touching the database."""
    text = normalise_scan(raw)
    m = _CODE_RE.match(text)
    if not m:
        return Parsed(Verdict.NOT_OURS)
    prefix, id36, gen36, mac = m.groups()
    if prefix != event.code_prefix:
        return Parsed(Verdict.OTHER_EVENT)
    attendee_id = int(id36, 36)
    generation = int(gen36, 36) if gen36 else 0
    if gen36 is not None and not generation:
        return Parsed(Verdict.FORGED)  # "-0-" is never written: generation 0 has no group
    expected = _mac(event.signing_key, event.id, attendee_id, generation)
    if not hmac.compare_digest(expected, mac):
        return Parsed(Verdict.FORGED)
    return Parsed(Verdict.VALID, attendee_id, generation)


def reissue_badge(
    session: Session,
    attendee_id: int,
    desk: str = "",
    operator: str = "",
    reason: str = "lost badge",
    at: dt.datetime | None = None,
) -> str:
    """Give an attendee a new badge code and revoke the old ones; returns the new code.

    Revoked: the attendee's current code and the codes of badges printed for them by an
    earlier store of the event (carried over as ticket codes). Ticketing-system codes stay
    valid (they are not printed on the badge). From now on a scan of a revoked code is
    refused, saying when and at which desk the badge was reprinted. The caller prints the
    new badge (`attendee.badge_code`).
    """
    from sqlalchemy import select

    from db.models import Attendee, RevokedBadge, TicketCode, utcnow
    from desktop.base.errors import UserError
    from desktop.core.attendees import refresh_search_text
    from desktop.core.audit import Action, write_audit
    from desktop.core.events import current_event
    from desktop.core.text import clean

    reason = clean(reason, 500)
    if not reason:
        raise UserError(refusal("give a reason for the new badge code (e.g. lost badge)"))
    event = current_event(session)
    a = session.get(Attendee, attendee_id)
    if a is None or a.event_id != event.id:
        raise UserError(refusal("no attendee with id {attendee_id}", attendee_id=attendee_id), 4)
    if a.merged_into_id is not None:
        raise UserError(
            refusal(
                "attendee {attendee_id} was merged into {merged_into_id}: reissue that badge",
                attendee_id=attendee_id,
                merged_into_id=a.merged_into_id,
            ),
            4,
        )
    if a.status != "registered":
        raise UserError(
            refusal(
                "the registration of {value} is cancelled", value=a.display_name or attendee_id
            ),
            4,
        )
    at = at or utcnow()
    carried = session.scalars(
        select(TicketCode.code).where(
            TicketCode.attendee_id == a.id, TicketCode.source == CARRIED_BADGE_SOURCE
        )
    )
    old = [a.badge_code, *carried]
    known = set(
        session.scalars(
            select(RevokedBadge.code).where(
                RevokedBadge.event_id == event.id, RevokedBadge.code.in_(old)
            )
        )
    )
    new = badge_code(event, a.id, generation_of(a.badge_code) + 1)
    revoked = list(dict.fromkeys(c for c in old if c and c not in known))
    session.add_all(
        RevokedBadge(
            event_id=event.id,
            attendee_id=a.id,
            code=code,
            reason=reason,
            desk=clean(desk, 100),
            operator=clean(operator, 100),
            at=at,
        )
        for code in revoked
    )
    a.badge_code = new
    refresh_search_text(session, a)
    write_audit(
        session,
        event.id,
        Action.BADGE_REISSUE,
        a.id,
        {"reason": reason, "revoked_codes": len(revoked), "generation": generation_of(new)},
        desk,
        operator,
    )
    session.flush()
    return new
