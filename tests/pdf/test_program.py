"""The printed program from a real schedule (31C3, imported with the frab importer) and from the
demo event: every kind written, read back with pdftotext and rendered with pdftoppm, and the
computed layout checked box by box (no text leaves its cell)."""

from __future__ import annotations

import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from PIL import Image, ImageChops

from db.engine import open_store
from db.models import Event
from desktop.base.errors import Cancelled, UserError
from desktop.base.progress import CancelFlag
from desktop.core.events import create_event
from desktop.core.program import KINDS, build_program, layout, load_for_print
from desktop.core.schedule.interchange.importing import import_schedule
from desktop.core.schedule.releases import publish_release
from desktop.pdf.fonts import has_unsupported
from desktop.pdf.program.common import DRAFT_LABEL, Page
from tests.conftest import ROOT, TEST_DATA
from tests.tools import run_tool

SCHEDULES = TEST_DATA / "schedules"


@pytest.fixture(scope="module")
def congress(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """31C3 (4 days, 4 rooms, 138 events) imported into a store, published as release v3."""
    path = tmp_path_factory.mktemp("prog") / "31c3.sqlite"
    store = open_store(str(path), create=True)
    with store.session() as s:
        create_event(s, "31C3", "Europe/Berlin")
    with store.session() as s:
        import_schedule(s, SCHEDULES / "31c3-schedule.xml")
    with store.session() as s:
        publish_release(s, "v3")
    store.close()
    return path


def norm(text: str) -> str:
    """Compare text the way a reader would: NFKC, line breaks and spaces ignored (the layout
    never hyphenates, so a dash at a line end is part of the text)."""
    text = unicodedata.normalize("NFKC", text)
    return re.sub(r"\s+", "", text)


def pdftotext(path: Path, *args: str) -> str:
    return run_tool(
        ["pdftotext", "-enc", "UTF-8", *args, str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def page_count(path: Path) -> int:
    out = run_tool(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def assert_boxes_hold_their_text(pages: list[Page]) -> None:
    """Every text box: lines no wider than the box, lines no taller, box inside its cell and page."""
    for n, page in enumerate(pages, 1):
        for t in page.texts():
            where = f"page {n}, {t.role} {t.lines!r}"
            assert not t.overflow or t.role not in ("title",), where
            for w in t.line_widths():
                assert w <= t.w + 0.01, where
            assert t.used_height <= t.h + 0.01, where
            assert t.x >= 0 and t.x + t.w <= page.width + 0.01, where
            assert t.y >= 0 and t.y + t.h <= page.height + 0.01, where
            if t.cell is not None:
                cx, cy, cw, ch = t.cell
                assert cx - 0.01 <= t.x and t.x + t.w <= cx + cw + 0.01, where
                assert cy - 0.01 <= t.y and t.y + t.used_height <= cy + ch + 0.01, where


def render_first(path: Path, tmp_path: Path, pages: int = 1) -> list[Image.Image]:
    prefix = tmp_path / path.stem
    run_tool(
        ["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", str(pages), str(path), str(prefix)],
        check=True,
    )
    images = [Image.open(p) for p in sorted(tmp_path.glob(f"{path.stem}*.png"))]
    for img in images:
        gray = img.convert("L")
        dark = sum(gray.histogram()[:128])
        assert dark > 200, "a rendered page should show text and cells"
    return images


@pytest.mark.parametrize("source", ["congress", "demo"])
def test_every_title_of_a_day_is_in_that_days_grid(source, congress, demo_db, tmp_path) -> None:
    store = open_store(str(congress if source == "congress" else demo_db))
    with store.factory() as s:
        data = load_for_print(s)
        for day in data.days:
            sessions = [x for x in data.sessions_on(day) if x.status != "cancelled"]
            if not sessions:
                continue
            out = tmp_path / f"grid-{day}.pdf"
            result = build_program(s, out, "grid", day=day.isoformat())
            text = norm(pdftotext(out, "-raw"))
            missing = [x.title for x in sessions if norm(x.title) not in text]
            assert missing == [], f"{day}: {missing[:5]}"
            assert page_count(out) == result.pages
            # Titles of other days are not there (a title unique to another day).
            others = {norm(x.title) for x in data.sessions if x.start and x.start.date() != day}
            ours = {norm(x.title) for x in sessions}
            stray = [t for t in others - ours if len(t) > 25 and t in text]
            assert stray == []
    store.close()


@pytest.mark.parametrize("source", ["congress", "demo"])
def test_grid_layout_keeps_every_text_in_its_cell(source, congress, demo_db) -> None:
    store = open_store(str(congress if source == "congress" else demo_db))
    with store.factory() as s:
        data = load_for_print(s)
    store.close()
    for paper in ("A4", "A3"):
        pages, _info = layout(data, "grid", paper=paper)
        assert_boxes_hold_their_text(pages)
        titles = {t.ref: " ".join(t.lines) for p in pages for t in p.texts() if t.role == "title"}
        scheduled = [x for x in data.sessions if x.start and x.status != "cancelled"]
        assert set(titles) == {x.id for x in scheduled}
        for x in scheduled:  # the drawn lines are the whole title, never shortened
            assert norm(titles[x.id]) == norm(x.title)


@pytest.mark.parametrize("kind", list(KINDS))
def test_each_kind_from_the_real_schedule(kind, congress, tmp_path) -> None:
    store = open_store(str(congress))
    out = tmp_path / f"{kind}.pdf"
    with store.factory() as s:
        data = load_for_print(s)
        result = build_program(s, out, kind)
    store.close()
    assert result.release.startswith("Release v3 · 20")
    text = pdftotext(out, "-raw")
    pages = text.split("\f")[: result.pages]
    assert page_count(out) == result.pages
    assert all(result.release in p for p in pages), "the release is printed on every page"
    assert all(f"page {i + 1} of {result.pages}" in p for i, p in enumerate(pages))
    flat = norm(text)
    if kind == "book":
        assert "Contents" in pages[1] and "Speakerindex" in flat
        assert norm(data.sessions[0].title) in flat
    elif kind == "room-signs":
        for room in data.rooms:
            if any(x.room and x.room.id == room.id for x in data.sessions):
                assert norm(room.name) in flat
    elif kind == "speakers":
        on_stage = {p.id for x in data.sessions if x.start for p in x.speakers}
        assert result.pages >= len(on_stage)
        names = [p.name for p in data.speakers if p.id in on_stage]
        printable = [n for n in names if not has_unsupported(n)]
        assert all(norm(n) in flat for n in printable)
        # A character no shipped font has (31C3 has a Tibetan mark) is left out, with a warning.
        odd = [n for n in names if has_unsupported(n)]
        for n in odd:
            assert norm("".join(ch for ch in n if not has_unsupported(ch))) in flat
            assert any(n in w and "no font for" in w for w in result.warnings)
    render_first(out, tmp_path, 2)


@pytest.mark.parametrize("kind", list(KINDS))
def test_each_kind_from_the_demo_prints_chinese(kind, demo_db, tmp_path) -> None:
    store = open_store(str(demo_db))
    out = tmp_path / f"{kind}.pdf"
    with store.factory() as s:
        data = load_for_print(s, "live")
        result = build_program(s, out, kind, release="live")
        pages, _ = layout(data, kind)
    store.close()
    assert_boxes_hold_their_text(pages)
    text = pdftotext(out, "-raw")
    assert result.release == DRAFT_LABEL
    assert all(DRAFT_LABEL in p for p in text.split("\f")[: result.pages])
    printed = [x for x in data.sessions if x.start and x.status != "cancelled"]
    chinese = [x.title for x in printed if re.search(r"[\u4e00-\u9fff]", x.title)]
    names = [p.name_local for x in printed for p in x.speakers if p.name_local]
    assert chinese and names
    flat = norm(text)
    if kind in ("grid", "book", "room-signs"):
        assert all(norm(t) in flat for t in chinese)
    if kind in ("book", "speakers"):
        cjk = [n for n in names if re.search(r"[\u4e00-\u9fff]", n)]
        assert all(norm(n) in flat for n in cjk)
    fonts = run_tool(["pdffonts", str(out)], capture_output=True, text=True).stdout
    cjk_rows = [r for r in fonts.splitlines() if "WenQuanYiMicroHei" in r]
    assert cjk_rows and all(" yes yes yes " in r for r in cjk_rows), fonts  # embedded subset
    render_first(out, tmp_path)


def test_one_day_and_bad_requests(congress, tmp_path) -> None:
    store = open_store(str(congress))
    with store.factory() as s:
        data = load_for_print(s)
        day = data.days[1]
        result = build_program(s, tmp_path / "signs.pdf", "room-signs", day=day.isoformat())
        assert result.days == [day]
        with pytest.raises(UserError, match="not a day of this schedule"):
            build_program(s, tmp_path / "x.pdf", "grid", day="1999-01-01")
        with pytest.raises(UserError, match="not a date"):
            build_program(s, tmp_path / "x.pdf", "grid", day="tomorrow")
        with pytest.raises(UserError, match="unknown program kind"):
            build_program(s, tmp_path / "x.pdf", "poster")
        with pytest.raises(UserError, match="no schedule release"):
            build_program(s, tmp_path / "x.pdf", "grid", release="v9")
        flag = CancelFlag()
        flag.cancel()
        with pytest.raises(Cancelled):
            build_program(s, tmp_path / "cancelled.pdf", "book", cancel=flag)
    store.close()
    assert not (tmp_path / "x.pdf").exists() and not list(tmp_path.glob("*cancelled*"))
    text = pdftotext(tmp_path / "signs.pdf")
    assert f"{day:%A} {day.day} {day:%B %Y}" in text


def test_cli_program(congress, tmp_path) -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "desktop", "--db", str(congress), "program", *args],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=120,
        )

    r = run(str(tmp_path / "g.pdf"), "--kind", "grid", "--paper", "a3", "--release", "live")
    assert r.returncode == 0, r.stderr
    assert "Draft, not published" in r.stdout and (tmp_path / "g.pdf").exists()
    r = run(str(tmp_path / "x.pdf"), "--day", "2014-13-40")
    assert r.returncode == 2 and r.stderr.startswith("confdesk: error: not a date")
    assert r.stderr.count("\n") == 1
    r = run(str(tmp_path / "x.pdf"), "--kind", "poster")
    assert r.returncode == 2 and "invalid choice" in r.stderr
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.slow
def test_fosdem_35_rooms(tmp_path) -> None:
    """FOSDEM 2020 (35 rooms, 872 events): rooms split over pages, every title whole."""
    store = open_store(str(tmp_path / "fosdem.sqlite"), create=True)
    with store.session() as s:
        create_event(s, "FOSDEM 2020", "Europe/Brussels")
    with store.session() as s:
        import_schedule(s, SCHEDULES / "fosdem-2020.xml")
    with store.factory() as s:
        data = load_for_print(s)
        pages, _ = layout(data, "grid")
        assert_boxes_hold_their_text(pages)
        assert any("rooms 1–7 of" in p.subtitle for p in pages)
        for day in data.days:
            out = tmp_path / f"grid-{day}.pdf"
            build_program(s, out, "grid", day=day.isoformat())
            text = norm(pdftotext(out, "-raw"))
            day_titles = [x.title for x in data.sessions_on(day) if x.status != "cancelled"]
            assert [t for t in day_titles if norm(t) not in text] == []
        book = build_program(s, tmp_path / "book.pdf", "book")
    store.close()
    assert book.pages > 50 and page_count(tmp_path / "book.pdf") == book.pages


def test_book_cover_shows_the_event_logo(demo_db, tmp_path) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGB", (240, 120), (200, 30, 40)).save(logo)
    store = open_store(str(demo_db))
    with store.session() as s:
        s.query(Event).one().logo_path = str(logo)
    with store.factory() as s:
        build_program(s, tmp_path / "book.pdf", "book", release="live")
    store.close()
    images = run_tool(
        ["pdfimages", "-list", "-f", "1", "-l", "1", str(tmp_path / "book.pdf")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()[2:]
    assert len(images) == 1 and " 240   120 " in images[0]
    cover = render_first(tmp_path / "book.pdf", tmp_path)[0].convert("RGB")
    r, g, b = (
        band.point(lambda v, k=k: 255 if (v > 150 if k == 0 else v < 80) else 0)
        for k, band in enumerate(cover.split())
    )
    reds = ImageChops.multiply(ImageChops.multiply(r, g), b).histogram()[255]
    assert reds > 500  # the red logo is on the rendered cover


def test_speakers_itineraries_say_how_many_came(demo_db, tmp_path) -> None:
    """After the event: a session with a list at its door, three admitted, one out again;
    its speakers' pages say so, the other sessions' say nothing, and the box holds it."""
    from desktop.core import checkin_lists as cl
    from desktop.core.program import session_attendance
    from tests.tools import confdesk

    store = open_store(str(demo_db))
    try:
        with store.factory() as s:
            data = load_for_print(s, "live")
        talk = next(x for x in data.sessions if x.start and x.speakers and x.status != "cancelled")
        with store.session() as s:
            from sqlalchemy import select

            from db.models import Attendee

            codes = s.scalars(
                select(Attendee.badge_code).where(Attendee.status == "registered").limit(3)
            ).all()
            cl.add_list(s, "Door of the talk", session_id=talk.id, capacity=40, exits=True)
        from desktop.core.events import current_event, to_utc

        with store.session() as s:  # scanned at the door as the talk starts
            when = to_utc(current_event(s), talk.start.replace(tzinfo=None))
            for code in codes:
                cl.scan_list(s, code, "Door of the talk", "Door", now=when)
            cl.scan_list(s, codes[0], "Door of the talk", "Door", exit_scan=True, now=when)
        with store.factory() as s:
            came = session_attendance(s)
            data = load_for_print(s, "live")
        assert came == {talk.id: "Attendance: 3 people came, 3 at once, of 40 seats"}
        pages, _ = layout(data, "speakers", attendance=came)
        assert_boxes_hold_their_text(pages)
        from desktop.pdf.ops import Line

        for page in pages:  # the rules between sessions run between texts, never through one
            for rule in (op for op in page.ops if isinstance(op, Line)):
                crossed = [t.lines for t in page.texts() if t.y < rule.y1 < t.y + t.h]
                assert not crossed, (page.title, crossed)
    finally:
        store.close()
    out = tmp_path / "itineraries.pdf"
    done = confdesk("--db", str(demo_db), "program", str(out), "--kind", "speakers",
                    "--release", "live", "--attendance")  # fmt: skip
    assert done.returncode == 0, done.stderr
    text = pdftotext(out)
    pages_with = [p for p in text.split("\f") if "Attendance:" in p]
    assert pages_with and len(pages_with) == len({p.id for p in talk.speakers})
    assert all(norm("3 people came, 3 at once, of 40 seats") in norm(p) for p in pages_with)
    assert talk.title.split()[0] in " ".join(pages_with)
    plain = tmp_path / "plain.pdf"
    confdesk("--db", str(demo_db), "program", str(plain), "--kind", "speakers", "--release", "live")
    assert "Attendance:" not in pdftotext(plain)
    wrong = confdesk("--db", str(demo_db), "program", str(plain), "--kind", "grid", "--attendance")
    assert wrong.returncode != 0 and "--kind speakers" in wrong.stderr
