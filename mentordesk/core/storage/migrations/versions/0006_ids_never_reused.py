"""ids never reused: every record's id is given once on SQLite too (AUTOINCREMENT)

Revision ID: 0006_ids_never_reused
Revises: 0003_form_exports
Create Date: 2026-11-30 19:00:00

Without AUTOINCREMENT, SQLite gives a new row the largest id plus one, so the id of the
newest pair, once deleted (undo of Accept all), went to the next pair made: the audit
trail then told two pairs' stories under one id, and an undo step holding that id could
change the other pair. Each table is rebuilt with AUTOINCREMENT (Alembic's batch mode:
one copy in SQL per table, in the upgrade's one transaction, so a big file is copied on
disk, never in memory, and an interrupted upgrade leaves the old file as it was). The
counter then starts above every id the table or its audit trail ever named, so no
deleted record's id comes back. PostgreSQL's sequences never gave an id twice: nothing
changes there.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_ids_never_reused"
down_revision = "0003_form_exports"
branch_labels = None
depends_on = None

#: Every table whose rows have a number for an id (the audit trail and undo name them).
TABLES = (
    "program",
    "cohort",
    "term",
    "person",
    "application",
    "pairing",
    "exclusion",
    "event",
    "attendance",
    "meeting_log",
    "evaluation",
    "sent_message",
    "audit_entry",
)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    for table in TABLES:
        with op.batch_alter_table(
            table, recreate="always", table_kwargs={"sqlite_autoincrement": True}
        ):
            pass
    # SQLite's counter starts at the largest id copied; ids deleted before the upgrade
    # live on in the audit trail, so the counter starts above those as well.
    for table in TABLES:
        largest = bind.execute(
            sa.text(
                f"SELECT max(coalesce((SELECT max(id) FROM {table}), 0), "  # names above only
                "coalesce((SELECT max(entity_id) FROM audit_entry WHERE entity = :entity), 0))"
            ),
            {"entity": table},
        ).scalar_one()
        bind.execute(sa.text("DELETE FROM sqlite_sequence WHERE name = :name"), {"name": table})
        if largest:
            bind.execute(
                sa.text("INSERT INTO sqlite_sequence (name, seq) VALUES (:name, :seq)"),
                {"name": table, "seq": largest},
            )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in TABLES:
        with op.batch_alter_table(
            table, recreate="always", table_kwargs={"sqlite_autoincrement": False}
        ):
            pass
