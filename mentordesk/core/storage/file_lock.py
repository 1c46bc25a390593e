"""One window per database file: the ``-lock`` note beside a SQLite file says who has it open.

The note (``program.db-lock``, JSON, owner-only) holds the file's identity, which tells
a ``-wal`` of this file from one of another copy (see ``file_check``), and, while a
window has the file open, who (user, host, process, since when). The window holds an
operating-system lock on the note (``flock``), which the system releases when the process
ends however it ends, so a crashed window never locks anyone out; the stored names only
say who it was. A second window opens read-only or not at all. Command-line runs do not
take the window lock: scripts may work beside a window, as two desks do on PostgreSQL.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any

try:
    import fcntl
except ImportError:  # Windows: the stored process id is checked instead
    fcntl = None  # type: ignore[assignment]


@dataclass(frozen=True)
class Holder:
    """Who has a database file open in a window."""

    user: str
    host: str
    pid: int
    since: str  # ISO date and time

    def describe(self) -> str:
        try:
            when = datetime.fromisoformat(self.since).strftime("%Y-%m-%d %H:%M")
        except ValueError:
            when = self.since
        return f"{self.user} on {self.host} since {when}"


def lock_path(path: Path) -> Path:
    return Path(f"{path}-lock")


def _read(handle: IO[str]) -> dict[str, Any]:
    handle.seek(0)
    try:
        data = json.loads(handle.read() or "{}")
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _write(handle: IO[str], data: dict[str, Any]) -> None:
    handle.seek(0)
    handle.truncate()
    handle.write(json.dumps(data))
    handle.flush()
    os.fsync(handle.fileno())


def _open(path: Path) -> IO[str]:
    fd = os.open(lock_path(path), os.O_RDWR | os.O_CREAT, 0o600)
    os.fchmod(fd, 0o600)
    return os.fdopen(fd, "r+", encoding="utf-8")


def recorded_identity(path: Path) -> int | None:
    """The identity of the file the last session on ``path`` wrote for (None without a note)."""
    try:
        with open(lock_path(path), encoding="utf-8") as handle:
            value = _read(handle).get("identity")
    except OSError:
        return None
    return value if isinstance(value, int) else None


def record_identity(path: Path, identity: int) -> None:
    """Note ``identity`` as the file's, before this session writes anything to its WAL."""
    if recorded_identity(path) == identity:
        return
    with _open(path) as handle:
        data = _read(handle)
        data["identity"] = identity
        _write(handle, data)


def _holder(data: dict[str, Any]) -> Holder | None:
    window = data.get("window")
    if not isinstance(window, dict):
        return None
    try:
        return Holder(
            str(window["user"]), str(window["host"]), int(window["pid"]), str(window["since"])
        )
    except (KeyError, TypeError, ValueError):
        return None


class WindowLock:
    """The lock a window holds on its database file for as long as it shows it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[str] | None = None

    def acquire(self) -> Holder | None:
        """Take the lock; returns None, or who holds it when another window does."""
        handle = _open(self.path)
        if fcntl is not None:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                holder = _holder(_read(handle))
                handle.close()
                return holder or Holder("someone", "another computer", 0, "")
        else:  # pragma: no cover - Windows
            holder = _holder(_read(handle))
            if holder is not None and holder.pid != os.getpid() and _alive(holder.pid):
                handle.close()
                return holder
        data = _read(handle)
        data["window"] = {
            "user": _user(),
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "since": datetime.now().isoformat(timespec="seconds"),
        }
        _write(handle, data)
        self._handle = handle
        return None

    def release(self) -> None:
        handle, self._handle = self._handle, None
        if handle is None:
            return
        try:
            data = _read(handle)
            data.pop("window", None)
            _write(handle, data)
        except OSError:
            pass
        finally:
            handle.close()  # closing releases the flock


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown user"


def _alive(pid: int) -> bool:  # pragma: no cover - Windows
    try:
        os.kill(pid, 0)
    except OSError:
        return False
    return True
