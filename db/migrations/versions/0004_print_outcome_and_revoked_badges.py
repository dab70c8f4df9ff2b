"""print outcomes and revoked badge codes

`print_log` gains `status` (printed | to_file | failed | pdf_only), `job` (the spooler's job
id) and `error`: a print is logged as printed only once the spooler has accepted it, a
failure as a failure, and only printed and to_file count as printed.

Rows written before this revision were all logged as printed, whatever happened. They are
read as: a batch row is `to_file` (the batch PDF was marked printed, and is still counted);
a desk or reprint row whose destination is a PDF file is `pdf_only` (no printer was chosen:
the desk wrote the PDF and nothing was printed); any other row is `printed`. The attendees
with pdf_only rows get their print count lowered by those rows and `badge_printed_at` set
to their latest counted print (none: not printed), so the desk's "print if not printed"
prints them once a printer is chosen.

`revoked_badge` holds badge codes that no longer check in (lost badge, reprinted with a
new code).

Revision ID: 0004_print_outcome
Revises: 0003_dashboard
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_print_outcome"
down_revision: str | None = "0003_dashboard"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("print_log", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("status", sa.String(length=16), nullable=False, server_default="printed")
        )
        batch_op.add_column(
            sa.Column("job", sa.String(length=100), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("error", sa.String(length=500), nullable=False, server_default="")
        )
    op.execute("UPDATE print_log SET status = 'to_file' WHERE kind = 'batch'")
    op.execute(
        "UPDATE print_log SET status = 'pdf_only' "
        "WHERE kind IN ('desk', 'reprint') AND lower(destination) LIKE '%.pdf'"
    )
    pdf_rows = (
        "(SELECT count(*) FROM print_log p "
        "WHERE p.attendee_id = attendee.id AND p.status = 'pdf_only')"
    )
    op.execute(
        "UPDATE attendee SET "
        f"print_count = CASE WHEN print_count > {pdf_rows} "
        f"THEN print_count - {pdf_rows} ELSE 0 END, "
        "badge_printed_at = (SELECT max(p.at) FROM print_log p WHERE p.attendee_id = attendee.id "
        "AND p.status IN ('printed', 'to_file')) "
        "WHERE id IN (SELECT attendee_id FROM print_log "
        "WHERE status = 'pdf_only' AND attendee_id IS NOT NULL)"
    )
    op.create_table(
        "revoked_badge",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("attendee_id", sa.Integer(), nullable=True),
        sa.Column("code", sa.String(length=255), nullable=False),
        sa.Column("reason", sa.String(length=500), nullable=False),
        sa.Column("desk", sa.String(length=100), nullable=False),
        sa.Column("operator", sa.String(length=100), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["attendee_id"], ["attendee.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["event_id"], ["event.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("event_id", "code", name="uq_revoked_badge_code"),
    )
    with op.batch_alter_table("revoked_badge", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_revoked_badge_attendee_id"), ["attendee_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("revoked_badge", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_revoked_badge_attendee_id"))
    op.drop_table("revoked_badge")
    with op.batch_alter_table("print_log", schema=None) as batch_op:
        batch_op.drop_column("error")
        batch_op.drop_column("job")
        batch_op.drop_column("status")
