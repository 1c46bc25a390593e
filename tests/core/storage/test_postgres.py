"""The shared-server mode: the same schema, services and guarantees on PostgreSQL as on SQLite.

Tests taking ``any_db`` run on both backends; the PostgreSQL ones use the throwaway
cluster from ``tests/pg.py``.
"""

from __future__ import annotations

import socket
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import select, text
from sqlalchemy.engine import URL

from mentordesk.cli import main
from mentordesk.core.applications.records import (
    add_application,
    list_applications,
    update_application,
    withdraw_application,
)
from mentordesk.core.errors import ConflictError, DatabaseError
from mentordesk.core.programs.cohorts import (
    cohort_overviews,
    create_cohort,
    create_program,
    find_cohort,
)
from mentordesk.core.storage.database import Database
from mentordesk.core.storage.migrations import alembic_config
from mentordesk.core.storage.models import Application, AuditEntry, Base
from tests.factories import make_application, make_cohort
from tests.pg import PostgresCluster


@pytest.mark.postgres
def test_an_empty_postgresql_database_is_migrated_to_the_newest_schema(pg_url: URL) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    db = Database(pg_url)
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert db.schema_revision() == head
    assert set(db.table_names()) == {*Base.metadata.tables, "alembic_version"}
    with db.engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
    db.close()


@pytest.mark.postgres
def test_one_active_pair_per_mentee_is_the_same_partial_index_in_the_models_and_the_server(
    pg_url: URL,
) -> None:
    """The models name PostgreSQL's WHERE only once a server is opened (models.py says why);
    from then on they describe the very index the migrations built."""
    from sqlalchemy.schema import CreateIndex

    db = Database(pg_url)
    index = next(
        i for i in Base.metadata.tables["pairing"].indexes if i.name == "uq_pairing_active_mentee"
    )
    described = str(CreateIndex(index).compile(dialect=db.engine.dialect))
    with db.engine.connect() as connection:
        built = connection.scalar(
            text("SELECT indexdef FROM pg_indexes WHERE indexname = 'uq_pairing_active_mentee'")
        )
    db.close()
    assert described.endswith("WHERE status = 'active'")
    assert built is not None and built.endswith("WHERE ((status)::text = 'active'::text)")


def test_opening_again_leaves_an_up_to_date_database_as_it_is(any_db: Database) -> None:
    with any_db.transaction() as session:
        make_cohort(session, name="2026–27")
    again = Database(any_db.url)
    with again.reading() as session:
        assert [o.name for o in cohort_overviews(session)] == ["2026–27"]
    again.close()


def test_a_committee_sets_up_its_year_and_reviews_applications(any_db: Database) -> None:
    with any_db.transaction(actor="Marie-Ève") as session:
        program = create_program(session, "Staff Mentoring", "staff")
        cohort = create_cohort(session, program, "Rollout 3", date(2026, 9, 1), date(2027, 6, 30))
        mentor = add_application(
            session,
            cohort,
            {
                "first_name": "Zoë",
                "last_name": "O'Brien",
                "email": "Zoe.OBrien@Example.org",
                "role": "mentor",
                "department": "Pharmacy",
                "capacity": "2",
                "consent": "yes",
            },
        )
        mentee = make_application(session, cohort, department="Nursing")
        mentor_id, mentee_id = mentor.id, mentee.id
    with any_db.transaction(actor="Bob") as session:
        update_application(session, mentor_id, "job_title", "Head pharmacist")
        withdraw_application(session, mentee_id, "moved to another campus")
    with any_db.reading() as session:
        cohort_id = find_cohort(session, "rollout 3").id
        rows = {r.id: r for r in list_applications(session, cohort_id)}
        [overview] = cohort_overviews(session)
        audit = list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))
    assert rows[mentor_id].full_name == "Zoë O'Brien"
    assert rows[mentor_id].email == "zoe.obrien@example.org"
    assert rows[mentor_id].values["job_title"] == "Head pharmacist"
    assert rows[mentor_id].values["capacity"] == 2
    assert rows[mentee_id].status.value == "withdrawn"
    assert (overview.mentors, overview.mentees, overview.withdrawn) == (1, 0, 1)
    assert [(e.actor, e.action, e.entity) for e in audit if e.entity == "application"] == [
        ("Marie-Ève", "create", "application"),
        ("Marie-Ève", "create", "application"),
        ("Bob", "update", "application"),
        ("Bob", "update", "application"),
    ]
    assert audit[-1].changes is not None and audit[-1].changes["status"] == [
        "submitted",
        "withdrawn",
    ]


def test_a_second_application_from_the_same_address_is_a_conflict(any_db: Database) -> None:
    with any_db.transaction() as session:
        cohort = make_cohort(session, name="2026–27")
        make_application(session, cohort, email="ana@example.org")
    with pytest.raises(ConflictError) as caught, any_db.transaction() as session:
        cohort = find_cohort(session, "2026–27")
        make_application(session, cohort, email=" ANA@example.org ", role="mentor")
    assert caught.value.message == "ana@example.org has already applied to 2026–27"


def test_a_duplicate_the_services_missed_is_refused_by_the_database(any_db: Database) -> None:
    """Two desktops adding the same person at once: the unique constraint is the last word."""
    with any_db.transaction() as session:
        cohort = make_cohort(session)
        app = make_application(session, cohort)
        cohort_id, person_id = cohort.id, app.person_id
    with pytest.raises(ConflictError) as caught, any_db.transaction() as session:
        session.add(Application(cohort_id=cohort_id, person_id=person_id, role="mentee"))
    # SQLite names the columns, PostgreSQL the constraint.
    assert (
        "UNIQUE constraint failed: application.cohort_id, application.person_id"
        if any_db.is_sqlite
        else "uq_application_cohort_person"
    ) in caught.value.message
    with any_db.reading() as session:
        assert len(list_applications(session, cohort_id)) == 1


@pytest.mark.parametrize(
    ("statement", "constraint"),
    [
        ("UPDATE application SET role = 'sponsor'", "ck_application_role"),
        ("UPDATE application SET status = 'lost'", "ck_application_applicationstatus"),
        ("UPDATE application SET capacity = -1", "ck_application_capacity_not_negative"),
        ("UPDATE cohort SET end_date = '2020-01-01'", "ck_cohort_dates_in_order"),
        ("UPDATE application SET cohort_id = 999", "fk_application_cohort_id_cohort"),
    ],
    ids=["role", "status", "capacity", "dates", "foreign key"],
)
def test_the_database_itself_refuses_values_outside_the_rules(
    any_db: Database, statement: str, constraint: str
) -> None:
    with any_db.transaction() as session:
        make_application(session, make_cohort(session))
    with pytest.raises(ConflictError) as caught, any_db.transaction() as session:
        session.execute(text(statement))
    message = caught.value.message
    assert "\n" not in message
    # SQLite names a foreign key's failure but not the key; PostgreSQL names both.
    expected = "FOREIGN KEY" if any_db.is_sqlite and "fk_" in constraint else constraint
    assert expected in message


# --- a server MentorDesk cannot use ------------------------------------------------------


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.postgres
def test_a_wrong_password_is_one_clear_line(pg_cluster: PostgresCluster) -> None:
    url = pg_cluster.url("postgres", password="not-the-password")
    with pytest.raises(DatabaseError) as caught:
        Database(url)
    message = caught.value.message
    assert message.startswith("Cannot open the database postgresql+psycopg://mentordesk:***@/")
    assert 'password authentication failed for user "mentordesk"' in message
    assert "not-the-password" not in message and "\n" not in message


@pytest.mark.postgres
def test_a_database_that_does_not_exist_on_the_server_is_one_clear_line(
    pg_cluster: PostgresCluster,
) -> None:
    with pytest.raises(DatabaseError, match='database "nowhere" does not exist'):
        Database(pg_cluster.url("nowhere"))


def test_a_server_that_does_not_answer_is_one_clear_line() -> None:
    port = closed_port()
    with pytest.raises(DatabaseError) as caught:
        Database(f"postgresql://committee:s3cret@127.0.0.1:{port}/mentoring")
    message = caught.value.message
    assert message.startswith(
        f"Cannot open the database postgresql+psycopg://committee:***@127.0.0.1:{port}/mentoring: "
    )
    assert "Connection refused" in message
    assert "s3cret" not in message and "\n" not in message


def test_a_plain_postgresql_url_object_is_opened_with_psycopg() -> None:
    url = URL.create("postgresql", "committee", "pw", "127.0.0.1", closed_port(), "mentoring")
    with pytest.raises(DatabaseError, match=r"^Cannot open the database postgresql\+psycopg://"):
        Database(url)


def test_cli_reports_an_unreachable_server_in_one_line_without_traceback(tmp_path: Path) -> None:
    port = closed_port()
    address = f"postgresql://u:pw@127.0.0.1:{port}/x"
    result = subprocess.run(
        [sys.executable, "-m", "mentordesk", "--db", address, "cohorts"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
        env={"PYTHONPATH": str(Path(__file__).resolve().parents[3]), "HOME": str(tmp_path)},
    )
    assert result.returncode == 2
    assert result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith("mentordesk: Cannot open the database postgresql+psycopg://u:***@")
    assert "Connection refused" in line


@pytest.mark.postgres
def test_cli_reports_a_wrong_password_in_one_line(
    pg_cluster: PostgresCluster, capsys: pytest.CaptureFixture[str]
) -> None:
    url = pg_cluster.url("postgres", password="guess").render_as_string(hide_password=False)
    assert main(["--db", url, "cohorts"]) == 2
    captured = capsys.readouterr()
    [line] = captured.err.splitlines()
    assert line.startswith("mentordesk: Cannot open the database postgresql+psycopg://")
    assert "password authentication failed" in line and "guess" not in line


@pytest.mark.postgres
def test_cli_creates_and_lists_a_program_on_the_server(
    pg_url: URL, capsys: pytest.CaptureFixture[str]
) -> None:
    db = pg_url.render_as_string(hide_password=False)
    assert main(["--db", db, "program", "create", "Staff Mentoring", "--preset", "staff"]) == 0
    dates = ["--start", "2026-09-01", "--end", "2027-06-30"]
    assert (
        main(["--db", db, "cohort", "create", "Rollout 3", "--program", "Staff Mentoring", *dates])
        == 0
    )
    capsys.readouterr()
    assert main(["--db", db, "cohorts"]) == 0
    out = capsys.readouterr().out
    assert "Staff Mentoring (staff)" in out and "Rollout 3  2026-09-01 – 2027-06-30" in out
