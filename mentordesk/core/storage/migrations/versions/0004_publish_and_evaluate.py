"""publish and evaluate: a pair's publication, messages sent, settings, per-program forms and templates

Revision ID: 0004_publish_and_evaluate
Revises: 0005_close_out
Create Date: 2026-11-30 10:15:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_publish_and_evaluate"
down_revision = "0005_close_out"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("pairing", schema=None) as batch_op:
        batch_op.add_column(sa.Column("published_at", sa.DateTime(), nullable=True))
    # Before this revision a pair was live as soon as it was made: it counts as published.
    op.execute("UPDATE pairing SET published_at = created_at")

    with op.batch_alter_table("program", schema=None) as batch_op:
        batch_op.add_column(sa.Column("evaluation_forms", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("message_templates", sa.JSON(), nullable=True))

    op.create_table(
        "sent_message",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cohort_id", sa.Integer(), nullable=False),
        sa.Column("pairing_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("recipients", sa.Text(), nullable=False),
        sa.Column("via", sa.String(length=16), nullable=False),
        sa.Column("location", sa.Text(), nullable=True),
        sa.Column("sent_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cohort_id"], ["cohort.id"], name=op.f("fk_sent_message_cohort_id_cohort")
        ),
        sa.ForeignKeyConstraint(
            ["pairing_id"], ["pairing.id"], name=op.f("fk_sent_message_pairing_id_pairing")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sent_message")),
        sqlite_autoincrement=True,  # ids given once (see 0006)
    )
    with op.batch_alter_table("sent_message", schema=None) as batch_op:
        batch_op.create_index("ix_sent_message_cohort_kind", ["cohort_id", "kind"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_sent_message_pairing_id"), ["pairing_id"], unique=False
        )

    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )


def downgrade() -> None:
    op.drop_table("setting")
    with op.batch_alter_table("sent_message", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sent_message_pairing_id"))
        batch_op.drop_index("ix_sent_message_cohort_kind")
    op.drop_table("sent_message")
    with op.batch_alter_table("program", schema=None) as batch_op:
        batch_op.drop_column("message_templates")
        batch_op.drop_column("evaluation_forms")
    with op.batch_alter_table("pairing", schema=None) as batch_op:
        batch_op.drop_column("published_at")
