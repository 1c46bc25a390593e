"""form exports: where each answer came from (form, fixed, committee, not asked)

Revision ID: 0003_form_exports
Revises: 0002_one_truth
Create Date: 2026-11-30 10:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_form_exports"
down_revision = "0002_one_truth"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Existing answers have no recorded source: a re-import treats them as the form's.
    with op.batch_alter_table("application") as batch:
        batch.add_column(sa.Column("answer_sources", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("application") as batch:
        batch.drop_column("answer_sources")
