"""Proof that the certificate, "why not?", fill and fairness tell the truth: brute force agrees."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from mentordesk.core.matching.certificate import (
    certify,
    count_blocking_pairs,
    dual_bound,
    stable_pairing,
)
from mentordesk.core.matching.fairness import fair_suggestion
from mentordesk.core.matching.fill import fill_assignment
from mentordesk.core.matching.outcome import best_with, objective
from mentordesk.core.matching.solver import MatchProblem, optimal_assignment
from mentordesk.core.matching.why_not import why_not_pair
from tests.core.matching.test_optimality import brute_force, cohorts, small_problems

Problem = tuple[np.ndarray, np.ndarray, list[int], np.ndarray | None]


def every_pairing(problem: MatchProblem, fixed: dict[int, int]) -> Iterator[dict[int, int]]:
    """Every pairing the rules allow that keeps the kept pairs and ``fixed``."""
    n, m = len(problem.mentees), len(problem.mentors)
    base = {**dict(problem.kept), **fixed}
    rows = [i for i in range(n) if i not in base]
    for choice in itertools.product(range(-1, m), repeat=len(rows)):
        pairing = dict(base)
        for i, j in zip(rows, choice, strict=True):
            if j >= 0:
                if not problem.allowed[i, j]:
                    break
                pairing[i] = j
        else:
            load = np.bincount(list(pairing.values()), minlength=m)
            if (load <= problem.capacity).all():
                yield pairing


def best_by_brute_force(problem: MatchProblem, fixed: dict[int, int]) -> tuple[int, float]:
    return max(
        (
            (len(p), float(sum(problem.table.total[i, j] for i, j in p.items())))
            for p in every_pairing(problem, fixed)
        ),
        default=(0, 0.0),
    )


def blocking_by_hand(problem: MatchProblem, pairing: dict[int, int]) -> int:
    s = problem.table.total
    count = 0
    for i, j in itertools.product(range(len(problem.mentees)), range(len(problem.mentors))):
        if not problem.allowed[i, j] or pairing.get(i) == j or problem.capacity[j] == 0:
            continue
        mentee_wants = i not in pairing or s[i, j] > s[i, pairing[i]]
        theirs = [s[k, j] for k, c in pairing.items() if c == j]
        mentor_wants = len(theirs) < problem.capacity[j] or s[i, j] > min(theirs)
        count += bool(mentee_wants and mentor_wants)
    return count


@settings(max_examples=60, deadline=None)
@given(cohorts())
def test_certificate_bound_equals_the_brute_force_optimum(problem: MatchProblem) -> None:
    pairing = best_with(problem, {})
    certificate = certify(problem, pairing)
    matched, total = best_by_brute_force(problem, {})
    assert certificate.optimal
    assert certificate.matched == certificate.matched_bound == matched
    assert abs(certificate.bound - total) < 1e-6
    assert abs(certificate.total - total) < 1e-6
    assert certificate.gap < 1e-6
    assert len(certificate.unmatched) == len(problem.mentees) - matched
    assert all(w.reason for w in certificate.unmatched)


@settings(max_examples=80, deadline=None)
@given(small_problems())
def test_dual_bound_is_tight_on_every_tier(problem: Problem) -> None:
    scores, allowed, free, priority = problem
    matched, requests, total = brute_force(scores, allowed, free, priority)
    bound = dual_bound(scores, allowed, free, priority, matched)
    assert bound.matched == matched
    assert bound.requests == requests
    assert abs(bound.total - total) < 1e-6


@settings(max_examples=40, deadline=None)
@given(small_problems())
def test_a_worse_pairing_is_never_certified(problem: Problem) -> None:
    scores, allowed, free, priority = problem
    best = optimal_assignment(scores, allowed, free, priority)
    if not best:
        return
    worse = best[:-1]  # one pair dropped: fewer matched than the bound allows
    bound = dual_bound(scores, allowed, free, priority, len(worse))
    assert bound.matched > len(worse)


@settings(max_examples=60, deadline=None)
@given(cohorts(), st.data())
def test_why_not_equals_the_optimum_with_the_pair_fixed(
    problem: MatchProblem, data: st.DataObject
) -> None:
    i = data.draw(st.integers(0, len(problem.mentees) - 1))
    j = data.draw(st.integers(0, len(problem.mentors) - 1))
    mentee, mentor = problem.mentees[i], problem.mentors[j]
    answer = why_not_pair(problem, mentee.id, mentor.id)
    today = best_by_brute_force(problem, {})
    assert answer.optimum.matched == today[0]
    assert abs(answer.optimum.total - today[1]) < 1e-6
    kept = dict(problem.kept)
    possible = (
        problem.allowed[i, j]
        and kept.get(i, j) == j
        and sum(1 for k, c in kept.items() if c == j and k != i) < problem.capacity[j]
    )
    if not possible:
        assert answer.forbidden
        assert answer.forced is None
        return
    assert answer.forbidden is None
    assert answer.forced is not None
    matched, total = best_by_brute_force(problem, {i: j})
    assert answer.forced.matched == matched
    assert abs(answer.forced.total - total) < 1e-6
    # The moves turn today's optimum into the forced one, the pair among them (unless already so).
    moved = {m.mentee_id: m.to_id for m in answer.moves}
    if not answer.paired_today:
        assert moved[mentee.id] == mentor.id
    assert answer.forced.matched <= answer.optimum.matched


@settings(max_examples=50, deadline=None)
@given(cohorts(), st.data())
def test_blocking_pairs_counted_equal_a_direct_count(
    problem: MatchProblem, data: st.DataObject
) -> None:
    pairings = list(itertools.islice(every_pairing(problem, {}), 50))
    pairing = data.draw(st.sampled_from(pairings))
    counted = count_blocking_pairs(problem.table.total, problem.allowed, problem.capacity, pairing)
    assert counted == blocking_by_hand(problem, pairing)


@settings(max_examples=40, deadline=None)
@given(cohorts())
def test_the_most_stable_suggestion_leaves_no_blocking_pair_without_kept_pairs(
    problem: MatchProblem,
) -> None:
    problem.kept.clear()
    calm = stable_pairing(problem)
    assert blocking_by_hand(problem, calm) == 0
    certificate = certify(problem, best_with(problem, {}), stable=True)
    assert certificate.stable is not None
    assert certificate.stable.blocking_pairs == 0
    assert certificate.stable.cost >= -1e-9


@settings(max_examples=200, deadline=None)
@given(small_problems(), st.data())
def test_fill_never_moves_an_existing_pair_and_is_optimal_for_what_is_free(
    problem: Problem, data: st.DataObject
) -> None:
    scores, allowed, capacity, priority = problem
    n, m = scores.shape
    current: dict[int, int] = {}
    for i in range(n):
        j = data.draw(st.integers(-1, m - 1))
        if j >= 0 and sum(1 for c in current.values() if c == j) < capacity[j]:
            current[i] = j  # an existing pair may even break a rule added later: it stays
    filled = fill_assignment(scores, allowed, np.array(capacity), current, priority)
    for i, j in current.items():
        assert filled[i] == j
    load = np.bincount(list(filled.values()), minlength=m)
    assert (load <= np.array(capacity)).all()
    free = [capacity[j] - sum(1 for c in current.values() if c == j) for j in range(m)]
    rows = [i for i in range(n) if i not in current]
    new = {i: j for i, j in filled.items() if i not in current}
    assert all(allowed[i, j] for i, j in new.items())
    if not rows:
        assert not new
        return
    best = brute_force(
        scores[rows], allowed[rows], free, None if priority is None else priority[rows]
    )
    honoured = sum(int(priority[i, j]) for i, j in new.items()) if priority is not None else 0
    assert (len(new), honoured) == best[:2]
    assert abs(sum(scores[i, j] for i, j in new.items()) - best[2]) < 1e-6


@settings(max_examples=40, deadline=None)
@given(cohorts())
def test_lowest_first_raises_the_lowest_score_then_the_total(problem: MatchProblem) -> None:
    fair = fair_suggestion(problem, "lowest-first")
    kept = dict(problem.kept)
    most = max((len(p) for p in every_pairing(problem, {})), default=0)
    best: tuple[float, float] | None = None
    for p in every_pairing(problem, {}):
        if len(p) != most:
            continue
        own = [problem.table.total[i, j] for i, j in p.items() if i not in kept]
        key = (
            min(own) if own else 0.0,
            float(sum(problem.table.total[i, j] for i, j in p.items())),
        )
        best = key if best is None or key > best else best
    assert fair.fair.matched == most == fair.plain.matched
    assert best is not None
    assert abs((fair.lowest_fair if fair.lowest_fair is not None else 0.0) - best[0]) < 1e-6
    assert abs(fair.fair.total - best[1]) < 1e-6
    assert fair.cost >= -1e-9
    assert objective(problem, fair.pairing) == fair.fair


@settings(max_examples=30, deadline=None)
@given(cohorts())
def test_departments_keeps_as_many_matched_and_costs_no_less_than_nothing(
    problem: MatchProblem,
) -> None:
    fair = fair_suggestion(problem, "departments")
    assert fair.fair.matched == fair.plain.matched
    assert fair.cost >= -1e-6
    for i, j in fair.pairing.items():
        assert (i, j) in problem.kept or problem.allowed[i, j]
