"""The database file: consistent backups, the list of automatic backups, and restoring one."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from mentordesk.cli.common import command, open_database, print_json
from mentordesk.core.errors import MentorDeskError


def cmd_backup(args: argparse.Namespace) -> int:
    from mentordesk.core.storage.backup import backup_database

    db = open_database(args)
    try:
        written = backup_database(db, args.out, overwrite=args.force)
    finally:
        db.close()
    print(f"Backed up {db.name} to {written}")
    return 0


def _database_file(args: argparse.Namespace) -> Path:
    from mentordesk.core.storage.database import resolve_url

    url = resolve_url(args.db)
    if url.get_backend_name() != "sqlite" or not url.database:
        raise MentorDeskError(
            "MentorDesk keeps backups of database files only; a PostgreSQL server is backed "
            "up with pg_dump and restored with pg_restore"
        )
    return Path(url.database)


def cmd_backups(args: argparse.Namespace) -> int:
    from mentordesk.core.storage.backup import ROTATION, backup_folder, backup_info, list_backups

    path = _database_file(args)
    folder = backup_folder(path)
    infos = [backup_info(b) for b in reversed(list_backups(folder))]
    if args.json:
        print_json(
            {
                "database": str(path),
                "folder": str(folder),
                "rotation": ROTATION.describe(),
                "backups": [i.as_json() for i in infos],
            }
        )
        return 0
    if not infos:
        print(f"No backups of {path} yet (they go to {folder})")
        return 0
    print(f"{len(infos)} backups of {path} in {folder}, newest first:")
    for info in infos:
        counts = (
            "could not be read"
            if info.programs is None
            else f"{info.programs} programs, {info.cohorts} cohorts, "
            f"{info.applications} applications"
        )
        print(
            f"  {info.taken:%Y-%m-%d %H:%M}  {info.reason or 'manual':<17} "
            f"{_size(info.size):>8}  {counts}  {info.path.name}"
        )
    print(f"{ROTATION.describe()}.")
    return 0


def _size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / 1_048_576:.1f} MB"


def cmd_restore(args: argparse.Namespace) -> int:
    from mentordesk.core.storage.backup import backup_folder, check_backup
    from mentordesk.core.storage.restore import restore_backup

    path = _database_file(args)
    backup = Path(args.file).expanduser()
    if not backup.exists() and not backup.is_absolute():
        candidate = backup_folder(path) / backup
        backup = candidate if candidate.exists() else backup
    check_backup(backup)
    if not args.yes:
        if not sys.stdin.isatty():
            raise MentorDeskError(
                f"Restoring replaces {path} with {backup.name}; add --yes to confirm"
            )
        answer = input(
            f"Replace {path} with the backup {backup.name}? The current file is backed up "
            "first. [y/N] "
        )
        if answer.strip().lower() not in ("y", "yes"):
            print("Nothing was restored")
            return 1
    restored = restore_backup(path, backup)
    kept = f"; the previous file was kept as {restored.previous}" if restored.previous else ""
    print(f"Restored {path} from {backup}{kept}")
    return 0


def register(sub: Any) -> None:
    p = command(sub, "backup", cmd_backup, "copy the database file, consistent even while in use")
    p.add_argument("--out", required=True, metavar="FILE", help="the backup file to write")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
    command(
        sub,
        "backups",
        cmd_backups,
        "list the automatic backups of the database file (date, size, counts), newest first",
        json_option=True,
    )
    p = command(
        sub,
        "restore",
        cmd_restore,
        "put a backup back in place of the database file (the current file is backed up first)",
    )
    p.add_argument("file", metavar="FILE", help="the backup (a path, or a name from 'backups')")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
