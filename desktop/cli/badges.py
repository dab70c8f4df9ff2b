"""`confdesk badges`: batch badge PDFs, the calibration page, the list of templates, and the
desk's recent print jobs (`confdesk badges jobs`).

`badges OUT.pdf` takes the PDF's path as its first word, so the other uses are words that
can never be a PDF's path (it must end in .pdf): `templates` and `jobs`."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from desktop.cli.common import ProgressBar, print_json, store_from, terminal_safe

if TYPE_CHECKING:
    from db.engine import Store
    from desktop.core.badges import Selection


def _ids(text: str) -> list[int]:
    try:
        ids = [int(p) for p in text.replace(" ", "").split(",") if p]
    except ValueError:
        raise argparse.ArgumentTypeError(
            "ids must be numbers separated by commas, e.g. 1,2,3"
        ) from None
    if not ids:
        raise argparse.ArgumentTypeError("give at least one id")
    return ids


def _offset(text: str) -> tuple[float, float]:
    try:
        x, y = (float(v) for v in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError("offset is X,Y in mm, e.g. 1.5,-0.5") from None
    if abs(x) > 50 or abs(y) > 50:
        raise argparse.ArgumentTypeError("offset must be within 50 mm")
    return x, y


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("expected a whole number, e.g. 20") from None
    if not 1 <= value <= 100_000:
        raise argparse.ArgumentTypeError("expected a number from 1 to 100000")
    return value


def register(sub: argparse._SubParsersAction) -> None:
    from desktop.pdf.sheets import sheet_names

    p = sub.add_parser(
        "badges",
        help="print badges to a PDF (batch), a calibration page, or list templates",
        description="Write the badges of the selected attendees to OUT.pdf. By default the "
        "PDF is a proof: nothing is logged and nobody is marked printed. With --mark-printed "
        "the PDF is for printing: each badge is logged as printed to that file and counts as "
        "printed (the dashboard, --only-unprinted, the desk's 'print if not printed yet'). "
        "`confdesk badges templates` lists the templates; `confdesk badges samples` the people "
        "whose names test a template (longest first: proof them with --ids); "
        "`confdesk badges jobs` lists the "
        "desk's recent print jobs from the print log (each attempt: printer, status, the "
        "spooler's job id and words).",
    )
    p.add_argument(
        "out",
        metavar="OUT.pdf|templates|samples|jobs",
        help="the PDF to write, `templates`, `samples` or `jobs`",
    )
    p.add_argument("--template", default="a6-conference", help="template name or JSON file")
    p.add_argument("--sheet", default="a4-4xa6", choices=sheet_names(), help="sheet preset")
    p.add_argument(
        "--only-unprinted", action="store_true", help="only attendees without a printed badge"
    )
    p.add_argument("--category", help="only this category (speaker, vip, press, ...)")
    p.add_argument("--ids", type=_ids, help="only these attendee ids, e.g. 1,2,3")
    p.add_argument("--sort", choices=("family", "category"), default="family", help="print order")
    p.add_argument("--crop-marks", action="store_true", help="draw crop marks")
    p.add_argument(
        "--calibration", action="store_true", help="write the sheet's calibration page instead"
    )
    p.add_argument(
        "--offset", type=_offset, default=(0.0, 0.0), metavar="X,Y", help="printer offset in mm"
    )
    purpose = p.add_mutually_exclusive_group()
    purpose.add_argument(
        "--proof",
        action="store_true",
        help="check every badge before the event (missing glyphs, cut names, invisible "
        "characters, right-to-left names, Chinese name order); OUT.pdf gets only the badges "
        "with problems, each marked; exit 0 none found, 1 some. Without --proof or "
        "--mark-printed a batch logs nothing and marks nobody printed",
    )
    purpose.add_argument(
        "--mark-printed",
        dest="mark_printed",
        action="store_true",
        help="the PDF is for printing: log each badge as printed to this file and count it "
        "as printed",
    )
    # The option of earlier versions, when a batch was marked printed by default.
    purpose.add_argument(
        "--no-log", dest="mark_printed", action="store_false", help=argparse.SUPPRESS
    )
    p.set_defaults(mark_printed=False)
    p.add_argument(
        "--limit",
        type=_positive,
        default=50,
        metavar="N",
        help="with `jobs`: how many print-log rows to show (default 50); with `samples`: "
        "how many people",
    )
    p.add_argument("--desk", help="with `jobs`: only this desk's print jobs")
    p.add_argument(
        "--for",
        dest="category_template",
        action="append",
        metavar="CATEGORY=TEMPLATE",
        help="with `templates`: give a category its own template (speaker=speaker-a6; "
        "CATEGORY= gives it the batch's again); repeatable",
    )
    p.add_argument(
        "--save",
        metavar="FILE.json",
        action="append",
        help="with `templates`: keep this template in the event (as the designer's Save does: "
        "a new template, or a new version of the one with its name); repeatable",
    )
    p.add_argument(
        "--same-template",
        action="store_true",
        help="everyone with --template (categories' own templates are not used)",
    )
    p.add_argument(
        "--json",
        action="store_true",
        help="print the result (or the templates, or the jobs) as JSON",
    )
    p.set_defaults(func=cmd_badges)


def cmd_badges(args: argparse.Namespace) -> int:
    from desktop.base.errors import UserError
    from desktop.core import badges

    store = store_from(args)
    if args.out == "templates":
        with store.session() as s:
            for file in args.save or []:
                if not file.lower().endswith(".json"):
                    raise UserError(f"a template is a .json file, not {file[:60]!r}")
                row = badges.save_template(s, badges.load_template(None, file))
                print(f"saved template {row.name} (version {row.version})", file=sys.stderr)
            for pair in args.category_template or []:
                category, sep, name = pair.partition("=")
                if not sep:
                    raise UserError(f"use --for CATEGORY=TEMPLATE, not {pair[:40]!r}")
                badges.set_category_template(s, category.strip().lower(), name.strip() or None)
            rows = badges.list_templates(s)
            own = badges.category_templates(s)
        if args.json:
            print_json({"templates": rows, "by_category": own})
        else:
            for r in rows:
                print(
                    f"{r['name']:<24}{r['size_mm']:>18} mm  {r['sides']:<7} {r['source']:<14} {r['title']}"
                )
            for category, name in own.items():
                print(f"{category} badges use {name}")
        return 0
    if args.category_template or args.save:
        raise UserError("--for and --save go with `confdesk badges templates`")
    if args.out == "jobs":
        return cmd_jobs(args, store)
    if args.out == "samples":
        with store.factory() as s:
            people = badges.sample_people(s, args.limit)
        if args.json:
            print_json([{"id": i, "label": label} for label, i in people])
        for label, i in [] if args.json else people:
            print(f"{i:>7}  {label}")
        return 0
    if not args.out.lower().endswith(".pdf"):
        raise UserError(f"the output must be a .pdf file, not {args.out!r}")
    if args.calibration:
        with store.factory() as s:
            path = badges.calibration(s, args.out, args.template, args.sheet, args.offset)
        print(f"calibration page written to {path}")
        return 0
    sel = badges.Selection(args.category, args.only_unprinted, args.ids, args.sort)
    if args.proof:
        return _proof(store, args, sel)
    with store.session() as s:
        try:
            result = badges.render_badges(
                s,
                args.out,
                args.template,
                args.sheet,
                sel,
                offset=args.offset,
                crop_marks=args.crop_marks,
                log=args.mark_printed,
                progress=ProgressBar("badges"),
                by_category=not args.same_template,
            )
        except OSError as exc:
            raise UserError(f"cannot write {args.out}: {exc.strerror or exc}") from None
    if args.json:
        print_json(
            {
                "path": result.path,
                "badges": result.badges,
                "pages": result.pages,
                "template": result.template,
                "marked_printed": result.logged,
                "warnings": {str(k): v for k, v in result.warnings.items()},
            }
        )
        return 0
    marked = (
        f"{result.logged} badges marked printed"
        if args.mark_printed
        else "proof: no badge marked printed (--mark-printed marks them)"
    )
    print(f"{result.badges} badges on {result.pages} pages written to {result.path}; {marked}")
    for aid, warns in list(result.warnings.items())[:20]:
        print(f"warning: attendee {aid}: {'; '.join(warns)}", file=sys.stderr)
    if len(result.warnings) > 20:
        print(
            f"warning: {len(result.warnings) - 20} more badges with warnings (see the print log)",
            file=sys.stderr,
        )
    return 0


def _proof(store: Store, args: argparse.Namespace, sel: Selection) -> int:
    """`confdesk badges OUT.pdf --proof`: the badge proof, its summary and each problem."""
    from desktop.core.badge_proof import proof_badges

    sheet = args.sheet if args.sheet != "a4-4xa6" else "single"  # a proof reads best one a page
    with store.factory() as s:
        report = proof_badges(s, args.out, args.template, sheet, sel, progress=ProgressBar("proof"))
    if args.json:
        print_json(
            {
                "checked": report.checked,
                "counts": report.counts(),
                "pdf": report.pdf,
                "problems": [vars(p) for p in report.problems],
            }
        )
        return 1 if report.problems else 0
    found = ", ".join(f"{n} {kind}" for kind, n in report.counts().items())
    if not report.problems:
        print(f"{report.checked} badges checked: no problem found (no proof PDF written)")
        return 0
    print(
        f"{report.checked} badges checked: {len(report.problems)} with problems ({found});"
        f" proof of those badges: {report.pdf}"
    )
    for p in report.problems[:50]:
        print(
            f"  no. {p.number} {terminal_safe(p.name)} [{p.template}]: {terminal_safe('; '.join(p.details))}"
        )
    if len(report.problems) > 50:
        print(f"  ... and {len(report.problems) - 50} more (--json lists them all)")
    return 1


def cmd_jobs(args: argparse.Namespace, store: Store) -> int:
    """`confdesk badges jobs`: the newest desk prints and reprints, one print-log row each."""
    from desktop.core.events import current_event, to_local
    from desktop.core.print_jobs import recent_desk_jobs

    with store.factory() as s:
        rows = recent_desk_jobs(s, limit=args.limit, desk=args.desk or None)
        event = current_event(s)
        if args.json:
            print_json([r.as_dict() for r in rows])
            return 0
        if not rows:
            print("no desk print jobs in the print log")
            return 0
        print(f"{'time':<15} {'status':<9} {'printer':<16} {'job':<14} {'kind':<8} person")
        for r in rows:
            line = (
                f"{to_local(event, r.at):%d %b %H:%M:%S} {r.status:<9} "
                f"{(r.printer or '-')[:16]:<16} {(r.job or '-')[:14]:<14} {r.kind:<8} "
                f"{r.person} (#{r.attendee_id})"
            )
            extra = [f"desk {r.desk}"] if r.desk else []
            if r.reason:
                extra.append(f"reason: {r.reason}")
            if r.error:
                extra.append(r.error)
            print(line + (f"  [{'; '.join(extra)}]" if extra else ""))
    return 0
