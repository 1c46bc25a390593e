"""The calendar: list a cohort's events, plan the year, import workshops, pairs behind."""

from __future__ import annotations

import argparse
from typing import Any

from mentordesk.cli.common import cohort_options, command, open_database, parse_date, print_json
from mentordesk.core.errors import MentorDeskError


def cmd_calendar_list(args: argparse.Namespace) -> int:
    from mentordesk.core.calendar.events import list_events
    from mentordesk.core.programs.cohorts import find_cohort

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
    from mentordesk.core.calendar.events import plan_year
    from mentordesk.core.programs.cohorts import find_cohort

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

    from mentordesk.core.calendar.ical import import_calendar
    from mentordesk.core.programs.cohorts import find_cohort

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
    from mentordesk.core.calendar.progress import year_progress
    from mentordesk.core.programs.cohorts import find_cohort

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


def register(sub: Any) -> None:
    calendar = sub.add_parser("calendar", help="a cohort's calendar, plan and progress")
    calendar_sub = calendar.add_subparsers(dest="calendar_command", metavar="ACTION", required=True)
    p = command(calendar_sub, "list", cmd_calendar_list, "list a cohort's events", json_option=True)
    p.add_argument("--all", action="store_true", help="include cancelled events")
    p2 = command(
        calendar_sub,
        "plan",
        cmd_calendar_plan,
        "plan the year from the program's rules (orientation, workshops, meetings, close-out)",
        json_option=True,
    )
    p2.add_argument(
        "--workshop",
        action="append",
        type=parse_date,
        metavar="DATE",
        help="a workshop day (repeat)",
    )
    p2.add_argument("--timezone", help="IANA time zone of the events (default: the cohort's)")
    p3 = command(
        calendar_sub, "import", cmd_calendar_import, "add an .ics file's events (workshops)"
    )
    p3.add_argument("file", help="the .ics file")
    p4 = command(
        calendar_sub,
        "attention",
        cmd_calendar_attention,
        "pairs behind the program's rules, with the reason",
        json_option=True,
    )
    p4.add_argument("--today", type=parse_date, help="count as of this day (default: today)")
    for each in (p, p2, p3, p4):
        cohort_options(each)
