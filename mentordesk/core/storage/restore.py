"""Puts a backup back in place of a database file, after backing up the file as it is.

The restored file holds exactly the backup's data: the live file's ``-wal`` and ``-shm``
are removed (or, for a damaged file, set aside with it), so SQLite cannot apply the old
session's pages to it. Nobody may have the file open in a window meanwhile: the restore
holds the file's window lock while it works.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mentordesk.core.errors import ConflictError
from mentordesk.core.storage.backup import (
    backup_before,
    backup_folder,
    check_backup,
    raw_copy,
    restore_file,
)
from mentordesk.core.storage.database import Database, InUseError
from mentordesk.core.storage.file_check import DamagedDatabaseError, header_identity, read_header
from mentordesk.core.storage.file_lock import WindowLock, record_identity


@dataclass(frozen=True)
class Restored:
    database: Path
    backup: Path
    #: The current file as it was before the restore (None when there was none).
    previous: Path | None


def restore_backup(
    database: Path, backup: Path, *, held_lock: WindowLock | None = None
) -> Restored:
    """Replace ``database`` with ``backup``; the current file is backed up first.

    ``held_lock`` is the window lock the caller (the window restoring its own file)
    already holds; otherwise the restore takes it and refuses while a window has it.
    """
    database = database.expanduser().resolve()
    backup = backup.expanduser().resolve()
    if backup == database:
        raise ConflictError(f"{backup} is the database itself, not a backup of it")
    check_backup(backup)
    lock = held_lock
    if lock is None:
        lock = WindowLock(database)
        holder = lock.acquire()
        if holder is not None:
            raise InUseError(
                f"{database} is open in MentorDesk by {holder.describe()}; close it there "
                "before restoring a backup",
                holder,
            )
    try:
        previous = _keep_current(database)
        restore_file(backup, database, previous)
        _application_id, identity = header_identity(read_header(database))
        record_identity(database, identity)
    finally:
        if held_lock is None:
            lock.release()
    return Restored(database, backup, previous)


def _keep_current(database: Path) -> Path | None:
    """A backup of the file being replaced: consistent if SQLite can read it, else its bytes."""
    if not database.exists() or database.stat().st_size == 0:
        return None
    try:
        current = Database(database, create=False, backups=False, upgrade=False)
    except DamagedDatabaseError:
        return raw_copy(database, backup_folder(database), "damaged")
    try:
        return backup_before(current, "restore")
    finally:
        current.close()
