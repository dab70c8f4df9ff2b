"""Printing one badge at the desk: policy, reprint reasons, the printer pool, the job list.

`BadgePrinter` listens to `ctx.signals.print_badge_requested(attendee_id, kind)`:
- kind "desk" (check-in, walk-in) prints according to the policy in Settings: never, if not
  yet printed, or always;
- kind "reprint" (the desk's Print badge button) always prints. For someone whose badge was
  never printed it is a first print (logged as "desk", no reason asked); otherwise it asks
  for a reason, and for a lost badge the attendee gets a new badge code first and the old
  code is refused from then on (`desktop.core.tickets.reissue_badge`).
- The badge is rendered by the same reportlab code as the batch (`desktop.core.badges`) into
  a PDF kept in the badge folder (the PDF is always available) and handed to the desk's
  printer pool (Settings: an ordered list of printers; one printer is a pool of one). Each
  attempt is logged with what the spooler said: `failed` on one queue (with its words),
  `printed` on the queue that took it (with its job id) or, when no printer is chosen,
  `pdf_only`. Only `printed` counts as printed (desktop.core.badges).
- Every badge of this session is a `PrintJob` in `BadgePrinter.jobs` (queued, printing,
  done, failed with the reason, its attempts); the print queue panel
  (`desktop.ui.print_queue`) shows them and can cancel one that has no answer yet or send a
  failed one again, to the pool or to another printer.

How it reaches the printer (decided, see docs/badges.md, "At the desk"): on Linux and macOS,
where CUPS is the system spooler, the reportlab PDF goes to `lp -d PRINTER` (CUPS rasterises
PDF itself, so the paper matches the batch PDF byte for byte), through
`desktop.core.print_jobs.PoolSender`: the first queue that CUPS says is ready (not paused,
accepting, not out of paper), then the next when that one refuses or fails the job, once per
queue. The job counts as accepted when
lp exits 0 with a job id and CUPS then neither aborts nor cancels it, nor holds it, nor has
the queue stopped, within a few seconds (`desktop.core.spooler.follow_job`; a job that fails
this way is cancelled, so it never prints later unlogged). Where `lp` is missing (Windows),
the same layout is painted with QPainter onto a QPrinter for each printer of the pool in
turn; the job is accepted when the painter ends without a printer error. Sending and
following run on threads of their own, not the GUI's nor the database writer's. The time
from the signal to the job accepted by the spooler is measured and shown (`last_elapsed_ms`).
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMarginsF, QObject, QSizeF, Signal
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QInputDialog, QWidget
from sqlalchemy.orm import Session

from db.engine import Store, data_dir
from desktop.core import badges as core
from desktop.core.desk_badge import (
    REASONS,
    DeskBadge,
    DeskPrint,
    Skip,
    SkipReason,
    badge_printed,
    make_desk_badge,
)
from desktop.core.desk_journal import DeskJournal, DeskPrintLog, log_print_or_journal
from desktop.core.print_jobs import Attempt, JobList, PoolSender, PrintJob
from desktop.core.spooler import (  # noqa: F401  (the Badges screen sends batches with these)
    FOLLOW_S,
    SpoolResult,
    send_with_lp,
    spool,
)
from desktop.ui.changes import Change
from desktop.ui.context import AppContext
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.settings import Settings

if TYPE_CHECKING:
    from desktop.core.mirror import Mirror
    from desktop.pdf.layout import Layout

# The policies in words (policy_title translates them where they are shown).
POLICY_TITLES = {
    "never": QT_TRANSLATE_NOOP("BadgePrinter", "Never print on check-in"),
    "if_not_printed": QT_TRANSLATE_NOOP("BadgePrinter", "Print if not printed yet"),
    "always": QT_TRANSLATE_NOOP("BadgePrinter", "Always print on check-in"),
}
# The reprint reasons of desktop.core.desk_badge.REASONS in words: the log keeps the English
# reason (a lost badge is known by it), the dialog and the print queue show these.
REASON_WORDS = {
    "lost badge": QT_TRANSLATE_NOOP("BadgePrinter", "lost badge"),
    "damaged badge": QT_TRANSLATE_NOOP("BadgePrinter", "damaged badge"),
    "name corrected": QT_TRANSLATE_NOOP("BadgePrinter", "name corrected"),
    "printer jam": QT_TRANSLATE_NOOP("BadgePrinter", "printer jam"),
    "other": QT_TRANSLATE_NOOP("BadgePrinter", "other"),
}


def policy_title(policy: str) -> str:
    """A print-on-check-in policy in the interface's language."""
    title = POLICY_TITLES.get(policy)
    return QCoreApplication.translate("BadgePrinter", title) if title else policy


def reason_label(reason: str) -> str:
    """A reprint reason in the interface's language (a reason typed by staff as it is)."""
    word = REASON_WORDS.get(reason.strip().lower())
    return QCoreApplication.translate("BadgePrinter", word) if word else reason


def printer_names() -> list[str]:
    """Printers the system knows now: CUPS's queues asked over IPP (Qt's list is read once
    per process and misses a queue added later), else Qt's list (no CUPS)."""
    from desktop.core.spooler import queue_names

    names = queue_names()
    return names if names is not None else list(QPrinterInfo.availablePrinterNames())


@dataclass
class PrintSettings:
    """The desk's badge printing settings (per laptop, in the app's settings).

    `printers` is the pool in order and `printer` its first ("" = PDF only). Made with
    `printer` alone (the Badges screen's one badge printer), saving puts that printer first
    and keeps the rest of the saved pool; with neither, the desk prints PDFs only."""

    printer: str = ""  # "" = PDF only
    policy: str = "if_not_printed"
    template: str = core.DEFAULT_TEMPLATE
    sheet: str = "single"
    pdf_dir: str = ""
    offset_x: float = 0.0  # the offset of `printer`
    offset_y: float = 0.0
    use_lp: bool = True
    printers: list[str] = field(default_factory=list)
    offsets: dict[str, tuple[float, float]] = field(default_factory=dict)  # per printer

    def __post_init__(self) -> None:
        if not self.printer and self.printers:
            self.printer = self.printers[0]

    @property
    def pool(self) -> list[str]:
        """The printers in order, `printer` first; [] = PDF only."""
        return list(dict.fromkeys(p for p in [self.printer, *self.printers] if p))

    def offset(self, printer: str) -> tuple[float, float]:
        if printer == self.printer:
            return self.offset_x, self.offset_y
        return self.offsets.get(printer, (0.0, 0.0))

    @property
    def folder(self) -> Path:
        return Path(self.pdf_dir) if self.pdf_dir else data_dir() / "badges"


def load_settings(settings: Settings | None = None) -> PrintSettings:
    st = settings or Settings()
    pool = st.badge_printers
    printer = pool[0] if pool else ""
    ps = PrintSettings(
        printer=printer,
        # Until a badge printer is chosen, check-ins print nothing (and mark nothing printed).
        policy=st.get("badges/policy", "") or ("if_not_printed" if printer else "never"),
        template=st.get("badges/desk_template", core.DEFAULT_TEMPLATE),
        sheet=st.get("badges/desk_sheet", "single"),
        pdf_dir=st.get("badges/pdf_dir", ""),
        use_lp=st.get("badges/use_lp", True),
        printers=pool,
        offsets={p: printer_offset(st, p) for p in pool},
    )
    if ps.policy not in core.POLICIES:
        ps.policy = "if_not_printed"
    ps.offset_x, ps.offset_y = printer_offset(st, printer)
    return ps


def printer_offset(settings: Settings, printer: str) -> tuple[float, float]:
    """The x/y offset (mm) measured for one printer with the calibration page."""
    raw = settings.get(f"badges/offset/{printer or 'PDF'}", "0,0")
    try:
        x, y = (float(v) for v in str(raw).split(","))
    except ValueError:
        return 0.0, 0.0
    return x, y


def save_settings(ps: PrintSettings, settings: Settings | None = None) -> None:
    s = settings or Settings()
    if ps.printers:
        pool = ps.pool
    elif ps.printer:  # one printer chosen: first, the saved pool's others after it
        pool = [ps.printer, *(p for p in s.badge_printers if p != ps.printer)]
    else:
        pool = []
    s.badge_printers = pool
    s.set("badges/policy", ps.policy)
    s.set("badges/desk_template", ps.template)
    s.set("badges/desk_sheet", ps.sheet)
    s.set("badges/pdf_dir", ps.pdf_dir)
    s.set("badges/use_lp", ps.use_lp)
    s.set(f"badges/offset/{ps.printer or 'PDF'}", f"{ps.offset_x:g},{ps.offset_y:g}")


def paint_to_printer(
    printer: QPrinter, layouts: list[Layout], offset: tuple[float, float] = (0, 0)
) -> None:
    """Paint badge layouts (one per page) with QPainter on a QPrinter, sized to the badge.

    Raises RuntimeError when the printer cannot be opened or does not take the job."""
    first = layouts[0]
    printer.setFullPage(True)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QSizeF(first.width, first.height), QPageSize.Unit.Millimeter, "Badge"),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    from desktop.ui.badges.painter import paint_layout

    p = QPainter()
    if not p.begin(printer):
        raise RuntimeError("the printer could not be opened")
    try:
        scale = printer.resolution() / 25.4
        for i, layout in enumerate(layouts):
            if i:
                printer.newPage()
            p.save()
            p.scale(scale, scale)
            p.translate(offset[0], offset[1])
            paint_layout(p, layout)
            p.restore()
    finally:
        ended = p.end()
    if not ended or printer.printerState() == QPrinter.PrinterState.Error:
        raise RuntimeError("the printer did not take the job")


def print_with_qprinter(
    name: str, layouts: list[Layout], offset: tuple[float, float] = (0, 0)
) -> SpoolResult:
    """Paint the badge on the system printer `name` (where there is no lp); never raises."""
    info = QPrinterInfo.printerInfo(name)
    if info.isNull():
        return SpoolResult(False, error=f"no printer named {name!r} on this computer")
    printer = QPrinter(info)
    printer.setDocName("Confdesk badge")
    try:
        paint_to_printer(printer, layouts, offset)
    except RuntimeError as exc:
        return SpoolResult(False, error=f"{name}: {exc}")
    return SpoolResult(True, accepted_at=time.perf_counter())


@dataclass(frozen=True)
class BadgePrinted:
    """A desk badge done: the spooler took it, or (no printer) its PDF was kept."""

    attendee_id: int
    path: str  # the badge PDF, kept in the badge folder
    printer: str  # the queue that took it ("" for a PDF only)
    job: str  # the spooler's job id
    status: str  # printed | pdf_only
    elapsed_ms: float  # from the request to the spooler's answer
    accepted_at: float | None  # time.perf_counter() when the spooler took the job
    warnings: list[str]
    attempts: list[Attempt]  # each printer tried, in order
    job_id: int  # in BadgePrinter.jobs


class BadgePrinter(QObject):
    """Prints one badge at a time for the desk; connect it once per application."""

    printed = Signal(BadgePrinted)
    skipped = Signal(int, object)  # attendee_id, a SkipReason
    failed = Signal(str)
    kept = Signal(object)  # a DeskPrintLog: the print's log waits in the desk journal
    # A PrintJob of this session changed; emitted on whichever thread changed it (the
    # sender's too), so it reaches widgets queued, on the GUI thread.
    job_changed = Signal(object)
    _on_gui = Signal(object)  # a function to run on the GUI thread

    def __init__(
        self,
        ctx: AppContext,
        settings: Settings | None = None,
        parent: QObject | None = None,
        reason_provider: Callable[[int], str | None] | None = None,
        sender: PoolSender | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = settings or Settings()
        self.reason_provider = reason_provider or self._ask_reason
        self.last_elapsed_ms: float | None = None
        # lp and following the job take from 20 ms to a few seconds: on threads of their
        # own, so neither the desk nor the database writer waits for the printer.
        self.pool_sender = sender or PoolSender()
        self.jobs = JobList()
        self.jobs.listen(self.job_changed.emit)
        self._on_gui.connect(self._run_on_gui)  # a method: runs on the GUI thread
        ctx.signals.print_badge_requested.connect(self.request)
        # Register the fonts and build the QR tables now, off the GUI thread, so the first
        # badge at the desk does not pay for them (~0.4 s).
        ctx.worker.run(_warm_up)

    @property
    def follow_s(self) -> float:
        """How long a job is followed in CUPS before it counts as accepted."""
        return self.pool_sender.follow_s

    @follow_s.setter
    def follow_s(self, value: float) -> None:
        self.pool_sender.follow_s = value

    def _run_on_gui(self, fn: Callable[[], None]) -> None:
        fn()

    def _ask_reason(self, attendee_id: int) -> str | None:
        owner = self.parent()
        parent = owner if isinstance(owner, QWidget) else None
        # The reasons in words; the one chosen is logged as its English reason.
        words = {reason_label(r): r for r in REASONS}
        reason, ok = QInputDialog.getItem(
            parent,
            self.tr("Reprint badge"),
            self.tr(
                "Why is this badge printed again? (lost badge: the badge gets a new code and "
                "the old one is refused)"
            ),
            list(words),
            0,
            True,
        )
        if not ok:
            return None
        reason = reason.strip()
        return words.get(reason, reason) or "other"

    def _printed_before(self, attendee_id: int) -> bool:
        """Whether the attendee has a badge that counts as printed (a quick indexed read)."""

        provisional = attendee_id < 0  # a walk-in registered offline, not sent yet
        return self.ctx.worker.read_or_mirror(
            self.ctx.desk, lambda s: badge_printed(s, attendee_id), mirror_only=provisional
        )

    def request(self, attendee_id: int, kind: str) -> None:
        """Slot for print_badge_requested: a desk print follows the policy; a reprint asks why,
        unless the badge was never printed (then it is a first print)."""
        t0 = time.perf_counter()
        reason = ""
        if kind == "reprint":
            if not self._printed_before(attendee_id):
                self.print_badge(attendee_id, "desk", "", t0, force=True)
                return
            answer = self.reason_provider(attendee_id)
            if answer is None:
                self.skipped.emit(attendee_id, SkipReason.REPRINT_CANCELLED)
                return
            reason = answer
            t0 = time.perf_counter()  # our time starts once the operator has answered
        self.print_badge(attendee_id, kind, reason, t0)

    def print_badge(
        self,
        attendee_id: int,
        kind: str = "desk",
        reason: str = "",
        t0: float | None = None,
        force: bool = False,
        reissue: bool = True,
        printers: list[str] | None = None,
    ) -> None:
        """Render and send one badge, then log what the spooler said (asynchronously; see the
        printed/skipped/failed signals). force: print whatever the policy says; reissue: a
        lost badge gets a new code (False when a failed print of one is sent again);
        printers: this pool instead of the desk's."""
        t0 = time.perf_counter() if t0 is None else t0
        ps = load_settings(self.settings)
        if printers is not None:
            ps.printers, ps.printer = list(printers), printers[0] if printers else ""
            ps.offsets = {p: printer_offset(self.settings, p) for p in printers}
            ps.offset_x, ps.offset_y = ps.offset(ps.printer) if ps.printer else (0.0, 0.0)
        desk, operator = self.ctx.desk, self.ctx.operator
        kind = "reprint" if kind == "reprint" else "desk"
        lp = ps.use_lp and shutil.which("lp") is not None

        req = DeskPrint(
            attendee_id,
            kind,
            reason,
            policy=ps.policy,
            template=ps.template,
            sheet=ps.sheet,
            folder=ps.folder,
            offset=(ps.offset_x, ps.offset_y) if lp else (0.0, 0.0),
            force=force,
            reissue=reissue,
            layouts=bool(ps.printer) and not lp,
            desk=desk,
            operator=operator,
        )

        def job(session: Session, offline: bool) -> DeskBadge | Skip:
            # offline: `session` is the desk's mirror (the server is away); the print is
            # logged in the desk journal and counted once it is sent.
            return make_desk_badge(session, req, offline)

        def rendered(res: DeskBadge | Skip) -> None:
            if isinstance(res, Skip):
                self.skipped.emit(attendee_id, res.reason)
                return
            record = self.jobs.add(
                attendee_id,
                person=res.person,
                kind=kind,
                reason=reason,
                path=res.path,
                pool=ps.pool,
                extra={"res": res, "ps": ps, "t0": t0},
            )
            if not ps.pool:
                self._log(record, None)
                self._finish_pdf_only(record)
            elif res.layouts is not None:
                self._paint(record)
            else:
                self._send(record, ps.pool)

        self.ctx.worker.submit_or_mirror(
            desk, job, rendered, self._error, mirror_only=attendee_id < 0
        )

    # --- sending --------------------------------------------------------------------------
    def _send(self, record: PrintJob, pool: list[str]) -> None:
        self.pool_sender.submit(
            record,
            self._renderer(record),
            pool,
            on_attempt=self._log,
            on_done=self._done,
            on_change=self.jobs.changed,
        )

    def _renderer(self, record: PrintJob) -> Callable[[str], Path]:
        """The PDF for one printer of the pool: the one made, or (another printer offset)
        made again for that printer on the calling thread (its own read session)."""
        res, ps = record.extra["res"], record.extra["ps"]
        made: dict[tuple[float, float], Path] = {tuple(res.offset): Path(res.path)}

        def render(printer: str) -> Path:
            offset = ps.offset(printer)
            if offset in made:
                return made[offset]
            out = Path(res.path).with_suffix(f".{len(made)}.pdf")

            def again(session: Session) -> None:
                core.render_badges(
                    session,
                    out,
                    ps.template,
                    ps.sheet,
                    core.Selection(ids=[record.attendee_id]),
                    offset=offset,
                    log=False,
                )

            self.ctx.worker.read_or_mirror(self.ctx.desk, again, mirror_only=record.attendee_id < 0)
            made[offset] = out
            return out

        return render

    def _paint(self, record: PrintJob) -> None:
        """Without lp: paint the badge on each printer of the pool in turn (GUI thread)."""
        res, ps = record.extra["res"], record.extra["ps"]
        for printer in ps.pool:
            self.jobs.update(record, state="printing", printer=printer)
            sent = print_with_qprinter(printer, res.layouts, ps.offset(printer))
            att = Attempt(
                printer,
                "printed" if sent.ok else "failed",
                error=sent.error,
                accepted_at=sent.accepted_at,
            )
            record.attempts.append(att)
            self._log(record, att)
            if sent.ok:
                self.jobs.update(record, state="done", error="")
                break
        else:
            said = [f"{a.printer}: {a.error}" for a in record.attempts if a.status == "failed"]
            self.jobs.update(record, state="failed", error="; ".join(said))
        self._done(record)

    def retry(self, job_id: int, printers: list[str] | None = None) -> bool:
        """Send a failed job of this session again: to `printers`, else the desk's pool.
        The badge PDF made for it is sent (no new code for a lost badge). False: no such
        failed job, or no printer to send it to."""
        record = self.jobs.get(job_id)
        ps = load_settings(self.settings)
        pool = list(printers) if printers else ps.pool
        if record is None or record.state != "failed" or not pool:
            return False
        old: PrintSettings = record.extra["ps"]
        for p in pool:
            if p not in old.offsets and p != old.printer:
                old.offsets[p] = printer_offset(self.settings, p)
        record.extra["t0"] = time.perf_counter()
        if record.extra["res"].layouts is not None:
            old.printers, old.printer = pool, pool[0]
            old.offset_x, old.offset_y = old.offset(pool[0])
            self._paint(record)
            return True
        self.jobs.update(record, state="queued", error="")
        self._send(record, pool)
        return True

    def retry_attendee(
        self,
        attendee_id: int,
        kind: str = "desk",
        reason: str = "",
        printers: list[str] | None = None,
    ) -> None:
        """Print again a badge the print log says failed (an earlier session's job): made
        anew, same kind and reason, never a new code."""
        self.print_badge(attendee_id, kind, reason, force=True, reissue=False, printers=printers)

    def cancel(self, job_id: int) -> bool:
        """Cancel a job that has no answer from the spooler yet (it is logged as failed,
        "cancelled at the desk", and counts as not printed)."""
        record = self.jobs.get(job_id)
        return record is not None and self.pool_sender.cancel(record)

    # --- what the spooler said --------------------------------------------------------------
    def _log(self, record: PrintJob, att: Attempt | None) -> None:
        """Log one attempt with what the spooler said (None: no printer, a PDF only). Runs on
        the sender's thread or the GUI's; the database writer keeps them in order."""
        res = record.extra["res"]
        status = "pdf_only" if att is None else ("printed" if att.status == "printed" else "failed")
        warnings = list(res.warnings)
        if att is not None and att.note:
            warnings.append(f"printer: {att.note}")
        desk, operator = self.ctx.desk, self.ctx.operator
        attendee_id, kind, reason = record.attendee_id, record.kind, record.reason

        def job(store: Store, journal: DeskJournal, mirror: Mirror | None) -> DeskPrintLog:
            return log_print_or_journal(
                store,
                journal,
                attendee_id,
                desk,
                operator,
                kind=kind,
                template=res.template,
                destination=att.printer if att is not None else res.path,
                warnings=warnings,
                reason=reason,
                status=status,
                job=att.job if att else "",
                error=att.error if att else "",
                mirror=mirror,
            )

        def logged(answer: DeskPrintLog) -> None:
            if answer.journaled:
                self.kept.emit(answer)

        self.ctx.worker.desk_job(desk, job, logged, self._error)

    def _done(self, record: PrintJob) -> None:
        """The job has its answer (any thread): once its attempts are logged (the writer runs
        in order), say so on the GUI thread."""
        self.ctx.worker.run(lambda: None, lambda _n: self._finished(record), self._error)

    def _finish_pdf_only(self, record: PrintJob) -> None:
        self.jobs.update(record, state="done", printer="")
        self._done(record)

    def _finished(self, record: PrintJob) -> None:
        self.ctx.signals.notify(Change.PRINTS, initiator=self)
        res = record.extra["res"]
        if record.state == "failed":
            self.failed.emit(
                self.tr("badge PDF saved to {path}, but printing failed: {error}").format(
                    path=res.path, error=record.error
                )
            )
            return
        printed = [a for a in record.attempts if a.status == "printed"]
        accepted = printed[-1].accepted_at if printed else None
        elapsed = ((accepted or time.perf_counter()) - record.extra["t0"]) * 1000
        self.last_elapsed_ms = elapsed
        record.elapsed_ms = elapsed
        warnings = list(res.warnings)
        if printed and printed[-1].note:
            warnings.append(f"printer: {printed[-1].note}")
        self.jobs.changed(record)
        self.printed.emit(
            BadgePrinted(
                attendee_id=record.attendee_id,
                path=res.path,
                printer=record.printer,
                job=record.job if record.printer else "",
                status="printed" if record.printer else "pdf_only",
                elapsed_ms=elapsed,
                accepted_at=accepted,
                warnings=warnings,
                attempts=list(record.attempts),
                job_id=record.id,
            )
        )

    def _error(self, exc: Exception) -> None:
        from desktop.ui.errors import user_message

        self.failed.emit(user_message(exc))

    def shutdown(self) -> None:
        """Wait for the jobs being sent and followed (the app is closing)."""
        self.pool_sender.shutdown()


def _warm_up() -> None:
    from desktop.pdf.fonts import ensure_fonts, fit_text
    from desktop.pdf.qr import matrix

    ensure_fonts()
    fit_text("Chan Tai Man 陳大文", 200, 40, 30, 10, bold=True)
    matrix("WARM-1-AAAAAAAAAAAA")


def install(ctx: AppContext, parent: QObject | None = None) -> BadgePrinter:
    """Connect badge printing to this context once (called by the main window)."""
    if ctx.badge_printer is not None:
        return ctx.badge_printer
    printer = BadgePrinter(ctx, parent=parent)
    ctx.badge_printer = printer
    status = getattr(parent, "statusBar", None)
    if callable(status):
        # The desk sees what happened to each badge in the status bar, failures for longer.
        printer.failed.connect(
            lambda msg: status().showMessage(
                QCoreApplication.translate("BadgePrinter", "Badge: {message}").format(message=msg),
                30000,
            )
        )
        printer.printed.connect(lambda info: status().showMessage(printed_message(info), 10000))
    return printer


def printed_message(info: BadgePrinted) -> str:
    """What the status bar says of a desk badge done."""
    values = {
        "printer": info.printer,
        "job": info.job,
        "path": info.path,
        "ms": f"{info.elapsed_ms:.0f}",
    }
    if info.printer and info.job:
        text = QCoreApplication.translate(
            "BadgePrinter", "Badge printed on {printer} (job {job}): {path} ({ms} ms)"
        )
    elif info.printer:
        text = QCoreApplication.translate(
            "BadgePrinter", "Badge printed on {printer}: {path} ({ms} ms)"
        )
    else:
        text = QCoreApplication.translate(
            "BadgePrinter",
            "Badge PDF saved (no badge printer chosen; not counted as printed): {path} ({ms} ms)",
        )
    text = text.format(**values)
    if info.warnings:
        text += QCoreApplication.translate("BadgePrinter", "; warning: {warnings}").format(
            warnings="; ".join(info.warnings)
        )
    return text
