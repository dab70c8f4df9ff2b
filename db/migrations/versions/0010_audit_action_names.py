"""audit actions in one naming scheme, subject.verb: the first names renamed in place

Revision ID: 0010_audit_action_names
Revises: 0009_checkin_lists
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_audit_action_names"
down_revision: str | None = "0009_checkin_lists"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The names the first schemas wrote -> the names from this revision on (frozen here: the
# application's list of actions may grow, this step does not).
RENAMED = {
    "register": "attendee.register",
    "edit": "attendee.update",
    "cancel": "attendee.cancel",
    "restore": "attendee.restore",
    "merge": "attendee.merge",
    "merged_into": "attendee.merged_into",
    "import": "attendee.import",
    "walk_in_duplicate": "walk_in.duplicate",
    "badge_reissued": "badge.reissue",
    "scan_refused": "checkin.refused",
    "undo_checkin": "checkin.undo",
    "undo_not_applied": "checkin.undo_not_applied",
    "double_admission": "checkin.double_admission",
    "journal_applied": "journal.applied",
    "event_edit": "event.update",
}


def _rename(pairs: dict[str, str]) -> None:
    audit = sa.table("audit_log", sa.column("action", sa.String))
    for old, new in pairs.items():
        op.execute(audit.update().where(audit.c.action == old).values(action=new))


def upgrade() -> None:
    _rename(RENAMED)


def downgrade() -> None:
    _rename({new: old for old, new in RENAMED.items()})
