"""Benchmark: score matrix and optimal assignment for 2,000 mentees × 1,000 mentors (capacities 1–3).

Prints the time of the score matrix, of the whole optimizer, and of the solver alone on the
same matrix, and the total score of a greedy pairing beside the optimal one.
Run: PYTHONPATH=. .venv/bin/python bench/bench_matching.py [MENTEES MENTORS]
"""

from __future__ import annotations

import random
import sys
import time

import numpy as np

from mentordesk.core.matching.scoring import Profile, score_table
from mentordesk.core.matching.solver import (
    MatchProblem,
    forbidden_matrix,
    greedy_assignment,
    optimal_assignment,
    solve,
)
from mentordesk.core.programs.rules import ProgramRules

TOPICS = [
    "grant writing", "budgeting", "leadership", "title ix", "crisis response", "case notes",
    "care coordination", "motivational interviewing", "policy", "supervision", "data",
    "public speaking", "conflict resolution", "student conduct", "mental health", "housing",
    "disability services", "teamwork", "time management", "accreditation",
]  # fmt: skip
DEPARTMENTS = ["Nursing", "Pharmacy", "Finance", "IT", "Library", "Research", "HR", "Facilities"]
LOCATIONS = ["North campus", "South campus", "Downtown", "Remote"]
FORMATS = ["in person", "video", "phone"]


def people(rng: random.Random, count: int, role: str, offset: int) -> list[Profile]:
    out = []
    for k in range(count):
        topics = rng.sample(TOPICS, rng.randint(1, 4))
        out.append(
            Profile(
                id=offset + k,
                person_id=offset + k,
                name=f"{role} {k}",
                email=f"{role}{k}@example.org",
                department=rng.choice(DEPARTMENTS),
                location=rng.choice(LOCATIONS),
                years=float(rng.randint(0, 25)) if role == "mentor" else float(rng.randint(0, 4)),
                formats=frozenset(rng.sample(FORMATS, rng.randint(1, 3))),
                interests=frozenset(topics) if role == "mentee" else frozenset(),
                expertise=frozenset(topics) if role == "mentor" else frozenset(),
                goals=f"I want to get better at {' and '.join(topics)}" if role == "mentee" else "",
                interests_text=", ".join(topics) if role == "mentee" else "",
                expertise_text=", ".join(topics) if role == "mentor" else "",
                supervisor_email=f"mentor{rng.randrange(count)}@example.org"
                if role == "mentee"
                else "",
                capacity=rng.randint(1, 3) if role == "mentor" else 0,
                eligible=rng.random() > 0.03,
            )
        )
    return out


def timed(label: str, func, *args):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = func(*args)
    seconds = time.perf_counter() - start
    print(f"{label:<52} {seconds:8.3f} s")
    return result, seconds


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    m = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    rng = random.Random(2026)
    mentees = people(rng, n, "mentee", 1)
    mentors = people(rng, m, "mentor", 100_000)
    excluded = {(rng.choice(mentees).id, rng.choice(mentors).id) for _ in range(200)}
    rules = ProgramRules()
    print(f"{n} mentees × {m} mentors, {sum(p.capacity for p in mentors)} mentor slots")

    table, t_score = timed(
        "score matrix (8 components, vectorized)", score_table, mentees, mentors, rules
    )
    codes, t_rules = timed("hard-rule matrix", forbidden_matrix, mentees, mentors, set(), excluded)
    problem = MatchProblem(
        cohort_id=1,
        cohort_name="bench",
        rules=rules,
        table=table,
        forbidden=codes,
        capacity=np.array([p.capacity for p in mentors]),
    )
    proposal, t_solve = timed("optimizer (solve: assignment + reasons)", solve, problem)
    free = problem.free_slots()
    pairs, t_lsa = timed(
        "solver alone (linear_sum_assignment) same matrix",
        optimal_assignment,
        table.total,
        problem.allowed,
        free,
    )
    greedy, t_greedy = timed(
        "greedy pairing (best pair first)", greedy_assignment, table.total, problem.allowed, free
    )

    optimal_total = float(sum(table.total[i, j] for i, j in pairs))
    greedy_total = float(sum(table.total[i, j] for i, j in greedy))
    print()
    print(f"total (score matrix + optimizer)             {t_score + t_rules + t_solve:16.3f} s")
    print(f"solver share of the optimizer                {t_lsa / t_solve:16.1%}")
    print(f"optimal: {len(pairs)} matched, total score {optimal_total:.3f}")
    print(f"greedy:  {len(greedy)} matched, total score {greedy_total:.3f}")
    print(
        f"optimal / greedy: {len(pairs) / max(len(greedy), 1):.3f}× mentees matched, "
        f"{optimal_total / max(greedy_total, 1e-9):.3f}× total score "
        f"(greedy {t_greedy / t_lsa:.2f}× the solver's time)"
    )
    print(
        f"unmatched with a reason: {len(proposal.unmatched)}; e.g. {proposal.unmatched[0].reason if proposal.unmatched else '-'}"
    )


if __name__ == "__main__":
    main()
