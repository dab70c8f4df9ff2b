"""`confdesk attendees search | show`: find attendees and show one with its history."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING, Any

from desktop.cli.common import count_arg, print_json, record_id, store_from
from desktop.core import attendees as core
from desktop.core.checkin import AttendeeCard
from desktop.core.events import current_event, to_local

if TYPE_CHECKING:
    from db.models import Event


def _iso(value: dt.datetime | None) -> str | None:
    return value.replace(tzinfo=dt.UTC).isoformat() if value else None


def card_json(card: AttendeeCard) -> dict[str, Any]:
    """An attendee as JSON: times in UTC ISO 8601."""
    out: dict[str, Any] = {
        "id": card.id,
        "number": card.number,
        "given_name": card.given_name,
        "family_name": card.family_name,
        "name_local": card.name_local,
        "display_name": card.display_name,
        "organization": card.organization,
        "title": card.title,
        "email": card.email,
        "category": card.category,
        "status": "merged" if card.merged_into_id else card.status,
        "checked_in_at": _iso(card.checked_in_at),
        "checked_in_desk": card.checked_in_desk,
        "badge_code": card.badge_code,
        "badge_printed_at": _iso(card.badge_printed_at),
        "staff_note": card.staff_note,
    }
    if isinstance(card, core.SearchHit):
        out["match"] = core.RANK_NAMES.get(card.rank, str(card.rank))
    return out


def _line(card: AttendeeCard, zone_event: Event) -> str:
    name = card.display_name + (
        f" {card.name_local}" if card.name_local and card.given_name + card.family_name else ""
    )
    state = "cancelled" if card.status == "cancelled" else ""
    if card.checked_in_at:
        state = f"in {to_local(zone_event, card.checked_in_at):%d %b %H:%M}"
    org = f" · {card.organization}" if card.organization else ""
    return f"{card.id:>7}  {name}{org}  [{card.category}] {state}".rstrip()


def _search(args: argparse.Namespace) -> int:
    store = store_from(args)
    with store.session() as s:
        hits = core.search(s, args.text, limit=args.limit)
        if args.json:
            print_json([card_json(h) for h in hits])
        else:
            event = current_event(s)
            for h in hits:
                print(_line(h, event))
            if not hits:
                print(f"no attendee matches {args.text!r}")
    return 0 if hits else 1


def _show(args: argparse.Namespace) -> int:
    store = store_from(args)
    with store.session() as s:
        card = core.get_card(s, args.id)
        items = core.history(s, args.id)
        if args.json:
            # Every field the edit dialog shows, then the card as the desk shows it.
            values = core.editable_values(s, args.id)
            print_json(
                {
                    **{k: values[k] for k in core.EDITABLE},
                    **card_json(card),
                    "print_count": values["print_count"],
                    "history": [{**i, "at": _iso(i["at"])} for i in items],
                }
            )
            return 0
        event = current_event(s)
        print(_line(card, event))
        for label, value in (
            ("title", card.title),
            ("email", card.email),
            ("badge code", card.badge_code),
            ("note for staff", card.staff_note),
            ("notes", card.notes),
            ("merged into", card.merged_into_id),
        ):
            if value:
                print(f"  {label}: {value}")
        for i in items:
            where = " ".join(p for p in (i["desk"], i["operator"]) if p)
            print(
                f"  {to_local(event, i['at']):%d %b %H:%M:%S}  {i['kind']:<8} {where}  {i['detail']}"
            )
    return 0


def register(asub: argparse._SubParsersAction) -> None:
    """Add these actions to `confdesk attendees`."""
    p = asub.add_parser(
        "search",
        help="find attendees by name (any order, Chinese too), organization, e-mail, code or number",
        description="Exit 0 when something matched, 1 when nothing did, 2 on bad input.",
    )
    p.add_argument("text", help="what to look for, e.g. 'zoe muller', '陳', an e-mail or a code")
    p.add_argument("--json", action="store_true", help="print the matches as JSON")
    p.add_argument(
        "--limit", type=count_arg, default=50, help="at most this many matches (default 50)"
    )
    p.set_defaults(func=_search)

    p = asub.add_parser("show", help="one attendee with the check-in and change history")
    p.add_argument("id", type=record_id)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_show)
