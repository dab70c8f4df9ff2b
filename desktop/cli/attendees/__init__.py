"""`confdesk attendees ...`: the command group; each module of this package adds its actions."""

from __future__ import annotations

import argparse
import importlib

# Each module has `register(attendee_subparsers)`.
SUBCOMMAND_MODULES = [
    "desktop.cli.attendees.search",  # search, show
    "desktop.cli.attendees.listing",  # list
    "desktop.cli.attendees.edits",  # add (walk-in), edit, cancel, restore, merge
    "desktop.cli.attendees.import_export",  # import, export
    "desktop.cli.attendees.reissue",  # reissue (a new badge code for a lost badge)
]


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("attendees", help="find, import, export and edit attendees")
    asub = p.add_subparsers(dest="attendees_command", metavar="ACTION", required=True)
    for name in SUBCOMMAND_MODULES:
        importlib.import_module(name).register(asub)
