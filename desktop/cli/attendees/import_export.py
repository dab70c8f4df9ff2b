"""`confdesk attendees import|export`: registrations in from CSV/XLSX, attendees and logs out."""

from __future__ import annotations

import argparse
import contextlib
import sys

from desktop.base.errors import UserError
from desktop.cli.attendees.listing import add_filter_arguments, filter_from, filtering
from desktop.cli.common import ProgressBar, print_json, store_from

MAX_PROBLEMS_SHOWN = 25


def register(sub: argparse._SubParsersAction) -> None:
    from desktop.core.attendee_import.presets import PRESETS

    p = sub.add_parser(
        "import",
        help="import registrations from CSV/TSV/XLSX (re-import updates, never duplicates)",
        description="Import registrations. Columns are mapped by header name (English and "
        "Chinese), by a preset, by the mapping saved for files with the same columns, or "
        "by --map. People are matched by external id, then e-mail, never by name. Exit "
        "code 0 when applied, 1 when rows were rejected (nothing written unless "
        "--skip-invalid), 2 when the file cannot be read.",
    )
    p.add_argument("file", metavar="FILE", help=".csv, .tsv, .txt or .xlsx")
    p.add_argument("--preset", choices=sorted(PRESETS), help="column layout of a known exporter")
    p.add_argument(
        "--category-value",
        action="append",
        metavar="VALUE=category",
        help="a value of the category column and the category it means, e.g. "
        '"General Admission=attendee", "VIP*=vip" (glob patterns, any case); repeatable, '
        "saved with the mapping for the next file with these columns",
    )
    p.add_argument(
        "--category-default",
        metavar="CATEGORY",
        help="the category of any other value of the category column (default: refuse it)",
    )
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=field",
        help="map a column to a field (given_name, family_name, full_name, email, "
        "external_id, ticket_code, badge_code (a badge printed by another Confdesk "
        "store, still accepted), category, ignore, extra...); repeatable",
    )
    p.add_argument("--sheet", metavar="NAME", help="XLSX sheet (default: the first)")
    p.add_argument("--encoding", metavar="E", help="text encoding (default: detected)")
    p.add_argument("--delimiter", metavar="D", help=", ; tab or | (default: detected)")
    p.add_argument("--dry-run", action="store_true", help="check and report, write nothing")
    p.add_argument(
        "--skip-invalid",
        action="store_true",
        help="import the valid rows even when others are rejected",
    )
    p.add_argument(
        "--rejects",
        metavar="OUT.csv",
        help="write rejected rows and reasons here (a new file: never the file being "
        "imported or the event's database)",
    )
    p.add_argument(
        "--overwrite",
        action="store_true",
        help="let --rejects replace an existing file",
    )
    p.add_argument(
        "--duplicates",
        choices=("merge", "add", "skip"),
        default="add",
        help="what to do with new rows that look like someone already here (the same e-mail "
        "and name, or the same name and organization): merge them into that person, add "
        "them as new people (the default; the report lists them), or skip them",
    )
    p.add_argument(
        "--duplicate",
        action="append",
        default=[],
        metavar="LINE=merge|add|skip",
        help="the same for one line of the file (as the report names it); repeatable",
    )
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(func=cmd_import)

    e = sub.add_parser(
        "export",
        help="export attendees, the check-in log or the print log to CSV or XLSX",
        description="CSV is UTF-8 with BOM (Excel shows Chinese correctly); cells that a "
        "spreadsheet would run as formulas are neutralised. Badge and ticket codes are left "
        "out (their columns empty) unless --with-codes is given.",
    )
    e.add_argument("file", metavar="FILE", help="FILE.csv or FILE.xlsx")
    e.add_argument("--what", choices=("attendees", "checkins", "prints"), default="attendees")
    e.add_argument(
        "--with-codes",
        action="store_true",
        help="include every badge code and ticket code (attendees) and the scanned codes "
        "(check-in log). Whoever has such a file can print a working badge for anyone not "
        "yet checked in: it is created readable by you only (mode 0600); keep it safe",
    )
    add_filter_arguments(e)
    e.add_argument("--json", action="store_true", help="print the result as JSON")
    e.set_defaults(func=cmd_export)


def _overrides(items: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in items:
        column, sep, target = item.rpartition("=")
        if not sep or not column.strip():
            raise UserError(f"--map {item!r}: write it as COLUMN=field, e.g. 'E-mail=email'")
        out[column.strip()] = target.strip()
    return out


def _duplicate_choices(items: list[str]) -> dict[int, str]:
    out: dict[int, str] = {}
    for item in items:
        line, sep, action = item.partition("=")
        if not sep or not line.strip().isdigit() or action.strip() not in ("merge", "add", "skip"):
            raise UserError(
                f"--duplicate {item[:60]!r}: write it as LINE=merge, LINE=add or LINE=skip"
            )
        out[int(line)] = action.strip()
    return out


DUPLICATE_REASONS = {
    "email_and_name": "the same e-mail and name",
    "name_and_organization": "the same name and organization",
}
DUPLICATE_DONE = {"merge": "merged into them", "add": "added as a new person", "skip": "skipped"}


def cmd_import(args: argparse.Namespace) -> int:
    from desktop.core.attendee_import import ImportOptions, import_file
    from desktop.core.attendee_import.files import RejectsFile, sqlite_file
    from desktop.core.attendee_import.mapping import parse_category_values
    from desktop.core.events import current_event

    options = ImportOptions(
        preset=args.preset,
        overrides=_overrides(args.map),
        category_values=(
            parse_category_values(args.category_value) if args.category_value else None
        ),
        category_default=args.category_default,
        sheet=args.sheet,
        encoding=args.encoding,
        delimiter=args.delimiter,
        dry_run=args.dry_run,
        skip_invalid=args.skip_invalid,
        desk="cli",
        duplicates=args.duplicates,
        duplicate_choices=_duplicate_choices(args.duplicate),
    )
    store = store_from(args)
    try:
        # The write lock first: a desk's scan committed between the import's first read and
        # its first write would otherwise fail the whole import ("database is locked").
        with store.write_session() as s:
            event = current_event(s)
            # Checked (and a temporary file made beside it) before the import runs, and
            # written before the commit: a rejects file that cannot be written changes nothing.
            rejects = (
                RejectsFile(
                    args.rejects,
                    source=args.file,
                    database=sqlite_file(s),
                    overwrite=args.overwrite,
                )
                if args.rejects
                else None
            )
            with rejects or contextlib.nullcontext():
                result = import_file(
                    s, event, args.file, options, progress=ProgressBar("importing")
                )
                if rejects is not None and result.rejected:
                    rejects.write(result)
    finally:
        store.close()
    if args.json:
        print_json(result.to_dict())
    else:
        print(result.source_line())
        for w in result.warnings:
            print(f"warning: {w}")
        for prob in result.problems[:MAX_PROBLEMS_SHOWN]:
            print(f"line {prob.line}: {prob.level}: {prob.message}")
        if len(result.problems) > MAX_PROBLEMS_SHOWN:
            print(f"... and {len(result.problems) - MAX_PROBLEMS_SHOWN} more problems")
        if args.rejects and result.rejected:
            print(f"rejected rows written to {args.rejects}")
        for d in result.duplicates[:MAX_PROBLEMS_SHOWN]:
            would = "" if result.applied else "would be "
            print(
                f"line {d.line}: likely duplicate of attendee #{d.attendee_id} {d.attendee} "
                f"({DUPLICATE_REASONS[d.reason]}): {would}{DUPLICATE_DONE[d.action]}"
            )
        if len(result.duplicates) > MAX_PROBLEMS_SHOWN:
            print(f"... and {len(result.duplicates) - MAX_PROBLEMS_SHOWN} more likely duplicates")
        if result.duplicates and args.duplicates == "add" and not args.duplicate:
            print(
                "likely duplicates: choose with --duplicates merge|skip, or per line with "
                "--duplicate LINE=merge|add|skip"
            )
        print(result.summary())
    if result.rejected:
        if not args.json:
            print(
                f"confdesk: {result.rejected} row(s) rejected"
                + ("" if result.applied else "; nothing was written"),
                file=sys.stderr,
            )
        return 1
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from desktop.core.attendee_export import export
    from desktop.core.attendee_list import filtered_ids
    from desktop.core.events import current_event

    if filtering(args) and args.what != "attendees":
        raise UserError("the filter and sort options are for --what attendees")
    store = store_from(args)
    try:
        with store.session() as s:
            only = (
                filtered_ids(s, filter_from(args), args.sort, args.desc)
                if filtering(args)
                else None
            )
            res = export(
                s,
                current_event(s),
                args.file,
                args.what,
                with_codes=args.with_codes,
                only=only,
                progress=ProgressBar("exporting"),
            )
    finally:
        store.close()
    if args.json:
        print_json(res.__dict__)
    else:
        print(f"wrote {res.rows} {res.what} rows to {res.path}")
        if res.with_codes:
            print("with badge and ticket codes: the file is readable by you only; keep it safe")
        elif res.what != "prints":
            print("without badge and ticket codes (--with-codes adds them)")
    return 0
