"""Writes files that hold personal data: owner-only (0600, folders 0700) and atomically.

Agreements, summaries, calendars, backups and introduction drafts name the people of a
program, so whatever the user's umask they are created readable by their owner only,
written beside their final name and renamed into place once complete: a full disk, a
crash or a cancel never leaves a 0-byte or half-written file under the final name, and
never replaces the previous good file. The standard library has the pieces (mkstemp,
os.replace, fsync); no maintained library combines them with owner-only folders, hence
this small module.
"""

from __future__ import annotations

import os
import re
import stat
import tempfile
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from mentordesk.core.errors import MentorDeskError

FILE_MODE = stat.S_IRUSR | stat.S_IWUSR  # 0600
FOLDER_MODE = stat.S_IRWXU  # 0700
#: Temporary files end so; a later write removes those a killed process left behind.
PARTIAL_SUFFIX = ".partial"
_PARTIAL_NAME = re.compile(r"^\..+\.(?P<pid>\d+)\.\w+\.partial$")


def private_folder(folder: str | os.PathLike[str]) -> Path:
    """``folder``, created (with any missing parents) owner-only if it is not there yet.

    A folder that already exists (the user's Documents, say) is left as it is: only the
    folders MentorDesk creates are made private.
    """
    path = Path(folder).expanduser()
    missing: list[Path] = []
    probe = path
    while not probe.exists():
        missing.append(probe)
        if probe.parent == probe:
            break
        probe = probe.parent
    if path.exists() and not path.is_dir():
        raise MentorDeskError(f"Cannot write to {path}: it is a file, not a folder")
    try:
        for created in reversed(missing):
            created.mkdir(mode=FOLDER_MODE)
            os.chmod(created, FOLDER_MODE)  # mkdir's mode is filtered by the umask
    except FileExistsError:
        pass  # another process created it at the same moment
    except OSError as exc:
        raise MentorDeskError(f"Cannot create the folder {path}: {exc.strerror}") from exc
    return path


def partial_path(final: Path) -> Path:
    """A new, empty, owner-only file beside ``final`` to write into before the rename.

    It is created here (not by whatever library writes it) so it is never readable by
    others, even for a moment; its name carries this process's id so a cleanup can tell
    a live writer from a killed one.
    """
    private_folder(final.parent)
    try:
        fd, name = tempfile.mkstemp(
            prefix=f".{final.name}.{os.getpid()}.", suffix=PARTIAL_SUFFIX, dir=final.parent
        )
    except OSError as exc:
        raise MentorDeskError(f"Cannot write to {final.parent}: {exc.strerror}") from exc
    os.fchmod(fd, FILE_MODE)
    os.close(fd)
    return Path(name)


def remove_stale_partials(
    folder: Path, suffixes: tuple[str, ...] = (PARTIAL_SUFFIX,)
) -> list[Path]:
    """Remove the hidden partial files in ``folder`` whose writing process is gone; return them.

    A partial file without a process id in its name (an older MentorDesk's ``.part``) is
    removed once it has not been touched for an hour.
    """
    import time

    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    for path in folder.iterdir():
        if not (path.name.startswith(".") and path.name.endswith(suffixes)):
            continue
        match = _PARTIAL_NAME.match(path.name)
        pid = int(match["pid"]) if match else None
        try:
            if pid is not None:
                if pid == os.getpid() or _alive(pid):
                    continue
            elif time.time() - path.stat().st_mtime < 3600:
                continue
            path.unlink()
            removed.append(path)
        except OSError:
            pass
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: not ours to judge
    except OSError:
        return False
    return True


def commit_partial(partial: Path, final: Path) -> None:
    """Make the complete ``partial`` file the ``final`` one, durably and owner-only."""
    sync_file(partial)
    commit_synced([(partial, final)])


def commit_synced(moves: Sequence[tuple[Path, Path]]) -> None:
    """Rename complete partial files, each flushed already (``sync_file``), into place.

    One folder sync makes all the renames in a folder durable at once: hundreds of
    agreements wait for the disk once, not once each.
    """
    for partial, final in moves:
        os.chmod(partial, FILE_MODE)
        os.replace(partial, final)
    for folder in dict.fromkeys(final.parent for _partial, final in moves):
        sync_folder(folder)


def sync_file(path: str | os.PathLike[str]) -> None:
    """Wait until a written file's bytes are on the disk (before it is renamed into place)."""
    with open(path, "rb+") as written:
        os.fsync(written.fileno())


class SyncBehind:
    """Flushes written files to the disk on a thread of its own while the writer goes on.

    ``fsync`` waits for the disk, not for the processor: done in line, a process that
    writes hundreds of files leaves its core idle for each of them. Use as a context
    manager; leaving it waits for every flush and raises the first that failed.
    """

    def __init__(self) -> None:
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="sync-behind")
        self._pending: list[Future[None]] = []

    def __call__(self, path: str | os.PathLike[str]) -> None:
        self._pending.append(self._pool.submit(sync_file, path))

    def __enter__(self) -> SyncBehind:
        return self

    def __exit__(self, kind: type[BaseException] | None, *_rest: object) -> None:
        self._pool.shutdown(wait=True)
        if kind is None:  # with an error on its way out, the files are being thrown away
            for flushed in self._pending:
                flushed.result()


def sync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows has no folder handles to sync."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_private(path: str | os.PathLike[str], content: bytes | Callable[[Path], None]) -> Path:
    """Write ``content`` (bytes, or a function that writes the file at the path it is given)
    to ``path``, owner-only and atomically; any failure leaves the old file as it was."""
    final = Path(path).expanduser()
    if final.is_dir():
        raise MentorDeskError(f"{final} is a folder; name the file to write")
    partial = partial_path(final)
    try:
        if isinstance(content, bytes):
            with open(partial, "wb") as handle:
                handle.write(content)
        else:
            content(partial)
        commit_partial(partial, final)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise MentorDeskError(f"Cannot write {final}: {exc.strerror or exc}") from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return final
