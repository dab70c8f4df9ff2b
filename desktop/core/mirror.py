"""A desk's local mirror of a PostgreSQL event: enough to check people in while the server is gone.

The mirror is an SQLite file in the desk's data folder (`mirrors/`, the folder 0700, the file
0600: it holds badge codes and the event's signing key) with the same `event`, `attendee`,
`ticket_code`, `revoked_badge` and `badge_template` tables as the store, so the desk's own
scan decision (desktop.core.desk_journal.decide_scan) and its badge rendering run on it
unchanged. It is kept current while the server answers:

- the first refresh copies every row;
- later ones copy attendees added since (id above the mirror's highest), attendees changed since
  (updated_at), attendees whose check-in state changed (check-in log rows since the last one
  seen) and new ticket codes. A refresh costs a few small indexed queries when nothing changed.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Column,
    Engine,
    MetaData,
    Table,
    UniqueConstraint,
    create_engine,
    delete,
    event,
    func,
    insert,
    select,
    text,
    union,
)
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from db.models import (
    Attendee,
    BadgeTemplate,
    Base,
    CheckIn,
    CheckinList,
    Event,
    ListPresence,
    ListScan,
    ListSignup,
    RevokedBadge,
    Room,
    TicketCode,
    table,
)
from db.paths import data_dir
from db.search import ensure_sqlite_index
from desktop.core.desk_journal import PROBE_EVERY_S, journal_path
from desktop.core.offline_walk_in import PROVISIONAL_SOURCE

_TABLES = (
    table(Event),
    table(Attendee),
    table(TicketCode),
    table(RevokedBadge),
    table(BadgeTemplate),
)
# What a door needs offline: the lists, their rooms' seats, who is on them, who signed up.
# Copied without foreign keys (the mirror has no sessions or tracks); the log tables are
# only where a list scan decided on the mirror writes its rows (the journal is the record).
_LIST_TABLES = (table(CheckinList), table(Room), table(ListPresence), table(ListSignup))
# (The audit table by name: the mirror makes and empties it, it writes no entry of its own.)
_SINKS = (table(ListScan), table(CheckIn), Base.metadata.tables["audit_log"])
_A, _T, _E, _L = table(Attendee), table(TicketCode), table(Event), table(CheckIn)
_CL, _RM, _P = table(CheckinList), table(Room), table(ListPresence)
_S, _LS = table(ListSignup), table(ListScan)
_R = table(RevokedBadge)
_B = table(BadgeTemplate)
BUSY_MS = 10_000  # the mirror's usual wait for its own lock (a refresh writing)
NOTE_WAIT_MS = 200  # what a scan's note to the mirror may wait
FIRST_COPY_CHUNK = 5000
# List scans read again at each refresh: a scan can commit after later ones (PostgreSQL),
# at most the rows other desks write while one journal batch (200 scans) is being sent.
LIST_TAIL = 600


@dataclass(frozen=True)
class MirrorStatus:
    attendees: int
    refreshed_at: dt.datetime | None  # naive UTC of the last successful refresh
    path: Path

    def age_seconds(self, now: dt.datetime | None = None) -> float | None:
        if self.refreshed_at is None:
            return None
        return (
            (now or dt.datetime.now(dt.UTC).replace(tzinfo=None)) - self.refreshed_at
        ).total_seconds()


def _mirror_pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _plain_copy(tbl: Table, meta: MetaData) -> Table:
    """`tbl` in `meta` with its columns, defaults and unique constraints, no foreign keys."""
    cols = [
        Column(c.name, c.type, primary_key=c.primary_key, nullable=c.nullable, default=c.default)
        for c in tbl.columns
    ]
    uniques = [
        UniqueConstraint(*[c.name for c in u.columns])
        for u in tbl.constraints
        if isinstance(u, UniqueConstraint)
    ]
    return Table(tbl.name, meta, *cols, *uniques)


def _add_missing_columns(engine: Engine, meta: MetaData) -> bool:
    """Add to a mirror file written by an earlier Confdesk the columns its tables lack (a
    column added since), keeping its rows, its search index and its triggers, so the desk
    still admits people from it while the server is away; the next refresh that reaches the
    server copies every attendee again, with the new columns' values. True if any was added."""
    from sqlalchemy import inspect

    insp = inspect(engine)
    added: list[str] = []
    for name, tbl in meta.tables.items():
        if not insp.has_table(name):
            continue
        have = {c["name"] for c in insp.get_columns(name)}
        for col in tbl.columns:
            if col.name in have:
                continue
            kind = col.type.compile(dialect=engine.dialect)
            default = getattr(col.server_default, "arg", None)
            tail = f" DEFAULT '{default}'" if isinstance(default, str) else ""
            added.append(f'ALTER TABLE "{name}" ADD COLUMN "{col.name}" {kind}{tail}')
    if added:
        with engine.begin() as conn:
            for stmt in added:
                conn.exec_driver_sql(stmt)
            if insp.has_table("mirror_state"):
                # The whole event again at the next refresh (rows kept until then).
                conn.exec_driver_sql("DELETE FROM mirror_state WHERE key = 'updated_since'")
    return bool(added)


def mirror_path(store_url: str, desk: str) -> Path:
    """Where a desk's mirror of an event lives (next to its journal, in `mirrors/`)."""
    return data_dir() / "mirrors" / journal_path(store_url, desk).name


class Mirror:
    """One desk's mirror file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        os.chmod(path.parent, 0o700)
        if not path.exists():
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
        self.engine: Engine = create_engine(
            f"sqlite:///{path}", connect_args={"timeout": BUSY_MS / 1000}
        )
        # The journal is the record of what the desk did; the mirror is a copy: WAL and
        # synchronous=NORMAL keep its per-scan note cheap.
        event.listen(self.engine, "connect", _mirror_pragmas)
        self.unreachable_at = -1e9  # time.monotonic() when the server last failed to answer
        self._ready: bool | None = None
        meta = MetaData()
        for tbl in _TABLES:
            tbl.to_metadata(meta)
        for tbl in (*_LIST_TABLES, *_SINKS):
            _plain_copy(tbl, meta)
        _add_missing_columns(self.engine, meta)
        meta.create_all(self.engine)
        with self.engine.begin() as conn:
            ensure_sqlite_index(conn)  # the desk searches its mirror while the server is away
            conn.exec_driver_sql(
                "CREATE TABLE IF NOT EXISTS mirror_state (key TEXT PRIMARY KEY, value TEXT)"
            )

    def mark_unreachable(self) -> None:
        """The server did not answer just now: the desk goes to the mirror for a while."""
        self.unreachable_at = time.monotonic()

    def mark_reachable(self) -> None:
        """The server answered: the next read or write asks it again."""
        self.unreachable_at = -1e9

    def recently_unreachable(self, within: float = PROBE_EVERY_S) -> bool:
        """Whether the server failed to answer less than `within` seconds ago (ask the
        mirror instead)."""
        return time.monotonic() - self.unreachable_at < within

    def ready(self) -> bool:
        """Whether the mirror holds a copy of the event (it was refreshed at least once)."""
        if not self._ready:
            self._ready = self.status().refreshed_at is not None
        return self._ready

    def close(self) -> None:
        self.engine.dispose()

    def session(self) -> Session:
        """A read session on the mirror (for desk_journal.decide_scan)."""
        return Session(self.engine)

    def _state(self, conn: Connection, key: str) -> str | None:
        value = conn.execute(
            text("SELECT value FROM mirror_state WHERE key = :k"), {"k": key}
        ).scalar()
        return None if value is None else str(value)

    def _set(self, conn: Connection, key: str, value: str) -> None:
        conn.execute(
            text("INSERT OR REPLACE INTO mirror_state (key, value) VALUES (:k, :v)"),
            {"k": key, "v": value},
        )

    def refresh(self, server: Session) -> int:
        """Bring the mirror up to date from the server (a session on the event's store);
        returns how many attendee rows were copied."""
        t_start = (
            server.scalar(select(func.now()))
            if server.get_bind().dialect.name == "postgresql"
            else None
        )
        with self.engine.begin() as conn:
            since_text = self._state(conn, "updated_since")
            last_log = int(self._state(conn, "last_log") or 0)
            last_list_scan = int(self._state(conn, "last_list_scan") or 0)
            max_id = conn.execute(select(func.max(_A.c.id))).scalar() or 0
            max_ticket = conn.execute(select(func.max(_T.c.id))).scalar() or 0
        events = [dict(r) for r in server.execute(select(_E)).mappings()]
        top_log = server.scalar(select(func.max(_L.c.id))) or 0
        if since_text is None:
            changed = select(_A)
        else:
            since = dt.datetime.fromisoformat(since_text)
            moved = select(_L.c.attendee_id).where(
                _L.c.id > last_log, _L.c.attendee_id.is_not(None)
            )
            # Three indexed lookups (a UNION, not one OR that the planner would scan for).
            changed_ids = union(
                select(_A.c.id).where(_A.c.id > max_id),
                select(_A.c.id).where(_A.c.event_id.is_not(None), _A.c.updated_at > since),
                moved,
            )
            changed = select(_A).where(_A.c.id.in_(changed_ids))
        people = [dict(r) for r in server.execute(changed).mappings()]
        tickets = [
            dict(r) for r in server.execute(select(_T).where(_T.c.id > max_ticket)).mappings()
        ]
        revoked = [dict(r) for r in server.execute(select(_R)).mappings()]  # few: lost badges
        templates = [dict(r) for r in server.execute(select(_B)).mappings()]  # a few, small
        first = since_text is None
        lists = _ListCopy.read(server, None if first else last_list_scan)
        if first:
            # The first copy (the whole event, seconds for 100,000 people with the search
            # index) goes in several short transactions, so the desk's own notes to the mirror
            # never wait long; the mirror is not ready until the last one below.
            for k in range(0, max(len(people), 1), FIRST_COPY_CHUNK):
                with self.engine.begin() as conn:
                    if k == 0:
                        conn.execute(delete(_A).where(_A.c.id > 0))  # a copy cut off before
                    if people:
                        conn.execute(insert(_A), people[k : k + FIRST_COPY_CHUNK])
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        # Changes made while this refresh ran are caught by the next one (a 5 s overlap).
        stamp = (t_start.replace(tzinfo=None) if t_start is not None else now) - dt.timedelta(
            seconds=5
        )
        with self.engine.begin() as conn:
            conn.execute(delete(_E))
            if events:
                conn.execute(insert(_E), events)
            if people and not first:
                ids = [p["id"] for p in people]
                for k in range(0, len(ids), 500):
                    conn.execute(delete(_A).where(_A.c.id.in_(ids[k : k + 500])))
                conn.execute(insert(_A), people)
            if tickets:
                conn.execute(insert(_T).prefix_with("OR REPLACE"), tickets)
            conn.execute(delete(_R))
            if revoked:
                conn.execute(insert(_R), revoked)
            conn.execute(delete(_B))
            if templates:
                conn.execute(insert(_B), templates)
            # Walk-ins registered here offline that the server now has (their provisional
            # code is a ticket code of the server's attendee): the provisional rows go.
            settled = select(_T.c.code).where(_T.c.attendee_id > 0)
            conn.execute(delete(_T).where(_T.c.attendee_id < 0, _T.c.code.in_(settled)))
            conn.execute(delete(_A).where(_A.c.id < 0, _A.c.badge_code.in_(settled)))
            lists.write(conn)
            self._set(conn, "last_list_scan", str(lists.top_scan))
            self._set(conn, "updated_since", stamp.isoformat())
            self._set(conn, "last_log", str(top_log))
            self._set(conn, "refreshed_at", now.isoformat())
        self._ready = True
        return len(people)

    def list_session(self) -> Session:
        """A session on the mirror for a list scan decided offline (its changes to who is on
        the list are kept until the server's state replaces them)."""
        return Session(self.engine)

    def _note(self, stmt: Any) -> None:
        """Apply one of the desk's own changes to the mirror, best effort: the journal (or
        the server) has it already, and the next refresh brings it anyway, so a mirror busy
        with a long refresh never holds up a scan (at most NOTE_WAIT_MS)."""
        try:
            with self.engine.begin() as conn:
                conn.exec_driver_sql(f"PRAGMA busy_timeout = {NOTE_WAIT_MS}")
                try:
                    conn.execute(stmt)
                finally:
                    conn.exec_driver_sql(f"PRAGMA busy_timeout = {BUSY_MS}")
        except SQLAlchemyError:
            # Locked by the refresh, or about a list added since the last one: the refresh
            # copies the server's state instead.
            pass

    def note_check_in(self, attendee_id: int, desk: str, at: dt.datetime) -> None:
        """Record an offline check-in in the mirror too, so a second scan at this desk says
        "already checked in" while the server is away."""
        self._note(
            _A.update()
            .where(_A.c.id == attendee_id, _A.c.checked_in_at.is_(None))
            .values(checked_in_at=at, checked_in_desk=desk)
        )

    def note_presence(self, list_name: str, attendee_id: int, desk: str, inside: bool) -> None:
        """Record this desk's own admission to a list (or exit from its door) made on the
        server in the mirror too, so a scan a second later during an outage says "already"."""
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        list_id = select(_CL.c.id).where(_CL.c.name == list_name).scalar_subquery()
        # (A list added on the server since the last refresh is not here: NULL, refused.)
        row = {"list_id": list_id, "attendee_id": attendee_id, "desk": desk, "inside": inside}
        stmt = sqlite_insert(_P).values(
            **row, first_at=dt.datetime.now(dt.UTC).replace(tzinfo=None)
        )
        self._note(
            stmt.on_conflict_do_update(
                index_elements=[_P.c.list_id, _P.c.attendee_id], set_={"inside": inside}
            )
        )

    def forget_presence(self, list_name: str, attendee_id: int) -> None:
        """Record this desk's own undo on a list, made on the server, in the mirror too."""
        list_id = select(_CL.c.id).where(_CL.c.name == list_name).scalar_subquery()
        self._note(delete(_P).where(_P.c.list_id == list_id, _P.c.attendee_id == attendee_id))

    def lowest_id(self) -> int:
        """The lowest attendee id in the mirror, or 0 (provisional walk-ins are below 0)."""
        with self.engine.connect() as conn:
            low = conn.execute(select(func.min(_A.c.id))).scalar() or 0
        return min(int(low), 0)

    def has_attendee(self, attendee_id: int) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(_A.c.id).where(_A.c.id == attendee_id)).first() is not None

    def ticket_owner(self, code: str) -> int | None:
        """The attendee a ticket code belongs to in the mirror."""
        with self.engine.connect() as conn:
            return conn.execute(select(_T.c.attendee_id).where(_T.c.code == code)).scalar()

    def add_provisional(
        self, pid: int, values: dict[str, Any], code: str, desk: str, at: dt.datetime
    ) -> None:
        """A walk-in registered offline, checked in: in the mirror until the journal is sent
        (found by the desk's search, its provisional code scans as "already checked in")."""
        from desktop.core.attendees import EDITABLE, search_text_for

        with self.engine.begin() as conn:
            event_id = conn.execute(select(_E.c.id).order_by(_E.c.id).limit(1)).scalar()
            row = {
                **{k: "" for k in EDITABLE if k != "external_id"},  # as add_attendees fills
                **values,
                "id": pid,
                "event_id": event_id,
                "number": pid,
                "badge_code": code,
                "status": "registered",
                "extra": {},
                "print_count": 0,
                "checked_in_at": at,
                "checked_in_desk": desk,
                "created_at": at,
                "updated_at": at,
            }
            row["external_id"] = values.get("external_id") or None
            row["search_text"] = search_text_for(row, [code])
            conn.execute(insert(_A), [row])
            # A negative id, like the attendee's: refresh asks the server for ticket codes
            # above the mirror's highest id, which a local row must not move.
            conn.execute(
                insert(_T),
                [
                    {
                        "id": pid,
                        "event_id": event_id,
                        "attendee_id": pid,
                        "code": code,
                        "source": PROVISIONAL_SOURCE,
                    }
                ],
            )

    def note_print(self, attendee_id: int, at: dt.datetime) -> None:
        """Record an offline print that counts (the spooler took it) in the mirror too, so the
        "print once" policy does not print the badge again while the server is away."""
        self._note(
            _A.update()
            .where(_A.c.id == attendee_id)
            .values(badge_printed_at=at, print_count=_A.c.print_count + 1)
        )

    def note_undo(self, attendee_id: int) -> None:
        """Record an offline undo in the mirror too (scanned again, the person is checked in
        again, not "already")."""
        self._note(
            _A.update()
            .where(_A.c.id == attendee_id)
            .values(checked_in_at=None, checked_in_desk=None)
        )

    def status(self) -> MirrorStatus:
        with self.engine.connect() as conn:
            count = conn.execute(select(func.count()).select_from(_A)).scalar() or 0
            when = self._state(conn, "refreshed_at")
        return MirrorStatus(
            int(count), dt.datetime.fromisoformat(when) if when else None, self.path
        )


@dataclass
class _ListCopy:
    """The server's check-in lists as the mirror needs them: every list, room and sign-up
    (a few thousand rows at most), and the people on the lists: all of them the first time,
    then only those whose presence a list scan since `last_scan` may have changed."""

    lists: list[dict[str, Any]]
    rooms: list[dict[str, Any]]
    signups: list[dict[str, Any]]
    presence: list[dict[str, Any]]
    touched: list[tuple[int, int]] | None  # None: the whole presence table was read
    top_scan: int

    @classmethod
    def read(cls, server: Session, last_scan: int | None) -> _ListCopy:
        top: int = server.scalar(select(func.max(_LS.c.id))) or 0
        touched: list[tuple[int, int]] | None = None
        if last_scan is None:
            presence = [dict(r) for r in server.execute(select(_P)).mappings()]
        else:
            # The last LIST_TAIL scans again: on PostgreSQL one can commit after a scan with
            # a higher id (two desks at once), after the last refresh went past it.
            pairs = select(_LS.c.list_id, _LS.c.attendee_id).where(
                _LS.c.id > last_scan - LIST_TAIL, _LS.c.id <= top, _LS.c.attendee_id.is_not(None)
            )
            found: list[tuple[int, int]] = [
                (int(r[0]), int(r[1])) for r in server.execute(pairs.distinct())
            ]
            touched = sorted(set(found))
            presence = []
            for k in range(0, len(touched), 400):
                chunk = touched[k : k + 400]
                ids = {b for _a, b in chunk}
                rows = server.execute(select(_P).where(_P.c.attendee_id.in_(ids))).mappings()
                wanted = set(chunk)
                presence += [dict(r) for r in rows if (r["list_id"], r["attendee_id"]) in wanted]
        return cls(
            [dict(r) for r in server.execute(select(_CL)).mappings()],
            [dict(r) for r in server.execute(select(_RM)).mappings()],
            [dict(r) for r in server.execute(select(_S)).mappings()],
            presence,
            touched,
            top,
        )

    def write(self, conn: Connection) -> None:
        for tbl, rows in ((_CL, self.lists), (_RM, self.rooms), (_S, self.signups)):
            conn.execute(delete(tbl))
            if rows:
                conn.execute(insert(tbl), rows)
        if self.touched is None:
            conn.execute(delete(_P))
        else:
            for list_id, attendee_id in self.touched:
                conn.execute(
                    delete(_P).where(_P.c.list_id == list_id, _P.c.attendee_id == attendee_id)
                )
        if self.presence:
            # A row this desk made offline may hold an id the server gave someone else.
            ids = [p["id"] for p in self.presence]
            for k in range(0, len(ids), 500):
                conn.execute(delete(_P).where(_P.c.id.in_(ids[k : k + 500])))
            conn.execute(insert(_P), self.presence)
        # A list removed on the server takes its people with it here too.
        conn.execute(delete(_P).where(_P.c.list_id.not_in(select(_CL.c.id))))
        for sink in _SINKS:
            conn.execute(delete(sink))
