"""Someone leaves the year: their pair ends, plans drop them, their partner is looked after."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from mentordesk.core.documents.summary import cohort_summary
from mentordesk.core.errors import ConflictError, ValidationError
from mentordesk.core.matching.withdrawal import withdraw
from mentordesk.core.storage.database import Database
from mentordesk.core.storage.models import (
    Application,
    ApplicationStatus,
    Event,
    PairingEndReason,
    PairingStatus,
)
from tests.factories import make_application, make_cohort, make_event, make_pairing


def _count(summary: object, measure: str) -> tuple[int, int]:
    row = summary.count(measure)  # type: ignore[attr-defined]
    return row.mentees, row.mentors


def test_a_withdrawn_mentee_ends_the_pair_and_is_counted_once(db: Database) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s)
        pair = make_pairing(s, cohort)
        meeting = make_event(
            s, cohort, "pair_meeting", pairing_id=pair.id, starts_at=datetime(2027, 3, 1, 17)
        )
        past = make_event(
            s, cohort, "pair_meeting", pairing_id=pair.id, starts_at=datetime(2026, 9, 20, 17)
        )
        assert _count(cohort_summary(s, cohort.id), "Matched") == (1, 1)
        done = withdraw(s, pair.mentee_id, "took a job abroad", on=date(2026, 12, 1))
        assert pair.status is PairingStatus.ENDED
        assert pair.end_reason is PairingEndReason.RESIGNATION
        assert pair.ended_on == date(2026, 12, 1) and pair.end_note == "took a job abroad"
        assert s.get(Event, meeting.id).cancelled  # type: ignore[union-attr]
        assert not s.get(Event, past.id).cancelled  # type: ignore[union-attr]
        assert done.cancelled_events == 1 and done.offers == []
        assert pair.mentor.status is ApplicationStatus.ACCEPTED  # free for someone else
        summary = cohort_summary(s, cohort.id)
        assert _count(summary, "Matched") == (0, 0)
        assert _count(summary, "Withdrawn") == (1, 0)


def test_a_mentee_whose_mentor_withdraws_is_offered_the_best_free_mentor(db: Database) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s)
        leaving = make_application(s, cohort, "mentor", expertise="grants")
        make_application(s, cohort, "mentor", expertise="budgets")
        grants = make_application(s, cohort, "mentor", expertise="grants writing")
        mentee = make_application(s, cohort, interests="grants")
        make_pairing(s, cohort, mentor=leaving, mentee=mentee)
        done = withdraw(s, leaving.id, "retired")
        [offer] = done.offers
        assert (offer.mentee_id, offer.mentor_id) == (mentee.id, grants.id)
        assert "can be paired with" in offer.describe()
        assert mentee.status is ApplicationStatus.ACCEPTED
        assert leaving.status is ApplicationStatus.WITHDRAWN


def test_with_no_free_mentor_the_staff_program_offers_the_waitlist(db: Database) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s, preset="staff")
        pair = make_pairing(s, cohort)
        [offer] = withdraw(s, pair.mentor_id, "left HSC").offers
        assert offer.mentor_id is None and offer.waitlist
        assert "waitlist" in offer.describe()


def test_a_withdrawal_needs_a_reason_and_happens_once(db: Database) -> None:
    with db.transaction() as s:
        app: Application = make_application(s, make_cohort(s))
        with pytest.raises(ValidationError, match="reason"):
            withdraw(s, app.id, "  ")
        withdraw(s, app.id, "no time")
        with pytest.raises(ConflictError, match="already withdrawn"):
            withdraw(s, app.id, "again")
