"""indexes for the desks' mirrors and journals

A desk's mirror asks the server every few seconds for attendees changed since its last
refresh (`updated_at`), and a desk sending its journal asks which entries the server already
has (`audit_log.entity = 'journal:<id>'`). Both were full scans.

Revision ID: 0005_desk_sync
Revises: 0004_print_outcome
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005_desk_sync"
down_revision: str | None = "0004_print_outcome"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_attendee_updated", "attendee", ["event_id", "updated_at"])
    op.create_index("ix_audit_entity", "audit_log", ["entity"])


def downgrade() -> None:
    op.drop_index("ix_audit_entity", table_name="audit_log")
    op.drop_index("ix_attendee_updated", table_name="attendee")
