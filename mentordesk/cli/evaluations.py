"""Evaluations: what is in and missing per pair, results by question, and importing a survey export."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from mentordesk.cli.common import command, open_database, print_json
from mentordesk.core.errors import ValidationError


def cmd_evaluations(args: argparse.Namespace) -> int:
    from mentordesk.core.matching.evaluations import PHASE_LABELS, cohort_evaluations
    from mentordesk.core.programs.cohorts import find_cohort

    if not args.cohort:
        raise ValidationError("Name the cohort: mentordesk evaluations --cohort NAME")
    db = open_database(args)
    with db.reading() as session:
        cohort = find_cohort(session, args.cohort, args.program)
        report = cohort_evaluations(session, cohort.id)
    if args.json:
        print_json(report.as_json())
        return 0
    for pair in report.pairs:
        missing = ", ".join(pair.missing) or "none"
        print(f"  {pair.label:<48} received {len(pair.received)}, missing: {missing}")
    for q in report.questions:
        if q.answers:
            print(
                f"  {PHASE_LABELS[q.phase]:<10} {q.evaluator:<10} {q.text[:60]:<60} "
                f"{q.average:.1f} ({q.answers})"
            )
    print(
        f"{report.received} of {report.expected} evaluations received in {report.cohort} "
        f"({len(report.pairs)} pairs)"
    )
    return 0


def cmd_evaluations_import(args: argparse.Namespace) -> int:
    from mentordesk.core.applications.importing import read_sheet
    from mentordesk.core.matching.evaluations import (
        cohort_forms,
        import_evaluations,
        load_evaluation_mapping,
        propose_evaluation_mapping,
    )
    from mentordesk.core.programs.cohorts import find_cohort

    sheet = read_sheet(args.file)
    db = open_database(args)
    unit = db.reading() if args.dry_run else db.transaction(note=f"evaluations {sheet.name}")
    with unit as session:
        cohort = find_cohort(session, args.cohort, args.program)
        forms = [f for f in cohort_forms(session, cohort.id) if f.phase == args.phase]
        saved = load_evaluation_mapping(args.mapping, forms) if args.mapping else None
        mapping = propose_evaluation_mapping(sheet.headers, forms, saved)
        result = import_evaluations(
            session, cohort.id, sheet, args.phase, mapping, dry_run=args.dry_run
        )
        cohort_name = cohort.name
    if args.json:
        print_json(result.as_json())
        return 0
    for problem in result.problems:
        print(f"  row {problem.row}: {problem.reason}", file=sys.stderr)
    what = "Dry run: would import" if args.dry_run else "Imported"
    print(
        f"{what} {result.imported} {args.phase} evaluation(s) into {cohort_name}"
        + (f", replaced {result.replaced}" if result.replaced else "")
        + (f"; {len(result.problems)} row(s) skipped" if result.problems else "")
    )
    return 0


def register(sub: Any) -> None:
    p = command(
        sub,
        "evaluations",
        cmd_evaluations,
        "evaluations of a cohort: received and missing per pair, average by question",
        json_option=True,
    )
    p.add_argument("--cohort", help="the cohort's name")
    p.add_argument("--program", help="the program, when two programs have a cohort of that name")
    actions = p.add_subparsers(dest="evaluations_command", metavar="ACTION")
    i = command(
        actions,
        "import",
        cmd_evaluations_import,
        "import a phase's evaluations from a survey tool's export (CSV or XLSX)",
        json_option=True,
    )
    i.add_argument("file", help="the survey's export")
    i.add_argument("--cohort", required=True, help="the cohort's name")
    i.add_argument("--program", help="the program, when two programs have a cohort of that name")
    i.add_argument("--phase", required=True, choices=("midpoint", "closeout", "final"))
    i.add_argument(
        "--mapping",
        metavar="FILE.json",
        help="which column answers which question: {column header: question key as 'q:KEY', "
        "'evaluator_email', 'about_email', 'submitted_at' or 'comments'}",
    )
    i.add_argument("--dry-run", action="store_true", help="check every row, write nothing")
