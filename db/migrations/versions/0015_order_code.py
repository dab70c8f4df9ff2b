"""the ticketing system's order code of an attendee (pretix's order code, Eventbrite's
Order #), searched and scanned at the desk: one order's people to pick from

Revision ID: 0015_order_code
Revises: 0014_speaker_extra
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015_order_code"
down_revision: str | None = "0014_speaker_extra"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN (no batch copy of the table: the search views depend on it).
    op.add_column(
        "attendee", sa.Column("order_code", sa.String(64), nullable=False, server_default="")
    )
    op.create_index("ix_attendee_event_order", "attendee", ["event_id", "order_code"])


def downgrade() -> None:
    op.drop_index("ix_attendee_event_order", table_name="attendee")
    op.drop_column("attendee", "order_code")  # SQLite 3.35+ drops a column in place
