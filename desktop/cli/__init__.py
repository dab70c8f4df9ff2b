"""The `confdesk` command: argparse front end to the core; no Qt unless `gui` runs.

Each command group lives in its own module under `desktop/cli/` with a `register(subparsers)`
function; add the module's name to COMMAND_MODULES. Handlers take the parsed arguments and
return the exit code. Errors reach the user as one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import gc
import importlib
import logging
import os
import sys
import threading
import traceback
from collections.abc import Sequence
from typing import NoReturn

from desktop import __version__

COMMAND_MODULES = [
    "desktop.cli.basic",  # gui, init, demo, version, backup, restore, check
    "desktop.cli.attendees",  # attendees search|import|export|...
    "desktop.cli.checkin",  # checkin CODE [--desk] [--json] | checkin --undo ID --reason R
    "desktop.cli.lists",  # lists [--json] | lists add NAME ... | lists remove NAME
    "desktop.cli.desk",  # desk status|sync --desk NAME
    "desktop.cli.event",  # event [--json] | event set --name|--start|--tz|--logo|--color ...
    "desktop.cli.fonts",  # fonts status | fonts prepare [--forms hk,tw,cn]
    "desktop.cli.dashboard",  # dashboard [--json] [--csv FILE]
    "desktop.cli.program",  # program OUT.pdf --kind grid|book|room-signs|speakers
    "desktop.cli.badges",  # badges OUT.pdf | badges templates
    "desktop.cli.schedule",  # schedule import|export|conflicts|release|releases
]


def _starts_the_app(args: Sequence[str]) -> bool:
    """True when the command line opens the desktop app: no command, or `gui`."""
    return _command_word(args) in (None, "gui")


# The command words whose group is a module of its own: `confdesk badges ...` needs only the
# badges parser (desktop.cli.basic holds several words and is always registered).
GROUP_OF = {name.rsplit(".", 1)[1]: name for name in COMMAND_MODULES[1:]}


def _command_word(args: Sequence[str]) -> str | None:
    """The command's first word, past `--db URL` / `--db=URL`; None when there is none."""
    rest = list(args)
    while rest and rest[0].startswith("--db"):
        rest = rest[2:] if rest[0] == "--db" else rest[1:]
    return rest[0] if rest else None


def build_parser(app_only: bool = False, only: str | None = None) -> argparse.ArgumentParser:
    """The whole `confdesk` parser; with `app_only`, just the commands of desktop.cli.basic;
    with `only` (a module of COMMAND_MODULES), basic's and that group's.

    Starting the app skips the other command groups: importing them costs about 0.2 s of
    the cold start, for parsers the app never uses; a command skips the groups it is not.
    """
    parser = argparse.ArgumentParser(
        prog="confdesk",
        description="Confdesk: registration desk, timetable, badges and program for a conference, offline.",
    )
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="event database: an SQLite file path or postgresql+psycopg://user:pw@host/db "
        "(default: $CONFDESK_DB, else the default event in the user's data folder)",
    )
    parser.add_argument("--version", action="version", version=f"confdesk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    if app_only:
        names = COMMAND_MODULES[:1]
    elif only is not None:
        names = [COMMAND_MODULES[0], only]
    else:
        names = COMMAND_MODULES
    for name in names:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `confdesk` console script."""
    import multiprocessing

    # (imported here, not at the top: `run` tunes the collector before the store code loads)
    from db.paths import log_path
    from desktop.cli.common import TerminalSafeWriter, fail

    # The app's long jobs run in worker processes; a frozen (PyInstaller) build must let a
    # worker process run its job instead of starting Confdesk again.
    multiprocessing.freeze_support()
    args_list = list(sys.argv[1:] if argv is None else argv)
    word = _command_word(args_list)
    parser = build_parser(
        app_only=_starts_the_app(args_list), only=GROUP_OF.get(word) if word else None
    )
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exc:  # argparse already printed its one-line usage error
        return int(exc.code or 0)
    if not getattr(args, "func", None):
        args = parser.parse_args([*args_list, "gui"])
    if not getattr(args, "json", False):
        sys.stdout = TerminalSafeWriter(sys.stdout)
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        return fail("interrupted", 130)
    except BrokenPipeError:
        return 0
    except Exception as exc:  # the last guard: one line for the user, details in the log
        from db.errors import StoreError
        from desktop.base.errors import Cancelled, UserError

        if isinstance(exc, UserError):
            return fail(str(exc), exc.exit_code)
        if isinstance(exc, StoreError):
            return fail(str(exc), 2)
        if isinstance(exc, Cancelled):
            return fail("cancelled; nothing was changed", 130)
        from db.errors import describe_db_error, safe_summary

        known = describe_db_error(exc)
        if known:
            return fail(known, 2)
        path = log_path()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("a", encoding="utf-8") as fh:
                fh.write(traceback.format_exc())
            where = f" (details in {path})"
        except OSError:
            where = ""
        logging.getLogger(__name__).debug("internal error", exc_info=True)
        return fail(f"internal error: {safe_summary(exc)}{where}", 1)


def run() -> NoReturn:
    """The `confdesk` console script and `python -m desktop`: main() as a process of its own.

    A command (not the app) ends as soon as its work is written out: output flushed, stores
    closed, exit handlers run, then the process leaves without Python's teardown, which frees
    every object one by one (a seventh of `confdesk badges`). Collections run less often too:
    a command lives seconds and its garbage is mostly not cyclic.
    """
    argv = sys.argv[1:]
    if _starts_the_app(argv):
        sys.exit(main(argv))
    gc.set_threshold(50_000, 20, 100)
    from db.engine import close_open_stores, track_open_stores

    track_open_stores()
    rc = main(argv)
    main_thread = threading.main_thread()
    if any(t is not main_thread and not t.daemon for t in threading.enumerate()):
        sys.exit(rc)  # a thread still working: Python's exit waits for it
    close_open_stores()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe (`| head`) or stream
            stream.flush()
    atexit._run_exitfuncs()  # logging's final flush, multiprocessing's children
    os._exit(rc)


def gui_main() -> int:
    """Entry point of the `confdesk-gui` launcher (no console on Windows)."""
    return main([*sys.argv[1:], "gui"] if len(sys.argv) == 1 else sys.argv[1:])


if __name__ == "__main__":
    run()
