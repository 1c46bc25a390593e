"""Progress against the rules per pair and term, and the "needs attention" list."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from mentordesk.core.calendar.attendance import attendance_sheet, log_meeting, mark_attendance
from mentordesk.core.calendar.events import list_events, plan_year
from mentordesk.core.calendar.progress import year_progress
from mentordesk.core.storage.database import Database
from mentordesk.core.storage.models import AttendanceStatus, EventKind, PairingStatus
from tests.factories import make_active_pair, make_cohort

START, END = date(2026, 9, 1), date(2027, 6, 30)  # terms: Sep–mid-Jan, mid-Jan–June


def test_a_pair_that_met_in_the_first_term_is_on_track_and_one_that_did_not_needs_attention(
    db: Database,
) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s, preset="association", start=START, end=END)
        met, silent = make_active_pair(s, cohort), make_active_pair(s, cohort)
        log_meeting(s, met.id, date(2026, 8, 25), 60, "phone")  # initial call before the start
        log_meeting(s, met.id, date(2026, 11, 3), 45, "video")
        progress = year_progress(s, cohort.id, today=date(2027, 2, 1))
    by_pair = {p.pair.id: p for p in progress.pairs}
    first, second = by_pair[met.id].terms
    assert (first.held, first.required, first.state) == (2, 1, "done")
    assert (second.held, second.state) == (0, "open")
    assert by_pair[met.id].initial_meeting is True
    assert by_pair[silent.id].terms[0].state == "behind"
    reasons = {(a.pairing_id, a.topic) for a in progress.attention}
    assert reasons == {(silent.id, "meetings"), (silent.id, "initial_meeting")}
    meetings = next(a for a in progress.attention if a.topic == "meetings")
    assert "0 of 1 meeting(s) logged in Fall 2026" in meetings.reason


def test_a_term_ending_soon_without_a_meeting_is_flagged_before_it_is_too_late(
    db: Database,
) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s, preset="association", start=START, end=END)
        make_active_pair(s, cohort)
        term_end = cohort.terms[0].end_date
        progress = year_progress(s, cohort.id, today=term_end - timedelta(days=10))
    assert progress.pairs[0].terms[0].state == "due"
    assert any("ends on" in a.reason and "10 days" in a.reason for a in progress.attention)


def test_staff_mentee_who_can_no_longer_reach_three_workshops_needs_attention(
    db: Database,
) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s, preset="staff", start=START, end=END)
        keen, absent = make_active_pair(s, cohort), make_active_pair(s, cohort)
        plan_year(
            s,
            cohort.id,
            workshop_dates=[date(2026, 10, 7) + timedelta(weeks=5 * n) for n in range(6)],
        )
        workshops = list_events(s, cohort.id, kinds=[EventKind.WORKSHOP])
        for w in workshops[:4]:
            mark_attendance(
                s,
                w.id,
                {
                    keen.mentee_id: AttendanceStatus.PRESENT,
                    absent.mentee_id: AttendanceStatus.ABSENT,
                },
            )
        after_four = workshops[3].day + timedelta(days=1)
        progress = year_progress(s, cohort.id, today=after_four)
    by_pair = {p.pair.id: p for p in progress.pairs}
    assert (by_pair[keen.id].workshops_attended, by_pair[keen.id].workshops_left) == (4, 2)
    assert by_pair[absent.id].workshops_attended == 0
    topics = {(a.pairing_id, a.topic) for a in progress.attention}
    assert (absent.id, "workshops") in topics and (keen.id, "workshops") not in topics


def test_hours_count_meetings_and_events_attended_against_the_monthly_rule(db: Database) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s, preset="staff", start=START, end=END)
        pair = make_active_pair(s, cohort)
        plan_year(
            s,
            cohort.id,
            workshop_dates=[date(2026, 10, 7) + timedelta(weeks=5 * n) for n in range(6)],
        )
        orientation = list_events(s, cohort.id, kinds=[EventKind.ORIENTATION])[0]
        mark_attendance(
            s,
            orientation.id,
            {pair.mentee_id: AttendanceStatus.PRESENT, pair.mentor_id: AttendanceStatus.ABSENT},
        )
        for month in (9, 10):
            log_meeting(s, pair.id, date(2026, month, 20), 90, "in_person")
        progress = year_progress(s, cohort.id, today=date(2026, 11, 1))
    p = progress.pairs[0]
    assert p.mentee_hours.months == 2
    assert p.mentee_hours.hours == 3 + 2  # two meetings of 90 minutes, the 2-hour orientation
    assert p.mentee_hours.expected_min == 4 and not p.mentee_hours.behind
    assert p.mentor_hours.hours == 3 and p.mentor_hours.expected_min == 2
    assert p.orientation == {"mentee": True, "mentor": False}
    assert [a.topic for a in progress.attention] == ["orientation"]
    assert "was absent from the mandatory orientation" in progress.attention[0].reason


def test_a_mentee_far_behind_the_hours_is_named_with_the_numbers(db: Database) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s, preset="staff", start=START, end=END)
        pair = make_active_pair(s, cohort)
        log_meeting(s, pair.id, date(2026, 9, 20), 60, "video")
        progress = year_progress(s, cohort.id, today=date(2026, 12, 5))
    hours = [a.reason for a in progress.attention if a.topic == "hours"]
    assert hours[0].startswith("Mentee") and "1 h in 3 month(s)" in hours[0]
    assert "at least 6 h by now" in hours[0]


def test_an_ended_pair_no_longer_needs_attention(db: Database) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s, preset="association", start=START, end=END)
        make_active_pair(s, cohort, status=PairingStatus.ENDED, ended_on=date(2026, 10, 1))
        progress = year_progress(s, cohort.id, today=date(2027, 3, 1))
    assert progress.pairs == [] and progress.attention == []


def test_attendance_checklist_counts_follow_marks(db: Database) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s, preset="staff", start=START, end=END)
        pair = make_active_pair(s, cohort)
        plan_year(
            s,
            cohort.id,
            orientation=datetime(2026, 9, 2, 9),
            workshop_dates=[date(2026, 10, 7) + timedelta(weeks=5 * n) for n in range(6)],
        )
        orientation = list_events(s, cohort.id, kinds=[EventKind.ORIENTATION])[0]
        assert orientation.start.hour == 9
        mark_attendance(s, orientation.id, {pair.mentee_id: AttendanceStatus.PRESENT})
        assert attendance_sheet(s, orientation.id).counts["present"] == 1
