"""Pairs stay proposals until the committee publishes them; withdrawn people are never told."""

from __future__ import annotations

import pytest

from mentordesk.core.errors import ConflictError, RuleViolation
from mentordesk.core.matching.pairs import (
    Assignment,
    BoardChange,
    board_pairs,
    change_board,
    set_pair_focus,
)
from mentordesk.core.matching.publishing import active_pairs, publish_pairs
from mentordesk.core.storage.database import Database
from mentordesk.core.storage.models import ApplicationStatus
from tests.factories import make_active_pair, make_application, make_cohort


def test_publish_all_skips_a_pair_with_a_withdrawn_person_and_publishing_twice_tells_no_one_twice(
    db: Database,
) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s)
        first, second = make_active_pair(s, cohort), make_active_pair(s, cohort)
        gone = make_active_pair(s, cohort)
        gone.mentee.status = ApplicationStatus.WITHDRAWN
        cohort_id = cohort.id
        ids = (first.id, second.id, gone.id)
    with db.transaction() as s:
        assert publish_pairs(s, cohort_id) == [ids[0], ids[1]]
    with db.transaction() as s:
        assert publish_pairs(s, cohort_id) == []
        rows = {r.pairing_id: r for r in active_pairs(s, cohort_id)}
    assert rows[ids[0]].published_at is not None and rows[ids[0]].confirmed
    assert ids[2] not in rows  # a withdrawn person is in no active pair: it ended with them
    with pytest.raises(ConflictError, match="has ended"), db.transaction() as s:
        publish_pairs(s, cohort_id, [ids[2]])


def test_a_published_pair_is_not_moved_on_the_board_but_its_focus_can_change(
    db: Database,
) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s)
        pair = make_active_pair(s, cohort)
        other_mentor = make_application(s, cohort, "mentor")
        cohort_id, mentee_id, other_id = cohort.id, pair.mentee_id, other_mentor.id
        publish_pairs(s, cohort_id, [pair.id])
    with pytest.raises(RuleViolation, match="published"), db.transaction() as s:
        change_board(s, cohort_id, BoardChange(assignments={mentee_id: Assignment(other_id)}))
    with db.transaction() as s:
        undo = set_pair_focus(s, cohort_id, mentee_id, "  Caseload   management ")
    with db.reading() as s:
        [row] = board_pairs(s, cohort_id).pairs
    assert (row.emphasis_area, row.published) == ("Caseload management", True)
    with db.transaction() as s:
        change_board(s, cohort_id, undo)
    with db.reading() as s:
        assert board_pairs(s, cohort_id).pairs[0].emphasis_area is None
