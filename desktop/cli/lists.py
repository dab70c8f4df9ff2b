"""`confdesk lists`: the event's check-in lists (badge pickup, one per day, and the
organizers' own), `lists add NAME ...`, `lists remove NAME` and `lists attendance` (per
session and door). Check in on one with `confdesk checkin CODE --list NAME`."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import TYPE_CHECKING

from desktop.cli.common import print_json, record_id, store_from

if TYPE_CHECKING:
    from desktop.core.signups import SignupImport


def _show(args: argparse.Namespace) -> int:
    from desktop.core.checkin_lists import lists

    store = store_from(args)
    try:
        with store.session() as s:
            found = lists(s)
    finally:
        store.close()
    if args.json:
        print_json(
            [
                {
                    "id": x.id,
                    "name": x.name,
                    "kind": x.kind,
                    "day": x.day.isoformat() if x.day else None,
                    "session_id": x.session_id,
                    "room": x.room or None,
                    "categories": x.categories,
                    "opens": x.opens or None,
                    "closes": x.closes or None,
                    "exits": x.exits,
                    "checked_in": x.checked_in,
                    "inside": x.inside,
                    "capacity": x.capacity,
                }
                for x in found
            ]
        )
        return 0
    print(f"{'ID':>4}  {'IN':>6}  {'NAME':<28}  RULE")
    for x in found:
        inside = f" ({x.inside} inside)" if x.exits else ""
        print(f"{x.id:>4}  {x.checked_in:>6}  {x.name:<28}  {x.rule}{inside}")
    return 0


def _add(args: argparse.Namespace) -> int:
    from desktop.core import checkin_lists as cl

    store = store_from(args)
    try:
        with store.session() as s:
            day = cl.local_day(s, args.day) if args.day else None
            categories = [c for c in (args.categories or "").split(",") if c.strip()]
            new = cl.add_list(
                s,
                args.name,
                day=day,
                session_id=args.session,
                room=args.room or "",
                categories=categories,
                opens=args.opens or "",
                closes=args.closes or "",
                exits=args.exits,
                capacity=args.capacity,
                admit=args.admit,
                desk=args.desk,
                operator=args.operator,
            )
            rule = next(x.rule for x in cl.lists(s) if x.id == new)
    finally:
        store.close()
    if args.json:
        print_json({"id": new, "rule": rule})
    else:
        print(f"added check-in list {new}: {rule}")
    return 0


def _remove(args: argparse.Namespace) -> int:
    from desktop.core.checkin_lists import remove_list

    store = store_from(args)
    try:
        with store.session() as s:
            name = remove_list(s, args.name, args.desk, args.operator)
    finally:
        store.close()
    print(f"removed check-in list {name!r}")
    return 0


def _attendance(args: argparse.Namespace) -> int:
    from desktop.core.attendance import attendance
    from desktop.core.attendee_export import export
    from desktop.core.events import current_event

    store = store_from(args)
    try:
        with store.factory() as s:
            if args.out:
                done = export(s, current_event(s), args.out, "attendance")
                print(f"wrote the attendance of {done.rows} lists to {done.path}")
                return 0
            found = attendance(s)
    finally:
        store.close()
    if args.json:
        print_json([{**asdict(a), "starts": a.starts.isoformat() if a.starts else None}
                    for a in found])  # fmt: skip
        return 0
    if not found:
        print("no session or door lists yet (confdesk lists add NAME --session ID ...)")
        return 0
    print(f"{'list':<28} {'people':>6} {'entries':>7} {'peak':>5} {'inside':>6} {'seats':>5}")
    for a in found:
        seats = f"{a.capacity}" if a.capacity else "-"
        print(f"{a.name[:28]:<28} {a.people:>6} {a.entries:>7} {a.peak:>5} {a.inside:>6} "
              f"{seats:>5}")  # fmt: skip
    return 0


def _signup(args: argparse.Namespace) -> int:
    from desktop.core.signups import cancel_signup, sign_up

    store = store_from(args)
    try:
        with store.write_session() as s:
            if args.cancel:
                done = cancel_signup(
                    s, args.list, args.attendee, args.desk, args.operator, args.reason
                )
            else:
                done = sign_up(s, args.list, args.attendee, args.desk, args.operator)
    finally:
        store.close()
    if args.json:
        print_json({**asdict(done), "message": done.message})
    else:
        print(done.message)
    return 0


def _signups(args: argparse.Namespace) -> int:
    from desktop.core.signups import signups

    store = store_from(args)
    try:
        with store.factory() as s:
            found = signups(s, args.list)
    finally:
        store.close()
    if args.json:
        print_json([{**asdict(x), "at": x.at.isoformat()} for x in found])
        return 0
    if not found:
        print("nobody signed up yet")
    for x in found:
        where = f"waiting {x.place}" if x.waiting else f"seat {x.place}"
        print(f"{where:<12} {x.attendee_id:>7}  {x.name}{'  (came)' if x.came else ''}")
    return 0


class _DryRun(Exception):
    """Leaves a dry run's transaction, which then rolls back, with what it would do."""

    def __init__(self, done: SignupImport) -> None:
        self.done = done


def _signups_import(args: argparse.Namespace) -> int:
    from desktop.base.errors import UserError
    from desktop.core.signups import signups_from_column

    rules = []
    for item in args.value or []:
        value, sep, name = item.partition("=")
        if not sep or not value.strip() or not name.strip():
            raise UserError(f"--value {item!r}: write it as VALUE=LIST NAME")
        rules.append((value, name.strip()))
    store = store_from(args)
    try:
        with store.write_session() as s:
            done = signups_from_column(s, args.column, rules, args.desk, args.operator)
            if args.dry_run:
                raise _DryRun(done)  # out of the transaction: it rolls back
    except _DryRun as dry:
        done = dry.done
    finally:
        store.close()
    if args.json:
        print_json({**asdict(done), "dry_run": args.dry_run})
        return 0
    verb = "would sign up" if args.dry_run else "signed up"
    print(f"{verb} {done.signed + done.waiting} from column {done.column!r} of {done.people} "
          f"registrations: {done.signed} seats, {done.waiting} waiting, {done.already} there "
          "before")  # fmt: skip
    for name, n in sorted(done.by_list.items()):
        print(f"  {name}: {n}")
    return 0


def _audited(parser: argparse.ArgumentParser, who: str) -> None:
    """--desk and --operator, which the audit log names."""
    parser.add_argument("--desk", default="", help="this desk's name, for the audit log")
    parser.add_argument("--operator", default="", help=f"{who}, for the audit log")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "lists",
        help="check-in lists: badge pickup, one per day, sessions, doors, categories",
        description=__doc__,
    )
    p.add_argument("--json", action="store_true", help="print as JSON")
    p.set_defaults(func=_show)
    lsub = p.add_subparsers(dest="lists_command", metavar="COMMAND")
    q = lsub.add_parser(
        "add",
        help="add a list (for a day, a session, a room door, some categories, some hours)",
        description="A list admits each person once; with --exit it is a door with entry and "
        "exit scans (in again after going out). A session's list admits on its day from 30 "
        "minutes before it starts until it ends, at its room's door.",
    )
    q.add_argument("name", help="the list's name, shown at the desk")
    q.add_argument("--day", help="only on this event day: YYYY-MM-DD or its number (1, 2...)")
    q.add_argument("--session", type=record_id, metavar="ID", help="for this session")
    q.add_argument("--room", metavar="NAME", help="at this room's door")
    q.add_argument("--categories", metavar="A,B", help="only these categories (press,vip...)")
    q.add_argument("--from", dest="opens", metavar="HH:MM", help="opens at (event time)")
    q.add_argument("--to", dest="closes", metavar="HH:MM", help="closes at (event time)")
    q.add_argument("--exit", dest="exits", action="store_true", help="entry and exit scans")
    q.add_argument(
        "--capacity",
        type=int,
        metavar="SEATS",
        help="people inside at once (a door) or admitted (a round table); a room's door "
        "has the room's capacity unless this says otherwise",
    )
    q.add_argument(
        "--admit",
        choices=("anyone", "signed_first", "signed_only"),
        default="anyone",
        help="who the door admits: anyone while seats are free (default), the signed-up "
        "people first (their seats held until they come), or only them",
    )
    _audited(q, "who adds it")
    q.add_argument("--json", action="store_true", help="print as JSON")
    q.set_defaults(func=_add)
    r = lsub.add_parser("remove", help="remove an organizer's list and its check-ins")
    r.add_argument("name", help="the list's name or id")
    _audited(r, "who removes it")
    r.set_defaults(func=_remove)
    a = lsub.add_parser(
        "attendance",
        help="attendance per session and door: people, entries, peak inside, inside now",
        description="Each organizer's list (sessions, doors, rooms), best-attended first, "
        "replayed from its scan log.",
    )
    a.add_argument("--out", metavar="FILE", help="write it to a .csv or .xlsx file")
    a.add_argument("--json", action="store_true", help="print as JSON")
    a.set_defaults(func=_attendance)
    u = lsub.add_parser(
        "signup",
        help="sign a person up for a list (a seat, else the waiting list), or --cancel",
        description="A seat while the list has seats left, else a place on its waiting list; "
        "a cancelled seat goes to the first person waiting.",
    )
    u.add_argument("list", help="the list's name or id")
    u.add_argument("attendee", type=record_id, metavar="ATTENDEE_ID", help="the attendee's id")
    u.add_argument("--cancel", action="store_true", help="take them off the list's sign-ups")
    u.add_argument("--reason", default="", help="why (with --cancel), for the audit log")
    _audited(u, "who signs them up")
    u.add_argument("--json", action="store_true", help="print as JSON")
    u.set_defaults(func=_signup)
    v = lsub.add_parser("signups", help="a list's sign-ups: seats, then the waiting list")
    v.add_argument("list", help="the list's name or id")
    v.add_argument("--json", action="store_true", help="print as JSON")
    v.set_defaults(func=_signups)
    w = lsub.add_parser(
        "signups-import",
        help="sign people up from a column of their registrations (e.g. Workshops)",
        description="Each value of the column (several split by ; , or |) names a list, by "
        "its name or by a --value rule. People are signed up in the order they registered, "
        "the first holding the seats, the rest waiting. All or nothing; a re-run skips those "
        "signed up before.",
    )
    w.add_argument("column", help="the column's header, as in the imported file")
    w.add_argument(
        "--value",
        action="append",
        metavar="VALUE=LIST",
        help="a value of the column that names a list differently; repeat",
    )
    w.add_argument("--dry-run", action="store_true", help="count, change nothing")
    _audited(w, "who imports")
    w.add_argument("--json", action="store_true", help="print as JSON")
    w.set_defaults(func=_signups_import)
