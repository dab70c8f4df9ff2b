"""`confdesk dashboard`: the live numbers (registered, checked in, arrivals, desks, next sessions)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from desktop.cli.common import print_json, store_from


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "dashboard",
        help="registered, checked in, no-shows, arrivals per 15 minutes, desks, next sessions",
    )
    p.add_argument("--json", action="store_true", help="print the numbers as JSON")
    p.add_argument("--csv", type=Path, metavar="FILE", help="also write the numbers to a CSV file")
    p.add_argument(
        "--at",
        metavar="'YYYY-MM-DD HH:MM'",
        help="the numbers as they stood at this moment of the event's time zone (a rehearsal, "
        "or looking back at a morning): default now",
    )
    p.set_defaults(func=cmd_dashboard)


def _text(stats) -> str:  # type: ignore[no-untyped-def]
    lines = [
        f"{stats.event_name}, {stats.now:%Y-%m-%d %H:%M} ({stats.timezone})",
        f"registered      {stats.registered:>8}",
        f"checked in      {stats.checked_in:>8}  ({stats.checked_in_pct:.1f} %)",
        f"no-shows        {stats.no_shows if stats.event_started else '-':>8}"
        + ("" if stats.event_started else "  (the event has not started)"),
        f"cancelled       {stats.cancelled:>8}",
        *(
            [
                f"today           {stats.today_in:>8}  came ({stats.today_list}); "
                f"{stats.today_no_shows} not yet"
            ]
            if stats.today_list
            else []
        ),
        f"badges printed  {stats.badges_printed:>8}  ({stats.prints_total} prints with reprints)",
        "",
        f"{'category':<14}{'registered':>11}{'checked in':>12}",
        *(f"{c.category:<14}{c.registered:>11}{c.checked_in:>12}" for c in stats.by_category),
    ]
    if stats.arrivals:
        peak = max(a.count for a in stats.arrivals) or 1
        lines += ["", f"arrivals per 15 minutes, {stats.arrivals_day}"]
        lines += [
            f"{a.start:%H:%M} {a.count:>6} {'#' * round(40 * a.count / peak)}"
            for a in stats.arrivals
        ]
    for name in stats.list_arrivals:
        buckets = stats.arrivals_on(name)
        peak = max(a.count for a in buckets) or 1
        lines += ["", f"admissions per 15 minutes on {name}"]
        lines += [
            f"{a.start:%H:%M} {a.count:>6} {'#' * round(40 * a.count / peak)}"
            for a in buckets
            if a.count
        ]
    if stats.desks:
        lines += ["", f"{'desk':<20}{'last 15 min':>12}{'total':>8}"]
        lines += [f"{d.desk:<20}{d.last_15_min:>12}{d.total:>8}" for d in stats.desks]
    if stats.lists:
        lines += ["", f"{'check-in list':<28}{'in':>8}{'inside':>8}{'seats':>8}"]
        lines += [
            f"{x.name:<28}{x.checked_in:>8}{x.inside if x.exits else '':>8}"
            f"{x.seats if x.seats is not None else '':>8}"
            for x in stats.lists
        ]
    if stats.attendance:
        lines += ["", f"{'sessions by attendance':<28}{'people':>8}{'peak':>6}{'inside':>8}"
                  f"{'seats':>7}{'no-shows':>10}"]  # fmt: skip
        lines += [
            f"{a.name[:28]:<28}{a.people:>8}{a.peak:>6}{a.inside:>8}"
            f"{a.capacity if a.capacity is not None else '':>7}"
            f"{a.no_shows if a.signed else '':>10}"
            for a in stats.attendance
        ]
    if stats.doubles:
        lines += ["", f"double admissions while desks were offline: {len(stats.doubles)}"]
        for d in stats.doubles:
            first = f"{d.first_at:%H:%M}" if d.first_at else "?"
            second = f"{d.second_at:%H:%M}" if d.second_at else "?"
            lines.append(
                f"  {d.name}{' on ' + d.list_name if d.list_name else ''}: in at {d.first_desk}"
                f" {first}, again at {d.second_desk} {second}"
            )
    if stats.next_sessions:
        lines += ["", "next sessions (room capacity / expected audience)"]
        for s in stats.next_sessions:
            cap = "?" if s.capacity is None else s.capacity
            exp = "?" if s.expected_audience is None else s.expected_audience
            flag = "  OVER CAPACITY" if s.over_capacity else ""
            now = "now " if s.running else ""
            lines.append(f"{now}{s.start:%a %H:%M} {s.room}: {s.title} ({cap} / {exp}){flag}")
    return "\n".join(lines)


def cmd_dashboard(args: argparse.Namespace) -> int:
    from desktop.base.errors import UserError
    from desktop.core.dashboard import dashboard_stats, to_csv
    from desktop.core.events import current_event, to_utc

    at = None
    if args.at:
        try:
            at = dt.datetime.strptime(args.at.strip(), "%Y-%m-%d %H:%M")
        except ValueError:
            raise UserError("--at takes a date and time like '2026-12-03 09:30'") from None
    store = store_from(args)
    with store.factory() as s:
        stats = dashboard_stats(s, None if at is None else to_utc(current_event(s), at))
    if args.csv:
        try:
            args.csv.write_text(to_csv(stats), encoding="utf-8-sig")
        except OSError as exc:
            raise UserError(f"cannot write {args.csv}: {exc.strerror or exc}") from None
    if args.json:
        print_json(stats.as_dict())
    else:
        print(_text(stats))
        if args.csv:
            print(f"\nwritten to {args.csv}")
    return 0
