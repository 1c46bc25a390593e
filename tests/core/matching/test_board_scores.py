"""The board scores a mentee's column when asked, and it equals the whole matrix's."""

from __future__ import annotations

import pytest

from mentordesk.core.matching.board_scores import BoardScores
from mentordesk.core.matching.solver import load_problem, problem_of, read_cohort
from mentordesk.core.storage.database import Database
from mentordesk.core.storage.models import Exclusion
from tests.factories import make_application, make_cohort


def test_a_mentees_column_equals_the_whole_matrix_scores_rules_and_requests(db: Database) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s, preset="credential")
        mentors = [
            make_application(
                s,
                cohort,
                "mentor",
                first_name=f,
                last_name="Sørensen",
                credentials="CCM",
                expertise=e,
            )
            for f, e in (
                ("Ingrid", "claims, scheduling"),
                ("Harold", "cost management"),
                ("Nora", "safety"),
            )
        ]
        make_application(s, cohort, "mentor", first_name="Pat", credentials="")  # not eligible
        mentees = [
            make_application(s, cohort, "mentee", interests=i, requested_mentor=r)
            for i, r in (
                ("claims", "Sorensen, Ingrid"),
                ("safety", ""),
                ("cost management", "Harold Sorensen"),
            )
        ]
        s.add(Exclusion(cohort_id=cohort.id, mentor_id=mentors[2].id, mentee_id=mentees[1].id))
        s.flush()
        inputs = read_cohort(s, cohort.id)
        whole = load_problem(s, cohort.id)
    scores = BoardScores(inputs)
    assert not scores.has_problem
    for i, mentee in enumerate(whole.mentees):
        for j, mentor in enumerate(whole.mentors):
            assert scores.score(mentee.id, mentor.id) == pytest.approx(whole.table.total[i, j])
            assert scores.rule_broken(mentee.id, mentor.id) == whole.rule_broken(
                mentee.id, mentor.id
            )
            assert scores.requested(mentee.id, mentor.id) == bool(whole.table.requested[i, j])
            assert [c.reason for c in scores.explain(mentee.id, mentor.id)] == [
                c.reason for c in whole.table.explain(i, j)
            ]
    assert not scores.has_problem  # answering pairs never built the whole matrix
    built = problem_of(inputs)
    assert (built.table.total == whole.table.total).all()
    assert (built.allowed == whole.allowed).all()
    assert built.kept == whole.kept
