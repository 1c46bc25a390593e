"""Pairs and people, one change at a time: list pairs, pair, unpair, withdraw, edit a field."""

from __future__ import annotations

import argparse
from typing import Any

from mentordesk.cli.common import cohort_options, command, open_database, parse_date, print_json
from mentordesk.core.errors import RuleViolation, ValidationError


def cmd_pairs(args: argparse.Namespace) -> int:
    from mentordesk.core.matching.pairs import pair_rows
    from mentordesk.core.programs.cohorts import find_cohort

    db = open_database(args)
    with db.reading() as session:
        cohort = find_cohort(session, args.cohort, args.program)
        cohort_name = cohort.name
        rows = pair_rows(session, cohort.id)
    if args.json:
        print_json({"cohort": cohort_name, "pairs": [r.as_json() for r in rows]})
        return 0
    for r in rows:
        score = f"{r.score:.3f}" if r.score is not None else "–"
        print(f"{r.mentee:<28} {r.mentor:<28} {score:>6}  {r.state}")
    print(f"{len(rows)} active pair{'s' if len(rows) != 1 else ''} in {cohort_name}")
    return 0


def _expected_mentor(session: Any, cohort_id: int, text: str | None) -> Any:
    """``--expect-mentor``: a mentor's id, None for "none", UNSTATED when not given."""
    from mentordesk.core.applications.records import find_participant
    from mentordesk.core.matching.pairs import UNSTATED
    from mentordesk.core.storage.models import Role

    if text is None:
        return UNSTATED
    if text.strip().casefold() == "none":
        return None
    return find_participant(session, cohort_id, text, Role.MENTOR).id


def cmd_pair(args: argparse.Namespace) -> int:
    from mentordesk.core.applications.records import find_participant, get_application
    from mentordesk.core.matching.pairs import board_pairs, lock_applications, pair_mentee
    from mentordesk.core.programs.cohorts import find_cohort
    from mentordesk.core.storage.models import Role

    db = open_database(args)
    with db.transaction(note="pair") as session:
        cohort = find_cohort(session, args.cohort, args.program)
        mentee = find_participant(session, cohort.id, args.mentee, Role.MENTEE)
        mentor = find_participant(session, cohort.id, args.mentor, Role.MENTOR)
        expected = _expected_mentor(session, cohort.id, args.expect_mentor)
        # Whom the mentee has, read once their rows are held (another desk waits meanwhile).
        lock_applications(session, [mentee.id, mentor.id])
        before = [p.mentor_id for p in board_pairs(session, cohort.id, [mentee.id]).pairs]
        try:
            pairing = pair_mentee(
                session, cohort.id, mentee.id, mentor.id, move=args.move, expect_mentor=expected
            )
        except RuleViolation as exc:
            if args.move or not before or before[0] == mentor.id:
                raise
            raise RuleViolation(f"{exc.message} (pair --move)") from exc  # how, on this line
        done = (
            f"Moved {mentee.person.full_name} from "
            f"{get_application(session, before[0]).person.full_name} to {mentor.person.full_name}"
            if before
            else f"Paired {mentee.person.full_name} with {mentor.person.full_name}"
        )
        line = (
            f"{done} in {cohort.name} (score {pairing.score:.3f})"
            if pairing.score is not None
            else done
        )
    print(line)
    return 0


def cmd_unpair(args: argparse.Namespace) -> int:
    from mentordesk.core.applications.records import find_participant
    from mentordesk.core.matching.pairs import unpair_mentee
    from mentordesk.core.programs.cohorts import find_cohort
    from mentordesk.core.storage.models import Role

    db = open_database(args)
    with db.transaction(note="unpair") as session:
        cohort = find_cohort(session, args.cohort, args.program)
        mentee = find_participant(session, cohort.id, args.mentee, Role.MENTEE)
        expected = _expected_mentor(session, cohort.id, args.expect_mentor)
        pairing = unpair_mentee(session, cohort.id, mentee.id, args.reason, expect_mentor=expected)
        line = (
            f"Ended the pair of {mentee.person.full_name} and "
            f"{pairing.mentor.person.full_name} in {cohort.name}: {pairing.end_note}"
        )
    print(line)
    return 0


def cmd_withdraw(args: argparse.Namespace) -> int:
    from mentordesk.core.applications.records import find_participant
    from mentordesk.core.matching.withdrawal import withdraw
    from mentordesk.core.programs.cohorts import find_cohort

    db = open_database(args)
    with db.transaction(note=f"withdraw: {args.reason}") as session:
        cohort = find_cohort(session, args.cohort, args.program)
        app = find_participant(session, cohort.id, args.person)
        done = withdraw(session, app.id, args.reason, on=args.date)
    print(f"{done.describe()}.")
    for offer in done.offers:
        print(f"  {offer.describe()}")
    return 0


def _assignments(texts: list[str]) -> list[tuple[str, str]]:
    out = []
    for text in texts:
        name, sep, value = text.partition("=")
        if not sep or not name.strip():
            raise ValidationError(f"{text!r} is not FIELD=VALUE (for example department=Nursing)")
        out.append((name.strip(), value))
    return out


def cmd_edit(args: argparse.Namespace) -> int:
    from mentordesk.core.applications.records import find_participant, update_application
    from mentordesk.core.programs.cohorts import find_cohort

    changes = _assignments(args.changes)
    db = open_database(args)
    with db.transaction(note="edit") as session:
        cohort = find_cohort(session, args.cohort, args.program)
        app = find_participant(session, cohort.id, args.person)
        expected = args.expect_version
        row = None
        for name, value in changes:
            row = update_application(session, app.id, name, value, expected_version=expected)
            expected = None  # the first field checks what the desk read; the rest follow it
        assert row is not None
        session.flush()
        line = (
            f"Saved {', '.join(n for n, _ in changes)} of {row.full_name or row.email} "
            f"(version {app.version})"
        )
    print(line)
    return 0


def register(sub: Any) -> None:
    p = command(
        sub,
        "pairs",
        cmd_pairs,
        "the cohort's active pairs: mentee, mentor, score, state",
        json_option=True,
    )
    cohort_options(p)

    p = command(
        sub,
        "pair",
        cmd_pair,
        "pair a mentee with a mentor (email or exact name); a mentee who has a mentor "
        "is refused unless --move (exit 3 if the pair is not the one --expect-mentor names)",
    )
    cohort_options(p)
    p.add_argument("mentee", metavar="MENTEE", help="the mentee's email or full name")
    p.add_argument("mentor", metavar="MENTOR", help="the mentor's email or full name")
    p.add_argument(
        "--move",
        action="store_true",
        help="move a mentee who has a mentor to this one, as a drag on the board does "
        "(a locked, published or started pair is refused)",
    )
    _expect_mentor_option(p)

    p = command(
        sub,
        "unpair",
        cmd_unpair,
        "end a mentee's active pair (the history stays; exit 3 if the pair is not the one "
        "--expect-mentor names)",
    )
    cohort_options(p)
    p.add_argument("mentee", metavar="MENTEE", help="the mentee's email or full name")
    p.add_argument("--reason", required=True, help="why the pair ends")
    _expect_mentor_option(p)

    p = command(
        sub,
        "withdraw",
        cmd_withdraw,
        "withdraw a mentor or mentee: their pair ends, their partner gets an offer",
    )
    cohort_options(p)
    p.add_argument("person", metavar="PERSON", help="their email or full name")
    p.add_argument("--reason", required=True, help="why they leave")
    p.add_argument(
        "--date", type=parse_date, default=None, help="the day they left (default: today)"
    )

    p = command(
        sub,
        "edit",
        cmd_edit,
        "change fields of one application (exit 3 if it changed since --expect-version)",
    )
    cohort_options(p)
    p.add_argument("person", metavar="PERSON", help="their email or full name")
    p.add_argument("changes", metavar="FIELD=VALUE", nargs="+", help="e.g. department=Nursing")
    p.add_argument(
        "--expect-version",
        type=int,
        metavar="N",
        help="the version you read (applicants --json); refuse if it has changed since",
    )


def _expect_mentor_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--expect-mentor",
        metavar="MENTOR|none",
        help="the mentee's mentor as you saw it (pairs --json), or 'none'; if another desk "
        "has changed the pair since, nothing changes and the command exits 3 saying whose "
        "pair it is now",
    )
