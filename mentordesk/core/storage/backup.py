"""Consistent copies of an open SQLite database, and a folder of them that does not grow forever.

A backup is taken with SQLite's online backup API, so it is a snapshot of what was
committed, even while the window keeps writing. It is written beside its final name
and renamed into place, so a crash mid-backup never leaves a half file under a backup's
name, and it is readable by its owner only, like the database itself.
"""

from __future__ import annotations

import os
import re
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from mentordesk.core.errors import DatabaseError, MentorDeskError, ValidationError
from mentordesk.core.progress import Progress
from mentordesk.core.storage.database import Database

#: ``<database name>-<YYYYmmdd-HHMMSS>[-n].db``: what rotation recognises as a backup.
_BACKUP_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?\.db$")
_PAGES_PER_STEP = 1024


@dataclass(frozen=True, order=True)
class BackupFile:
    """A backup found in a folder; ordered oldest first."""

    stamp: str
    n: int
    stem: str
    path: Path


def backup_database(
    db: Database, dest: str | os.PathLike[str], *, progress: Progress | None = None
) -> Path:
    """Copy the open database to ``dest`` (replacing a file there) and return its path."""
    if not db.is_sqlite or db.path is None:
        raise MentorDeskError(
            f"MentorDesk copies database files only; back up the server database {db.name} "
            "with pg_dump (for example: pg_dump --format=custom --file=mentordesk.dump DBNAME)"
        )
    target = Path(dest).expanduser().resolve()
    if target == db.path.resolve():
        raise ValidationError(f"A backup of {db.name} cannot replace the database itself", "dest")
    if target.is_dir():
        raise ValidationError(f"{target} is a folder; name the backup file", "dest")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        # mkstemp creates the file 0600 and in the same folder, so os.replace is atomic.
        fd, temp_name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".part", dir=target.parent
        )
    except OSError as exc:
        raise DatabaseError(f"Cannot write the backup {target}: {exc.strerror}") from exc
    os.close(fd)
    temp = Path(temp_name)
    try:
        _copy(db, temp, progress)
        os.chmod(temp, 0o600)
        os.replace(temp, target)
        _sync_folder(target.parent)
    except OSError as exc:
        raise DatabaseError(f"Cannot write the backup {target}: {exc.strerror}") from exc
    finally:
        for leftover in (temp, *(Path(f"{temp}-{x}") for x in ("journal", "wal", "shm"))):
            leftover.unlink(missing_ok=True)
    return target


def _copy(db: Database, temp: Path, progress: Progress | None) -> None:
    def report(_status: int, remaining: int, total: int) -> None:
        if progress is not None:
            progress.step(total - remaining, total, "Copying the database")

    copy = sqlite3.connect(temp)
    try:
        with db.engine.connect() as connection:
            source = connection.connection.driver_connection
            assert isinstance(source, sqlite3.Connection)
            # All pages in one step unless someone watches: one read snapshot, no restarts.
            pages = _PAGES_PER_STEP if progress is not None else -1
            source.backup(copy, pages=pages, progress=report)
        if progress is not None:
            progress.check()  # Cancel pressed during the last step still means no backup
        # A backup is one self-contained file: no -wal beside it to lose when copied.
        copy.execute("PRAGMA journal_mode=DELETE")
        verdict = copy.execute("PRAGMA quick_check").fetchone()[0]
        if verdict != "ok":
            raise DatabaseError(f"The backup of {db.name} is damaged ({verdict}); nothing was kept")
        copy.commit()
    except sqlite3.Error as exc:
        raise DatabaseError(f"Cannot back up {db.name}: {exc}") from exc
    finally:
        copy.close()
    with open(temp, "rb+") as written:
        os.fsync(written.fileno())


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no folder handles to sync."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def backup_name(db: Database, when: datetime | None = None) -> str:
    """The file name of a backup of ``db`` taken at ``when`` (local time, now by default)."""
    stem = db.path.stem if db.path is not None else "mentordesk"
    return f"{stem}-{(when or datetime.now()):%Y%m%d-%H%M%S}.db"


def list_backups(folder: str | os.PathLike[str]) -> list[BackupFile]:
    """The backups in ``folder``, oldest first; files not named like a backup are ignored."""
    found: list[BackupFile] = []
    directory = Path(folder)
    if not directory.is_dir():
        return found
    for path in directory.iterdir():
        match = _BACKUP_NAME.match(path.name)
        if match and path.is_file():
            found.append(BackupFile(match["stamp"], int(match["n"] or 1), match["stem"], path))
    return sorted(found)


def rotate_backups(folder: str | os.PathLike[str], keep: int) -> list[Path]:
    """Delete all but the ``keep`` newest backups of each database in ``folder``.

    Only files named like backups (see ``backup_name``) are ever deleted; returns them.
    """
    if keep < 1:
        raise ValidationError("Keep at least one backup", "keep")
    by_database: dict[str, list[BackupFile]] = {}
    for backup in list_backups(folder):
        by_database.setdefault(backup.stem, []).append(backup)
    removed: list[Path] = []
    for backups in by_database.values():
        for old in backups[:-keep]:
            old.path.unlink(missing_ok=True)
            removed.append(old.path)
    return removed


def backup_to_folder(
    db: Database,
    folder: str | os.PathLike[str],
    *,
    keep: int,
    when: datetime | None = None,
    progress: Progress | None = None,
) -> Path:
    """Take a dated backup of ``db`` in ``folder`` and keep only the ``keep`` newest."""
    if keep < 1:
        raise ValidationError("Keep at least one backup", "keep")
    directory = Path(folder).expanduser()
    name = backup_name(db, when)
    target = directory / name
    n = 1
    while target.exists():  # two backups within one second
        n += 1
        target = directory / f"{name.removesuffix('.db')}-{n}.db"
    written = backup_database(db, target, progress=progress)
    rotate_backups(directory, keep)
    return written
