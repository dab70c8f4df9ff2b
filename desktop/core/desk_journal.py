"""The desk's own journal: scans that could not be written at once are kept here, then sent.

When the event's database cannot take a write within a scan's time budget (a 250,000-row
import holds SQLite's write lock for many seconds), the desk does not make the person wait:
the scan is decided against what the database shows (reads go on during an import), written
to this journal (a small SQLite file of the desk's own, synchronous=FULL, owner-only) with a
unique id before the result is shown, and sent to the event's database as soon as it is free,
in order and exactly once:

- each entry sent writes an `audit_log` row `journal_applied` naming the entry's id in the same
  transaction as the check-in, so an interrupted replay resumes without doubling anything;
- a person admitted from the journal whom another desk checked in meanwhile is a reported
  double admission (`audit_log` action `double_admission`: who, which desks, when).

Qt-free: the desk's write lane and the CLI share it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

from db.engine import Store
from db.errors import BusyError, StoreError, is_connection_lost, is_lock_conflict
from db.models import Attendee, AuditLog, table, utcnow
from db.paths import data_dir
from db.words import Words, refusal
from desktop.base.errors import UserError
from desktop.core import checkin as ck
from desktop.core import in_doubt
from desktop.core.audit import Action, write_audit, write_audits
from desktop.core.offline_walk_in import (
    PROVISIONAL_SOURCE,
    current_id,
    is_provisional_code,
    replay_walk_in,
)
from desktop.core.offline_walk_in import resolve as resolve_walk_in
from desktop.core.text import clean
from desktop.core.tickets import Verdict, verify

if TYPE_CHECKING:
    from desktop.core.mirror import Mirror

_A = table(Attendee)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS entry (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    uid TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,              -- checkin (admitted), refused, undo, print, walk_in, list
    attendee_id INTEGER,
    code TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL,
    message TEXT NOT NULL DEFAULT '',
    desk TEXT NOT NULL,
    operator TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL,                -- naive UTC, ISO
    sent_at TEXT,                    -- NULL while waiting to be sent
    detail TEXT NOT NULL DEFAULT '{}'  -- JSON: what else the kind needs (an undo: whose check-in)
);
"""


@dataclass(frozen=True)
class JournalEntry:
    seq: int
    uid: str
    kind: str
    attendee_id: int | None
    code: str
    outcome: str
    message: str
    desk: str
    operator: str
    at: dt.datetime
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass
class ReplayReport:
    sent: int = 0
    already_sent: int = 0
    doubles: list[dict[str, str]] = field(default_factory=list)
    waiting: int = 0
    # Offline walk-ins sent: (provisional id, the server's id); and the likely duplicates
    # found among them (see desktop.core.offline_walk_in).
    walk_ins: list[tuple[int, int]] = field(default_factory=list)
    duplicates: list[dict[str, Any]] = field(default_factory=list)


def journal_path(store_url: str, desk: str) -> Path:
    """Where a desk's journal for an event lives: the user's data folder, per event and desk."""
    key = hashlib.sha256(store_url.encode("utf-8")).hexdigest()[:12]
    safe_desk = re.sub(r"[^A-Za-z0-9_-]+", "_", desk)[:40] or "desk"
    return data_dir() / "journals" / f"{key}-{safe_desk}.sqlite"


class DeskJournal:
    """One desk's journal file (opened per thread: sqlite3 connections stay on their thread)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
        # One connection for the desk's life (any thread, one at a time): opening one per
        # scan cost more than the scan.
        self._conn = sqlite3.connect(
            self.path, timeout=10, isolation_level=None, check_same_thread=False
        )
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=FULL")  # on disk before the desk shows the result
        self._conn.executescript(_SCHEMA)
        columns = {r[1] for r in self._conn.execute("PRAGMA table_info(entry)")}
        if "detail" not in columns:  # a journal written before undo was journaled
            self._conn.execute("ALTER TABLE entry ADD COLUMN detail TEXT NOT NULL DEFAULT '{}'")
        self._conn.execute(
            "CREATE INDEX IF NOT EXISTS ix_entry_waiting ON entry(seq) WHERE sent_at IS NULL"
        )
        # What waits about one person (a second scan at this desk while the event is busy).
        self._conn.execute(
            "CREATE INDEX IF NOT EXISTS ix_entry_waiting_person ON entry(attendee_id, seq)"
            " WHERE sent_at IS NULL"
        )
        # A provisional walk-in id names one walk-in for the journal's whole life.
        self._conn.execute(
            "CREATE UNIQUE INDEX IF NOT EXISTS ux_entry_walk_in ON entry(attendee_id)"
            " WHERE kind = 'walk_in'"
        )
        self._lock = threading.Lock()

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            yield self._conn

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def record(
        self,
        kind: str,
        attendee_id: int | None,
        code: str,
        outcome: str,
        message: str,
        desk: str,
        operator: str,
        at: dt.datetime | None = None,
        detail: dict[str, Any] | None = None,
    ) -> str:
        """Write one entry durably; returns its unique id."""
        uid = uuid.uuid4().hex
        with self._connect() as conn:
            conn.execute(
                "INSERT INTO entry"
                " (uid, kind, attendee_id, code, outcome, message, desk, operator, at, detail)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    uid,
                    kind,
                    attendee_id,
                    code,
                    outcome,
                    message,
                    desk,
                    operator,
                    (at or utcnow()).isoformat(),
                    json.dumps(detail or {}),
                ),
            )
        return uid

    def waiting(self) -> list[JournalEntry]:
        """Entries not yet sent, oldest first."""
        with self._connect() as conn:
            rows = conn.execute(
                "SELECT seq, uid, kind, attendee_id, code, outcome, message, desk, operator, at,"
                " detail FROM entry WHERE sent_at IS NULL ORDER BY seq"
            ).fetchall()
        return [_entry(r) for r in rows]

    def waiting_check_in(self, attendee_id: int) -> tuple[str, dt.datetime] | None:
        """(desk, time) of the check-in of this person that waits here, unless an undo
        waiting after it took it back; None when none waits."""
        with self._connect() as conn:
            row = conn.execute(
                "SELECT kind, desk, at FROM entry WHERE attendee_id = ? AND sent_at IS NULL"
                " AND kind IN ('checkin', 'undo', 'walk_in') ORDER BY seq DESC LIMIT 1",
                (attendee_id,),
            ).fetchone()
        if row is None or row[0] == "undo":
            return None
        return str(row[1]), dt.datetime.fromisoformat(row[2])

    def count_waiting(self, kind: str | None = None) -> int:
        """Entries not sent yet (of one `kind` when given)."""
        where, args = ("AND kind = ?", (kind,)) if kind else ("", ())
        sql = f"SELECT count(*) FROM entry WHERE sent_at IS NULL {where}"
        with self._connect() as conn:
            return int(conn.execute(sql, args).fetchone()[0])

    def lowest_provisional_id(self) -> int:
        """The lowest provisional walk-in id this journal ever gave (0 when none)."""
        with self._connect() as conn:
            low = conn.execute(
                "SELECT min(attendee_id) FROM entry WHERE kind = 'walk_in'"
            ).fetchone()[0]
        return min(int(low or 0), 0)

    def walk_in(self, provisional_id: int) -> tuple[str, str] | None:
        """(uid, provisional badge code) of the entry that registered the walk-in with this
        provisional id, sent or not."""
        with self._connect() as conn:
            row = conn.execute(
                "SELECT uid, code FROM entry WHERE kind = 'walk_in' AND attendee_id = ?",
                (provisional_id,),
            ).fetchone()
        return (row[0], row[1]) if row else None

    def walk_in_waiting(self, code: str) -> bool:
        """Whether the walk-in with this provisional badge code is still waiting to be sent."""
        with self._connect() as conn:
            row = conn.execute(
                "SELECT 1 FROM entry WHERE kind = 'walk_in' AND code = ? AND sent_at IS NULL",
                (code.strip().upper(),),
            ).fetchone()
        return row is not None

    def mark_sent(self, uids: list[str]) -> None:
        if not uids:
            return
        with self._connect() as conn:
            now = utcnow().isoformat()
            conn.execute("BEGIN")
            conn.executemany("UPDATE entry SET sent_at = ? WHERE uid = ?", [(now, u) for u in uids])
            conn.execute("COMMIT")


def prepare_scans(session: Session, desk: str) -> None:
    """Answer one scan without writing anything (the first attendee's own badge), so that the
    queries a scan runs are compiled and a connection is open before the first real scan; an
    event with nobody in it has nothing to prepare."""
    code = session.scalar(select(Attendee.badge_code).order_by(Attendee.id).limit(1))
    if code:
        decide_scan(session, code, desk)


def decide_scan(session: Session, raw: str, desk: str) -> tuple[ck.ScanResult, int | None]:
    """What `checkin.scan` would answer, read from the database without writing anything.

    Returns the result to show and the attendee to admit (None for a refusal).
    """
    event = ck._event_keys(session)
    text, problem = ck._screen_input(raw)
    if problem:
        return ck.ScanResult(ck.Outcome.INVALID, problem, None, "", 4), None
    parsed = verify(event, text)
    attendee_id: int | None
    if parsed.verdict is Verdict.VALID:
        attendee_id = parsed.attendee_id
    elif parsed.verdict is Verdict.NOT_OURS:
        found = ck.foreign_owner(session, event, text)
        if isinstance(found, ck.ScanResult):
            return found, None  # an order of several people: nobody admitted yet
        attendee_id = found
        if attendee_id is None and text.upper().startswith(f"{event.code_prefix}-"):
            message = ck.SAID_INCOMPLETE
            return ck.ScanResult(ck.Outcome.INVALID, message, None, "", 4), None
    else:
        attendee_id = ck._ticket_owner(session, event, text)
        if attendee_id is None:
            forged = parsed.verdict is Verdict.FORGED
            message = ck.SAID_FORGED if forged else ck.SAID_OTHER_EVENT
            outcome = ck.Outcome.FORGED if forged else ck.Outcome.OTHER_EVENT
            return ck.ScanResult(outcome, message, None, "", 4), None
    if attendee_id is not None:
        revoked = ck.revocation(session, event, text)
        if revoked is not None:
            message, owner = revoked
            card = ck.load_card(session, owner if owner is not None else attendee_id)
            return ck.ScanResult(ck.Outcome.REVOKED, message, card, "", 4), None
    card = ck.load_card(session, attendee_id) if attendee_id is not None else None
    card = _current_record(session, card)
    if card is None:
        return ck.ScanResult(ck.Outcome.UNKNOWN, ck.SAID_UNKNOWN, None, "", 4), None
    return _admission(event, card, desk)


def _current_record(session: Session, card: ck.AttendeeCard | None) -> ck.AttendeeCard | None:
    """The record a merged one lives on in (merges followed, at most 10 deep)."""
    hops = 0
    while card is not None and card.merged_into_id is not None and hops < 10:
        card = ck.load_card(session, card.merged_into_id)
        hops += 1
    return card


def _admission(event: Any, card: ck.AttendeeCard, desk: str) -> tuple[ck.ScanResult, int | None]:
    """What the desk shows for this person, and whom it admits (None: a refusal)."""
    note = ck.staff_note_for(event, card)
    if card.status != "registered":
        return ck.ScanResult(ck.Outcome.CANCELLED, ck.SAID_CANCELLED, card, note, 4), None
    if card.checked_in_at is not None:
        message = ck._already_message(event, card)
        return ck.ScanResult(ck.Outcome.ALREADY, message, card, note, 3), None
    now = utcnow()
    shown = ck.AttendeeCard(**{**card.__dict__, "checked_in_at": now, "checked_in_desk": desk})
    return ck.ScanResult(ck.Outcome.CHECKED_IN, ck.SAID_CHECKED_IN, shown, note, 0), card.id


def _sent_uids(session: Session, uids: list[str]) -> set[str]:
    """Which of these entries the event's database already has (its journal_applied rows)."""
    rows = session.scalars(
        select(AuditLog.entity).where(
            AuditLog.action == Action.JOURNAL_APPLIED,
            AuditLog.entity.in_([f"journal:{u}" for u in uids]),
        )
    ).all()
    return {r.removeprefix("journal:") for r in rows}


_BULK_CHECK_IN = text(
    "WITH j AS (SELECT * FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS x("
    "uid text, aid bigint, code text, desk text, op text, reason text, at timestamp)), "
    "f AS (SELECT DISTINCT ON (aid) * FROM j ORDER BY aid, at), "
    "hit AS (UPDATE attendee a SET checked_in_at = f.at, checked_in_desk = f.desk FROM f "
    "WHERE a.id = f.aid AND a.event_id = :ev AND a.checked_in_at IS NULL "
    "AND a.status = 'registered' AND a.merged_into_id IS NULL "
    "RETURNING a.id, f.uid, f.code, f.desk, f.op, f.reason, f.at), "
    "logged AS (INSERT INTO checkin_log "
    "(event_id, attendee_id, result, code, desk, operator, reason, at) "
    "SELECT :ev, id, 'checked_in', code, desk, op, reason, at FROM hit) "
    "SELECT uid FROM hit"
)


def _bulk_check_in(session: Session, event_id: int, entries: list[JournalEntry]) -> set[str]:
    """PostgreSQL: check in a batch's admitted people with one conditional UPDATE (the same
    condition as a scan), logged at the time each was admitted at the desk. Returns the
    entries it checked in; the others (already in, cancelled, merged, several entries for one
    person) go through the one-by-one path, which says why."""
    rows = [
        {
            "uid": e.uid,
            "aid": e.attendee_id,
            "code": e.code,
            "desk": e.desk[:100],
            "op": e.operator[:100],
            "reason": f"from the desk journal ({e.uid[:8]})",
            "at": e.at.isoformat(),
        }
        for e in entries
        if e.attendee_id is not None
    ]
    if not rows:
        return set()
    return set(session.scalars(_BULK_CHECK_IN, {"rows": json.dumps(rows), "ev": event_id}))


def replay(session: Session, journal: DeskJournal, limit: int | None = None) -> ReplayReport:
    """Send waiting entries to the event's database, in order, in the caller's transaction.

    The caller commits, then calls `journal.mark_sent(report_uids)`; an entry whose
    `journal_applied` row is already in the database is not sent again.
    """
    report = ReplayReport()
    entries = journal.waiting()
    if limit is not None:
        entries = entries[:limit]
    done = _sent_uids(session, [e.uid for e in entries]) if entries else set()
    doubt = in_doubt.verdicts(session, [e for e in entries if e.uid not in done])
    if doubt.undecided is not None:  # in order: nothing after it goes before it is decided
        entries = entries[: next(i for i, e in enumerate(entries) if e.uid == doubt.undecided)]
    event = ck._event_keys(session)
    sent: list[str] = []
    applied: list[dict[str, object]] = []
    bulk: set[str] = set()
    if session.get_bind().dialect.name == "postgresql":
        # The one-statement path only for people whose entries in this batch are check-ins:
        # one with an undo too goes one by one, in the journal's order.
        undone = {e.attendee_id for e in entries if e.kind == "undo"}
        bulk = _bulk_check_in(
            session,
            event.id,
            [
                e
                for e in entries
                if e.uid not in done
                and e.uid not in doubt.landed
                and e.kind == "checkin"
                and (e.attendee_id or 0) >= 0
                and e.attendee_id not in undone
            ],
        )
    known: dict[int, int] = {}  # provisional walk-in id -> the server's id
    for entry in entries:
        if entry.uid in done:
            report.already_sent += 1
            sent.append(entry.uid)
            if entry.kind == "walk_in" and entry.attendee_id is not None:
                real = resolve_walk_in(session, journal, entry.attendee_id, known)
                if real is not None:  # its provisional row can leave the mirror now
                    report.walk_ins.append((entry.attendee_id, real))
            continue
        if entry.kind != "walk_in" and entry.attendee_id is not None and entry.attendee_id < 0:
            # About a walk-in registered offline, sent before this entry.
            real = resolve_walk_in(session, journal, entry.attendee_id, known)
            entry = replace(entry, attendee_id=real)
        reason = f"from the desk journal ({entry.uid[:8]})"
        if entry.uid in doubt.landed:
            # Its online write committed though the desk never heard back: only the receipt.
            if entry.kind == "walk_in" and entry.attendee_id is not None:
                real = in_doubt.landed_walk_in(
                    session, entry, doubt.xids[entry.uid], PROVISIONAL_SOURCE
                )
                if real is not None:
                    known[entry.attendee_id] = real
                    report.walk_ins.append((entry.attendee_id, real))
                    entry = replace(entry, attendee_id=real)
        elif entry.uid in bulk:
            pass  # checked in and logged by the batch's one statement
        elif entry.kind == "undo" and entry.attendee_id is not None:
            _replay_undo(session, event, entry)
        elif entry.kind == "print" and entry.attendee_id is not None:
            _replay_print(session, event, entry)
        elif entry.kind == "walk_in" and entry.attendee_id is not None:
            new_id, duplicate = replay_walk_in(session, event, entry)
            known[entry.attendee_id] = new_id
            report.walk_ins.append((entry.attendee_id, new_id))
            if duplicate is not None:
                report.duplicates.append(duplicate)
            entry = replace(entry, attendee_id=new_id)
        elif entry.kind in ("undo", "print", "walk_in"):
            pass  # about nobody the server knows (a walk-in it never got): nothing to apply
        elif entry.kind == "list" and entry.outcome == "undone":
            from desktop.core.checkin_lists import replay_list_undo

            replay_list_undo(
                session,
                str(entry.detail.get("list", "")),
                entry.attendee_id,
                str(entry.detail.get("aimed", "")),
                entry.desk,
                entry.operator,
                entry.message,
                entry.at,
            )
        elif entry.kind == "list":
            from desktop.core.checkin_lists import replay_list_scan

            double = replay_list_scan(
                session,
                str(entry.detail.get("list", "")),
                entry.attendee_id,
                entry.code,
                entry.outcome,
                entry.message,
                entry.desk,
                entry.operator,
                entry.at,
            )
            if double is not None:
                report.doubles.append(double)
        elif entry.kind == "checkin" and entry.attendee_id is not None:
            result = ck._check_in(
                session, event, entry.attendee_id, entry.code, entry.desk, entry.operator, reason
            )
            if result is None:  # no such attendee any more: keep the scan as refused
                ck._log(
                    session,
                    event,
                    ck.Outcome.UNKNOWN,
                    None,
                    entry.code,
                    entry.desk,
                    entry.operator,
                    reason="Unknown code",
                    at=entry.at,
                )
            elif result.outcome is not ck.Outcome.CHECKED_IN:
                card = result.attendee
                double = {
                    "attendee_id": str(entry.attendee_id),
                    "name": card.display_name if card else "",
                    "first_desk": (card.checked_in_desk or "") if card else "",
                    "first_at": card.checked_in_at.isoformat()
                    if card and card.checked_in_at
                    else "",
                    "second_desk": entry.desk,
                    "second_at": entry.at.isoformat(),
                }
                write_audit(
                    session,
                    event.id,
                    Action.CHECKIN_DOUBLE_ADMISSION,
                    entry.attendee_id,
                    double,
                    entry.desk,
                    entry.operator,
                )
                report.doubles.append(double)
        else:
            ck._log(
                session,
                event,
                entry.outcome,
                entry.attendee_id,
                entry.code,
                entry.desk,
                entry.operator,
                reason=entry.message,
                at=entry.at,
            )
        applied.append(
            {
                "event_id": event.id,
                "desk": entry.desk,
                "operator": entry.operator,
                "action": Action.JOURNAL_APPLIED,
                "entity": f"journal:{entry.uid}",
                "entity_id": entry.attendee_id,
                "details": {"uid": entry.uid, "at": entry.at.isoformat(), "outcome": entry.outcome},
            }
        )
        sent.append(entry.uid)
        report.sent += 1
    write_audits(session, applied)  # one statement for the receipts, in the same transaction
    report.waiting = len(entries) - len(sent)
    session.info["journal_sent"] = sent
    return report


def _replay_undo(session: Session, event: Any, entry: JournalEntry) -> None:
    """An undo kept in the journal: takes back the check-in only if it is still the one the
    desk saw (made at the same desk); another desk's check-in of the same person, sent first
    (a double admission), stands and the undo is noted."""
    aid = entry.attendee_id
    aimed = str(entry.detail.get("checked_in_desk", entry.desk))
    row = session.execute(
        select(_A.c.checked_in_at, _A.c.checked_in_desk).where(_A.c.id == aid).with_for_update()
    ).first()
    if row is not None and row.checked_in_at is not None and row.checked_in_desk == aimed:
        session.execute(
            update(_A).where(_A.c.id == aid).values(checked_in_at=None, checked_in_desk=None)
        )
        ck._log(
            session, event, "undo", aid, "", entry.desk, entry.operator, entry.message, at=entry.at
        )
        details = {
            "reason": entry.message,
            "was_checked_in_at": row.checked_in_at.isoformat(),
            "was_desk": row.checked_in_desk,
            "undone_at": entry.at.isoformat(),
        }
        write_audit(
            session, event.id, Action.CHECKIN_UNDO, aid, details, entry.desk, entry.operator
        )
        return
    if row is None:
        why = "no such attendee any more"
    elif row.checked_in_at is None:
        why = "not checked in"
    else:
        why = f"checked in at {row.checked_in_desk or 'another desk'}: that check-in stands"
    details = {"reason": entry.message, "why": why, "undone_at": entry.at.isoformat()}
    write_audit(
        session, event.id, Action.CHECKIN_UNDO_NOT_APPLIED, aid, details, entry.desk, entry.operator
    )


def _log_print(
    session: Session,
    event: Any,
    attendee_id: int,
    desk: str,
    operator: str,
    print_: dict[str, Any],
    at: dt.datetime | None = None,
) -> None:
    """One desk print attempt in the print log (`print_`: what log_print_or_journal keeps)."""
    from desktop.core.badges import log_prints  # (the PDF side: only when a print is logged)

    log_prints(
        session,
        event,
        [attendee_id],
        str(print_.get("kind", "desk")),
        str(print_.get("template", "")),
        str(print_.get("destination", "")),
        {attendee_id: [str(w) for w in print_.get("warnings", [])]},
        str(print_.get("reason", "")),
        desk,
        operator,
        at,
        status=str(print_.get("status", "printed")),
        job=str(print_.get("job", "")),
        error=str(print_.get("error", "")),
    )


def _replay_print(session: Session, event: Any, entry: JournalEntry) -> None:
    """A badge print kept in the journal: logged as the spooler answered, at its own time."""
    assert entry.attendee_id is not None  # (replay sends only prints about somebody)
    if session.scalar(select(_A.c.id).where(_A.c.id == entry.attendee_id)) is None:
        return  # deleted on the server meanwhile: nobody to count it for
    _log_print(
        session, event, entry.attendee_id, entry.desk, entry.operator, entry.detail, entry.at
    )


@dataclass(frozen=True)
class DoubleAdmission:
    """One person admitted twice during an outage: kept first, found when the second was sent."""

    id: int  # the audit entry that reports it (ascending: newer ones have larger ids)
    attendee_id: int | None
    name: str
    first_desk: str
    first_at: dt.datetime | None  # naive UTC, as stored
    second_desk: str
    second_at: dt.datetime | None
    list_name: str = ""  # a check-in list's ("" for the badge pickup)


def _when(value: Any) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def double_admissions(
    session: Session, event_id: int, after_id: int = 0, desk: str | None = None
) -> list[DoubleAdmission]:
    """The event's double admissions reported after audit entry `after_id`, oldest first;
    with `desk`, only those where that desk admitted one of the two (ix_audit_action)."""
    rows = session.execute(
        select(AuditLog.id, AuditLog.entity_id, AuditLog.details)
        .where(
            AuditLog.event_id == event_id,
            AuditLog.action == Action.CHECKIN_DOUBLE_ADMISSION,
            AuditLog.id > after_id,
        )
        .order_by(AuditLog.id)
    ).all()
    out: list[DoubleAdmission] = []
    for row in rows:
        raw = row[2]
        d: dict[str, Any] = dict(raw) if isinstance(raw, dict) else json.loads(raw or "{}")
        found = DoubleAdmission(
            int(row[0]),
            row[1],
            str(d.get("name") or ""),
            str(d.get("first_desk") or ""),
            _when(d.get("first_at")),
            str(d.get("second_desk") or ""),
            _when(d.get("second_at")),
            str(d.get("list") or ""),
        )
        if desk is None or desk in (found.first_desk, found.second_desk):
            out.append(found)
    return out


def doubles(session: Session) -> list[dict[str, str]]:
    """Every reported double admission, oldest first."""
    rows: list[Any] = list(
        session.scalars(
            select(AuditLog.details)
            .where(AuditLog.action == Action.CHECKIN_DOUBLE_ADMISSION)
            .order_by(AuditLog.id)
        )
    )
    return [dict(r) if isinstance(r, dict) else json.loads(r) for r in rows]


# How long a desk scan may wait for the event's write lock before the journal takes it.
SCAN_WAIT_MS = 150
# While the server is away, how often a scan asks it again (the others go to the mirror).
PROBE_EVERY_S = 1.0


@dataclass(frozen=True)
class DeskScan:
    """A scan's answer at the desk: the result, whether it waits in the desk journal, and
    whether the event's server could not be reached (decided from the desk's mirror)."""

    result: ck.ScanResult
    journaled: bool = False
    waiting: int = 0
    offline: bool = False


class NoMirrorError(StoreError):
    """The server is unreachable and this desk has no copy of the event to go on with."""


def ready_mirror(mirror: Mirror | None) -> Mirror:
    """The desk's mirror to go on with while the server is away; NoMirrorError (nothing
    saved) when the desk has none yet."""
    if mirror is None or not mirror.ready():
        raise NoMirrorError(
            "the event's server cannot be reached and this desk has no copy of the event "
            "yet: nothing was saved"
        )
    return mirror


def scan_or_journal(
    store: Store,
    journal: DeskJournal,
    raw: str,
    desk: str,
    operator: str = "",
    wait_ms: int = SCAN_WAIT_MS,
    mirror: Mirror | None = None,
) -> DeskScan:
    """Check in at once when the event can take the write within `wait_ms`; otherwise decide
    and keep the scan in the journal (on disk before this returns): from what the database
    shows when it is busy, from the desk's `mirror` when its server cannot be reached. While
    the journal holds entries, new scans join the queue behind them."""
    # The badge of a walk-in registered here offline, not yet sent: only the mirror knows it.
    provisional = mirror is not None and is_provisional_code(raw) and journal.walk_in_waiting(raw)
    return _admit_or_journal(
        store,
        journal,
        desk,
        mirror,
        wait_ms,
        provisional,
        write=lambda s: ck.scan(s, raw, desk, operator),
        decide=lambda s: decide_scan(s, raw, desk),
        code=ck._printable(raw),
        operator=operator,
    )


def check_in_or_journal(
    store: Store,
    journal: DeskJournal,
    attendee_id: int,
    desk: str,
    operator: str = "",
    wait_ms: int = SCAN_WAIT_MS,
    mirror: Mirror | None = None,
) -> DeskScan:
    """Check in a person chosen by name, like `scan_or_journal` does a badge: at once when the
    event takes the write within `wait_ms`, else decided from the database (busy) or the
    mirror (server away) and kept in the journal, refusals (cancelled, already in) too."""
    attendee_id = current_id(journal, mirror, attendee_id)
    return _admit_or_journal(
        store,
        journal,
        desk,
        mirror,
        wait_ms,
        attendee_id < 0,  # a walk-in registered here offline, not yet sent
        write=lambda s: ck.check_in_attendee(s, attendee_id, desk, operator),
        decide=lambda s: decide_check_in(s, attendee_id, desk),
        code="",
        operator=operator,
    )


def _admit_or_journal(
    store: Store,
    journal: DeskJournal,
    desk: str,
    mirror: Mirror | None,
    wait_ms: int,
    provisional: bool,
    *,
    write: Callable[[Session], ck.ScanResult],
    decide: Callable[[Session], tuple[ck.ScanResult, int | None]],
    code: str,
    operator: str,
) -> DeskScan:
    """The one way a desk admits someone: `write` at once when the event takes it, else
    `decide` from the database (busy) or the mirror (away, or `provisional`: a walk-in only
    this desk knows yet) and journal what was shown, with the online attempt's transaction
    id in case its COMMIT landed unheard (desktop.core.in_doubt)."""
    # Offline a moment ago: go straight to the mirror, and ask the server again once a second.
    offline = mirror is not None and mirror.recently_unreachable()
    decided: tuple[ck.ScanResult, int | None] | None = None
    attempt = in_doubt.Attempt()
    try:
        if not offline and not provisional and journal.count_waiting() == 0:
            try:
                with in_doubt.quick_write(store, wait_ms, attempt) as s:
                    answer = DeskScan(write(s))
                card = answer.result.attendee
                if mirror is not None and card is not None and card.checked_in_at is not None:
                    # This desk's own check-ins are in its mirror at once, not at the next
                    # refresh: someone admitted a second before an outage is "already in".
                    mirror.note_check_in(card.id, desk, card.checked_in_at)
                return answer
            except BusyError:
                attempt = in_doubt.Attempt()  # rolled back: nothing in doubt
        if not offline and not provisional:
            with store.factory() as s:
                decided = decide(s)
    except Exception as exc:
        if not is_connection_lost(exc):
            raise
        offline = True
        if mirror is not None:
            mirror.mark_unreachable()
    if decided is None:
        with ready_mirror(mirror).session() as s:
            decided = decide(s)
    result, admit = _already_waiting(*decided, journal)
    who = admit if admit is not None else (result.attendee.id if result.attendee else None)
    at = utcnow()
    journal.record(
        "checkin" if admit is not None else "refused",
        who,
        code,
        str(result.outcome),
        result.message,
        desk,
        operator,
        at=at,
        detail=attempt.detail(),
    )
    if (offline or provisional) and mirror is not None and admit is not None:
        mirror.note_check_in(admit, desk, at)
    return DeskScan(result, journaled=True, waiting=journal.count_waiting(), offline=offline)


def _already_waiting(
    result: ck.ScanResult, admit: int | None, journal: DeskJournal
) -> tuple[ck.ScanResult, int | None]:
    """A green decided from the database or mirror, for someone whose check-in at this desk
    still waits in its journal (the database has not heard of it yet): already in."""
    if admit is None or result.attendee is None:
        return result, admit
    waiting = journal.waiting_check_in(admit)
    if waiting is None:
        return result, admit
    desk, at = waiting
    card = ck.AttendeeCard(
        **{**result.attendee.__dict__, "checked_in_at": at, "checked_in_desk": desk}
    )
    message = Words("already", f"Already checked in at {desk}", desk=desk)
    return ck.ScanResult(ck.Outcome.ALREADY, message, card, result.staff_note, 3), None


def decide_check_in(
    session: Session, attendee_id: int, desk: str
) -> tuple[ck.ScanResult, int | None]:
    """What `checkin.check_in_attendee` would answer (a person chosen by name), read
    without writing: the result to show and the attendee to admit (None for a refusal)."""
    card = _current_record(session, ck.load_card(session, attendee_id))
    if card is None:
        raise UserError(refusal("no attendee with id {attendee_id}", attendee_id=attendee_id), 4)
    return _admission(ck._event_keys(session), card, desk)


@dataclass(frozen=True)
class DeskUndo:
    """An undo's answer at the desk: the person as they are now, and (like DeskScan) whether
    the undo waits in the desk journal and whether the server could not be reached."""

    card: ck.AttendeeCard
    journaled: bool = False
    waiting: int = 0
    offline: bool = False


def _checked_in_now(
    session: Session, journal: DeskJournal, attendee_id: int
) -> tuple[ck.AttendeeCard, str]:
    """The person to undo, as the database (or mirror) shows them with what this desk's
    journal still holds for them laid over it, and the desk of the check-in to take back;
    refused unless they are checked in."""
    card = ck.load_card(session, attendee_id)
    if card is None:
        raise UserError(refusal("no attendee with id {attendee_id}", attendee_id=attendee_id), 4)
    checked_in, where = card.checked_in_at is not None, card.checked_in_desk or ""
    for entry in journal.waiting():
        if entry.attendee_id == attendee_id and entry.kind in ("checkin", "undo"):
            checked_in, where = entry.kind == "checkin", entry.desk
    if not checked_in:
        raise UserError(
            refusal("{display_name} is not checked in", display_name=card.display_name), 3
        )
    return card, where


def undo_or_journal(
    store: Store,
    journal: DeskJournal,
    attendee_id: int,
    reason: str,
    desk: str,
    operator: str = "",
    wait_ms: int = SCAN_WAIT_MS,
    mirror: Mirror | None = None,
) -> DeskUndo:
    """Take back a check-in at the desk, like `scan_or_journal` does a scan: at once when the
    event takes the write within `wait_ms`, else kept in the journal (behind the scans that
    wait there, so it is sent after the check-in it undoes) and decided from the database or,
    with the server away, from the mirror. Refused (UserError, nothing saved) when the person
    is not checked in or no reason is given."""
    reason = clean(reason, 500)
    if not reason:
        raise UserError(refusal("give a reason for undoing the check-in"))
    attendee_id = current_id(journal, mirror, attendee_id)
    offline = mirror is not None and mirror.recently_unreachable()
    # A walk-in registered offline and not yet sent: decided from the mirror, kept in order.
    provisional = attendee_id < 0
    card: ck.AttendeeCard | None = None
    where = desk
    attempt = in_doubt.Attempt()
    try:
        if not offline and not provisional and journal.count_waiting() == 0:
            try:
                with in_doubt.quick_write(store, wait_ms, attempt) as s:
                    undone = DeskUndo(ck.undo_checkin(s, attendee_id, reason, desk, operator))
                if mirror is not None:
                    mirror.note_undo(attendee_id)
                return undone
            except BusyError:
                attempt = in_doubt.Attempt()
        if not offline and not provisional:
            with store.factory() as s:
                card, where = _checked_in_now(s, journal, attendee_id)
    except UserError:
        raise
    except Exception as exc:
        if not is_connection_lost(exc):
            raise
        offline = True
        if mirror is not None:
            mirror.mark_unreachable()
    if card is None:
        with ready_mirror(mirror).session() as s:
            card, where = _checked_in_now(s, journal, attendee_id)
    journal.record(
        "undo",
        attendee_id,
        "",
        "undone",
        reason,
        desk,
        operator,
        detail=attempt.detail({"checked_in_desk": where}),
    )
    if (offline or provisional) and mirror is not None:
        mirror.note_undo(attendee_id)
    shown = ck.AttendeeCard(**{**card.__dict__, "checked_in_at": None, "checked_in_desk": None})
    return DeskUndo(shown, journaled=True, waiting=journal.count_waiting(), offline=offline)


@dataclass(frozen=True)
class DeskPrintLog:
    """Where a badge print's log went: the event's database, or (like DeskScan) the desk
    journal, because the event is busy or its server away."""

    journaled: bool = False
    waiting: int = 0
    offline: bool = False


def log_print_or_journal(
    store: Store,
    journal: DeskJournal,
    attendee_id: int,
    desk: str,
    operator: str = "",
    *,
    kind: str,
    template: str,
    destination: str,
    warnings: list[str] | None = None,
    reason: str = "",
    status: str = "printed",
    job: str = "",
    error: str = "",
    wait_ms: int = SCAN_WAIT_MS,
    mirror: Mirror | None = None,
) -> DeskPrintLog:
    """Log one desk print attempt (what the spooler said): in the event's database at once
    when it takes the write within `wait_ms`, else in the journal, sent in order with the
    scans (a badge printed offline counts as printed once it is sent)."""
    from desktop.core.badges import COUNTED

    attendee_id = current_id(journal, mirror, attendee_id)
    offline = mirror is not None and mirror.recently_unreachable()
    provisional = attendee_id < 0  # a walk-in the server does not have yet: journaled
    fields = {
        "kind": kind,
        "template": template,
        "destination": destination,
        "warnings": list(warnings or []),
        "reason": reason,
        "status": status,
        "job": job,
        "error": error,
    }
    attempt = in_doubt.Attempt()
    try:
        if not offline and not provisional and journal.count_waiting() == 0:
            try:
                with in_doubt.quick_write(store, wait_ms, attempt) as s:
                    _log_print(s, ck._event_keys(s), attendee_id, desk, operator, fields)
                return DeskPrintLog()
            except BusyError:
                attempt = in_doubt.Attempt()
    except Exception as exc:
        if not is_connection_lost(exc):
            raise
        offline = True
        if mirror is not None:
            mirror.mark_unreachable()
    at = utcnow()
    journal.record(
        "print", attendee_id, "", status, "", desk, operator, at=at, detail=attempt.detail(fields)
    )
    if (offline or provisional) and mirror is not None and status in COUNTED:
        mirror.note_print(attendee_id, at)
    return DeskPrintLog(journaled=True, waiting=journal.count_waiting(), offline=offline)


# Entries sent in one transaction: small, so that desks sending at the same moment after an
# outage hold few row locks for a short time and never wait on each other for long.
SEND_BATCH = 200


def send_journal(
    store: Store, journal: DeskJournal, wait_ms: int = 50, mirror: Mirror | None = None
) -> ReplayReport | None:
    """Send what waits in the journal, in order, in batches, if the event takes the writes
    within `wait_ms` (SQLite) or without waiting long on other desks' locks (PostgreSQL);
    None when nothing could be sent now (busy or unreachable): the entries stay for next time.
    Once the server takes a batch, the desk's `mirror` stops answering for it."""
    total = ReplayReport()
    while journal.count_waiting():
        try:
            with store.quick_write_session(wait_ms) as s:
                if s.get_bind().dialect.name == "postgresql":
                    s.execute(text(f"SET LOCAL lock_timeout = '{max(wait_ms, 1000)}ms'"))
                report = replay(s, journal, limit=SEND_BATCH)
                sent = list(s.info.get("journal_sent", []))
        except BusyError:
            return total if total.sent or total.already_sent else None
        except Exception as exc:
            if is_connection_lost(exc) and mirror is not None:
                mirror.mark_unreachable()
            if is_connection_lost(exc) or is_lock_conflict(exc):
                return total if total.sent or total.already_sent else None
            raise
        journal.mark_sent(sent)  # after the commit: a crash in between is caught by the audit row
        if mirror is not None:
            mirror.mark_reachable()
        if not sent:  # the first waiting entry's online attempt is still undecided
            return total if total.sent or total.already_sent else None
        total.sent += report.sent
        total.already_sent += report.already_sent
        total.doubles.extend(report.doubles)
        total.walk_ins.extend(report.walk_ins)
        total.duplicates.extend(report.duplicates)
    total.waiting = journal.count_waiting()
    return total


def _entry(r: tuple[Any, ...]) -> JournalEntry:
    """A journal row (the columns of `JournalEntry`, in order) as an entry."""
    seq, uid, kind, attendee_id, code, outcome, message, desk, operator, at, detail = r
    return JournalEntry(
        seq,
        uid,
        kind,
        attendee_id,
        code,
        outcome,
        message,
        desk,
        operator,
        dt.datetime.fromisoformat(at),
        json.loads(detail or "{}"),
    )
