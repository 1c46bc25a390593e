"""A file written before 0002 opens, is repaired where the answer is clear, and says what is not."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, event, select, text

from mentordesk.core.storage.database import Database, _sqlite_on_connect, head_revision
from mentordesk.core.storage.migrations import alembic_config
from mentordesk.core.storage.models import Application, AuditEntry, Pairing

# (application id, role, status, capacity) of a year kept by MentorDesk before 0002.
APPLICATIONS = [
    (1, "mentor", "accepted", 1),  # Ines Mentor: two mentees though she takes one
    (2, "mentor", "accepted", 1),  # Omar Mentor
    (3, "mentee", "submitted", None),  # Ana: paired to Ines and to Omar at once
    (4, "mentee", "withdrawn", None),  # Ben: withdrawn, his pair with Omar still active
    (5, "mentee", "accepted", None),  # Chloé: paired to Ines
    (6, "mentee", "waitlisted", None),  # Dan: waiting, never paired
]
PAIRINGS = [(1, 1, 3), (2, 2, 3), (3, 2, 4), (4, 1, 5)]  # (id, mentor, mentee), all active
NAMES = ["Ines Mentor", "Omar Mentor", "Ana Sousa", "Ben Okafor", "Chloé Martin", "Dan Lee"]


def _write_0001_file(path: Path) -> None:
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _sqlite_on_connect)
    with engine.begin() as c:
        command.upgrade(alembic_config(c), "0001")
        c.execute(
            text(
                "INSERT INTO program (id, name, rules_json, created_at) "
                "VALUES (1, 'Case Managers', '{\"default_mentor_capacity\": 1}', '2026-01-01')"
            )
        )
        c.execute(
            text(
                "INSERT INTO cohort (id, program_id, name, start_date, end_date, status, "
                "timezone, created_at) VALUES (1, 1, '2026–27', '2026-09-01', '2027-06-30', "
                "'active', 'UTC', '2026-01-01')"
            )
        )
        for i, name in enumerate(NAMES, start=1):
            first, last = name.split()
            c.execute(
                text(
                    "INSERT INTO person (id, first_name, last_name, email, created_at) "
                    "VALUES (:i, :f, :l, :e, '2026-01-01')"
                ),
                {"i": i, "f": first, "l": last, "e": f"p{i}@example.org"},
            )
        for app_id, role, status, capacity in APPLICATIONS:
            c.execute(
                text(
                    "INSERT INTO application (id, cohort_id, person_id, role, status, capacity, "
                    "created_at, updated_at) VALUES (:i, 1, :i, :r, :s, :c, '2026-01-01', "
                    "'2026-01-01')"
                ),
                {"i": app_id, "r": role, "s": status, "c": capacity},
            )
        for pair_id, mentor_id, mentee_id in PAIRINGS:
            c.execute(
                text(
                    "INSERT INTO pairing (id, cohort_id, mentor_id, mentee_id, status, locked, "
                    "confirmed, created_at) VALUES (:p, 1, :r, :e, 'active', 0, :conf, "
                    "'2026-08-01')"
                ),
                {"p": pair_id, "r": mentor_id, "e": mentee_id, "conf": pair_id == 1},
            )
    engine.dispose()


def test_upgrading_a_0001_file_repairs_every_row_and_reports_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _write_0001_file(path)
    db = Database(path)
    assert db.schema_revision() == head_revision()  # through 0002 and every later one
    assert db.upgrade_report == [
        "2026–27: Ended by the upgrade: Ben Okafor's application is withdrawn, "
        "but the pair was still active.",
        "2026–27: Ended by the upgrade: Ana Sousa was paired with both Ines Mentor and "
        "Omar Mentor; the pair with Ines Mentor is kept.",
        "2026–27: Ines Mentor takes 1 mentee but has 2 active pairs; end one on the pairing "
        "board (not repaired: the committee decides)",
    ]
    with db.reading() as s:
        apps = {a.id: (a.status.value, a.version) for a in s.scalars(select(Application))}
        pairs = {
            p.id: (p.status.value, p.end_reason.value if p.end_reason else None)
            for p in s.scalars(select(Pairing))
        }
        audit = [(e.actor, e.entity, e.entity_id) for e in s.scalars(select(AuditEntry))]
    assert apps == {
        1: ("matched", 2),
        2: ("accepted", 1),  # both of Omar's pairs ended
        3: ("matched", 2),
        4: ("withdrawn", 1),
        5: ("matched", 2),
        6: ("waitlisted", 1),
    }
    assert pairs == {
        1: ("active", None),
        2: ("ended", "committee"),
        3: ("ended", "resignation"),
        4: ("active", None),
    }
    assert ("MentorDesk upgrade", "pairing", 2) in audit
    assert ("MentorDesk upgrade", "application", 1) in audit  # the over-capacity report
    db.close()
    # Opening again changes nothing and reports nothing.
    again = Database(path)
    assert again.upgrade_report == []
    again.close()


def test_the_command_line_says_what_the_upgrade_repaired(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from mentordesk.cli import main

    path = tmp_path / "old.db"
    _write_0001_file(path)
    assert main(["--db", str(path), "cohorts"]) == 0
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 3
    assert lines[1].startswith(f"mentordesk: upgraded {path}: 2026–27: Ended by the upgrade: Ana")
