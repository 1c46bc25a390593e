"""one truth: a version per edited record, 'matched' status, one active pair per mentee

Revision ID: 0002_one_truth
Revises: 0005_close_out
Create Date: 2026-11-30 10:05:00

Older files could hold what the year cannot: a mentee in two active pairs, a withdrawn
person still paired, a mentor over capacity, paired applications still "submitted".
The upgrade repairs what has one right answer (and writes an audit entry for each
repair), and reports what needs the committee (a mentor over capacity: who goes is
theirs to decide). The report is kept in ``config.attributes["upgrade_report"]`` for
the program to show, and in the audit log.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0002_one_truth"
down_revision = "0004_publish_and_evaluate"
branch_labels = None
depends_on = None

OLD_STATUSES = ("submitted", "accepted", "waitlisted", "declined", "withdrawn", "completed")
NEW_STATUSES = (
    "submitted",
    "accepted",
    "matched",
    "waitlisted",
    "declined",
    "withdrawn",
    "completed",
)
ACTOR = "MentorDesk upgrade"

_audit = sa.table(
    "audit_entry",
    sa.column("at", sa.DateTime()),
    sa.column("actor", sa.String()),
    sa.column("action", sa.String()),
    sa.column("entity", sa.String()),
    sa.column("entity_id", sa.Integer()),
    sa.column("changes", sa.JSON()),
    sa.column("note", sa.Text()),
)


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _status_check(statuses: tuple[str, ...]) -> str:
    return "status IN (" + ", ".join(f"'{s}'" for s in statuses) + ")"


def _report(line: str) -> None:
    op.get_context().config.attributes.setdefault("upgrade_report", []).append(line)  # type: ignore[union-attr]


def _end_pairing(
    bind: sa.Connection, pairing_id: int, reason: str, on: date, note: str, old_version: int
) -> None:
    bind.execute(
        sa.text(
            "UPDATE pairing SET status = 'ended', end_reason = :reason, ended_on = :on, "
            "end_note = :note, locked = :no, version = version + 1 WHERE id = :id"
        ),
        {"reason": reason, "on": on, "note": note, "no": False, "id": pairing_id},
    )
    bind.execute(
        _audit.insert().values(
            at=_now(),
            actor=ACTOR,
            action="update",
            entity="pairing",
            entity_id=pairing_id,
            changes={
                "status": ["active", "ended"],
                "end_reason": [None, reason],
                "version": [old_version, old_version + 1],
            },
            note=note,
        )
    )


def _repair(bind: sa.Connection) -> None:
    today = date.today()
    people = {
        row.id: (f"{row.first_name} {row.last_name}".strip() or row.email)
        for row in bind.execute(
            sa.text(
                "SELECT a.id, p.first_name, p.last_name, p.email "
                "FROM application a JOIN person p ON p.id = a.person_id"
            )
        )
    }
    apps = {
        row.id: row
        for row in bind.execute(
            sa.text(
                "SELECT a.id, a.status, a.capacity, a.status_changed_at, a.cohort_id, "
                "c.name AS cohort, pr.rules_json "
                "FROM application a JOIN cohort c ON c.id = a.cohort_id "
                "JOIN program pr ON pr.id = c.program_id"
            )
        )
    }

    def active() -> list[Any]:
        return list(
            bind.execute(
                sa.text(
                    "SELECT p.id, p.mentor_id, p.mentee_id, p.locked, p.confirmed, "
                    "p.agreement_signed_on, p.version, "
                    "(SELECT count(*) FROM meeting_log m WHERE m.pairing_id = p.id) AS met "
                    "FROM pairing p WHERE p.status = 'active' ORDER BY p.id"
                )
            )
        )

    # 1. Someone withdrawn or declined is in no pair: the pair ends, history kept.
    for pair in active():
        for side in (pair.mentee_id, pair.mentor_id):
            app = apps[side]
            if app.status in ("withdrawn", "declined"):
                on = app.status_changed_at.date() if app.status_changed_at else today
                reason = "resignation" if app.status == "withdrawn" else "committee"
                note = (
                    f"Ended by the upgrade: {people[side]}'s application is {app.status}, "
                    "but the pair was still active"
                )
                _end_pairing(bind, pair.id, reason, on, note, pair.version)
                _report(f"{app.cohort}: {note}.")
                break

    # 2. A mentee in two active pairs keeps the one the committee invested in most.
    by_mentee: dict[int, list[Any]] = {}
    for pair in active():
        by_mentee.setdefault(pair.mentee_id, []).append(pair)
    for mentee_id, pairs in by_mentee.items():
        if len(pairs) < 2:
            continue
        pairs.sort(
            key=lambda p: (
                -int(bool(p.met)),
                -int(p.agreement_signed_on is not None),
                -int(bool(p.locked)),
                -int(bool(p.confirmed)),
                p.id,
            )
        )
        kept, *extra = pairs
        for pair in extra:
            note = (
                f"Ended by the upgrade: {people[mentee_id]} was paired with both "
                f"{people[kept.mentor_id]} and {people[pair.mentor_id]}; the pair with "
                f"{people[kept.mentor_id]} is kept"
            )
            _end_pairing(bind, pair.id, "committee", today, note, pair.version)
            _report(f"{apps[mentee_id].cohort}: {note}.")

    # 3. A mentor over capacity: which mentee goes is the committee's decision. Report it.
    load: dict[int, int] = {}
    for pair in active():
        load[pair.mentor_id] = load.get(pair.mentor_id, 0) + 1
    for mentor_id, count in sorted(load.items()):
        app = apps[mentor_id]
        capacity = app.capacity
        if capacity is None:
            try:
                capacity = int(json.loads(app.rules_json or "{}").get("default_mentor_capacity", 1))
            except (ValueError, TypeError, AttributeError):
                capacity = 1
        if count > capacity:
            line = (
                f"{app.cohort}: {people[mentor_id]} takes {capacity} "
                f"mentee{'s' if capacity != 1 else ''} but has {count} active pairs; "
                "end one on the pairing board (not repaired: the committee decides)"
            )
            _report(line)
            bind.execute(
                _audit.insert().values(
                    at=_now(),
                    actor=ACTOR,
                    action="problem",
                    entity="application",
                    entity_id=mentor_id,
                    changes={},
                    note=line,
                )
            )

    # 4. Paired applications say so: their status follows the year.
    paired = {p.mentee_id for p in active()} | {p.mentor_id for p in active()}
    for app_id in sorted(paired):
        old = apps[app_id].status
        if old in ("submitted", "accepted", "waitlisted"):
            bind.execute(
                sa.text(
                    "UPDATE application SET status = 'matched', version = version + 1 "
                    "WHERE id = :id"
                ),
                {"id": app_id},
            )
            bind.execute(
                _audit.insert().values(
                    at=_now(),
                    actor=ACTOR,
                    action="update",
                    entity="application",
                    entity_id=app_id,
                    changes={"status": [old, "matched"]},
                    note="Paired, so matched (status follows the pairings from now on)",
                )
            )


def upgrade() -> None:
    with op.batch_alter_table("application") as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))
        batch_op.drop_constraint(op.f("ck_application_applicationstatus"), type_="check")
        batch_op.create_check_constraint("applicationstatus", _status_check(NEW_STATUSES))
    with op.batch_alter_table("pairing") as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))

    _repair(op.get_bind())

    with op.batch_alter_table("pairing") as batch_op:
        batch_op.create_index(
            "uq_pairing_active_mentee",
            ["mentee_id"],
            unique=True,
            sqlite_where=sa.text("status = 'active'"),
            postgresql_where=sa.text("status = 'active'"),
        )


def downgrade() -> None:
    with op.batch_alter_table("pairing") as batch_op:
        batch_op.drop_index("uq_pairing_active_mentee")
        batch_op.drop_column("version")
    op.execute("UPDATE application SET status = 'accepted' WHERE status = 'matched'")
    with op.batch_alter_table("application") as batch_op:
        batch_op.drop_constraint(op.f("ck_application_applicationstatus"), type_="check")
        batch_op.create_check_constraint("applicationstatus", _status_check(OLD_STATUSES))
        batch_op.drop_column("version")
