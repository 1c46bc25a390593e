"""The optimal pairing of a cohort: the hard rules, the lexicographic optimum, and why someone waits.

The optimum is lexicographic: first as many mentees matched as the hard rules and the
mentors' capacities allow (nobody is left out to raise others' scores), then, where the
program lets mentees choose, as many requests honoured as possible, then the highest total
score. It is found exactly by one assignment problem over mentor slots (scipy's
``linear_sum_assignment``) whose edge weights put each tier far above the next.
"""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np
from scipy.optimize import linear_sum_assignment
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mentordesk.core.applications.eligibility import eligibility
from mentordesk.core.applications.fields import normalize_email
from mentordesk.core.matching.scoring import (
    Profile,
    ScoreTable,
    meeting_format_of,
    mentor_index,
    score_table,
    tags_of,
)
from mentordesk.core.programs.cohorts import get_cohort, program_rules
from mentordesk.core.programs.rules import ProgramRules
from mentordesk.core.progress import Progress, no_progress
from mentordesk.core.storage.models import (
    Application,
    ApplicationStatus,
    Cohort,
    Evaluation,
    EvaluatorRole,
    Exclusion,
    MeetingLog,
    Pairing,
    PairingStatus,
    Person,
    Role,
)

#: Applications that take part in matching; withdrawn, declined and completed ones do not.
MATCHABLE_STATUSES = (
    ApplicationStatus.SUBMITTED,
    ApplicationStatus.ACCEPTED,
    ApplicationStatus.MATCHED,
    ApplicationStatus.WAITLISTED,
)


class Forbidden(enum.IntEnum):
    """Why a hard rule forbids a pair (0: it does not). One code per pair, the first that applies."""

    NONE = 0
    MENTEE_NOT_ELIGIBLE = 1
    MENTOR_NOT_ELIGIBLE = 2
    SAME_PERSON = 3
    SUPERVISOR = 4
    ENDED_BEFORE = 5
    EXCLUDED = 6


def forbidden_text(code: Forbidden | int, mentee: Profile, mentor: Profile) -> str:
    """The hard rule a pair breaks, in a sentence naming both people."""
    code = Forbidden(code)
    if code is Forbidden.MENTEE_NOT_ELIGIBLE:
        why = "; ".join(mentee.eligibility_reasons) or "the committee decided so"
        return f"{mentee.name} is not eligible: {why}"
    if code is Forbidden.MENTOR_NOT_ELIGIBLE:
        why = "; ".join(mentor.eligibility_reasons) or "the committee decided so"
        return f"{mentor.name} is not eligible as a mentor: {why}"
    if code is Forbidden.SAME_PERSON:
        return f"{mentor.name} cannot mentor themselves"
    if code is Forbidden.SUPERVISOR:
        return f"{mentor.name} is {mentee.name}'s supervisor; a supervisor never mentors their own staff"
    if code is Forbidden.ENDED_BEFORE:
        return f"{mentor.name} and {mentee.name} were paired before and that pairing ended"
    if code is Forbidden.EXCLUDED:
        return f"The committee excluded pairing {mentor.name} with {mentee.name}"
    return ""


_SHORT = {
    Forbidden.MENTOR_NOT_ELIGIBLE: ("is not eligible", "are not eligible"),
    Forbidden.SAME_PERSON: ("is the mentee themselves", "are the mentee themselves"),
    Forbidden.SUPERVISOR: ("is their supervisor", "are their supervisors"),
    Forbidden.ENDED_BEFORE: ("was paired with them before", "were paired with them before"),
    Forbidden.EXCLUDED: ("is excluded by the committee", "are excluded by the committee"),
}


@dataclass
class MatchProblem:
    """A cohort's matching as plain data: the scores, the hard rules, capacities, kept pairs."""

    cohort_id: int
    cohort_name: str
    rules: ProgramRules
    table: ScoreTable
    forbidden: np.ndarray  # int8 (mentees × mentors), Forbidden codes
    capacity: np.ndarray  # int (mentors,): mentees each mentor takes in all
    kept: list[tuple[int, int]] = field(default_factory=list)  # (mentee row, mentor column)
    mentee_row: dict[int, int] = field(default_factory=dict)  # application id -> row
    mentor_col: dict[int, int] = field(default_factory=dict)  # application id -> column

    @property
    def mentees(self) -> list[Profile]:
        return self.table.mentees

    @property
    def mentors(self) -> list[Profile]:
        return self.table.mentors

    @property
    def allowed(self) -> np.ndarray:
        return self.forbidden == Forbidden.NONE

    def free_slots(self) -> np.ndarray:
        """Capacity left to the optimizer once the kept pairs are counted."""
        taken = np.zeros(len(self.mentors), dtype=np.int64)
        for _, j in self.kept:
            taken[j] += 1
        return np.maximum(self.capacity - taken, 0)

    def rule_broken(self, mentee_id: int, mentor_id: int) -> str | None:
        """The hard rule (other than capacity) pairing these two would break, or None."""
        i, j = self.mentee_row.get(mentee_id), self.mentor_col.get(mentor_id)
        if i is None or j is None:
            return "Only active applications of this cohort can be paired"
        code = int(self.forbidden[i, j])
        return forbidden_text(code, self.mentees[i], self.mentors[j]) if code else None


@dataclass(frozen=True)
class ProposedPair:
    mentee_id: int
    mentor_id: int
    mentee_email: str
    mentor_email: str
    mentee_name: str
    mentor_name: str
    score: float
    components: dict[str, float]
    kept: bool = False  # a locked, confirmed or running pair the optimizer did not touch

    def as_json(self) -> dict[str, Any]:
        return {
            "mentor": self.mentor_email,
            "mentee": self.mentee_email,
            "score": round(self.score, 4),
            "components": self.components,
        }


@dataclass(frozen=True)
class UnmatchedMentee:
    mentee_id: int
    email: str
    name: str
    reason: str
    eligible: bool = True

    def as_json(self) -> dict[str, Any]:
        return {"mentee": self.email, "reason": self.reason}


@dataclass(frozen=True)
class Proposal:
    """The optimizer's pairing of a cohort: every pair (kept ones too) and who waits, and why."""

    cohort_id: int
    pairs: list[ProposedPair]
    unmatched: list[UnmatchedMentee]

    @property
    def total_score(self) -> float:
        return float(sum(p.score for p in self.pairs))

    def as_json(self) -> dict[str, Any]:
        return {
            "pairs": [p.as_json() for p in self.pairs],
            "total_score": round(self.total_score, 4),
            "unmatched": [u.as_json() for u in self.unmatched],
        }


# --- the solver -------------------------------------------------------------------------


def optimal_assignment(
    scores: np.ndarray,
    allowed: np.ndarray,
    free: Sequence[int] | np.ndarray,
    priority: np.ndarray | None = None,
) -> list[tuple[int, int]]:
    """The lexicographic optimum as (row, column) pairs: most rows matched, then most
    ``priority`` pairs, then the highest total of ``scores`` (each in [0, 1]).

    Column j takes at most ``free[j]`` rows. Each column is repeated once per slot and the
    edge weight is BIG + PRIO·priority + score, with PRIO above any total of scores and BIG
    above any total of the lower tiers, so one maximum-weight assignment is the
    lexicographic optimum. A forbidden edge weighs 0 and is dropped from the answer.
    """
    scores = np.asarray(scores, dtype=np.float64)
    allowed = np.asarray(allowed, dtype=bool)
    n, m = scores.shape
    free_arr = np.asarray(free, dtype=np.int64).reshape(m)
    cols = np.flatnonzero(free_arr > 0)
    if n == 0 or cols.size == 0:
        return []
    usable = allowed[:, cols]
    rows = np.flatnonzero(usable.any(axis=1))
    if rows.size == 0:
        return []
    usable = usable[rows]
    k = rows.size
    prio_weight = float(k + 1)
    big = k * (prio_weight + 1.0) + 1.0
    weights = big + np.clip(scores[np.ix_(rows, cols)], 0.0, 1.0)
    if priority is not None:
        weights += prio_weight * np.asarray(priority, dtype=bool)[np.ix_(rows, cols)]
    weights = np.where(usable, weights, 0.0)
    # A column never needs more slots than there are rows to fill them.
    slots = np.minimum(free_arr[cols], k)
    slot_col = np.repeat(np.arange(cols.size), slots)
    expanded = weights[:, slot_col]
    row_ind, slot_ind = linear_sum_assignment(expanded, maximize=True)
    out = []
    for r, s in zip(row_ind, slot_ind, strict=True):
        c = slot_col[s]
        if usable[r, c]:
            out.append((int(rows[r]), int(cols[c])))
    return out


def greedy_assignment(
    scores: np.ndarray, allowed: np.ndarray, free: Sequence[int] | np.ndarray
) -> list[tuple[int, int]]:
    """Best pair first until nothing fits: the committee's spreadsheet way (for comparison)."""
    remaining = np.asarray(free, dtype=np.int64).tolist()
    n, m = scores.shape
    candidates = np.flatnonzero(np.asarray(allowed, dtype=bool).ravel())
    order = candidates[np.argsort(-np.asarray(scores).ravel()[candidates], kind="stable")]
    slots_left = sum(remaining)
    taken_rows = [False] * n
    out: list[tuple[int, int]] = []
    for idx in order.tolist():
        if len(out) == n or slots_left == 0:
            break
        i, j = divmod(idx, m)
        if taken_rows[i] or remaining[j] <= 0:
            continue
        taken_rows[i] = True
        remaining[j] -= 1
        slots_left -= 1
        out.append((i, j))
    return out


# --- the cohort as a problem ------------------------------------------------------------


def profile_of(app: Application, person: Person, rules: ProgramRules) -> Profile:
    decision = eligibility(app, rules)
    capacity = app.capacity if app.capacity is not None else rules.default_mentor_capacity
    return Profile(
        id=app.id,
        person_id=person.id,
        name=person.full_name or person.email,
        email=person.email,
        department=(app.department or "").strip(),
        location=(app.location or "").strip(),
        years=app.years_experience,
        formats=frozenset(meeting_format_of(t) for t in tags_of(app.meeting_formats)),
        interests=tags_of(app.interests),
        expertise=tags_of(app.expertise),
        goals=app.goals or "",
        interests_text=app.interests or "",
        expertise_text=app.expertise or "",
        requested_mentor=(app.requested_mentor or "").strip(),
        supervisor_name=(app.supervisor_name or "").strip(),
        supervisor_email=normalize_email(app.supervisor_email or ""),
        capacity=int(capacity) if app.role is Role.MENTOR else 0,
        eligible=decision.eligible,
        eligibility_reasons=tuple(decision.reasons),
        status=app.status.value,
    )


def mentor_ratings_by_person(session: Session, person_ids: set[int]) -> dict[int, list[int]]:
    """Ratings mentees gave each mentor (by person, across cohorts): direct or through the pair."""
    out: dict[int, list[int]] = {}
    direct = session.execute(
        select(Application.person_id, Evaluation.rating)
        .join(Application, Evaluation.subject_id == Application.id)
        .where(
            Evaluation.evaluator_role == EvaluatorRole.MENTEE,
            Evaluation.rating.is_not(None),
            Application.role == Role.MENTOR,
        )
    )
    through_pair = session.execute(
        select(Application.person_id, Evaluation.rating)
        .join(Pairing, Evaluation.pairing_id == Pairing.id)
        .join(Application, Pairing.mentor_id == Application.id)
        .where(
            Evaluation.evaluator_role == EvaluatorRole.MENTEE,
            Evaluation.rating.is_not(None),
            Evaluation.subject_id.is_(None),
        )
    )
    for person_id, rating in [*direct, *through_pair]:
        if person_id in person_ids and rating is not None:
            out.setdefault(person_id, []).append(int(rating))
    return out


def pair_start_dates(
    session: Session, cohort_id: int, *, today: date | None = None
) -> dict[int, date]:
    """When each pair of the cohort started, for those that have: a fact, not a plan.

    A pair starts with its first meeting held (logged on or before today), or with the
    cohort's start when the pair was made before it. Planned events are only plans: a
    pair with its calendar planned but not yet begun can still be moved on the board.
    """
    today = today or date.today()
    cohort = session.get(Cohort, cohort_id)
    started: dict[int, date] = {}
    for pairing_id, first in session.execute(
        select(MeetingLog.pairing_id, func.min(MeetingLog.met_on))
        .join(Pairing, MeetingLog.pairing_id == Pairing.id)
        .where(Pairing.cohort_id == cohort_id, MeetingLog.met_on <= today)
        .group_by(MeetingLog.pairing_id)
    ):
        started[pairing_id] = first
    if cohort is not None and cohort.start_date <= today:
        for pairing_id, created_at in session.execute(
            select(Pairing.id, Pairing.created_at).where(Pairing.cohort_id == cohort_id)
        ):
            if created_at is not None and created_at.date() <= cohort.start_date:
                held = started.get(pairing_id)
                started[pairing_id] = min(held, cohort.start_date) if held else cohort.start_date
    return started


def pairings_started(session: Session, cohort_id: int, *, today: date | None = None) -> set[int]:
    """Pairs of the cohort that have started (see ``pair_start_dates``): moving one means
    ending it (a rematch), and the optimizer keeps it."""
    return set(pair_start_dates(session, cohort_id, today=today))


def is_kept(pairing: Pairing, in_use: set[int]) -> bool:
    """A pair the optimizer leaves alone: locked, confirmed, signed or already running."""
    return bool(
        pairing.locked
        or pairing.confirmed
        or pairing.agreement_signed_on is not None
        or pairing.id in in_use
    )


def forbidden_matrix(
    mentees: list[Profile],
    mentors: list[Profile],
    ended: set[tuple[int, int]],
    excluded: set[tuple[int, int]],
) -> np.ndarray:
    n, m = len(mentees), len(mentors)
    codes = np.zeros((n, m), dtype=np.int8)
    # Later assignments take precedence; the order below makes eligibility the reason shown.
    col = {p.id: j for j, p in enumerate(mentors)}
    row = {p.id: i for i, p in enumerate(mentees)}
    for mentee_id, mentor_id in excluded:
        if mentee_id in row and mentor_id in col:
            codes[row[mentee_id], col[mentor_id]] = Forbidden.EXCLUDED
    for mentee_id, mentor_id in ended:
        if mentee_id in row and mentor_id in col:
            codes[row[mentee_id], col[mentor_id]] = Forbidden.ENDED_BEFORE
    by_email: dict[str, list[int]] = {}
    by_person: dict[int, list[int]] = {}
    for j, mentor in enumerate(mentors):
        by_email.setdefault(mentor.email.casefold(), []).append(j)
        by_person.setdefault(mentor.person_id, []).append(j)
    index = mentor_index(mentors)
    for i, mentee in enumerate(mentees):
        bosses = set(by_email.get(mentee.supervisor_email.casefold(), []))
        if mentee.supervisor_name:
            # A hard rule errs on the safe side: every mentor the name may mean is kept away.
            boss = index.resolve(mentee.supervisor_name)
            bosses.update(c.id for c in (boss.candidate, *boss.rivals) if c is not None)
        for j in bosses:
            codes[i, j] = Forbidden.SUPERVISOR
        for j in by_person.get(mentee.person_id, []):
            codes[i, j] = Forbidden.SAME_PERSON
    mentor_ok = np.array([p.eligible for p in mentors], dtype=bool)
    codes[:, ~mentor_ok] = Forbidden.MENTOR_NOT_ELIGIBLE
    mentee_ok = np.array([p.eligible for p in mentees], dtype=bool)
    codes[~mentee_ok, :] = Forbidden.MENTEE_NOT_ELIGIBLE
    return codes


def load_problem(
    session: Session, cohort_id: int, progress: Progress | None = None
) -> MatchProblem:
    """Read the cohort and build its matching problem (profiles, scores, rules, kept pairs)."""
    progress = progress or no_progress()
    cohort = get_cohort(session, cohort_id)
    rules = program_rules(cohort.program)
    progress.step(0, 4, "Reading applications")
    rows = session.execute(
        select(Application, Person)
        .join(Person, Application.person_id == Person.id)
        .where(Application.cohort_id == cohort_id, Application.status.in_(MATCHABLE_STATUSES))
        .order_by(Person.last_name, Person.first_name, Application.id)
    ).all()
    mentees = [profile_of(a, p, rules) for a, p in rows if a.role is Role.MENTEE]
    mentors = [profile_of(a, p, rules) for a, p in rows if a.role is Role.MENTOR]
    progress.step(1, 4, "Reading pairs, exclusions and evaluations")
    pairings = list(session.scalars(select(Pairing).where(Pairing.cohort_id == cohort_id)))
    ended = {(p.mentee_id, p.mentor_id) for p in pairings if p.status is PairingStatus.ENDED}
    excluded = {
        (e.mentee_id, e.mentor_id)
        for e in session.scalars(select(Exclusion).where(Exclusion.cohort_id == cohort_id))
    }
    ratings = (
        mentor_ratings_by_person(session, {p.person_id for p in mentors})
        if rules.evaluations_inform_matching
        else {}
    )
    progress.step(2, 4, f"Scoring {len(mentees)} mentees against {len(mentors)} mentors")
    table = score_table(mentees, mentors, rules, ratings)
    forbidden = forbidden_matrix(mentees, mentors, ended, excluded)
    mentee_row = {p.id: i for i, p in enumerate(mentees)}
    mentor_col = {p.id: j for j, p in enumerate(mentors)}
    in_use = pairings_started(session, cohort_id)
    kept = [
        (mentee_row[p.mentee_id], mentor_col[p.mentor_id])
        for p in pairings
        if p.status is PairingStatus.ACTIVE
        and is_kept(p, in_use)
        and p.mentee_id in mentee_row
        and p.mentor_id in mentor_col
    ]
    return MatchProblem(
        cohort_id=cohort_id,
        cohort_name=cohort.name,
        rules=rules,
        table=table,
        forbidden=forbidden,
        capacity=np.array([p.capacity for p in mentors], dtype=np.int64),
        kept=kept,
        mentee_row=mentee_row,
        mentor_col=mentor_col,
    )


# --- the proposal -----------------------------------------------------------------------


def _pair(problem: MatchProblem, i: int, j: int, *, kept: bool) -> ProposedPair:
    mentee, mentor = problem.mentees[i], problem.mentors[j]
    return ProposedPair(
        mentee_id=mentee.id,
        mentor_id=mentor.id,
        mentee_email=mentee.email,
        mentor_email=mentor.email,
        mentee_name=mentee.name,
        mentor_name=mentor.name,
        score=float(problem.table.total[i, j]),
        components=problem.table.components_of(i, j),
        kept=kept,
    )


def _count_phrase(count: int, singular: str, plural: str) -> str:
    return f"1 {singular}" if count == 1 else f"{count} {plural}"


def waitlist_reason(problem: MatchProblem, i: int) -> str:
    """Why mentee i has no mentor in the proposal, naming the cause."""
    mentee = problem.mentees[i]
    codes = problem.forbidden[i]
    if not mentee.eligible:
        why = "; ".join(mentee.eligibility_reasons) or "the committee decided so"
        return f"Not eligible: {why}"
    if not problem.mentors:
        return "No mentors have applied to this cohort"
    open_to = np.flatnonzero(codes == Forbidden.NONE)
    request = ""
    if problem.rules.matching_mode == "mentee_choice" and mentee.requested_mentor:
        asked = np.flatnonzero(problem.table.requested[i])
        if asked.size == 0:
            resolution = problem.table.request_of(i)
            request = f"; the requested mentor {resolution.describe('the registry')}"
        else:
            j = int(asked[0])
            code = int(codes[j])
            broken = (
                forbidden_text(code, mentee, problem.mentors[j]) if code else "has no free slot"
            )
            request = f"; the requested mentor {problem.mentors[j].name}: {broken}"
    if open_to.size == 0:
        counts = Counter(Forbidden(int(c)) for c in codes)
        parts = [
            f"{_count_phrase(n, 'mentor', 'mentors')} {_SHORT[code][0 if n == 1 else 1]}"
            for code, n in counts.most_common()
            if code in _SHORT
        ]
        return f"No eligible mentor may be paired with them: {', '.join(parts)}{request}"
    dept = mentee.department.strip()
    if dept:
        same = [j for j in open_to if problem.mentors[j].department.casefold() == dept.casefold()]
        others = len(open_to) - len(same)
        if same:
            full = (
                "its only mentor is full"
                if len(same) == 1
                else f"all {len(same)} mentors there are full"
            )
            where = f"in {dept}: {full}"
            if others:
                where += f", and so {'is' if others == 1 else 'are'} the {_count_phrase(others, 'mentor', 'mentors')} elsewhere"
        else:
            where = (
                f"in {dept} (none there), and the "
                f"{_count_phrase(others, 'mentor', 'mentors')} elsewhere "
                f"{'is' if others == 1 else 'are'} full"
            )
        return f"No eligible mentor with free capacity {where}{request}"
    return (
        f"No eligible mentor with free capacity: the "
        f"{_count_phrase(len(open_to), 'mentor', 'mentors')} open to them "
        f"{'is' if len(open_to) == 1 else 'are'} full{request}"
    )


def solve(problem: MatchProblem, progress: Progress | None = None) -> Proposal:
    """The optimal proposal for the problem: kept pairs as they are, the rest optimized."""
    progress = progress or no_progress()
    progress.step(3, 4, "Finding the optimal pairing")
    n, m = problem.table.shape
    fixed_rows = {i for i, _ in problem.kept}
    free_rows = np.array([i for i in range(n) if i not in fixed_rows], dtype=np.int64)
    free = problem.free_slots()
    priority = (
        problem.table.requested[free_rows]
        if problem.rules.matching_mode == "mentee_choice"
        else None
    )
    solved: list[tuple[int, int]] = []
    if free_rows.size and m:
        local = optimal_assignment(
            problem.table.total[free_rows],
            problem.allowed[free_rows],
            free,
            priority,
        )
        solved = [(int(free_rows[r]), c) for r, c in local]
    progress.step(4, 4, "Explaining the result")
    pairs = [_pair(problem, i, j, kept=True) for i, j in problem.kept]
    pairs += [_pair(problem, i, j, kept=False) for i, j in solved]
    pairs.sort(key=lambda p: (p.mentor_name.casefold(), p.mentee_name.casefold()))
    matched = fixed_rows | {i for i, _ in solved}
    unmatched = [
        UnmatchedMentee(
            mentee_id=problem.mentees[i].id,
            email=problem.mentees[i].email,
            name=problem.mentees[i].name,
            reason=waitlist_reason(problem, i),
            eligible=problem.mentees[i].eligible,
        )
        for i in range(n)
        if i not in matched
    ]
    return Proposal(cohort_id=problem.cohort_id, pairs=pairs, unmatched=unmatched)


def propose_pairing(session: Session, cohort_id: int, progress: Progress | None = None) -> Proposal:
    """Read the cohort and return the optimal pairing; nothing is written."""
    problem = load_problem(session, cohort_id, progress)
    return solve(problem, progress)


def score_matrix_json(problem: MatchProblem) -> dict[str, Any]:
    """The whole score matrix for checking or a spreadsheet; null where a hard rule forbids."""
    allowed = problem.allowed
    total = np.round(problem.table.total, 4)
    scores = [
        [float(total[i, j]) if allowed[i, j] else None for j in range(len(problem.mentors))]
        for i in range(len(problem.mentees))
    ]
    return {
        "mentors": [{"email": p.email, "capacity": int(p.capacity)} for p in problem.mentors],
        "mentees": [p.email for p in problem.mentees],
        "scores": scores,
        "locked": [[problem.mentees[i].email, problem.mentors[j].email] for i, j in problem.kept],
    }
