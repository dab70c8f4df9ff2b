"""`confdesk desk status|sync|print --desk NAME`: a desk's link to its event (online, journal,
mirror), and one badge printed as the desk prints it."""

from __future__ import annotations

import argparse
import sys

from desktop.cli.common import DEFAULT_DESK, print_json, record_id
from desktop.core.desk_link import DeskLink


def _status(args: argparse.Namespace) -> int:
    link = DeskLink.open(args.db, args.desk)
    try:
        link.refresh_mirror()
        st = link.status()
    finally:
        link.close()
    age = st.mirror.age_seconds() if st.mirror else None
    if args.json:
        print_json(
            {
                "desk": args.desk,
                "online": st.online,
                "waiting": st.waiting,
                "mirror_attendees": st.mirror.attendees if st.mirror else None,
                "mirror_age_seconds": age,
            }
        )
        return 0
    print(f"desk {args.desk}: {'online' if st.online else 'OFFLINE'}")
    print(f"  journal: {st.waiting} waiting to be sent (scans, undos, prints, walk-ins)")
    if st.mirror is not None:
        when = f"{age:.0f} s old" if age is not None else "never refreshed"
        print(f"  mirror: {st.mirror.attendees} attendees, {when} ({st.mirror.path})")
    else:
        print("  mirror: none needed (the event is a file on this computer)")
    return 0


def _sync(args: argparse.Namespace) -> int:
    link = DeskLink.open(args.db, args.desk)
    try:
        report = link.sync(wait_ms=5000)
        st = link.status()
    finally:
        link.close()
    if report is None:
        print(f"still offline: {st.waiting} kept at this desk, nothing lost")
        return 1
    print(
        f"sent {report.sent} scan(s) and other entries; {report.already_sent} were sent before; "
        f"{st.waiting} waiting"
    )
    for d in report.doubles:
        print(
            f"double admission: attendee {d['attendee_id']} {d.get('name', '')}: in at "
            f"{d['first_desk']} {d['first_at'][:19]}, again at {d['second_desk']} {d['second_at'][:19]}"
        )
    for provisional, real in report.walk_ins:
        print(f"walk-in registered offline: provisional id {provisional} is attendee {real}")
    for dup in report.duplicates:
        like = ", ".join(f"{x['name']} (id {x['attendee_id']})" for x in dup["like"])
        print(
            f"possible duplicate: walk-in {dup['name']} (id {dup['attendee_id']}) looks like {like}; "
            "merge them if it is the same person (confdesk attendees merge)"
        )
    return 0


def _print(args: argparse.Namespace) -> int:
    from pathlib import Path

    from db.engine import data_dir
    from desktop.core.desk_badge import DeskPrint, print_at_desk

    req = DeskPrint(
        args.id,
        "reprint" if args.reprint else "desk",
        args.reprint or "",
        policy=args.policy,
        template=args.template,
        folder=Path(args.folder) if args.folder else data_dir() / "badges",
        desk=args.desk,
        operator=args.operator,
    )
    link = DeskLink.open(args.db, args.desk)
    try:
        link.sync(wait_ms=500)  # what this desk kept earlier goes first, in order
        done = print_at_desk(link, req, args.printer or [])
    finally:
        link.close()
    path = done.badge.path if done.badge else ""
    if args.json:
        print_json(
            {
                "status": done.status,
                "skipped": str(done.skip) if done.skip else None,
                "path": path or None,
                "printer": done.printer,
                "job": done.job,
                "error": done.error,
                "attempts": [
                    {"printer": a.printer, "status": a.status, "job": a.job, "error": a.error}
                    for a in done.attempts
                ],
                "kept_at_desk": done.journaled,
            }
        )
    elif done.skip is not None:
        print(f"no badge printed: {done.skip}")
    elif done.status == "printed":
        print(f"badge sent to {done.printer} (job {done.job}): {path}")
    elif done.status == "pdf_only":
        print(f"no printer given: badge PDF saved, not counted as printed: {path}")
    else:
        print(f"badge not printed: {done.error}; PDF saved: {path}")
    if done.journaled:
        print("offline: the print's log is kept at this desk, will be sent", file=sys.stderr)
    return {"printed": 0, "pdf_only": 0, "skipped": 3}.get(done.status, 1)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("desk", help="a desk's link to the event: online or not, journal, mirror")
    dsub = p.add_subparsers(dest="desk_command", required=True, metavar="COMMAND")
    for name, func, helptext in (
        ("status", _status, "online or offline, scans waiting to be sent, the mirror's age"),
        ("sync", _sync, "send the scans kept while offline or busy, now (exit 1: still offline)"),
    ):
        q = dsub.add_parser(name, help=helptext)
        q.add_argument("--desk", default=DEFAULT_DESK, help="the desk's name")
        q.add_argument("--json", action="store_true", help="print as JSON")
        q.set_defaults(func=func)

    from desktop.core.badges import DEFAULT_TEMPLATE, POLICIES
    from desktop.core.desk_badge import REASONS

    q = dsub.add_parser(
        "print",
        help="print one badge as the desk does (exit 0 sent, 3 not printed by the policy, "
        "1 no printer took it)",
        description="Decide by --policy (a reprint always prints), make the badge PDF in the "
        "badge folder, send it to the --printer queues in order until one takes it (CUPS "
        "`lp`; no --printer: the PDF only, not counted as printed) and log each attempt with "
        "what the spooler said. A lost badge's reprint gives it a new code first.",
    )
    q.add_argument("id", type=record_id, help="the attendee's id")
    q.add_argument("--desk", default=DEFAULT_DESK, help="the desk's name")
    q.add_argument("--operator", default="", help="who prints, for the print log")
    q.add_argument(
        "--printer", action="append", metavar="QUEUE", help="a CUPS queue; repeat for a pool"
    )
    q.add_argument("--policy", choices=POLICIES, default="if_not_printed")
    q.add_argument(
        "--reprint", metavar="REASON", help=f"print again, saying why ({', '.join(REASONS)})"
    )
    q.add_argument("--template", default=DEFAULT_TEMPLATE, help="the badge template")
    q.add_argument("--folder", help="where the badge PDF is kept (default: the badge folder)")
    q.add_argument("--json", action="store_true", help="print as JSON")
    q.set_defaults(func=_print)
