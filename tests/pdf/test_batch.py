"""Batch badges through the core: every QR decodes and checks its attendee in; print log."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from db.models import Attendee, PrintLog
from desktop.base.errors import UserError
from desktop.cli import main
from desktop.core import badges, checkin
from desktop.core.events import current_event
from desktop.pdf import templates
from desktop.pdf.sheets import get_sheet
from tests.pdf.helpers import NAMES, add_people, decode_cells, ink, render_png
from tests.tools import run_tool


def test_batch_every_qr_decodes_and_checks_in(store, tmp_path: Path) -> None:
    people = [
        dict(NAMES[i % len(NAMES)], family_name=f"{NAMES[i % len(NAMES)]['family_name']}{i:02d}")
        for i in range(10)
    ]
    ids = add_people(store, people)
    pdf = tmp_path / "batch.pdf"
    with store.session() as s:
        res = badges.render_badges(s, pdf, "a6-conference", "a4-4xa6", crop_marks=True, log=True)
    assert res.badges == 10 and res.pages == 3 and res.logged == 10
    pages = render_png(pdf, dpi=150)
    assert len(pages) == 3
    cells = get_sheet("a4-4xa6", 105, 148).cells()
    decoded = [code for page in pages for cell in decode_cells(page, cells, 150) for code in cell]
    assert len(decoded) == 10 and len(set(decoded)) == 10
    # Each decoded code checks its attendee in at the desk (the core's scan), once.
    with store.session() as s:
        outcomes = [str(checkin.scan(s, code, "Desk 1").outcome) for code in decoded]
    assert outcomes == ["checked_in"] * 10
    with store.session() as s:
        assert str(checkin.scan(s, decoded[0], "Desk 2").outcome) == "already"
    with store.session() as s:
        got = set(s.scalars(select(Attendee.id).where(Attendee.checked_in_at.is_not(None))))
        assert got == set(ids)
        logged = s.scalars(select(PrintLog).order_by(PrintLog.id)).all()
        assert len(logged) == 10 and {(p.kind, p.status) for p in logged} == {("batch", "to_file")}
        assert all(a.print_count == 1 and a.badge_printed_at for a in s.scalars(select(Attendee)))
        # The Thai local name has no font: printed with the Latin name and a visible warning.
        thai = s.scalar(select(Attendee).where(Attendee.given_name == "Somchai").limit(1))
        warn = s.scalar(select(PrintLog.warning).where(PrintLog.attendee_id == thai.id))
        assert "Latin name only" in warn
    text = run_tool(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "陳大文" in text and "김민준" in text and "Zoë" in text
    assert "สมชาย" not in text


def test_chinese_name_has_ink_in_its_box(store, tmp_path: Path) -> None:
    (aid,) = add_people(store, [NAMES[0]])
    pdf = tmp_path / "one.pdf"
    with store.session() as s:
        badges.render_badges(s, pdf, "a6-conference", "single", badges.Selection(ids=[aid]))
    (png,) = render_png(pdf, dpi=100)
    tpl = templates.builtin("a6-conference")
    box = next(i for i in tpl["front"] if i["id"] == "name_local")
    bleed = tpl["bleed_mm"]
    k = 100 / 25.4
    px = (
        int((box["x"] + bleed) * k),
        int((box["y"] + bleed) * k),
        int((box["x"] + bleed + box["w"]) * k),
        int((box["y"] + bleed + box["h"]) * k),
    )
    assert 0.03 < ink(png, px) < 0.5
    text = run_tool(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "陳大文" in text


def test_selection_filters_and_sorts(store) -> None:
    ids = add_people(store, NAMES[:4])
    with store.session() as s:
        ev = current_event(s)
        fam = [a.family_name for a in badges.select_attendees(s, ev, badges.Selection())]
        assert fam == sorted(fam, key=str.lower)
        cat = [
            a.category for a in badges.select_attendees(s, ev, badges.Selection(sort="category"))
        ]
        assert cat == sorted(cat)
        only = badges.select_attendees(s, ev, badges.Selection(category="speaker"))
        assert [a.name_local for a in only] == ["陳大文"]
        badges.log_prints(s, ev, [ids[0]], "desk", "a6-conference", "PDF")
    with store.session() as s:
        ev = current_event(s)
        left = badges.select_attendees(s, ev, badges.Selection(only_unprinted=True))
        assert ids[0] not in {a.id for a in left} and len(left) == 3
        with pytest.raises(UserError, match="unknown category"):
            badges.select_attendees(s, ev, badges.Selection(category="astronaut"))
        with pytest.raises(UserError, match="no printable attendee with id 99999"):
            badges.select_attendees(s, ev, badges.Selection(ids=[99999]))


def test_print_policy(store) -> None:
    (aid,) = add_people(store, [NAMES[1]])
    with store.session() as s:
        a = s.get(Attendee, aid)
        assert not badges.should_print_on_checkin("never", a)
        assert badges.should_print_on_checkin("if_not_printed", a)
        assert badges.should_print_on_checkin("always", a)
        badges.log_prints(s, current_event(s), [aid], "desk", "a6-conference", "PDF")
    with store.session() as s:
        a = s.get(Attendee, aid)
        assert not badges.should_print_on_checkin("if_not_printed", a)
        assert badges.should_print_on_checkin("always", a)
        with pytest.raises(UserError):
            badges.should_print_on_checkin("sometimes", a)


def test_saved_template_versions(store) -> None:
    spec = templates.builtin("cr80")
    spec["name"] = "cr80-custom"
    with store.session() as s:
        assert badges.save_template(s, spec).version == 1
    spec["front"][0]["x"] = 7.5
    with store.session() as s:
        assert badges.save_template(s, spec).version == 2
        assert badges.load_template(s, "cr80-custom")["front"][0]["x"] == 7.5
        rows = {r["name"]: r for r in badges.list_templates(s)}
        assert rows["cr80-custom"]["source"] == "database v2"
        assert "a6-conference" in rows


def test_cli_badges(store, event_db: Path, tmp_path: Path, capsys) -> None:
    add_people(store, NAMES[:3])
    out = tmp_path / "b.pdf"
    db = ["--db", str(event_db)]
    assert (
        main(
            [
                *db,
                "badges",
                str(out),
                "--sheet",
                "a4-10-l4785",
                "--template",
                "cr80",
                "--crop-marks",
            ]
        )
        == 0
    )
    shown = capsys.readouterr().out
    assert "3 badges on 1 pages" in shown and "proof: no badge marked printed" in shown
    # A proof (the default) marks nobody printed: all three are still unprinted.
    assert main([*db, "badges", str(out), "--only-unprinted", "--mark-printed"]) == 0
    assert "3 badges marked printed" in capsys.readouterr().out
    with store.factory() as s:
        logged = s.scalars(select(PrintLog)).all()
        assert [(p.kind, p.status, p.destination) for p in logged] == [
            ("batch", "to_file", str(out))
        ] * 3
    assert main([*db, "badges", str(out), "--only-unprinted"]) == 1
    assert "no attendee matches" in capsys.readouterr().err
    assert main([*db, "badges", str(out), "--proof", "--mark-printed"]) == 2
    capsys.readouterr()
    assert main(["badges", "--help"]) == 0
    helptext = capsys.readouterr().out
    assert "--mark-printed" in helptext and "--proof" in helptext
    assert main([*db, "badges", str(out), "--category", "astronaut"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("confdesk: error: unknown category") and err.count("\n") == 1
    assert main([*db, "badges", str(tmp_path / "x.pdf"), "--template", "nope"]) == 2
    assert "unknown template 'nope'" in capsys.readouterr().err
    assert (
        main(
            [
                *db,
                "badges",
                str(tmp_path / "c.pdf"),
                "--calibration",
                "--sheet",
                "letter-8-avery5395",
            ]
        )
        == 0
    )
    assert (tmp_path / "c.pdf").exists()
    assert main([*db, "badges", "templates"]) == 0
    listing = capsys.readouterr().out
    for name in ("a6-conference", "4x3in", "cr80", "4x6in"):
        assert name in listing
    assert main([*db, "badges", str(tmp_path / "nofolder" / "x.pdf")]) == 2
    assert "folder does not exist" in capsys.readouterr().err


def test_batch_and_print_log_on_both_backends(backend_store, tmp_path: Path) -> None:
    ids = add_people(backend_store, NAMES[:3])
    with backend_store.session() as s:
        res = badges.render_badges(
            s, tmp_path / "b.pdf", "cr80", "single", badges.Selection(sort="category"), log=True
        )
        assert res.badges == 3 and res.pages == 3
    with backend_store.session() as s:
        ev = current_event(s)
        assert badges.select_attendees(s, ev, badges.Selection(only_unprinted=True)) == []
        assert badges.longest_name_attendee(s) == ids[1]  # Zoë Müller-Lüdenscheidt
        counts = {a.id: a.print_count for a in s.scalars(select(Attendee))}
        assert counts == dict.fromkeys(ids, 1)
