"""Matching: propose the optimal pairing of a cohort, and save it."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from mentordesk.cli.common import cohort_options, command, open_database, print_json
from mentordesk.core.errors import MentorDeskError


def cmd_match(args: argparse.Namespace) -> int:
    from mentordesk.core.matching.pairs import apply_proposal
    from mentordesk.core.matching.solver import load_problem, score_matrix_json, solve
    from mentordesk.core.programs.cohorts import find_cohort

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


def register(sub: Any) -> None:
    p = command(
        sub,
        "match",
        cmd_match,
        "propose the optimal pairing of a cohort (nothing is saved without --apply)",
        json_option=True,
    )
    cohort_options(p)
    p.add_argument(
        "--apply",
        action="store_true",
        help="save the proposal as the cohort's pairs (locked and confirmed pairs stay)",
    )
    p.add_argument(
        "--matrix", action="store_true", help="print the whole score matrix instead of a pairing"
    )
