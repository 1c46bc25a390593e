"""Matching: propose the optimal pairing of a cohort with its certificate, ask "why not this
pair?", fill free places, weigh fairness, and save."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from mentordesk.cli.common import cohort_options, command, open_database, print_json
from mentordesk.core.errors import MentorDeskError


def _exclusive(args: argparse.Namespace) -> None:
    chosen = [
        flag
        for flag, on in (
            ("--matrix", args.matrix),
            ("--why-not", args.why_not is not None),
            ("--fill", args.fill),
            ("--fair", args.fair is not None),
        )
        if on
    ]
    if len(chosen) > 1:
        raise MentorDeskError(f"{' and '.join(chosen)} cannot be combined; choose one")
    if args.apply and (args.matrix or args.why_not is not None):
        raise MentorDeskError(f"{chosen[0]} only reports; it cannot be combined with --apply")


def _matrix(args: argparse.Namespace) -> int:
    from mentordesk.core.matching.solver import load_problem, score_matrix_json
    from mentordesk.core.programs.cohorts import find_cohort

    with open_database(args).reading() as session:
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


def _why_not(args: argparse.Namespace) -> int:
    from mentordesk.core.matching.solver import load_problem
    from mentordesk.core.matching.why_not import find_participant, why_not_pair
    from mentordesk.core.programs.cohorts import find_cohort

    mentee_text, mentor_text = args.why_not
    with open_database(args).reading() as session:
        problem = load_problem(session, find_cohort(session, args.cohort, args.program).id)
    mentee = find_participant(problem, mentee_text, "mentee")
    mentor = find_participant(problem, mentor_text, "mentor")
    answer = why_not_pair(problem, mentee.id, mentor.id)
    if args.json:
        print_json(answer.as_json())
        return 0
    if answer.forced is not None and not answer.forbidden and not answer.paired_today:
        print(
            f"{'':<22}{'today':>12}{'with the pair':>16}\n"
            f"{'total score':<22}{answer.optimum.total:>12.3f}{answer.forced.total:>16.3f}\n"
            f"{'mentees matched':<22}{answer.optimum.matched:>12}{answer.forced.matched:>16}"
        )
        for move in answer.moves:
            print(f"  {move.sentence()}")
    print(answer.summary())
    return 0


def _fill(args: argparse.Namespace) -> int:
    from mentordesk.core.matching.fill import fill_free_places
    from mentordesk.core.programs.cohorts import find_cohort

    db = open_database(args)
    context = db.transaction(note="match --fill --apply") if args.apply else db.reading()
    with context as session:
        cohort = find_cohort(session, args.cohort, args.program)
        fill = fill_free_places(session, cohort.id, apply=args.apply)
    if args.json:
        print_json(fill.as_json())
        return 0
    for move in fill.new_pairs:
        print(f"{move.to_name:<28} ← {move.mentee:<28} {fill.scores[move.mentee_id]:.3f}")
    for waiting in fill.still_waiting:
        print(f"{'waiting':<28}   {waiting.name:<28} {waiting.reason}")
    verb = "Saved" if fill.applied else "Would add"
    print(
        f"{verb} {len(fill.new_pairs)} pairs in {fill.free_places} free places of "
        f"{fill.cohort_name}; every existing pair stays; {len(fill.still_waiting)} still waiting"
        + ("" if fill.applied or not fill.new_pairs else " (add --apply to save)")
    )
    return 0


def _suggest(args: argparse.Namespace) -> int:
    from mentordesk.core.matching.certificate import certify
    from mentordesk.core.matching.fairness import fair_suggestion
    from mentordesk.core.matching.outcome import best_with, pair_json, proposal_from
    from mentordesk.core.matching.pairs import apply_proposal
    from mentordesk.core.matching.solver import load_problem
    from mentordesk.core.programs.cohorts import find_cohort

    db = open_database(args)
    note = f"match --fair {args.fair} --apply" if args.fair else "match --apply"
    context = db.transaction(note=note) if args.apply else db.reading()
    with context as session:
        cohort = find_cohort(session, args.cohort, args.program)
        cohort_name = cohort.name
        problem = load_problem(session, cohort.id)
        fair = fair_suggestion(problem, args.fair) if args.fair else None
        pairing = fair.pairing if fair is not None else best_with(problem, {})
        proposal = proposal_from(problem, pairing)
        certificate = certify(problem, pairing, stable=args.stable)
        result = apply_proposal(session, proposal) if args.apply else None
    if args.certificate:
        from mentordesk.core.documents.certificate_pdf import write_certificate_pdf

        write_certificate_pdf(args.certificate, problem, proposal, certificate, fair)
    if args.json:
        data: dict[str, Any] = {
            "cohort": cohort_name,
            "pairs": [pair_json(problem, p) for p in proposal.pairs],
            "total_score": round(proposal.total_score, 4),
            "unmatched": [u.as_json() for u in proposal.unmatched],
            "certificate": certificate.as_json(problem),
        }
        if fair is not None:
            data["fairness"] = fair.as_json()
        print_json(data)
    else:
        for pair in proposal.pairs:
            kept = "  (kept)" if pair.kept else ""
            print(f"{pair.mentor_name:<28} ← {pair.mentee_name:<28} {pair.score:.3f}{kept}")
        for unmatched in proposal.unmatched:
            print(f"{'waiting':<28}   {unmatched.name:<28} {unmatched.reason}")
        for line in certificate.sentences():
            print(line)
        if fair is not None:
            print(fair.summary())
        print(
            f"{len(proposal.pairs)} pairs, total score {proposal.total_score:.3f}, "
            f"{len(proposal.unmatched)} unmatched in {cohort_name}"
            + (" (optimal, certified)" if certificate.optimal and fair is None else "")
        )
    out = sys.stderr if args.json else sys.stdout
    if args.certificate:
        print(f"Certificate written to {args.certificate}", file=out)
    if result is not None:
        print(
            f"Saved: {result.added} pairs added, {result.removed} removed, {result.kept} kept, "
            f"{result.waitlisted} waitlisted",
            file=out,
        )
    elif not args.json:
        print("Nothing was saved; add --apply to save this pairing")
    return 0


def cmd_match(args: argparse.Namespace) -> int:
    _exclusive(args)
    if args.matrix:
        return _matrix(args)
    if args.why_not is not None:
        return _why_not(args)
    if args.fill:
        return _fill(args)
    return _suggest(args)


def register(sub: Any) -> None:
    p = command(
        sub,
        "match",
        cmd_match,
        "propose the optimal pairing of a cohort with its certificate "
        "(nothing is saved without --apply)",
        json_option=True,
    )
    cohort_options(p)
    p.add_argument(
        "--apply",
        action="store_true",
        help="save the suggestion (or with --fill, the new pairs); locked and confirmed pairs stay",
    )
    p.add_argument(
        "--matrix", action="store_true", help="print the whole score matrix instead of a pairing"
    )
    p.add_argument(
        "--why-not",
        nargs=2,
        metavar=("MENTEE", "MENTOR"),
        help="why these two are not paired: the rule that forbids it, or what forcing the "
        "pair costs the cohort and who would move (names or emails)",
    )
    p.add_argument(
        "--fill",
        action="store_true",
        help="fill free places from mentees without a mentor (and the waitlist), keeping "
        "every existing pair",
    )
    p.add_argument(
        "--fair",
        choices=("lowest-first", "departments"),
        help="a fair suggestion with its cost against the plain optimum: raise the lowest "
        "scores first, or give every department its share of the places",
    )
    p.add_argument(
        "--stable",
        action="store_true",
        help="add the most stable suggestion (no blocking pairs) and what it costs",
    )
    p.add_argument(
        "--certificate",
        metavar="FILE.pdf",
        help="also print the certificate on one page (PDF) for the committee's minutes",
    )
