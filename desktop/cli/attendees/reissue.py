"""`confdesk attendees reissue ID --reason R`: a new badge code for a lost badge."""

from __future__ import annotations

import argparse

REISSUE_HELP = """\
Give attendee ID a new badge code and revoke the old one, for a lost badge: from now on a
scan of the old code is refused ("Revoked badge (reprinted at 10:12 at Desk 2)", exit 4 in
`confdesk checkin`), and the new code checks in. Badges the attendee had from an earlier
store of the event are revoked too; ticketing-system codes stay valid. Print the new badge
afterwards, e.g. `confdesk badges badge.pdf --ids ID --mark-printed`, or reprint it at the
desk (Print badge, reason "lost badge", does both in one step).

Exit codes: 0 reissued, 2 bad input, 4 no such attendee (or merged, or cancelled).
"""


def register(asub: argparse._SubParsersAction) -> None:
    """Add `reissue` to `confdesk attendees`."""
    from desktop.cli.common import DEFAULT_DESK, record_id

    r = asub.add_parser(
        "reissue",
        help="a new badge code for a lost badge; the old code is refused from now on",
        description=REISSUE_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    r.add_argument("id", type=record_id, metavar="ID", help="the attendee id")
    r.add_argument(
        "--reason", required=True, help="why, for the audit log and the print log (lost badge)"
    )
    r.add_argument("--desk", default=DEFAULT_DESK, help="desk name shown in the refusal")
    r.add_argument("--operator", default="", help="who does it, for the audit log")
    r.add_argument("--json", action="store_true", help="print the result as JSON")
    r.set_defaults(func=_reissue)


def _reissue(args: argparse.Namespace) -> int:
    from desktop.cli.common import print_json, store_from
    from desktop.core.checkin import load_card
    from desktop.core.tickets import reissue_badge

    store = store_from(args)
    try:
        with store.write_session() as s:
            code = reissue_badge(s, args.id, args.desk, args.operator, args.reason)
            card = load_card(s, args.id)
    finally:
        store.close()
    assert card is not None
    if args.json:
        print_json({"id": card.id, "display_name": card.display_name, "badge_code": code})
    else:
        print(f"new badge code for {card.display_name or card.name_local} (id {card.id}): {code}")
        print("the old badge code is refused from now on; print the new badge")
    return 0
