"""The command line: the same core as the GUI, without a window (Qt is never imported here).

Each command prints one clear line (or JSON with ``--json``) and exits non-zero on
failure; a user's mistake is one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from mentordesk import __version__
from mentordesk.core.errors import MentorDeskError, ValidationError

Handler = Callable[[argparse.Namespace], int]


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def open_database(args: argparse.Namespace, *, create: bool = False) -> Any:
    """The database ``--db`` names; only commands that start a database may create its file."""
    from mentordesk.core.database import Database

    return Database(args.db, create=create)


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


# --- commands -------------------------------------------------------------------------


def cmd_demo(args: argparse.Namespace) -> int:
    from mentordesk.core.demo import build_demo

    db = open_database(args, create=True)
    with db.transaction(note="demo") as session:
        summary = build_demo(session)
    print(
        f"Demo ready in {db.name}: {summary.programs} programs, {summary.cohorts} cohorts, "
        f"{summary.applications} applications"
    )
    return 0


def cmd_program_create(args: argparse.Namespace) -> int:
    from mentordesk.core.programs import create_program

    db = open_database(args, create=True)
    with db.transaction() as session:
        program = create_program(session, args.name, args.preset)
        name = program.name
    print(f"Created program {name!r} from the {args.preset} preset")
    return 0


def cmd_cohort_create(args: argparse.Namespace) -> int:
    from mentordesk.core.programs import create_cohort, find_program

    db = open_database(args)
    with db.transaction() as session:
        program = find_program(session, args.program)
        cohort = create_cohort(session, program, args.name, args.start, args.end)
        terms = len(cohort.terms)
        name, program_name = cohort.name, program.name
    print(f"Created cohort {name!r} of {program_name!r} with {terms} term(s)")
    return 0


def cmd_cohorts(args: argparse.Namespace) -> int:
    from mentordesk.core.programs import cohort_overviews, list_programs

    db = open_database(args)
    with db.reading() as session:
        overviews = cohort_overviews(session)
        programs = [(p.name, p.preset) for p in list_programs(session)]
    if args.json:
        print_json(
            {
                "programs": [
                    {
                        "name": name,
                        "preset": preset,
                        "cohorts": [o.as_json() for o in overviews if o.program == name],
                    }
                    for name, preset in programs
                ]
            }
        )
        return 0
    if not programs:
        print(f"No programs yet in {db.name}")
        return 0
    for name, preset in programs:
        print(f"{name} ({preset or 'custom'})")
        for o in (o for o in overviews if o.program == name):
            print(
                f"  {o.name}  {o.start_date} – {o.end_date}  {o.status}: "
                f"{o.mentors} mentors, {o.mentees} mentees, {o.active_pairs} pairs"
            )
    return 0


def cmd_applicants(args: argparse.Namespace) -> int:
    from mentordesk.core.applications import list_applications
    from mentordesk.core.programs import find_cohort

    db = open_database(args)
    with db.reading() as session:
        cohort = find_cohort(session, args.cohort, args.program)
        rows = list_applications(session, cohort.id)
        cohort_name = cohort.name
    if args.json:
        print_json({"cohort": cohort_name, "applications": [r.as_json() for r in rows]})
        return 0
    for r in rows:
        status = r.eligibility.label
        print(f"{r.full_name:<32} {r.email:<40} {r.role.value:<7} {r.status.value:<10} {status}")
    print(f"{len(rows)} applications in {cohort_name}")
    return 0


def cmd_match(args: argparse.Namespace) -> int:
    from mentordesk.core.matching import load_problem, score_matrix_json, solve
    from mentordesk.core.pairings import apply_proposal
    from mentordesk.core.programs import find_cohort

    db = open_database(args)
    if args.matrix:
        if args.apply:
            raise MentorDeskError(
                "--matrix prints the score matrix; it cannot be combined with --apply"
            )
        with db.reading() as session:
            problem = load_problem(session, find_cohort(session, args.cohort, args.program).id)
        matrix = score_matrix_json(problem)
        if args.json:
            print_json(matrix)
        else:
            allowed = sum(v is not None for row in matrix["scores"] for v in row)
            print(
                f"{len(matrix['mentees'])} mentees × {len(matrix['mentors'])} mentors, "
                f"{allowed} pairs allowed by the hard rules (use --json for the matrix)"
            )
        return 0
    context = db.transaction(note="match --apply") if args.apply else db.reading()
    with context as session:
        cohort = find_cohort(session, args.cohort, args.program)
        cohort_name = cohort.name
        proposal = solve(load_problem(session, cohort.id))
        result = apply_proposal(session, proposal) if args.apply else None
    if args.json:
        print_json(proposal.as_json())
    else:
        for pair in proposal.pairs:
            kept = "  (kept)" if pair.kept else ""
            print(f"{pair.mentor_name:<28} ← {pair.mentee_name:<28} {pair.score:.3f}{kept}")
        for unmatched in proposal.unmatched:
            print(f"{'waiting':<28}   {unmatched.name:<28} {unmatched.reason}")
        print(
            f"{len(proposal.pairs)} pairs, total score {proposal.total_score:.3f}, "
            f"{len(proposal.unmatched)} unmatched in {cohort_name}"
        )
    if result is not None:
        print(
            f"Saved: {result.added} pairs added, {result.removed} removed, {result.kept} kept, "
            f"{result.waitlisted} waitlisted",
            file=sys.stderr if args.json else sys.stdout,
        )
    elif not args.json:
        print("Nothing was saved; add --apply to save this pairing")
    return 0


def cmd_export_agreements(args: argparse.Namespace) -> int:
    from mentordesk.core.agreements import export_agreements
    from mentordesk.core.programs import find_cohort

    db = open_database(args)
    with db.reading() as session:
        cohort = find_cohort(session, args.cohort, args.program)
        result = export_agreements(session, cohort.id, args.out)
        cohort_name = cohort.name
    files = [str(p) for p in result.all_files]
    if args.json:
        print_json({"files": files})
    elif not result.files:
        print(f"{cohort_name} has no active pairs: no agreements written")
    else:
        print(
            f"Wrote {len(result.files)} agreements of {cohort_name} ({result.pages} pages) "
            f"and the combined {result.combined} to {args.out}"
        )
    return 0


def cmd_export_summary(args: argparse.Namespace) -> int:
    from mentordesk.core.programs import find_cohort
    from mentordesk.core.summary import cohort_summary
    from mentordesk.core.summary_export import export_summary

    db = open_database(args)
    with db.reading() as session:
        cohort = find_cohort(session, args.cohort, args.program)
        summary = cohort_summary(session, cohort.id)
    path = export_summary(summary, args.out)
    if args.json:
        print_json({"files": [str(path)]})
    else:
        print(f"Wrote the summary of {summary.cohort} to {path}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from mentordesk.core.importing import (
        describe_problem,
        load_mapping,
        program_mapping,
        propose_mapping,
        read_sheet,
        run_import,
    )
    from mentordesk.core.models import Role
    from mentordesk.core.programs import find_cohort

    # The file first: one that cannot be read is exit status 2 before the database is touched.
    sheet = read_sheet(args.file)
    explicit = load_mapping(args.mapping) if args.mapping else None
    role = Role(args.role) if args.role else None
    db = open_database(args)
    unit = db.reading() if args.dry_run else db.transaction(note=f"import {sheet.name}")
    with unit as session:
        cohort = find_cohort(session, args.cohort, args.program)
        cohort_name = cohort.name
        if explicit is not None:
            mapping = propose_mapping(sheet.headers, explicit, guess=False)
        else:
            mapping = propose_mapping(sheet.headers, program_mapping(session, cohort.program_id))
        try:
            result = run_import(
                session, cohort.id, sheet, mapping, default_role=role, dry_run=args.dry_run
            )
        except ValidationError as exc:
            # "No column is mapped to Email" is a puzzle when the mapping file names an
            # email column: say which of its columns the file does not have.
            unmatched = [
                header
                for header, name in (explicit or {}).items()
                if name and name not in mapping.values()
            ]
            if not unmatched:
                raise
            missing = ", ".join(repr(h) for h in unmatched[:5])
            raise ValidationError(
                f"{exc.message} ({args.mapping} names columns {sheet.name} does not have: "
                f"{missing})",
                exc.field,
            ) from exc
    if args.json:
        print_json(result.as_json())
        return 0
    what = "Dry run: would import" if args.dry_run else "Imported"
    print(
        f"{what} {result.imported}, updated {result.updated}, skipped {result.skipped} "
        f"from {sheet.name} into {cohort_name}"
    )
    for problem in result.errors:
        print(f"  {describe_problem(problem)}")
    return 0


def cmd_export_calendar(args: argparse.Namespace) -> int:
    from pathlib import Path

    from mentordesk.core.ical import export_calendar
    from mentordesk.core.programs import find_cohort

    db = open_database(args)
    with db.reading() as session:
        cohort = find_cohort(session, args.cohort, args.program)
        export = export_calendar(session, cohort.id, person_email=args.person)
    out = Path(args.out)
    try:
        out.write_bytes(export.data)
    except OSError as exc:
        raise MentorDeskError(f"Cannot write {out}: {exc.strerror}") from exc
    if args.json:
        print_json({"file": str(out), "events": export.events, "calendar": export.name})
    else:
        print(f"Wrote {export.events} events of {export.name} to {out}")
    return 0


def cmd_calendar_list(args: argparse.Namespace) -> int:
    from mentordesk.core.calendar import list_events
    from mentordesk.core.programs import find_cohort

    db = open_database(args)
    with db.reading() as session:
        cohort = find_cohort(session, args.cohort, args.program)
        events = list_events(session, cohort.id, include_cancelled=args.all)
        cohort_name = cohort.name
    if args.json:
        print_json({"cohort": cohort_name, "events": [e.as_json() for e in events]})
        return 0
    for e in events:
        pair = f"  ({e.pair_label})" if e.pair_label else ""
        mark = "  [cancelled]" if e.cancelled else ""
        print(f"{e.start:%Y-%m-%d %H:%M} {e.timezone:<20} {e.kind_label:<16} {e.title}{pair}{mark}")
    print(f"{len(events)} events in {cohort_name}")
    return 0


def cmd_calendar_plan(args: argparse.Namespace) -> int:
    from mentordesk.core.calendar import plan_year
    from mentordesk.core.programs import find_cohort

    db = open_database(args)
    with db.transaction(note="plan the year") as session:
        cohort = find_cohort(session, args.cohort, args.program)
        result = plan_year(
            session, cohort.id, workshop_dates=args.workshop or (), timezone=args.timezone
        )
        cohort_name = cohort.name
    if args.json:
        print_json({"cohort": cohort_name, "created": result.counts})
    else:
        print(f"Planned the year of {cohort_name}: {result.summary()}")
    return 0


def cmd_calendar_import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from mentordesk.core.ical import import_calendar
    from mentordesk.core.programs import find_cohort

    path = Path(args.file)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise MentorDeskError(f"Cannot read {path}: {exc.strerror}") from exc
    db = open_database(args)
    with db.transaction(note=f"import {path.name}") as session:
        cohort = find_cohort(session, args.cohort, args.program)
        result = import_calendar(session, cohort.id, data)
        cohort_name = cohort.name
    print(f"Imported {path.name} into {cohort_name}: {result.summary()}")
    return 0


def cmd_calendar_attention(args: argparse.Namespace) -> int:
    from mentordesk.core.programs import find_cohort
    from mentordesk.core.year_progress import year_progress

    db = open_database(args)
    with db.reading() as session:
        cohort = find_cohort(session, args.cohort, args.program)
        progress = year_progress(session, cohort.id, today=args.today)
    if args.json:
        print_json(progress.as_json())
        return 0
    for item in progress.attention:
        print(f"{item.pair_label}: {item.reason}")
    print(
        f"{len(progress.attention)} item(s) need attention in {progress.cohort_name} "
        f"({len(progress.pairs)} pairs, as of {progress.today})"
    )
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from mentordesk.core.backup import backup_database

    db = open_database(args)
    written = backup_database(db, args.out)
    print(f"Backed up {db.name} to {written}")
    return 0


# --- parser ---------------------------------------------------------------------------


def _db_option(parser: argparse.ArgumentParser, *, top: bool) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        default=None if top else argparse.SUPPRESS,
        help="database file or SQLAlchemy URL (default: $MENTORDESK_DB or the user's data folder)",
    )


def _cohort_options(parser: argparse.ArgumentParser) -> None:
    """--cohort NAME, and --program for when two programs have a cohort of that name."""
    parser.add_argument("--cohort", required=True, help="the cohort's name")
    parser.add_argument(
        "--program", help="the program, when two programs have a cohort of that name"
    )


def _command(
    sub: Any, name: str, handler: Handler, help_text: str, *, json_option: bool = False
) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = sub.add_parser(name, help=help_text, description=help_text)
    _db_option(parser, top=False)
    if json_option:
        parser.add_argument("--json", action="store_true", help="print JSON for scripts")
    parser.set_defaults(handler=handler)
    return parser


def build_parser() -> argparse.ArgumentParser:
    from mentordesk.core.rules import PRESETS

    parser = argparse.ArgumentParser(
        prog="mentordesk",
        description="Run a mentorship program's year. Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"MentorDesk {__version__}")
    _db_option(parser, top=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    _command(sub, "demo", cmd_demo, "fill the database with a demo (three programs)")

    program = sub.add_parser("program", help="manage programs")
    program_sub = program.add_subparsers(dest="program_command", metavar="ACTION", required=True)
    p = _command(program_sub, "create", cmd_program_create, "create a program from a preset")
    p.add_argument("name", help="the program's name")
    p.add_argument("--preset", required=True, choices=PRESETS, help="the rules to start from")

    cohort = sub.add_parser("cohort", help="manage cohorts")
    cohort_sub = cohort.add_subparsers(dest="cohort_command", metavar="ACTION", required=True)
    p = _command(cohort_sub, "create", cmd_cohort_create, "create a cohort of a program")
    p.add_argument("name", help="the cohort's name, e.g. '2026–27'")
    p.add_argument("--program", required=True, help="the program's name")
    p.add_argument("--start", required=True, type=_date, help="first day (YYYY-MM-DD)")
    p.add_argument("--end", required=True, type=_date, help="last day (YYYY-MM-DD)")

    _command(sub, "cohorts", cmd_cohorts, "list programs and cohorts with counts", json_option=True)

    p = _command(
        sub,
        "applicants",
        cmd_applicants,
        "list a cohort's applications, every field",
        json_option=True,
    )
    _cohort_options(p)

    p = _command(
        sub,
        "match",
        cmd_match,
        "propose the optimal pairing of a cohort (nothing is saved without --apply)",
        json_option=True,
    )
    _cohort_options(p)
    p.add_argument(
        "--apply",
        action="store_true",
        help="save the proposal as the cohort's pairs (locked and confirmed pairs stay)",
    )
    p.add_argument(
        "--matrix", action="store_true", help="print the whole score matrix instead of a pairing"
    )

    export = sub.add_parser("export", help="write agreements, summaries and calendars to files")
    export_sub = export.add_subparsers(dest="export_command", metavar="WHAT", required=True)
    p = _command(
        export_sub,
        "agreements",
        cmd_export_agreements,
        "one mentoring agreement PDF per active pair, and one combined PDF for printing",
        json_option=True,
    )
    _cohort_options(p)
    p.add_argument("--out", required=True, metavar="DIR", help="the folder to write to")
    p = _command(
        export_sub,
        "summary",
        cmd_export_summary,
        "the cohort's summary as PDF (with charts), XLSX or CSV, by the file's extension",
        json_option=True,
    )
    _cohort_options(p)
    p.add_argument("--out", required=True, metavar="FILE", help="FILE.pdf, FILE.xlsx or FILE.csv")
    p = _command(
        export_sub,
        "calendar",
        cmd_export_calendar,
        "write a cohort's calendar (or one person's) as an .ics file",
        json_option=True,
    )
    _cohort_options(p)
    p.add_argument("--out", required=True, metavar="FILE.ics", help="the calendar file to write")
    p.add_argument("--person", metavar="EMAIL", help="only the events this person is invited to")

    calendar = sub.add_parser("calendar", help="a cohort's calendar, plan and progress")
    calendar_sub = calendar.add_subparsers(dest="calendar_command", metavar="ACTION", required=True)
    p = _command(
        calendar_sub, "list", cmd_calendar_list, "list a cohort's events", json_option=True
    )
    p.add_argument("--all", action="store_true", help="include cancelled events")
    p2 = _command(
        calendar_sub,
        "plan",
        cmd_calendar_plan,
        "plan the year from the program's rules (orientation, workshops, meetings, close-out)",
        json_option=True,
    )
    p2.add_argument(
        "--workshop", action="append", type=_date, metavar="DATE", help="a workshop day (repeat)"
    )
    p2.add_argument("--timezone", help="IANA time zone of the events (default: the cohort's)")
    p3 = _command(
        calendar_sub, "import", cmd_calendar_import, "add an .ics file's events (workshops)"
    )
    p3.add_argument("file", help="the .ics file")
    p4 = _command(
        calendar_sub,
        "attention",
        cmd_calendar_attention,
        "pairs behind the program's rules, with the reason",
        json_option=True,
    )
    p4.add_argument("--today", type=_date, help="count as of this day (default: today)")
    for each in (p, p2, p3, p4):
        _cohort_options(each)

    p = _command(
        sub,
        "import",
        cmd_import,
        "import applications from a form's CSV or XLSX export (exit 2 if it cannot be read)",
        json_option=True,
    )
    p.add_argument("file", help="the CSV or XLSX file the form exported")
    _cohort_options(p)
    p.add_argument(
        "--mapping",
        metavar="FILE.json",
        help="column mapping {header: field}; default: the program's saved mapping, then a guess",
    )
    p.add_argument(
        "--role",
        choices=["mentor", "mentee"],
        help="role of rows without one (a form for mentors only, say)",
    )
    p.add_argument("--dry-run", action="store_true", help="check every row, write nothing")

    p = _command(sub, "backup", cmd_backup, "copy the database file, consistent even while in use")
    p.add_argument("--out", required=True, metavar="FILE", help="the backup file to write")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    try:
        if handler is None:
            from mentordesk.gui.app import run_gui

            return run_gui(args.db)
        return handler(args)
    except MentorDeskError as exc:
        print(f"mentordesk: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("mentordesk: interrupted; nothing was written", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
