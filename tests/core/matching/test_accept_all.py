"""Accepting a whole suggestion is one bulk change that records exactly what pairing the same
people one pair at a time records: each pair, each status that follows it, each version."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from mentordesk.core.applications.records import add_application, set_statuses
from mentordesk.core.errors import CohortClosedError, RuleViolation
from mentordesk.core.matching.pairs import (
    apply_proposal,
    change_board,
    move_mentee,
    set_pair_flags,
)
from mentordesk.core.matching.solver import propose_pairing
from mentordesk.core.programs.cohorts import create_cohort, create_program
from mentordesk.core.storage.database import Database
from mentordesk.core.storage.models import (
    Application,
    ApplicationStatus,
    Cohort,
    CohortStatus,
    Event,
    Pairing,
    PairingStatus,
    Person,
)
from tests.factories import (
    make_application,
    make_attendance,
    make_cohort,
    make_draft_pairing,
    make_event,
)
from tests.trail import last_entry, trail

MENTORS, MENTEES = 30, 60  # the staff rules waitlist whoever has no mentor left


def _rollout(db: Database) -> int:
    """The same rollout in every database: mentors taking one or two, mentees (one already
    on the waitlist from an earlier try); the cohort's id."""
    with db.transaction(actor="setup") as s:
        program = create_program(s, "Staff mentoring", "staff")
        cohort = create_cohort(s, program, "Rollout 3", date(2026, 9, 1), date(2027, 6, 30))
        common = {
            "organization": "HSC",
            "employment_type": "staff",
            "supervisor_approved": "yes",
            "consent": "yes",
        }
        topics = ["grants", "budgets", "leadership", "research"]
        for i in range(MENTORS):
            add_application(
                s,
                cohort,
                {
                    **common,
                    "email": f"mentor{i}@hsc.org",
                    "first_name": f"Mentor{i}",
                    "role": "mentor",
                    "capacity": str(1 + i % 2),
                    "expertise": topics[i % 4],
                    "submitted_at": "2026-05-01 09:00",
                },
            )
        ids = []
        for i in range(MENTEES):
            ids.append(
                add_application(
                    s,
                    cohort,
                    {
                        **common,
                        "email": f"mentee{i}@hsc.org",
                        "first_name": f"Mentee{i}",
                        "role": "mentee",
                        "interests": topics[(i * 3) % 4],
                        "submitted_at": "2026-05-02 09:00",
                    },
                ).id
            )
        set_statuses(s, ids[:1], ApplicationStatus.WAITLISTED, "No mentor in the first try")
        return cohort.id


def _pair_one_at_a_time(db: Database, cohort_id: int, pairs: list[tuple[str, str]]) -> None:
    """The reference: every pair an object the session writes, then the waitlist, as the
    board wrote a suggestion before it was one bulk change."""
    with db.transaction(actor="Marie", note="accept all") as s:
        by_email = {
            (email, role): app_id
            for app_id, email, role in s.execute(
                select(Application.id, Person.email, Application.role).join(Person)
            )
        }
        proposal = propose_pairing(s, cohort_id)
        scored = {(p.mentee_id, p.mentor_id): p for p in proposal.pairs}
        waiting = set(
            s.scalars(
                select(Application.id).where(Application.status == ApplicationStatus.WAITLISTED)
            )
        )
        for mentee, mentor in pairs:
            mentee_id, mentor_id = by_email[(mentee, "mentee")], by_email[(mentor, "mentor")]
            found = scored[(mentee_id, mentor_id)]
            s.add(
                Pairing(
                    cohort_id=cohort_id,
                    mentee_id=mentee_id,
                    mentor_id=mentor_id,
                    locked=False,
                    confirmed=False,
                    score=found.score,
                    score_components=found.components,
                )
            )
        s.flush()  # the pairs; their statuses follow on the next flush
        s.flush()
        for pair in proposal.pairs:
            if pair.mentee_id in waiting:  # a mentor after all: accepted, then matched again
                set_statuses(s, [pair.mentee_id], ApplicationStatus.ACCEPTED)
        for unmatched in proposal.unmatched:
            if unmatched.eligible:
                set_statuses(
                    s, [unmatched.mentee_id], ApplicationStatus.WAITLISTED, unmatched.reason
                )
        s.flush()


def _pairs(db: Database) -> list[tuple[str, str]]:
    with db.reading() as s:
        mentee, mentor = Application.__table__.alias(), Application.__table__.alias()
        mentee_person, mentor_person = Person.__table__.alias(), Person.__table__.alias()
        return sorted(
            s.execute(
                select(mentee_person.c.email, mentor_person.c.email)
                .select_from(Pairing)
                .join(mentee, Pairing.mentee_id == mentee.c.id)
                .join(mentor, Pairing.mentor_id == mentor.c.id)
                .join(mentee_person, mentee.c.person_id == mentee_person.c.id)
                .join(mentor_person, mentor.c.person_id == mentor_person.c.id)
                .where(Pairing.status == PairingStatus.ACTIVE)
            ).all()
        )


def _statuses(db: Database) -> list[tuple[str, str, str, str | None, int]]:
    with db.reading() as s:
        return sorted(
            s.execute(
                select(
                    Person.email,
                    Application.role,
                    Application.status,
                    Application.status_reason,
                    Application.version,
                ).join(Person)
            ).all()
        )


def test_accept_all_records_what_pairing_one_at_a_time_records(
    any_db: Database, tmp_path: Path
) -> None:
    cohort_id = _rollout(any_db)
    before = last_entry(any_db)
    with any_db.reading() as s:
        proposal = propose_pairing(s, cohort_id)
    with any_db.transaction(actor="Marie", note="accept all") as s:
        result = apply_proposal(s, proposal)
    pairs = _pairs(any_db)
    assert result.added == len(pairs) == 45  # every place a mentor offers
    assert result.waitlisted == MENTEES - 45
    got = trail(any_db, before)

    reference = Database(tmp_path / "one_at_a_time.db")
    reference_cohort = _rollout(reference)
    reference_before = last_entry(reference)
    _pair_one_at_a_time(reference, reference_cohort, pairs)
    expected = trail(reference, reference_before)
    assert _pairs(reference) == pairs
    assert _statuses(reference) == _statuses(any_db)
    reference.close()

    # The same entries, each with the same values (the session wrote them in its own order).
    assert sorted(map(repr, got)) == sorted(map(repr, expected))
    assert sum(1 for e in got if e[4] == "pairing") == 45
    # Every application's versions run on without a gap: no change went unrecorded.
    with any_db.reading() as s:
        versions = dict(s.execute(select(Application.id, Application.version)).all())
    assert all(v >= 2 for v in versions.values())  # each was matched or waitlisted once


def test_accept_all_and_its_undo_leave_the_rollout_as_it_was(any_db: Database) -> None:
    cohort_id = _rollout(any_db)
    start = _statuses(any_db)
    with any_db.reading() as s:
        proposal = propose_pairing(s, cohort_id)
    with any_db.transaction() as s:
        undo = apply_proposal(s, proposal).undo
    paired = {email for pair in _pairs(any_db) for email in pair}
    with any_db.transaction() as s:
        change_board(s, cohort_id, undo)
    assert _pairs(any_db) == []
    with any_db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Pairing)) == 0
    # The waitlist is as it was; whoever was paired is accepted, as after any pair that
    # ends before it started; versions went on (each change and its undo is saved).
    before = {(email, role): (status, reason) for email, role, status, reason, _v in start}
    for email, role, status, reason, version in _statuses(any_db):
        was = before[(email, role)]
        if email in paired and was[0] is not ApplicationStatus.WAITLISTED:
            assert status is ApplicationStatus.ACCEPTED, email
        else:
            assert (status, reason) == was, email
        assert version > 1


def test_accept_all_in_a_closed_cohort_is_refused_and_writes_nothing(db: Database) -> None:
    cohort_id = _rollout(db)
    with db.reading() as s:
        proposal = propose_pairing(s, cohort_id)
    with db.transaction() as s:
        s.get_one(Cohort, cohort_id).status = CohortStatus.CLOSED
    before = last_entry(db)
    with pytest.raises(CohortClosedError), db.transaction() as s:
        apply_proposal(s, proposal)
    assert _pairs(db) == [] and last_entry(db) == before


def test_a_pair_taken_apart_takes_its_planned_meetings_and_each_deletion_is_recorded(
    db: Database,
) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s, preset="staff")
        mentor, mentee = make_application(s, cohort, "mentor"), make_application(s, cohort)
        pairing = make_draft_pairing(s, mentor, mentee)
        planned = make_event(s, cohort, "pair_meeting", pairing_id=pairing.id)
        ids = cohort.id, mentee.id, pairing.id, planned.id
    cohort_id, mentee_id, pairing_id, event_id = ids
    before = last_entry(db)
    with db.transaction(actor="Marie") as s:
        move_mentee(s, cohort_id, mentee_id, None)
    with db.reading() as s:
        assert s.get(Pairing, pairing_id) is None and s.get(Event, event_id) is None
        status = s.get_one(Application, mentee_id).status
    assert status is ApplicationStatus.ACCEPTED  # matched while paired, in the program still
    entries = trail(db, before)
    assert [(e[4], e[3]) for e in entries] == [
        ("event", "delete"),
        ("pairing", "delete"),
        ("application", "update"),  # both sides: matched -> accepted
        ("application", "update"),
    ]
    assert ("status", "matched", "accepted") in entries[2][7]


def test_a_pair_with_attendance_on_record_is_ended_not_taken_apart(db: Database) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s, preset="staff")
        mentor, mentee = make_application(s, cohort, "mentor"), make_application(s, cohort)
        pairing = make_draft_pairing(s, mentor, mentee)
        met = make_event(s, cohort, "pair_meeting", pairing_id=pairing.id)
        make_attendance(s, met, mentee)
        cohort_id, mentee_id = cohort.id, mentee.id
    before = last_entry(db)
    with pytest.raises(RuleViolation, match="end the pairing instead"), db.transaction() as s:
        move_mentee(s, cohort_id, mentee_id, None)
    assert last_entry(db) == before


def test_accept_all_undoes_after_the_desks_own_later_steps_and_redo_brings_back_the_same_pairs(
    any_db: Database,
) -> None:
    cohort_id = _rollout(any_db)
    with any_db.reading() as s:
        proposal = propose_pairing(s, cohort_id)
    with any_db.transaction() as s:
        undo_accept = apply_proposal(s, proposal).undo
    with any_db.reading() as s:
        made = dict(s.execute(select(Pairing.mentee_id, Pairing.id)).all())
    # The committee locks a pair, then takes the lock back: the pair's version moved on,
    # but it is still the pair the accept made, so the accept can be undone.
    one = min(made)
    with any_db.transaction() as s:
        undo_lock = set_pair_flags(s, cohort_id, [one], locked=True)
    with any_db.transaction() as s:
        change_board(s, cohort_id, undo_lock)
    with any_db.transaction() as s:
        redo_accept = change_board(s, cohort_id, undo_accept)
    assert _pairs(any_db) == []
    with any_db.transaction() as s:
        change_board(s, cohort_id, redo_accept)
    with any_db.reading() as s:
        again = dict(s.execute(select(Pairing.mentee_id, Pairing.id)).all())
    assert again == made  # the very pairs, under their own ids: their history runs on
