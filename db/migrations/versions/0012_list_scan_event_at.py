"""an index on the check-in lists' scan log by event and time: the dashboard counts each
list's admissions per quarter hour of the day from it

Revision ID: 0012_list_scan_event_at
Revises: 0011_list_signups
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0012_list_scan_event_at"
down_revision: str | None = "0011_list_signups"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_list_scan_event_at", "list_scan", ["event_id", "at"])


def downgrade() -> None:
    op.drop_index("ix_list_scan_event_at", table_name="list_scan")
