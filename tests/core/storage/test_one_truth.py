"""The year's invariants hold in the database itself, on SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, text

from mentordesk.core.applications.records import set_statuses
from mentordesk.core.errors import ConflictError
from mentordesk.core.storage.database import Database
from mentordesk.core.storage.models import (
    Application,
    ApplicationStatus,
    Pairing,
    PairingEndReason,
    PairingStatus,
)
from tests.factories import make_application, make_cohort, make_pairing


def test_a_mentee_cannot_have_two_active_pairs_even_by_hand_written_sql(
    any_db: Database,
) -> None:
    with any_db.transaction() as s:
        cohort = make_cohort(s)
        pair = make_pairing(s, cohort)
        other = make_application(s, cohort, "mentor")
        ids = (cohort.id, other.id, pair.mentee_id)
    with pytest.raises(ConflictError) as caught, any_db.transaction() as s:
        s.execute(
            text(
                "INSERT INTO pairing (cohort_id, mentor_id, mentee_id, status, locked, "
                "confirmed, created_at, version) VALUES (:c, :r, :e, 'active', false, false, "
                "CURRENT_TIMESTAMP, 1)"
            ),
            {"c": ids[0], "r": ids[1], "e": ids[2]},
        )
    assert "\n" not in caught.value.message
    with any_db.reading() as s:
        assert s.scalar(select(Pairing.mentor_id).where(Pairing.mentee_id == ids[2])) == (
            pair.mentor_id
        )


def test_an_ended_pair_and_a_new_one_live_side_by_side(any_db: Database) -> None:
    with any_db.transaction() as s:
        cohort = make_cohort(s)
        mentee = make_application(s, cohort)
        make_pairing(s, cohort, mentee=mentee, status="ended")
        make_pairing(s, cohort, mentee=mentee)
        assert mentee.status is ApplicationStatus.MATCHED


def test_an_application_is_matched_while_paired_and_accepted_again_when_the_pair_ends(
    any_db: Database,
) -> None:
    with any_db.transaction() as s:
        cohort = make_cohort(s)
        mentor = make_application(s, cohort, "mentor", capacity="2")
        mentee = make_application(s, cohort)
        assert mentee.status is ApplicationStatus.SUBMITTED
        pair = make_pairing(s, cohort, mentor=mentor, mentee=mentee)
        mentee_id, mentor_id, pair_id = mentee.id, mentor.id, pair.id
    with any_db.reading() as s:
        statuses = dict(s.execute(select(Application.id, Application.status)).all())
    assert statuses[mentee_id] == statuses[mentor_id] == ApplicationStatus.MATCHED
    with any_db.transaction() as s:
        pair = s.get(Pairing, pair_id)
        assert pair is not None
        pair.status = PairingStatus.COMPLETED
    with any_db.reading() as s:
        statuses = dict(s.execute(select(Application.id, Application.status)).all())
    assert statuses[mentee_id] == ApplicationStatus.COMPLETED


def test_set_status_withdrawn_on_a_paired_mentee_ends_the_pair(any_db: Database) -> None:
    """Whatever path withdraws someone, no active pair is left behind (the bug of #23)."""
    with any_db.transaction() as s:
        cohort = make_cohort(s)
        pair = make_pairing(s, cohort)
        mentee_id, mentor_id, pair_id = pair.mentee_id, pair.mentor_id, pair.id
    with any_db.transaction() as s:
        set_statuses(s, [mentee_id], ApplicationStatus.WITHDRAWN, "moved away")
    with any_db.reading() as s:
        pair = s.get(Pairing, pair_id)
        mentor = s.get(Application, mentor_id)
        assert pair is not None and mentor is not None
        assert pair.status is PairingStatus.ENDED
        assert pair.end_reason is PairingEndReason.RESIGNATION
        assert pair.end_note == "moved away" and pair.ended_on == date.today()
        assert mentor.status is ApplicationStatus.ACCEPTED


def test_every_change_raises_the_records_version(any_db: Database) -> None:
    with any_db.transaction() as s:
        app = make_application(s, make_cohort(s))
        app_id = app.id
    with any_db.reading() as s:
        assert s.get(Application, app_id).version == 1  # type: ignore[union-attr]
    with any_db.transaction() as s:
        s.get(Application, app_id).department = "Nursing"  # type: ignore[union-attr]
    with any_db.reading() as s:
        assert s.get(Application, app_id).version == 2  # type: ignore[union-attr]
