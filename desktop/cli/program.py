"""`confdesk program OUT.pdf --kind grid|book|room-signs|speakers`: the printed program."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.base.collation import ORDERS
from desktop.base.errors import UserError
from desktop.cli.common import ProgressBar, store_from
from desktop.pdf.program.words import LANGUAGES


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "program",
        help="print the program as PDF: timetable grid, program book, room signs, speaker itineraries",
        description="Write the printed program as a PDF. The latest published schedule release "
        "is printed (its name and date on every page); --release live prints the working draft.",
    )
    p.add_argument("out", type=Path, metavar="OUT.pdf", help="the PDF file to write")
    p.add_argument(
        "--kind",
        choices=["grid", "book", "room-signs", "speakers"],
        default="grid",
        help="grid: one timetable per day; book: cover, contents, sessions, speaker index; "
        "room-signs: one page per room per day; speakers: one itinerary per speaker "
        "(default grid)",
    )
    p.add_argument("--day", metavar="YYYY-MM-DD", help="only this day (default: every day)")
    p.add_argument(
        "--paper",
        choices=["A4", "A3"],
        default="A4",
        type=str.upper,
        help="paper size (default A4)",
    )
    p.add_argument(
        "--release",
        default="latest",
        metavar="NAME|ID|latest|live",
        help="the schedule release to print (default latest; live = the unpublished draft)",
    )
    p.add_argument(
        "--attendance",
        action="store_true",
        help="speakers: say how many came to each session (its check-in list at the door)",
    )
    p.add_argument(
        "--order",
        choices=list(ORDERS),
        default="name",
        help="the order of the speaker index and the itineraries: name (English names by "
        "family name), stroke (Chinese names by stroke count, Traditional), pinyin (Chinese "
        "names by Pinyin, Simplified); default name",
    )
    p.add_argument(
        "--links",
        action="store_true",
        help="book: list each session's attachments and links (slides, recordings) under it, "
        "clickable in the PDF",
    )
    p.add_argument(
        "--language",
        choices=list(LANGUAGES),
        default="en",
        help="the program's own words (titles, headings, dates; the schedule's texts print as "
        "they are): en, zh_HK (Traditional Chinese), zh_CN (Simplified), or both English and "
        "one Chinese (en+zh_HK, en+zh_CN); default en",
    )
    p.set_defaults(func=cmd_program)


def cmd_program(args: argparse.Namespace) -> int:
    from desktop.core.program import build_program

    if args.attendance and args.kind != "speakers":
        raise UserError("--attendance goes with --kind speakers (the speakers' itineraries)")
    if args.links and args.kind != "book":
        raise UserError("--links goes with --kind book (the program book)")
    store = store_from(args)
    with store.factory() as s:
        result = build_program(
            s,
            args.out,
            args.kind,
            day=args.day,
            release=args.release,
            progress=ProgressBar("program"),
            page_size=args.paper,
            with_attendance=args.attendance,
            order=args.order,
            links=args.links,
            language=args.language,
        )
    print(
        f"wrote {result.path}: {result.pages} page(s), {result.release}, "
        f"{len(result.days)} day(s) in {result.seconds:.1f} s"
    )
    for w in result.warnings[:20]:
        print(f"warning: {w}")
    return 0
