"""One desk's link to its event: the store, the desk journal and (on PostgreSQL) the mirror.

`DeskLink.open(db, desk)` works whether or not the event's server answers: when it does not,
the desk goes on from its mirror (scans are journaled and sent later). The desk's write lane in
the app and the `confdesk checkin`, `confdesk desk status|sync` commands share it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy.orm import Session

from db.engine import Store, open_store, unconnected_store
from db.errors import ServerUnreachableError, StoreError, is_connection_lost
from desktop.core.desk_journal import (
    DeskJournal,
    DeskScan,
    DeskUndo,
    ReplayReport,
    check_in_or_journal,
    journal_path,
    scan_or_journal,
    send_journal,
    undo_or_journal,
)
from desktop.core.mirror import Mirror, MirrorStatus, mirror_path

if TYPE_CHECKING:
    from desktop.core.checkin_lists import ListScanResult
    from desktop.core.offline_lists import DeskListScan, DeskListUndo
from desktop.core.offline_walk_in import DeskWalkIn, walk_in_or_journal

T = TypeVar("T")


@dataclass
class DeskStatus:
    online: bool
    waiting: int
    mirror: MirrorStatus | None
    offline_since: dt.datetime | None = None


class DeskLink:
    """The store (possibly not reachable), this desk's journal and mirror."""

    def __init__(self, store: Store, desk: str, online: bool) -> None:
        self.store = store
        self.desk = desk
        self.online = online
        self.journal = DeskJournal(journal_path(store.url, desk))
        self.mirror = None if store.is_sqlite else Mirror(mirror_path(store.url, desk))

    @classmethod
    def open(cls, db: str | None, desk: str) -> DeskLink:
        """Open the event for this desk; an unreachable PostgreSQL server is not an error
        when the desk has a mirror of the event."""
        try:
            return cls(open_store(db), desk, online=True)
        except ServerUnreachableError:
            store = unconnected_store(db)
        link = cls(store, desk, online=False)
        if link.mirror is None or not link.mirror.ready():
            link.close()
            raise StoreError(
                "the event's server cannot be reached and this desk has no copy of the event yet"
            )
        return link

    def scan(self, raw: str, operator: str = "", wait_ms: int = 150) -> DeskScan:
        answer = scan_or_journal(
            self.store, self.journal, raw, self.desk, operator, wait_ms, mirror=self.mirror
        )
        self.online = not answer.offline
        return answer

    def check_in(self, attendee_id: int, operator: str = "", wait_ms: int = 150) -> DeskScan:
        """Check in a person found otherwise than by their code (by name, or an e-mail
        confirmed as at a kiosk); kept in the journal when the event is busy or unreachable."""
        answer = check_in_or_journal(
            self.store, self.journal, attendee_id, self.desk, operator, wait_ms, self.mirror
        )
        self.online = not answer.offline
        return answer

    def list_scan(
        self, job: Callable[[Session], ListScanResult], operator: str = "", code: str = ""
    ) -> DeskListScan:
        """A scan on a check-in list (`job`: a checkin_lists call); from the mirror and kept
        in the journal while the server cannot be reached."""
        from desktop.core.offline_lists import list_scan_or_journal

        answer = list_scan_or_journal(
            self.store, self.journal, self.mirror, job, self.desk, operator, code
        )
        self.online = not answer.offline
        return answer

    def list_undo(
        self, attendee_id: int, ref: str | int, reason: str, operator: str = ""
    ) -> DeskListUndo:
        """Take a person off a check-in list; kept in the journal while the server is away."""
        from desktop.core.offline_lists import list_undo_or_journal

        answer = list_undo_or_journal(
            self.store, self.journal, self.mirror, attendee_id, ref, self.desk, operator, reason
        )
        self.online = not answer.offline
        return answer

    def undo(
        self, attendee_id: int, reason: str, operator: str = "", wait_ms: int = 150
    ) -> DeskUndo:
        """Take back a check-in; kept in the journal when the event is busy or unreachable."""
        answer = undo_or_journal(
            self.store,
            self.journal,
            attendee_id,
            reason,
            self.desk,
            operator,
            wait_ms,
            mirror=self.mirror,
        )
        self.online = not answer.offline
        return answer

    def read(self, fn: Callable[[Session], T]) -> T:
        """A read on the event's store, or on the mirror while the server cannot be reached."""
        if self.online or self.mirror is None:
            try:
                with self.store.factory() as s:
                    return fn(s)
            except Exception as exc:
                if self.mirror is None or not is_connection_lost(exc):
                    raise
                self.online = False
                self.mirror.mark_unreachable()
        with self.mirror.session() as s:
            return fn(s)

    def write(self, fn: Callable[[Session, bool], T]) -> T:
        """`fn(session, offline)` in a transaction on the event's store, or on the mirror
        (offline=True: nothing written there is kept) while the server cannot be reached."""
        if self.online or self.mirror is None:
            try:
                with self.store.write_session() as s:
                    return fn(s, False)
            except Exception as exc:
                if self.mirror is None or not is_connection_lost(exc):
                    raise
                self.online = False
                self.mirror.mark_unreachable()
        with self.mirror.session() as s:
            return fn(s, True)

    def walk_in(self, fields: dict[str, Any], operator: str = "") -> DeskWalkIn:
        """Register a walk-in and check them in; in the mirror and journal when offline."""
        answer = walk_in_or_journal(
            self.store, self.journal, fields, self.desk, operator, mirror=self.mirror
        )
        self.online = not answer.offline
        return answer

    def sync(self, wait_ms: int = 2000) -> ReplayReport | None:
        """Send what the journal holds and refresh the mirror; None while still unreachable."""
        report = send_journal(self.store, self.journal, wait_ms, mirror=self.mirror)
        if report is None:
            self.online = self.online and self.store.is_sqlite
            return None
        self.refresh_mirror()
        return report

    def refresh_mirror(self) -> bool:
        """Bring the mirror up to date; False when the server did not answer."""
        if self.mirror is None:
            return True
        try:
            with self.store.factory() as s:
                self.mirror.refresh(s)
            self.online = True
            self.mirror.mark_reachable()
            return True
        except Exception as exc:
            if not is_connection_lost(exc):
                raise
            self.online = False
            return False

    def status(self) -> DeskStatus:
        return DeskStatus(
            online=self.online,
            waiting=self.journal.count_waiting(),
            mirror=self.mirror.status() if self.mirror else None,
        )

    def close(self) -> None:
        if self.mirror is not None:
            self.mirror.close()
        self.journal.close()
        self.store.close()
