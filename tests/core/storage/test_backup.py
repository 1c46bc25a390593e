"""Backups are consistent, private, written whole or not at all, and rotated."""

from __future__ import annotations

import sqlite3
import stat
import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy.engine import URL

from mentordesk.cli import main
from mentordesk.core.errors import Cancelled, MentorDeskError, ValidationError
from mentordesk.core.programs.cohorts import cohort_overviews, list_programs
from mentordesk.core.progress import Progress
from mentordesk.core.storage.backup import (
    RotationRule,
    backup_database,
    backup_name,
    backup_to_folder,
    list_backups,
    rotate_backups,
)
from mentordesk.core.storage.database import Database
from tests.factories import make_application, make_cohort, make_program


def count(path: Path, table: str) -> int:
    """Read a backup with the plain sqlite3 module, not through MentorDesk."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        value = connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    connection.close()
    return int(value)


def test_a_backup_holds_the_committed_data_and_opens_as_a_database(
    db: Database, tmp_path: Path
) -> None:
    with db.transaction() as session:
        cohort = make_cohort(session, name="2026–27")
        for _ in range(30):
            make_application(session, cohort)
    target = backup_database(db, tmp_path / "backups" / "program-copy.db")
    assert target == tmp_path / "backups" / "program-copy.db"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert count(target, "application") == 30
    assert not Path(f"{target}-wal").exists()  # one self-contained file
    with sqlite3.connect(target) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    connection.close()
    copy = Database(target)
    with copy.reading() as session:
        [overview] = cohort_overviews(session)
    assert (overview.name, overview.mentees) == ("2026–27", 30)
    copy.close()
    assert [p.name for p in target.parent.iterdir() if p.name.startswith(".")] == []


def test_a_change_not_yet_committed_is_not_in_the_backup(db: Database, tmp_path: Path) -> None:
    with db.transaction() as session:
        make_program(session, name="Committed")
    writer = db.session()
    try:
        make_program(writer, name="Still being typed")
        writer.flush()  # written to the database, not committed
        backup_database(db, tmp_path / "copy.db")
        writer.commit()
    finally:
        writer.close()
    assert count(tmp_path / "copy.db", "program") == 1
    with db.reading() as session:
        assert len(list_programs(session)) == 2


def test_a_backup_taken_while_the_committee_keeps_working_is_consistent(
    db: Database, tmp_path: Path
) -> None:
    stop = threading.Event()

    def keep_adding_programs_with_their_cohort() -> None:
        while not stop.is_set():
            with db.transaction() as session:
                make_cohort(session)  # a program and its cohort, always together

    worker = threading.Thread(target=keep_adding_programs_with_their_cohort)
    worker.start()
    try:
        backups = [
            backup_database(db, tmp_path / f"copy{i}.db", progress=Progress()) for i in range(5)
        ]
    finally:
        stop.set()
        worker.join()
    for backup in backups:
        assert count(backup, "program") == count(backup, "cohort")


def test_a_cancelled_backup_leaves_no_file(db: Database, tmp_path: Path) -> None:
    with db.transaction() as session:
        make_cohort(session)
    progress = Progress(lambda done, total, message: progress.cancel())
    with pytest.raises(Cancelled):
        backup_database(db, tmp_path / "backups" / "copy.db", progress=progress)
    assert list((tmp_path / "backups").iterdir()) == []


def test_a_failed_backup_keeps_the_previous_backup_intact(db: Database, tmp_path: Path) -> None:
    with db.transaction() as session:
        make_program(session)
    target = backup_database(db, tmp_path / "backups" / "copy.db")
    before = target.read_bytes()
    with db.transaction() as session:
        make_program(session)
    progress = Progress(lambda done, total, message: progress.cancel())
    with pytest.raises(Cancelled):
        backup_database(db, target, progress=progress, overwrite=True)
    assert target.read_bytes() == before
    assert [p.name for p in target.parent.iterdir()] == ["copy.db"]


def test_the_database_cannot_be_backed_up_onto_itself(db: Database, db_path: Path) -> None:
    with pytest.raises(ValidationError, match="cannot replace the database itself"):
        backup_database(db, db_path)


@pytest.mark.postgres
def test_backup_of_a_server_database_says_to_use_pg_dump(
    pg_shared_url: URL, tmp_path: Path
) -> None:
    db = Database(pg_shared_url)
    with pytest.raises(MentorDeskError, match="with pg_dump") as caught:
        backup_database(db, tmp_path / "never-written.db")
    db.close()
    assert pg_shared_url.password not in caught.value.message
    assert list(tmp_path.iterdir()) == []


def test_rotation_keeps_a_week_of_days_a_month_of_weeks_and_a_year_of_months(
    db: Database, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    (folder / "notes.txt").write_text("not a backup")
    (folder / "other-20200101-000000.db").write_bytes(b"another database's backup")
    start = datetime(2025, 11, 1, 9, 0, 0)
    rule = RotationRule(daily=7, weekly=4, monthly=12, latest=2)
    written = [
        backup_to_folder(db, folder, reason="daily", when=start + timedelta(days=d), rule=rule)
        for d in range(400)
    ]
    kept = {b.path for b in list_backups(folder) if b.stem == "program"}
    newest = written[-1]
    assert newest.name == "program-20261205-090000-daily.db"
    assert set(written[-7:]) <= kept  # the last seven days
    taken = sorted(datetime.strptime(p.name[8:23], "%Y%m%d-%H%M%S") for p in kept)
    assert len({(t.year, t.month) for t in taken}) == 12  # one a month for a year
    assert len(kept) <= 7 + 4 + 12
    assert min(taken) >= datetime(2025, 12, 1)
    assert (folder / "notes.txt").exists() and (folder / "other-20200101-000000.db").exists()


def test_two_backups_in_the_same_second_are_both_kept(db: Database, tmp_path: Path) -> None:
    when = datetime(2026, 11, 23, 9, 0, 0)
    first = backup_to_folder(db, tmp_path, when=when)
    second = backup_to_folder(db, tmp_path, when=when)
    assert (first.name, second.name) == (backup_name(db, when), "program-20261123-090000-2.db")
    assert {b.path for b in list_backups(tmp_path)} == {first, second}


def test_keeping_no_backup_at_all_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="at least one"):
        rotate_backups(tmp_path, RotationRule(latest=0))


def test_cli_backs_up_the_database(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with db.transaction() as session:
        make_cohort(session)
    out = tmp_path / "saved" / "year.db"
    assert main(["--db", str(db_path), "backup", "--out", str(out)]) == 0
    assert capsys.readouterr().out == f"Backed up {db_path} to {out}\n"
    assert count(out, "cohort") == 1
