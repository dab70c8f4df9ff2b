"""what an imported schedule says of a speaker beyond Confdesk's columns (the source's person
guid and pretalx code), so that the exports carry them unchanged

Revision ID: 0014_speaker_extra
Revises: 0013_search_prefix3
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014_speaker_extra"
down_revision: str | None = "0013_search_prefix3"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("speaker") as batch:
        batch.add_column(
            sa.Column("extra", sa.JSON(), nullable=False, server_default=sa.text("'{}'"))
        )


def downgrade() -> None:
    with op.batch_alter_table("speaker") as batch:
        batch.drop_column("extra")
