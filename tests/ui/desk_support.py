"""Shared helpers of the desk and attendee-dialog GUI tests: a real context on a real store."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from db.engine import Store
from db.models import Attendee, Event
from desktop.ui.context import AppContext
from desktop.ui.worker import DbWorker


@contextmanager
def desk_context(store: Store, desk: str = "Desk 1", operator: str = "tester") -> Iterator[Any]:
    """An AppContext with its own writer thread, shut down afterwards."""
    worker = DbWorker(store)
    with store.session() as s:
        event_id = s.scalar(select(Event.id))
    ctx = AppContext(store=store, worker=worker, event_id=event_id, desk=desk, operator=operator)
    try:
        yield ctx
    finally:
        worker.shutdown()


def attendee(store: Store, **where: Any) -> Attendee:
    """The first attendee matching column=value filters (detached, fields loaded)."""
    with store.session() as s:
        q = select(Attendee).order_by(Attendee.id)
        for k, v in where.items():
            q = q.where(getattr(Attendee, k) == v)
        a = s.scalars(q.limit(1)).one()
        s.expunge(a)
        return a


def pixel(widget: QWidget, x: int, y: int) -> QColor:
    """The colour a user sees at (x, y) of the widget (rendered offscreen)."""
    return widget.grab().toImage().pixelColor(x, y)


def close(a: QColor, b: QColor, tol: int = 12) -> bool:
    return all(abs(p - q) <= tol for p, q in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))
