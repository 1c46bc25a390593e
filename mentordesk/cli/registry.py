"""The mentor registry: a directory of the cohort's mentors for mentees who choose (PDF or XLSX)."""

from __future__ import annotations

import argparse
from typing import Any

from mentordesk.cli.common import cohort_options, command, open_database, print_json


def cmd_registry(args: argparse.Namespace) -> int:
    from mentordesk.core.documents.registry import mentor_registry, write_registry
    from mentordesk.core.programs.cohorts import find_cohort

    with open_database(args).reading() as session:
        cohort = find_cohort(session, args.cohort, args.program)
        registry = mentor_registry(session, cohort.id)
    kind = write_registry(registry, args.out)
    unresolved = [r for r in registry.requests if r.mentor is None]
    if args.json:
        print_json({**registry.as_json(), "out": args.out, "format": kind})
        return 0
    for request in unresolved:
        print(f"  {request.mentee}: {request.explanation}")
    print(
        f"Registry of {len(registry.entries)} mentors ({registry.free_places} free places) "
        f"written to {args.out}; {len(registry.requests) - len(unresolved)} of "
        f"{len(registry.requests)} requests resolved to a mentor"
    )
    return 0


def register(sub: Any) -> None:
    p = command(
        sub,
        "registry",
        cmd_registry,
        "write the mentor registry (what each mentor offers, their free places) as PDF or XLSX",
        json_option=True,
    )
    cohort_options(p)
    p.add_argument("--out", required=True, metavar="FILE.pdf|FILE.xlsx", help="the file to write")
