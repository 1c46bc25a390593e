"""Waitlisted mentees (and mentors who asked to continue) carried into the next cohort."""

from __future__ import annotations

from datetime import date

import pytest

from mentordesk.core.applications.carry_over import (
    add_cohort_carrying_over,
    carry_over,
    carry_over_choice,
    carry_over_sources,
)
from mentordesk.core.errors import ValidationError
from mentordesk.core.storage.database import Database
from mentordesk.core.storage.models import Application, ApplicationStatus
from tests.factories import make_application, make_cohort


def test_waitlisted_mentees_come_with_their_applications_linked_to_the_originals(
    db: Database,
) -> None:
    with db.transaction() as session:
        first = make_cohort(session, preset="staff", name="Rollout 2026")
        waiting = make_application(
            session, first, "mentee", goals="Lead a team", department="Finance"
        )
        waiting.status = ApplicationStatus.WAITLISTED
        make_application(session, first, "mentee")  # paired or not, not waitlisted
        again = make_application(session, first, "mentor", wants_to_continue="yes")
        make_application(session, first, "mentor", wants_to_continue="no")
        session.flush()
        assert carry_over_choice(session, first.id).waitlisted_mentees == 1
        assert carry_over_choice(session, first.id).continuing_mentors == 1
        second = make_cohort(
            session,
            first.program,
            name="Rollout 2027",
            start=date(2027, 9, 1),
            end=date(2028, 5, 1),
        )
        result = carry_over(session, first, second, mentors=True)
        assert (result.mentees, result.mentors, result.already_there) == (1, 1, 0)
        carried = {a.carried_from_id: a for a in second.applications}
        assert set(carried) == {waiting.id, again.id}
        copy = carried[waiting.id]
        assert copy.person_id == waiting.person_id
        assert (copy.goals, copy.department) == ("Lead a team", "Finance")
        assert copy.status is ApplicationStatus.SUBMITTED  # the committee decides again
        # Carrying twice adds nobody twice.
        assert carry_over(session, first, second).already_there == 1
        assert len(session.get(type(second), second.id).applications) == 2  # type: ignore[union-attr]


def test_people_are_carried_only_within_one_program(db: Database) -> None:
    with db.transaction() as session:
        first = make_cohort(session, preset="staff")
        other = make_cohort(session, preset="association")
        with pytest.raises(ValidationError, match="same program"):
            carry_over(session, first, other)
        with pytest.raises(ValidationError, match="into itself"):
            carry_over(session, first, first)
        assert session.query(Application).count() == 0


def test_a_new_cohort_is_offered_the_newest_waitlist_and_carries_it_in_one_go(
    db: Database,
) -> None:
    with db.transaction() as session:
        older = make_cohort(session, preset="staff", name="Rollout 2025", start=date(2025, 9, 1))
        newest = make_cohort(session, older.program, name="Rollout 2026", start=date(2026, 9, 1))
        make_application(session, newest, "mentee").status = ApplicationStatus.WAITLISTED
        session.flush()
        program_id, newest_id = older.program_id, newest.id
    with db.reading() as session:
        sources = carry_over_sources(session, program_id)
    assert [(s.name, s.choice.waitlisted_mentees) for s in sources] == [
        ("Rollout 2026", 1),
        ("Rollout 2025", 0),
    ]
    with db.transaction() as session:
        made = add_cohort_carrying_over(
            session,
            program_id,
            "Rollout 2027",
            date(2027, 9, 1),
            date(2028, 5, 1),
            carry_from=newest_id,
        )
    assert made.carried == "carried 1 waitlisted mentee from 'Rollout 2026'"
    with db.reading() as session:
        assert carry_over_choice(session, made.cohort_id).waitlisted_mentees == 0
        assert len(session.get(type(older), made.cohort_id).applications) == 1  # type: ignore[union-attr]
