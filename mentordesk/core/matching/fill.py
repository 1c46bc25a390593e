"""Fill without disruption: give free places to mentees without a mentor, keeping every pair there is.

Mid-year the committee does not want a new suggestion over everyone: every active pair
stays exactly as it is, and only the places still free are filled from the mentees who
have no mentor (the unmatched and the waitlist), optimally for what is free (most mentees
placed, then requests, then the highest total score).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
from sqlalchemy.orm import Session

from mentordesk.core.matching.outcome import (
    Move,
    Objective,
    Pairing,
    moves_between,
    objective,
    uses_requests,
)
from mentordesk.core.matching.pairs import Assignment, BoardChange, board_pairs, change_board
from mentordesk.core.matching.solver import (
    MatchProblem,
    load_problem,
    optimal_assignment,
    waitlist_reason,
)
from mentordesk.core.progress import Progress, no_progress
from mentordesk.core.storage.models import Application, ApplicationStatus


def fill_assignment(
    scores: np.ndarray,
    allowed: np.ndarray,
    capacity: np.ndarray,
    current: Mapping[int, int],
    priority: np.ndarray | None = None,
) -> Pairing:
    """``current`` untouched plus the optimal pairs for rows without a mentor in free places."""
    n, m = scores.shape
    free = np.asarray(capacity, dtype=np.int64).reshape(m).copy()
    for j in current.values():
        free[j] -= 1
    free = np.maximum(free, 0)
    rows = np.array([i for i in range(n) if i not in current], dtype=np.int64)
    out = dict(current)
    if rows.size == 0 or m == 0:
        return out
    local = optimal_assignment(
        scores[rows], allowed[rows], free, None if priority is None else priority[rows]
    )
    out.update({int(rows[r]): c for r, c in local})
    return out


@dataclass(frozen=True)
class Waiting:
    email: str
    name: str
    reason: str

    def as_json(self) -> dict[str, Any]:
        return {"mentee": self.email, "name": self.name, "reason": self.reason}


@dataclass(frozen=True)
class Fill:
    """The free places filled: the new pairs, the board before and after, who still waits."""

    cohort_id: int
    cohort_name: str
    new_pairs: list[Move]
    scores: dict[int, float]  # mentee id -> the new pair's score
    before: Objective
    after: Objective
    still_waiting: list[Waiting]
    free_places: int
    applied: bool = False

    def as_json(self) -> dict[str, Any]:
        return {
            "cohort": self.cohort_name,
            "applied": self.applied,
            "free_places": self.free_places,
            "new_pairs": [
                {**m.as_json(), "score": round(self.scores[m.mentee_id], 4)} for m in self.new_pairs
            ],
            "matched_before": self.before.matched,
            "matched_after": self.after.matched,
            "total_before": round(self.before.total, 4),
            "total_after": round(self.after.total, 4),
            "still_waiting": [w.as_json() for w in self.still_waiting],
        }


def current_pairing(problem: MatchProblem, pairs: Mapping[int, int]) -> tuple[Pairing, set[int]]:
    """The board's pairs by row and column, and the mentees paired outside the problem's mentors."""
    out: Pairing = {}
    elsewhere: set[int] = set()
    for mentee_id, mentor_id in pairs.items():
        i = problem.mentee_row.get(mentee_id)
        j = problem.mentor_col.get(mentor_id)
        if i is None:
            continue
        if j is None:
            elsewhere.add(i)
        else:
            out[i] = j
    return out, elsewhere


def plan_fill(problem: MatchProblem, pairs: Mapping[int, int]) -> tuple[Fill, Pairing]:
    """The fill for a board whose active pairs are ``pairs`` (mentee id -> mentor id)."""
    now, elsewhere = current_pairing(problem, pairs)
    # A mentee paired with someone outside the problem (not an active mentor) keeps that pair.
    allowed = problem.allowed.copy()
    if elsewhere:
        allowed[sorted(elsewhere), :] = False
    priority = problem.table.requested if uses_requests(problem) else None
    filled = fill_assignment(problem.table.total, allowed, problem.capacity, now, priority)
    load = np.bincount(list(now.values()), minlength=len(problem.mentors))
    free_places = int(np.maximum(problem.capacity - load, 0).sum())
    moves = moves_between(problem, now, filled)
    waiting = [
        Waiting(problem.mentees[i].email, problem.mentees[i].name, waitlist_reason(problem, i))
        for i in range(len(problem.mentees))
        if i not in filled and i not in elsewhere
    ]
    fill = Fill(
        cohort_id=problem.cohort_id,
        cohort_name=problem.cohort_name,
        new_pairs=moves,
        scores={
            problem.mentees[i].id: float(problem.table.total[i, j])
            for i, j in filled.items()
            if i not in now
        },
        before=objective(problem, now),
        after=objective(problem, filled),
        still_waiting=waiting,
        free_places=free_places,
    )
    return fill, filled


def fill_free_places(
    session: Session, cohort_id: int, *, apply: bool = False, progress: Progress | None = None
) -> Fill:
    """Plan (and with ``apply``, save in the caller's transaction) the fill of free places."""
    progress = progress or no_progress()
    problem = load_problem(session, cohort_id, progress)
    pairs = {p.mentee_id: p.mentor_id for p in board_pairs(session, cohort_id).pairs}
    fill, _ = plan_fill(problem, pairs)
    if not apply or not fill.new_pairs:
        return fill
    waiting = {
        move.mentee_id
        for move in fill.new_pairs
        if (app := session.get(Application, move.mentee_id)) is not None
        and app.status is ApplicationStatus.WAITLISTED
    }
    change = BoardChange(
        assignments={m.mentee_id: Assignment(m.to_id) for m in fill.new_pairs if m.to_id},
        statuses={mentee_id: (ApplicationStatus.ACCEPTED, None) for mentee_id in waiting},
    )
    change_board(session, cohort_id, change)
    return replace(fill, applied=True)
