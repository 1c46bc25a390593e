"""The local database file keeps its promises: private, consistent, upgradable, clear errors."""

from __future__ import annotations

import os
import pwd
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from mentordesk.cli import main
from mentordesk.core.applications.records import list_applications, update_application
from mentordesk.core.errors import ConflictError, DatabaseError, ValidationError
from mentordesk.core.paths import default_database_path
from mentordesk.core.programs.cohorts import cohort_overviews, list_programs
from mentordesk.core.programs.rules import ProgramRules
from mentordesk.core.storage.database import Database, describe, resolve_url
from mentordesk.core.storage.migrations import alembic_config
from mentordesk.core.storage.models import Application, Program
from tests.factories import make_application, make_cohort, make_program


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def as_another_user(action: Callable[[], None]) -> str:
    """Run ``action`` without root's powers; return the error message it raised ('' if none).

    Root may write anywhere, so when the tests run as root (as CI does) the action runs
    in a forked child that became ``nobody``; otherwise it runs right here.
    """
    if os.geteuid() != 0:
        try:
            action()
        except DatabaseError as exc:
            return exc.message
        return ""
    nobody = pwd.getpwnam("nobody")
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: drop root, try, report through the pipe, and leave at once
        message = ""
        try:
            os.setgroups([])
            os.setgid(nobody.pw_gid)
            os.setuid(nobody.pw_uid)
            action()
        except DatabaseError as exc:
            message = exc.message
        except BaseException as exc:
            message = f"unexpected {type(exc).__name__}: {exc}"
        os.write(write_end, message.encode())
        os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        message = pipe.read().decode()
    os.waitpid(pid, 0)
    return message


# --- a new file ------------------------------------------------------------------------


def test_new_database_file_and_its_wal_files_are_readable_by_the_owner_only(
    db_path: Path,
) -> None:
    old_umask = os.umask(0o022)  # a typical desktop umask would give 0644
    try:
        db = Database(db_path)
        with db.transaction() as session:
            make_program(session)
    finally:
        os.umask(old_umask)
    wal, shm = Path(f"{db_path}-wal"), Path(f"{db_path}-shm")
    assert wal.exists() and shm.exists()  # still open, so SQLite keeps them
    assert {mode(p) for p in (db_path, wal, shm)} == {0o600}
    db.close()


def test_an_existing_file_readable_by_others_is_made_private_on_open(db_path: Path) -> None:
    Database(db_path).close()
    db_path.chmod(0o644)
    Database(db_path).close()
    assert mode(db_path) == 0o600


def test_new_database_is_migrated_to_the_newest_schema_in_wal_mode(db: Database) -> None:
    assert db.schema_revision() == head_revision()
    assert {"program", "cohort", "application", "audit_entry"} <= set(db.table_names())
    with db.reading() as session:
        assert session.scalar(text("PRAGMA journal_mode")) == "wal"
        assert session.scalar(text("PRAGMA foreign_keys")) == 1


def test_the_migrations_build_exactly_the_schema_the_models_describe(db: Database) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from mentordesk.core.storage.models import Base

    with db.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def test_a_row_pointing_at_a_missing_cohort_is_refused(db: Database) -> None:
    with pytest.raises(ConflictError, match="FOREIGN KEY"), db.transaction() as session:
        session.execute(
            text(
                "INSERT INTO term (cohort_id, name, start_date, end_date) "
                "VALUES (999, 'Orphan', '2026-09-01', '2026-12-31')"
            )
        )
    with db.reading() as session:
        assert session.scalar(text("SELECT count(*) FROM term")) == 0


# --- an old file -------------------------------------------------------------------------


def test_a_file_from_the_first_release_opens_upgraded_with_its_data(db_path: Path) -> None:
    """A database written at revision 0001 (raw SQL of that schema, as that release wrote it)."""
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0001")
        connection.execute(
            text(
                "INSERT INTO program (id, name, preset, rules_json, created_at) "
                "VALUES (1, 'Case Management Society', 'association', :rules, '2025-08-01 09:00:00')"
            ),
            {"rules": ProgramRules.preset("association").to_json()},
        )
        connection.execute(
            text(
                "INSERT INTO cohort (id, program_id, name, start_date, end_date, status, "
                "timezone, created_at) VALUES (1, 1, '2025–26', '2025-09-01', '2026-06-30', "
                "'active', 'America/Chicago', '2025-08-01 09:00:00')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO person (id, first_name, last_name, email, created_at) VALUES "
                "(1, 'Zoë', 'O''Brien', 'zoe@example.org', '2025-08-02 10:00:00')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO application (id, cohort_id, person_id, role, status, capacity, "
                "created_at, updated_at) VALUES (1, 1, 1, 'mentor', 'accepted', 2, "
                "'2025-08-02 10:00:00', '2025-08-02 10:00:00')"
            )
        )
    engine.dispose()

    db = Database(db_path)
    assert db.schema_revision() == head_revision()
    with db.reading() as session:
        [overview] = cohort_overviews(session)
        [row] = list_applications(session, 1)
    assert (overview.program, overview.name, overview.mentors) == (
        "Case Management Society",
        "2025–26",
        1,
    )
    assert (row.full_name, row.values["capacity"]) == ("Zoë O'Brien", 2)
    with db.transaction(actor="committee") as session:  # and it takes new changes
        update_application(session, 1, "capacity", "3")
    db.close()


def test_a_file_from_a_newer_mentordesk_is_refused_with_a_clear_message(db_path: Path) -> None:
    Database(db_path).close()
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()
    with pytest.raises(DatabaseError, match=r"newer MentorDesk.*9999_future"):
        Database(db_path)


def test_the_newest_revision_is_read_from_the_scripts_as_alembic_reads_it() -> None:
    from mentordesk.core.storage.migrations import known_head

    assert known_head() == head_revision()


def test_a_file_already_up_to_date_opens_without_loading_alembic(db_path: Path) -> None:
    """Alembic's import and its reading of the scripts cost a third of a second at every start."""
    Database(db_path).close()
    probe = (
        "import sys\n"
        "from mentordesk.core.storage.database import Database\n"
        f"Database({str(db_path)!r}, create=False).close()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "[]"


def test_migrations_run_from_a_folder_whose_path_has_spaces(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As in "C:\\Program Files\\MentorDesk" or a bundle unpacked into "My Apps"."""
    import shutil

    from mentordesk.core.storage import migrations

    moved = tmp_path / "My Apps" / "Mentor Desk" / "migrations"
    shutil.copytree(migrations.HERE, moved, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(migrations, "HERE", moved)
    db = Database(tmp_path / "program.db")
    assert db.schema_revision() == head_revision()
    db.close()


def test_in_the_desktop_bundle_alembic_runs_the_scripts_copied_beside_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """build.spec copies the scripts to <bundle>/mentordesk/core/storage/migrations as data."""
    import sys

    from mentordesk.core.storage import migrations

    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert migrations._scripts_dir() == tmp_path / "mentordesk" / "core" / "storage" / "migrations"


# --- files MentorDesk cannot use ---------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [b"Name,Email\nZo\xc3\xab,zoe@example.org\n", bytes(range(256)) * 64],
    ids=["text file", "random bytes"],
)
def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "applicants.csv"
    path.write_bytes(content)
    with pytest.raises(DatabaseError) as caught:
        Database(path)
    assert caught.value.message == f"{path} is not a MentorDesk database (not an SQLite file)"
    assert path.read_bytes() == content  # left untouched


def test_another_applications_sqlite_database_is_not_written_to(tmp_path: Path) -> None:
    path = tmp_path / "places.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    connection.close()
    with pytest.raises(DatabaseError, match=r"not a MentorDesk database.*moz_places"):
        Database(path)
    with sqlite3.connect(path) as connection:
        tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master")]
    connection.close()
    assert tables == ["moz_places"]


def test_a_folder_given_as_database_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError) as caught:
        Database(tmp_path)
    assert caught.value.message == f"{tmp_path} is a folder, not a database file"


def test_a_file_in_the_way_of_the_folder_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "data").write_text("not a folder")
    with pytest.raises(DatabaseError, match="data is a file, not a folder"):
        Database(tmp_path / "data" / "program.db")


def test_a_database_in_a_folder_that_is_not_writable_is_a_clear_error() -> None:
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="mentordesk-ro-"))
    try:
        folder.chmod(0o555)
        message = as_another_user(lambda: Database(folder / "program.db").close())
        assert message == (
            f"Cannot create the database {folder / 'program.db'}: the folder is not writable"
        )
        assert not (folder / "program.db").exists()
    finally:
        folder.chmod(0o700)
        folder.rmdir()


def test_someone_elses_database_file_is_a_clear_error() -> None:
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="mentordesk-other-"))
    path = folder / "program.db"
    try:
        folder.chmod(0o777)
        Database(path).close()  # ours, mode 0600: another user may not read it
        message = as_another_user(lambda: Database(path).close())
        assert message == f"Cannot read and write the database file {path}: permission denied"
    finally:
        for leftover in folder.iterdir():
            leftover.unlink()
        folder.rmdir()


# --- which database ----------------------------------------------------------------------


def test_db_option_wins_over_environment_which_wins_over_the_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    default = default_database_path()
    assert resolve_url(None).database == str(default)
    assert str(default).startswith(os.environ["XDG_DATA_HOME"])  # the test's own home
    monkeypatch.setenv("MENTORDESK_DB", str(tmp_path / "env.db"))
    assert resolve_url(None).database == str(tmp_path / "env.db")
    assert resolve_url("").database == str(tmp_path / "env.db")
    assert resolve_url(tmp_path / "option.db").database == str(tmp_path / "option.db")


def test_relative_and_home_paths_become_absolute_file_paths(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert resolve_url("year.db").database == str(tmp_path / "year.db")
    assert resolve_url("~/year.db").database == str(Path.home() / "year.db")


def test_postgresql_addresses_use_psycopg_and_never_show_the_password() -> None:
    url = resolve_url("postgresql://committee:s3cret@db.example.org:5432/mentoring")
    assert url.drivername == "postgresql+psycopg"
    assert describe(url) == "postgresql+psycopg://committee:***@db.example.org:5432/mentoring"
    explicit = resolve_url("postgresql+psycopg://committee@db.example.org/mentoring")
    assert explicit == make_url("postgresql+psycopg://committee@db.example.org/mentoring")


@pytest.mark.parametrize(
    ("address", "message"),
    [
        ("mysql://root@localhost/mentoring", "not in 'mysql'"),
        ("://mentoring", "Not a database address"),
        ("postgresql://committee@db.example.org:fivefourthreetwo/mentoring", "Not a database"),
    ],
)
def test_an_address_mentordesk_cannot_use_is_a_clear_error(address: str, message: str) -> None:
    with pytest.raises(DatabaseError, match=message):
        Database(address)


def test_cli_uses_mentordesk_db_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("MENTORDESK_DB", str(tmp_path / "env.db"))
    assert main(["program", "create", "From env", "--preset", "staff"]) == 0
    assert main(["cohorts"]) == 0
    assert "From env (staff)" in capsys.readouterr().out
    assert (
        main(["--db", str(tmp_path / "top.db"), "program", "create", "T", "--preset", "staff"]) == 0
    )
    assert (
        main(["program", "create", "S", "--preset", "staff", "--db", str(tmp_path / "sub.db")]) == 0
    )
    assert {p.name for p in tmp_path.glob("*.db")} == {"env.db", "top.db", "sub.db"}


def test_cli_says_in_one_line_that_a_file_is_not_a_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("Meeting notes\n")
    assert main(["--db", str(path), "cohorts"]) == 2
    captured = capsys.readouterr()
    assert captured.err == f"mentordesk: {path} is not a MentorDesk database (not an SQLite file)\n"
    assert captured.out == ""


# --- transactions ------------------------------------------------------------------------


def test_a_transaction_that_fails_leaves_nothing_behind(db: Database) -> None:
    with pytest.raises(ValidationError), db.transaction(actor="ann") as session:
        program = make_program(session, name="Half-made program")
        make_cohort(session, program, name="2026–27")
        make_cohort(session, program, name="Broken", start=date(2027, 1, 1), end=date(2026, 1, 1))
    with db.reading() as session:
        assert list_programs(session) == []
        for table in ("program", "cohort", "term", "audit_entry"):
            assert session.scalar(text(f"SELECT count(*) FROM {table}")) == 0


def test_a_unique_constraint_the_database_enforces_is_a_conflict(db: Database) -> None:
    with db.transaction() as session:
        make_program(session, name="Staff Mentoring")
    with pytest.raises(ConflictError, match=r"UNIQUE.*program\.name"), db.transaction() as session:
        session.add(Program(name="Staff Mentoring", preset="staff", rules_json="{}"))
    with db.reading() as session:
        assert len(list_programs(session)) == 1


def test_a_role_outside_the_list_is_refused_by_the_database(db: Database) -> None:
    with db.transaction() as session:
        cohort = make_cohort(session)
        app_id = make_application(session, cohort).id
    with pytest.raises(ConflictError, match="CHECK"), db.transaction() as session:
        session.execute(
            text("UPDATE application SET role = 'sponsor' WHERE id = :id"), {"id": app_id}
        )
    with db.reading() as session:
        assert session.scalar(select(Application.role).where(Application.id == app_id)) == "mentee"


# --- from the foundation's first tests ----------------------------------------------------


def test_new_file_is_created_migrated_and_private(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "folder" / "new.db"
    db = Database(path)
    assert db.schema_revision() is not None
    assert {
        "program",
        "cohort",
        "application",
        "pairing",
        "event",
        "evaluation",
        "audit_entry",
    } <= set(db.table_names())
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    with db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    db.close()


def test_opening_again_keeps_data_and_revision(db_path: Path) -> None:
    db = Database(db_path)
    with db.transaction() as s:
        s.add(Program(name="Kept", rules_json="{}"))
    revision = db.schema_revision()
    db.close()
    again = Database(db_path)
    assert again.schema_revision() == revision
    with again.reading() as s:
        assert s.query(Program).one().name == "Kept"
    again.close()


def test_a_failed_transaction_leaves_nothing_behind(db: Database) -> None:
    with pytest.raises(ConflictError), db.transaction() as s:
        s.add(Program(name="Half", rules_json="{}"))
        s.flush()
        raise ConflictError("stop")
    with db.reading() as s:
        assert s.query(Program).count() == 0


def test_a_file_opens_without_loading_sqlalchemys_postgresql_dialect(db_path: Path) -> None:
    """Its import cost every start 30-45 ms; only a PostgreSQL server needs it."""
    Database(db_path).close()
    probe = (
        "import sys\n"
        "from mentordesk.core.storage.database import Database\n"
        "from mentordesk.core.programs.cohorts import cohort_overviews\n"
        f"db = Database({str(db_path)!r}, create=False)\n"
        "with db.reading() as s:\n"
        "    cohort_overviews(s)\n"
        "db.close()\n"
        "print('sqlalchemy.dialects.postgresql' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "False"
