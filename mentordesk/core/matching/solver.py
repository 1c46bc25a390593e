"""The optimal pairing of a cohort: the hard rules, the lexicographic optimum, and why someone waits.

The optimum is lexicographic: first as many mentees matched as the hard rules and the
mentors' capacities allow (nobody is left out to raise others' scores), then, where the
program lets mentees choose, as many requests honoured as possible, then the highest total
score. It is found exactly by one assignment problem over mentor slots (scipy's
``linear_sum_assignment``, or its sparse ``min_weight_full_bipartite_matching`` where the
rules forbid most pairs) whose edge weights put each tier far above the next. The problem
keeps only the pairs the rules allow, with their scores: its memory grows with them, not
with mentees × mentors.
"""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Any

import numpy as np
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mentordesk.core.applications.eligibility import eligibility
from mentordesk.core.applications.fields import normalize_email
from mentordesk.core.applications.names import NameIndex, NameResolution
from mentordesk.core.errors import ValidationError
from mentordesk.core.matching.scoring import (
    ComponentScore,
    MenteeSide,
    Profile,
    Scorer,
    ScoreTable,
    formats_of,
    mentor_index,
    tags_of,
)
from mentordesk.core.programs.cohorts import get_cohort, program_rules
from mentordesk.core.programs.rules import SCORE_COMPONENTS, ProgramRules
from mentordesk.core.progress import Progress, no_progress
from mentordesk.core.sentences import Sentence, joined
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
    """The hard rule a pair breaks, in a sentence naming both people (a Sentence, which
    the window says in its language; the eligibility rules' reasons as they are written)."""
    code = Forbidden(code)
    if code is Forbidden.MENTEE_NOT_ELIGIBLE:
        why = _eligibility_why(mentee)
        if mentee.undecided:
            return Sentence("%1's eligibility needs a decision first: %2", (mentee.name, why))
        return Sentence("%1 is not eligible: %2", (mentee.name, why))
    if code is Forbidden.MENTOR_NOT_ELIGIBLE:
        why = _eligibility_why(mentor)
        if mentor.undecided:
            return Sentence(
                "%1's eligibility as a mentor needs a decision first: %2", (mentor.name, why)
            )
        return Sentence("%1 is not eligible as a mentor: %2", (mentor.name, why))
    if code is Forbidden.SAME_PERSON:
        return Sentence("%1 cannot mentor themselves", (mentor.name,))
    if code is Forbidden.SUPERVISOR:
        return Sentence(
            "%1 is %2's supervisor; a supervisor never mentors their own staff",
            (mentor.name, mentee.name),
        )
    if code is Forbidden.ENDED_BEFORE:
        return Sentence(
            "%1 and %2 were paired before and that pairing ended", (mentor.name, mentee.name)
        )
    if code is Forbidden.EXCLUDED:
        return Sentence("The committee excluded pairing %1 with %2", (mentor.name, mentee.name))
    return ""


def _eligibility_why(person: Profile) -> str:
    return joined(person.eligibility_reasons) or Sentence("the committee decided so")


# How many mentors a rule rules out for a mentee, one and more (whole words, for the
# window to translate).
_SHORT = {
    Forbidden.MENTOR_NOT_ELIGIBLE: ("1 mentor is not eligible", "%1 mentors are not eligible"),
    Forbidden.SAME_PERSON: (
        "1 mentor is the mentee themselves",
        "%1 mentors are the mentee themselves",
    ),
    Forbidden.SUPERVISOR: ("1 mentor is their supervisor", "%1 mentors are their supervisors"),
    Forbidden.ENDED_BEFORE: (
        "1 mentor was paired with them before",
        "%1 mentors were paired with them before",
    ),
    Forbidden.EXCLUDED: (
        "1 mentor is excluded by the committee",
        "%1 mentors are excluded by the committee",
    ),
}


@dataclass
class AllowedPairs:
    """The pairs the hard rules allow, mentee by mentee (CSR): their mentors and scores.

    Memory grows with the allowed pairs, not with mentees × mentors, so a cohort where the
    rules forbid most pairs stays small however many apply.
    """

    indptr: np.ndarray  # int64 (mentees + 1): mentee i's pairs are indptr[i]:indptr[i + 1]
    mentor: np.ndarray  # int32 per pair: the mentor's column, ascending within a mentee
    score: np.ndarray  # float64 per pair, in [0, 1]
    requested: np.ndarray  # bool per pair: the mentee asked for this mentor

    @property
    def count(self) -> int:
        return int(self.mentor.size)

    def rows(self) -> np.ndarray:
        """The mentee row of every pair."""
        return np.repeat(np.arange(self.indptr.size - 1), np.diff(self.indptr))

    def find(self, i: int, j: int) -> int | None:
        """The position of the pair (i, j), or None when the rules forbid it."""
        lo, hi = int(self.indptr[i]), int(self.indptr[i + 1])
        k = lo + int(np.searchsorted(self.mentor[lo:hi], j))
        return k if k < hi and int(self.mentor[k]) == j else None


@dataclass
class MatchProblem:
    """A cohort's matching as plain data: the people, the allowed pairs with their scores,
    the hard rules, capacities and kept pairs."""

    cohort_id: int
    cohort_name: str
    rules: ProgramRules
    scorer: Scorer
    mentees: list[Profile]
    pairs: AllowedPairs
    side: MenteeSide  # the mentees' scoring arrays, prepared once
    pair_rules: dict[int, dict[int, Forbidden]]  # row -> column -> a rule about the two
    capacity: np.ndarray  # int (mentors,): mentees each mentor takes in all
    kept: list[tuple[int, int]] = field(default_factory=list)  # (mentee row, mentor column)
    mentee_row: dict[int, int] = field(default_factory=dict)  # application id -> row
    mentor_col: dict[int, int] = field(default_factory=dict)  # application id -> column

    @property
    def mentors(self) -> list[Profile]:
        return self.scorer.mentors

    @property
    def shape(self) -> tuple[int, int]:
        return len(self.mentees), len(self.mentors)

    def free_slots(self) -> np.ndarray:
        """Capacity left to the optimizer once the kept pairs are counted."""
        taken = np.zeros(len(self.mentors), dtype=np.int64)
        for _, j in self.kept:
            taken[j] += 1
        return np.maximum(self.capacity - taken, 0)

    def forbidden_code(self, i: int, j: int) -> Forbidden:
        """The first hard rule that forbids pairing mentee i with mentor j (NONE: none does)."""
        if not self.mentees[i].eligible:
            return Forbidden.MENTEE_NOT_ELIGIBLE
        if not self.mentors[j].eligible:
            return Forbidden.MENTOR_NOT_ELIGIBLE
        return self.pair_rules.get(i, {}).get(j, Forbidden.NONE)

    def forbidden_row(self, i: int) -> np.ndarray:
        """Mentee i's Forbidden code with every mentor (int8, one per mentor)."""
        codes = np.zeros(len(self.mentors), dtype=np.int8)
        if not self.mentees[i].eligible:
            codes[:] = Forbidden.MENTEE_NOT_ELIGIBLE
            return codes
        for j, code in self.pair_rules.get(i, {}).items():
            codes[j] = code
        codes[~np.array([p.eligible for p in self.mentors], dtype=bool)] = (
            Forbidden.MENTOR_NOT_ELIGIBLE
        )
        return codes

    def is_allowed(self, i: int, j: int) -> bool:
        return self.pairs.find(i, j) is not None

    @property
    def forbidden(self) -> ForbiddenCodes:
        """``problem.forbidden[i, j]``: the pair's Forbidden code, looked up, never a matrix."""
        return ForbiddenCodes(self)

    # The analyses that weigh every pair of the cohort at once (certificate, fairness,
    # filling gaps) read these matrices; they are built on first use, never for the board
    # or a plain Suggest, whose memory stays with the allowed pairs.

    @cached_property
    def allowed(self) -> np.ndarray:
        """Every pair the rules allow, as a mentees × mentors matrix (built on first use)."""
        out = np.zeros(self.shape, dtype=bool)
        out[self.pairs.rows(), self.pairs.mentor] = True
        return out

    @cached_property
    def table(self) -> ScoreTable:
        """The whole cohort's score table, every component (built on first use)."""
        return self.scorer.table(self.mentees)

    def score(self, i: int, j: int) -> float:
        """The pair's score (computed on demand where the rules forbid it)."""
        k = self.pairs.find(i, j)
        if k is not None:
            return float(self.pairs.score[k])
        _, total = self.scorer.components(
            self.side.take(np.array([i])), np.array([j], dtype=np.int64)
        )
        return float(total[0])

    def mentee_scores(self, i: int) -> np.ndarray:
        """Mentee i's score with every mentor, computed on demand (the board's drag and
        Assign to…)."""
        _, total = self.scorer.components(self.side.take(np.array([i])))
        return total[0]

    def requested(self, i: int, j: int) -> bool:
        """Whether mentee i asked for mentor j."""
        return self.scorer.requested_mentor(self.mentees[i]) == j

    def request_of(self, i: int) -> NameResolution:
        """Which mentor mentee i's typed request was resolved to, and how."""
        return self.scorer.resolve_request(self.mentees[i])

    def explain(self, i: int, j: int) -> list[ComponentScore]:
        """Every component of the pair with its reason in words."""
        return self.scorer.table([self.mentees[i]]).explain(0, j)

    def components_of(self, rows: Sequence[int], cols: Sequence[int]) -> list[dict[str, float]]:
        """The components of the pairs (rows[k], cols[k]), all scored at once."""
        if not len(rows):
            return []
        side = self.side.take(np.asarray(rows, dtype=np.int64))
        comps, _ = self.scorer.components(side, np.asarray(cols, dtype=np.int64))
        rounded = {name: np.round(comps[name].astype(np.float64), 4) for name in SCORE_COMPONENTS}
        return [
            {name: float(rounded[name][k]) for name in SCORE_COMPONENTS} for k in range(len(rows))
        ]

    def rule_broken(self, mentee_id: int, mentor_id: int) -> str | None:
        """The hard rule (other than capacity) pairing these two would break, or None."""
        i, j = self.mentee_row.get(mentee_id), self.mentor_col.get(mentor_id)
        if i is None or j is None:
            return "Only active applications of this cohort can be paired"
        code = self.forbidden_code(i, j)
        return forbidden_text(code, self.mentees[i], self.mentors[j]) if code else None


@dataclass(frozen=True)
class ForbiddenCodes:
    """A problem's Forbidden codes by (row, column), computed per lookup."""

    problem: MatchProblem

    def __getitem__(self, pair: tuple[int, int]) -> Forbidden:
        i, j = pair
        return self.problem.forbidden_code(int(i), int(j))


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


#: From this share of the mentee × slot cells allowed, a dense assignment is faster than a
#: sparse one (and takes at most a few times the memory of the allowed pairs).
DENSE_ENOUGH = 0.25


def assign_pairs(
    rows: np.ndarray,
    cols: np.ndarray,
    scores: np.ndarray,
    free: Sequence[int] | np.ndarray,
    priority: np.ndarray | None = None,
) -> np.ndarray:
    """The lexicographic optimum over the allowed pairs (rows[k], cols[k]): the positions k
    of the chosen pairs. Most rows matched, then most ``priority`` pairs, then the highest
    total of ``scores`` (each in [0, 1]); column j takes at most ``free[j]`` rows.

    Each column is repeated once per slot and a pair weighs BIG + PRIO·priority + score,
    with PRIO above any total of scores and BIG above any total of the lower tiers, so one
    maximum-weight assignment is the lexicographic optimum. Where most slot cells are
    allowed, scipy's dense ``linear_sum_assignment`` solves it; where the rules forbid
    most, its sparse ``min_weight_full_bipartite_matching`` does, in memory that grows
    with the allowed pairs (each mentee also gets a "waiting" column of its own, so a
    full matching always exists and waiting is never worth a real pair).
    """
    # scipy loads when Suggest runs, not at start-up.
    from scipy import sparse
    from scipy.optimize import linear_sum_assignment
    from scipy.sparse.csgraph import min_weight_full_bipartite_matching

    rows = np.asarray(rows, dtype=np.int64)
    cols = np.asarray(cols, dtype=np.int64)
    free_arr = np.asarray(free, dtype=np.int64)
    scores = np.asarray(scores, dtype=np.float64)
    if not cols.size:
        return np.zeros(0, np.int64)
    # Gathers of a few million pairs cost as much as a small solve: skip those not needed.
    open_col = free_arr[cols] > 0
    usable: np.ndarray | None = None
    if not open_col.all():
        usable = np.flatnonzero(open_col)
        if usable.size == 0:
            return usable
        rows, cols, scores = rows[usable], cols[usable], scores[usable]
        if priority is not None:
            priority = np.asarray(priority, dtype=bool)[usable]
    row_ids, r = _compact(rows)
    col_ids, c = _compact(cols)
    k, width = row_ids.size, col_ids.size
    # A mentor never needs more slots than there are mentees who may have them.
    slots = np.minimum(free_arr[col_ids], np.bincount(c, minlength=width))
    slot_col = np.repeat(np.arange(width), slots)
    n_slots = int(slot_col.size)
    prio_weight = float(k + 1)
    big = k * (prio_weight + 1.0) + 2.0
    weight = np.clip(scores, 0.0, 1.0)
    weight += big
    if priority is not None:
        weight += prio_weight * np.asarray(priority, dtype=bool)
    reps = slots[c]
    slot_pairs = int(reps.sum())
    if slot_pairs >= DENSE_ENOUGH * k * n_slots:
        by_column = np.zeros((k, width), dtype=np.float64)
        by_column[r, c] = weight
        row_ind, slot_ind = linear_sum_assignment(by_column[:, slot_col], maximize=True)
        chosen_col = slot_col[slot_ind]
        # A row the solver had to put on a forbidden cell waits.
        real = by_column[row_ind, chosen_col] > 0
        row_ind, chosen_col = row_ind[real], chosen_col[real]
        del by_column
    else:
        first_slot = np.cumsum(slots) - slots
        offset = np.arange(slot_pairs) - np.repeat(np.cumsum(reps) - reps, reps)
        graph = sparse.csr_matrix(
            (
                np.concatenate([np.repeat(weight, reps), np.ones(k)]),
                (
                    np.concatenate([np.repeat(r, reps), np.arange(k)]),
                    np.concatenate(
                        [np.repeat(first_slot[c], reps) + offset, n_slots + np.arange(k)]
                    ),
                ),
            ),
            shape=(k, n_slots + k),
        )
        row_ind, slot_ind = min_weight_full_bipartite_matching(graph, maximize=True)
        real = slot_ind < n_slots
        row_ind, chosen_col = row_ind[real], slot_col[slot_ind[real]]
    # Back from (row, column) to the position of that pair in the input (pairs come
    # sorted by mentee then mentor from the problem; sort only when they do not).
    keys = r * width + c
    wanted = row_ind.astype(np.int64) * width + chosen_col
    if keys.size > 1 and not (keys[1:] > keys[:-1]).all():
        order = np.argsort(keys, kind="stable")
        found = order[np.searchsorted(keys, wanted, sorter=order)]
    else:
        found = np.searchsorted(keys, wanted)
    return np.asarray(found if usable is None else usable[found], dtype=np.int64)


def _compact(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct values (ascending) and each value's index among them, without sorting."""
    present = np.bincount(values) > 0
    ids = np.flatnonzero(present)
    if ids.size == present.size:
        return ids, values  # every value from 0 on is there: already compact
    index = np.cumsum(present) - 1
    return ids, index[values]


def optimal_assignment(
    scores: np.ndarray,
    allowed: np.ndarray,
    free: Sequence[int] | np.ndarray,
    priority: np.ndarray | None = None,
) -> list[tuple[int, int]]:
    """The lexicographic optimum of a dense problem as (row, column) pairs (see assign_pairs)."""
    rows, cols = np.nonzero(np.asarray(allowed, dtype=bool))
    chosen = assign_pairs(
        rows,
        cols,
        np.asarray(scores, dtype=np.float64)[rows, cols],
        free,
        None if priority is None else np.asarray(priority, dtype=bool)[rows, cols],
    )
    return [(int(rows[e]), int(cols[e])) for e in chosen]


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
        formats=formats_of(app.meeting_formats),
        interests=tags_of(app.interests),
        expertise=tags_of(app.expertise),
        goals=app.goals or "",
        interests_text=app.interests or "",
        expertise_text=app.expertise or "",
        requested_mentor=(app.requested_mentor or "").strip(),
        supervisor_name=(app.supervisor_name or "").strip(),
        supervisor_email=normalize_email(app.supervisor_email or ""),
        capacity=int(capacity) if app.role is Role.MENTOR else 0,
        eligible=decision.eligible is True,
        eligibility_reasons=tuple(decision.reasons),
        undecided=decision.eligible is None,
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
    session: Session,
    cohort_id: int,
    *,
    today: date | None = None,
    among: Collection[int] | None = None,
) -> dict[int, date]:
    """When each pair of the cohort started, for those that have: a fact, not a plan
    (``among``: only these pairings, as one board edit needs on a cohort of thousands).

    A pair starts with its first meeting held (logged on or before today), or with the
    cohort's start when the pair was made before it. Planned events are only plans: a
    pair with its calendar planned but not yet begun can still be moved on the board.
    """
    today = today or date.today()
    cohort = session.get(Cohort, cohort_id)
    started: dict[int, date] = {}
    logs = (
        select(MeetingLog.pairing_id, func.min(MeetingLog.met_on))
        .join(Pairing, MeetingLog.pairing_id == Pairing.id)
        .where(Pairing.cohort_id == cohort_id, MeetingLog.met_on <= today)
        .group_by(MeetingLog.pairing_id)
    )
    made = select(Pairing.id, Pairing.created_at).where(Pairing.cohort_id == cohort_id)
    if among is not None:
        logs = logs.where(Pairing.id.in_(sorted(among)))
        made = made.where(Pairing.id.in_(sorted(among)))
    for pairing_id, first in session.execute(logs):
        started[pairing_id] = first
    if cohort is not None and cohort.start_date <= today:
        for pairing_id, created_at in session.execute(made):
            if created_at is not None and created_at.date() <= cohort.start_date:
                held = started.get(pairing_id)
                started[pairing_id] = min(held, cohort.start_date) if held else cohort.start_date
    return started


def pairings_started(
    session: Session,
    cohort_id: int,
    *,
    today: date | None = None,
    among: Collection[int] | None = None,
) -> set[int]:
    """Pairs of the cohort that have started (see ``pair_start_dates``): moving one means
    ending it (a rematch), and the optimizer keeps it."""
    return set(pair_start_dates(session, cohort_id, today=today, among=among))


def is_kept(pairing: Pairing, in_use: set[int]) -> bool:
    """A pair the optimizer leaves alone: locked, confirmed, signed or already running."""
    return bool(
        pairing.locked
        or pairing.confirmed
        or pairing.agreement_signed_on is not None
        or pairing.id in in_use
    )


@dataclass(frozen=True)
class MentorColumns:
    """The mentors' columns by application, e-mail and person: what each mentee's hard
    rules look up. Kept by a caller that asks mentee by mentee (the board), as making it
    walks every mentor (40 ms on a cohort of 20,000)."""

    by_id: dict[int, int]
    by_email: dict[str, tuple[int, ...]]
    by_person: dict[int, tuple[int, ...]]

    @classmethod
    def of(cls, mentors: Sequence[Profile]) -> MentorColumns:
        by_email: dict[str, list[int]] = {}
        by_person: dict[int, list[int]] = {}
        for j, mentor in enumerate(mentors):
            by_email.setdefault(mentor.email.casefold(), []).append(j)
            by_person.setdefault(mentor.person_id, []).append(j)
        # Tuples of numbers: the garbage collector stops walking them after its first look.
        return cls(
            {p.id: j for j, p in enumerate(mentors)},
            {k: tuple(v) for k, v in by_email.items()},
            {k: tuple(v) for k, v in by_person.items()},
        )


def pair_rules_of(
    mentees: list[Profile],
    mentors: list[Profile],
    ended: set[tuple[int, int]],
    excluded: set[tuple[int, int]],
    *,
    names: NameIndex | None = None,
    columns: MentorColumns | None = None,
) -> dict[int, dict[int, Forbidden]]:
    """The hard rules about two particular people (row -> column -> code), eligibility aside:
    a few per mentee, so they are kept as a dictionary rather than a matrix. ``names`` and
    ``columns``: the mentors' ``mentor_index`` and ``MentorColumns``, when the caller keeps
    them (the board asks mentee by mentee)."""
    out: dict[int, dict[int, Forbidden]] = {}
    keys = columns if columns is not None else MentorColumns.of(mentors)
    col = keys.by_id
    row = {p.id: i for i, p in enumerate(mentees)}
    # Later assignments take precedence: the more personal the rule, the later it comes.
    for pairs, code in ((excluded, Forbidden.EXCLUDED), (ended, Forbidden.ENDED_BEFORE)):
        for mentee_id, mentor_id in pairs:
            if mentee_id in row and mentor_id in col:
                out.setdefault(row[mentee_id], {})[col[mentor_id]] = code
    by_email, by_person = keys.by_email, keys.by_person
    index = names if names is not None else mentor_index(mentors)
    for i, mentee in enumerate(mentees):
        bosses = (
            set(by_email.get(mentee.supervisor_email.casefold(), ()))
            if mentee.supervisor_email
            else set()
        )
        if mentee.supervisor_name:
            # A hard rule errs on the safe side: every mentor the name may mean is kept away.
            boss = index.resolve(mentee.supervisor_name)
            bosses.update(c.id for c in (boss.candidate, *boss.rivals) if c is not None)
        for j in bosses:
            out.setdefault(i, {})[j] = Forbidden.SUPERVISOR
        for j in by_person.get(mentee.person_id, ()):
            out.setdefault(i, {})[j] = Forbidden.SAME_PERSON
    return out


def forbidden_matrix(
    mentees: list[Profile],
    mentors: list[Profile],
    ended: set[tuple[int, int]],
    excluded: set[tuple[int, int]],
    *,
    names: NameIndex | None = None,
    columns: MentorColumns | None = None,
) -> np.ndarray:
    """Every pair's Forbidden code as a matrix (for a few people: a board edit's check)."""
    codes = np.zeros((len(mentees), len(mentors)), dtype=np.int8)
    rules = pair_rules_of(mentees, mentors, ended, excluded, names=names, columns=columns)
    for i, row in rules.items():
        for j, code in row.items():
            codes[i, j] = code
    mentor_ok = np.array([p.eligible for p in mentors], dtype=bool)
    codes[:, ~mentor_ok] = Forbidden.MENTOR_NOT_ELIGIBLE
    mentee_ok = np.array([p.eligible for p in mentees], dtype=bool)
    codes[~mentee_ok, :] = Forbidden.MENTEE_NOT_ELIGIBLE
    return codes


#: Mentees × mentors scored at once while building the problem: bounds its working memory.
SCORING_BLOCK_CELLS = 500_000
#: Below this share of a block allowed, only the allowed pairs are scored, one by one.
SPARSE_BLOCK = 0.1


def _allowed_block(
    mentees: list[Profile],
    mentor_ok: np.ndarray,
    pair_rules: dict[int, dict[int, Forbidden]],
    start: int,
    stop: int,
) -> np.ndarray:
    """Which pairs of mentees start..stop-1 the hard rules allow (a block × mentors mask)."""
    mentee_ok = np.array([p.eligible for p in mentees[start:stop]], dtype=bool)
    mask = mentee_ok[:, None] & mentor_ok[None, :]
    for i in range(start, stop):
        for j in pair_rules.get(i, ()):
            mask[i - start, j] = False
    return mask


#: The most pairs the rules may allow for Suggest to weigh them all. Each allowed pair
#: costs about 100 bytes at the solve's peak (13 stored with its score, the rest in the
#: solver's graph while it is built): 25 million is about 2.5 GB, and a solve that size
#: already takes many minutes. Beyond it the committee is told why before any memory is
#: taken, instead of the program being stopped by the system for lack of memory.
MOST_ALLOWED_PAIRS = 25_000_000


def _check_size(
    mentees: list[Profile],
    mentor_ok: np.ndarray,
    pair_rules: dict[int, dict[int, Forbidden]],
) -> None:
    """Refuse, before scoring, a problem too big for one computer (MOST_ALLOWED_PAIRS)."""
    eligible_mentors = int(mentor_ok.sum())
    eligible = [i for i, p in enumerate(mentees) if p.eligible]
    allowed = len(eligible) * eligible_mentors - sum(
        sum(1 for j in pair_rules.get(i, ()) if mentor_ok[j]) for i in eligible if i in pair_rules
    )
    if allowed > MOST_ALLOWED_PAIRS:
        raise ValidationError(
            f"Suggest cannot weigh {allowed:,} possible pairs at once ({len(eligible):,} "
            f"eligible mentees, {eligible_mentors:,} eligible mentors); the most is "
            f"{MOST_ALLOWED_PAIRS:,}. Split the call into smaller cohorts (one per "
            "department or campus, say) and suggest in each; nothing was changed"
        )


def allowed_pairs(
    scorer: Scorer,
    mentees: list[Profile],
    side: MenteeSide,
    pair_rules: dict[int, dict[int, Forbidden]],
    progress: Progress | None = None,
) -> AllowedPairs:
    """Score the pairs the hard rules allow, a block of mentees at a time."""
    progress = progress or no_progress()
    n, m = len(mentees), len(scorer.mentors)
    mentor_ok = np.array([p.eligible for p in scorer.mentors], dtype=bool)
    _check_size(mentees, mentor_ok, pair_rules)
    block = max(1, SCORING_BLOCK_CELLS // max(m, 1))
    counts = np.zeros(n, dtype=np.int64)
    mentor_parts: list[np.ndarray] = []
    score_parts: list[np.ndarray] = []
    requested_parts: list[np.ndarray] = []
    for start in range(0, n, block):
        progress.step(start, n, f"Scoring {n} mentees against {m} mentors")
        stop = min(n, start + block)
        mask = _allowed_block(mentees, mentor_ok, pair_rules, start, stop)
        local, cols = np.nonzero(mask)
        if not cols.size:
            continue
        if cols.size < SPARSE_BLOCK * mask.size:
            comps, total = scorer.components(side.take(local + start), cols)
            score, requested = total, comps["requested"] > 0
        else:
            comps, matrix = scorer.components(side.take(np.arange(start, stop)))
            score, requested = matrix[local, cols], comps["requested"][local, cols] > 0
        counts[start:stop] = np.bincount(local, minlength=stop - start)
        mentor_parts.append(cols.astype(np.int32))
        score_parts.append(score)
        requested_parts.append(requested)
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(counts, out=indptr[1:])
    return AllowedPairs(
        indptr=indptr,
        mentor=np.concatenate(mentor_parts) if mentor_parts else np.zeros(0, np.int32),
        score=np.concatenate(score_parts) if score_parts else np.zeros(0, np.float64),
        requested=np.concatenate(requested_parts) if requested_parts else np.zeros(0, bool),
    )


@dataclass(frozen=True)
class CohortInputs:
    """What scoring and the hard rules read from the database, before any scoring."""

    cohort_id: int
    cohort_name: str
    rules: ProgramRules
    mentees: list[Profile]
    mentors: list[Profile]
    ended: set[tuple[int, int]]
    excluded: set[tuple[int, int]]
    ratings: dict[int, list[int]]
    kept: list[tuple[int, int]]  # (mentee id, mentor id) of pairs the optimizer leaves alone


def read_cohort(session: Session, cohort_id: int, progress: Progress | None = None) -> CohortInputs:
    """Read the cohort's matchable applications and rules-relevant pairs; nothing is scored."""
    progress = progress or no_progress()
    cohort = get_cohort(session, cohort_id)
    rules = program_rules(cohort.program)
    progress.step(0, 2, "Reading applications")
    rows = session.execute(
        select(Application, Person)
        .join(Person, Application.person_id == Person.id)
        .where(Application.cohort_id == cohort_id, Application.status.in_(MATCHABLE_STATUSES))
        .order_by(Person.last_name, Person.first_name, Application.id)
    ).all()
    mentees = [profile_of(a, p, rules) for a, p in rows if a.role is Role.MENTEE]
    mentors = [profile_of(a, p, rules) for a, p in rows if a.role is Role.MENTOR]
    progress.step(1, 2, "Reading pairs and exclusions")
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
    in_use = pairings_started(session, cohort_id)
    kept = [
        (p.mentee_id, p.mentor_id)
        for p in pairings
        if p.status is PairingStatus.ACTIVE and is_kept(p, in_use)
    ]
    progress.step(2, 2, "Ready")
    return CohortInputs(
        cohort_id=cohort_id,
        cohort_name=cohort.name,
        rules=rules,
        mentees=mentees,
        mentors=mentors,
        ended=ended,
        excluded=excluded,
        ratings=ratings,
        kept=kept,
    )


def problem_of(inputs: CohortInputs, progress: Progress | None = None) -> MatchProblem:
    """The whole matching problem (the pairs the rules allow, scored) from what was read."""
    return build_problem(
        inputs.cohort_id,
        inputs.cohort_name,
        inputs.rules,
        inputs.mentees,
        inputs.mentors,
        inputs.ended,
        inputs.excluded,
        inputs.ratings,
        inputs.kept,
        progress,
    )


def load_problem(
    session: Session, cohort_id: int, progress: Progress | None = None
) -> MatchProblem:
    """Read the cohort and build its matching problem (profiles, allowed pairs and their
    scores, rules, kept pairs): what Suggest needs, off the GUI thread."""
    return problem_of(read_cohort(session, cohort_id, progress), progress)


def build_problem(
    cohort_id: int,
    cohort_name: str,
    rules: ProgramRules,
    mentees: list[Profile],
    mentors: list[Profile],
    ended: set[tuple[int, int]] | None = None,
    excluded: set[tuple[int, int]] | None = None,
    ratings: dict[int, list[int]] | None = None,
    kept: Sequence[tuple[int, int]] = (),
    progress: Progress | None = None,
) -> MatchProblem:
    """The matching problem of these people (ended, excluded and kept pairs by application
    id; a kept pair whose people no longer take part is left out)."""
    scorer = Scorer(mentors, rules, ratings or {})
    pair_rules = pair_rules_of(mentees, mentors, ended or set(), excluded or set())
    side = scorer.side(mentees)
    pairs = allowed_pairs(scorer, mentees, side, pair_rules, progress)
    mentee_row = {p.id: i for i, p in enumerate(mentees)}
    mentor_col = {p.id: j for j, p in enumerate(mentors)}
    return MatchProblem(
        cohort_id=cohort_id,
        cohort_name=cohort_name,
        rules=rules,
        scorer=scorer,
        mentees=mentees,
        pairs=pairs,
        side=side,
        pair_rules=pair_rules,
        capacity=np.array([p.capacity for p in mentors], dtype=np.int64),
        kept=[
            (mentee_row[mentee_id], mentor_col[mentor_id])
            for mentee_id, mentor_id in kept
            if mentee_id in mentee_row and mentor_id in mentor_col
        ],
        mentee_row=mentee_row,
        mentor_col=mentor_col,
    )


# --- the proposal -----------------------------------------------------------------------


def _pairs(
    problem: MatchProblem, chosen: list[tuple[int, int]], scores: list[float], *, kept: bool
) -> list[ProposedPair]:
    components = problem.components_of([i for i, _ in chosen], [j for _, j in chosen])
    out = []
    for (i, j), score, parts in zip(chosen, scores, components, strict=True):
        mentee, mentor = problem.mentees[i], problem.mentors[j]
        out.append(
            ProposedPair(
                mentee_id=mentee.id,
                mentor_id=mentor.id,
                mentee_email=mentee.email,
                mentor_email=mentor.email,
                mentee_name=mentee.name,
                mentor_name=mentor.name,
                score=score,
                components=parts,
                kept=kept,
            )
        )
    return out


def _counted(count: int, one: str, many: str) -> Sentence:
    return Sentence(one) if count == 1 else Sentence(many, (count,))


def _listed(parts: list[Sentence]) -> Sentence:
    said = parts[0]
    for part in parts[1:]:
        said = Sentence("%1, %2", (said, part))
    return said


def waitlist_reason(problem: MatchProblem, i: int) -> str:
    """Why mentee i has no mentor in the proposal, naming the cause (a Sentence, which the
    window says in its language)."""
    mentee = problem.mentees[i]
    codes = problem.forbidden_row(i)
    if mentee.undecided:
        why = joined(mentee.eligibility_reasons)
        return Sentence("Needs a decision, so left out of matching: %1", (why,))
    if not mentee.eligible:
        return Sentence("Not eligible: %1", (_eligibility_why(mentee),))
    if not problem.mentors:
        return Sentence("No mentors have applied to this cohort")
    waiting = sum(1 for p in problem.mentors if p.undecided)
    open_to = np.flatnonzero(codes == Forbidden.NONE)
    request: tuple[str, ...] | None = None  # the requested mentor: who, and what stops them
    if problem.rules.matching_mode == "mentee_choice" and mentee.requested_mentor:
        asked = problem.scorer.requested_mentor(mentee)
        if asked is None:
            resolution = problem.scorer.resolve_request(mentee)
            request = (resolution.describe("the registry"),)
        else:
            j = asked
            code = int(codes[j])
            broken = (
                forbidden_text(code, mentee, problem.mentors[j])
                if code
                else Sentence("has no free slot")
            )
            request = (problem.mentors[j].name, broken)
    if open_to.size == 0:
        counts = Counter(Forbidden(int(c)) for c in codes)
        parts = [_counted(n, *_SHORT[code]) for code, n in counts.most_common() if code in _SHORT]
        if waiting:
            parts.append(
                _counted(
                    waiting,
                    "1 mentor needs a decision (a rule's question was not asked on the form)",
                    "%1 mentors need a decision (a rule's question was not asked on the form)",
                )
            )
        said = Sentence(
            "No eligible mentor may be paired with them: %1", (_listed(parts) if parts else "",)
        )
        return _with_request(said, request)
    dept = mentee.department.strip()
    if dept:
        same = [j for j in open_to if problem.mentors[j].department.casefold() == dept.casefold()]
        others = len(open_to) - len(same)
        if same:
            full = _counted(len(same), "its only mentor is full", "all %1 mentors there are full")
            where = Sentence("in %1: %2", (dept, full))
            if others:
                where = Sentence(
                    "%1, %2",
                    (
                        where,
                        _counted(
                            others,
                            "and so is the 1 mentor elsewhere",
                            "and so are the %1 mentors elsewhere",
                        ),
                    ),
                )
        else:
            where = Sentence(
                "in %1 (none there), and %2",
                (
                    dept,
                    _counted(
                        others,
                        "the 1 mentor elsewhere is full",
                        "the %1 mentors elsewhere are full",
                    ),
                ),
            )
        return _with_request(
            Sentence("No eligible mentor with free capacity %1", (where,)), request
        )
    said = _counted(
        len(open_to),
        "No eligible mentor with free capacity: the 1 mentor open to them is full",
        "No eligible mentor with free capacity: the %1 mentors open to them are full",
    )
    return _with_request(said, request)


def _with_request(said: Sentence, request: tuple[str, ...] | None) -> Sentence:
    if request is None:
        return said
    if len(request) == 1:
        return Sentence("%1; the requested mentor %2", (said, request[0]))
    return Sentence("%1; the requested mentor %2: %3", (said, *request))


def solve(problem: MatchProblem, progress: Progress | None = None) -> Proposal:
    """The optimal proposal for the problem: kept pairs as they are, the rest optimized."""
    progress = progress or no_progress()
    progress.step(3, 4, "Finding the optimal pairing")
    n = len(problem.mentees)
    fixed_rows = np.zeros(n, dtype=bool)
    for i, _ in problem.kept:
        fixed_rows[i] = True
    pairs = problem.pairs
    rows = pairs.rows()
    choice = problem.rules.matching_mode == "mentee_choice"
    if fixed_rows.any():
        open_pairs = np.flatnonzero(~fixed_rows[rows])
        chosen = open_pairs[
            assign_pairs(
                rows[open_pairs],
                pairs.mentor[open_pairs],
                pairs.score[open_pairs],
                problem.free_slots(),
                pairs.requested[open_pairs] if choice else None,
            )
        ]
    else:
        chosen = assign_pairs(
            rows,
            pairs.mentor,
            pairs.score,
            problem.free_slots(),
            pairs.requested if choice else None,
        )
    progress.step(4, 4, "Explaining the result")
    solved = [(int(rows[e]), int(pairs.mentor[e])) for e in chosen]
    proposed = _pairs(
        problem, problem.kept, [problem.score(i, j) for i, j in problem.kept], kept=True
    )
    proposed += _pairs(problem, solved, [float(pairs.score[e]) for e in chosen], kept=False)
    proposed.sort(key=lambda p: (p.mentor_name.casefold(), p.mentee_name.casefold()))
    matched = fixed_rows.copy()
    matched[rows[chosen]] = True
    unmatched = [
        UnmatchedMentee(
            mentee_id=problem.mentees[i].id,
            email=problem.mentees[i].email,
            name=problem.mentees[i].name,
            reason=waitlist_reason(problem, i),
            eligible=problem.mentees[i].eligible,
        )
        for i in np.flatnonzero(~matched).tolist()
    ]
    return Proposal(cohort_id=problem.cohort_id, pairs=proposed, unmatched=unmatched)


def propose_pairing(session: Session, cohort_id: int, progress: Progress | None = None) -> Proposal:
    """Read the cohort and return the optimal pairing; nothing is written."""
    problem = load_problem(session, cohort_id, progress)
    return solve(problem, progress)


def score_matrix_json(problem: MatchProblem) -> dict[str, Any]:
    """The whole score matrix for checking or a spreadsheet; null where a hard rule forbids."""
    n, m = problem.shape
    scores: list[list[float | None]] = []
    mentor_ok = np.array([p.eligible for p in problem.mentors], dtype=bool)
    block = max(1, SCORING_BLOCK_CELLS // max(m, 1))
    for start in range(0, n, block):
        stop = min(n, start + block)
        mask = _allowed_block(problem.mentees, mentor_ok, problem.pair_rules, start, stop)
        total = np.round(problem.scorer.table(problem.mentees[start:stop]).total, 4)
        scores += [
            [float(v) if ok else None for v, ok in zip(values, allowed, strict=True)]
            for values, allowed in zip(total.tolist(), mask.tolist(), strict=True)
        ]
    return {
        "mentors": [{"email": p.email, "capacity": int(p.capacity)} for p in problem.mentors],
        "mentees": [p.email for p in problem.mentees],
        "scores": scores,
        "locked": [[problem.mentees[i].email, problem.mentors[j].email] for i, j in problem.kept],
    }
