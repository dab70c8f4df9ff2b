"""`confdesk checkin CODE`: check in a scanned code; `confdesk checkin --undo ID --reason R`.

Exit codes: 0 checked in, 3 already checked in, 4 refused (unknown, forged, another event's
badge, cancelled registration, not a code). When the event's PostgreSQL server cannot be
reached, the desk's mirror decides and the scan (or the undo) is kept in the desk's journal
("offline: saved, will be sent"); the next `checkin` or `confdesk desk sync --desk NAME` sends it.
`--doubles` lists the double admissions found when offline scans were sent; `--recent` the
people last checked in at `--desk` (what the desk's hit list shows while its field is empty).
`--email ADDRESS --confirm LAST4` checks in the one registered person with that e-mail whose
badge or ticket code (or phone) ends in those 4 characters, as the kiosk does (exit 4 when
nobody or more than one person matches: the message never says which).

With `--list NAME` the code is checked in on that check-in list (`confdesk lists`) by its
rules: exit 0 in (or out, with `--exit` at a door), 3 already on this list, 4 refused (not on
the list, outside its hours, or the code itself), 5 full (`--override REASON` admits anyway,
logged). While the event's server is away, list scans are decided from the desk's mirror and
kept in its journal like the badge pickup's, undos on a list too.
"""

from __future__ import annotations

import argparse
import sys

from desktop.base.errors import UserError
from desktop.cli.attendees.search import card_json
from desktop.cli.common import DEFAULT_DESK, count_arg, print_json, record_id, store_from
from desktop.core.desk_journal import DeskScan
from desktop.core.desk_link import DeskLink


def _run(args: argparse.Namespace) -> int:
    if (args.exit or args.override) and not args.list:
        raise UserError("--exit and --override go with --list NAME (a door)")
    if args.list:
        return _on_list(args)
    if args.undo is not None:
        if args.code:
            raise UserError("give either a CODE to check in or --undo ID, not both")
        if not args.reason:
            raise UserError("--undo needs --reason (why the check-in is taken back)")
        link = DeskLink.open(args.db, args.desk)
        try:
            link.sync(wait_ms=500)  # the check-in it takes back may still be in the journal
            undone = link.undo(args.undo, args.reason, args.operator, wait_ms=2000)
        finally:
            link.close()
        _say_kept(undone.offline, undone.journaled, undone.waiting)
        card = undone.card
        if args.json:
            print_json({**card_json(card), "outcome": "undone"})
        else:
            print(f"check-in undone: {card.display_name} (id {card.id})")
        return 0
    if args.doubles:
        return _doubles(args)
    if args.recent:
        return _recent(args)
    if args.email is not None or args.confirm is not None:
        return _by_email(args)
    if args.code is None:
        raise UserError("give the CODE to check in (or --undo ID --reason R)")
    link = DeskLink.open(args.db, args.desk)
    try:
        link.sync(wait_ms=500)  # what this desk kept earlier goes first, in order
        answer = link.scan(args.code, args.operator, wait_ms=2000)
        if answer.journaled is False:
            link.refresh_mirror()
    finally:
        link.close()
    return _say_result(args, answer)


def _by_email(args: argparse.Namespace) -> int:
    """Check in by e-mail and the last 4 characters of a code or phone, as at the kiosk."""
    from desktop.core.kiosk import confirm_email

    if args.code or not args.email or not args.confirm:
        raise UserError("--email ADDRESS goes with --confirm LAST4 (and no CODE)")
    link = DeskLink.open(args.db, args.desk)
    try:
        link.sync(wait_ms=500)
        found = link.read(lambda s: confirm_email(s, args.email, args.confirm))
        if found is None:
            raise UserError("no registration matches this e-mail and these 4 characters", 4)
        answer = link.check_in(found, args.operator, wait_ms=2000)
    finally:
        link.close()
    return _say_result(args, answer)


def _say_result(args: argparse.Namespace, answer: DeskScan) -> int:
    result = answer.result
    _say_kept(answer.offline, answer.journaled, answer.waiting)
    if args.json:
        print_json(
            {
                "outcome": str(result.outcome),
                "message": result.message,
                "staff_note": result.staff_note,
                "attendee": card_json(result.attendee) if result.attendee else None,
                "choices": [card_json(c) for c in result.choices],
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
        for c in result.choices:  # an order's people, to choose from
            local = f" {c.name_local}" if c.name_local else ""
            org = f" · {c.organization}" if c.organization else ""
            print(f"  {c.display_name}{local}{org} (id {c.id})")
    return result.exit_code


def _on_list(args: argparse.Namespace) -> int:
    from desktop.core import checkin_lists as cl

    if args.doubles or args.recent:
        raise UserError("--list goes with a CODE or --undo ID")
    link = DeskLink.open(args.db, args.desk)
    try:
        kind = link.read(lambda s: cl.find_rules(s, args.list).kind)
    finally:
        link.close()
    if kind == "pickup":  # the badge pickup is the desk's own check-in (and its journal)
        if args.exit or args.override:
            raise UserError(f"{cl.PICKUP} has no exit scans and no seats")
        args.list = None
        return _run(args)
    if args.undo is not None:
        if args.code:
            raise UserError("give either a CODE to check in or --undo ID, not both")
        if not args.reason:
            raise UserError("--undo needs --reason (why the check-in is taken back)")
        link = DeskLink.open(args.db, args.desk)
        try:
            link.sync(wait_ms=500)  # the admission it takes back may still be in the journal
            undone = link.list_undo(args.undo, args.list, args.reason, args.operator)
        finally:
            link.close()
        _say_kept(undone.offline, undone.journaled, undone.waiting)
        if args.json:
            print_json({"outcome": "undone", "list": args.list})
        else:
            print(undone.said)
        return 0
    if args.code is None:
        raise UserError("give the CODE to check in on the list")
    link = DeskLink.open(args.db, args.desk)
    try:
        link.sync(wait_ms=500)  # what this desk kept earlier goes first, in order
        answer = link.list_scan(
            lambda s: cl.scan_list(
                s, args.code, args.list, args.desk, args.operator, args.exit,
                override=args.override or "",
            ),
            args.operator,
            args.code,
        )  # fmt: skip
    finally:
        link.close()
    _say_kept(answer.offline, answer.journaled, answer.waiting)
    done = answer.done
    result = done.result
    if args.json:
        print_json(
            {
                "list": done.list_name,
                "outcome": str(result.outcome),
                "message": result.message,
                "attendee": card_json(result.attendee) if result.attendee else None,
            }
        )
    else:
        who = f": {result.attendee.display_name}" if result.attendee else ""
        print(f"{result.message}{who}")
    return result.exit_code


def _say_kept(offline: bool, journaled: bool, waiting: int) -> None:
    """On stderr: the answer is kept in the desk journal, to be sent (scripts read stdout)."""
    if offline:
        print("offline: saved, will be sent", file=sys.stderr)
    elif journaled:
        print(
            f"the event is busy: saved at this desk, will be sent ({waiting} waiting)",
            file=sys.stderr,
        )


def _doubles(args: argparse.Namespace) -> int:
    from desktop.core.desk_journal import doubles

    store = store_from(args)
    with store.factory() as s:
        found = doubles(s)
    if args.json:
        print_json(found)
        return 0
    if not found:
        print("no double admissions")
    for d in found:
        print(
            f"attendee {d['attendee_id']} {d.get('name', '')}"
            f"{' on ' + d['list'] if d.get('list') else ''}: in at {d['first_desk']} "
            f"{d['first_at'][:19]}, again at {d['second_desk']} {d['second_at'][:19]}"
        )
    return 0


def _recent(args: argparse.Namespace) -> int:
    from desktop.core.checkin import recent_checkins
    from desktop.core.events import current_event, to_local

    store = store_from(args)
    try:
        with store.factory() as s:
            cards = recent_checkins(s, args.desk, args.limit)
            event = current_event(s)
            if args.json:
                print_json([card_json(c) for c in cards])
            for c in [] if args.json else cards:
                local = f" {c.name_local}" if c.name_local else ""
                at = to_local(event, c.checked_in_at) if c.checked_in_at else None
                print(f"{at:%H:%M:%S}  {c.display_name}{local} (id {c.id})")
            if not cards and not args.json:
                print(f"nobody checked in at {args.desk!r} yet")
    finally:
        store.close()
    return 0


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
    p.add_argument("--email", help="check in by e-mail (with --confirm), as at the kiosk")
    p.add_argument(
        "--confirm",
        metavar="LAST4",
        help="with --email: the last 4 characters of the badge or ticket code, or of the phone",
    )
    p.add_argument(
        "--doubles",
        action="store_true",
        help="list the double admissions found when desks' offline scans were sent",
    )
    p.add_argument(
        "--recent",
        action="store_true",
        help="list the people last checked in at --desk, latest first (undone ones left out)",
    )
    p.add_argument("--limit", type=count_arg, default=12, help="with --recent: how many (12)")
    p.add_argument(
        "--list", metavar="NAME", help="check in on this check-in list (`confdesk lists`)"
    )
    p.add_argument(
        "--exit", action="store_true", help="with --list: an exit scan at a door with exits"
    )
    p.add_argument(
        "--override",
        metavar="REASON",
        help="with --list: admit although the list is full, saying why (logged)",
    )
    p.set_defaults(func=_run)
