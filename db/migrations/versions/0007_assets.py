"""assets: the event's logo and template images kept in the store

An event's logo was a path on the machine that set it, so other desks printed badges and
programs without it. `asset` keeps the file's bytes (base64) once per content; the event's
`logo_path` then reads `asset:<sha256>`. A path set before this revision is still read
while the file exists.

Revision ID: 0007_assets
Revises: 0006_double_admissions
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_assets"
down_revision: str | None = "0006_double_admissions"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "asset",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "event_id", sa.Integer(), sa.ForeignKey("event.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("media_type", sa.String(length=64), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("event_id", "sha256", name="uq_asset_content"),
    )


def downgrade() -> None:
    op.drop_table("asset")
