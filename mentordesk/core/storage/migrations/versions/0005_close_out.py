"""close-out: closed and purged cohorts, mentors who continue, the audit's cohort and desk

Revision ID: 0005_close_out
Revises: 0001
Create Date: 2026-11-30 10:10:00

Existing audit entries learn their cohort from the records they describe (those still
there), so an old file's history can be read by cohort and purged with it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_close_out"
down_revision = "0001"
branch_labels = None
depends_on = None

# entity -> SQL giving the cohort of ``audit_entry.entity_id`` (portable: SQLite and PostgreSQL).
_COHORT_OF = {
    "cohort": "audit_entry.entity_id",
    "application": "(SELECT cohort_id FROM application WHERE application.id = audit_entry.entity_id)",
    "pairing": "(SELECT cohort_id FROM pairing WHERE pairing.id = audit_entry.entity_id)",
    "exclusion": "(SELECT cohort_id FROM exclusion WHERE exclusion.id = audit_entry.entity_id)",
    "event": "(SELECT cohort_id FROM event WHERE event.id = audit_entry.entity_id)",
    "term": "(SELECT cohort_id FROM term WHERE term.id = audit_entry.entity_id)",
    "evaluation": "(SELECT cohort_id FROM evaluation WHERE evaluation.id = audit_entry.entity_id)",
    "attendance": "(SELECT event.cohort_id FROM attendance JOIN event ON event.id = "
    "attendance.event_id WHERE attendance.id = audit_entry.entity_id)",
    "meeting_log": "(SELECT pairing.cohort_id FROM meeting_log JOIN pairing ON pairing.id = "
    "meeting_log.pairing_id WHERE meeting_log.id = audit_entry.entity_id)",
}


def upgrade() -> None:
    with op.batch_alter_table("cohort", schema=None) as batch_op:
        batch_op.add_column(sa.Column("closed_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("closed_by", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("final_summary", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("purged_at", sa.DateTime(), nullable=True))
    with op.batch_alter_table("application", schema=None) as batch_op:
        batch_op.add_column(sa.Column("wants_to_continue", sa.Boolean(), nullable=True))
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.add_column(sa.Column("cohort_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("desk", sa.String(length=200), nullable=True))
        batch_op.create_index(batch_op.f("ix_audit_entry_cohort_id"), ["cohort_id"], unique=False)
    for entity, cohort in _COHORT_OF.items():
        op.execute(
            sa.text(
                f"UPDATE audit_entry SET cohort_id = {cohort} "  # only the constants above
                "WHERE entity = :entity AND cohort_id IS NULL"
            ).bindparams(entity=entity)
        )


def downgrade() -> None:
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_entry_cohort_id"))
        batch_op.drop_column("desk")
        batch_op.drop_column("cohort_id")
    with op.batch_alter_table("application", schema=None) as batch_op:
        batch_op.drop_column("wants_to_continue")
    with op.batch_alter_table("cohort", schema=None) as batch_op:
        batch_op.drop_column("purged_at")
        batch_op.drop_column("final_summary")
        batch_op.drop_column("closed_by")
        batch_op.drop_column("closed_at")
