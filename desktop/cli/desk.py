"""`confdesk desk status|sync --desk NAME`: a desk's link to its event (online, journal, mirror)."""

from __future__ import annotations

import argparse

from desktop.cli.common import DEFAULT_DESK, print_json
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
    for d in report.duplicates:
        like = ", ".join(f"{x['name']} (id {x['attendee_id']})" for x in d["like"])
        print(
            f"possible duplicate: walk-in {d['name']} (id {d['attendee_id']}) looks like {like}; "
            "merge them if it is the same person (confdesk attendees merge)"
        )
    return 0


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
