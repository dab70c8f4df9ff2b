"""A badge printer on a desk context for the GUI tests, with a fake spooler in front of CUPS
(the printing tests that need the real thing use a private CUPS: tests/cups.py)."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from desktop.core.print_jobs import PoolSender
from desktop.core.spooler import PrinterState, SpoolResult
from desktop.ui.printing import BadgePrinter, PrintSettings, save_settings
from desktop.ui.settings import Settings


class FakeSpooler:
    """A jams, B prints; a job on S waits until `release` is set."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.n = 0
        self.cancelled: list[str] = []

    def status(self, name: str) -> PrinterState:
        return PrinterState(name, True, "idle")

    def send(self, path: Path, printer: str, title: str) -> str:
        self.n += 1
        return f"{printer}-{self.n}"

    def follow(self, job: str, printer: str, follow_s: float) -> SpoolResult:
        if printer == "S":
            self.release.wait(10)
        if printer == "A" or job in self.cancelled:
            what = "cancelled" if job in self.cancelled else "aborted"
            return SpoolResult(False, job, f"the job was {what} by the spooler (paper jam)")
        return SpoolResult(True, job)

    def cancel(self, job: str) -> None:
        self.cancelled.append(job)


def install_printer(
    ctx: Any, tmp_path: Path, pool: list[str], sender: PoolSender | None = None
) -> BadgePrinter:
    """The desk's badge printer: every check-in's badge to the printers of `pool` (PDFs under
    tmp_path/badges), through `sender` (by default the real spooler)."""
    settings = Settings()
    save_settings(
        PrintSettings(printers=pool, policy="always", pdf_dir=str(tmp_path / "badges")), settings
    )
    bp = BadgePrinter(ctx, settings, sender=sender)
    ctx.badge_printer = bp
    return bp


def fake_sender(fake: FakeSpooler) -> PoolSender:
    """The printer pool's sender on the fake spooler (jobs not followed for long)."""
    return PoolSender(fake.status, fake.send, fake.follow, follow_s=0, cancel=fake.cancel)
