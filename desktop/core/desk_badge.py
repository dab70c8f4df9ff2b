"""One badge at the desk, up to the printer: whether it prints (the desk's policy, a reprint's
reason), the lost badge's new code, the PDF kept in the badge folder and, where there is no
`lp`, the layout to paint. Sending it to the printer pool and logging what the spooler said
follow (desktop.core.print_jobs, desktop.core.desk_journal.log_print_or_journal).

The answer is typed: a `DeskBadge`, or a `Skip` with its `SkipReason`, so the desk words
what happened without reading the printer's messages.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from threading import Event
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from db.models import Attendee
from db.words import refusal
from desktop.base.errors import UserError
from desktop.core import badges as core
from desktop.core.desk_journal import log_print_or_journal
from desktop.core.events import current_event
from desktop.core.print_jobs import Attempt, PoolSender, PrintJob

if TYPE_CHECKING:
    from desktop.core.desk_link import DeskLink

LOST_BADGE = "lost badge"  # the reprint reason that gives the badge a new code
REASONS = [LOST_BADGE, "damaged badge", "name corrected", "printer jam", "other"]
KINDS = ("desk", "reprint")


class SkipReason(StrEnum):
    """Why the desk printed no badge."""

    UNKNOWN_ATTENDEE = "unknown attendee"
    ALREADY_PRINTED = "badge already printed"
    POLICY_NEVER = "check-in printing is off"
    LOST_BADGE_OFFLINE = "a lost badge gets its new code only while the server answers"
    REPRINT_CANCELLED = "reprint cancelled"


@dataclass(frozen=True)
class Skip:
    """No badge: why."""

    reason: SkipReason


@dataclass(frozen=True)
class DeskPrint:
    """What the desk asks for: whom, a desk print (check-in, walk-in: by `policy`) or a
    reprint (always; `reason` why), and how it is made."""

    attendee_id: int
    kind: str = "desk"  # desk | reprint
    reason: str = ""
    policy: str = "if_not_printed"
    template: str = core.DEFAULT_TEMPLATE
    sheet: str = "single"
    folder: Path = field(default_factory=Path)
    offset: tuple[float, float] = (0.0, 0.0)  # mm, the first printer's (lp only)
    force: bool = False  # print whatever the policy says
    reissue: bool = True  # a lost badge gets a new code (not when a failed one is sent again)
    layouts: bool = False  # also compute the layout to paint (no lp: QPainter on a QPrinter)
    desk: str = ""
    operator: str = ""


@dataclass(frozen=True)
class DeskBadge:
    """A badge made for the printer: its PDF in the badge folder, and more for the log."""

    path: str
    template: str
    person: str
    warnings: list[str]
    offset: tuple[float, float]
    layouts: list[Any] | None = None  # pdf.layout results, one per page (layouts=True)
    reissued: bool = False  # a lost badge: the attendee got a new badge code first


def badge_printed(session: Session, attendee_id: int) -> bool:
    """Whether the attendee has a badge that counts as printed."""
    a = session.get(Attendee, attendee_id)
    return a is not None and a.badge_printed_at is not None


def badge_file(folder: Path, number: int, now: dt.datetime | None = None) -> Path:
    """The desk badge's PDF: badge-NUMBER-YYYYmmdd-HHMMSS-micro.pdf in the badge folder."""
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
    return folder / f"badge-{number}-{stamp}.pdf"


def decide(session: Session, req: DeskPrint, offline: bool = False) -> Skip | None:
    """Whether this badge prints: None (it does), or the Skip saying why not. offline: the
    session is the desk's mirror (the server is away)."""
    if req.kind not in KINDS:
        raise UserError(
            refusal("unknown desk print {kind} (use desk or reprint)", kind=repr(req.kind))
        )
    a = session.get(Attendee, req.attendee_id)
    if a is None:
        return Skip(SkipReason.UNKNOWN_ATTENDEE)
    if req.kind == "desk" and not req.force and not core.should_print_on_checkin(req.policy, a):
        never = req.policy == "never"
        return Skip(SkipReason.POLICY_NEVER if never else SkipReason.ALREADY_PRINTED)
    if offline and _reissues(req):
        return Skip(SkipReason.LOST_BADGE_OFFLINE)
    return None


def _reissues(req: DeskPrint) -> bool:
    return req.reissue and req.kind == "reprint" and req.reason.strip().lower() == LOST_BADGE


def make_desk_badge(session: Session, req: DeskPrint, offline: bool = False) -> DeskBadge | Skip:
    """Decide, then (a lost badge: give it a new code first) render the badge PDF into the
    badge folder; nothing is logged as printed here (that waits for the spooler)."""
    skip = decide(session, req, offline)
    if skip is not None:
        return skip
    a = session.get(Attendee, req.attendee_id)
    assert a is not None  # decide() said so
    reissued = _reissues(req)
    if reissued:
        from desktop.core.tickets import reissue_badge

        reissue_badge(session, req.attendee_id, req.desk, req.operator, req.reason)
    req.folder.mkdir(parents=True, exist_ok=True)
    out = badge_file(req.folder, a.number)
    result = core.render_badges(
        session,
        out,
        req.template,
        req.sheet,
        core.Selection(ids=[req.attendee_id]),
        offset=req.offset,
        log=False,
    )
    layouts = None
    if req.layouts:
        from desktop.pdf.layout import compute

        name = core.category_templates(session).get(a.category, req.template)
        spec = core.printable(session, core.load_template(session, name))
        event = current_event(session)
        values = core.badge_values(event, a)
        layouts = [compute(spec, values, "front", core.logo_file(session, event))]
    return DeskBadge(
        path=result.path,
        template=result.template,
        person=a.display_name,
        warnings=result.warnings.get(req.attendee_id, []),
        offset=req.offset,
        layouts=layouts,
        reissued=reissued,
    )


@dataclass
class DeskPrinted:
    """What became of one desk badge sent to the printer pool (`print_at_desk`)."""

    status: str  # printed | failed | pdf_only | skipped
    badge: DeskBadge | None = None
    skip: SkipReason | None = None
    printer: str = ""  # the queue that took it
    job: str = ""  # the spooler's job id
    error: str = ""  # every queue's words, when none took it
    attempts: list[Attempt] = field(default_factory=list)
    journaled: bool = False  # its log waits in the desk journal (the server is away)


def print_at_desk(
    link: DeskLink,
    req: DeskPrint,
    pool: list[str],
    sender: PoolSender | None = None,
    timeout_s: float = 300.0,
) -> DeskPrinted:
    """Print one badge as the desk does, and wait for the spooler: decide and make it
    (`make_desk_badge`, on the mirror when the server is away), send its PDF to the `pool`'s
    queues in order until one takes it (none: the PDF only), and log every attempt with what
    the spooler said, in the desk journal when offline."""
    made = link.write(lambda s, offline: make_desk_badge(s, req, offline))
    if isinstance(made, Skip):
        return DeskPrinted("skipped", skip=made.reason)
    out = DeskPrinted("pdf_only", badge=made)

    def log(att: Attempt | None) -> None:
        status = "pdf_only" if att is None else att.status
        answer = log_print_or_journal(
            link.store,
            link.journal,
            req.attendee_id,
            link.desk,
            req.operator,
            kind=req.kind,
            template=made.template,
            destination=att.printer if att is not None else made.path,
            warnings=[*made.warnings, *([f"printer: {att.note}"] if att and att.note else [])],
            reason=req.reason,
            status=status,
            job=att.job if att else "",
            error=att.error if att else "",
            mirror=link.mirror,
        )
        out.journaled = out.journaled or answer.journaled

    if not pool:
        log(None)
        return out
    own = sender is None
    sender = sender or PoolSender()
    done = Event()
    record = PrintJob(0, req.attendee_id, person=made.person, kind=req.kind, path=made.path)
    try:
        sender.submit(
            record,
            lambda _printer: Path(made.path),
            pool,
            on_attempt=lambda _job, att: log(att),
            on_done=lambda _job: done.set(),
        )
        if not done.wait(timeout_s):
            sender.cancel(record)
            done.wait(30)
    finally:
        if own:
            sender.shutdown()
    out.status = "printed" if record.state == "done" else "failed"
    out.printer, out.job, out.error = record.printer, record.job, record.error
    out.attempts = list(record.attempts)
    return out
