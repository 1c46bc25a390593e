"""Backups that save the day: consistent copies, taken automatically, rotated, and put back.

A backup is taken with SQLite's online backup API, so it is a snapshot of what was
committed, even while the window keeps writing. It is written owner-only beside its final
name and renamed into place, so a crash mid-backup never leaves a half file under a
backup's name; the hidden partial files a killed backup left are removed by the next one.
Each backup gets an identity of its own, so a ``-wal`` of the live file is never applied
to a backup copied over it.

Automatic backups go to a folder per database in the user's data folder: one on opening
(at most daily), one before every schema migration, before a restore, and before the
purge and the close-out (``backup_before``). They are rotated by ``ROTATION``, a rule the
committee can read in ``mentordesk backups`` and File ▸ Restore….
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

from mentordesk.core.errors import ConflictError, DatabaseError, MentorDeskError, ValidationError
from mentordesk.core.paths import user_data_dir
from mentordesk.core.private_files import (
    commit_partial,
    partial_path,
    private_folder,
    remove_stale_partials,
)
from mentordesk.core.progress import Progress
from mentordesk.core.storage.file_check import (
    APPLICATION_ID,
    OUR_TABLES,
    header_identity,
    new_identity,
    read_header,
    shm_path,
    wal_path,
)

#: ``<database name>-<YYYYmmdd-HHMMSS>[-n][-<reason>].db``: what rotation recognises as a backup.
_BACKUP_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?(?:-(?P<reason>[a-z][a-z-]*))?\.db$"
)
_PAGES_PER_STEP = 1024
#: The partial files of older MentorDesk backups ended so.
_OLD_PARTIAL = ".part"


class OpenDatabase(Protocol):
    """What a backup needs of an open database (``Database`` provides it)."""

    is_sqlite: bool
    path: Path | None
    engine: Any

    @property
    def name(self) -> str: ...


@dataclass(frozen=True)
class RotationRule:
    """Which automatic backups are kept: the newest of each recent day, week and month."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 12
    #: The newest few are kept whatever their dates (several in one day before changes).
    latest: int = 5

    def describe(self) -> str:
        return (
            f"MentorDesk keeps the newest backup of each of the last {self.daily} days, "
            f"{self.weekly} weeks and {self.monthly} months, and the {self.latest} newest"
        )


ROTATION = RotationRule()


@dataclass(frozen=True, order=True)
class BackupFile:
    """A backup found in a folder; ordered oldest first."""

    stamp: str
    n: int
    stem: str
    path: Path
    reason: str = ""

    @property
    def taken(self) -> datetime:
        return datetime.strptime(self.stamp, "%Y%m%d-%H%M%S")


@dataclass(frozen=True)
class BackupInfo:
    """What ``mentordesk backups`` shows of one backup."""

    path: Path
    taken: datetime
    reason: str
    size: int
    programs: int | None
    cohorts: int | None
    applications: int | None

    def as_json(self) -> dict[str, Any]:
        return {
            "file": str(self.path),
            "taken": self.taken.isoformat(timespec="seconds"),
            "reason": self.reason,
            "size": self.size,
            "programs": self.programs,
            "cohorts": self.cohorts,
            "applications": self.applications,
        }


# --- one copy ---------------------------------------------------------------------------


def _require_file(db: OpenDatabase) -> Path:
    if not db.is_sqlite or db.path is None:
        raise MentorDeskError(
            f"MentorDesk copies database files only; back up the server database {db.name} "
            "with pg_dump (for example: pg_dump --format=custom --file=mentordesk.dump DBNAME)"
        )
    return db.path


def backup_database(
    db: OpenDatabase,
    dest: str | os.PathLike[str],
    *,
    progress: Progress | None = None,
    overwrite: bool = False,
) -> Path:
    """Copy the open database to ``dest`` and return its path.

    An existing file at ``dest`` is replaced only with ``overwrite`` (``--force``).
    """
    source = _require_file(db)
    target = Path(dest).expanduser().resolve()
    if target == source.resolve():
        raise ValidationError(f"A backup of {db.name} cannot replace the database itself", "dest")
    if target.is_dir():
        raise ValidationError(f"{target} is a folder; name the backup file", "dest")
    if target.exists() and not overwrite:
        raise ConflictError(
            f"{target} already exists; choose another name, or add --force to replace it"
        )
    try:
        private_folder(target.parent)
        remove_stale_partials(target.parent, (".partial", _OLD_PARTIAL))
        temp = partial_path(target)
    except MentorDeskError as exc:
        raise DatabaseError(f"Cannot write the backup {target}: {exc}") from exc
    try:
        _copy(db, temp, progress)
        commit_partial(temp, target)
    except OSError as exc:
        raise DatabaseError(f"Cannot write the backup {target}: {exc.strerror}") from exc
    finally:
        for leftover in (temp, *(Path(f"{temp}-{x}") for x in ("journal", "wal", "shm"))):
            leftover.unlink(missing_ok=True)
    return target


def _copy(db: OpenDatabase, temp: Path, progress: Progress | None) -> None:
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
        # Its own identity: a -wal of the live file never applies to it (see file_check).
        copy.execute(f"PRAGMA application_id={APPLICATION_ID}")
        copy.execute(f"PRAGMA user_version={new_identity()}")
        verdict = copy.execute("PRAGMA quick_check").fetchone()[0]
        if verdict != "ok":
            raise DatabaseError(f"The backup of {db.name} is damaged ({verdict}); nothing was kept")
        copy.commit()
    except sqlite3.Error as exc:
        raise DatabaseError(f"Cannot back up {db.name}: {exc}") from exc
    finally:
        copy.close()


# --- the automatic backups ----------------------------------------------------------------


def backup_folder(db: OpenDatabase | Path) -> Path:
    """Where the automatic backups of a database file go (one folder per file)."""
    path = db if isinstance(db, Path) else _require_file(db)
    resolved = path.expanduser().resolve()
    digest = hashlib.sha1(str(resolved).encode("utf-8")).hexdigest()[:8]
    return user_data_dir() / "backups" / f"{resolved.stem}-{digest}"


def backup_name(db: OpenDatabase, when: datetime | None = None, reason: str = "") -> str:
    """The file name of a backup of ``db`` taken at ``when`` (local time, now by default)."""
    stem = db.path.stem if db.path is not None else "mentordesk"
    suffix = f"-{reason}" if reason else ""
    return f"{stem}-{(when or datetime.now()):%Y%m%d-%H%M%S}{suffix}.db"


def _slug(reason: str) -> str:
    slug = re.sub(r"[^a-z]+", "-", reason.lower()).strip("-")
    return slug or "manual"


def backup_to_folder(
    db: OpenDatabase,
    folder: str | os.PathLike[str],
    *,
    reason: str = "",
    when: datetime | None = None,
    rule: RotationRule = ROTATION,
    progress: Progress | None = None,
) -> Path:
    """Take a dated backup of ``db`` in ``folder``, then rotate the folder by ``rule``."""
    directory = private_folder(Path(folder))
    when = when or datetime.now()
    name = backup_name(db, when, reason)
    target = directory / name
    n = 1
    while target.exists():  # two backups within one second
        n += 1
        target = directory / backup_name(db, when, f"{n}-{reason}" if reason else str(n))
    written = backup_database(db, target, progress=progress)
    rotate_backups(directory, rule, today=when.date())
    return written


def backup_before(
    db: OpenDatabase, reason: str, *, progress: Progress | None = None
) -> Path | None:
    """A backup taken before a change that cannot be undone (``reason``: "purge", "close-out"…).

    Returns the backup, or None for a PostgreSQL database (the server's own backups,
    pg_dump, cover it). A backup that cannot be written stops the change: call this first.
    """
    if not db.is_sqlite or db.path is None:
        return None
    return backup_to_folder(
        db, backup_folder(db), reason=f"before-{_slug(reason)}", progress=progress
    )


def daily_backup(db: OpenDatabase, *, now: datetime | None = None) -> Path | None:
    """The automatic backup on opening: taken unless one was already taken today."""
    if not db.is_sqlite or db.path is None:
        return None
    now = now or datetime.now()
    folder = backup_folder(db)
    if any(b.taken.date() == now.date() for b in list_backups(folder)):
        return None
    return backup_to_folder(db, folder, reason="daily", when=now)


def list_backups(folder: str | os.PathLike[str]) -> list[BackupFile]:
    """The backups in ``folder``, oldest first; files not named like a backup are ignored."""
    found: list[BackupFile] = []
    directory = Path(folder)
    if not directory.is_dir():
        return found
    for path in directory.iterdir():
        match = _BACKUP_NAME.match(path.name)
        if match and path.is_file():
            found.append(
                BackupFile(
                    match["stamp"],
                    int(match["n"] or 1),
                    match["stem"],
                    path,
                    match["reason"] or "",
                )
            )
    return sorted(found)


def rotate_backups(
    folder: str | os.PathLike[str], rule: RotationRule = ROTATION, *, today: date | None = None
) -> list[Path]:
    """Delete the backups ``rule`` does not keep, per database in ``folder``; return them.

    Only files named like backups are ever deleted; the newest is always kept.
    """
    if min(rule.daily, rule.weekly, rule.monthly, rule.latest) < 0 or rule.latest < 1:
        raise ValidationError("Keep at least one backup", "keep")
    today = today or date.today()
    by_database: dict[str, list[BackupFile]] = {}
    for backup in list_backups(folder):
        by_database.setdefault(backup.stem, []).append(backup)
    removed: list[Path] = []
    for backups in by_database.values():
        keep = _kept(backups, rule, today)
        for old in backups:
            if old.path not in keep:
                old.path.unlink(missing_ok=True)
                removed.append(old.path)
    return removed


def _kept(backups: list[BackupFile], rule: RotationRule, today: date) -> set[Path]:
    newest_first = sorted(backups, reverse=True)
    keep = {b.path for b in newest_first[: rule.latest]}
    periods: list[tuple[int, Any]] = [
        (rule.daily, lambda d: d),
        (rule.weekly, lambda d: d - timedelta(days=d.weekday())),
        (rule.monthly, lambda d: (d.year, d.month)),
    ]
    for count, period_of in periods:
        seen: list[Any] = []
        for backup in newest_first:
            period = period_of(backup.taken.date())
            if period in seen:
                continue
            if len(seen) >= count:
                break
            seen.append(period)
            keep.add(backup.path)
    return keep


def backup_info(backup: BackupFile) -> BackupInfo:
    """A backup's date, size and counts, read without MentorDesk opening it as a database."""
    counts: list[int | None] = [None, None, None]
    try:
        connection = sqlite3.connect(f"{backup.path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            for i, table in enumerate(("program", "cohort", "application")):
                counts[i] = int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        finally:
            connection.close()
    except sqlite3.Error:
        pass  # shown without counts: "could not be read"
    return BackupInfo(backup.path, backup.taken, backup.reason, backup.path.stat().st_size, *counts)


# --- restore ----------------------------------------------------------------------------


def check_backup(path: Path) -> None:
    """Make sure ``path`` is a whole MentorDesk database before it replaces anything."""
    if not path.is_file():
        raise ValidationError(f"There is no backup file {path}", "file")
    header = read_header(path)
    if not header.startswith(b"SQLite format 3\x00"):
        raise ValidationError(f"{path} is not a MentorDesk backup (not an SQLite file)", "file")
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            verdict = connection.execute("PRAGMA quick_check").fetchone()[0]
            tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
        finally:
            connection.close()
    except sqlite3.Error as exc:
        raise ValidationError(f"{path} cannot be restored: {exc}", "file") from exc
    if verdict != "ok":
        raise ValidationError(f"{path} is damaged ({verdict}); choose another backup", "file")
    application_id, _identity = header_identity(header)
    if application_id not in (0, APPLICATION_ID) or not tables >= OUR_TABLES:
        raise ValidationError(f"{path} is not a MentorDesk backup", "file")


def restore_file(backup: Path, target: Path, safety_copy: Path | None) -> None:
    """Put ``backup`` in place of the database file ``target`` (closed by everyone).

    ``safety_copy`` is the backup of the current file already taken (None when there is
    no current file). The live file's ``-wal`` and ``-shm`` are removed only after the
    copy is complete and before it is renamed into place: applied to the restored file
    they would undo the restore.
    """
    partial = partial_path(target)
    try:
        shutil.copyfile(backup, partial)
        with sqlite3.connect(partial) as connection:
            connection.execute("PRAGMA journal_mode=DELETE")
        connection.close()
        for stale in (wal_path(target), shm_path(target)):
            if stale.exists() and safety_copy is None:
                stale.rename(stale.with_name(f"{stale.name}.before-restore"))
            stale.unlink(missing_ok=True)
        commit_partial(partial, target)
    except OSError as exc:
        raise DatabaseError(f"Cannot restore {target}: {exc.strerror}") from exc
    finally:
        partial.unlink(missing_ok=True)
        Path(f"{partial}-journal").unlink(missing_ok=True)


def raw_copy(path: Path, folder: Path, reason: str) -> Path:
    """A byte-for-byte copy of a file SQLite cannot read (a damaged one), kept before a restore."""
    private_folder(folder)
    target = folder / f"{path.stem}-{datetime.now():%Y%m%d-%H%M%S}-{reason}.db"
    partial = partial_path(target)
    try:
        shutil.copyfile(path, partial)
        commit_partial(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise DatabaseError(f"Cannot keep a copy of {path}: {exc.strerror}") from exc
    return target
