""" "Why not this pair?": the rule that forbids it, or what forcing it costs the whole cohort.

The answer to "why wasn't I paired with X?" is either a hard rule (named in words), or
the best pairing of the whole cohort with that pair forced, beside today's optimum: total
score, mentees matched, and exactly who would move where.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from mentordesk.core.applications.names import Candidate, NameIndex, Outcome
from mentordesk.core.errors import NotFoundError, ValidationError
from mentordesk.core.matching.outcome import (
    Move,
    Objective,
    Pairing,
    best_with,
    kept_pairing,
    moves_between,
    objective,
)
from mentordesk.core.matching.scoring import Profile
from mentordesk.core.matching.solver import MatchProblem, forbidden_text
from mentordesk.core.sentences import Figure, Sentence


@dataclass(frozen=True)
class WhyNot:
    """A pair's answer: forbidden (the rule), or today's optimum beside the best with the pair."""

    mentee_id: int
    mentor_id: int
    mentee: str
    mentor: str
    mentee_email: str
    mentor_email: str
    forbidden: str | None
    score: float  # the pair's own score
    optimum: Objective
    forced: Objective | None  # None when forbidden
    moves: list[Move] = field(default_factory=list)
    paired_today: bool = False  # the optimum already pairs them

    @property
    def cost(self) -> float:
        return self.optimum.total - self.forced.total if self.forced else 0.0

    @property
    def fewer_matched(self) -> int:
        return self.optimum.matched - self.forced.matched if self.forced else 0

    def as_json(self) -> dict[str, Any]:
        forced = self.forced
        return {
            "mentee": self.mentee_email,
            "mentor": self.mentor_email,
            "mentee_name": self.mentee,
            "mentor_name": self.mentor,
            "forbidden": self.forbidden,
            "score": round(self.score, 4),
            "paired_in_optimum": self.paired_today,
            "total": round(self.optimum.total, 4),
            "total_forced": round(forced.total, 4) if forced else None,
            "matched": self.optimum.matched,
            "matched_forced": forced.matched if forced else None,
            "cost": round(self.cost, 4) if forced else None,
            "moves": [m.as_json() for m in self.moves],
        }

    def summary(self) -> str:
        """One sentence for a status line or the command line (a Sentence, which the window
        says in its language)."""
        if self.forbidden:
            return Sentence(
                "%1 cannot be paired with %2: %3", (self.mentee, self.mentor, self.forbidden)
            )
        if self.paired_today:
            return Sentence("The optimum already pairs %1 with %2", (self.mentee, self.mentor))
        assert self.forced is not None
        pair = (self.mentee, self.mentor, Figure(self.score, 3), Figure(self.cost, 3))
        if self.fewer_matched == 0:
            return Sentence(
                "Pairing %1 with %2 (score %3) costs the cohort %4 in total score; "
                "%Ln mentee(s) would move",
                pair,
                len(self.moves),
            )
        fewer = Sentence("%Ln mentee(s) fewer matched", (), self.fewer_matched)
        return Sentence(
            "Pairing %1 with %2 (score %3) costs the cohort %4 in total score and %5; "
            "%Ln mentee(s) would move",
            (*pair, fewer),
            len(self.moves),
        )


def _capacity_rule(problem: MatchProblem, i: int, j: int, optimum: Pairing) -> str | None:
    """The kept pairs or capacity that leave no room for the pair, if any."""
    kept = kept_pairing(problem)
    mentee, mentor = problem.mentees[i], problem.mentors[j]
    if i in kept and kept[i] != j:
        other = problem.mentors[kept[i]].name
        return (
            f"{mentee.name}'s pair with {other} is kept (locked, confirmed or under way); "
            "unlock or end it first"
        )
    capacity = int(problem.capacity[j])
    if capacity <= 0:
        return f"{mentor.name} takes no mentees"
    held = sum(1 for k, c in kept.items() if c == j and k != i)
    if held >= capacity:
        return (
            f"{mentor.name}'s {capacity} place{'s are' if capacity != 1 else ' is'} held by "
            "pairs the committee kept (locked, confirmed or under way)"
        )
    return None


def why_not_pair(
    problem: MatchProblem, mentee_id: int, mentor_id: int, optimum: Pairing | None = None
) -> WhyNot:
    """The answer for this mentee and mentor; ``optimum`` is today's (found here if not given)."""
    i = problem.mentee_row.get(mentee_id)
    j = problem.mentor_col.get(mentor_id)
    if i is None:
        raise NotFoundError("This mentee has no active application in the cohort")
    if j is None:
        raise NotFoundError("This mentor has no active application in the cohort")
    mentee, mentor = problem.mentees[i], problem.mentors[j]
    today = optimum if optimum is not None else best_with(problem, {})
    today_value = objective(problem, today)
    code = int(problem.forbidden[i, j])
    rule = forbidden_text(code, mentee, mentor) if code else _capacity_rule(problem, i, j, today)
    answer = WhyNot(
        mentee_id=mentee.id,
        mentor_id=mentor.id,
        mentee=mentee.name,
        mentor=mentor.name,
        mentee_email=mentee.email,
        mentor_email=mentor.email,
        forbidden=rule,
        score=float(problem.table.total[i, j]),
        optimum=today_value,
        forced=None,
    )
    if rule:
        return answer
    if today.get(i) == j:
        return replace(answer, forced=today_value, paired_today=True)
    forced = best_with(problem, {i: j}, prefer=today)
    return replace(
        answer, forced=objective(problem, forced), moves=moves_between(problem, today, forced)
    )


def find_participant(problem: MatchProblem, text: str, role: str) -> Profile:
    """The mentee or mentor the committee named, by email or by name as people type it."""
    people = problem.mentees if role == "mentee" else problem.mentors
    by_id = {p.id: p for p in people}
    found = NameIndex(Candidate(p.id, p.name, p.email) for p in people).resolve(text)
    if found.candidate is not None:
        return by_id[found.candidate.id]
    if found.outcome is Outcome.AMBIGUOUS:
        emails = ", ".join(c.email for c in found.rivals)
        raise ValidationError(
            f"{text.strip()!r} could be several {role}s; give the email ({emails})"
        )
    raise NotFoundError(
        f"No {role} called {text.strip()!r} among the cohort's active applications "
        "(give a name or email)"
    )
