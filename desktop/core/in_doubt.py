"""Desk writes whose COMMIT may have landed although the desk never heard back.

When the link to a PostgreSQL server drops after the COMMIT left the desk, the write may
have committed or not, and the desk cannot tell: it answers from its mirror and keeps the
action in its journal. To send that entry exactly once, the online attempt notes its
transaction id (`txid_current()`, one round trip) and the journal keeps it with the entry;
before the entry is applied, the server says what became of that transaction
(`txid_status()`): committed (already applied: only the receipt is written), aborted or
forgotten (applied from the journal), or still in progress (its session lingers on the
server after the link dropped: it is ended, then asked again; entries wait while it stays
undecided).

SQLite commits locally and is never in doubt: nothing is noted there.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from db.engine import Store

XID = "xid"  # the journal entry detail key of the online attempt's transaction id
# How long a replay waits for a lingering session it ended to go away.
SETTLE_S = 2.0


@dataclass
class Attempt:
    """The transaction of one online desk write (None until it is known, or on SQLite)."""

    xid: int | None = None

    def detail(self, detail: dict[str, Any] | None = None) -> dict[str, Any]:
        """`detail` for the journal entry of this write, with the attempt's transaction id."""
        out = dict(detail or {})
        if self.xid is not None:
            out[XID] = self.xid
        return out


@contextmanager
def noted(session: Session, attempt: Attempt) -> Iterator[Session]:
    """Note the session's transaction id in `attempt` (PostgreSQL) before the write runs."""
    if session.get_bind().dialect.name == "postgresql":
        attempt.xid = int(session.scalar(text("SELECT txid_current()")) or 0) or None
    yield session


@contextmanager
def quick_write(store: Store, wait_ms: int, attempt: Attempt) -> Iterator[Session]:
    """`store.quick_write_session(wait_ms)` with its transaction id noted in `attempt`."""
    with store.quick_write_session(wait_ms) as s, noted(s, attempt):
        yield s


@contextmanager
def write(store: Store, attempt: Attempt) -> Iterator[Session]:
    """`store.write_session()` with its transaction id noted in `attempt`."""
    with store.write_session() as s, noted(s, attempt):
        yield s


@dataclass(frozen=True)
class Verdicts:
    """What became of the in-doubt writes of a batch of journal entries."""

    landed: frozenset[str]  # entry uids whose online write committed
    undecided: str | None  # the first entry uid whose transaction is still open, if any


# A transaction id beyond the server's newest is not one of its own (the event's database was
# restored or replaced since): txid_status would refuse it, and it never committed here.
_STATUS = text(
    "SELECT x, CASE WHEN x < txid_snapshot_xmax(txid_current_snapshot()) "
    "THEN txid_status(x) END FROM unnest(CAST(:xs AS bigint[])) AS x"
)
_END_LINGERING = text(
    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
    "WHERE backend_xid IS NOT NULL AND application_name = 'confdesk' "
    "AND CAST(CAST(backend_xid AS text) AS bigint) = ANY(CAST(:xs AS bigint[]))"
)


def verdicts(session: Session, entries: Sequence[Any]) -> Verdicts:
    """For journal entries (uid, detail) not sent yet: which online attempts committed, and
    the first still undecided. A transaction the server no longer remembers counts as not
    committed (it is older than the server's status horizon: long rolled back or frozen)."""
    doubted = {e.uid: int(e.detail[XID]) for e in entries if e.detail.get(XID)}
    if not doubted or session.get_bind().dialect.name != "postgresql":
        return Verdicts(frozenset(), None)
    status = _status(session, set(doubted.values()))
    open_ = {x for x, st in status.items() if st == "in progress"}
    if open_:
        # The desk's session that lost its link still holds the transaction: end it.
        try:
            with session.begin_nested():
                session.execute(_END_LINGERING, {"xs": [x % 2**32 for x in open_]})
        except DBAPIError:
            pass  # not allowed to end it: the entries wait until the server does

        deadline = time.monotonic() + SETTLE_S
        while open_ and time.monotonic() < deadline:
            time.sleep(0.05)
            status.update(_status(session, open_))
            open_ = {x for x in open_ if status[x] == "in progress"}
    committed = {u: x for u, x in doubted.items() if status.get(x) == "committed"}
    landed = frozenset(_as_journaled(session, [e for e in entries if e.uid in committed]))
    undecided = next((e.uid for e in entries if doubted.get(e.uid) in open_), None)
    return Verdicts(landed, undecided)


# checkin_log rows are never updated either: their xmin names the transaction that wrote them.
_LOGGED_BY = text(
    "SELECT CAST(CAST(xmin AS text) AS bigint), attendee_id, result FROM checkin_log "
    "WHERE attendee_id = ANY(CAST(:ids AS bigint[])) "
    "AND CAST(CAST(xmin AS text) AS bigint) = ANY(CAST(:xs AS bigint[]))"
)
# What an entry's online attempt must have logged to count as the entry itself.
_LOGGED_AS = {"checkin": "checked_in", "undo": "undo"}


def _as_journaled(session: Session, committed: Sequence[Any]) -> set[str]:
    """Of entries whose online attempt committed, those whose attempt did what the desk then
    showed: a scan the server logged as "already" (another desk had just let the person in)
    while the desk, deciding from its older mirror, showed green is still sent, so that the
    double admission is reported."""
    logged = [e for e in committed if e.kind in _LOGGED_AS and e.attendee_id is not None]
    found: set[tuple[int, int, str]] = set()
    if logged:
        rows = session.execute(
            _LOGGED_BY,
            {
                "ids": sorted({int(e.attendee_id) for e in logged}),
                "xs": sorted({int(e.detail[XID]) % 2**32 for e in logged}),
            },
        ).all()
        found = {(int(x), int(a), str(r)) for x, a, r in rows}
    out = set()
    for e in committed:
        if e.kind not in _LOGGED_AS:
            out.add(e.uid)  # a print or a walk-in: the attempt was the same action
        elif e.attendee_id is not None and (
            (int(e.detail[XID]) % 2**32, int(e.attendee_id), _LOGGED_AS[e.kind]) in found
        ):
            out.add(e.uid)
    return out


def _status(session: Session, xids: set[int]) -> dict[int, str | None]:
    rows = session.execute(_STATUS, {"xs": sorted(xids)}).all()
    return {int(x): st for x, st in rows}


# audit_log rows are never updated, so a row's xmin stays the id of the transaction that wrote
# it (PostgreSQL keeps it when it freezes the row); the 32-bit xid wraps, the epoch is dropped.
_REGISTERED_BY = text(
    "SELECT a.id, a.event_id FROM audit_log l JOIN attendee a ON a.id = l.entity_id "
    "WHERE l.action = 'register' AND CAST(CAST(l.xmin AS text) AS bigint) = :x "
    "ORDER BY l.id DESC LIMIT 1"
)


def landed_walk_in(session: Session, entry: Any, source: str) -> int | None:
    """The server's id of a walk-in whose online registration committed unheard (None if it
    was deleted since); the provisional badge printed for them offline is made to scan too."""
    from db.models import TicketCode

    row = session.execute(_REGISTERED_BY, {"x": int(entry.detail[XID]) % 2**32}).first()
    if row is None:
        return None
    attendee_id, event_id = int(row[0]), int(row[1])
    if entry.code:
        session.add(
            TicketCode(event_id=event_id, attendee_id=attendee_id, code=entry.code, source=source)
        )
        session.flush()
    return attendee_id
