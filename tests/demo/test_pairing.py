"""The demo opens on a living board: pairs applied by the optimizer, some confirmed, locked, signed."""

from __future__ import annotations

from mentordesk.core.matching.pairs import board_state
from mentordesk.core.matching.solver import Forbidden, load_problem
from mentordesk.core.programs.cohorts import cohort_overviews
from mentordesk.core.storage.database import Database
from mentordesk.demo.cohorts import build_demo


def test_demo_cohorts_are_paired_by_the_rules(db: Database) -> None:
    with db.transaction() as s:
        build_demo(s)
    with db.reading() as s:
        for overview in cohort_overviews(s):
            board = board_state(s, overview.id)
            problem = load_problem(s, overview.id)
            assert board.pairs, overview.name
            assert any(p.locked for p in board.pairs)
            assert any(p.confirmed for p in board.pairs)
            assert any(p.agreement_signed_on for p in board.pairs)
            assert any(not p.confirmed for p in board.pairs)  # drafts left to adjust
            for pair in board.pairs:
                i, j = problem.mentee_row[pair.mentee_id], problem.mentor_col[pair.mentor_id]
                assert problem.forbidden_code(i, j) == Forbidden.NONE
            assert all(m.free >= 0 and m.taken <= m.capacity for m in board.mentors)
            # Whoever is left without a mentor is ineligible, or there was no room.
            for mentee in board.unassigned:
                i = problem.mentee_row[mentee.id]
                open_slots = [
                    m.free for m in board.mentors if problem.is_allowed(i, problem.mentor_col[m.id])
                ]
                assert not mentee.eligible or sum(open_slots) == 0
