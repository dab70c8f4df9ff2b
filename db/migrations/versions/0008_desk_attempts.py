"""desk attempts: a row per online desk write, so an in-doubt commit is known exactly

A desk whose link dropped during a write asked the server afterwards whether that write's
transaction id had committed. After a server crash the ids handed out just before it are
handed out again, so a later write of another desk could pass for it (a double admission went
unreported). The write now adds a `desk_attempt` row with a unique id in its own transaction:
the row is there exactly when the write committed.

Revision ID: 0008_desk_attempts
Revises: 0007_assets
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_desk_attempts"
down_revision: str | None = "0007_assets"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "desk_attempt",
        sa.Column("uid", sa.String(length=32), primary_key=True),
        sa.Column("at", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("desk_attempt")
