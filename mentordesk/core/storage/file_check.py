"""Looks at a SQLite file before MentorDesk writes a byte to it: whose it is, whether it is whole.

MentorDesk marks its files (``PRAGMA application_id``) and gives each one an identity (a
random number in ``PRAGMA user_version``; every backup gets a new one). Everything here
reads the file's header bytes or opens it read-only and immutable, so another
application's database is refused exactly as it was (not even its journal mode changes),
an empty file becomes a database only when the command creates one, a damaged file is
found before the first write, and a ``-wal`` left by another copy of the file is set
aside instead of being applied to this one. The identity of the file a WAL was written
for is kept in the ``-lock`` note beside it (``file_lock``).
"""

from __future__ import annotations

import secrets
import sqlite3
import struct
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from pathlib import Path

from mentordesk.core.errors import DatabaseError

#: "MDSK": what ``PRAGMA application_id`` says in every MentorDesk file.
APPLICATION_ID = 0x4D44534B
SQLITE_MAGIC = b"SQLite format 3\x00"
#: Tables whose presence (with alembic_version) marks a MentorDesk file of before the mark.
OUR_TABLES = {"alembic_version", "program", "cohort", "application"}
#: Known marks of other applications, so the refusal can say whose the file is.
KNOWN_APPLICATIONS = {
    0x0F055112: "Fossil",
    0x0F055113: "Fossil",
    0x42654462: "Bentley",
    0x47504B47: "GeoPackage",
    0x4D504258: "MBTiles",
}


class DamagedDatabaseError(DatabaseError):
    """The database file is damaged: MentorDesk will not write to it; a backup can replace it."""

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path


class FileKind(Enum):
    NEW = "new"  # no file, an empty file, or an SQLite file without a single table
    OURS = "ours"  # marked as MentorDesk's
    UNMARKED = "unmarked"  # written by a MentorDesk from before the mark


@dataclass(frozen=True)
class FileState:
    kind: FileKind
    identity: int  # 0 until MentorDesk gives the file one


def read_header(path: Path) -> bytes:
    with open(path, "rb") as handle:
        return handle.read(100)


def header_identity(header: bytes) -> tuple[int, int]:
    """(application_id, user_version) as the file's header holds them."""
    if len(header) < 72:
        return 0, 0
    (user_version,) = struct.unpack(">i", header[60:64])
    (application_id,) = struct.unpack(">I", header[68:72])
    return application_id, user_version


def _immutable(path: Path) -> sqlite3.Connection:
    """A connection that can neither write nor take locks, and ignores any -wal."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)


def inspect_file(path: Path, *, create: bool) -> FileState:
    """Whose ``path`` is, from its bytes alone; raises ``DatabaseError`` for a file to leave alone."""
    size = path.stat().st_size if path.exists() else 0
    if size == 0:
        if not create:
            raise DatabaseError(
                f"{path} is an empty file, not a MentorDesk database; start a database with "
                "'mentordesk demo' or 'mentordesk program create', or open another file"
            )
        return FileState(FileKind.NEW, 0)
    header = read_header(path)
    if not header.startswith(SQLITE_MAGIC):
        raise DatabaseError(f"{path} is not a MentorDesk database (not an SQLite file)")
    application_id, identity = header_identity(header)
    if application_id == APPLICATION_ID:
        return FileState(FileKind.OURS, identity)
    if application_id != 0:
        whose = KNOWN_APPLICATIONS.get(application_id)
        raise DatabaseError(
            f"{path} is not a MentorDesk database (it belongs to "
            f"{whose or f'another application, id {application_id:#010x}'}); it was left untouched"
        )
    try:
        connection = _immutable(path)
        try:
            tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise DamagedDatabaseError(
            f"{path} is damaged: SQLite cannot read its list of tables ({exc}); "
            "MentorDesk will not write to it",
            path,
        ) from exc
    tables = {t for t in tables if not t.startswith("sqlite_")}
    if not tables:
        if not create:
            raise DatabaseError(
                f"{path} is an empty SQLite file, not a MentorDesk database; it was left untouched"
            )
        return FileState(FileKind.NEW, 0)
    if tables >= OUR_TABLES:
        return FileState(FileKind.UNMARKED, identity)
    others = ", ".join(sorted(tables)[:3])
    raise DatabaseError(
        f"{path} is not a MentorDesk database (it holds other tables: {others}); "
        "it was left untouched"
    )


def new_identity() -> int:
    return secrets.randbelow(2**31 - 2) + 1


def wal_path(path: Path) -> Path:
    return Path(f"{path}-wal")


def shm_path(path: Path) -> Path:
    return Path(f"{path}-shm")


def wal_has_frames(path: Path) -> bool:
    wal = wal_path(path)
    try:
        return wal.stat().st_size > 32
    except FileNotFoundError:
        return False


def wal_first_identity(path: Path) -> int | None:
    """The identity on the first page of a ``-wal``, if its first frame is the file's page 1.

    MentorDesk starts every WAL it begins with page 1 (``PRAGMA user_version`` rewritten),
    so a WAL says which file it was written for. None when the first frame is another
    page (a WAL begun by a checkpoint's restart, or by another program).
    """
    try:
        with open(wal_path(path), "rb") as handle:
            header = handle.read(32)
            frame = handle.read(24)
            if len(header) < 32 or len(frame) < 24:
                return None
            (page_size,) = struct.unpack(">I", header[8:12])
            (page_number,) = struct.unpack(">I", frame[0:4])
            if page_number != 1 or frame[8:16] != header[16:24]:
                return None  # another page, or a frame left over from an older WAL
            page = handle.read(min(page_size or 4096, 100))
    except OSError:
        return None
    return header_identity(page)[1] if len(page) >= 72 else None


def set_aside_wal(path: Path, when: datetime | None = None) -> Path:
    """Move a ``-wal`` (and its ``-shm``) that does not belong to ``path`` out of SQLite's way.

    Nothing is deleted: the committee, or whoever supports them, can still look at it.
    """
    stamp = f"{(when or datetime.now()):%Y%m%d-%H%M%S}"
    target = path.with_name(f"{path.name}-wal.set-aside-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}-wal.set-aside-{stamp}-{n}")
    wal_path(path).rename(target)
    shm_path(path).unlink(missing_ok=True)
    return target


def quick_check(path: Path) -> None:
    """Read every page once (SQLite's quick_check, linear in the file's size); raise if damaged.

    Runs read-only on a file whose -wal, if any, belongs to it, so it sees what the last
    session committed. Without a -wal nobody has the file open, and the check reads it
    immutable: not even an empty -wal or -shm is created beside a file that may be damaged.
    """
    mode = "ro" if wal_path(path).exists() else "ro&immutable=1"
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode={mode}", uri=True, timeout=5)
        try:
            rows = [r[0] for r in connection.execute("PRAGMA quick_check(5)")]
        finally:
            connection.close()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            return  # another copy is writing: it is readable, the check can wait for next time
        raise DamagedDatabaseError(
            f"{path} is damaged: {exc}; MentorDesk will not write to it", path
        ) from exc
    except sqlite3.DatabaseError as exc:
        raise DamagedDatabaseError(
            f"{path} is damaged: {exc}; MentorDesk will not write to it", path
        ) from exc
    if rows != ["ok"]:
        raise DamagedDatabaseError(
            f"{path} is damaged ({rows[0]}); MentorDesk will not write to it", path
        )


def is_corruption(exc: BaseException) -> bool:
    """Whether a driver error says the file is damaged (SQLITE_CORRUPT, SQLITE_NOTADB)."""
    orig = getattr(exc, "orig", exc)
    code = getattr(orig, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in (11, 26):
        return True
    text = str(orig)
    return "malformed" in text or "file is not a database" in text
