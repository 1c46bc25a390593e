"""The database file: consistent backups."""

from __future__ import annotations

import argparse
from typing import Any

from mentordesk.cli.common import command, open_database


def cmd_backup(args: argparse.Namespace) -> int:
    from mentordesk.core.storage.backup import backup_database

    db = open_database(args)
    written = backup_database(db, args.out)
    print(f"Backed up {db.name} to {written}")
    return 0


def register(sub: Any) -> None:
    p = command(sub, "backup", cmd_backup, "copy the database file, consistent even while in use")
    p.add_argument("--out", required=True, metavar="FILE", help="the backup file to write")
