"""MentorDesk looks before it writes: foreign, empty and damaged files, and a -wal of another copy."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from mentordesk.cli import main
from mentordesk.core.errors import DatabaseError
from mentordesk.core.programs.cohorts import list_programs
from mentordesk.core.storage.backup import backup_database
from mentordesk.core.storage.database import Database
from mentordesk.core.storage.file_check import (
    APPLICATION_ID,
    DamagedDatabaseError,
    header_identity,
    read_header,
)
from tests.factories import make_application, make_cohort, make_program


def files_beside(path: Path) -> set[str]:
    return {p.name for p in path.parent.iterdir()}


def program_names(path: Path) -> list[str]:
    db = Database(path, create=False)
    try:
        with db.reading() as session:
            return sorted(p.name for p in list_programs(session))
    finally:
        db.close()


def a_year_of_applications(path: Path, n: int = 400) -> None:
    db = Database(path)
    with db.transaction() as session:
        cohort = make_cohort(session, name="2026–27")
        for _ in range(n):
            make_application(session, cohort, goals="I would like to learn " * 20)
    db.close()


# --- the mark -----------------------------------------------------------------------------


def test_a_new_database_carries_mentordesks_mark_and_an_identity(db_path: Path) -> None:
    Database(db_path).close()
    application_id, identity = header_identity(read_header(db_path))
    assert application_id == APPLICATION_ID
    assert identity > 0


def test_a_file_from_before_the_mark_is_marked_when_it_opens(db_path: Path) -> None:
    Database(db_path).close()
    with sqlite3.connect(db_path) as connection:  # as an older MentorDesk left it
        connection.execute("PRAGMA application_id=0")
        connection.execute("PRAGMA user_version=0")
    connection.close()
    Database(db_path).close()
    application_id, identity = header_identity(read_header(db_path))
    assert (application_id, identity > 0) == (APPLICATION_ID, True)


# --- another application's file ------------------------------------------------------------


@pytest.mark.parametrize("mark", [0, 0x47504B47], ids=["unmarked", "geopackage"])
def test_another_applications_sqlite_file_is_refused_byte_for_byte_untouched(
    tmp_path: Path, mark: int
) -> None:
    path = tmp_path / "places.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute(f"PRAGMA application_id={mark}")
        connection.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
        connection.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")
    connection.close()
    before = path.read_bytes()
    assert before[18:20] == b"\x01\x01"  # a rollback-journal file, not WAL
    for create in (True, False):
        with pytest.raises(DatabaseError, match=r"not a MentorDesk database.*left untouched"):
            Database(path, create=create)
    assert main(["--db", str(path), "program", "create", "X", "--preset", "staff"]) == 2
    assert path.read_bytes() == before  # not even the journal mode changed
    assert files_beside(path) == {"places.sqlite"}


# --- an empty file ---------------------------------------------------------------------------


def test_an_empty_file_is_not_made_a_database_by_a_command_that_only_reads(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "empty.db"
    path.touch()
    assert main(["--db", str(path), "cohorts"]) == 2
    assert "is an empty file, not a MentorDesk database" in capsys.readouterr().err
    assert path.stat().st_size == 0
    assert files_beside(path) == {"empty.db"}
    # A command that starts a database may use it.
    assert main(["--db", str(path), "program", "create", "Staff", "--preset", "staff"]) == 0
    assert program_names(path) == ["Staff"]


# --- a damaged file ----------------------------------------------------------------------------


def damage_middle_pages(path: Path) -> bytes:
    data = bytearray(path.read_bytes())
    page = 4096
    middle = len(data) // page // 2
    for n in (middle, middle + 1, middle + 2):
        data[n * page : (n + 1) * page] = os.urandom(page)
    path.write_bytes(bytes(data))
    return bytes(data)


def test_a_damaged_file_is_detected_before_the_first_write_and_never_written(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a_year_of_applications(db_path)
    assert not Path(f"{db_path}-wal").exists()  # closed cleanly: everything is in the file
    damaged = damage_middle_pages(db_path)
    with pytest.raises(DamagedDatabaseError, match="is damaged"):
        Database(db_path)
    code = main(["--db", str(db_path), "program", "create", "More", "--preset", "staff"])
    assert code == 2
    err = capsys.readouterr().err
    assert err.startswith(f"mentordesk: {db_path} is damaged")
    assert err.count("\n") == 1
    assert db_path.read_bytes() == damaged
    assert not Path(f"{db_path}-wal").exists()


def test_damage_that_surfaces_during_a_session_stops_every_later_write(db_path: Path) -> None:
    a_year_of_applications(db_path)
    db = Database(db_path)
    damage_middle_pages(db_path)  # while it is open, as a failing disk would
    db.engine.dispose()  # the next connection reads the pages from the disk, not a cache
    with pytest.raises(DamagedDatabaseError), db.reading() as session:
        session.execute(text("SELECT count(*), max(goals) FROM application")).all()
    with pytest.raises(DamagedDatabaseError), db.transaction() as session:
        make_program(session, name="Never written")
    db.close()


# --- a -wal that belongs, and one that does not ---------------------------------------------


KILLED_WRITER = textwrap.dedent(
    """
    import os, sys
    from mentordesk.core.storage.database import Database
    from mentordesk.core.programs.cohorts import create_program
    db = Database(sys.argv[1])
    with db.transaction() as session:
        create_program(session, sys.argv[2], "staff")
    print("committed", flush=True)
    sys.stdin.read()  # wait to be killed, the WAL not yet checkpointed into the file
    """
)


def commit_then_get_killed(path: Path, program: str) -> None:
    """A real process commits a program and is killed with SIGKILL before it closes."""
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED_WRITER, str(path), program],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "committed"
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    assert Path(f"{path}-wal").stat().st_size > 32  # the commit lives in the WAL only


def test_a_wal_left_by_a_killed_mentordesk_is_applied(db_path: Path) -> None:
    Database(db_path).close()
    commit_then_get_killed(db_path, "Committed before the crash")
    assert program_names(db_path) == ["Committed before the crash"]


def test_a_backup_copied_over_the_file_is_not_undone_by_the_old_wal(
    db_path: Path, tmp_path: Path
) -> None:
    db = Database(db_path)
    with db.transaction() as session:
        make_program(session, name="In the backup")
    backup = backup_database(db, tmp_path / "saved.db")
    db.close()
    commit_then_get_killed(db_path, "After the backup")
    stale_wal = Path(f"{db_path}-wal").read_bytes()
    # What a committee member might do: copy the backup over the file by hand.
    db_path.write_bytes(backup.read_bytes())
    opened = Database(db_path)
    assert any("set aside" in n for n in opened.notices)
    with opened.reading() as session:
        assert [p.name for p in list_programs(session)] == ["In the backup"]
    opened.close()
    [aside] = [p for p in tmp_path.iterdir() if ".set-aside-" in p.name]
    assert aside.read_bytes() == stale_wal  # kept, not applied, not deleted


def test_a_wal_copied_from_another_database_is_set_aside(tmp_path: Path) -> None:
    ours, other = tmp_path / "ours.db", tmp_path / "other.db"
    Database(ours).close()
    Database(other).close()
    commit_then_get_killed(other, "Another file's program")
    os.replace(f"{other}-wal", f"{ours}-wal")
    Path(f"{other}-shm").unlink(missing_ok=True)
    assert program_names(ours) == []
    assert any(".set-aside-" in name for name in files_beside(ours))


# --- one window per file -----------------------------------------------------------------------


WINDOW = textwrap.dedent(
    """
    import sys
    from mentordesk.core.storage.database import Database, InUseError
    try:
        db = Database(sys.argv[1], window=True)
    except InUseError as exc:
        print("in use:", exc.message, flush=True)
        db = Database(sys.argv[1], read_only=True)
        print("read-only", db.read_only, flush=True)
    else:
        print("opened", flush=True)
    sys.stdin.read()
    """
)


def test_a_second_copy_on_the_same_file_says_who_has_it_and_opens_read_only(
    db_path: Path,
) -> None:
    import getpass
    import socket

    Database(db_path).close()
    copies: list[subprocess.Popen[str]] = []
    try:
        for _ in range(2):
            child = subprocess.Popen(
                [sys.executable, "-c", WINDOW, str(db_path)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
            )
            copies.append(child)
            assert child.stdout is not None
            first_line = child.stdout.readline().strip()
            if len(copies) == 1:
                assert first_line == "opened"
        assert first_line.startswith(f"in use: {db_path} is open in MentorDesk by ")
        assert f"{getpass.getuser()} on {socket.gethostname()} since " in first_line
        assert copies[1].stdout is not None
        assert copies[1].stdout.readline().strip() == "read-only True"
        # The first window ends (even killed): the file is free again.
        copies[0].send_signal(signal.SIGKILL)
        copies[0].wait(timeout=30)
        deadline = time.monotonic() + 10
        while True:
            try:
                Database(db_path, window=True).close()
                break
            except DatabaseError:
                assert time.monotonic() < deadline
                time.sleep(0.1)
    finally:
        for child in copies:
            child.kill()
            child.wait(timeout=30)


def test_a_read_only_window_refuses_changes_with_the_reason(db_path: Path) -> None:
    first = Database(db_path, window=True)
    second = Database(db_path, read_only=True)
    with pytest.raises(DatabaseError, match="read-only"), second.transaction() as session:
        make_program(session)
    second.close()
    first.close()
