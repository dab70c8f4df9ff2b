"""sign-ups for lists with seats (round tables, workshops) with a waiting list, and each
list's rule for who its door admits

Revision ID: 0011_list_signups
Revises: 0010_audit_action_names
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011_list_signups"
down_revision: str | None = "0010_audit_action_names"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("checkin_list") as batch:
        batch.add_column(
            sa.Column("admit", sa.String(length=16), nullable=False, server_default="anyone")
        )
    op.create_table(
        "list_signup",
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
        sa.Column("waiting", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("desk", sa.String(length=100), nullable=False),
        sa.UniqueConstraint("list_id", "attendee_id", name="uq_list_signup"),
    )
    op.create_index("ix_list_signup_attendee_id", "list_signup", ["attendee_id"])


def downgrade() -> None:
    op.drop_index("ix_list_signup_attendee_id", table_name="list_signup")
    op.drop_table("list_signup")
    with op.batch_alter_table("checkin_list") as batch:
        batch.drop_column("admit")
