"""check-in lists: badge pickup, event days, and lists for sessions, doors and categories

Revision ID: 0009_checkin_lists
Revises: 0008_desk_attempts
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_checkin_lists"
down_revision: str | None = "0008_desk_attempts"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "checkin_list",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "event_id", sa.Integer(), sa.ForeignKey("event.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("day", sa.Date(), nullable=True),
        sa.Column(
            "session_id", sa.Integer(), sa.ForeignKey("session.id", ondelete="SET NULL"), nullable=True
        ),
        sa.Column(
            "room_id", sa.Integer(), sa.ForeignKey("room.id", ondelete="SET NULL"), nullable=True
        ),
        sa.Column("categories", sa.JSON(), nullable=False),
        sa.Column("opens", sa.String(length=5), nullable=False),
        sa.Column("closes", sa.String(length=5), nullable=False),
        sa.Column("exits", sa.Boolean(), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.UniqueConstraint("event_id", "name", name="uq_checkin_list_name"),
    )
    op.create_table(
        "list_presence",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "list_id",
            sa.Integer(),
            sa.ForeignKey("checkin_list.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "attendee_id",
            sa.Integer(),
            sa.ForeignKey("attendee.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("first_at", sa.DateTime(), nullable=False),
        sa.Column("desk", sa.String(length=100), nullable=False),
        sa.Column("inside", sa.Boolean(), nullable=False),
        sa.UniqueConstraint("list_id", "attendee_id", name="uq_list_presence"),
    )
    op.create_index("ix_list_presence_attendee_id", "list_presence", ["attendee_id"])
    op.create_table(
        "list_scan",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "event_id", sa.Integer(), sa.ForeignKey("event.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column(
            "list_id",
            sa.Integer(),
            sa.ForeignKey("checkin_list.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "attendee_id",
            sa.Integer(),
            sa.ForeignKey("attendee.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("result", sa.String(length=16), nullable=False),
        sa.Column("code", sa.String(length=255), nullable=False),
        sa.Column("desk", sa.String(length=100), nullable=False),
        sa.Column("operator", sa.String(length=100), nullable=False),
        sa.Column("reason", sa.String(length=500), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_list_scan_list_at", "list_scan", ["list_id", "at"])
    op.create_index("ix_list_scan_attendee_id", "list_scan", ["attendee_id"])


def downgrade() -> None:
    op.drop_table("list_scan")
    op.drop_table("list_presence")
    op.drop_table("checkin_list")
