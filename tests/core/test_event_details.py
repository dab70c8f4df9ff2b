"""Event details after creation: name, dates, venue, time zone, logo, category colours.

Real SQLite stores, real PNG/JPEG files made with Pillow, real badge PDFs rendered with
pdftoppm, and `python -m desktop event ...` as a process for the CLI's one-line errors.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import func, select

from db.engine import open_store
from db.models import Asset, AuditLog, Event
from db.models import Session as TalkSession
from desktop.base.errors import UserError
from desktop.core import badges
from desktop.core.event_details import event_details, update_event
from desktop.core.events import to_local
from tests.tools import confdesk, need


def _logo(path: Path, color: tuple[int, int, int] = (220, 20, 60), fmt: str = "PNG") -> Path:
    Image.new("RGB", (400, 200), color).save(path, fmt)
    return path


def _local_starts(s) -> list[tuple[int, dt.datetime]]:
    event = s.scalar(select(Event))
    rows = s.scalars(select(TalkSession).where(TalkSession.start.is_not(None))).all()
    return sorted((t.id, to_local(event, t.start).replace(tzinfo=None)) for t in rows)


def _audit_count(s) -> int:
    return s.scalar(select(func.count()).select_from(AuditLog).where(AuditLog.entity == "event"))


def test_name_venue_and_dates_change_and_are_audited(demo_store) -> None:
    with demo_store.session() as s:
        before = event_details(s)
        assert before.days == 2 and before.start_date is not None
        d = update_event(
            s, name="  HK AI Summit  ", venue="Science Park, Hall 1", end_date=before.end_date
        )
    assert d.name == "HK AI Summit" and d.venue == "Science Park, Hall 1"
    with demo_store.session() as s:
        entry = s.scalar(select(AuditLog).where(AuditLog.action == "event.update"))
        assert entry is not None
        assert entry.details["name"] == "HK AI Summit"
        assert "dates" not in entry.details  # unchanged dates are not reported as changed


def _refused(store, **kwargs) -> str:
    """The one-line message of a refused change (the session rolls back, as the CLI's)."""
    with pytest.raises(UserError) as err, store.session() as s:
        update_event(s, **kwargs)
    assert "\n" not in str(err.value)
    return str(err.value)


def test_dates_that_leave_sessions_out_are_refused_and_nothing_changes(demo_store) -> None:
    with demo_store.session() as s:
        before = event_details(s)
        starts = _local_starts(s)
    assert before.start_date is not None
    later = before.start_date + dt.timedelta(days=7)
    assert "scheduled session(s) would fall outside" in _refused(
        demo_store, name="Renamed", start_date=later
    )
    # One day shorter cuts off the second day's sessions.
    assert "would fall outside" in _refused(demo_store, end_date=before.start_date)
    with demo_store.session() as s:
        assert event_details(s) == before
        assert _local_starts(s) == starts
        assert _audit_count(s) == 0


def test_moving_the_event_moves_the_timetable_by_local_days(demo_store) -> None:
    with demo_store.session() as s:
        before = event_details(s)
        starts = _local_starts(s)
        assert before.start_date is not None and starts
        new_start = before.start_date + dt.timedelta(days=120)  # across no DST in HK, still days
        d = update_event(s, start_date=new_start, move_sessions=True)
        assert d.start_date == new_start and d.days == before.days  # the length is kept
        after = _local_starts(s)
    assert [(i, t + dt.timedelta(days=120)) for i, t in starts] == after


def test_a_new_time_zone_keeps_local_times_unless_told_otherwise(demo_store) -> None:
    with demo_store.session() as s:
        starts = _local_starts(s)
        update_event(s, timezone="Europe/Berlin")  # summer time does not apply in December
        assert _local_starts(s) == starts  # a 09:00 keynote is still at 09:00
        instants = sorted(
            s.scalars(select(TalkSession.start).where(TalkSession.start.is_not(None)))
        )
        update_event(s, timezone="Europe/London", keep_local_times=False)
        assert (
            sorted(s.scalars(select(TalkSession.start).where(TalkSession.start.is_not(None))))
            == instants
        )
        shifted = _local_starts(s)
    assert [t + dt.timedelta(hours=1) for _, t in shifted] == [t for _, t in starts]


def test_unknown_zone_bad_colour_and_unknown_category_are_one_clear_line(store) -> None:
    with store.session() as s:
        before = event_details(s)
    for kwargs, words in (
        ({"timezone": "Mars/Olympus"}, "unknown time zone"),
        ({"category_colors": {"speaker": "red"}}, "must look like #1f5f9e"),
        ({"category_colors": {"<b>x</b>": "#000000"}}, "unknown category"),
        ({"name": "\x00 \u200b "}, "needs a name"),
        (
            {"start_date": dt.date(2026, 12, 5), "end_date": dt.date(2026, 12, 4)},
            "ends before it starts",
        ),
    ):
        assert words in _refused(store, **kwargs)
    with store.session() as s:
        assert event_details(s) == before


def test_category_colours_reach_the_badge_band_and_reset_to_default(
    demo_store, tmp_path: Path
) -> None:
    with demo_store.session() as s:
        default = badges.load_template(s, badges.DEFAULT_TEMPLATE)["category_colors"]["speaker"]
        d = update_event(s, category_colors={"speaker": "#00FF00"})
        assert d.category_colors["speaker"] == "#00ff00" and d.custom_colors == {"speaker"}
        assert (
            badges.load_template(s, badges.DEFAULT_TEMPLATE)["category_colors"]["speaker"]
            == "#00ff00"
        )
        speaker = s.scalar(
            select(func.min(badges.Attendee.id)).where(badges.Attendee.category == "speaker")
        )
        out = tmp_path / "speaker.pdf"
        badges.render_badges(s, out, selection=badges.Selection(ids=[speaker]), sheet="single")
        assert _has_color(out, tmp_path, (0, 255, 0))
        d = update_event(s, category_colors={"speaker": "default"})
        assert d.category_colors["speaker"] == default and not d.custom_colors


def _has_color(pdf: Path, tmp: Path, rgb: tuple[int, int, int]) -> bool:
    need("pdftoppm")
    prefix = tmp / f"{pdf.stem}-page"
    subprocess.run(
        ["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(pdf), str(prefix)], check=True
    )
    png = next(tmp.glob(f"{pdf.stem}-page*.png"))
    with Image.open(png) as img:
        raw = img.convert("RGB").tobytes()
    pixels = zip(raw[0::3], raw[1::3], raw[2::3], strict=True)
    return sum(1 for p in pixels if all(abs(a - b) < 12 for a, b in zip(p, rgb, strict=True))) > 50


def test_the_logo_is_kept_in_the_store_and_printed_after_its_file_is_gone(
    demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    logo = _logo(tmp_path / "brand.png", (220, 20, 60))
    store = open_store(str(demo_db))
    with store.session() as s:
        d = update_event(s, logo=logo)
        assert d.logo == "brand.png"
        update_event(s, logo=logo)  # the same picture again: still one row
        assert s.scalar(select(func.count()).select_from(Asset)) == 1
    store.close()
    logo.unlink()
    # Another desk: its own cache folder, the chooser's file is not there.
    monkeypatch.setenv("CONFDESK_CACHE_DIR", str(tmp_path / "other-desk-cache"))
    store = open_store(str(demo_db))
    with store.session() as s:
        out = tmp_path / "b.pdf"
        badges.render_badges(s, out, selection=badges.Selection(ids=[1]), sheet="single")
        assert _has_color(out, tmp_path, (220, 20, 60))
        folder = tmp_path / "other-desk-cache" / "assets"
        assert len(list(folder.iterdir())) == 1
        assert folder.stat().st_mode & 0o077 == 0  # the desk's user only
        d = update_event(s, logo="")
        assert d.logo == ""
        out2 = tmp_path / "c.pdf"
        badges.render_badges(s, out2, selection=badges.Selection(ids=[1]), sheet="single")
        assert not _has_color(out2, tmp_path, (220, 20, 60))
    store.close()


def test_a_jpeg_logo_is_accepted(store, tmp_path: Path) -> None:
    with store.session() as s:
        assert update_event(s, logo=_logo(tmp_path / "logo.jpg", fmt="JPEG")).logo == "logo.jpg"


def test_bad_logo_files_are_refused_with_one_line_and_nothing_changes(
    store, tmp_path: Path
) -> None:
    text = tmp_path / "notes.png"
    text.write_text("not a picture")
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    gif = tmp_path / "anim.gif"
    Image.new("RGB", (10, 10)).save(gif, "GIF")
    truncated = tmp_path / "cut.png"
    _logo(tmp_path / "whole.png")
    truncated.write_bytes((tmp_path / "whole.png").read_bytes()[:60])
    huge = tmp_path / "huge.png"
    huge.write_bytes(b"\x89PNG" + b"\x00" * (6 * 1024 * 1024))
    cases = {
        text: "not a PNG or JPEG",
        empty: "is empty",
        gif: "use PNG or JPEG",
        truncated: "not a PNG or JPEG",
        huge: "larger than 5 MB",
        tmp_path / "missing.png": "no such file",
        tmp_path: "is a folder",
    }
    for path, words in cases.items():
        assert words in _refused(store, name="Should not stick", logo=path), path
    with store.session() as s:
        assert event_details(s).name == "Test Conference" and event_details(s).logo == ""
        assert s.scalar(select(func.count()).select_from(Asset)) == 0


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return confdesk(*args)


def test_cli_shows_and_sets_details(demo_db: Path, tmp_path: Path) -> None:
    logo = _logo(tmp_path / "logo.png")
    proc = _cli(
        "--db",
        str(demo_db),
        "event",
        "set",
        "--name",
        "香港 AI 峰會",
        "--tz",
        "Asia/Taipei",
        "--color",
        "vip=#123456",
        "--logo",
        str(logo),
        "--json",
    )
    assert proc.returncode == 0, proc.stderr
    shown = json.loads(proc.stdout)
    assert shown["name"] == "香港 AI 峰會" and shown["timezone"] == "Asia/Taipei"
    assert shown["category_colors"]["vip"] == "#123456" and shown["logo"] == "logo.png"
    plain = _cli("--db", str(demo_db), "event")
    assert plain.returncode == 0 and "vip #123456," in plain.stdout and "(default)" in plain.stdout
    for args, words in (
        (("--color", "vip"), "CATEGORY=#rrggbb"),
        (("--start", "2026-13-01"), "not a date"),
        (("--logo", str(logo), "--no-logo"), "not both"),
        (("--start", "2030-01-01"), "would fall outside"),
    ):
        proc = _cli("--db", str(demo_db), "event", "set", *args)
        assert proc.returncode == 2, (args, proc.stderr)
        assert "Traceback" not in proc.stderr and words in proc.stderr
        assert len([ln for ln in proc.stderr.splitlines() if "error:" in ln]) == 1
    moved = _cli("--db", str(demo_db), "event", "set", "--start", "2030-01-01", "--move-sessions")
    assert moved.returncode == 0, moved.stderr
    assert "Tue 01 Jan 2030 - Wed 02 Jan 2030 (2 day(s))" in moved.stdout
