"""What a pairing of the cohort achieves, and what changes between two pairings.

The certificate, "why not this pair?", fairness and fill all compare a pairing with the
plain optimum; this module holds what they share: the objective's tiers (mentees matched,
requests honoured, total score), the optimum over the optimizer's free part with some
pairs fixed, who moves where between two pairings, and a Proposal built from a pairing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from mentordesk.core.matching.solver import (
    MatchProblem,
    Proposal,
    ProposedPair,
    UnmatchedMentee,
    optimal_assignment,
    waitlist_reason,
)
from mentordesk.core.sentences import Sentence

#: Row (mentee) -> column (mentor) of a pairing of the whole cohort, kept pairs included.
Pairing = dict[int, int]

#: A preference for staying with a reference pairing small enough to decide only between
#: pairings whose totals differ by less than rounding; the result is checked against the
#: plain optimum, so it never costs score (see ``best_with``).
_STAY_BONUS = 1e-9


@dataclass(frozen=True, order=True)
class Objective:
    """The optimizer's tiers, compared in this order: matched, then requests, then total."""

    matched: int
    requests: int
    total: float

    def as_json(self) -> dict[str, Any]:
        return {"matched": self.matched, "requests": self.requests, "total": round(self.total, 4)}


def uses_requests(problem: MatchProblem) -> bool:
    return problem.rules.matching_mode == "mentee_choice"


def objective(problem: MatchProblem, pairing: Mapping[int, int]) -> Objective:
    total = float(sum(problem.table.total[i, j] for i, j in pairing.items()))
    requests = (
        sum(int(problem.table.requested[i, j]) for i, j in pairing.items())
        if uses_requests(problem)
        else 0
    )
    return Objective(len(pairing), requests, total)


def kept_pairing(problem: MatchProblem) -> Pairing:
    return {i: j for i, j in problem.kept}


def free_rows(problem: MatchProblem, also_fixed: Iterable[int] = ()) -> np.ndarray:
    fixed = {i for i, _ in problem.kept} | set(also_fixed)
    return np.array([i for i in range(len(problem.mentees)) if i not in fixed], dtype=np.int64)


def best_with(
    problem: MatchProblem,
    fixed: Mapping[int, int],
    *,
    allowed: np.ndarray | None = None,
    prefer: Mapping[int, int] | None = None,
) -> Pairing:
    """The optimum of the cohort with ``fixed`` pairs (and the kept ones) as they are.

    ``allowed`` narrows the pairs the optimizer may choose (fairness); ``prefer`` is a
    pairing to stay close to where the optimum is not unique, so that "who moves" lists
    only the moves that the change needs, never an arbitrary swap between equal choices.
    """
    base = {**kept_pairing(problem), **fixed}
    rows = free_rows(problem, base)
    free = problem.capacity.astype(np.int64).copy()
    for j in base.values():
        free[j] -= 1
    free = np.maximum(free, 0)
    usable = problem.allowed if allowed is None else allowed
    if rows.size == 0 or not len(problem.mentors):
        return base
    scores = problem.table.total[rows]
    sub_allowed = usable[rows]
    priority = problem.table.requested[rows] if uses_requests(problem) else None
    plain = {int(rows[r]): c for r, c in optimal_assignment(scores, sub_allowed, free, priority)}
    result = {**base, **plain}
    if prefer:
        bonus = np.zeros_like(scores)
        for r, i in enumerate(rows.tolist()):
            if i in prefer:
                bonus[r, prefer[i]] = _STAY_BONUS
        near = {
            int(rows[r]): c
            for r, c in optimal_assignment(
                np.clip(scores + bonus, 0.0, 1.0), sub_allowed, free, priority
            )
        }
        candidate = {**base, **near}
        if objective(problem, candidate) >= objective(problem, result):
            result = candidate
    return result


def pairing_of(problem: MatchProblem, proposal: Proposal) -> Pairing:
    return {
        problem.mentee_row[p.mentee_id]: problem.mentor_col[p.mentor_id]
        for p in proposal.pairs
        if p.mentee_id in problem.mentee_row and p.mentor_id in problem.mentor_col
    }


@dataclass(frozen=True)
class Move:
    """One mentee whose mentor differs between two pairings (None: no mentor)."""

    mentee_id: int
    mentee: str
    mentee_email: str
    from_id: int | None
    from_name: str | None
    from_email: str | None
    to_id: int | None
    to_name: str | None
    to_email: str | None

    def as_json(self) -> dict[str, Any]:
        return {
            "mentee": self.mentee_email,
            "mentee_name": self.mentee,
            "from": self.from_email,
            "from_name": self.from_name,
            "to": self.to_email,
            "to_name": self.to_name,
        }

    def sentence(self) -> str:
        """ "Ada: from Grace to Alan": a Sentence, which the window says in its language."""
        if self.from_name is None:
            return Sentence("%1: from the waitlist to %2", (self.mentee, self.to_name))
        if self.to_name is None:
            return Sentence("%1: from %2 to the waitlist", (self.mentee, self.from_name))
        return Sentence("%1: from %2 to %3", (self.mentee, self.from_name, self.to_name))


def moves_between(
    problem: MatchProblem, before: Mapping[int, int], after: Mapping[int, int]
) -> list[Move]:
    """Who would move where going from ``before`` to ``after``, in name order."""
    out: list[Move] = []
    for i in sorted(set(before) | set(after)):
        a, b = before.get(i), after.get(i)
        if a == b:
            continue
        mentee = problem.mentees[i]
        old = problem.mentors[a] if a is not None else None
        new = problem.mentors[b] if b is not None else None
        out.append(
            Move(
                mentee_id=mentee.id,
                mentee=mentee.name,
                mentee_email=mentee.email,
                from_id=old.id if old else None,
                from_name=old.name if old else None,
                from_email=old.email if old else None,
                to_id=new.id if new else None,
                to_name=new.name if new else None,
                to_email=new.email if new else None,
            )
        )
    out.sort(key=lambda m: m.mentee.casefold())
    return out


def proposal_from(problem: MatchProblem, pairing: Mapping[int, int]) -> Proposal:
    """The pairing as a Proposal (as the optimizer gives it), with every waiting mentee's reason."""
    kept = set(problem.kept)
    pairs = []
    for i, j in pairing.items():
        mentee, mentor = problem.mentees[i], problem.mentors[j]
        pairs.append(
            ProposedPair(
                mentee_id=mentee.id,
                mentor_id=mentor.id,
                mentee_email=mentee.email,
                mentor_email=mentor.email,
                mentee_name=mentee.name,
                mentor_name=mentor.name,
                score=float(problem.table.total[i, j]),
                components=problem.table.components_of(i, j),
                kept=(i, j) in kept,
            )
        )
    pairs.sort(key=lambda p: (p.mentor_name.casefold(), p.mentee_name.casefold()))
    unmatched = [
        UnmatchedMentee(
            mentee_id=problem.mentees[i].id,
            email=problem.mentees[i].email,
            name=problem.mentees[i].name,
            reason=waitlist_reason(problem, i),
            eligible=problem.mentees[i].eligible,
        )
        for i in range(len(problem.mentees))
        if i not in pairing
    ]
    return Proposal(cohort_id=problem.cohort_id, pairs=pairs, unmatched=unmatched)


def pair_json(problem: MatchProblem, pair: ProposedPair) -> dict[str, Any]:
    """A pair for scripts: who, the score, and each component with its weight and reason."""
    i, j = problem.mentee_row[pair.mentee_id], problem.mentor_col[pair.mentor_id]
    return {
        "mentor": pair.mentor_email,
        "mentor_name": pair.mentor_name,
        "mentee": pair.mentee_email,
        "mentee_name": pair.mentee_name,
        "score": round(pair.score, 4),
        "kept": pair.kept,
        "components": pair.components,
        "reasons": {
            c.name: {
                "label": c.label,
                "value": round(c.value, 4),
                "weight": round(c.weight, 4),
                "reason": c.reason,
            }
            for c in problem.table.explain(i, j)
        },
    }
