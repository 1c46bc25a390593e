"""Fairness the committee chooses, each with its price against the plain optimum.

Two notions, both keeping as many mentees matched as the plain optimum (nobody is left
out for fairness either):

- ``lowest-first`` raises the worst pairs first: the lowest score among the suggested
  pairs is as high as it can be, then the total is highest. The threshold is found by
  bisection over the scores, each step a maximum matching of the pairs at or above it.
- ``departments`` spreads the mentors' places across the mentees' departments: each
  department gets at least its share of the places (in proportion to how many of its
  mentees could be matched at all), as nearly as the rules allow, then the total is
  highest. This is a flow with lower bounds per department, solved exactly as an integer
  program by HiGHS (scipy's ``milp``), in two stages: least shortfall, then best total.

The price is the total score (and, for the record, the requests) given up against the
plain optimum, with who would move where.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from scipy import sparse
from scipy.optimize import Bounds, LinearConstraint, milp

from mentordesk.core.errors import ValidationError
from mentordesk.core.matching.outcome import (
    Move,
    Objective,
    Pairing,
    best_with,
    free_rows,
    kept_pairing,
    moves_between,
    objective,
    uses_requests,
)
from mentordesk.core.matching.scoring import normalize_tag
from mentordesk.core.matching.solver import MatchProblem, optimal_assignment
from mentordesk.core.progress import Progress, no_progress

FAIRNESS_MODES = ("lowest-first", "departments")

NO_DEPARTMENT = "(no department)"


@dataclass(frozen=True)
class DepartmentShare:
    department: str
    could_match: int
    share: int
    matched_plain: int
    matched_fair: int

    def as_json(self) -> dict[str, Any]:
        return {
            "department": self.department,
            "could_match": self.could_match,
            "share": self.share,
            "matched_plain": self.matched_plain,
            "matched_fair": self.matched_fair,
        }


@dataclass(frozen=True)
class FairSuggestion:
    """A fair suggestion beside the plain optimum, and what fairness costs."""

    mode: str
    pairing: Pairing
    fair: Objective
    plain: Objective
    lowest_fair: float | None
    lowest_plain: float | None
    moves: list[Move]
    departments: list[DepartmentShare] = field(default_factory=list)

    @property
    def cost(self) -> float:
        return self.plain.total - self.fair.total

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "mode": self.mode,
            "total": round(self.fair.total, 4),
            "total_plain": round(self.plain.total, 4),
            "cost": round(self.cost, 4),
            "matched": self.fair.matched,
            "matched_plain": self.plain.matched,
            "lowest": None if self.lowest_fair is None else round(self.lowest_fair, 4),
            "lowest_plain": None if self.lowest_plain is None else round(self.lowest_plain, 4),
            "moves": [m.as_json() for m in self.moves],
        }
        if uses_requests_flag(self):
            out["requests"] = self.fair.requests
            out["requests_plain"] = self.plain.requests
        if self.departments:
            out["departments"] = [d.as_json() for d in self.departments]
        return out

    def summary(self) -> str:
        low = (
            f"; lowest score {self.lowest_fair:.3f} (plain optimum {self.lowest_plain:.3f})"
            if self.lowest_fair is not None and self.lowest_plain is not None
            else ""
        )
        return (
            f"Fair ({self.mode}): total {self.fair.total:.3f} against {self.plain.total:.3f} "
            f"for the plain optimum, a cost of {self.cost:.3f}{low}; "
            f"{self.fair.matched} matched; {len(self.moves)} mentee(s) placed differently"
        )


def uses_requests_flag(suggestion: FairSuggestion) -> bool:
    return suggestion.fair.requests > 0 or suggestion.plain.requests > 0


def _lowest(problem: MatchProblem, pairing: Pairing, rows: set[int]) -> float | None:
    values = [float(problem.table.total[i, j]) for i, j in pairing.items() if i in rows]
    return min(values) if values else None


def lowest_first_threshold(
    scores: np.ndarray, allowed: np.ndarray, free: np.ndarray, matched: int
) -> float:
    """The highest t such that ``matched`` rows can still be matched with pairs scoring ≥ t."""
    values = np.unique(scores[allowed])
    if values.size == 0 or matched == 0:
        return 0.0
    low, high = 0, values.size - 1  # values[low] always feasible
    zeros = np.zeros_like(scores)
    while low < high:
        mid = (low + high + 1) // 2
        count = len(optimal_assignment(zeros, allowed & (scores >= values[mid]), free))
        if count >= matched:
            low = mid
        else:
            high = mid - 1
    return float(values[low])


def _department_of(text: str) -> str:
    return normalize_tag(text) or NO_DEPARTMENT


def _departments_pairing(
    problem: MatchProblem, rows: np.ndarray, free: np.ndarray, matched: int
) -> tuple[Pairing, list[tuple[str, int, int]]]:
    """Optimal pairing of ``rows`` with each department's share of places as nearly as possible."""
    scores = problem.table.total[rows]
    allowed = problem.allowed[rows] & (free[None, :] > 0)
    er, ec = np.nonzero(allowed)
    n, m = scores.shape
    e = er.size
    labels = [_department_of(problem.mentees[int(i)].department) for i in rows]
    matchable = allowed.any(axis=1)
    names = sorted({labels[r] for r in range(n) if matchable[r]})
    could = Counter(labels[r] for r in range(n) if matchable[r])
    total_could = sum(could.values())
    zeros = np.zeros((1, m))
    shares: list[tuple[str, int, int]] = []
    for name in names:
        own = np.array([labels[r] == name for r in range(n)])
        alone = len(
            optimal_assignment(np.broadcast_to(zeros, (int(own.sum()), m)), allowed[own], free)
        )
        share = min(math.floor(matched * could[name] / total_could), alone) if total_could else 0
        shares.append((name, could[name], share))
    if e == 0 or matched == 0:
        return {}, shares
    d = len(names)
    index = {name: k for k, name in enumerate(names)}
    arange = np.arange(e)
    row_sum = sparse.csr_matrix((np.ones(e), (er, arange)), shape=(n, e + d))
    col_sum = sparse.csr_matrix((np.ones(e), (ec, arange)), shape=(m, e + d))
    dept_of_edge = np.array([index[labels[r]] for r in er], dtype=np.int64)
    dept_rows = sparse.csr_matrix(
        (
            np.concatenate([np.ones(e), np.ones(d)]),
            (
                np.concatenate([dept_of_edge, np.arange(d)]),
                np.concatenate([arange, e + np.arange(d)]),
            ),
        ),
        shape=(d, e + d),
    )
    count = sparse.csr_matrix((np.ones(e), (np.zeros(e, dtype=np.int64), arange)), shape=(1, e + d))
    quotas = np.array([share for _, _, share in shares], dtype=np.float64)
    constraints = [
        LinearConstraint(row_sum, -np.inf, 1),
        LinearConstraint(col_sum, -np.inf, free.astype(np.float64)),
        LinearConstraint(dept_rows, quotas, np.inf),
        LinearConstraint(count, matched, matched),
    ]
    integrality = np.ones(e + d)
    bounds = Bounds(np.zeros(e + d), np.concatenate([np.ones(e), quotas]))
    options = {"mip_rel_gap": 0.0}
    shortfall = milp(
        np.concatenate([np.zeros(e), np.ones(d)]),
        constraints=constraints,
        integrality=integrality,
        bounds=bounds,
        options=options,
    )
    if shortfall.status != 0:
        raise ValidationError("The departments' shares could not be worked out for this cohort")
    least = round(float(shortfall.fun))
    prio = float(n + 1)
    weights = np.clip(scores[er, ec], 0.0, 1.0)
    if uses_requests(problem):
        weights = weights + prio * problem.table.requested[rows][er, ec]
    slack = sparse.csr_matrix(
        (np.ones(d), (np.zeros(d, dtype=np.int64), e + np.arange(d))), shape=(1, e + d)
    )
    best = milp(
        -np.concatenate([weights, np.zeros(d)]),
        constraints=[*constraints, LinearConstraint(slack, -np.inf, least)],
        integrality=integrality,
        bounds=bounds,
        options=options,
    )
    if best.status != 0:
        raise ValidationError("The departments' shares could not be worked out for this cohort")
    chosen = np.flatnonzero(best.x[:e] > 0.5)
    return {int(rows[er[k]]): int(ec[k]) for k in chosen}, shares


def fair_suggestion(
    problem: MatchProblem, mode: str, progress: Progress | None = None
) -> FairSuggestion:
    """The fair suggestion of ``mode`` beside the plain optimum."""
    if mode not in FAIRNESS_MODES:
        raise ValidationError(
            f"Unknown fairness {mode!r}; choose {' or '.join(FAIRNESS_MODES)}", "fair"
        )
    progress = progress or no_progress()
    progress.step(0, 3, "Finding the plain optimum")
    plain = best_with(problem, {})
    kept = kept_pairing(problem)
    rows = free_rows(problem)
    row_set = {int(i) for i in rows}
    free = problem.free_slots()
    free_matched = sum(1 for i in plain if i in row_set)
    progress.step(1, 3, "Finding the fair suggestion")
    departments: list[DepartmentShare] = []
    if rows.size == 0 or not len(problem.mentors):
        fair = plain
    elif mode == "lowest-first":
        scores = problem.table.total[rows]
        usable = problem.allowed[rows] & (free[None, :] > 0)
        threshold = lowest_first_threshold(scores, usable, free, free_matched)
        narrowed = problem.allowed & (problem.table.total >= threshold)
        fair = best_with(problem, {}, allowed=narrowed, prefer=plain)
    else:
        local, shares = _departments_pairing(problem, rows, free, free_matched)
        fair = {**kept, **local}
        labels = {int(i): _department_of(problem.mentees[int(i)].department) for i in rows}
        plain_count = Counter(labels[i] for i in plain if i in row_set)
        fair_count = Counter(labels[i] for i in fair if i in row_set)
        names = {
            normalize_tag(problem.mentees[int(i)].department): problem.mentees[int(i)].department
            for i in rows
        }
        departments = [
            DepartmentShare(
                department=names.get(name, name) or NO_DEPARTMENT,
                could_match=could,
                share=share,
                matched_plain=plain_count[name],
                matched_fair=fair_count[name],
            )
            for name, could, share in shares
        ]
    progress.step(2, 3, "Comparing with the plain optimum")
    return FairSuggestion(
        mode=mode,
        pairing=fair,
        fair=objective(problem, fair),
        plain=objective(problem, plain),
        lowest_fair=_lowest(problem, fair, row_set),
        lowest_plain=_lowest(problem, plain, row_set),
        moves=moves_between(problem, plain, fair),
        departments=departments,
    )
