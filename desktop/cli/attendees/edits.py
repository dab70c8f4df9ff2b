"""`confdesk attendees add | edit | cancel | restore | merge`: change attendees (audit-logged)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from desktop.base.errors import UserError
from desktop.cli.attendees.search import card_json
from desktop.cli.common import DEFAULT_DESK, print_json, record_id, store_from
from desktop.core import attendees as core


def _fields(args: argparse.Namespace) -> dict[str, Any]:
    names = {
        "given": "given_name",
        "family": "family_name",
        "chinese": "name_local",
        "org": "organization",
        "title": "title",
        "email": "email",
        "category": "category",
        "phone": "phone",
        "country": "country",
        "staff_note": "staff_note",
    }
    return {f: getattr(args, a) for a, f in names.items() if getattr(args, a, None) is not None}


def _add(args: argparse.Namespace) -> int:
    from desktop.core.desk_link import DeskLink

    fields = _fields(args)
    core.validate_fields(fields, need_name=True)
    link = DeskLink.open(args.db, args.desk)
    try:
        link.sync(wait_ms=500)
        dupes = link.read(lambda s: core.rank_duplicates(s, fields))
        if dupes and not args.force:
            d = dupes[0].card
            who = ", ".join(p for p in (d.display_name, d.name_local, d.email) if p)
            raise UserError(
                f"{who} ({dupes[0].why}) is already registered (id {d.id}); "
                "add --force to register anyway",
                5,
            )
        if args.no_checkin:
            if not link.online:
                raise UserError(
                    "the event's server cannot be reached: offline, a walk-in is registered "
                    "and checked in at once (leave out --no-checkin)"
                )
            with link.store.write_session() as s:
                result = core.register_walk_in(s, fields, args.desk, args.operator, check_in=False)
        else:
            answer = link.walk_in(fields, args.operator)
            result = answer.result
            if answer.offline:
                print(
                    "offline: saved, will be sent (a provisional number until then)",
                    file=sys.stderr,
                )
    finally:
        link.close()
    # Said only now that the transaction is committed: nothing claims success before it.
    card = result.attendee
    assert card is not None
    if args.json:
        print_json({**card_json(card), "outcome": str(result.outcome)})
    else:
        print(f"{result.message}: {card.display_name} (id {card.id}, badge {card.badge_code})")
        if result.staff_note:
            print(f"  {result.staff_note}")
    return 0


def _edit(args: argparse.Namespace) -> int:
    values: dict[str, str] = {}
    for item in args.set:
        key, sep, value = item.partition("=")
        if not sep:
            raise UserError(f"--set expects FIELD=VALUE, got {item!r}")
        values[key.strip()] = value
    if not values:
        raise UserError("nothing to change: give --set FIELD=VALUE")
    store = store_from(args)
    with store.write_session() as s:
        changes = core.edit_attendee(s, args.id, values, args.desk, args.operator)
    for key, (old, new) in changes.items():
        print(f"{key}: {old!r} -> {new!r}")
    if not changes:
        print("nothing changed")
    return 0


def _cancel(args: argparse.Namespace) -> int:
    store = store_from(args)
    with store.write_session() as s:
        card = core.cancel_attendee(s, args.id, args.reason, args.desk, args.operator)
    print(f"cancelled: {card.display_name} (id {card.id})")
    return 0


def _restore(args: argparse.Namespace) -> int:
    store = store_from(args)
    with store.write_session() as s:
        card = core.restore_attendee(s, args.id, args.desk, args.operator, args.reason or "")
    print(f"restored: {card.display_name} (id {card.id})")
    return 0


def _merge(args: argparse.Namespace) -> int:
    store = store_from(args)
    with store.write_session() as s:
        doubt = core.merge_doubt(s, args.keep, args.drop) if args.keep != args.drop else ""
        if doubt and not args.force:
            raise UserError(f"{doubt}; add --force to merge them anyway")
        before = core.get_card(s, args.keep)
        card = core.merge_attendees(s, args.keep, args.drop, args.desk, args.operator)
    print(f"merged {args.drop} into {card.id}: {card.display_name}")
    for key in core.EDITABLE:
        old, new = getattr(before, key, None), getattr(card, key, None)
        if old != new:
            print(f"  {key} filled from {args.drop}: {new!r}")
    return 0


def _desk_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--desk", default=DEFAULT_DESK, help="desk name for the audit log")
    p.add_argument("--operator", default="", help="who does it, for the audit log")


def register(asub: argparse._SubParsersAction) -> None:
    """Add these actions to `confdesk attendees`."""
    p = asub.add_parser(
        "add",
        help="register a walk-in (and check them in)",
        description="Exit 5 when the person looks already registered (use --force).",
    )
    p.add_argument("--given", help="given name")
    p.add_argument("--family", help="family name")
    p.add_argument("--chinese", help="name in Chinese (or another script)")
    p.add_argument("--org", help="organization")
    p.add_argument("--title", help="job title")
    p.add_argument("--email")
    p.add_argument("--phone")
    p.add_argument("--country")
    p.add_argument("--staff-note", dest="staff_note", help="shown to desk staff on check-in")
    p.add_argument("--category", help="attendee (default), speaker, vip, press, staff, ...")
    p.add_argument("--no-checkin", action="store_true", help="register only, do not check in")
    p.add_argument("--force", action="store_true", help="register even if it looks a duplicate")
    p.add_argument("--json", action="store_true")
    _desk_options(p)
    p.set_defaults(func=_add)

    p = asub.add_parser("edit", help="change fields of an attendee (audit-logged)")
    p.add_argument("id", type=record_id)
    p.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="FIELD=VALUE",
        help=f"field to change; one of {', '.join(core.EDITABLE)}",
    )
    _desk_options(p)
    p.set_defaults(func=_edit)

    p = asub.add_parser("cancel", help="cancel a registration (the badge is refused)")
    p.add_argument("id", type=record_id)
    p.add_argument("--reason", required=True)
    _desk_options(p)
    p.set_defaults(func=_cancel)

    p = asub.add_parser("restore", help="undo a cancellation")
    p.add_argument("id", type=record_id)
    p.add_argument("--reason")
    _desk_options(p)
    p.set_defaults(func=_restore)

    p = asub.add_parser(
        "merge",
        help="merge two records of the same person into KEEP",
        description="Fields empty in KEEP are filled from DROP, never overwritten. Exit 2 when "
        "the two records share neither a name nor an e-mail address (use --force).",
    )
    p.add_argument("keep", type=record_id, help="id of the record to keep")
    p.add_argument("drop", type=record_id, help="id of the duplicate (hidden afterwards)")
    p.add_argument(
        "--force", action="store_true", help="merge even if names and e-mails both differ"
    )
    _desk_options(p)
    p.set_defaults(func=_merge)
