"""A rematch: the pair ends, and the mentee gets the best other mentor the rules allow.

The rules' limit (``max_rematches``) is checked first, before anyone is asked for a
reason; the options are the eligible mentors with a free slot whom no hard rule forbids,
best score first, never the mentor the pair had (an ended pair is a hard rule).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mentordesk.core.errors import ConflictError, NotFoundError, RuleViolation
from mentordesk.core.matching.pairs import (
    Assignment,
    BoardChange,
    change_board,
    end_pairing,
    reopen_pairing,
)
from mentordesk.core.matching.scoring import score_table
from mentordesk.core.matching.solver import (
    MATCHABLE_STATUSES,
    Forbidden,
    forbidden_matrix,
    forbidden_text,
    mentor_ratings_by_person,
    profile_of,
)
from mentordesk.core.programs.cohorts import program_rules
from mentordesk.core.storage.models import (
    Application,
    Exclusion,
    Pairing,
    PairingEndReason,
    PairingStatus,
    Person,
    Role,
)


@dataclass(frozen=True)
class RematchOption:
    mentor_id: int
    name: str
    score: float
    free: int  # slots left
    refusal: str = ""  # a hard rule that forbids the pair ("" when allowed)


@dataclass(frozen=True)
class RematchPlan:
    """What the rematch dialog shows: the pair, how many rematches are left, the options."""

    pairing_id: int
    cohort_id: int
    mentee_id: int
    mentee: str
    mentor_id: int
    mentor: str
    limit: int | None  # the rules' rematches per participant (None: no limit)
    used: int  # the most either side has had
    options: list[RematchOption]  # allowed ones, best first

    @property
    def best(self) -> RematchOption | None:
        return self.options[0] if self.options else None


def rematches_of(session: Session, cohort_id: int, application_id: int) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(Pairing)
            .where(
                Pairing.cohort_id == cohort_id,
                Pairing.end_reason == PairingEndReason.REMATCH,
                (Pairing.mentee_id == application_id) | (Pairing.mentor_id == application_id),
            )
        )
        or 0
    )


def _active(session: Session, pairing_id: int) -> Pairing:
    pairing = session.get(Pairing, pairing_id)
    if pairing is None:
        raise NotFoundError(f"No pairing with id {pairing_id}")
    if pairing.status is not PairingStatus.ACTIVE:
        raise ConflictError("This pair has already ended")
    return pairing


def check_rematch_allowed(session: Session, pairing_id: int) -> int:
    """Raise RuleViolation when either side has used the rematches the rules allow;
    otherwise return how many the one who had most has used."""
    pairing = _active(session, pairing_id)
    rules = program_rules(pairing.cohort.program)
    used = 0
    for app in (pairing.mentee, pairing.mentor):
        had = rematches_of(session, pairing.cohort_id, app.id)
        used = max(used, had)
        if rules.max_rematches is not None and had >= rules.max_rematches:
            allowed = rules.max_rematches
            raise RuleViolation(
                f"{app.person.full_name} has had {had} rematch{'es' if had != 1 else ''}; "
                f"the program allows {allowed} per participant, so this pair cannot be "
                "rematched (end it for another reason, or change the rules)"
            )
    return used


def plan_rematch(session: Session, pairing_id: int) -> RematchPlan:
    """The rematch of this pair as the committee will decide it; refused first if the rules'
    limit is reached."""
    used = check_rematch_allowed(session, pairing_id)
    pairing = _active(session, pairing_id)
    cohort_id = pairing.cohort_id
    rules = program_rules(pairing.cohort.program)
    mentee_app = pairing.mentee
    mentee = profile_of(mentee_app, mentee_app.person, rules)
    rows = session.execute(
        select(Application, Person)
        .join(Person, Application.person_id == Person.id)
        .where(
            Application.cohort_id == cohort_id,
            Application.role == Role.MENTOR,
            Application.status.in_(MATCHABLE_STATUSES),
        )
        .order_by(Person.last_name, Person.first_name)
    ).all()
    mentors = [profile_of(a, p, rules) for a, p in rows]
    load = dict(
        session.execute(
            select(Pairing.mentor_id, func.count())
            .where(Pairing.cohort_id == cohort_id, Pairing.status == PairingStatus.ACTIVE)
            .group_by(Pairing.mentor_id)
        ).all()
    )
    ended = {
        (p.mentee_id, p.mentor_id)
        for p in session.scalars(
            select(Pairing).where(
                Pairing.cohort_id == cohort_id,
                Pairing.mentee_id == mentee_app.id,
                Pairing.status == PairingStatus.ENDED,
            )
        )
    }
    # The pair being ended counts as ended already: never propose the same mentor.
    ended.add((mentee_app.id, pairing.mentor_id))
    excluded = {
        (e.mentee_id, e.mentor_id)
        for e in session.scalars(
            select(Exclusion).where(
                Exclusion.cohort_id == cohort_id, Exclusion.mentee_id == mentee_app.id
            )
        )
    }
    options: list[RematchOption] = []
    if mentors:
        ratings = (
            mentor_ratings_by_person(session, {p.person_id for p in mentors})
            if rules.evaluations_inform_matching
            else {}
        )
        table = score_table([mentee], mentors, rules, ratings)
        codes = forbidden_matrix([mentee], mentors, ended, excluded)
        for j, mentor in enumerate(mentors):
            free = mentor.capacity - int(load.get(mentor.id, 0))
            code = int(codes[0, j])
            if code != Forbidden.NONE or free <= 0:
                continue
            options.append(
                RematchOption(
                    mentor_id=mentor.id,
                    name=mentor.name,
                    score=round(float(table.total[0, j]), 4),
                    free=free,
                    refusal=forbidden_text(code, mentee, mentor) if code else "",
                )
            )
    options.sort(key=lambda o: (-o.score, o.name))
    return RematchPlan(
        pairing_id=pairing.id,
        cohort_id=cohort_id,
        mentee_id=mentee_app.id,
        mentee=mentee_app.person.full_name,
        mentor_id=pairing.mentor_id,
        mentor=pairing.mentor.person.full_name,
        limit=rules.max_rematches,
        used=used,
        options=options,
    )


@dataclass(frozen=True)
class RematchDone:
    """A rematch made: the ended pair, and the new mentor (None: the mentee waits)."""

    ended_pairing_id: int
    mentee_id: int
    new_mentor_id: int | None
    #: The new pair as the rematch made it: its undo takes back that pair, never one
    #: another desk has given the mentee since.
    new_pair: Assignment | None = None


def rematch(
    session: Session,
    pairing_id: int,
    reason: str,
    new_mentor_id: int | None,
    *,
    on: date | None = None,
) -> RematchDone:
    """End the pair for a rematch and give the mentee ``new_mentor_id`` (None: unassigned),
    in the caller's one transaction."""
    pairing = _active(session, pairing_id)
    if new_mentor_id is not None and new_mentor_id == pairing.mentor_id:
        raise RuleViolation(
            f"A rematch gives {pairing.mentee.person.full_name} another mentor, "
            f"not {pairing.mentor.person.full_name} again"
        )
    check_rematch_allowed(session, pairing_id)
    mentee_id = pairing.mentee_id
    end_pairing(session, pairing_id, PairingEndReason.REMATCH, note=reason, on=on)
    new_pair = None
    if new_mentor_id is not None:
        undo = change_board(
            session,
            pairing.cohort_id,
            BoardChange(assignments={mentee_id: Assignment(new_mentor_id)}),
        )
        new_pair = undo.expected[mentee_id]
    return RematchDone(pairing_id, mentee_id, new_mentor_id, new_pair)


def undo_rematch(session: Session, done: RematchDone) -> None:
    """Take a rematch back: the new pair goes, the old one is active again."""
    pairing = session.get(Pairing, done.ended_pairing_id)
    if pairing is None:
        raise NotFoundError(f"No pairing with id {done.ended_pairing_id}")
    if done.new_mentor_id is not None:
        expected = {done.mentee_id: done.new_pair} if done.new_pair is not None else {}
        change_board(
            session,
            pairing.cohort_id,
            BoardChange(assignments={done.mentee_id: None}, expected=expected),
        )
    reopen_pairing(session, done.ended_pairing_id)
