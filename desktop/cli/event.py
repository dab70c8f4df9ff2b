"""`confdesk event [--json]` and `confdesk event set ...`: the event's own details (and the
Chinese glyph forms it prints in: `event set --glyph-forms hk|tw|cn`)."""

from __future__ import annotations

import argparse

from desktop.base.errors import UserError
from desktop.cli.common import date_arg, print_json, store_from
from desktop.core.event_details import EventDetails, event_details, update_event
from desktop.pdf.cjk_forms import FORMS, LABEL


def _color(text: str) -> tuple[str, str]:
    category, sep, color = text.partition("=")
    if not sep or not category.strip():
        raise argparse.ArgumentTypeError(
            f"use CATEGORY=#rrggbb (or CATEGORY=default), not {text[:40]!r}"
        )
    return category.strip().lower(), color.strip()


def _print(d: EventDetails, as_json: bool) -> None:
    if as_json:
        print_json(
            {
                "name": d.name,
                "venue": d.venue,
                "timezone": d.timezone,
                "start_date": d.start_date.isoformat() if d.start_date else None,
                "end_date": d.end_date.isoformat() if d.end_date else None,
                "logo": d.logo,
                "category_colors": d.category_colors,
                "glyph_forms": d.glyph_forms,
            }
        )
        return
    when = (
        f"{d.start_date:%a %d %b %Y} - {d.end_date:%a %d %b %Y} ({d.days} day(s))"
        if d.start_date and d.end_date
        else "no dates set"
    )
    print(f"name:      {d.name}")
    print(f"venue:     {d.venue or '-'}")
    print(f"time zone: {d.timezone}")
    print(f"dates:     {when}")
    print(f"logo:      {d.logo or 'none'}")
    print(f"Chinese:   {d.glyph_forms} ({LABEL[d.glyph_forms]} glyph forms)")
    print(
        "colours:   "
        + ", ".join(
            f"{c} {v}{'' if c in d.custom_colors else ' (default)'}"
            for c, v in d.category_colors.items()
        )
    )


def _show(args: argparse.Namespace) -> int:
    store = store_from(args)
    with store.session() as s:
        _print(event_details(s), args.json)
    return 0


def _set(args: argparse.Namespace) -> int:
    if args.logo is not None and args.no_logo:
        raise UserError("give --logo FILE or --no-logo, not both")
    colors = dict(args.color) if args.color else None
    logo = "" if args.no_logo else args.logo
    store = store_from(args)
    with store.session() as s:
        details = update_event(
            s,
            name=args.name,
            venue=args.venue,
            timezone=args.tz,
            start_date=args.start,
            end_date=args.end,
            logo=logo,
            category_colors=colors,
            glyph_forms=args.glyph_forms,
            keep_local_times=not args.keep_instants,
            move_sessions=args.move_sessions,
            desk="cli",
        )
    _print(details, args.json)
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("event", help="the event's details: name, dates, venue, logo, colours")
    p.add_argument("--json", action="store_true", help="print as JSON")
    p.set_defaults(func=_show)
    esub = p.add_subparsers(dest="event_command", metavar="COMMAND")
    q = esub.add_parser(
        "set",
        help="change the event's details (only those given)",
        description=(
            "Change the event's details; everything is checked first, so a refused change "
            "writes nothing. New dates must still hold every scheduled session. A new time "
            "zone keeps the timetable's local times (a 09:00 keynote stays at 09:00) unless "
            "--keep-instants is given."
        ),
    )
    q.add_argument("--name", help="the event's name")
    q.add_argument("--venue", help="the venue")
    q.add_argument("--tz", help="time zone, e.g. Asia/Hong_Kong")
    q.add_argument("--start", type=date_arg, help="first day (YYYY-MM-DD); keeps the length")
    q.add_argument("--end", type=date_arg, help="last day (YYYY-MM-DD)")
    q.add_argument("--logo", help="a PNG or JPEG file: kept in the event, printed everywhere")
    q.add_argument("--no-logo", action="store_true", help="remove the logo")
    q.add_argument(
        "--color",
        type=_color,
        action="append",
        metavar="CATEGORY=#RRGGBB",
        help="a category's colour on badges and at the desk (repeatable; =default resets)",
    )
    q.add_argument(
        "--glyph-forms",
        choices=list(FORMS),
        help="the forms Chinese prints in: hk (Hong Kong, the default), tw (Taiwan) or cn "
        "(mainland); an attendee from Taiwan, mainland China/Singapore or Hong Kong/Macau "
        "gets their own",
    )
    q.add_argument(
        "--keep-instants",
        action="store_true",
        help="with --tz: keep the sessions' instants (their local times change)",
    )
    q.add_argument(
        "--move-sessions",
        action="store_true",
        help="with --start: move the timetable by as many days as the first day moves",
    )
    q.add_argument("--json", action="store_true", help="print as JSON")
    q.set_defaults(func=_set)
