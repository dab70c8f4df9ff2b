"""Desk writes whose COMMIT may have landed although the desk never heard back.

When the link to a PostgreSQL server drops after the COMMIT left the desk, the write may
have committed or not, and the desk cannot tell: it answers from its mirror and keeps the
action in its journal. To send that entry exactly once, the online attempt adds a
`desk_attempt` row with a unique id in its own transaction (one round trip, which also notes
the transaction id and the server process) and the journal keeps the id with the entry.
Before the entry is applied, the replay looks for that row: there, the write committed (only
the receipt is written); missing, it did not (applied from the journal). A session still
holding the attempt's transaction on the server after the link dropped is ended first, and
the entries wait while it stays.

The transaction id alone cannot answer: ids handed out just before a server crash that
reached no disk are handed out again after the restart, to other desks' writes.

SQLite commits locally and is never in doubt: nothing is noted there. Entries journaled by an
earlier Confdesk with only a transaction id are applied from the journal.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from db.engine import Store
from db.models import utcnow
from desktop.core.audit import Action

ATTEMPT = "attempt"  # the journal entry detail keys of the online attempt: its desk_attempt
XID = "xid"  # row, its transaction id
PID = "pid"  # and the server process that ran it
# How long a replay waits for a lingering session it ended to go away.
SETTLE_S = 2.0


@dataclass
class Attempt:
    """One online desk write: its desk_attempt id, and its transaction id and server process
    once noted (None until then, and on SQLite)."""

    uid: str = field(default_factory=lambda: uuid.uuid4().hex)
    xid: int | None = None
    pid: int | None = None

    def detail(self, detail: dict[str, Any] | None = None) -> dict[str, Any]:
        """`detail` for the journal entry of this write, with what identifies the attempt."""
        out = dict(detail or {})
        if self.xid is not None:
            out.update({ATTEMPT: self.uid, XID: self.xid, PID: self.pid})
        return out


_NOTE = text(
    "INSERT INTO desk_attempt (uid, at) VALUES (:uid, :at) "
    "RETURNING CAST(CAST(xmin AS text) AS bigint), pg_backend_pid()"
)


@contextmanager
def noted(session: Session, attempt: Attempt) -> Iterator[Session]:
    """Add the attempt's desk_attempt row in the session's transaction (PostgreSQL) and note
    its transaction id and server process in `attempt`, before the write runs."""
    if session.get_bind().dialect.name == "postgresql":
        row = session.execute(_NOTE, {"uid": attempt.uid, "at": utcnow()}).one()
        attempt.xid, attempt.pid = int(row[0]), int(row[1])
    yield session


@contextmanager
def quick_write(store: Store, wait_ms: int, attempt: Attempt) -> Iterator[Session]:
    """`store.quick_write_session(wait_ms)` with the attempt noted in `attempt`."""
    with store.quick_write_session(wait_ms) as s, noted(s, attempt):
        yield s


@contextmanager
def write(store: Store, attempt: Attempt) -> Iterator[Session]:
    """`store.write_session()` with the attempt noted in `attempt`."""
    with store.write_session() as s, noted(s, attempt):
        yield s


@dataclass(frozen=True)
class Verdicts:
    """What became of the in-doubt writes of a batch of journal entries."""

    landed: frozenset[str]  # entry uids whose online write committed
    undecided: str | None  # the first entry uid whose transaction is still open, if any
    xids: dict[str, int] = field(default_factory=dict)  # landed uid -> its transaction id


# The server process that ran an attempt, still in that attempt's transaction (pid and xid
# both: either alone may belong to someone else by now).
_LINGERING = text(
    "SELECT pid, CAST(CAST(backend_xid AS text) AS bigint) FROM pg_stat_activity "
    "WHERE backend_xid IS NOT NULL AND pid = ANY(CAST(:pids AS int[]))"
)
_END = text("SELECT pg_terminate_backend(pid) FROM unnest(CAST(:pids AS int[])) AS pid")
_FOUND = text(
    "SELECT uid, CAST(CAST(xmin AS text) AS bigint) FROM desk_attempt "
    "WHERE uid = ANY(CAST(:uids AS text[]))"
)


def verdicts(session: Session, entries: Sequence[Any]) -> Verdicts:
    """For journal entries (uid, kind, attendee_id, detail) not sent yet: which online
    attempts committed, and the first whose transaction a lingering session still holds."""
    doubted = {e.uid: e.detail for e in entries if e.detail.get(ATTEMPT)}
    if not doubted or session.get_bind().dialect.name != "postgresql":
        return Verdicts(frozenset(), None)
    held = {(int(d[PID]), int(d[XID]) % 2**32) for d in doubted.values()}
    open_ = _lingering(session, held)
    if open_:
        # The desk's session that lost its link still holds the transaction: end it.
        try:
            with session.begin_nested():
                session.execute(_END, {"pids": sorted({p for p, _ in open_})})
        except DBAPIError:
            pass  # not allowed to end it: the entries wait until the server does
        deadline = time.monotonic() + SETTLE_S
        while open_ and time.monotonic() < deadline:
            time.sleep(0.05)
            open_ = _lingering(session, open_)
    # Only now, with no session of theirs left open, is a missing row a write that failed.
    rows = session.execute(_FOUND, {"uids": sorted({str(d[ATTEMPT]) for d in doubted.values()})})
    found = {str(r[0]): int(r[1]) for r in rows}
    xids = {u: found[str(d[ATTEMPT])] for u, d in doubted.items() if str(d[ATTEMPT]) in found}
    landed = frozenset(_as_journaled(session, [e for e in entries if e.uid in xids], xids))
    undecided = next(
        (
            e.uid
            for e in entries
            if e.uid in doubted
            and (int(doubted[e.uid][PID]), int(doubted[e.uid][XID]) % 2**32) in open_
        ),
        None,
    )
    return Verdicts(landed, undecided, {u: x for u, x in xids.items() if u in landed})


def _lingering(session: Session, held: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """Of these (server process, transaction id) pairs, those still running."""
    rows = session.execute(_LINGERING, {"pids": sorted({p for p, _ in held})}).all()
    return {(int(r[0]), int(r[1])) for r in rows} & held


# checkin_log rows are never updated either: their xmin names the transaction that wrote them.
_LOGGED_BY = text(
    "SELECT CAST(CAST(xmin AS text) AS bigint), attendee_id, result FROM checkin_log "
    "WHERE attendee_id = ANY(CAST(:ids AS bigint[])) "
    "AND CAST(CAST(xmin AS text) AS bigint) = ANY(CAST(:xs AS bigint[]))"
)
# What an entry's online attempt must have logged to count as the entry itself.
_LOGGED_AS = {"checkin": "checked_in", "undo": "undo"}


def _as_journaled(session: Session, committed: Sequence[Any], xids: dict[str, int]) -> set[str]:
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
                "xs": sorted({xids[e.uid] % 2**32 for e in logged}),
            },
        ).all()
        found = {(int(row[0]), int(row[1]), str(row[2])) for row in rows}
    out = set()
    for e in committed:
        if e.kind not in _LOGGED_AS:
            out.add(e.uid)  # a print or a walk-in: the attempt was the same action
        elif e.attendee_id is not None and (
            (xids[e.uid] % 2**32, int(e.attendee_id), _LOGGED_AS[e.kind]) in found
        ):
            out.add(e.uid)
    return out


# audit_log rows are never updated, so a row's xmin stays the id of the transaction that wrote
# it (PostgreSQL keeps it when it freezes the row); the 32-bit xid wraps, the epoch is dropped.
_REGISTERED_BY = text(
    "SELECT a.id, a.event_id FROM audit_log l JOIN attendee a ON a.id = l.entity_id "
    "WHERE l.action = :registered AND CAST(CAST(l.xmin AS text) AS bigint) = :x "
    "ORDER BY l.id DESC LIMIT 1"
)


def landed_walk_in(session: Session, entry: Any, xid: int, source: str) -> int | None:
    """The server's id of a walk-in whose online registration committed unheard (None if it
    was deleted since); the provisional badge printed for them offline is made to scan too."""
    from db.models import TicketCode

    found = {"x": xid % 2**32, "registered": Action.ATTENDEE_REGISTER.value}
    row = session.execute(_REGISTERED_BY, found).first()
    if row is None:
        return None
    attendee_id, event_id = int(row[0]), int(row[1])
    if entry.code:
        session.add(
            TicketCode(event_id=event_id, attendee_id=attendee_id, code=entry.code, source=source)
        )
        session.flush()
    return attendee_id
