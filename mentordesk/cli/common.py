"""What every command shares: --db, --cohort/--program, --json, dates and the database."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from typing import Any

Handler = Callable[[argparse.Namespace], int]


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def open_database(args: argparse.Namespace, *, create: bool = False) -> Any:
    """The database ``--db`` names; only commands that start a database may create its file."""
    from mentordesk.core.storage.database import Database

    db = Database(args.db, create=create)
    for line in db.upgrade_report:  # what upgrading an older file repaired or left to decide
        print(f"mentordesk: upgraded {db.name}: {line}", file=sys.stderr)
    return db


def print_json(data: Any) -> None:
    import json  # (only where a command reports: the window does not wait for it)

    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def db_option(parser: argparse.ArgumentParser, *, top: bool) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        default=None if top else argparse.SUPPRESS,
        help="database file or SQLAlchemy URL (default: $MENTORDESK_DB or the user's data folder)",
    )


def cohort_options(parser: argparse.ArgumentParser) -> None:
    """--cohort NAME, and --program for when two programs have a cohort of that name."""
    parser.add_argument("--cohort", required=True, help="the cohort's name")
    parser.add_argument(
        "--program", help="the program, when two programs have a cohort of that name"
    )


def command(
    sub: Any, name: str, handler: Handler, help_text: str, *, json_option: bool = False
) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = sub.add_parser(name, help=help_text, description=help_text)
    db_option(parser, top=False)
    if json_option:
        parser.add_argument("--json", action="store_true", help="print JSON for scripts")
    parser.set_defaults(handler=handler)
    return parser
