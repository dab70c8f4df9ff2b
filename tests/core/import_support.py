"""Helpers shared by the import/export tests: run an import, count rows, read attendees."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from db.models import Attendee, AuditLog, CheckIn, PrintLog, TicketCode
from desktop.core.attendee_import import ImportOptions, ImportResult, import_file
from desktop.core.attendees import EDITABLE
from desktop.core.events import current_event


def run_import(store: Any, path: Path, **options: Any) -> ImportResult:
    with store.session() as s:
        return import_file(s, current_event(s), path, ImportOptions(**options))


def write_csv(path: Path, header: list[str], rows: list[list[Any]], **kw: Any) -> Path:
    with path.open("w", encoding=kw.pop("encoding", "utf-8"), newline="") as fh:
        w = csv.writer(fh, **kw)
        w.writerow(header)
        w.writerows(rows)
    return path


def counts(store: Any) -> dict[str, int]:
    """Rows per table an import could touch: the 'database unchanged' check."""
    with store.factory() as s:
        return {
            m.__tablename__: s.scalar(select(func.count()).select_from(m)) or 0
            for m in (Attendee, TicketCode, CheckIn, PrintLog, AuditLog)
        }


def people(store: Any) -> list[dict[str, Any]]:
    """Every attendee as comparable data (no ids, codes or timestamps), sorted."""
    with store.factory() as s:
        codes: dict[int, list[tuple[str, str]]] = {}
        for aid, code, src in s.execute(
            select(TicketCode.attendee_id, TicketCode.code, TicketCode.source)
        ):
            codes.setdefault(aid, []).append((code, src))
        out = []
        for a in s.scalars(select(Attendee).order_by(Attendee.number)):
            rec = {f: getattr(a, f) for f in EDITABLE}
            rec.update(
                status=a.status, extra=dict(a.extra or {}), tickets=sorted(codes.get(a.id, []))
            )
            out.append(rec)
        return out


def by_email(store: Any, email: str) -> Attendee:
    with store.factory() as s:
        return s.scalars(select(Attendee).where(Attendee.email == email)).one()
