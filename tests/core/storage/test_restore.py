"""Backups that save the day: automatic, listed, rotated, and put back exactly."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from mentordesk.cli import main
from mentordesk.core.errors import DatabaseError
from mentordesk.core.programs.cohorts import cohort_overviews
from mentordesk.core.storage import database
from mentordesk.core.storage.backup import (
    backup_before,
    backup_folder,
    daily_backup,
    list_backups,
)
from mentordesk.core.storage.database import Database, first_attempt
from tests.core.storage.test_open_safely import commit_then_get_killed, program_names
from tests.factories import make_application, make_cohort, make_program


def dump(path: Path) -> list[str]:
    """Every row of every table, read with the plain sqlite3 module."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        lines = list(connection.iterdump())
    connection.close()
    return lines


def test_opening_takes_at_most_one_automatic_backup_a_day(db_path: Path) -> None:
    db = Database(db_path)
    with db.transaction() as session:
        make_cohort(session, name="2026–27")
    db.close()
    folder = backup_folder(db_path)
    assert list_backups(folder) == []  # a brand-new database has nothing to save yet
    for _ in range(3):
        Database(db_path).close()
    [daily] = list_backups(folder)
    assert daily.reason == "daily"
    assert daily.path.stat().st_mode & 0o777 == 0o600
    assert folder.stat().st_mode & 0o777 == 0o700
    db = Database(db_path, backups=False)
    tomorrow = datetime.now() + timedelta(days=1)
    assert daily_backup(db, now=tomorrow) is not None
    assert daily_backup(db, now=tomorrow) is None
    db.close()


def test_a_backup_is_taken_before_a_purge_or_close_out(db: Database) -> None:
    with db.transaction() as session:
        make_program(session, name="Kept safe")
    written = backup_before(db, "close-out")
    assert written is not None and written.name.endswith("-before-close-out.db")
    assert "Kept safe" in "\n".join(dump(written))


def test_a_migration_is_preceded_by_a_backup(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mentordesk.core.storage import database

    Database(db_path).close()
    # A newer MentorDesk (one more migration) opens this file.
    monkeypatch.setattr(database, "head_revision", lambda: "9999_next")
    Database(db_path).close()
    reasons = [b.reason for b in list_backups(backup_folder(db_path))]
    assert "before-migration" in reasons


def test_backups_lists_date_size_and_counts(
    db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with db.transaction() as session:
        cohort = make_cohort(session, name="2026–27")
        for _ in range(3):
            make_application(session, cohort)
    backup_before(db, "purge")
    assert main(["--db", str(db_path), "backups", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    [entry] = listed["backups"]
    assert (entry["programs"], entry["cohorts"], entry["applications"]) == (1, 1, 3)
    assert entry["reason"] == "before-purge" and entry["size"] > 0
    assert "7 days, 4 weeks and 12 months" in listed["rotation"]
    assert main(["--db", str(db_path), "backups"]) == 0
    out = capsys.readouterr().out
    assert "1 programs, 1 cohorts, 3 applications" in out
    assert "newest backup of each of the last 7 days" in out


def test_restore_over_a_live_file_with_a_stale_wal_gives_exactly_the_backup(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = Database(db_path)
    with db.transaction() as session:
        make_program(session, name="Before the mistake")
    saved = backup_before(db, "purge")
    assert saved is not None
    db.close()
    expected = dump(saved)
    commit_then_get_killed(db_path, "The mistake")  # leaves a -wal with a commit in it
    assert main(["--db", str(db_path), "restore", str(saved), "--yes"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Restored {db_path} from {saved}; the previous file was kept as ")
    assert not Path(f"{db_path}-wal").exists()
    assert dump(db_path) == expected
    assert program_names(db_path) == ["Before the mistake"]
    # Nothing is lost either: the file as it was is the newest backup before the restore.
    [previous] = [b for b in list_backups(backup_folder(db_path)) if b.reason == "before-restore"]
    assert "The mistake" in "\n".join(dump(previous.path))


def test_restore_asks_first_and_refuses_a_file_that_is_not_a_backup(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    saved = backup_before(db, "purge")
    assert main(["--db", str(db_path), "restore", str(saved)]) == 1
    assert "add --yes to confirm" in capsys.readouterr().err
    notes = tmp_path / "notes.db"
    notes.write_text("not a database")
    assert main(["--db", str(db_path), "restore", str(notes), "--yes"]) == 1
    assert "is not a MentorDesk backup" in capsys.readouterr().err


def test_restore_refuses_while_a_window_has_the_file(db_path: Path) -> None:
    window = Database(db_path, window=True)
    saved = backup_before(window, "purge")
    assert main(["--db", str(db_path), "restore", str(saved), "--yes"]) == 2
    window.close()
    assert main(["--db", str(db_path), "restore", str(saved), "--yes"]) == 0


def test_backup_out_refuses_to_overwrite_without_force(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "year.db"
    out.write_bytes(b"an older copy")
    assert main(["--db", str(db_path), "backup", "--out", str(out)]) == 1
    assert "add --force to replace it" in capsys.readouterr().err
    assert out.read_bytes() == b"an older copy"
    assert main(["--db", str(db_path), "backup", "--out", str(out), "--force"]) == 0
    assert dump(out)


SLOW_BACKUP = textwrap.dedent(
    """
    import sys, time
    from mentordesk.core.progress import Progress
    from mentordesk.core.storage.backup import backup_database
    from mentordesk.core.storage.database import Database
    db = Database(sys.argv[1], backups=False)
    def slowly(done, total, message):
        print("copying", flush=True)
        time.sleep(30)
    backup_database(db, sys.argv[2], progress=Progress(slowly))
    """
)


def test_a_killed_backup_leaves_a_partial_file_that_the_next_backup_removes(
    db_path: Path, tmp_path: Path
) -> None:
    db = Database(db_path)
    with db.transaction() as session:
        cohort = make_cohort(session)
        for _ in range(300):
            make_application(session, cohort, goals="x" * 2000)
    db.close()
    folder = tmp_path / "saved"
    child = subprocess.Popen(
        [sys.executable, "-c", SLOW_BACKUP, str(db_path), str(folder / "year.db")],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "copying"
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        child.kill()
    partials = [p for p in folder.iterdir() if p.name.endswith(".partial")]
    assert len(partials) == 1 and not (folder / "year.db").exists()
    assert partials[0].stat().st_mode & 0o777 == 0o600
    started = time.monotonic()
    assert main(["--db", str(db_path), "backup", "--out", str(folder / "year.db")]) == 0
    assert time.monotonic() - started < 30
    assert sorted(p.name for p in folder.iterdir()) == ["year.db"]
    with sqlite3.connect(folder / "year.db") as connection:
        assert connection.execute("SELECT count(*) FROM application").fetchone()[0] == 300
    connection.close()


def test_a_window_opening_goes_on_while_the_days_backup_is_taken_aside(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = Database(db_path)
    with db.transaction() as session:
        make_cohort(session, name="2026–27")
    db.close()
    copying = threading.Event()
    may_finish = threading.Event()
    real_backup = database.daily_backup

    def slow_backup(opened: Database) -> Path | None:
        copying.set()
        assert may_finish.wait(30)
        return real_backup(opened)

    monkeypatch.setattr(database, "daily_backup", slow_backup)
    opened = first_attempt(db_path)
    assert isinstance(opened, Database)
    # Held back while the window opens: nothing competes with reading the first cohort.
    with opened.reading() as session:
        assert [c.name for c in cohort_overviews(session)] == ["2026–27"]
    assert not copying.is_set()
    opened.start_daily_backup()  # the window's first area has its data
    assert copying.wait(30)  # the copy is under way, and the window already has its file
    assert list_backups(backup_folder(db_path)) == []
    may_finish.set()
    opened.daily_backup_taken()
    [daily] = list_backups(backup_folder(db_path))
    assert daily.reason == "daily"
    opened.close()


def test_a_days_backup_that_failed_aside_refuses_changes_until_it_can_be_taken(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = Database(db_path)
    with db.transaction() as session:
        make_cohort(session, name="2026–27")
    db.close()
    real_backup = database.daily_backup

    def disk_full(opened: Database) -> Path | None:
        raise DatabaseError(f"Cannot write the backup of {opened.name}: No space left on device")

    monkeypatch.setattr(database, "daily_backup", disk_full)
    opened = first_attempt(db_path)
    assert isinstance(opened, Database)
    with opened.reading() as session:  # reading is not changing: the window shows the file
        assert [c.name for c in cohort_overviews(session)] == ["2026–27"]
    with pytest.raises(DatabaseError, match="No space left"), opened.transaction() as session:
        make_cohort(session, name="Not kept")
    monkeypatch.setattr(database, "daily_backup", real_backup)  # room made on the disk
    with opened.transaction() as session:
        make_cohort(session, name="2027–28")
    with opened.reading() as session:
        assert [c.name for c in cohort_overviews(session)] == ["2026–27", "2027–28"]
    [daily] = list_backups(backup_folder(db_path))
    assert daily.reason == "daily"
    opened.close()


def test_a_change_before_the_window_asks_for_the_days_backup_takes_it_first(
    db_path: Path,
) -> None:
    db = Database(db_path)
    with db.transaction() as session:
        make_cohort(session, name="2026–27")
    db.close()
    opened = first_attempt(db_path)
    assert isinstance(opened, Database)
    assert list_backups(backup_folder(db_path)) == []
    with opened.transaction() as session:
        make_cohort(session, name="2027–28")
    [daily] = list_backups(backup_folder(db_path))
    with sqlite3.connect(daily.path) as copy:  # the file as it was before the change
        assert copy.execute("SELECT name FROM cohort").fetchall() == [("2026–27",)]
    copy.close()
    opened.start_daily_backup()  # asked for later: once a day is enough
    opened.close()
    assert len(list_backups(backup_folder(db_path))) == 1


def test_a_window_closed_before_it_asked_for_the_days_backup_takes_it_on_closing(
    db_path: Path,
) -> None:
    db = Database(db_path)
    with db.transaction() as session:
        make_cohort(session, name="2026–27")
    db.close()
    opened = first_attempt(db_path)
    assert isinstance(opened, Database)
    opened.close()
    [daily] = list_backups(backup_folder(db_path))
    assert daily.reason == "daily"
