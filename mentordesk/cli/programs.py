"""Programs and cohorts: the demo, program create, cohort create, cohorts."""

from __future__ import annotations

import argparse
from typing import Any

from mentordesk.cli.closeout import register_cohort_actions
from mentordesk.cli.common import command, open_database, parse_date, print_json


def cmd_demo(args: argparse.Namespace) -> int:
    from mentordesk.demo.cohorts import build_demo

    db = open_database(args, create=True)
    with db.transaction(note="demo") as session:
        summary = build_demo(session)
    print(
        f"Demo ready in {db.name}: {summary.programs} programs, {summary.cohorts} cohorts, "
        f"{summary.applications} applications"
    )
    return 0


def cmd_program_create(args: argparse.Namespace) -> int:
    from mentordesk.core.programs.cohorts import create_program

    db = open_database(args, create=True)
    with db.transaction() as session:
        program = create_program(session, args.name, args.preset)
        name = program.name
    print(f"Created program {name!r} from the {args.preset} preset")
    return 0


def cmd_cohort_create(args: argparse.Namespace) -> int:
    from mentordesk.core.applications.carry_over import carry_over
    from mentordesk.core.programs.cohorts import create_cohort, find_cohort, find_program

    db = open_database(args)
    carried = ""
    with db.transaction() as session:
        program = find_program(session, args.program)
        cohort = create_cohort(
            session, program, args.name, args.start, args.end, timezone=args.timezone
        )
        terms = len(cohort.terms)
        name, program_name, zone = cohort.name, program.name, cohort.timezone
        if args.carry_over_from:
            source = find_cohort(session, args.carry_over_from, program.name)
            carried = "; " + carry_over(session, source, cohort, mentors=args.with_mentors).line(
                source.name
            )
    print(
        f"Created cohort {name!r} of {program_name!r} with {terms} term(s), times in {zone}"
        f"{carried}"
    )
    return 0


def cmd_cohort_terms(args: argparse.Namespace) -> int:
    from mentordesk.core.programs.cohorts import find_cohort
    from mentordesk.core.programs.terms import cohort_terms, parse_term, set_terms

    # Every --set is checked before the database is opened: a typo changes nothing.
    wanted = [parse_term(text) for text in args.set or []]
    db = open_database(args)
    unit = db.transaction(note="terms") if wanted else db.reading()
    with unit as session:
        cohort = find_cohort(session, args.name, args.program)
        name = cohort.name
        terms = (
            set_terms(session, cohort.id, wanted) if wanted else cohort_terms(session, cohort.id)
        )
    if args.json:
        print_json({"cohort": name, "terms": [t.as_json() for t in terms]})
        return 0
    for t in terms:
        print(f"  {t.name}: {t.start.isoformat()} – {t.end.isoformat()}")
    what = "now has" if wanted else "has"
    print(f"Cohort {name!r} {what} {len(terms)} term(s)")
    return 0


def cmd_cohorts(args: argparse.Namespace) -> int:
    from mentordesk.core.programs.cohorts import cohort_overviews, list_programs

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
                f"  {o.name}  {o.start_date} – {o.end_date} ({o.timezone})  {o.status}: "
                f"{o.mentors} mentors, {o.mentees} mentees, {o.active_pairs} pairs"
            )
    return 0


def register(sub: Any) -> None:
    from mentordesk.core.programs.rules import PRESETS

    command(sub, "demo", cmd_demo, "fill the database with a demo (three programs)")

    program = sub.add_parser("program", help="manage programs")
    program_sub = program.add_subparsers(dest="program_command", metavar="ACTION", required=True)
    p = command(program_sub, "create", cmd_program_create, "create a program from a preset")
    p.add_argument("name", help="the program's name")
    p.add_argument("--preset", required=True, choices=PRESETS, help="the rules to start from")

    cohort = sub.add_parser("cohort", help="manage cohorts")
    cohort_sub = cohort.add_subparsers(dest="cohort_command", metavar="ACTION", required=True)
    p = command(cohort_sub, "create", cmd_cohort_create, "create a cohort of a program")
    p.add_argument("name", help="the cohort's name, e.g. '2026–27'")
    p.add_argument("--program", required=True, help="the program's name")
    p.add_argument("--start", required=True, type=parse_date, help="first day (YYYY-MM-DD)")
    p.add_argument("--end", required=True, type=parse_date, help="last day (YYYY-MM-DD)")
    p.add_argument(
        "--timezone",
        metavar="ZONE",
        help="the cohort's time zone, e.g. America/Denver (default: the computer's)",
    )
    p.add_argument(
        "--carry-over-from",
        metavar="COHORT",
        help="bring that cohort's waitlisted mentees, with their applications",
    )
    p.add_argument(
        "--with-mentors",
        action="store_true",
        help="with --carry-over-from: also the mentors who asked to continue",
    )
    register_cohort_actions(cohort_sub)

    p = command(
        cohort_sub,
        "terms",
        cmd_cohort_terms,
        "show a cohort's terms, or set them all (per-term rules count against them)",
        json_option=True,
    )
    p.add_argument("name", help="the cohort's name")
    p.add_argument("--program", help="the program, when two programs have a cohort of that name")
    p.add_argument(
        "--set",
        action="append",
        metavar="'NAME=START..END'",
        help="a term, e.g. 'Fall 2026=2026-08-17..2026-12-18'; repeat for each term "
        "(the terms given replace all the cohort's terms)",
    )

    command(sub, "cohorts", cmd_cohorts, "list programs and cohorts with counts", json_option=True)
