"""`confdesk attendees ...`: the group; its subcommands live in the modules listed below."""

from __future__ import annotations

import argparse
import importlib

# Each module has `register(attendee_subparsers)`.
SUBCOMMAND_MODULES = [
    "desktop.cli.attendee_search",  # search, show, edit, cancel, restore, merge, walk-in
    "desktop.cli.attendee_io",  # import, export
]


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("attendees", help="find, import, export and edit attendees")
    asub = p.add_subparsers(dest="attendees_command", metavar="ACTION", required=True)
    for name in SUBCOMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue  # that part of the program is not built yet
        module.register(asub)
