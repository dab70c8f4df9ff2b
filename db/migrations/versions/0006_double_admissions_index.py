"""an index for the double admissions the dashboard and the desks show

The dashboard lists every double admission found when desks' offline scans were sent
(`audit_log.action = 'double_admission'`) on each refresh, and each desk asks for new ones
involving it; without an index both read the whole audit log, which grows by a row for every
refused scan, edit and sent journal entry.

Revision ID: 0006_double_admissions
Revises: 0005_desk_sync
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0006_double_admissions"
down_revision: str | None = "0005_desk_sync"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_audit_action", "audit_log", ["event_id", "action"])


def downgrade() -> None:
    op.drop_index("ix_audit_action", table_name="audit_log")
