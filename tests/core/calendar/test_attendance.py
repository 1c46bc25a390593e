"""Attendance checklists per event and the pairs' meeting logs."""

from __future__ import annotations

from dataclasses import fields
from datetime import date, datetime

import pytest

from mentordesk.core.applications.records import withdraw_application
from mentordesk.core.calendar.attendance import (
    MeetingLogRow,
    attendance_sheet,
    log_meeting,
    mark_attendance,
    meeting_logs,
)
from mentordesk.core.calendar.events import EventDraft, cancel_event, create_event
from mentordesk.core.errors import ValidationError
from mentordesk.core.storage.database import Database
from mentordesk.core.storage.models import AttendanceStatus, Audience, EventKind, Role
from tests.factories import make_active_pair, make_application, make_cohort


def _event(s, cohort, audience=Audience.EVERYONE, **extra):  # type: ignore[no-untyped-def]
    (event,) = create_event(
        s,
        cohort.id,
        EventDraft(
            title="Orientation",
            start=datetime(2026, 9, 2, 10),
            end=datetime(2026, 9, 2, 12),
            timezone="UTC",
            kind=extra.pop("kind", EventKind.ORIENTATION),
            audience=audience,
            **extra,
        ),
    )
    return event


def test_orientation_checklist_expects_every_mentor_and_mentee_in_a_pair(db: Database) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s, preset="staff")
        pairs = [make_active_pair(s, cohort) for _ in range(3)]
        make_application(s, cohort, "mentee")  # applied, never paired: not expected
        sheet = attendance_sheet(s, _event(s, cohort).id)
    expected = {p.mentor_id for p in pairs} | {p.mentee_id for p in pairs}
    assert {r.application_id for r in sheet.rows} == expected
    assert [r.role for r in sheet.rows[:3]] == [Role.MENTEE] * 3  # mentees listed first
    assert sheet.counts == {"expected": 6, "unmarked": 6, "present": 0, "absent": 0, "excused": 0}


def test_a_mentees_workshop_expects_only_mentees_and_a_pair_meeting_only_the_pair(
    db: Database,
) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s)
        pair, _other = make_active_pair(s, cohort), make_active_pair(s, cohort)
        mentees = attendance_sheet(
            s, _event(s, cohort, Audience.MENTEES, kind=EventKind.WORKSHOP).id
        )
        meeting = _event(s, cohort, Audience.PAIR, kind=EventKind.PAIR_MEETING, pairing_id=pair.id)
        pair_sheet = attendance_sheet(s, meeting.id)
    assert {r.role for r in mentees.rows} == {Role.MENTEE} and len(mentees.rows) == 2
    assert {r.application_id for r in pair_sheet.rows} == {pair.mentor_id, pair.mentee_id}


def test_marking_attendance_counts_present_absent_and_excused(db: Database) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s)
        pairs = [make_active_pair(s, cohort) for _ in range(2)]
        event = _event(s, cohort)
        marks = {
            pairs[0].mentee_id: AttendanceStatus.PRESENT,
            pairs[0].mentor_id: AttendanceStatus.PRESENT,
            pairs[1].mentee_id: AttendanceStatus.EXCUSED,
            pairs[1].mentor_id: AttendanceStatus.ABSENT,
        }
        mark_attendance(s, event.id, marks)
        sheet = mark_attendance(s, event.id, {pairs[1].mentor_id: None})  # unmark a mistake
    assert sheet.counts == {"expected": 4, "unmarked": 1, "present": 2, "absent": 0, "excused": 1}


def test_someone_not_invited_cannot_be_marked_present(db: Database) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s)
        pair, other = make_active_pair(s, cohort), make_active_pair(s, cohort)
        meeting = _event(s, cohort, Audience.PAIR, kind=EventKind.PAIR_MEETING, pairing_id=pair.id)
        with pytest.raises(ValidationError, match="not expected"):
            mark_attendance(s, meeting.id, {other.mentee_id: AttendanceStatus.PRESENT})


def test_a_meeting_log_keeps_only_when_how_long_and_how(db: Database) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s)
        pair = make_active_pair(s, cohort)
        log_meeting(s, pair.id, date(2026, 9, 15), 45, "video")
        log_meeting(s, pair.id, date(2026, 9, 1), 60, "in_person")
        logs = meeting_logs(s, pairing_id=pair.id)
        assert meeting_logs(s, cohort_id=cohort.id) == logs
    assert [(r.met_on, r.duration_minutes, r.format.value) for r in logs] == [
        (date(2026, 9, 1), 60, "in_person"),
        (date(2026, 9, 15), 45, "video"),
    ]
    # Confidentiality: there is nowhere to write what was said.
    assert {f.name for f in fields(MeetingLogRow)} == {
        "id",
        "pairing_id",
        "pair_label",
        "met_on",
        "duration_minutes",
        "format",
        "event_id",
    }


@pytest.mark.parametrize(("minutes", "fmt"), [(0, "video"), (13 * 60, "video"), (30, "pigeon")])
def test_a_meeting_log_that_makes_no_sense_is_refused(db: Database, minutes: int, fmt: str) -> None:
    with db.transaction() as s:
        pair = make_active_pair(s, make_cohort(s))
        with pytest.raises(ValidationError):
            log_meeting(s, pair.id, date(2026, 9, 15), minutes, fmt)


def test_ticking_an_event_another_desk_cancelled_says_who_cancelled_it(db: Database) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s)
        person = make_application(s, cohort, status="accepted").id
        event_id = _event(s, cohort).id
    with db.transaction(actor="marie") as s:
        cancel_event(s, event_id)

    with pytest.raises(ValidationError) as refused, db.transaction() as s:
        mark_attendance(s, event_id, {person: AttendanceStatus.PRESENT}, expected={person: None})

    assert refused.value.message.startswith("'Orientation' was cancelled (by marie on ")
    assert refused.value.message.endswith("); nobody can attend it")


def test_ticking_someone_withdrawn_meanwhile_says_so_and_who_withdrew_them(db: Database) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s)
        person = make_application(s, cohort, status="accepted", first_name="Ada").id
        event_id = _event(s, cohort).id
    with db.transaction(actor="marie") as s:  # `mentordesk withdraw` beside the window
        withdraw_application(s, person, "Moved away")

    with pytest.raises(ValidationError) as refused, db.transaction() as s:
        mark_attendance(s, event_id, {person: AttendanceStatus.PRESENT}, expected={person: None})

    assert " is not expected at 'Orientation' (withdrawn now, by marie on " in refused.value.message
