"""Printing one badge at the desk: policy, reprint reasons, the badge printer, the spooler.

`BadgePrinter` listens to `ctx.signals.print_badge_requested(attendee_id, kind)`:
- kind "desk" (check-in, walk-in) prints according to the policy in Settings: never, if not
  yet printed, or always;
- kind "reprint" (the desk's Print badge button) always prints. For someone whose badge was
  never printed it is a first print (logged as "desk", no reason asked); otherwise it asks
  for a reason, and for a lost badge the attendee gets a new badge code first and the old
  code is refused from then on (`desktop.core.tickets.reissue_badge`).
- The badge is rendered by the same reportlab code as the batch (`desktop.core.badges`) into
  a PDF kept in the badge folder (the PDF is always available) and handed to the printer
  chosen in Settings. Only then is it logged, with what the spooler said: `printed` (job
  accepted, with its job id), `failed` (with the spooler's or printer's words) or, when no
  printer is chosen, `pdf_only`. Only `printed` counts as printed (desktop.core.badges).

How it reaches the printer (decided, see README "## Badges"): on Linux and macOS, where CUPS
is the system spooler, the reportlab PDF goes to `lp -d PRINTER` (CUPS rasterises PDF itself,
so the paper matches the batch PDF byte for byte). The job counts as accepted when lp exits 0
with a job id and CUPS then neither aborts nor cancels it, nor holds it, nor has the queue
stopped, within a few seconds (`follow_job`, asking CUPS over IPP; a job that fails this way
is cancelled, so it never prints later unlogged). Where `lp` is missing (Windows), the same
layout is painted with QPainter onto a QPrinter for that printer; the job is accepted when
the painter ends without a printer error. Sending and following run on a thread of their own,
not the GUI's nor the database writer's. The time from the signal to the job accepted by the
spooler is measured and shown (`last_elapsed_ms`).
"""

from __future__ import annotations

import datetime as dt
import getpass
import http.client
import os
import re
import shutil
import socket
import struct
import subprocess
import time
import urllib.parse
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
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

LOST_BADGE = "lost badge"  # the reprint reason that gives the badge a new code
REASONS = [LOST_BADGE, "damaged badge", "name corrected", "printer jam", "other"]
POLICY_TITLES = {
    "never": "Never print on check-in",
    "if_not_printed": "Print if not printed yet",
    "always": "Always print on check-in",
}
# How long a desk badge's job is followed in CUPS before it counts as accepted (it counts
# at once when the job completes; a failing backend aborts, stops or holds it within ~1 s).
FOLLOW_S = 3.0


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
    """Hand a PDF to CUPS; returns the job id (e.g. `Badges-12`).

    Raises RuntimeError when lp is missing, refuses the job, or gives no job id (then
    nothing says the spooler has it)."""
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
    if not m:
        said = (res.stdout or res.stderr).strip()
        raise RuntimeError(f"lp gave no job id{f' ({said})' if said else ''}")
    return m.group(1)


@dataclass
class SpoolResult:
    """What the spooler said about one job."""

    ok: bool  # accepted (a print); False: not printed
    job: str = ""  # the spooler's job id, when it had one
    error: str = ""  # why it is not printed
    note: str = ""  # what the printer said while the accepted job waits, if anything
    accepted_at: float | None = None  # time.perf_counter() when the spooler took the job


def spool(
    path: Path, printer: str, title: str = "Confdesk badge", follow_s: float = FOLLOW_S
) -> SpoolResult:
    """Send a PDF with lp and follow the job (see `follow_job`); never raises."""
    try:
        job = send_with_lp(path, printer, title)
    except (RuntimeError, OSError, subprocess.TimeoutExpired) as exc:
        return SpoolResult(False, error=str(exc))
    accepted_at = time.perf_counter()
    result = follow_job(job, printer, follow_s)
    result.accepted_at = accepted_at
    return result


def follow_job(job: str, printer: str, follow_s: float = FOLLOW_S) -> SpoolResult:
    """Watch a CUPS job for up to `follow_s` seconds (at least one look).

    Not printed (the job is cancelled when it is still queued, so it cannot print later
    unlogged): the job was aborted or cancelled, is held, or its queue is stopped. Printed:
    the job completed, or is still pending or printing on a running queue when the time is
    up, or CUPS cannot be asked (lp's job id is then the only word there is).
    """
    deadline = time.monotonic() + max(0.0, follow_s)
    while True:
        info = _ipp_job(job)
        if info is None:
            return SpoolResult(True, job)
        state = _first(info, "job-state")
        reasons = info.get("job-state-reasons", [])
        said = str(_first(info, "job-printer-state-message") or "")
        if state == 9:  # completed
            return SpoolResult(True, job)
        if state in (7, 8):  # canceled, aborted
            what = "cancelled" if state == 7 else "aborted"
            return SpoolResult(
                False, job, f"the job was {what} by the spooler" + (f" ({said})" if said else "")
            )
        queue = _ipp_printer(printer) or {}
        stopped = state == 6 or "printer-stopped" in reasons or _first(queue, "printer-state") == 5
        if stopped or state == 4:
            said = said or str(_first(queue, "printer-state-message") or "")
            cancel_job(job)
            why = f"printer {printer} is stopped" if stopped else "the spooler held the job"
            return SpoolResult(
                False, job, why + (f" ({said})" if said else "") + "; the job was cancelled"
            )
        if time.monotonic() >= deadline:
            return SpoolResult(True, job, note=said)
        time.sleep(0.1)


def cancel_job(job: str) -> None:
    """Cancel a queued CUPS job (best effort: `cancel`, else IPP Cancel-Job)."""
    tool = shutil.which("cancel")
    if tool:
        try:
            subprocess.run([tool, job], capture_output=True, timeout=10, check=False)
            return
        except (OSError, subprocess.TimeoutExpired):
            pass
    number = _job_number(job)
    if number is not None:
        _ipp(0x0008, [(0x45, "job-uri", f"ipp://localhost/jobs/{number}")])


# --- asking CUPS over IPP (RFC 8011), enough for a job's and a queue's state ---------------


def _cups_server() -> str | tuple[str, int]:
    """Where libcups would connect: CUPS_SERVER, client.conf, the local socket, localhost."""
    server = os.environ.get("CUPS_SERVER", "").strip()
    if not server:
        for conf in (Path.home() / ".cups" / "client.conf", Path("/etc/cups/client.conf")):
            try:
                lines = conf.read_text(errors="replace").splitlines()
            except OSError:
                continue
            for line in lines:
                parts = line.split()
                if len(parts) >= 2 and parts[0].lower() == "servername":
                    server = parts[1]
                    break
            if server:
                break
    if not server:
        for sock in ("/run/cups/cups.sock", "/var/run/cups/cups.sock", "/private/var/run/cupsd"):
            if os.path.exists(sock):
                return sock
        return ("localhost", 631)
    if server.startswith("/"):
        return server
    host, sep, port = server.rpartition(":")
    if sep and port.isdigit() and "]" not in port:
        return (host.strip("[]"), int(port))
    return (server.strip("[]"), 631)


class _UnixHTTPConnection(http.client.HTTPConnection):
    def __init__(self, path: str, timeout: float) -> None:
        super().__init__("localhost", timeout=timeout)
        self._path = path

    def connect(self) -> None:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.settimeout(self.timeout)
        sock.connect(self._path)
        self.sock = sock


def _attr(tag: int, name: str, value: str | bytes) -> bytes:
    n = name.encode()
    v = value if isinstance(value, bytes) else value.encode()
    return struct.pack(">BH", tag, len(n)) + n + struct.pack(">H", len(v)) + v


def _ipp(
    operation: int, attrs: list[tuple[int, str, str | bytes]], wanted: tuple[str, ...] = ()
) -> dict[str, list[Any]] | None:
    """One IPP request to CUPS; the answer's attributes, or None (no answer, or an error)."""
    body = struct.pack(">BBHI", 2, 0, operation, 1) + b"\x01"
    body += _attr(0x47, "attributes-charset", "utf-8")
    body += _attr(0x48, "attributes-natural-language", "en")
    for tag, name, value in attrs:
        body += _attr(tag, name, value)
    try:
        user = getpass.getuser()
    except Exception:  # no user name in the environment: CUPS accepts any
        user = "confdesk"
    body += _attr(0x42, "requesting-user-name", user)
    for i, name in enumerate(wanted):
        body += _attr(0x44, "" if i else "requested-attributes", name)
    body += b"\x03"
    server = _cups_server()
    try:
        if isinstance(server, str):
            conn: http.client.HTTPConnection = _UnixHTTPConnection(server, 2.0)
        else:
            conn = http.client.HTTPConnection(server[0], server[1], timeout=2.0)
        try:
            conn.request("POST", "/", body, {"Content-Type": "application/ipp"})
            resp = conn.getresponse()
            data = resp.read()
        finally:
            conn.close()
        if resp.status != 200:
            return None
        return _parse_ipp(data)
    except (OSError, http.client.HTTPException, struct.error, ValueError):
        return None


def _parse_ipp(data: bytes) -> dict[str, list[Any]] | None:
    status = struct.unpack(">H", data[2:4])[0]
    if status >= 0x0100:  # not successful-ok...
        return None
    out: dict[str, list[Any]] = {}
    i, name = 8, ""
    while i < len(data):
        tag = data[i]
        i += 1
        if tag < 0x10:  # a group delimiter
            if tag == 0x03:
                break
            continue
        (nlen,) = struct.unpack(">H", data[i : i + 2])
        name = data[i + 2 : i + 2 + nlen].decode("utf-8", "replace") or name
        i += 2 + nlen
        (vlen,) = struct.unpack(">H", data[i : i + 2])
        raw = data[i + 2 : i + 2 + vlen]
        i += 2 + vlen
        value: Any = raw.decode("utf-8", "replace")
        if tag in (0x21, 0x23) and vlen == 4:  # integer, enum
            value = struct.unpack(">i", raw)[0]
        out.setdefault(name, []).append(value)
    return out


def _first(attrs: dict[str, list[Any]], name: str) -> Any:
    values = attrs.get(name) or [None]
    return values[0]


def _job_number(job: str) -> int | None:
    tail = job.rsplit("-", 1)[-1]
    return int(tail) if tail.isdigit() else None


def _ipp_job(job: str) -> dict[str, list[Any]] | None:
    number = _job_number(job)
    if number is None:
        return None
    return _ipp(
        0x0009,  # Get-Job-Attributes
        [(0x45, "job-uri", f"ipp://localhost/jobs/{number}")],
        ("job-state", "job-state-reasons", "job-printer-state-message"),
    )


def _ipp_printer(printer: str) -> dict[str, list[Any]] | None:
    uri = f"ipp://localhost/printers/{urllib.parse.quote(printer)}"
    return _ipp(
        0x000B,  # Get-Printer-Attributes
        [(0x45, "printer-uri", uri)],
        ("printer-state", "printer-state-message", "printer-is-accepting-jobs"),
    )


def paint_to_printer(
    printer: QPrinter, layouts: list[Any], offset: tuple[float, float] = (0, 0)
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
    name: str, layouts: list[Any], offset: tuple[float, float] = (0, 0)
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


class BadgePrinter(QObject):
    """Prints one badge at a time for the desk; connect it once per application."""

    # attendee_id, path, printer, job, status (printed | pdf_only), elapsed_ms, warnings
    printed = Signal(dict)
    skipped = Signal(int, str)  # attendee_id, why
    failed = Signal(str)
    # (callback, SpoolResult) from the print thread to the GUI thread (queued)
    _spooled = Signal(object, object)

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
        self.follow_s = FOLLOW_S
        # lp and following the job take from 20 ms to a few seconds: on a thread of their
        # own, so neither the desk nor the database writer waits for the printer.
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="confdesk-print")
        self._spooled.connect(self._deliver_spooled)  # a method: runs on the GUI thread
        ctx.signals.print_badge_requested.connect(self.request)
        # Register the fonts and build the QR tables now, off the GUI thread, so the first
        # badge at the desk does not pay for them (~0.4 s).
        ctx.worker.submit(lambda _s: _warm_up())

    def _deliver_spooled(self, callback: Callable[[SpoolResult], None], result: Any) -> None:
        callback(result)

    def _ask_reason(self, attendee_id: int) -> str | None:
        parent = self.parent() if isinstance(self.parent(), QWidget) else None
        reason, ok = QInputDialog.getItem(
            parent,
            "Reprint badge",
            "Why is this badge printed again? (lost badge: the badge gets a new code and the "
            "old one is refused)",
            REASONS,
            0,
            True,
        )
        return reason.strip() or "other" if ok else None

    def _printed_before(self, attendee_id: int) -> bool:
        """Whether the attendee has a badge that counts as printed (a quick indexed read)."""

        def read(s: Any) -> bool:
            a = s.get(Attendee, attendee_id)
            return a is not None and a.badge_printed_at is not None

        return self.ctx.worker.read(read)

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
                self.skipped.emit(attendee_id, "reprint cancelled")
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
    ) -> None:
        """Render and send one badge, then log what the spooler said (asynchronously; see the
        printed/skipped/failed signals). force: print whatever the policy says."""
        t0 = time.perf_counter() if t0 is None else t0
        ps = load_settings(self.settings)
        desk, operator = self.ctx.desk, self.ctx.operator
        kind = "reprint" if kind == "reprint" else "desk"
        follow_s = self.follow_s

        def job(session: Any) -> dict | None:
            a = session.get(Attendee, attendee_id)
            if a is None:
                return {"skip": "unknown attendee"}
            if kind == "desk" and not force and not core.should_print_on_checkin(ps.policy, a):
                return {
                    "skip": f"policy {ps.policy}: badge already printed"
                    if ps.policy != "never"
                    else "policy: never print on check-in"
                }
            if kind == "reprint" and reason.strip().lower() == LOST_BADGE:
                from desktop.core.tickets import reissue_badge

                reissue_badge(session, attendee_id, desk, operator, reason)
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
                log=False,  # logged once the spooler has answered
            )
            layouts = None
            if ps.printer and not (ps.use_lp and shutil.which("lp")):
                spec = core.load_template(session, ps.template)
                layouts = [compute(spec, core.badge_values(_event(session), a), "front")]
            return {
                "path": result.path,
                "template": result.template,
                "warnings": result.warnings.get(attendee_id, []),
                "layouts": layouts,
            }

        def rendered(res: dict | None) -> None:
            if not res or "skip" in res:
                self.skipped.emit(attendee_id, (res or {}).get("skip", ""))
                return
            if not ps.printer:
                self._log(attendee_id, kind, reason, res, ps, t0, None)
            elif res["layouts"] is not None:
                sent = print_with_qprinter(ps.printer, res["layouts"], (ps.offset_x, ps.offset_y))
                self._log(attendee_id, kind, reason, res, ps, t0, sent)
            else:
                future = self._pool.submit(spool, Path(res["path"]), ps.printer, follow_s=follow_s)

                def back(f: Future[SpoolResult]) -> None:
                    exc = f.exception()
                    sent = f.result() if exc is None else SpoolResult(False, error=str(exc))
                    self._spooled.emit(
                        lambda r: self._log(attendee_id, kind, reason, res, ps, t0, r), sent
                    )

                future.add_done_callback(back)

        self.ctx.worker.submit(job, rendered, self._error)

    def _log(
        self,
        attendee_id: int,
        kind: str,
        reason: str,
        res: dict,
        ps: PrintSettings,
        t0: float,
        sent: SpoolResult | None,
    ) -> None:
        """Log the badge with what the spooler said (None: no printer, a PDF only), then say
        so by signal."""
        if sent is None:
            status, accepted_at = "pdf_only", time.perf_counter()
        else:
            status, accepted_at = ("printed" if sent.ok else "failed"), sent.accepted_at
        warnings = list(res["warnings"])
        if sent is not None and sent.note:
            warnings.append(f"printer: {sent.note}")
        desk, operator = self.ctx.desk, self.ctx.operator

        def job(session: Any) -> None:
            core.log_prints(
                session,
                _event(session),
                [attendee_id],
                kind,
                res["template"],
                ps.printer or res["path"],
                {attendee_id: warnings},
                reason,
                desk,
                operator,
                status=status,
                job=sent.job if sent else "",
                error=sent.error if sent else "",
            )

        def done(_none: None) -> None:
            self.ctx.signals.data_changed.emit("prints")
            if status == "failed":
                assert sent is not None
                self.failed.emit(
                    f"badge PDF saved to {res['path']}, but printing failed: {sent.error}"
                )
                return
            self.last_elapsed_ms = ((accepted_at or time.perf_counter()) - t0) * 1000
            self.printed.emit(
                {
                    "attendee_id": attendee_id,
                    "path": res["path"],
                    "printer": ps.printer,
                    "job": sent.job if sent else "",
                    "status": status,
                    "elapsed_ms": self.last_elapsed_ms,
                    "warnings": warnings,
                }
            )

        self.ctx.worker.submit(job, done, self._error)

    def _error(self, exc: Exception) -> None:
        from desktop.ui.errors import user_message

        self.failed.emit(user_message(exc))


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
                (
                    f"Badge printed on {info['printer']}"
                    + (f" (job {info['job']}): " if info["job"] else ": ")
                    if info["printer"]
                    else "Badge PDF saved (no badge printer chosen; not counted as printed): "
                )
                + f"{info['path']} ({info['elapsed_ms']:.0f} ms)"
                + (f"; warning: {'; '.join(info['warnings'])}" if info["warnings"] else ""),
                10000,
            )
        )
    return printer
