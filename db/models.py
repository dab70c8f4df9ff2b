"""SQLAlchemy 2 typed models: the whole Confdesk domain.

Conventions every module relies on:
- Times are stored as naive UTC datetimes (`utcnow()`); the event's time zone is applied only
  when showing or printing them. SQLite keeps no time zone, so one rule for both backends.
- A store holds one event (one SQLite file per event, or one PostgreSQL database); rows still
  carry `event_id` so that the schema never has to change if a store holds several.
- Logs (check-ins, prints, audit) are append-only: rows are added, never updated or deleted.
- Schema changes go through Alembic (`db/migrations`); never `create_all` on a real store.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> dt.datetime:
    """The current time as the naive UTC datetime the store keeps."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


# A name written in Han characters only (the name fields of a Chinese-only registration).
_CHINESE_NAME = re.compile("[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f\u00b7\u30fb]+")


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[Any]: JSON}


def table(model: type[Base]) -> Table:
    """A model's Table, for Core statements (SQLAlchemy types `__table__` as a FromClause)."""
    t = model.__table__
    assert isinstance(t, Table)
    return t


CATEGORIES = ("attendee", "speaker", "vip", "press", "staff", "exhibitor", "sponsor", "student")
ATTENDEE_STATUSES = ("registered", "cancelled")
SESSION_TYPES = ("keynote", "talk", "panel", "round_table", "workshop", "break", "plenary")
SESSION_STATUSES = ("draft", "confirmed", "cancelled")
SPEAKER_ROLES = ("speaker", "moderator", "panelist")


class Event(Base):
    __tablename__ = "event"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    venue: Mapped[str] = mapped_column(String(300), default="")
    timezone: Mapped[str] = mapped_column(String(64), default="Asia/Hong_Kong")
    start_date: Mapped[dt.date | None]
    end_date: Mapped[dt.date | None]
    # Hex-encoded secret for badge codes (HMAC-SHA256); never leaves the store.
    signing_key: Mapped[str] = mapped_column(String(128))
    # Short per-event tag inside badge codes, so a code of another event is recognised.
    code_prefix: Mapped[str] = mapped_column(String(8), default="")
    logo_path: Mapped[str | None] = mapped_column(String(1000))
    settings: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Attendee(Base):
    __tablename__ = "attendee"
    __table_args__ = (
        UniqueConstraint("event_id", "badge_code", name="uq_attendee_badge_code"),
        UniqueConstraint("event_id", "number", name="uq_attendee_number"),
        Index("ix_attendee_event_family", "event_id", "family_name", "given_name"),
        Index("ix_attendee_event_email", "event_id", "email"),
        Index("ix_attendee_event_external", "event_id", "external_id"),
        Index("ix_attendee_event_order", "event_id", "order_code"),
        Index("ix_attendee_event_checked_in", "event_id", "checked_in_at"),
        Index("ix_attendee_event_category", "event_id", "category"),
        # The desks' mirrors ask for attendees changed since their last refresh.
        Index("ix_attendee_updated", "event_id", "updated_at"),
        # Covering index of the dashboard's counts (desktop/core/dashboard.py).
        Index(
            "ix_attendee_dashboard",
            "event_id",
            "status",
            "category",
            "checked_in_desk",
            "checked_in_at",
            "badge_printed_at",
            "merged_into_id",
            "print_count",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    # Attendee number shown to staff (sequential per event).
    number: Mapped[int] = mapped_column(Integer)
    external_id: Mapped[str | None] = mapped_column(String(200))
    # The ticketing system's order (pretix's order code, Eventbrite's Order #): shared by the
    # people of one order, searched and scanned at the desk.
    order_code: Mapped[str] = mapped_column(String(64), default="", server_default="")
    given_name: Mapped[str] = mapped_column(String(300), default="")
    family_name: Mapped[str] = mapped_column(String(300), default="")
    # Name in Chinese or another script, printed on its own badge line.
    name_local: Mapped[str] = mapped_column(String(300), default="")
    organization: Mapped[str] = mapped_column(String(300), default="")
    title: Mapped[str] = mapped_column(String(300), default="")
    email: Mapped[str] = mapped_column(String(320), default="")
    phone: Mapped[str] = mapped_column(String(64), default="")
    country: Mapped[str] = mapped_column(String(64), default="")
    category: Mapped[str] = mapped_column(String(32), default="attendee")
    status: Mapped[str] = mapped_column(String(16), default="registered")
    badge_code: Mapped[str] = mapped_column(String(64))
    notes: Mapped[str] = mapped_column(Text, default="")
    # Shown on the desk's result panel ("VIP: call host").
    staff_note: Mapped[str] = mapped_column(String(500), default="")
    extra: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # Lower-cased, accent-free text of every searchable field, kept by core.attendees.
    search_text: Mapped[str] = mapped_column(Text, default="")
    checked_in_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    checked_in_desk: Mapped[str | None] = mapped_column(String(100))
    badge_printed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    print_count: Mapped[int] = mapped_column(Integer, default=0)
    # Set when this record was merged into another one; it is then hidden.
    merged_into_id: Mapped[int | None] = mapped_column(
        ForeignKey("attendee.id", ondelete="SET NULL")
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    tickets: Mapped[list[TicketCode]] = relationship(
        back_populates="attendee", cascade="all, delete-orphan"
    )

    @property
    def display_name(self) -> str:
        """Given name then family name; a Chinese name family name first, no space (陳大文)."""
        given, family = self.given_name or "", self.family_name or ""
        chinese = "".join(f"{family}{given}".split())
        if _CHINESE_NAME.fullmatch(chinese):  # as desktop.core.text.printed_names prints it
            return chinese
        return " ".join(p for p in (given, family) if p)


class TicketCode(Base):
    """A code from the ticketing system (pretix secret, Eventbrite barcode...) also accepted."""

    __tablename__ = "ticket_code"
    __table_args__ = (UniqueConstraint("event_id", "code", name="uq_ticket_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    attendee_id: Mapped[int] = mapped_column(
        ForeignKey("attendee.id", ondelete="CASCADE"), index=True
    )
    code: Mapped[str] = mapped_column(String(255))
    source: Mapped[str] = mapped_column(String(32), default="")

    attendee: Mapped[Attendee] = relationship(back_populates="tickets")


class CheckIn(Base):
    """Append-only log of every scan and undo at any desk, including refused scans."""

    __tablename__ = "checkin_log"
    __table_args__ = (Index("ix_checkin_event_at", "event_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    attendee_id: Mapped[int | None] = mapped_column(
        ForeignKey("attendee.id", ondelete="SET NULL"), index=True
    )
    # checked_in | already | undo | unknown | forged | other_event | cancelled | invalid | revoked
    result: Mapped[str] = mapped_column(String(16))
    code: Mapped[str] = mapped_column(String(255), default="")
    desk: Mapped[str] = mapped_column(String(100), default="")
    operator: Mapped[str] = mapped_column(String(100), default="")
    reason: Mapped[str] = mapped_column(String(500), default="")
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


# What happened to a badge (print_log.status). Only the first two count as printed (the
# attendee's print count and badge_printed_at, the dashboard, the desk's print-if-not-printed).
PRINT_STATUSES = (
    "printed",  # the spooler accepted the job (lp gave a job id, or the QPrinter job was taken)
    "to_file",  # a batch PDF made for printing ("mark printed"): printed elsewhere from the file
    "failed",  # not printed: `error` says what the spooler or printer said
    "pdf_only",  # a desk badge written to a PDF because no badge printer is chosen
)
COUNTED_PRINT_STATUSES = ("printed", "to_file")


class PrintLog(Base):
    """Append-only log of every badge sent to a printer or made for printing, and of every
    print that failed (batch, desk, reprint). Proofs are not logged."""

    __tablename__ = "print_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    attendee_id: Mapped[int | None] = mapped_column(
        ForeignKey("attendee.id", ondelete="SET NULL"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16), default="batch")  # batch | desk | reprint
    template: Mapped[str] = mapped_column(String(200), default="")
    destination: Mapped[str] = mapped_column(String(500), default="")  # printer or PDF path
    reason: Mapped[str] = mapped_column(String(500), default="")
    warning: Mapped[str] = mapped_column(String(500), default="")
    desk: Mapped[str] = mapped_column(String(100), default="")
    operator: Mapped[str] = mapped_column(String(100), default="")
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    status: Mapped[str] = mapped_column(String(16), default="printed")  # PRINT_STATUSES
    job: Mapped[str] = mapped_column(String(100), default="")  # the spooler's job id
    error: Mapped[str] = mapped_column(String(500), default="")  # why it failed


class RevokedBadge(Base):
    """A badge code that no longer checks in: the badge was lost and reprinted with a new code.

    Append-only. A scan of such a code is refused ("revoked badge"), naming when and where
    the new badge was printed.
    """

    __tablename__ = "revoked_badge"
    __table_args__ = (UniqueConstraint("event_id", "code", name="uq_revoked_badge_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    attendee_id: Mapped[int | None] = mapped_column(
        ForeignKey("attendee.id", ondelete="SET NULL"), index=True
    )
    code: Mapped[str] = mapped_column(String(255))
    reason: Mapped[str] = mapped_column(String(500), default="")
    desk: Mapped[str] = mapped_column(String(100), default="")
    operator: Mapped[str] = mapped_column(String(100), default="")
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Room(Base):
    __tablename__ = "room"
    __table_args__ = (UniqueConstraint("event_id", "name", name="uq_room_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    capacity: Mapped[int | None] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer, default=0)
    # [[start_iso_utc, end_iso_utc], ...]; empty means always available.
    availability: Mapped[list[Any]] = mapped_column(default=list)
    external_id: Mapped[str | None] = mapped_column(String(200))


class Track(Base):
    __tablename__ = "track"
    __table_args__ = (UniqueConstraint("event_id", "name", name="uq_track_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    color: Mapped[str] = mapped_column(String(16), default="#888888")


class Session(Base):
    """A scheduled item: keynote, talk, panel, round table, workshop, break, plenary."""

    __tablename__ = "session"
    __table_args__ = (Index("ix_session_event_start", "event_id", "start"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    guid: Mapped[str] = mapped_column(String(64))
    external_id: Mapped[str | None] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(500))
    subtitle: Mapped[str] = mapped_column(String(500), default="")
    abstract: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(16), default="en")
    type: Mapped[str] = mapped_column(String(32), default="talk")
    status: Mapped[str] = mapped_column(String(16), default="draft")
    track_id: Mapped[int | None] = mapped_column(ForeignKey("track.id", ondelete="SET NULL"))
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id", ondelete="SET NULL"))
    # Unscheduled while start is None. duration is kept when a session is unscheduled.
    start: Mapped[dt.datetime | None] = mapped_column(DateTime)
    duration_min: Mapped[int] = mapped_column(Integer, default=30)
    # A plenary spans all rooms (keynotes in the main hall with overflow, lunch...).
    plenary: Mapped[bool] = mapped_column(Boolean, default=False)
    expected_audience: Mapped[int | None] = mapped_column(Integer)
    slug: Mapped[str] = mapped_column(String(300), default="")
    url: Mapped[str] = mapped_column(String(1000), default="")
    extra: Mapped[dict[str, Any]] = mapped_column(default=dict)

    room: Mapped[Room | None] = relationship()
    track: Mapped[Track | None] = relationship()
    speakers: Mapped[list[SessionSpeaker]] = relationship(
        back_populates="session", cascade="all, delete-orphan", order_by="SessionSpeaker.position"
    )

    @property
    def end(self) -> dt.datetime | None:
        if self.start is None:
            return None
        return self.start + dt.timedelta(minutes=self.duration_min)


class Speaker(Base):
    __tablename__ = "speaker"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    external_id: Mapped[str | None] = mapped_column(String(200))
    name: Mapped[str] = mapped_column(String(300))
    name_local: Mapped[str] = mapped_column(String(300), default="")
    organization: Mapped[str] = mapped_column(String(300), default="")
    title: Mapped[str] = mapped_column(String(300), default="")
    bio: Mapped[str] = mapped_column(Text, default="")
    photo_path: Mapped[str | None] = mapped_column(String(1000))
    email: Mapped[str] = mapped_column(String(320), default="")
    # [[start_iso_utc, end_iso_utc], ...]; empty means available throughout the event.
    availability: Mapped[list[Any]] = mapped_column(default=list)
    attendee_id: Mapped[int | None] = mapped_column(ForeignKey("attendee.id", ondelete="SET NULL"))
    # What the imported schedule said of the person beyond these columns: {"guid", "code"}.
    extra: Mapped[dict[str, Any]] = mapped_column(default=dict)

    sessions: Mapped[list[SessionSpeaker]] = relationship(
        back_populates="speaker", cascade="all, delete-orphan"
    )


class SessionSpeaker(Base):
    __tablename__ = "session_speaker"

    session_id: Mapped[int] = mapped_column(
        ForeignKey("session.id", ondelete="CASCADE"), primary_key=True
    )
    speaker_id: Mapped[int] = mapped_column(
        ForeignKey("speaker.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    role: Mapped[str] = mapped_column(String(16), default="speaker")
    position: Mapped[int] = mapped_column(Integer, default=0)

    session: Mapped[Session] = relationship(back_populates="speakers")
    speaker: Mapped[Speaker] = relationship(back_populates="sessions")


class ScheduleRelease(Base):
    """A published version of the schedule: a full snapshot, kept for ever."""

    __tablename__ = "schedule_release"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    notes: Mapped[str] = mapped_column(Text, default="")
    published_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    snapshot: Mapped[dict[str, Any]] = mapped_column(default=dict)
    changes: Mapped[list[Any]] = mapped_column(default=list)


class BadgeTemplate(Base):
    __tablename__ = "badge_template"
    __table_args__ = (UniqueConstraint("event_id", "name", name="uq_badge_template_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    version: Mapped[int] = mapped_column(Integer, default=1)
    spec: Mapped[dict[str, Any]] = mapped_column(default=dict)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class Asset(Base):
    """A file the event's printed matter uses (its logo, a badge template's image), kept in
    the store so every desk of the event has it: base64 text, one row per content."""

    __tablename__ = "asset"
    __table_args__ = (UniqueConstraint("event_id", "sha256", name="uq_asset_content"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    sha256: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(300), default="")  # the file name it came from
    media_type: Mapped[str] = mapped_column(String(64))  # image/png | image/jpeg
    data: Mapped[str] = mapped_column(Text)  # base64: the JSON-lines backup stays text
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Desk(Base):
    __tablename__ = "desk"
    __table_args__ = (UniqueConstraint("event_id", "name", name="uq_desk_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(100))
    last_seen: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class CheckinList(Base):
    """Who may check in where, and how often (desktop.core.checkin_lists): the event's
    badge pickup (once per event, the attendee's own check-in), one list per event day
    (once per day), and lists organizers add for a session, a room door, some categories,
    some hours, with entry and exit."""

    __tablename__ = "checkin_list"
    __table_args__ = (UniqueConstraint("event_id", "name", name="uq_checkin_list_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(16), default="custom")  # pickup | day | custom
    day: Mapped[dt.date | None] = mapped_column(Date)  # the event day it admits on
    session_id: Mapped[int | None] = mapped_column(ForeignKey("session.id", ondelete="SET NULL"))
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id", ondelete="SET NULL"))
    categories: Mapped[list[Any]] = mapped_column(default=list)  # empty: every category
    opens: Mapped[str] = mapped_column(String(5), default="")  # HH:MM local, "" always
    closes: Mapped[str] = mapped_column(String(5), default="")
    exits: Mapped[bool] = mapped_column(Boolean, default=False)  # entry and exit scans
    # Seats: people inside at once (a door with exits) or admitted (a once list); None: the
    # room's capacity, for a list at a room's door; no limit otherwise.
    capacity: Mapped[int | None] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer, default=0)
    # Who the door admits: anyone (while seats are free), signed_first (the signed-up
    # people's seats are held for them, others take the rest) or signed_only.
    admit: Mapped[str] = mapped_column(String(16), default="anyone", server_default="anyone")


class ListSignup(Base):
    """An attendee signed up for a list (a round table, a workshop): holding one of its seats,
    or waiting for one in the order they signed up (`position`)."""

    __tablename__ = "list_signup"
    __table_args__ = (UniqueConstraint("list_id", "attendee_id", name="uq_list_signup"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    list_id: Mapped[int] = mapped_column(ForeignKey("checkin_list.id", ondelete="CASCADE"))
    attendee_id: Mapped[int] = mapped_column(
        ForeignKey("attendee.id", ondelete="CASCADE"), index=True
    )
    waiting: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    desk: Mapped[str] = mapped_column(String(100), default="")


class ListPresence(Base):
    """An attendee on a check-in list: checked in (once), or in and out of a door."""

    __tablename__ = "list_presence"
    __table_args__ = (UniqueConstraint("list_id", "attendee_id", name="uq_list_presence"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    list_id: Mapped[int] = mapped_column(ForeignKey("checkin_list.id", ondelete="CASCADE"))
    attendee_id: Mapped[int] = mapped_column(
        ForeignKey("attendee.id", ondelete="CASCADE"), index=True
    )
    first_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    desk: Mapped[str] = mapped_column(String(100), default="")
    inside: Mapped[bool] = mapped_column(Boolean, default=True)


class ListScan(Base):
    """Append-only log of every scan on a check-in list (the badge pickup's are checkin_log
    rows): checked_in, already, exit, undo and each refusal, with the list's reason."""

    __tablename__ = "list_scan"
    __table_args__ = (
        Index("ix_list_scan_list_at", "list_id", "at"),
        Index("ix_list_scan_event_at", "event_id", "at"),  # a day's scans (the dashboard)
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    list_id: Mapped[int] = mapped_column(ForeignKey("checkin_list.id", ondelete="CASCADE"))
    attendee_id: Mapped[int | None] = mapped_column(
        ForeignKey("attendee.id", ondelete="SET NULL"), index=True
    )
    result: Mapped[str] = mapped_column(String(16))
    code: Mapped[str] = mapped_column(String(255), default="")
    desk: Mapped[str] = mapped_column(String(100), default="")
    operator: Mapped[str] = mapped_column(String(100), default="")
    reason: Mapped[str] = mapped_column(String(500), default="")
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class DeskAttempt(Base):
    """One row per online desk write on PostgreSQL, written in that write's own transaction:
    if the row is there, the write committed (desktop.core.in_doubt). A transaction id alone
    cannot say so: ids the server handed out just before a crash are handed out again."""

    __tablename__ = "desk_attempt"

    uid: Mapped[str] = mapped_column(String(32), primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class AuditLog(Base):
    """Append-only record of every edit, cancel, merge, undo and refused scan."""

    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_event_at", "event_id", "at"),
        Index("ix_audit_entity", "entity"),  # journal entries already sent (desk journals)
        Index("ix_audit_action", "event_id", "action"),  # double admissions, on every refresh
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    desk: Mapped[str] = mapped_column(String(100), default="")
    operator: Mapped[str] = mapped_column(String(100), default="")
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(64), default="")
    entity_id: Mapped[int | None] = mapped_column(Integer)
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)
