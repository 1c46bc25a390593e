"""Exports: agreements, the cohort summary and calendar files."""

from __future__ import annotations

import argparse
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from mentordesk.cli.common import cohort_options, command, open_database, print_json


def cmd_export_agreements(args: argparse.Namespace) -> int:
    from mentordesk.core.documents.agreement_export import (
        AgreementHelpers,
        agreement_snapshot,
        export_agreement_data,
    )
    from mentordesk.core.documents.agreements import active_pair_count
    from mentordesk.core.programs.cohorts import find_cohort

    db = open_database(args)
    with ExitStack() as stack:
        with db.reading() as session:
            cohort = find_cohort(session, args.cohort, args.program)
            # The helper processes start first and get ready while the snapshot is read.
            helpers = stack.enter_context(AgreementHelpers(active_pair_count(session, cohort.id)))
            items, combined_name = agreement_snapshot(session, cohort.id)
            cohort_name = cohort.name
        # The session is closed: laying out hundreds of pages holds no transaction open.
        result = export_agreement_data(items, Path(args.out), combined_name, helpers=helpers)
    files = [str(p) for p in result.all_files]
    if args.json:
        print_json({"files": files, "processes": result.processes})
    elif not result.files:
        print(f"{cohort_name} has no active pairs: no agreements written")
    else:
        cores = f", {result.processes} processes" if result.processes > 1 else ""
        print(
            f"Wrote {len(result.files)} agreements of {cohort_name} ({result.pages} pages{cores}) "
            f"and the combined {result.combined} to {args.out}"
        )
    return 0


def cmd_export_summary(args: argparse.Namespace) -> int:
    from mentordesk.core.documents.summary import cohort_summary
    from mentordesk.core.documents.summary_export import export_summary
    from mentordesk.core.programs.cohorts import find_cohort

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


def cmd_export_calendar(args: argparse.Namespace) -> int:
    from mentordesk.core.calendar.ical import export_calendar
    from mentordesk.core.private_files import write_private
    from mentordesk.core.programs.cohorts import find_cohort

    db = open_database(args)
    with db.reading() as session:
        cohort = find_cohort(session, args.cohort, args.program)
        export = export_calendar(session, cohort.id, person_email=args.person)
    out = write_private(Path(args.out), export.data)
    if args.json:
        print_json({"file": str(out), "events": export.events, "calendar": export.name})
    else:
        print(f"Wrote {export.events} events of {export.name} to {out}")
    return 0


def register(sub: Any) -> None:
    export = sub.add_parser("export", help="write agreements, summaries and calendars to files")
    export_sub = export.add_subparsers(dest="export_command", metavar="WHAT", required=True)
    p = command(
        export_sub,
        "agreements",
        cmd_export_agreements,
        "one mentoring agreement PDF per active pair, and one combined PDF for printing",
        json_option=True,
    )
    cohort_options(p)
    p.add_argument("--out", required=True, metavar="DIR", help="the folder to write to")
    p = command(
        export_sub,
        "summary",
        cmd_export_summary,
        "the cohort's summary as PDF (with charts), XLSX or CSV, by the file's extension",
        json_option=True,
    )
    cohort_options(p)
    p.add_argument("--out", required=True, metavar="FILE", help="FILE.pdf, FILE.xlsx or FILE.csv")
    p = command(
        export_sub,
        "calendar",
        cmd_export_calendar,
        "write a cohort's calendar (or one person's) as an .ics file",
        json_option=True,
    )
    cohort_options(p)
    p.add_argument("--out", required=True, metavar="FILE.ics", help="the calendar file to write")
    p.add_argument("--person", metavar="EMAIL", help="only the events this person is invited to")
