"""Applications: list a cohort's applicants, import a form's export."""

from __future__ import annotations

import argparse
from typing import Any

from mentordesk.cli.common import cohort_options, command, open_database, print_json
from mentordesk.core.errors import ValidationError


def cmd_applicants(args: argparse.Namespace) -> int:
    from mentordesk.core.applications.records import list_applications
    from mentordesk.core.programs.cohorts import find_cohort

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


def cmd_import(args: argparse.Namespace) -> int:
    from mentordesk.core.applications.importing import (
        describe_problem,
        load_mapping,
        program_mapping,
        propose_mapping,
        read_sheet,
        run_import,
    )
    from mentordesk.core.programs.cohorts import find_cohort
    from mentordesk.core.storage.models import Role

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


def register(sub: Any) -> None:
    p = command(
        sub,
        "applicants",
        cmd_applicants,
        "list a cohort's applications, every field",
        json_option=True,
    )
    cohort_options(p)

    p = command(
        sub,
        "import",
        cmd_import,
        "import applications from a form's CSV or XLSX export (exit 2 if it cannot be read)",
        json_option=True,
    )
    p.add_argument("file", help="the CSV or XLSX file the form exported")
    cohort_options(p)
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
