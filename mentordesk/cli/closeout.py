"""The end of a cohort: cohort close, cohort reopen, cohort purge (added to the ``cohort`` group)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from mentordesk.cli.common import command, open_database, print_json


def _cohort(session: Any, args: argparse.Namespace) -> Any:
    from mentordesk.core.programs.cohorts import find_cohort

    return find_cohort(session, args.name, args.program)


def cmd_close(args: argparse.Namespace) -> int:
    from mentordesk.core.documents.closeout import close_with_backup, closeout_check
    from mentordesk.core.documents.summary_export import export_summary
    from mentordesk.core.errors import ValidationError

    db = open_database(args)
    with db.reading() as session:
        cohort_id = _cohort(session, args).id
        check = closeout_check(session, cohort_id)
    if args.check:
        if args.json:
            print_json(check.as_json())
        elif check.complete:
            print(f"{check.cohort!r} is ready to close: nothing is missing")
        else:
            print(f"{check.cohort!r} is not ready to close: " + "; ".join(check.lines()))
        return 0 if check.complete else 1
    try:
        result, _backup = close_with_backup(db, cohort_id, force=args.force)
    except ValidationError as exc:
        raise ValidationError(f"{exc.message}; close it anyway with --force") from exc
    written = export_summary(result.summary, args.summary_out) if args.summary_out else None
    if args.json:
        print_json(
            {
                "cohort": result.cohort,
                "completed_pairs": result.completed_pairs,
                "missing": result.missing,
                "summary_file": str(written) if written else None,
            }
        )
        return 0
    missing = f" (closed with {result.check.short()})" if result.missing else ""
    where = f"; summary written to {written}" if written else "; its final summary is kept"
    print(
        f"Closed {result.cohort!r}: {result.completed_pairs} pair"
        f"{'s' if result.completed_pairs != 1 else ''} completed{where}{missing}"
    )
    return 0


def cmd_reopen(args: argparse.Namespace) -> int:
    from mentordesk.core.documents.closeout import reopen_cohort

    db = open_database(args)
    with db.transaction() as session:
        cohort = reopen_cohort(session, _cohort(session, args).id, args.reason)
        name = cohort.name
    print(f"Reopened {name!r}; it can be changed again (the reason is in the audit log)")
    return 0


def cmd_purge(args: argparse.Namespace) -> int:
    from mentordesk.core.documents.closeout import purge_cohort, require_closed
    from mentordesk.core.errors import Cancelled

    db = open_database(args)
    with db.reading() as session:
        cohort = _cohort(session, args)
        require_closed(cohort)
        cohort_id, name = cohort.id, cohort.name
    if not args.yes:
        if not sys.stdin.isatty():
            raise Cancelled(
                f"Purging {name!r} removes its people's personal data for good; "
                "add --yes to confirm"
            )
        typed = input(
            f"Purging removes the names, addresses and answers of {name!r} for good "
            f"(a backup is made first). Type the cohort's name to confirm: "
        )
        if " ".join(typed.split()).casefold() != name.casefold():
            raise Cancelled("Not confirmed; nothing was purged")
    result = purge_cohort(db, cohort_id, backup=not args.backed_up)
    if args.json:
        print_json(
            {
                "cohort": result.cohort,
                "people": result.people,
                "applications": result.applications,
                "audit_entries": result.audit_entries,
                "kept_people": result.kept_people,
                "backup": str(result.backup) if result.backup else None,
                "compacted": result.compacted,
            }
        )
        return 0
    print(result.line())
    return 0


def register_cohort_actions(cohort_sub: Any) -> None:
    """``cohort close|reopen|purge``, beside ``cohort create`` in the programs group."""
    p = command(
        cohort_sub,
        "close",
        cmd_close,
        "close a cohort: its pairs complete, its summary is kept, it becomes read-only",
        json_option=True,
    )
    p.add_argument("name", help="the cohort's name")
    p.add_argument("--program", help="the program, when two programs have a cohort of that name")
    p.add_argument(
        "--check", action="store_true", help="only say what is missing (evaluations, agreements)"
    )
    p.add_argument(
        "--force", action="store_true", help="close although evaluations or agreements are missing"
    )
    p.add_argument(
        "--summary-out",
        metavar="FILE",
        help="also write the final summary (.pdf, .xlsx or .csv)",
    )

    p = command(cohort_sub, "reopen", cmd_reopen, "make a closed cohort changeable again")
    p.add_argument("name", help="the cohort's name")
    p.add_argument("--program", help="the program, when two programs have a cohort of that name")
    p.add_argument("--reason", required=True, help="why (kept in the audit log)")

    p = command(
        cohort_sub,
        "purge",
        cmd_purge,
        "remove a closed cohort's personal data for good, keeping its counts",
        json_option=True,
    )
    p.add_argument("name", help="the cohort's name")
    p.add_argument("--program", help="the program, when two programs have a cohort of that name")
    p.add_argument("--yes", action="store_true", help="do not ask to confirm")
    p.add_argument(
        "--backed-up",
        action="store_true",
        help="a server database: you took a pg_dump yourself (a file is backed up by MentorDesk)",
    )
