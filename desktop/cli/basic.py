"""`confdesk gui | init | demo | version | backup | restore | check`."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from desktop import __version__
from desktop.base.screens import SCREEN_KEYS
from desktop.cli.common import ProgressBar, date_arg, store_from


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("gui", help="open the desktop app (the default)")
    p.add_argument("--desk", help="this desk's name (saved in the settings)")
    p.add_argument("--screen", choices=SCREEN_KEYS, help="screen to open first")
    p.add_argument(
        "--kiosk",
        action="store_true",
        help="start as a self-service kiosk, full screen (the staff PIN leaves it)",
    )
    p.set_defaults(func=cmd_gui)

    p = sub.add_parser("init", help="create an event database")
    p.add_argument("--name", required=True, help="the event's name")
    p.add_argument(
        "--tz",
        help="time zone (default Asia/Hong_Kong; without --tz, the first schedule imported "
        "into the empty event gives it the file's zone, while a zone given here is kept)",
    )
    p.add_argument("--start", type=date_arg, help="first day (YYYY-MM-DD)")
    p.add_argument("--end", type=date_arg, help="last day (YYYY-MM-DD)")
    p.add_argument("--venue", default="", help="venue")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("demo", help="create a realistic demo event (into an empty database)")
    p.add_argument(
        "--attendees",
        type=int,
        default=1200,
        help="number of attendees (default 1200)",
    )
    p.add_argument("--seed", type=int, default=2026, help="random seed (same seed, same event)")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("version", help="print the version")
    p.set_defaults(func=cmd_version)

    p = sub.add_parser("backup", help="write a backup copy of the event database")
    p.add_argument(
        "dest", nargs="?", type=Path, help="destination file (default: next to the database)"
    )
    p.add_argument(
        "--auto",
        action="store_true",
        help="an automatic backup: the newest --keep automatic ones are kept (for cron)",
    )
    p.add_argument("--keep", type=int, default=12, help="with --auto: how many (default 12)")
    p.add_argument("--list", action="store_true", help="list the event's backups, newest first")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser(
        "restore",
        help="bring the event back from a backup",
        description=(
            "SQLite: the backup is checked and put in place of the event file; the current file "
            "is kept aside next to it (refused while a desk has the file open). A dump "
            "(PostgreSQL backup, .jsonl) or an SQLite backup can also be loaded into a new, "
            "empty database of either kind, named with --db."
        ),
    )
    p.add_argument("backup", type=Path, help="the backup file (.sqlite copy or .jsonl dump)")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser(
        "check",
        help="check the event database for damage (every page, key and search index)",
        description="Exit 0 when the database is sound, 1 when it is damaged (with what to do).",
    )
    p.set_defaults(func=cmd_check)


def cmd_version(_args: argparse.Namespace) -> int:
    from db.engine import head_revision

    print(f"confdesk {__version__} (schema {head_revision()})")
    return 0


def cmd_init(args: argparse.Namespace) -> int:
    from db.engine import describe
    from desktop.core.events import DEFAULT_TIMEZONE, check_event_fields, create_event

    # Checked before a file is created.
    check_event_fields(args.name, args.tz or DEFAULT_TIMEZONE, args.start, args.end)
    store = store_from(args, create=True)
    with store.session() as s:
        event = create_event(s, args.name, args.tz, args.start, args.end, args.venue)
        print(f"created event {event.name!r} in {describe(store.url)}")  # never the password
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop.base.errors import UserError
    from desktop.core.demo import generate

    if not 0 <= args.attendees <= 1_000_000:
        raise UserError("--attendees must be between 0 and 1,000,000")
    store = store_from(args, create=True)
    t0 = time.perf_counter()
    summary = generate(
        store, attendees=args.attendees, seed=args.seed, progress=ProgressBar("demo")
    )
    took = time.perf_counter() - t0
    print(
        f"demo event {summary['event']!r}: {summary['attendees']} attendees, "
        f"{summary['sessions']} sessions, {summary['speakers']} speakers in {took:.1f} s"
    )
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from db.backup import auto_backup, list_backups, write_backup
    from desktop.base.errors import UserError

    if (args.auto or args.list) and args.dest is not None:
        raise UserError("--auto and --list write or read the usual backup folder: no DEST")
    if args.auto and not 1 <= args.keep <= 10_000:
        raise UserError("--keep must be between 1 and 10,000")
    store = store_from(args)
    if args.list:
        found = list_backups(store.url)
        for b in found:
            print(f"{b.at:%Y-%m-%d %H:%M:%S}  {b.kind:<17}  {b.size / 1e6:8.1f} MB  {b.path}")
        if not found:
            print("no backups yet (confdesk backup writes one)")
        return 0
    if args.auto:
        path = auto_backup(store.engine, store.url, args.keep)
    else:
        path = write_backup(store.engine, store.url, dest=args.dest)
    print(f"backup written to {path}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from db.restore import restore_backup

    done = restore_backup(args.backup, args.db)
    if done.kind == "file":
        print(f"restored {done.target} from {args.backup}")
        if done.kept_aside:
            print(f"the file it replaced is kept as {done.kept_aside}")
    else:
        print(f"restored {done.rows} rows from {args.backup} into {done.target}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from db.backup import newest_backup
    from db.check import check_store, check_text
    from db.errors import damage_message

    store = store_from(args)
    report = check_store(store)
    if report.ok:
        print(f"ok: {store.sqlite_path or 'the database'} is sound ({', '.join(report.checked)})")
        return 0
    backup = newest_backup(store.sqlite_path) if store.sqlite_path else None
    print(f"damaged: {check_text(report)}")
    print(damage_message(str(store.sqlite_path or "the database"), str(backup) if backup else None))
    return 1


def cmd_gui(args: argparse.Namespace) -> int:
    from desktop.ui.app import run

    return run(
        db=args.db,
        desk=getattr(args, "desk", None),
        screen=getattr(args, "screen", None),
        argv=sys.argv[:1],
        kiosk=bool(getattr(args, "kiosk", False)),
    )
