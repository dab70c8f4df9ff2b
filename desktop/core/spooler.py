"""Talking to the system spooler (CUPS) without Qt: send a PDF with `lp`, follow the job,
cancel it, and ask whether a queue can print now.

How a queue's readiness is read (decided for the printer pool): one IPP
Get-Printer-Attributes request to the CUPS scheduler (the same small IPP client that follows
jobs), not `lpstat -p -l`. IPP gives `printer-state` as a number, `printer-state-reasons` as
standard keywords (`paused`, `media-empty-error`, ...) and `printer-is-accepting-jobs` as a
boolean, in every locale and CUPS version; lpstat prints translated sentences whose wording
changes between versions, and costs a process (10-30 ms) per look. When CUPS cannot be asked
(no scheduler, Windows) the queue counts as ready and `lp` has the word.
"""

from __future__ import annotations

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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# How long a desk badge's job is followed in CUPS before it counts as accepted (it counts
# at once when the job completes; a failing backend aborts, stops or holds it within ~1 s).
FOLLOW_S = 3.0


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


# --- is a queue ready? ----------------------------------------------------------------------

# printer-state-reasons that stop a badge (RFC 8011 keywords; CUPS adds -error, -warning or
# -report: any -error stops it, a -warning or -report does not), with the words for staff.
_BLOCKING = {
    "paused": "is disabled (paused)",
    "moving-to-paused": "is being disabled (paused)",
    "stopped": "is stopped",
    "shutdown": "is shut down",
    "offline": "is offline",
    "media-empty": "is out of paper",
    "media-needed": "is out of paper",
    "media-jam": "has a paper jam",
    "door-open": "has a door open",
    "cover-open": "has its cover open",
    "interlock-open": "has an interlock open",
    "input-tray-missing": "has no input tray",
    "output-area-full": "has its output tray full",
    "marker-supply-empty": "has an empty ribbon or toner",
    "toner-empty": "has no toner",
    "spool-area-full": "has a full spool",
}
_STATES = {3: "idle", 4: "processing", 5: "stopped"}


@dataclass
class PrinterState:
    """Whether a queue can take a badge now, and if not, why (in words for staff)."""

    name: str
    ready: bool
    state: str = "unknown"  # idle | processing | stopped | unknown | missing
    reasons: list[str] = field(default_factory=list)
    accepting: bool | None = None
    message: str = ""  # what the printer or CUPS says, if anything
    why: str = ""  # "" when ready


def state_from_ipp(
    name: str, attrs: dict[str, list[Any]] | None, found: bool = True
) -> PrinterState:
    """A queue's readiness from its Get-Printer-Attributes answer (None: no answer)."""
    if not found:
        return PrinterState(name, False, "missing", why=f"no printer named {name} on this computer")
    if attrs is None:
        return PrinterState(name, True, "unknown")
    code = _first(attrs, "printer-state")
    state = _STATES.get(code, "unknown")
    reasons = [str(r) for r in attrs.get("printer-state-reasons", []) if r and r != "none"]
    accepting = _first(attrs, "printer-is-accepting-jobs")
    message = str(_first(attrs, "printer-state-message") or "")
    words: list[str] = []
    for reason in reasons:
        base = re.sub(r"-(error|warning|report)$", "", reason)
        if reason.endswith(("-warning", "-report")):
            continue
        if base in _BLOCKING:
            words.append(_BLOCKING[base])
        elif reason.endswith("-error"):
            words.append(f"reports {base.replace('-', ' ')}")
    if accepting is False:
        words.insert(0, "is not accepting jobs (rejecting)")
    if state == "stopped" and not any("disabled" in w or "stopped" in w for w in words):
        words.append("is stopped")
    words = list(dict.fromkeys(words))
    why = ""
    if words:
        why = f"printer {name} " + ", ".join(words) + (f" ({message})" if message else "")
    return PrinterState(name, not words, state, reasons, accepting, message, why)


def printer_state(name: str) -> PrinterState:
    """Ask CUPS whether the queue `name` can print now (never raises)."""
    uri = f"ipp://localhost/printers/{urllib.parse.quote(name)}"
    status, attrs = _ipp_answer(
        0x000B,  # Get-Printer-Attributes
        [(0x45, "printer-uri", uri)],
        (
            "printer-state",
            "printer-state-reasons",
            "printer-state-message",
            "printer-is-accepting-jobs",
        ),
    )
    if status == 0x0406:  # client-error-not-found
        return state_from_ipp(name, None, found=False)
    return state_from_ipp(name, attrs if status is not None and status < 0x0100 else None)


def queue_names() -> list[str] | None:
    """The CUPS queues on this computer (CUPS-Get-Printers); None when CUPS cannot be asked."""
    status, attrs = _ipp_answer(0x4002, [], ("printer-name",))
    if status is None or status >= 0x0100 or attrs is None:
        return None if status is None or status != 0x0406 else []
    return [str(n) for n in attrs.get("printer-name", [])]


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


def _ipp_answer(
    operation: int, attrs: list[tuple[int, str, str | bytes]], wanted: tuple[str, ...] = ()
) -> tuple[int | None, dict[str, list[Any]] | None]:
    """One IPP request to CUPS: (status code, attributes), (None, None) without an answer."""
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
            return None, None
        return _parse_ipp(data)
    except (OSError, http.client.HTTPException, struct.error, ValueError):
        return None, None


def _ipp(
    operation: int, attrs: list[tuple[int, str, str | bytes]], wanted: tuple[str, ...] = ()
) -> dict[str, list[Any]] | None:
    """One IPP request to CUPS; the answer's attributes, or None (no answer, or an error)."""
    status, out = _ipp_answer(operation, attrs, wanted)
    return out if status is not None and status < 0x0100 else None


def _parse_ipp(data: bytes) -> tuple[int, dict[str, list[Any]]]:
    status = struct.unpack(">H", data[2:4])[0]
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
        elif tag == 0x22 and vlen == 1:  # boolean
            value = raw != b"\x00"
        out.setdefault(name, []).append(value)
    return status, out


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
