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
        load_mapping_file,
        parse_set_options,
        program_mapping,
        propose_mapping,
        read_sheet,
        run_import,
        sheet_samples,
    )
    from mentordesk.core.programs.cohorts import find_cohort
    from mentordesk.core.storage.models import Role

    # The file first: one that cannot be read is exit status 2 before the database is touched.
    sheet = read_sheet(args.file)
    mapping_file = load_mapping_file(args.mapping) if args.mapping else None
    explicit = mapping_file.columns if mapping_file else None
    # --set wins over the mapping file's fixed answers for the same field.
    fixed = {**(mapping_file.fixed if mapping_file else {}), **parse_set_options(args.set or [])}
    role = Role(args.role) if args.role else None
    db = open_database(args)
    unit = db.reading() if args.dry_run else db.transaction(note=f"import {sheet.name}")
    with unit as session:
        cohort = find_cohort(session, args.cohort, args.program)
        cohort_name = cohort.name
        samples = sheet_samples(sheet)
        if explicit is not None:
            mapping = propose_mapping(sheet.headers, explicit, guess=False, samples=samples)
        else:
            mapping = propose_mapping(
                sheet.headers, program_mapping(session, cohort.program_id), samples=samples
            )
        # A field given with --set is the committee's word: a column guessed for it yields.
        mapping = {h: (None if f in fixed else f) for h, f in mapping.items()}
        try:
            result = run_import(
                session,
                cohort.id,
                sheet,
                mapping,
                default_role=role,
                fixed=fixed,
                keep_corrections=not args.overwrite_corrections,
                dry_run=args.dry_run,
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
    replaced = f", {result.replaced} replaced by a later submission" if result.replaced else ""
    print(
        f"{what} {result.imported}, updated {result.updated}, skipped {result.skipped}"
        f"{replaced} from {sheet.name} into {cohort_name}"
    )
    for note in result.file_notes:
        print(f"  note: {note}")
    for name, rule in result.not_asked.items():
        print(
            f"  not asked: the rules need {name} ({rule}); no column gives it, so these "
            f"applications need a decision (or give it with --set {name}=VALUE)"
        )
    for problem in result.errors:
        print(f"  {describe_problem(problem)}")
    for warning in result.warnings:
        print(f"  flagged: {describe_problem(warning)}")
    for notice in result.notices:
        print(f"  notice: {describe_problem(notice)}")
    for row in result.rows:
        for change in row.changes:
            print(f"  row {row.row} ({row.email}) changes {change.describe()}")
        for kept in row.kept:
            verb = "keeps" if not args.overwrite_corrections else "overwrites"
            print(
                f"  row {row.row} ({row.email}) {verb} the committee's correction "
                f"{kept.field}: {kept.old!r} (the form says {kept.new!r})"
            )
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
        help='column mapping {"columns": {header: field}, "fixed": {field: value}} '
        "(or flat {header: field}); default: the program's saved mapping, then a guess",
    )
    p.add_argument(
        "--role",
        choices=["mentor", "mentee"],
        help="role of rows without one (a form for mentors only, say)",
    )
    p.add_argument(
        "--set",
        action="append",
        metavar="FIELD=VALUE",
        help="give a field the same answer for every row (repeatable), e.g. organization=HSC",
    )
    p.add_argument(
        "--overwrite-corrections",
        action="store_true",
        help="let the form's answers replace the committee's corrections (kept by default)",
    )
    p.add_argument("--dry-run", action="store_true", help="check every row, write nothing")
