"""`confdesk schedule import | export | show | conflicts | release | releases`, and the editing
actions of desktop.cli.schedule_edit: `room | track | session | speaker` with list, add and edit,
remove (not for tracks), and for sessions also move and speakers.

Exit codes: 0 done; 1 conflicts found (`conflicts`, or `release` refused because of them);
2 bad input (one line on stderr, nothing changed).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli.common import ProgressBar, print_json, store_from
from desktop.cli.schedule_edit import register_editing
from desktop.core.schedule.interchange.formats import EXPORT_FORMATS


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("schedule", help="sessions: edit, import, export, conflicts, releases")
    ssub = p.add_subparsers(dest="schedule_command", metavar="ACTION", required=True)

    q = ssub.add_parser(
        "import",
        help="import a frab XML, frab/pretalx/schedule2 JSON or calendar (.ics, xCal) schedule "
        "(all of it, or nothing)",
        description="Import rooms, tracks, sessions and speakers from a frab schedule XML, "
        "its JSON sibling (frab, pretalx), c3voc schedule2 JSON, or a calendar (iCalendar .ics, "
        "xCal). Sessions are matched by guid (or the source's id) "
        "and speakers by guid, id and name, so importing the file again is a sync: it says what is "
        "new, changed, moved and withdrawn (sessions the file no longer has), and keeps what "
        "was edited here when the file changed it too (a conflict; --take-file takes the "
        "file's). --dry-run shows all of it and changes nothing.",
    )
    q.add_argument("file", type=Path, help="schedule.xml or schedule.json")
    q.add_argument(
        "--timezone",
        metavar="ZONE",
        help="time zone for times the file gives without one (e.g. Europe/Brussels); "
        "default: the file's time_zone_name, else the event's",
    )
    q.add_argument(
        "--dry-run",
        action="store_true",
        help="say what the import would do, session by session; change nothing",
    )
    q.add_argument(
        "--take-file",
        action="store_true",
        help="where a session was edited here and the file changed it too, take the file's",
    )
    q.add_argument(
        "--other-days",
        action="store_true",
        help="import even when none of the file's days falls within the event's dates "
        "(by default such a file is refused)",
    )
    q.add_argument("--json", action="store_true", help="print the report as JSON")
    q.set_defaults(func=cmd_import)

    q = ssub.add_parser(
        "export",
        help="export to frab XML (.xml), schedule JSON (.json), iCalendar (.ics), or the "
        "speakers list (.csv, .vcf)",
        description="Write the schedule (live, or a release) as frab XML, its JSON sibling, c3voc "
        "schedule2 JSON or iCalendar, or the speakers list as CSV or vCard. --room and --speaker "
        "narrow it to one room's or one speaker's sessions.",
    )
    q.add_argument(
        "file", type=Path, help="output file: .xml, .json or .ics; .csv or .vcf for the speakers"
    )
    q.add_argument(
        "--format",
        dest="fmt",
        choices=list(EXPORT_FORMATS),
        help="; ".join(f"{k}: {v[1]}" for k, v in EXPORT_FORMATS.items())
        + " (default: the first of the file's suffix)",
    )
    q.add_argument("--room", metavar="NAME", help="only this room's sessions")
    q.add_argument("--speaker", metavar="NAME", help="only this speaker's sessions")
    q.add_argument(
        "--release",
        metavar="ID|NAME|latest",
        help="export a published release instead of the live schedule",
    )
    q.set_defaults(func=cmd_export)

    q = ssub.add_parser(
        "conflicts",
        help="list schedule conflicts; exit 1 when there is any",
        description="One line per conflict: double-booked rooms and speakers, speakers or rooms "
        "outside their availability, rooms too small, sessions outside the event days, tight "
        "changeovers; with --release also unscheduled and unconfirmed sessions.",
    )
    q.add_argument("--json", action="store_true", help="print the conflicts as JSON")
    q.add_argument(
        "--changeover",
        type=int,
        default=10,
        metavar="MIN",
        help="minutes a speaker needs between rooms (default 10)",
    )
    q.add_argument(
        "--release",
        action="store_true",
        help="also report unscheduled and unconfirmed sessions (the check before a release)",
    )
    q.set_defaults(func=cmd_conflicts)

    q = ssub.add_parser(
        "release",
        help="publish the live schedule as a named release",
        description="Keep a snapshot of the schedule under a name, with the change list against "
        "the previous release. Refused while the release check finds conflicts, unless --force.",
    )
    q.add_argument("name", help="release name, such as v1 or final")
    q.add_argument("--notes", default="", help="release notes")
    q.add_argument("--force", action="store_true", help="publish even with conflicts")
    q.add_argument("--changeover", type=int, default=10, metavar="MIN", help="as for `conflicts`")
    q.set_defaults(func=cmd_release)

    q = ssub.add_parser(
        "show",
        help="print the timetable (live, or a release), day by day",
        description="One line per session: time, room, title, type and speakers, by day; "
        "unscheduled sessions at the end.",
    )
    q.add_argument("--day", metavar="YYYY-MM-DD", help="only this day")
    q.add_argument("--room", metavar="NAME", help="only this room")
    q.add_argument("--release", metavar="ID|NAME|latest", help="show a published release")
    q.add_argument("--json", action="store_true", help="the whole schedule as JSON")
    q.set_defaults(func=cmd_show)

    q = ssub.add_parser(
        "releases", help="list published releases with their changes against the previous one"
    )
    q.add_argument("--json", action="store_true", help="print as JSON")
    q.set_defaults(func=cmd_releases)
    register_editing(ssub)


# New sessions of a first import are many and say little: listed up to this many.
_NEW_SHOWN = 20


def change_lines(changes: list[dict[str, object]], take_file: bool) -> list[str]:
    """The report's session lines: new, changed (field by field), moved, withdrawn, back,
    conflicts."""
    out: list[str] = []
    new = [c for c in changes if c["kind"] == "new"]
    for c in changes:
        kind, title = str(c["kind"]), f"“{c['title']}”"
        fields = c.get("fields") or {}
        assert isinstance(fields, dict)
        if kind == "new":
            continue
        if kind == "conflict":
            kept = (
                "the file's taken"
                if take_file
                else "kept as it is here; --take-file takes the file's"
            )
            said = "; ".join(f"{k}: here {v[0]}, in the file {v[1]}" for k, v in fields.items())
            out.append(f"conflict: {title}: {said} ({kept})")
            continue
        if kind in ("withdrawn", "back"):
            why = "not in the file any more" if kind == "withdrawn" else "in the file again"
            out.append(f"{kind}: {title} ({why})")
            continue
        said = "; ".join(f"{k} {v[0]} -> {v[1]}" for k, v in fields.items())
        out.append(f"{kind}: {title}: {said}")
    first = []
    for c in new[:_NEW_SHOWN]:
        fields = c.get("fields") or {}
        assert isinstance(fields, dict)
        first.append(f"new: “{c['title']}” " + " ".join(str(v[1]) for v in fields.values()))
    if len(new) > _NEW_SHOWN:
        first.append(f"new: ... and {len(new) - _NEW_SHOWN} more")
    return first + out


def cmd_import(args: argparse.Namespace) -> int:
    from desktop.core.schedule.interchange.importing import read_schedule_file
    from desktop.core.schedule.interchange.transfer import import_file

    parsed = read_schedule_file(args.file)  # before opening the store: a bad file fails fast
    store = store_from(args)
    try:
        with store.session() as s:
            report = import_file(
                s,
                args.file,
                args.timezone,
                progress=ProgressBar("import"),
                other_days=args.other_days,
                take_file=args.take_file,
                dry_run=args.dry_run,
                parsed=parsed,
            )
    finally:
        store.close()
    for warning in report.warnings:
        print(f"confdesk: warning: {warning}", file=sys.stderr)
    if args.json:
        print_json(report.as_dict())
        return 0
    verb = "would import" if args.dry_run else "imported"
    print(
        f"{verb} {report.events} sessions ({report.sessions_created} new, "
        f"{report.sessions_updated} updated, {report.sessions_unchanged} unchanged), "
        f"{report.rooms} rooms, {report.tracks} tracks, {report.speakers} speakers over "
        f"{report.days} days from {report.file} ({report.format})"
        + (f"; {report.sessions_withdrawn} withdrawn" if report.sessions_withdrawn else "")
        + (f"; {report.conflicts} in conflict" if report.conflicts else "")
    )
    matched = {k: v for k, v in report.people_matched.items() if k != "new" and v}
    if matched:
        how = ", ".join(f"{n} by {k}" for k, n in sorted(matched.items(), key=lambda kv: -kv[1]))
        print(f"speakers found: {how}; {report.people_matched.get('new', 0)} new")
    for line in change_lines(report.changes, args.take_file):
        print(line)
    for note in report.notes:
        print(f"note: {note}")
    for item in report.skipped:
        print(f"skipped: {item}")
    if args.dry_run:
        print("dry run: nothing was changed")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from desktop.core.schedule.interchange.transfer import export_schedule

    store = store_from(args)
    try:
        with store.session() as s:
            result = export_schedule(
                s, args.file, args.release, args.room, args.speaker, fmt=args.fmt
            )
    finally:
        store.close()
    if result.speakers:
        print(f"wrote {result.speakers} speakers of {result.sessions} sessions to {args.file}")
    else:
        print(f"wrote {result.sessions} sessions to {args.file}")
    if result.left_out:
        print(f"left out {len(result.left_out)} sessions without a time or room:", file=sys.stderr)
        for item in result.left_out[:20]:
            print(f"  {item}", file=sys.stderr)
    for line in result.not_kept:
        print(f"note: {line}", file=sys.stderr)
    return 0


def _conflicts(args: argparse.Namespace, for_release: bool) -> list:
    from desktop.base.errors import UserError
    from desktop.core.schedule.conflicts import find_conflicts

    if not 0 <= args.changeover <= 240:
        raise UserError("--changeover is minutes between 0 and 240")
    store = store_from(args)
    try:
        with store.session() as s:
            return find_conflicts(s, args.changeover, for_release)
    finally:
        store.close()


def cmd_conflicts(args: argparse.Namespace) -> int:
    from desktop.core.schedule.conflicts import KIND_LABELS

    found = _conflicts(args, args.release)
    if args.json:
        print_json(
            [
                {
                    "kind": c.kind,
                    "message": c.message,
                    "session_ids": list(c.session_ids),
                    "speaker_id": c.speaker_id,
                    "room_id": c.room_id,
                }
                for c in found
            ]
        )
    else:
        for c in found:
            print(f"{KIND_LABELS[c.kind]}: {c.message}")
        print(f"{len(found)} conflicts" if found else "no conflicts", file=sys.stderr)
    return 1 if found else 0


def cmd_release(args: argparse.Namespace) -> int:
    from desktop.core.schedule.conflicts import KIND_LABELS
    from desktop.core.schedule.releases import changes, publish_release

    found = _conflicts(args, True)
    if found and not args.force:
        for c in found[:20]:
            print(f"{KIND_LABELS[c.kind]}: {c.message}", file=sys.stderr)
        more = " (first 20 shown)" if len(found) > 20 else ""
        print(
            f"confdesk: error: {len(found)} conflicts{more}; fix them or publish anyway with --force",
            file=sys.stderr,
        )
        return 1
    store = store_from(args)
    try:
        with store.session() as s:
            rid = publish_release(s, args.name, args.notes)
            listed = changes(s, rid)
    finally:
        store.close()
    print(f"published release {args.name!r} (id {rid}) with {len(listed)} changes")
    for c in listed:
        print(f"  {c['message']}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    import datetime as dt

    from desktop.base.errors import UserError
    from desktop.base.schedule import schedule_to_dict
    from desktop.core.schedule.data import load_schedule
    from desktop.core.text import fold

    day = None
    if args.day:
        try:
            day = dt.date.fromisoformat(args.day)
        except ValueError:
            raise UserError(f"--day is YYYY-MM-DD, not {args.day!r}") from None
    store = store_from(args)
    try:
        with store.session() as s:
            data = load_schedule(s, args.release)
    finally:
        store.close()
    if day is not None and day not in data.days:
        listed = ", ".join(d.isoformat() for d in data.days) or "none"
        raise UserError(f"{day.isoformat()} is not a day of this schedule (days: {listed})")
    if args.json:
        print_json(schedule_to_dict(data))
        return 0
    if args.room and not any(fold(r.name) == fold(args.room) for r in data.rooms):
        raise UserError(f"no room named {args.room!r}")
    width = max((len(r.name) for r in data.rooms), default=4)
    title = data.event_name + (f" · release {data.release_name}" if data.release_name else "")
    print(f"{title} ({data.timezone})")
    for d in data.days:
        if day is not None and d != day:
            continue
        rows = [
            x
            for x in data.sessions_on(d)
            if not args.room or (x.room is not None and fold(x.room.name) == fold(args.room))
        ]
        print(f"\n{d:%A %d %B %Y}  ({len(rows)} sessions)")
        for x in rows:
            who = ", ".join(
                p.name if p.role in ("", "speaker") else f"{p.name} ({p.role})" for p in x.speakers
            )
            room = "all rooms" if x.plenary and x.room is None else (x.room.name if x.room else "-")
            mark = (
                " [cancelled]"
                if x.status == "cancelled"
                else " [draft]"
                if x.status == "draft"
                else ""
            )
            print(
                f"  {x.start:%H:%M}-{x.end:%H:%M}  {room:<{width}}  {x.title}{mark}"
                f"  ({x.type.replace('_', ' ')}{'; ' + who if who else ''})"
            )
    waiting = [x for x in data.unscheduled if x.status != "cancelled"]
    if waiting and day is None and not args.room:
        print(f"\nunscheduled ({len(waiting)})")
        for x in waiting:
            print(f"  {x.duration_min:>3} min  {x.title}  ({x.type.replace('_', ' ')})")
    return 0


def cmd_releases(args: argparse.Namespace) -> int:
    from desktop.core.schedule.releases import changes, list_releases

    store = store_from(args)
    try:
        with store.session() as s:
            rows = list_releases(s)
            for row in rows:
                row["change_list"] = changes(s, row["id"])
    finally:
        store.close()
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print("no releases yet; publish one with `confdesk schedule release NAME`")
        return 0
    for row in rows:
        summary = (
            "first release"
            if row["first"]
            else ", ".join(f"{n} {k}" for k, n in row["changes"].items() if n) or "no changes"
        )
        print(
            f"{row['id']}  {row['name']}  {row['published_at']:%Y-%m-%d %H:%M}  "
            f"{row['sessions']} sessions  ({summary})"
        )
        if row["notes"]:
            print(f"    {row['notes']}")
        for c in row["change_list"]:
            print(f"    {c['message']}")
    return 0
