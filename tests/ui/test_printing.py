"""Desk printing: the print-on-check-in policy, reprints with a reason, the PDF always kept,
QPainter onto a QPrinter, and (slow) a real CUPS queue with the cups-pdf driver."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import select

from db.models import Attendee, PrintLog
from desktop.core import badges as core
from desktop.pdf.layout import compute
from desktop.ui.printing import BadgePrinter, PrintSettings, paint_to_printer, save_settings
from desktop.ui.settings import Settings
from tests.pdf.helpers import NAMES, add_people, decode_qr, render_png
from tests.tools import need, run_tool
from tests.ui.desk_support import desk_context


def _printer(ctx, tmp_path: Path, **kw) -> BadgePrinter:  # type: ignore[no-untyped-def]
    settings = Settings()
    save_settings(PrintSettings(pdf_dir=str(tmp_path / "badges"), **kw), settings)
    return BadgePrinter(ctx, settings, reason_provider=lambda _id: "lost badge")


def _logs(store) -> list[PrintLog]:  # type: ignore[no-untyped-def]
    with store.session() as s:
        rows = list(s.scalars(select(PrintLog).order_by(PrintLog.id)))
        s.expunge_all()
        return rows


def test_policy_if_not_printed_then_reprint_with_reason(qtbot, store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (aid,) = add_people(store, [NAMES[0]])
    with desk_context(store) as ctx:
        bp = _printer(ctx, tmp_path, policy="if_not_printed")
        with qtbot.waitSignal(bp.printed, timeout=10000) as got:
            ctx.signals.print_badge_requested.emit(aid, "desk")
        info = got.args[0]
        assert Path(info["path"]).exists() and info["path"].startswith(str(tmp_path))
        assert info["elapsed_ms"] > 0 and bp.last_elapsed_ms == info["elapsed_ms"]
        text = run_tool(["pdftotext", info["path"], "-"], capture_output=True, text=True).stdout
        assert "陳大文" in text
        # Checked in again (e.g. undo + scan): already printed, so nothing is printed.
        with qtbot.waitSignal(bp.skipped, timeout=10000) as why:
            ctx.signals.print_badge_requested.emit(aid, "desk")
        assert "already printed" in why.args[1]
        # The desk's "print badge" button asks for a reason and always prints.
        with qtbot.waitSignal(bp.printed, timeout=10000):
            ctx.signals.print_badge_requested.emit(aid, "reprint")
    logs = _logs(store)
    assert [(p.kind, p.reason) for p in logs] == [("desk", ""), ("reprint", "lost badge")]
    assert all(p.desk == "Desk 1" and p.operator == "tester" for p in logs)
    with store.session() as s:
        a = s.get(Attendee, aid)
        assert a.print_count == 2 and a.badge_printed_at is not None


def test_policy_never_and_always(qtbot, store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (aid,) = add_people(store, [NAMES[1]])
    with desk_context(store) as ctx:
        bp = _printer(ctx, tmp_path, policy="never")
        with qtbot.waitSignal(bp.skipped, timeout=10000) as why:
            bp.request(aid, "desk")
        assert "never" in why.args[1]
        assert _logs(store) == []
        save_settings(PrintSettings(pdf_dir=str(tmp_path / "b"), policy="always"), bp.settings)
        for _ in range(2):
            with qtbot.waitSignal(bp.printed, timeout=10000):
                bp.request(aid, "desk")
        bp.reason_provider = lambda _id: None  # the operator closes the reason dialog
        with qtbot.waitSignal(bp.skipped, timeout=10000):
            bp.request(aid, "reprint")
    assert [p.kind for p in _logs(store)] == ["desk", "desk"]


def test_qpainter_on_qprinter_prints_the_same_layout(qtbot, store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (aid,) = add_people(store, [NAMES[0]])
    with store.session() as s:
        from desktop.core.events import current_event

        a = s.get(Attendee, aid)
        values = core.badge_values(current_event(s), a)
        spec = core.load_template(s, "a6-conference")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "qt.pdf"
    printer.setOutputFileName(str(out))
    paint_to_printer(printer, [compute(spec, values, "front")])
    (png,) = render_png(out, dpi=150)
    assert decode_qr(png) == [values["badge_code"]]
    text = run_tool(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "Tai Man Chan" in text and "陳大文" in text


def _scheduler_running() -> bool:
    res = run_tool(["lpstat", "-r"], capture_output=True, text=True, check=False)
    return "scheduler is running" in res.stdout


def _out_dirs() -> list[Path]:
    dirs = [Path.home() / "PDF", Path("/var/spool/cups-pdf/ANONYMOUS")]
    conf = Path("/etc/cups/cups-pdf.conf")
    if conf.exists():
        for line in conf.read_text(errors="replace").splitlines():
            if line.startswith("Out "):
                dirs.insert(0, Path(line[4:].strip().replace("${HOME}", str(Path.home()))))
    return dirs


@pytest.mark.slow
def test_real_print_through_cups_pdf(qtbot, store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    need("cupsd", "lpadmin", "lp")
    started = None
    if not _scheduler_running():
        started = subprocess.Popen(
            ["cupsd", "-f"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        for _ in range(100):
            if _scheduler_running():
                break
            time.sleep(0.1)
    queue = "ConfdeskPDF"
    try:
        run_tool(
            [
                "lpadmin",
                "-p",
                queue,
                "-v",
                "cups-pdf:/",
                "-P",
                "/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd",
                "-E",
            ],
            check=True,
        )
        from desktop.ui.printing import printer_names

        assert queue in printer_names()
        (aid,) = add_people(store, [NAMES[0]])
        t_start = time.time()
        with desk_context(store) as ctx:
            bp = _printer(ctx, tmp_path, printer=queue, policy="always")
            with qtbot.waitSignal(bp.printed, timeout=20000) as got:
                ctx.signals.print_badge_requested.emit(aid, "desk")
            first = got.args[0]
            # A second badge, as at the desk all morning: our time from signal to spooler.
            with qtbot.waitSignal(bp.printed, timeout=20000) as got:
                ctx.signals.print_badge_requested.emit(aid, "desk")
        info = got.args[0]
        print(f"first badge: {first['elapsed_ms']:.0f} ms")
        assert info["job"].startswith(queue)
        print(f"signal to spooler: {info['elapsed_ms']:.0f} ms (job {info['job']})")
        found: list[Path] = []
        deadline = time.time() + 40
        while time.time() < deadline and not found:
            found = [
                p
                for d in _out_dirs()
                if d.is_dir()
                for p in d.glob("*.pdf")
                if p.stat().st_mtime >= t_start - 1
            ]
            time.sleep(0.5)
        assert found, f"no PDF from cups-pdf in {_out_dirs()}"
        text = run_tool(["pdftotext", str(found[0]), "-"], capture_output=True, text=True).stdout
        assert "Tai Man Chan" in text
        (png,) = render_png(found[0], dpi=150, last=1)
        with store.session() as s:
            code = s.get(Attendee, aid).badge_code
        assert decode_qr(png) == [code]
        assert _logs(store)[-1].destination == queue
    finally:
        run_tool(["lpadmin", "-x", queue], check=False)
        if started is not None:
            started.terminate()
            started.wait(10)
    assert os.path.exists(info["path"])  # the PDF is kept as well


def test_no_printer_chosen_means_no_print_on_check_in(qtbot, store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.printing import load_settings

    (aid,) = add_people(store, [NAMES[2]])
    settings = Settings()
    assert load_settings(settings).policy == "never"
    settings.set("badges/printer", "Zebra")
    assert load_settings(settings).policy == "if_not_printed"
    settings.set("badges/printer", "")
    with desk_context(store) as ctx:
        bp = BadgePrinter(ctx, settings)
        with qtbot.waitSignal(bp.skipped, timeout=10000):
            ctx.signals.print_badge_requested.emit(aid, "desk")
    assert _logs(store) == []


def test_offsets_are_kept_per_printer() -> None:
    from desktop.ui.printing import load_settings, printer_offset

    settings = Settings()
    save_settings(PrintSettings(printer="Zebra", offset_x=1.5, offset_y=-0.5), settings)
    save_settings(PrintSettings(printer="Office", offset_x=-2.0, offset_y=1.0), settings)
    assert printer_offset(settings, "Zebra") == (1.5, -0.5)
    assert printer_offset(settings, "Office") == (-2.0, 1.0)
    assert printer_offset(settings, "Unknown") == (0.0, 0.0)
    ps = load_settings(settings)  # the last chosen printer, with its own offset
    assert (ps.printer, ps.offset_x, ps.offset_y) == ("Office", -2.0, 1.0)
