"""`confdesk attendees list`: the Attendees table's filter and sort on the command line; its
filter options serve `attendees export` too (desktop.core.attendee_list)."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING, Any

from desktop.cli.common import count_arg, print_json, store_from
from desktop.core.attendee_list import (
    COLLATED,
    FIELDS,
    SORTS,
    STATUSES,
    AttendeeFilter,
    filtered_ids,
    rows,
)
from desktop.core.events import current_event, to_local

if TYPE_CHECKING:
    from db.models import Event

_PAGE = 500


def add_filter_arguments(p: argparse.ArgumentParser) -> None:
    """The filter options, as on the Attendees screen."""
    g = p.add_argument_group("which attendees (as the Attendees screen filters them)")
    g.add_argument("--text", default="", help="every word somewhere in name, organization, …")
    g.add_argument("--category", default="", help="e.g. speaker, staff, attendee")
    g.add_argument("--status", choices=STATUSES, default="")
    g.add_argument(
        "--checked-in", dest="checked_in", action="store_true", default=None, help="checked in"
    )
    g.add_argument(
        "--not-checked-in", dest="checked_in", action="store_false", help="not checked in"
    )
    g.add_argument(
        "--printed", dest="printed", action="store_true", default=None, help="badge printed"
    )
    g.add_argument("--not-printed", dest="printed", action="store_false", help="badge not printed")
    g.add_argument(
        "--sort",
        choices=(*SORTS, *COLLATED),
        default="number",
        help="a column, or: name (English names by family name), stroke (Chinese names by "
        "stroke count, as Traditional readers expect), pinyin (Chinese names by Pinyin, as "
        "Simplified readers expect); default: number",
    )
    g.add_argument("--desc", action="store_true", help="sort in descending order")


def filter_from(args: argparse.Namespace) -> AttendeeFilter:
    """The filter the options ask for (every field empty: everyone)."""
    return AttendeeFilter(
        text=args.text,
        category=args.category,
        status=args.status,
        checked_in=args.checked_in,
        printed=args.printed,
    )


def filtering(args: argparse.Namespace) -> bool:
    """Whether any filter or sort option was given."""
    return filter_from(args) != AttendeeFilter() or args.sort != "number" or args.desc


def _iso(value: Any) -> Any:
    return value.replace(tzinfo=dt.UTC).isoformat() if isinstance(value, dt.datetime) else value


def _list(args: argparse.Namespace) -> int:
    store = store_from(args)
    try:
        with store.factory() as s:
            event = current_event(s)
            ids = filtered_ids(s, filter_from(args), args.sort, args.desc, args.limit)
            found: list[dict[str, Any]] = []
            for start in range(0, len(ids), _PAGE):
                chunk = ids[start : start + _PAGE]
                values = rows(s, chunk)
                found.extend({"id": i, **dict(zip(FIELDS, values[i], strict=True))} for i in chunk)
            if args.json:
                print_json([{k: _iso(v) for k, v in r.items()} for r in found])
            else:
                for r in found:
                    print(_line(r, event))
                print(f"{len(found)} attendee(s)")
    finally:
        store.close()
    return 0 if found else 1


def _line(r: dict[str, Any], event: Event) -> str:
    name = " ".join(p for p in (r["given_name"], r["family_name"]) if p)
    if r["name_local"]:
        name = f"{name} {r['name_local']}".strip()
    org = f" · {r['organization']}" if r["organization"] else ""
    state = "cancelled" if r["status"] == "cancelled" else ""
    if r["checked_in_at"]:
        state = f"in {to_local(event, r['checked_in_at']):%d %b %H:%M} at {r['checked_in_desk']}"
    printed = " printed" if r["badge_printed_at"] else ""
    return f"{r['number']:>6}  {name}{org}  [{r['category']}] {state}{printed}".rstrip()


def register(asub: argparse._SubParsersAction) -> None:
    """Add `list` to `confdesk attendees`."""
    p = asub.add_parser(
        "list",
        help="list attendees as the Attendees screen filters and sorts them",
        description="Exit 0 when someone is listed, 1 when nobody matches, 2 on bad input.",
    )
    add_filter_arguments(p)
    p.add_argument("--limit", type=count_arg, help="at most this many")
    p.add_argument("--json", action="store_true", help="print the attendees as JSON (UTC times)")
    p.set_defaults(func=_list)
