"""The self-service kiosk: what an attendee may do alone, and what the kiosk may show them.

An attendee at the kiosk either scans the QR of their ticket (checked in like a scan at a
desk, under the kiosk's name) or types their e-mail and confirms it with something only they
should know: the last 4 characters of their badge or ticket code, or the last 4 digits of
their phone number. The kiosk shows only the name of the person it checked in; every
refusal reads the same whatever its cause, so the kiosk never tells whether an e-mail is
registered, whose a code is, or why someone was turned away (staff see that in the log).

This module decides; the kiosk screen (desktop.ui.kiosk) says it in English and Chinese.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Attendee, TicketCode, table
from desktop.core.audit import Action, write_audit
from desktop.core.checkin import Outcome, ScanResult
from desktop.core.events import current_event
from desktop.core.text import printed_names

_A = table(Attendee)
SECRET_LENGTH = 4
# Consecutive failed e-mail confirmations after which the kiosk sends people to the help desk
# for a while (someone trying codes for another person's e-mail).
MAX_FAILURES = 5
PAUSE_S = 120.0
MAX_EMAIL = 320


class KioskOutcome(StrEnum):
    """What the kiosk tells the attendee."""

    WELCOME = "welcome"  # checked in now: their badge prints
    ALREADY = "already"  # checked in before: their badge prints only if it never did
    HELP_DESK = "help_desk"  # anything else: please see the help desk


@dataclass(frozen=True)
class KioskAnswer:
    """The kiosk's answer: the outcome and, for WELCOME/ALREADY only, the person's own name
    and id (to print their badge). A HELP_DESK answer carries nothing about anyone."""

    outcome: KioskOutcome
    attendee_id: int | None = None
    name: str = ""
    name_local: str = ""


HELP_DESK = KioskAnswer(KioskOutcome.HELP_DESK)


def answer_for(result: ScanResult) -> KioskAnswer:
    """The kiosk's answer to a check-in's result (a scan or a confirmed e-mail)."""
    card = result.attendee
    if card is None or result.outcome not in (Outcome.CHECKED_IN, Outcome.ALREADY):
        return HELP_DESK
    kind = KioskOutcome.WELCOME if result.outcome is Outcome.CHECKED_IN else KioskOutcome.ALREADY
    # the name as printed, and the Chinese line only when it says something else
    given, family, local = printed_names(card.given_name, card.family_name, card.name_local)
    name = " ".join(p for p in (given, family) if p) or local
    return KioskAnswer(kind, card.id, name, local if local != name else "")


def fold_secret(text: str) -> str:
    """A typed secret as compared: full-width folded (NFKC), case, spaces and hyphens ignored."""
    folded = unicodedata.normalize("NFKC", text or "").casefold()
    return "".join(c for c in folded if c.isalnum())


def _tail(value: str, digits_only: bool = False) -> str:
    folded = fold_secret(value)
    if digits_only:
        folded = "".join(c for c in folded if c.isdigit())
    return folded[-SECRET_LENGTH:] if len(folded) >= SECRET_LENGTH else ""


def confirm_email(session: Session, email: str, secret: str) -> int | None:
    """The attendee whose e-mail this is and who knows `secret` (the last 4 characters of
    their badge or a ticket code, or of their phone's digits); None unless exactly one
    registered attendee of the event matches both (never a hint which one failed)."""
    typed = unicodedata.normalize("NFKC", email or "").strip()
    secret = fold_secret(secret)
    if not typed or len(typed) > MAX_EMAIL or "@" not in typed or len(secret) != SECRET_LENGTH:
        return None
    if not typed.isprintable():  # a NUL byte or a control: no e-mail (PostgreSQL refuses NUL)
        return None
    event = current_event(session)
    rows = session.execute(
        select(_A.c.id, _A.c.badge_code, _A.c.phone).where(
            _A.c.event_id == event.id,
            _A.c.email.in_(sorted({typed, typed.lower()})),
            _A.c.status == "registered",
            _A.c.merged_into_id.is_(None),
        )
    ).all()
    # The ticket codes are read even for an e-mail nobody has: an answer as quick for an
    # unknown e-mail as for a known one says nothing about who is registered.
    codes: dict[int, list[str]] = {r.id: [r.badge_code] for r in rows}
    for attendee_id, code in session.execute(
        select(TicketCode.attendee_id, TicketCode.code).where(
            TicketCode.event_id == event.id, TicketCode.attendee_id.in_(list(codes) or [-1])
        )
    ):
        codes[attendee_id].append(code)
    matches = {
        r.id
        for r in rows
        if secret in {_tail(c) for c in codes[r.id]} or secret == _tail(r.phone, True)
    }
    return matches.pop() if len(matches) == 1 else None


def log_email_refusal(session: Session, desk: str, failures: int, paused: bool) -> None:
    """Note in the audit log that the kiosk `desk` found nobody for an e-mail and 4
    characters (what was typed is not kept: it may be anyone's), and whether it now pauses."""
    event = current_event(session)
    details = {"failures_in_a_row": failures, "paused": paused}
    write_audit(session, event.id, Action.KIOSK_EMAIL_REFUSED, None, details, desk, "kiosk")


class FailureGate:
    """Counts failures (e-mail confirmations, staff PINs); `max_failures` of them within
    `window_s` shut it for `pause_s` (by the caller's clock), then it opens again. With
    `grow`, each shut in a row lasts twice the one before (up to an hour), so a PIN or a
    phone's last 4 digits cannot be tried through in a day. A success forgets the failures
    only with `reset_on_success` (a staff PIN); at the kiosk, where anyone may check
    themselves in between two guesses at someone else's details, it does not."""

    def __init__(
        self,
        max_failures: int = MAX_FAILURES,
        pause_s: float = PAUSE_S,
        grow: bool = False,
        window_s: float = 600.0,
        reset_on_success: bool = True,
    ) -> None:
        self.max_failures = max_failures
        self.pause_s = pause_s
        self.grow = grow
        self.window_s = window_s
        self.reset_on_success = reset_on_success
        self.times: list[float] = []  # the failures within the window
        self.rounds = 0  # shuts in a row
        self.shut_at: float | None = None

    @property
    def failures(self) -> int:
        return len(self.times)

    @property
    def pause(self) -> float:
        """How long the gate stays shut this time."""
        if not self.grow:
            return self.pause_s
        return float(min(self.pause_s * 2 ** max(self.rounds - 1, 0), 3600.0))

    def is_open(self, now: float) -> bool:
        if self.shut_at is not None and now - self.shut_at >= self.pause:
            self.shut_at, self.times = None, []
        return self.shut_at is None

    def failed(self, now: float) -> None:
        self.times = [t for t in self.times if now - t < self.window_s] + [now]
        if len(self.times) >= self.max_failures:
            self.rounds += 1
            self.shut_at = now

    def succeeded(self) -> None:
        if self.reset_on_success:
            self.times, self.rounds, self.shut_at = [], 0, None


def email_gate() -> FailureGate:
    """The kiosk's gate on e-mail confirmations: 5 failures in 10 minutes pause it for 2
    minutes, then 4, 8...; a check-in in between does not reopen it."""
    return FailureGate(MAX_FAILURES, PAUSE_S, grow=True, window_s=600.0, reset_on_success=False)
