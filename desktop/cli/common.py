"""Helpers shared by the CLI command modules: opening the store, output, progress."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from typing import Any, TextIO

from db.engine import Store, open_store


def fail(message: str, code: int = 2) -> int:
    """Print one error line on stderr and return the exit code."""
    print(f"confdesk: error: {message}", file=sys.stderr)
    return code


def date_arg(text: str) -> dt.date:
    """argparse type for a day: YYYY-MM-DD."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text[:40]!r}") from None


MAX_ID = 2**63 - 1  # the largest id a database column holds


def record_id(text: str) -> int:
    """argparse type for an id: a whole number from 1 to 2**63-1 (a bigger one is no id)."""
    try:
        value = int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected an id (a whole number), got {text[:40]!r}"
        ) from None
    if not 1 <= value <= MAX_ID:
        raise argparse.ArgumentTypeError(f"no record has the id {text[:40]}")
    return value


def count_arg(text: str) -> int:
    """argparse type for a --limit: a whole number of at least 1 (capped at 1,000,000, more
    than anyone can read, which keeps SQL's LIMIT in range)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text[:40]!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return min(value, 1_000_000)


# The desk name of changes made from the command line, in the audit and check-in logs.
DEFAULT_DESK = "command line"


def store_from(args: argparse.Namespace, create: bool = False) -> Store:
    """Open the store named by `--db` (or CONFDESK_DB, or the default)."""
    store = open_store(args.db, create=create)
    if store.backup_path:
        print(f"upgraded the database; backup written to {store.backup_path}", file=sys.stderr)
    from desktop.core.search_upkeep import refresh_on_open

    if changed := refresh_on_open(store):
        print(f"search: Chinese names romanized for {changed} people", file=sys.stderr)
    return store


# Control characters a terminal would act on (ESC starts colour, cursor and title sequences;
# C1 controls do the same on some terminals); tab and newline stay.
_CONTROLS = {
    c: "\ufffd"
    for c in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F, *range(0x80, 0xA0)]
}


def terminal_safe(text: str) -> str:
    """`text` with every control character a terminal would obey replaced by U+FFFD."""
    return text.translate(_CONTROLS)


class TerminalSafeWriter:
    """A text stream wrapper for the CLI's human output: people's data (notes, names) cannot
    send escape sequences to the terminal."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(terminal_safe(text))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


class ProgressBar:
    """A progress callback that draws a bar on stderr when it is a terminal."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.tty = sys.stderr.isatty()
        self._last = 0.0

    def __call__(self, done: int, total: int, message: str = "") -> None:
        now = time.monotonic()
        if not self.tty or (now - self._last < 0.1 and done < total):
            return
        self._last = now
        width = 30
        filled = int(width * done / total) if total else 0
        sys.stderr.write(
            f"\r{self.label} [{'#' * filled}{'.' * (width - filled)}] {done}/{total} {message[:30]:30}"
        )
        if total and done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()
