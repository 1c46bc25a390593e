"""The certificate that comes with every suggestion: proof of optimality, stability, who waits and why.

Optimality is proven by linear-programming duality, independently of the solver that
found the pairing: any feasible solution of the assignment's dual bounds every pairing's
value from above, so when the dual's value equals the suggestion's, nothing better exists.
The dual is solved by HiGHS (scipy's ``linprog``), then repaired so that every allowed
pair's constraint holds exactly in floating point; the bound is therefore valid whatever
the LP solver's tolerances, and tight when the suggestion is optimal (bipartite matching
with capacities and a fixed number of pairs has an integral LP).

One dual covers every tier of the optimizer's objective: each pair is lifted by a weight
above any total of requests and scores, so the bound divided by that weight bounds the
mentees matched, and what remains bounds requests honoured (weighted above all scores)
and then the total score.

Stability is the committee's word for "nobody would rather swap": a blocking pair is a
mentee and a mentor, allowed to be paired, who both score each other higher than what
they got (a mentor with a free place takes anyone allowed). Because both sides rank by
the same score, highest-score-first (greedy) pairing leaves no blocking pair among the
pairs it may choose: it is the most stable suggestion, and its cost is the score (and
the mentees) it gives up against the optimum.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from mentordesk.core.matching.outcome import (
    Objective,
    Pairing,
    free_rows,
    kept_pairing,
    objective,
    proposal_from,
    uses_requests,
)
from mentordesk.core.matching.solver import MatchProblem, greedy_assignment, waitlist_reason
from mentordesk.core.progress import Progress, no_progress
from mentordesk.core.sentences import Figure, Sentence

#: Below this, a gap between the bound and the suggestion is rounding, not a better pairing.
GAP_TOLERANCE = 1e-6

_HIGHS = {"primal_feasibility_tolerance": 1e-10, "dual_feasibility_tolerance": 1e-10}


@dataclass(frozen=True)
class DualBound:
    """Upper bounds on what any pairing of the free part can reach, tier by tier."""

    matched: int
    requests: int
    total: float


def _repaired_bound(
    rows: np.ndarray,
    cols: np.ndarray,
    weights: np.ndarray,
    u: np.ndarray,
    v: np.ndarray,
    free: np.ndarray,
    lam: float,
    count: int,
) -> float:
    """Σu + Σ free·v + count·λ after raising u until every pair's constraint holds.

    Weak duality makes the value an upper bound for every pairing with ``count`` pairs
    (or at most that many when λ ≥ 0), whatever the solver returned.
    """
    u = np.maximum(u, 0.0)
    v = np.maximum(v, 0.0)
    short = weights - u[rows] - v[cols] - lam
    raise_by = np.zeros_like(u)
    np.maximum.at(raise_by, rows, short)
    u = u + np.maximum(raise_by, 0.0)
    return float(u.sum() + (free * v).sum() + count * lam)


def dual_bound(
    scores: np.ndarray,
    allowed: np.ndarray,
    free: Sequence[int] | np.ndarray,
    priority: np.ndarray | None,
    matched: int,
) -> DualBound:
    """Bounds for rows matched, then requests and total score among pairings of ``matched`` pairs."""
    # scipy is loaded when a certificate is asked for, not when the window starts.
    from scipy import sparse
    from scipy.optimize import linprog

    scores = np.asarray(scores, dtype=np.float64)
    free_arr = np.asarray(free, dtype=np.float64).reshape(scores.shape[1])
    usable = np.asarray(allowed, dtype=bool) & (free_arr[None, :] > 0)
    rows, cols = np.nonzero(usable)
    n, m = scores.shape
    if rows.size == 0:
        return DualBound(0, 0, 0.0)
    e = rows.size
    # The primal LP (one variable per allowed pair, one constraint per person) solves fast;
    # its constraints' marginals are the dual solution, which is then checked pair by pair.
    arange = np.arange(e)
    by_row = sparse.csr_matrix((np.ones(e), (rows, arange)), shape=(n, e))
    by_col = sparse.csr_matrix((np.ones(e), (cols, arange)), shape=(m, e))
    a_ub = sparse.vstack([by_row, by_col]).tocsr()
    b_ub = np.concatenate([np.ones(n), free_arr])

    prio = float(n + 1)
    weights = np.clip(scores[rows, cols], 0.0, 1.0)
    if priority is not None:
        weights = weights + prio * np.asarray(priority, dtype=bool)[rows, cols]
    # Each pair also earns ``per_pair``, more than all requests and scores of any pairing
    # together, so one LP bounds every tier: ⌊bound / per_pair⌋ bounds the pairs, and for
    # pairings of ``matched`` pairs, bound − matched × per_pair bounds requests and scores.
    # (A constraint "exactly ``matched`` pairs" says the same but slows HiGHS tenfold.)
    per_pair = float(n + 1) * (prio + 1.0 if priority is not None else 1.0) + 1.0
    lifted = weights + per_pair
    best_total = linprog(
        -lifted, A_ub=a_ub, b_ub=b_ub, bounds=(0, None), method="highs", options=_HIGHS
    )
    if best_total.status == 0:
        duals = -np.asarray(best_total.ineqlin.marginals)
        lifted_bound = _repaired_bound(rows, cols, lifted, duals[:n], duals[n:], free_arr, 0.0, 0)
    else:  # each row its best pair: a valid (if loose) dual
        best = np.zeros(n)
        np.maximum.at(best, rows, lifted)
        lifted_bound = float(best.sum())
    matched_bound = math.floor((lifted_bound + 1e-7) / per_pair)
    if matched <= 0:
        return DualBound(matched_bound, 0, 0.0)
    bound = lifted_bound - per_pair * matched
    requests_bound = math.floor((bound + 1e-7) / prio) if priority is not None else 0
    return DualBound(matched_bound, requests_bound, bound - prio * requests_bound)


def count_blocking_pairs(
    scores: np.ndarray,
    allowed: np.ndarray,
    capacity: Sequence[int] | np.ndarray,
    pairing: Mapping[int, int],
) -> int:
    """Pairs (mentee, mentor), allowed and not together, who both score each other higher
    than what they have: the mentee than their mentor (any mentor, when they have none),
    the mentor than their lowest-scored mentee (anyone, while they have a free place)."""
    scores = np.asarray(scores, dtype=np.float64)
    n, m = scores.shape
    cap = np.asarray(capacity, dtype=np.int64).reshape(m)
    mentee_has = np.full(n, -np.inf)
    load = np.zeros(m, dtype=np.int64)
    worst = np.full(m, np.inf)
    for i, j in pairing.items():
        mentee_has[i] = scores[i, j]
        load[j] += 1
        worst[j] = min(worst[j], scores[i, j])
    mentor_has = np.where(load < cap, -np.inf, worst)
    blocking = np.asarray(allowed, dtype=bool) & (cap[None, :] > 0)
    blocking &= scores > mentee_has[:, None]
    blocking &= scores > mentor_has[None, :]
    for i, j in pairing.items():
        blocking[i, j] = False
    return int(np.count_nonzero(blocking))


@dataclass(frozen=True)
class StableSuggestion:
    """The most stable suggestion and what it costs against the optimum."""

    pairing: Pairing
    objective: Objective
    blocking_pairs: int
    cost: float  # total score given up
    fewer_matched: int

    def as_json(self, problem: MatchProblem) -> dict[str, Any]:
        proposal = proposal_from(problem, self.pairing)
        return {
            "total": round(self.objective.total, 4),
            "matched": self.objective.matched,
            "blocking_pairs": self.blocking_pairs,
            "cost": round(self.cost, 4),
            "fewer_matched": self.fewer_matched,
            "pairs": [
                {"mentor": p.mentor_email, "mentee": p.mentee_email, "score": round(p.score, 4)}
                for p in proposal.pairs
            ],
        }


@dataclass(frozen=True)
class Waiting:
    mentee_id: int
    email: str
    name: str
    reason: str

    def as_json(self) -> dict[str, Any]:
        return {"mentee": self.email, "name": self.name, "reason": self.reason}


@dataclass(frozen=True)
class Certificate:
    """Why the committee can trust a suggestion: optimum, bound, gap, stability, who waits."""

    optimal: bool
    total: float
    bound: float
    gap: float
    matched: int
    matched_bound: int
    requests: int
    requests_bound: int
    uses_requests: bool
    blocking_pairs: int
    unmatched: list[Waiting]
    pairs: int
    kept: int
    stable: StableSuggestion | None = None
    notes: list[str] = field(default_factory=list)

    def as_json(self, problem: MatchProblem) -> dict[str, Any]:
        out: dict[str, Any] = {
            "optimal": self.optimal,
            "total": round(self.total, 6),
            "bound": round(self.bound, 6),
            "gap": round(self.gap, 6),
            "matched": self.matched,
            "matched_bound": self.matched_bound,
            "pairs": self.pairs,
            "kept": self.kept,
            "blocking_pairs": self.blocking_pairs,
            "unmatched": [w.as_json() for w in self.unmatched],
            "method": "assignment LP dual (HiGHS), repaired to be feasible",
        }
        if self.uses_requests:
            out["requests"] = self.requests
            out["requests_bound"] = self.requests_bound
        if self.stable is not None:
            out["stable"] = self.stable.as_json(problem)
        return out

    def sentences(self) -> list[str]:
        """The certificate in the committee's words, one finding a line."""
        lines: list[str] = []
        if self.optimal:
            lines.append(
                Sentence(
                    "Optimal: no pairing allowed by the rules matches more than %1 mentees or, "
                    "matching as many, scores more than %2 in total (this one: %3 matched, %4).",
                    (
                        self.matched_bound,
                        Figure(self.bound, 3),
                        self.matched,
                        Figure(self.total, 3),
                    ),
                )
            )
        else:
            lines.append(
                Sentence(
                    "Not proven optimal: the bound allows %1 matched and a total of %2; "
                    "this pairing has %3 and %4 (gap %5).",
                    (
                        self.matched_bound,
                        Figure(self.bound, 3),
                        self.matched,
                        Figure(self.total, 3),
                        Figure(self.gap, 4),
                    ),
                )
            )
        if self.uses_requests:
            lines.append(
                Sentence(
                    "Requests honoured: %1 (at most %2).", (self.requests, self.requests_bound)
                )
            )
        lines.append(
            Sentence("No blocking pair: nobody would rather swap.")
            if self.blocking_pairs == 0
            else Sentence(
                "%Ln blocking pair(s): a mentee and a mentor who both "
                "score each other higher than what they got.",
                how_many=self.blocking_pairs,
            )
        )
        if self.kept:
            lines.append(
                Sentence(
                    "%Ln pair(s) kept as they are (locked, confirmed or under way).",
                    how_many=self.kept,
                )
            )
        lines.append(
            Sentence(
                "%Ln mentee(s) without a mentor, each with the reason.",
                how_many=len(self.unmatched),
            )
        )
        if self.stable is not None:
            s = self.stable
            cost = Figure(s.cost, 3)
            lines.append(
                Sentence(
                    "The most stable suggestion has %Ln blocking pair(s) and costs %1 in total "
                    "score and %2.",
                    (cost, Sentence("%Ln matched mentee(s)", how_many=s.fewer_matched)),
                    how_many=s.blocking_pairs,
                )
                if s.fewer_matched
                else Sentence(
                    "The most stable suggestion has %Ln blocking pair(s) and costs %1 in total "
                    "score.",
                    (cost,),
                    how_many=s.blocking_pairs,
                )
            )
        return lines


def stable_pairing(problem: MatchProblem) -> Pairing:
    """Highest score first among the optimizer's free part, kept pairs as they are."""
    base = kept_pairing(problem)
    rows = free_rows(problem)
    free = problem.free_slots()
    if rows.size == 0 or not len(problem.mentors):
        return base
    local = greedy_assignment(problem.table.total[rows], problem.allowed[rows], free)
    return {**base, **{int(rows[r]): c for r, c in local}}


def certify(
    problem: MatchProblem,
    pairing: Mapping[int, int],
    *,
    stable: bool = False,
    progress: Progress | None = None,
) -> Certificate:
    """The certificate of ``pairing`` (kept pairs included) for the problem."""
    progress = progress or no_progress()
    progress.step(0, 3, "Proving the suggestion optimal")
    kept = kept_pairing(problem)
    rows = free_rows(problem)
    free = problem.free_slots()
    mine = objective(problem, pairing)
    kept_value = objective(problem, kept)
    free_part = {i: j for i, j in pairing.items() if i not in kept}
    free_value = objective(problem, free_part)
    if rows.size and len(problem.mentors):
        priority = problem.table.requested[rows] if uses_requests(problem) else None
        dual = dual_bound(
            problem.table.total[rows], problem.allowed[rows], free, priority, free_value.matched
        )
    else:
        dual = DualBound(0, 0, 0.0)
    matched_bound = kept_value.matched + dual.matched
    requests_bound = kept_value.requests + dual.requests
    bound = kept_value.total + dual.total
    gap = max(bound - mine.total, 0.0)
    optimal = (
        matched_bound == mine.matched
        and requests_bound == mine.requests
        and gap <= GAP_TOLERANCE * max(1, mine.matched)
    )
    progress.step(1, 3, "Counting blocking pairs")
    blocking = count_blocking_pairs(problem.table.total, problem.allowed, problem.capacity, pairing)
    stable_result = None
    if stable:
        progress.step(2, 3, "Finding the most stable suggestion")
        calm = stable_pairing(problem)
        calm_value = objective(problem, calm)
        stable_result = StableSuggestion(
            pairing=calm,
            objective=calm_value,
            blocking_pairs=count_blocking_pairs(
                problem.table.total, problem.allowed, problem.capacity, calm
            ),
            cost=mine.total - calm_value.total,
            fewer_matched=mine.matched - calm_value.matched,
        )
    waiting = [
        Waiting(
            mentee_id=problem.mentees[i].id,
            email=problem.mentees[i].email,
            name=problem.mentees[i].name,
            reason=waitlist_reason(problem, i),
        )
        for i in range(len(problem.mentees))
        if i not in pairing
    ]
    progress.step(3, 3, "Certificate ready")
    return Certificate(
        optimal=optimal,
        total=mine.total,
        bound=bound,
        gap=gap,
        matched=mine.matched,
        matched_bound=matched_bound,
        requests=mine.requests,
        requests_bound=requests_bound,
        uses_requests=uses_requests(problem),
        blocking_pairs=blocking,
        unmatched=waiting,
        pairs=len(pairing),
        kept=len(kept),
        stable=stable_result,
    )
