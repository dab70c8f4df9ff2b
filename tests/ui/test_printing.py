"""Desk printing: the print-on-check-in policy, reprints with a reason, the PDF always kept,
QPainter onto a QPrinter, and (slow) a real CUPS queue with the cups-pdf driver."""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import select

from db.models import Attendee, PrintLog
from desktop.core import badges as core
from desktop.core.desk_badge import SkipReason
from desktop.pdf.layout import compute
from desktop.ui.printing import BadgePrinter, PrintSettings, paint_to_printer, save_settings
from desktop.ui.settings import Settings
from tests.pdf.helpers import NAMES, add_people, decode_qr, render_png
from tests.tools import need, run_tool
from tests.ui.desk_support import desk_context


def _printer(ctx, tmp_path: Path, asked: list | None = None, **kw) -> BadgePrinter:
    settings = Settings()
    save_settings(PrintSettings(pdf_dir=str(tmp_path / "badges"), **kw), settings)

    def reason(aid: int) -> str:
        if asked is not None:
            asked.append(aid)
        return "lost badge"

    return BadgePrinter(ctx, settings, reason_provider=reason)


def _logs(store) -> list[PrintLog]:
    with store.session() as s:
        rows = list(s.scalars(select(PrintLog).order_by(PrintLog.id)))
        s.expunge_all()
        return rows


def _counts(store, aid: int) -> tuple[int, bool]:
    with store.factory() as s:
        a = s.get(Attendee, aid)
        return a.print_count, a.badge_printed_at is not None


def _code(store, aid: int) -> str:
    with store.factory() as s:
        return s.get(Attendee, aid).badge_code


def _qr(pdf: str | Path) -> list[str]:
    (png,) = render_png(Path(pdf), dpi=150, last=1)
    return decode_qr(png)


def test_pdf_only_badges_are_kept_but_never_counted_as_printed(
    qtbot, store, tmp_path: Path
) -> None:
    (aid,) = add_people(store, [NAMES[0]])
    asked: list[int] = []
    with desk_context(store) as ctx:
        bp = _printer(ctx, tmp_path, asked, policy="if_not_printed")
        with qtbot.waitSignal(bp.printed, timeout=10000) as got:
            ctx.signals.print_badge_requested.emit(aid, "desk")
        info = got.args[0]
        assert Path(info.path).exists() and info.path.startswith(str(tmp_path))
        assert info.printer == "" and info.status == "pdf_only"
        assert info.elapsed_ms > 0 and bp.last_elapsed_ms == info.elapsed_ms
        text = run_tool(["pdftotext", info.path, "-"], capture_output=True, text=True).stdout
        assert "陳大文" in text
        # Nothing was printed, so "print if not printed" makes the badge again next time.
        with qtbot.waitSignal(bp.printed, timeout=10000):
            ctx.signals.print_badge_requested.emit(aid, "desk")
        # The desk's Print badge button on someone never printed: a first print, no reason
        # asked, never called a reprint.
        with qtbot.waitSignal(bp.printed, timeout=10000):
            ctx.signals.print_badge_requested.emit(aid, "reprint")
    assert asked == []
    logs = _logs(store)
    assert [(p.kind, p.status, p.reason) for p in logs] == [("desk", "pdf_only", "")] * 3
    assert all(p.desk == "Desk 1" and p.operator == "tester" for p in logs)
    assert _counts(store, aid) == (0, False)


def test_reprint_of_a_lost_badge_asks_why_and_revokes_the_old_code(
    qtbot, store, tmp_path: Path
) -> None:
    from desktop.core.checkin import Outcome, scan
    from desktop.core.events import current_event

    (aid,) = add_people(store, [NAMES[0]])
    old = _code(store, aid)
    with store.session() as s:  # a badge the printer accepted this morning
        core.log_prints(s, current_event(s), [aid], "desk", "a6", "Zebra", job="Zebra-1")
    asked: list[int] = []
    with desk_context(store, desk="Desk 2") as ctx:
        bp = _printer(ctx, tmp_path, asked, policy="if_not_printed")
        with qtbot.waitSignal(bp.skipped, timeout=10000) as why:
            ctx.signals.print_badge_requested.emit(aid, "desk")
        assert why.args[1] is SkipReason.ALREADY_PRINTED
        with qtbot.waitSignal(bp.printed, timeout=10000) as got:
            ctx.signals.print_badge_requested.emit(aid, "reprint")
    assert asked == [aid]
    new = _code(store, aid)
    assert new != old and _qr(got.args[0].path) == [new]
    assert [(p.kind, p.status, p.reason) for p in _logs(store)] == [
        ("desk", "printed", ""),
        ("reprint", "pdf_only", "lost badge"),
    ]
    with store.session() as s:
        refused = scan(s, old, "Desk 1")
        assert refused.outcome is Outcome.REVOKED and "at Desk 2)" in refused.message
        assert scan(s, new, "Desk 1").outcome is Outcome.CHECKED_IN


def test_a_damaged_badge_is_reprinted_with_the_same_code(qtbot, store, tmp_path: Path) -> None:
    from desktop.core.events import current_event

    (aid,) = add_people(store, [NAMES[2]])
    code = _code(store, aid)
    with store.session() as s:
        core.log_prints(s, current_event(s), [aid], "desk", "a6", "Zebra", job="Zebra-1")
    with desk_context(store) as ctx:
        bp = _printer(ctx, tmp_path)
        bp.reason_provider = lambda _id: "damaged badge"
        with qtbot.waitSignal(bp.printed, timeout=10000) as got:
            bp.request(aid, "reprint")
    assert _code(store, aid) == code and _qr(got.args[0].path) == [code]
    assert _logs(store)[-1].reason == "damaged badge"


def test_policy_never_and_always(qtbot, store, tmp_path: Path) -> None:
    (aid,) = add_people(store, [NAMES[1]])
    with desk_context(store) as ctx:
        bp = _printer(ctx, tmp_path, policy="never")
        with qtbot.waitSignal(bp.skipped, timeout=10000) as why:
            bp.request(aid, "desk")
        assert why.args[1] is SkipReason.POLICY_NEVER
        assert _logs(store) == []
        save_settings(PrintSettings(pdf_dir=str(tmp_path / "b"), policy="always"), bp.settings)
        for _ in range(2):
            with qtbot.waitSignal(bp.printed, timeout=10000):
                bp.request(aid, "desk")
    assert [(p.kind, p.status) for p in _logs(store)] == [("desk", "pdf_only")] * 2


def test_reprint_cancelled_at_the_reason_dialog_prints_nothing(
    qtbot, store, tmp_path: Path
) -> None:
    from desktop.core.events import current_event

    (aid,) = add_people(store, [NAMES[1]])
    with store.session() as s:
        core.log_prints(s, current_event(s), [aid], "desk", "a6", "Zebra", job="Zebra-1")
    with desk_context(store) as ctx:
        bp = _printer(ctx, tmp_path)
        bp.reason_provider = lambda _id: None  # the operator closes the reason dialog
        with qtbot.waitSignal(bp.skipped, timeout=10000) as why:
            bp.request(aid, "reprint")
        assert why.args[1] is SkipReason.REPRINT_CANCELLED
    assert len(_logs(store)) == 1


def test_a_refused_print_is_logged_as_failed_and_printed_next_time(
    qtbot, store, tmp_path: Path
) -> None:
    need("lp")
    (aid,) = add_people(store, [NAMES[0]])
    with desk_context(store) as ctx:
        # lp refuses a queue that does not exist (with or without a running scheduler).
        bp = _printer(ctx, tmp_path, printer="NoSuchQueue", policy="if_not_printed")
        with qtbot.waitSignal(bp.failed, timeout=20000) as got:
            ctx.signals.print_badge_requested.emit(aid, "desk")
        assert "badge PDF saved to" in got.args[0] and "printing failed" in got.args[0]
        # Still not printed: the next check-in at this desk tries again.
        with qtbot.waitSignal(bp.failed, timeout=20000):
            ctx.signals.print_badge_requested.emit(aid, "desk")
        # Without lp (Windows) the badge goes to a QPrinter; an unknown printer fails too.
        save_settings(
            PrintSettings(pdf_dir=str(tmp_path / "b"), printer="NoSuchQueue", use_lp=False),
            bp.settings,
        )
        with qtbot.waitSignal(bp.failed, timeout=20000) as got:
            ctx.signals.print_badge_requested.emit(aid, "desk")
        assert "NoSuchQueue" in got.args[0]
    logs = _logs(store)
    assert [(p.kind, p.status, p.job, p.destination) for p in logs] == [
        ("desk", "failed", "", "NoSuchQueue")
    ] * 3
    assert all(p.error for p in logs)
    assert _counts(store, aid) == (0, False)


def test_qpainter_on_qprinter_prints_the_same_layout(qtbot, store, tmp_path: Path) -> None:
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


CUPS_PDF_PPD = "/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd"


@pytest.fixture
def cups() -> Iterator[Callable[..., str]]:
    """A running CUPS scheduler (started here when none runs) and a way to add queues to it;
    the queues are deleted afterwards, the scheduler stopped if this fixture started it."""
    need("cupsd", "lpadmin", "lp", "lpstat", "cupsdisable", "cupsreject", "cancel")
    started = None
    if not _scheduler_running():
        started = subprocess.Popen(
            ["cupsd", "-f"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        for _ in range(100):
            if _scheduler_running():
                break
            time.sleep(0.1)
    queues: list[str] = []

    def add(name: str, device: str, *options: str) -> str:
        ppd = ["-P", CUPS_PDF_PPD] if device.startswith("cups-pdf") else []
        run_tool(["lpadmin", "-p", name, "-v", device, *ppd, *options, "-E"], check=True)
        queues.append(name)
        return name

    try:
        yield add
    finally:
        for q in queues:
            run_tool(["cancel", "-a", q], check=False, capture_output=True)
            run_tool(["lpadmin", "-x", q], check=False)
        if started is not None:
            started.terminate()
            started.wait(10)


@pytest.mark.slow
def test_real_print_through_cups_pdf(qtbot, store, tmp_path: Path, cups) -> None:
    queue = cups("ConfdeskPDF", "cups-pdf:/")
    from desktop.ui.printing import printer_names

    assert queue in printer_names()
    (aid,) = add_people(store, [NAMES[0]])
    old = _code(store, aid)
    t_start = time.time()
    asked: list[int] = []
    with desk_context(store) as ctx:
        bp = _printer(ctx, tmp_path, asked, printer=queue, policy="if_not_printed")
        with qtbot.waitSignal(bp.printed, timeout=30000) as got:
            ctx.signals.print_badge_requested.emit(aid, "desk")
        first = got.args[0]
        print(f"first badge: {first.elapsed_ms:.0f} ms to the spooler")
        assert first.job.startswith(f"{queue}-") and first.status == "printed"
        # The spooler took it: printed, so the next check-in prints nothing...
        with qtbot.waitSignal(bp.skipped, timeout=10000) as why:
            ctx.signals.print_badge_requested.emit(aid, "desk")
        assert why.args[1] is SkipReason.ALREADY_PRINTED
        # ...and the Print badge button is a reprint: the reason is asked (lost badge).
        with qtbot.waitSignal(bp.printed, timeout=30000) as got:
            ctx.signals.print_badge_requested.emit(aid, "reprint")
        info = got.args[0]
    assert asked == [aid]
    print(f"signal to spooler: {info.elapsed_ms:.0f} ms (job {info.job})")
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
    assert set(_qr(found[0])) <= {old, _code(store, aid)} and _qr(found[0])
    logs = _logs(store)
    assert [(p.kind, p.status, p.destination, p.reason) for p in logs] == [
        ("desk", "printed", queue, ""),
        ("reprint", "printed", queue, "lost badge"),
    ]
    assert [p.job for p in logs] == [first.job, info.job]
    assert _counts(store, aid) == (2, True)
    assert os.path.exists(info.path)  # the PDF is kept as well
    assert _qr(info.path) == [_code(store, aid)] != [old]


@pytest.mark.slow
def test_queues_that_do_not_print_are_logged_as_failed(qtbot, store, tmp_path: Path, cups) -> None:
    """Each way a real CUPS queue fails a badge: the log says failed with the spooler's
    words, nobody is counted as printed, and no job is left to print later."""
    # A backend that always fails (beh runs a backend that does not exist, once), under
    # each of CUPS's error policies; a stopped queue (lp accepts the job, nothing prints);
    # a queue that refuses jobs (lp fails).
    failing = "beh:/0/1/0/nosuch:/x"
    queues = {
        cups("ConfdeskAbort", failing, "-o", "printer-error-policy=abort-job"): "aborted",
        cups("ConfdeskStop", failing, "-o", "printer-error-policy=stop-printer"): "stopped",
        cups("ConfdeskRetry", failing, "-o", "printer-error-policy=retry-job"): "held",
        cups("ConfdeskPaused", "cups-pdf:/"): "stopped",
        cups("ConfdeskRefuse", "cups-pdf:/"): "not accepting jobs",
    }
    run_tool(["cupsdisable", "ConfdeskPaused"], check=True)
    run_tool(["cupsreject", "ConfdeskRefuse"], check=True)
    ids = add_people(store, [dict(NAMES[0], family_name=f"Chan{i}") for i in range(len(queues))])
    messages = {}
    with desk_context(store) as ctx:
        for aid, queue in zip(ids, queues, strict=True):
            # A pool of this one queue (choosing one printer keeps the rest of the pool).
            bp = _printer(ctx, tmp_path, printers=[queue], policy="always")
            with qtbot.waitSignal(bp.failed, timeout=30000) as got:
                ctx.signals.print_badge_requested.emit(aid, "desk")
            messages[queue] = got.args[0]
            ctx.signals.print_badge_requested.disconnect(bp.request)
    logs = _logs(store)
    assert [(p.attendee_id, p.status, p.destination) for p in logs] == [
        (aid, "failed", q) for aid, q in zip(ids, queues, strict=True)
    ]
    for p, (queue, word) in zip(logs, queues.items(), strict=True):
        print(f"{queue}: job {p.job or '-'}: {p.error}")
        assert word in p.error.lower(), (queue, p.error)
        assert word in messages[queue].lower()
        if queue != "ConfdeskRefuse":
            assert p.job.startswith(f"{queue}-")  # accepted, then it failed
        left = run_tool(["lpstat", "-o", queue], capture_output=True, text=True).stdout
        assert left.strip() == "", f"a job was left in {queue}: {left}"
    assert all(_counts(store, aid) == (0, False) for aid in ids)


def test_no_printer_chosen_means_no_print_on_check_in(qtbot, store, tmp_path: Path) -> None:
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


def _screen(qtbot, ctx):
    from desktop.ui.badges.screen import BadgesScreen

    screen = BadgesScreen(ctx)
    qtbot.addWidget(screen)
    return screen


def test_badges_screen_makes_proofs_or_badges_for_printing(qtbot, store, tmp_path: Path) -> None:
    ids = add_people(store, NAMES[:3])
    with desk_context(store) as ctx:
        screen = _screen(qtbot, ctx)
        assert screen.proof_button.text().startswith("Make proof PDF")
        assert screen.make_button.text().startswith("Make PDF for printing")
        screen.run_batch(str(tmp_path / "proof.pdf"), mark_printed=False)
        qtbot.waitUntil(lambda: "badges on" in screen.status.text(), timeout=10000)
        assert "Proof: no badge marked printed" in screen.status.text()
        assert _logs(store) == [] and {_counts(store, a) for a in ids} == {(0, False)}
        screen.status.clear()
        screen.run_batch(str(tmp_path / "real.pdf"), mark_printed=True)
        qtbot.waitUntil(lambda: "badges on" in screen.status.text(), timeout=10000)
        assert "3 badges marked printed" in screen.status.text()
    logs = _logs(store)
    assert sorted((p.attendee_id, p.kind, p.status) for p in logs) == [
        (a, "batch", "to_file") for a in sorted(ids)
    ]
    assert {p.destination for p in logs} == {str(tmp_path / "real.pdf")}
    assert {_counts(store, a) for a in ids} == {(1, True)}


@pytest.mark.slow
def test_badges_screen_sends_the_batch_and_logs_what_the_spooler_said(
    qtbot, store, tmp_path: Path, cups
) -> None:
    good = cups("ConfdeskBatch", "cups-pdf:/")
    refusing = cups("ConfdeskBatchOff", "cups-pdf:/")
    run_tool(["cupsreject", refusing], check=True)
    ids = add_people(store, NAMES[:2])
    with desk_context(store) as ctx:
        screen = _screen(qtbot, ctx)
        screen.run_batch(str(tmp_path / "proof.pdf"), mark_printed=False)
        qtbot.waitUntil(lambda: "badges on" in screen.status.text(), timeout=10000)
        for queue, expect in ((refusing, "Not printed"), (good, "Sent ")):
            screen.printer_box.setCurrentIndex(screen.printer_box.findData(queue))
            screen.status.clear()
            screen.send_last_pdf()
            qtbot.waitUntil(lambda e=expect: screen.status.text().startswith(e), timeout=20000)
        assert "2 badges marked printed" in screen.status.text()
        # A batch made for printing, then sent: logged with the job, not counted twice.
        screen.run_batch(str(tmp_path / "real.pdf"), mark_printed=True)
        qtbot.waitUntil(lambda: "marked printed (for" in screen.status.text(), timeout=10000)
        screen.status.clear()
        screen.send_last_pdf()
        qtbot.waitUntil(lambda: screen.status.text().startswith("Sent "), timeout=20000)
    rows = [(p.status, p.destination, bool(p.job), bool(p.error)) for p in _logs(store)]
    assert rows == (
        [("failed", refusing, False, True)] * 2
        + [("printed", good, True, False)] * 2
        + [("to_file", str(tmp_path / "real.pdf"), False, False)] * 2
        + [("printed", good, True, False)] * 2
    )
    assert {_counts(store, a) for a in ids} == {(2, True)}
