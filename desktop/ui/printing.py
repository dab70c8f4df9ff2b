"""Printing one badge at the desk: policy, reprint reasons, the badge printer, the spooler.

`BadgePrinter` listens to `ctx.signals.print_badge_requested(attendee_id, kind)`:
- kind "desk" (check-in, walk-in) prints according to the policy in Settings: never, if not
  yet printed, or always; kind "reprint" always prints and asks for a reason.
- The badge is rendered by the same reportlab code as the batch (`desktop.core.badges`) into
  a PDF kept in the badge folder (the PDF is always available), logged in the print log, and
  handed to the printer chosen in Settings.

How it reaches the printer (decided, see README "## Badges"): on Linux and macOS, where CUPS
is the system spooler, the reportlab PDF goes to `lp -d PRINTER` (CUPS rasterises PDF itself,
so the paper matches the batch PDF byte for byte). Where `lp` is missing (Windows), the same
layout is painted with QPainter onto a QPrinter for that printer. The time from the signal to
the job handed to the spooler is measured and shown (`last_elapsed_ms`).
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QObject, QSizeF, Signal
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QInputDialog, QWidget

from db.engine import data_dir
from db.models import Attendee
from desktop.core import badges as core
from desktop.pdf.layout import compute
from desktop.ui.context import AppContext
from desktop.ui.settings import Settings

REASONS = ["lost badge", "damaged badge", "name corrected", "printer jam", "other"]
POLICY_TITLES = {
    "never": "Never print on check-in",
    "if_not_printed": "Print if not printed yet",
    "always": "Always print on check-in",
}


def printer_names() -> list[str]:
    """Printers the system knows (CUPS queues on Linux)."""
    return list(QPrinterInfo.availablePrinterNames())


@dataclass
class PrintSettings:
    """The desk's badge printing settings (per laptop, in the app's settings)."""

    printer: str = ""  # "" = PDF only
    policy: str = "if_not_printed"
    template: str = core.DEFAULT_TEMPLATE
    sheet: str = "single"
    pdf_dir: str = ""
    offset_x: float = 0.0
    offset_y: float = 0.0
    use_lp: bool = True

    @property
    def folder(self) -> Path:
        return Path(self.pdf_dir) if self.pdf_dir else data_dir() / "badges"


def load_settings(settings: Settings | None = None) -> PrintSettings:
    s = settings or Settings()
    printer = s.get("badges/printer", "")
    ps = PrintSettings(
        printer=printer,
        # Until a badge printer is chosen, check-ins print nothing (and mark nothing printed).
        policy=s.get("badges/policy", "") or ("if_not_printed" if printer else "never"),
        template=s.get("badges/desk_template", core.DEFAULT_TEMPLATE),
        sheet=s.get("badges/desk_sheet", "single"),
        pdf_dir=s.get("badges/pdf_dir", ""),
        use_lp=s.get("badges/use_lp", True),
    )
    if ps.policy not in core.POLICIES:
        ps.policy = "if_not_printed"
    ps.offset_x, ps.offset_y = printer_offset(s, printer)
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
    s.set("badges/printer", ps.printer)
    s.set("badges/policy", ps.policy)
    s.set("badges/desk_template", ps.template)
    s.set("badges/desk_sheet", ps.sheet)
    s.set("badges/pdf_dir", ps.pdf_dir)
    s.set("badges/use_lp", ps.use_lp)
    s.set(f"badges/offset/{ps.printer or 'PDF'}", f"{ps.offset_x:g},{ps.offset_y:g}")


def send_with_lp(path: Path, printer: str, title: str = "Confdesk badge") -> str:
    """Hand a PDF to CUPS; returns the job id (e.g. `Badges-12`). Raises RuntimeError."""
    lp = shutil.which("lp")
    if lp is None:
        raise RuntimeError("the lp command is not available")
    res = subprocess.run(
        [lp, "-d", printer, "-t", title, str(path)],
        capture_output=True,
        text=True,
        timeout=10,
        check=False,
    )
    if res.returncode != 0:
        raise RuntimeError((res.stderr or res.stdout).strip() or f"lp exited with {res.returncode}")
    m = re.search(r"request id is (\S+)", res.stdout)
    return m.group(1) if m else ""


def paint_to_printer(
    printer: QPrinter, layouts: list[Any], offset: tuple[float, float] = (0, 0)
) -> None:
    """Paint badge layouts (one per page) with QPainter on a QPrinter, sized to the badge."""
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
        p.end()


class BadgePrinter(QObject):
    """Prints one badge at a time for the desk; connect it once per application."""

    printed = Signal(dict)  # attendee_id, path, printer, job, elapsed_ms, warnings
    skipped = Signal(int, str)  # attendee_id, why
    failed = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        settings: Settings | None = None,
        parent: QObject | None = None,
        reason_provider: Callable[[int], str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = settings or Settings()
        self.reason_provider = reason_provider or self._ask_reason
        self.last_elapsed_ms: float | None = None
        ctx.signals.print_badge_requested.connect(self.request)
        # Register the fonts and build the QR tables now, off the GUI thread, so the first
        # badge at the desk does not pay for them (~0.4 s).
        ctx.worker.submit(lambda _s: _warm_up())

    def _ask_reason(self, attendee_id: int) -> str | None:
        parent = self.parent() if isinstance(self.parent(), QWidget) else None
        reason, ok = QInputDialog.getItem(
            parent, "Reprint badge", "Why is this badge printed again?", REASONS, 0, True
        )
        return reason.strip() or "other" if ok else None

    def request(self, attendee_id: int, kind: str) -> None:
        """Slot for print_badge_requested: a desk print follows the policy, a reprint asks why."""
        t0 = time.perf_counter()
        reason = ""
        if kind == "reprint":
            answer = self.reason_provider(attendee_id)
            if answer is None:
                self.skipped.emit(attendee_id, "reprint cancelled")
                return
            reason = answer
            t0 = time.perf_counter()  # our time starts once the operator has answered
        self.print_badge(attendee_id, kind, reason, t0)

    def print_badge(
        self, attendee_id: int, kind: str = "desk", reason: str = "", t0: float | None = None
    ) -> None:
        """Render, log and send one badge (asynchronously; see the printed/skipped/failed signals)."""
        t0 = time.perf_counter() if t0 is None else t0
        ps = load_settings(self.settings)
        desk, operator = self.ctx.desk, self.ctx.operator

        def job(session: Any) -> dict | None:
            a = session.get(Attendee, attendee_id)
            if a is None:
                return {"skip": "unknown attendee"}
            if kind == "desk" and not core.should_print_on_checkin(ps.policy, a):
                return {
                    "skip": f"policy {ps.policy}: badge already printed"
                    if ps.policy != "never"
                    else "policy: never print on check-in"
                }
            ps.folder.mkdir(parents=True, exist_ok=True)
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
            out = ps.folder / f"badge-{a.number}-{stamp}.pdf"
            result = core.render_badges(
                session,
                out,
                ps.template,
                ps.sheet,
                core.Selection(ids=[attendee_id]),
                offset=(ps.offset_x, ps.offset_y) if ps.use_lp else (0.0, 0.0),
                kind="reprint" if kind == "reprint" else "desk",
                reason=reason,
                destination=ps.printer or str(out),
                desk=desk,
                operator=operator,
            )
            layouts = None
            if ps.printer and not (ps.use_lp and shutil.which("lp")):
                spec = core.load_template(session, ps.template)
                layouts = [compute(spec, core.badge_values(_event(session), a), "front")]
            return {
                "path": result.path,
                "warnings": result.warnings.get(attendee_id, []),
                "layouts": layouts,
            }

        def done(res: dict | None) -> None:
            if not res or "skip" in res:
                self.skipped.emit(attendee_id, (res or {}).get("skip", ""))
                return
            job_id = ""
            try:
                if ps.printer:
                    if res["layouts"] is None:
                        job_id = send_with_lp(Path(res["path"]), ps.printer)
                    else:
                        printer = QPrinter(QPrinterInfo.printerInfo(ps.printer))
                        paint_to_printer(printer, res["layouts"], (ps.offset_x, ps.offset_y))
            except (RuntimeError, OSError, subprocess.TimeoutExpired) as exc:
                self.failed.emit(f"badge PDF saved to {res['path']}, but printing failed: {exc}")
                return
            self.last_elapsed_ms = (time.perf_counter() - t0) * 1000
            self.printed.emit(
                {
                    "attendee_id": attendee_id,
                    "path": res["path"],
                    "printer": ps.printer,
                    "job": job_id,
                    "elapsed_ms": self.last_elapsed_ms,
                    "warnings": res["warnings"],
                }
            )
            self.ctx.signals.data_changed.emit("prints")

        def error(exc: Exception) -> None:
            from desktop.ui.errors import user_message

            self.failed.emit(user_message(exc))

        self.ctx.worker.submit(job, done, error)


def _warm_up() -> None:
    from desktop.pdf.fonts import ensure_fonts, fit_text
    from desktop.pdf.qr import matrix

    ensure_fonts()
    fit_text("Chan Tai Man 陳大文", 200, 40, 30, 10, bold=True)
    matrix("WARM-1-AAAAAAAAAAAA")


def _event(session: Any) -> Any:
    from desktop.core.events import current_event

    return current_event(session)


def install(ctx: AppContext, parent: QObject | None = None) -> BadgePrinter:
    """Connect badge printing to this context once (called by the main window)."""
    existing = getattr(ctx, "badge_printer", None)
    if isinstance(existing, BadgePrinter):
        return existing
    printer = BadgePrinter(ctx, parent=parent)
    ctx.badge_printer = printer  # type: ignore[attr-defined]
    status = getattr(parent, "statusBar", None)
    if callable(status):
        # The desk sees what happened to each badge in the status bar, failures for longer.
        printer.failed.connect(lambda msg: status().showMessage(f"Badge: {msg}", 30000))
        printer.printed.connect(
            lambda info: status().showMessage(
                f"Badge printed{' on ' + info['printer'] if info['printer'] else ''}: "
                f"{info['path']} ({info['elapsed_ms']:.0f} ms)"
                + (f"; warning: {'; '.join(info['warnings'])}" if info["warnings"] else ""),
                10000,
            )
        )
    return printer
