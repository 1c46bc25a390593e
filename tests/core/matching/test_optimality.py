"""Proof that the proposal is optimal: brute force agrees on small random cohorts, and no hard rule breaks."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mentordesk.core.matching import solver
from mentordesk.core.matching.scoring import Profile, score_table
from mentordesk.core.matching.solver import (
    Forbidden,
    MatchProblem,
    build_problem,
    forbidden_matrix,
    greedy_assignment,
    optimal_assignment,
    solve,
)
from mentordesk.core.programs.rules import ProgramRules


def brute_force(
    scores: np.ndarray, allowed: np.ndarray, free: list[int], priority: np.ndarray | None
) -> tuple[int, int, float]:
    """(matched, requests honoured, total) of the best of every possible assignment."""
    n, m = scores.shape
    best = (0, 0, 0.0)
    for choice in itertools.product(range(-1, m), repeat=n):
        load = [0] * m
        matched = honoured = 0
        total = 0.0
        ok = True
        for i, j in enumerate(choice):
            if j < 0:
                continue
            if not allowed[i, j]:
                ok = False
                break
            load[j] += 1
            matched += 1
            total += scores[i, j]
            honoured += int(priority is not None and priority[i, j])
        if ok and all(load[j] <= free[j] for j in range(m)):
            best = max(best, (matched, honoured, total))
    return best


@st.composite
def small_problems(draw: st.DrawFn) -> tuple[np.ndarray, np.ndarray, list[int], np.ndarray | None]:
    n = draw(st.integers(1, 5))
    m = draw(st.integers(1, 4))
    values = st.floats(0, 1, allow_nan=False, width=32)
    scores = np.array(draw(st.lists(values, min_size=n * m, max_size=n * m))).reshape(n, m)
    allowed = np.array(draw(st.lists(st.booleans(), min_size=n * m, max_size=n * m))).reshape(n, m)
    free = draw(st.lists(st.integers(0, 3), min_size=m, max_size=m))
    priority = None
    if draw(st.booleans()):
        flags = draw(st.lists(st.booleans(), min_size=n * m, max_size=n * m))
        priority = np.array(flags).reshape(n, m)
    return scores, allowed, free, priority


@settings(max_examples=300, deadline=None)
@given(small_problems())
def test_optimizer_total_equals_the_brute_force_optimum(
    problem: tuple[np.ndarray, np.ndarray, list[int], np.ndarray | None],
) -> None:
    scores, allowed, free, priority = problem
    pairs = optimal_assignment(scores, allowed, free, priority)
    rows = [i for i, _ in pairs]
    assert len(rows) == len(set(rows)), "a mentee got two mentors"
    load = np.bincount([j for _, j in pairs], minlength=scores.shape[1])
    assert all(load[j] <= free[j] for j in range(scores.shape[1])), "a mentor over capacity"
    assert all(allowed[i, j] for i, j in pairs), "a forbidden pair"
    honoured = sum(int(priority[i, j]) for i, j in pairs) if priority is not None else 0
    total = float(sum(scores[i, j] for i, j in pairs))
    best = brute_force(scores, allowed, free, priority)
    assert (len(pairs), honoured) == best[:2]
    assert abs(total - best[2]) < 1e-6


@settings(max_examples=100, deadline=None)
@given(small_problems())
def test_greedy_never_beats_the_optimum(
    problem: tuple[np.ndarray, np.ndarray, list[int], np.ndarray | None],
) -> None:
    scores, allowed, free, _ = problem
    greedy = greedy_assignment(scores, allowed, free)
    optimal = optimal_assignment(scores, allowed, free)
    assert len(greedy) <= len(optimal)
    if len(greedy) == len(optimal):
        assert sum(scores[i, j] for i, j in greedy) <= sum(scores[i, j] for i, j in optimal) + 1e-9


TAGS = ["grants", "leadership", "budgets", "title ix", "crisis"]


@st.composite
def cohorts(draw: st.DrawFn) -> MatchProblem:
    """A random cohort: people with interests, some ineligible, supervisors, exclusions, locks."""
    n = draw(st.integers(1, 5))
    m = draw(st.integers(1, 4))
    mentors = [
        Profile(
            id=100 + j,
            person_id=100 + j,
            name=f"Mentor {j}",
            email=f"mentor{j}@example.org",
            expertise=frozenset(draw(st.sets(st.sampled_from(TAGS), max_size=3))),
            years=draw(st.sampled_from([None, 1.0, 5.0, 12.0])),
            capacity=draw(st.integers(1, 3)),
            eligible=draw(st.booleans()) or draw(st.booleans()),
        )
        for j in range(m)
    ]
    mentees = [
        Profile(
            id=i + 1,
            # Sometimes a mentor applied as a mentee too (the same person).
            person_id=draw(st.sampled_from([i + 1, 100])),
            name=f"Mentee {i}",
            email=f"mentee{i}@example.org",
            interests=frozenset(draw(st.sets(st.sampled_from(TAGS), max_size=3))),
            supervisor_email=draw(st.sampled_from(["", "mentor0@example.org"])),
            eligible=draw(st.booleans()) or draw(st.booleans()),
        )
        for i in range(n)
    ]
    pairs = st.tuples(
        st.sampled_from([p.id for p in mentees]), st.sampled_from([p.id for p in mentors])
    )
    ended = draw(st.sets(pairs, max_size=2))
    excluded = draw(st.sets(pairs, max_size=2))
    codes = forbidden_matrix(mentees, mentors, ended, excluded)
    capacity = np.array([p.capacity for p in mentors])
    kept: list[tuple[int, int]] = []
    for i in range(n):
        j = draw(st.integers(-1, m - 1))
        if (
            j >= 0
            and codes[i, j] == Forbidden.NONE
            and draw(st.booleans())
            and sum(1 for _, c in kept if c == mentors[j].id) < capacity[j]
        ):
            kept.append((mentees[i].id, mentors[j].id))
    return build_problem(1, "Random", ProgramRules(), mentees, mentors, ended, excluded, kept=kept)


@settings(max_examples=150, deadline=None)
@given(cohorts())
def test_proposal_keeps_locked_pairs_breaks_no_hard_rule_and_holds_capacities(
    problem: MatchProblem,
) -> None:
    proposal = solve(problem)
    row, col = problem.mentee_row, problem.mentor_col
    chosen = [(row[p.mentee_id], col[p.mentor_id]) for p in proposal.pairs]
    for i, j in problem.kept:
        assert (i, j) in chosen
    for i, j in chosen:
        if (i, j) not in problem.kept:
            assert problem.forbidden_code(i, j) == Forbidden.NONE, "a hard rule broken"
            mentee, mentor = problem.mentees[i], problem.mentors[j]
            assert mentee.person_id != mentor.person_id
            assert mentee.supervisor_email != mentor.email
            assert mentee.eligible and mentor.eligible
    load = np.bincount([j for _, j in chosen], minlength=len(problem.mentors))
    assert (load <= problem.capacity).all()
    assert len({i for i, _ in chosen}) == len(chosen)
    assert len(chosen) + len(proposal.unmatched) == len(problem.mentees)
    # And the free part is optimal: brute force on what the kept pairs leave.
    free_rows = [i for i in range(len(problem.mentees)) if i not in {k for k, _ in problem.kept}]
    table = score_table(problem.mentees, problem.mentors, ProgramRules())
    codes = np.array(
        [
            [problem.forbidden_code(i, j) for j in range(len(problem.mentors))]
            for i in range(len(problem.mentees))
        ],
        dtype=np.int8,
    ).reshape(len(problem.mentees), len(problem.mentors))
    best = brute_force(
        table.total[free_rows], codes[free_rows] == Forbidden.NONE, list(problem.free_slots()), None
    )
    optimized = [(i, j) for i, j in chosen if (i, j) not in problem.kept]
    assert len(optimized) == best[0]
    assert abs(sum(table.total[i, j] for i, j in optimized) - best[2]) < 1e-6
    # The problem keeps each allowed pair's score as scoring the whole cohort gives it.
    for i, j in zip(*np.nonzero(codes == Forbidden.NONE), strict=True):
        assert abs(problem.score(int(i), int(j)) - table.total[i, j]) < 1e-9
    assert all(u.reason for u in proposal.unmatched)


@settings(max_examples=300, deadline=None)
@given(small_problems())
def test_the_sparse_solver_also_reaches_the_brute_force_optimum(
    problem: tuple[np.ndarray, np.ndarray, list[int], np.ndarray | None],
) -> None:
    # Where the rules forbid most pairs the solver works on the allowed pairs alone; a
    # committee must get an optimal pairing either way.
    scores, allowed, free, priority = problem
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(solver, "DENSE_ENOUGH", 2.0)  # never the dense assignment
        pairs = optimal_assignment(scores, allowed, free, priority)
    rows = [i for i, _ in pairs]
    assert len(rows) == len(set(rows)), "a mentee got two mentors"
    load = np.bincount([j for _, j in pairs], minlength=scores.shape[1])
    assert all(load[j] <= free[j] for j in range(scores.shape[1])), "a mentor over capacity"
    assert all(allowed[i, j] for i, j in pairs), "a forbidden pair"
    honoured = sum(int(priority[i, j]) for i, j in pairs) if priority is not None else 0
    best = brute_force(scores, allowed, free, priority)
    assert (len(pairs), honoured) == best[:2]
    assert abs(float(sum(scores[i, j] for i, j in pairs)) - best[2]) < 1e-6


def test_the_problem_keeps_only_the_pairs_the_rules_allow_with_their_scores() -> None:
    # Most mentors are not eligible: the problem's memory follows the allowed pairs, and
    # every allowed pair still has the score scoring the whole cohort gives it.
    mentors = [
        Profile(id=100 + j, person_id=100 + j, name=f"Mentor {j}", email=f"r{j}@example.org",
                expertise=frozenset({TAGS[j % len(TAGS)]}), eligible=j % 10 == 0, capacity=2)
        for j in range(60)
    ]  # fmt: skip
    mentees = [
        Profile(id=i + 1, person_id=i + 1, name=f"Mentee {i}", email=f"e{i}@example.org",
                interests=frozenset({TAGS[i % len(TAGS)]}), capacity=0)
        for i in range(40)
    ]  # fmt: skip
    problem = build_problem(1, "Sparse", ProgramRules(), mentees, mentors)
    assert problem.pairs.count == 40 * 6
    table = score_table(mentees, mentors, ProgramRules())
    for i in range(40):
        for j in range(60):
            assert problem.is_allowed(i, j) == (j % 10 == 0)
            assert abs(problem.score(i, j) - table.total[i, j]) < 1e-9
    assert len(solve(problem).pairs) == 12
