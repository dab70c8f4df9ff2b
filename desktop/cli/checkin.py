"""`confdesk checkin CODE`: check in a scanned code; `confdesk checkin --undo ID --reason R`.

Exit codes: 0 checked in, 3 already checked in, 4 refused (unknown, forged, another event's
badge, cancelled registration, not a code).
"""

from __future__ import annotations

import argparse

from desktop.cli.attendee_search import DEFAULT_DESK, card_json
from desktop.cli.common import print_json, record_id, store_from
from desktop.core.checkin import scan, undo_checkin
from desktop.core.errors import UserError


def _run(args: argparse.Namespace) -> int:
    if args.undo is not None:
        if args.code:
            raise UserError("give either a CODE to check in or --undo ID, not both")
        if not args.reason:
            raise UserError("--undo needs --reason (why the check-in is taken back)")
        store = store_from(args)
        with store.write_session() as s:
            card = undo_checkin(s, args.undo, args.reason, args.desk, args.operator)
        if args.json:
            print_json({**card_json(card), "outcome": "undone"})
        else:
            print(f"check-in undone: {card.display_name} (id {card.id})")
        return 0
    if args.code is None:
        raise UserError("give the CODE to check in (or --undo ID --reason R)")
    store = store_from(args)
    with store.write_session() as s:
        result = scan(s, args.code, args.desk, args.operator)
    if args.json:
        print_json(
            {
                "outcome": str(result.outcome),
                "message": result.message,
                "staff_note": result.staff_note,
                "attendee": card_json(result.attendee) if result.attendee else None,
            }
        )
    else:
        who = ""
        if result.attendee:
            a = result.attendee
            who = f": {a.display_name}" + (f" {a.name_local}" if a.name_local else "")
            if a.organization:
                who += f" · {a.organization}"
        print(f"{result.message}{who}")
        if result.staff_note and result.exit_code == 0:
            print(f"  {result.staff_note}")
    return result.exit_code


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "checkin",
        help="check in a badge or ticket code (exit 0 in, 3 already, 4 refused)",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("code", nargs="?", help="the scanned code (badge QR or ticketing-system code)")
    p.add_argument("--desk", default=DEFAULT_DESK, help="this desk's name (shown to other desks)")
    p.add_argument("--operator", default="", help="who is scanning, for the audit log")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.add_argument(
        "--undo", type=record_id, metavar="ID", help="take back the check-in of attendee ID"
    )
    p.add_argument("--reason", help="why (required with --undo)")
    p.set_defaults(func=_run)
