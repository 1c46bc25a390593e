"""A record's id is given once: a pair taken apart (undo) never lends its id to the next pair,
so the audit trail tells each pair's story apart and no undo step lands on another record;
a file from before opens and upgrades with its counters above every id it ever gave."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, event, select, text
from sqlalchemy.exc import IntegrityError

from mentordesk.core.applications.records import add_application
from mentordesk.core.matching.pairs import change_board, move_mentee
from mentordesk.core.programs.cohorts import get_cohort
from mentordesk.core.storage.audit_trail import AuditFilter, audit_rows
from mentordesk.core.storage.database import Database, _sqlite_on_connect
from mentordesk.core.storage.migrations import alembic_config
from mentordesk.core.storage.models import Application, Pairing, PairingStatus
from tests.factories import make_application, make_cohort, make_pairing


def _pair_ids(db: Database) -> list[int]:
    with db.reading() as s:
        return sorted(s.scalars(select(Pairing.id)))


def test_a_pair_made_after_an_undone_one_gets_a_new_id_and_the_trail_tells_them_apart(
    any_db: Database,
) -> None:
    with any_db.transaction() as s:
        cohort = make_cohort(s)
        grace = make_application(s, cohort, "mentor", first_name="Grace", last_name="Hopper")
        ada = make_application(s, cohort, first_name="Ada", last_name="Lovelace")
        alan = make_application(s, cohort, first_name="Alan", last_name="Turing")
        ids = cohort.id, grace.id, ada.id, alan.id
    cohort_id, grace_id, ada_id, alan_id = ids
    # Ada is paired (the newest pair of the file), then the committee undoes it.
    with any_db.transaction() as s:
        undo = move_mentee(s, cohort_id, ada_id, grace_id)
    [ada_pair] = _pair_ids(any_db)
    with any_db.transaction() as s:
        change_board(s, cohort_id, undo)
    assert _pair_ids(any_db) == []

    # The next pairs, written in bulk (the board) and one by one (the session): new ids.
    with any_db.transaction() as s:
        move_mentee(s, cohort_id, alan_id, grace_id)
    [alan_pair] = _pair_ids(any_db)
    with any_db.transaction() as s:
        third = make_pairing(s, get_cohort(s, cohort_id)).id
    assert ada_pair < alan_pair < third

    # Ada's pair's history is Ada's alone: made, taken apart; nothing of Alan's.
    with any_db.reading() as s:
        story = audit_rows(s, AuditFilter(record="pairing", record_id=ada_pair))
    assert sorted(row.action for row in story) == ["create", "delete"]


def test_an_application_added_after_the_newest_was_deleted_gets_a_new_id(
    any_db: Database,
) -> None:
    with any_db.transaction() as s:
        cohort = make_cohort(s)
        newest = make_application(s, cohort)
        cohort_id, gone = cohort.id, newest.id
    with any_db.transaction() as s:
        s.delete(s.get_one(Application, gone))
    with any_db.transaction() as s:
        fresh = add_application(
            s,
            get_cohort(s, cohort_id),
            {"email": "new@hsc.org", "first_name": "New", "last_name": "Comer", "role": "mentee"},
        )
        assert fresh.id > gone


# --- a file written before ids were given once ------------------------------------------


def _write_0003_file(path: Path) -> None:
    """A year kept before 0006: pairs 1-3 active; pairs 4 and 5 were made and taken apart
    (undo), which the audit trail remembers; so SQLite, left alone, would give 4 again."""
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _sqlite_on_connect)
    with engine.begin() as c:
        command.upgrade(alembic_config(c), "0003_form_exports")
        c.execute(
            text(
                "INSERT INTO program (id, name, rules_json, created_at) "
                "VALUES (1, 'Case Managers', '{\"default_mentor_capacity\": 5}', '2026-01-01')"
            )
        )
        c.execute(
            text(
                "INSERT INTO cohort (id, program_id, name, start_date, end_date, status, "
                "timezone, created_at) VALUES (1, 1, '2026–27', '2026-09-01', '2027-06-30', "
                "'active', 'UTC', '2026-01-01')"
            )
        )
        roles = ["mentor", "mentee", "mentee", "mentee", "mentee"]
        for i, role in enumerate(roles, start=1):
            c.execute(
                text(
                    "INSERT INTO person (id, first_name, last_name, email, created_at) "
                    "VALUES (:i, :f, 'Doe', :e, '2026-01-01')"
                ),
                {"i": i, "f": f"P{i}", "e": f"p{i}@example.org"},
            )
            c.execute(
                text(
                    "INSERT INTO application (id, cohort_id, person_id, role, status, "
                    "consent, membership_id, years_experience, created_at, updated_at, "
                    "version) VALUES (:i, 1, :i, :r, 'accepted', 1, :m, 5, '2026-01-01', "
                    "'2026-01-01', 1)"
                ),
                {"i": i, "r": role, "m": f"M{i:05d}"},
            )
        for pair_id, mentee_id in [(1, 2), (2, 3), (3, 4)]:
            c.execute(
                text(
                    "INSERT INTO pairing (id, cohort_id, mentor_id, mentee_id, status, locked, "
                    "confirmed, created_at, version) VALUES (:p, 1, 1, :e, 'active', 0, 0, "
                    "'2026-08-01', 1)"
                ),
                {"p": pair_id, "e": mentee_id},
            )
        for pair_id in (4, 5):
            for action in ("create", "delete"):
                c.execute(
                    text(
                        "INSERT INTO audit_entry (at, actor, action, entity, entity_id, "
                        "cohort_id) VALUES ('2026-08-02', 'Marie', :a, 'pairing', :p, 1)"
                    ),
                    {"a": action, "p": pair_id},
                )
    engine.dispose()


def test_an_old_file_upgrades_and_never_gives_an_id_its_trail_already_names(
    tmp_path: Path,
) -> None:
    path = tmp_path / "2026.db"
    _write_0003_file(path)

    db = Database(path)

    assert db.schema_revision() == "0006_ids_never_reused"
    with db.reading() as s:
        kept = s.execute(select(Pairing.id, Pairing.mentee_id).order_by(Pairing.id)).all()
        assert [tuple(row) for row in kept] == [(1, 2), (2, 3), (3, 4)]
        assert s.scalar(select(Application.id).order_by(Application.id.desc())) == 5
    with db.transaction() as s:
        move_mentee(s, 1, 5, 1)
    with db.reading() as s:
        made = s.scalar(select(Pairing.id).where(Pairing.mentee_id == 5))
    assert made == 6  # not 4: the trail's pairs 4 and 5 keep their story
    # The rebuilt table keeps its rules: still one active pair per mentee.
    with pytest.raises(IntegrityError), db.engine.begin() as c:
        c.execute(
            text(
                "INSERT INTO pairing (cohort_id, mentor_id, mentee_id, status, locked, "
                "confirmed, created_at, version) VALUES (1, 1, 5, :s, 0, 0, '2026-09-01', 1)"
            ),
            {"s": PairingStatus.ACTIVE.value},
        )
    db.close()
    again = Database(path)  # opens at the newest schema without upgrading again
    assert again.upgrade_report == []
    again.close()
