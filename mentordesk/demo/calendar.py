"""The demo's living calendar: a planned year per cohort with attendance and meeting logs, some pairs behind.

Deterministic (seeded by the cohort's name) and built from whatever active pairs the
demo has, so it works before and after the demo gets its pairings. Events up to
``DEMO_TODAY`` count as held: attendance is marked and meetings are logged up to then.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentordesk.core.calendar.attendance import attendance_sheet, log_meeting, mark_attendance
from mentordesk.core.calendar.events import (
    EventDraft,
    cohort_pairs,
    create_event,
    list_events,
    plan_year,
    recurrence_rule,
    suggest_year_plan,
)
from mentordesk.core.programs.cohorts import get_cohort
from mentordesk.core.storage.models import (
    AttendanceStatus,
    Audience,
    Event,
    EventKind,
    MeetingFormat,
    Role,
)

#: The demo's "now": events before it were held, meetings before it were logged.
DEMO_TODAY = date(2026, 11, 20)

_FORMATS = (MeetingFormat.VIDEO, MeetingFormat.VIDEO, MeetingFormat.PHONE, MeetingFormat.IN_PERSON)


def add_demo_calendar(session: Session, cohort_id: int, *, today: date = DEMO_TODAY) -> int:
    """Plan the cohort's year and fill in what happened until ``today``; returns the events made."""
    cohort = get_cohort(session, cohort_id)
    if session.scalar(select(Event.id).where(Event.cohort_id == cohort_id).limit(1)):
        return 0  # already has a calendar: leave the committee's own work alone
    rng = random.Random(f"mentordesk-calendar:{cohort.name}")
    plan = suggest_year_plan(session, cohort_id)
    location = "Zoom: https://example.org/j/mentoring" if rng.random() < 0.5 else "Room 2010"
    result = plan_year(
        session,
        cohort_id,
        orientation=plan.orientation,
        workshop_dates=plan.workshops,
        closeout=plan.closeout,
        committee_call=plan.committee_call,
        location=location,
    )
    created = result.total
    pairs = cohort_pairs(session, cohort_id)

    # A few pairs keep a standing meeting: every second Tuesday at lunch.
    for pair in pairs[:3]:
        first = cohort.start_date + timedelta(days=14)
        while first.weekday() != 1:
            first += timedelta(days=1)
        start = datetime.combine(first, time(12, 15))
        created += len(
            create_event(
                session,
                cohort_id,
                EventDraft(
                    title=f"Standing meeting: {pair.label}",
                    start=start,
                    end=start + timedelta(minutes=45),
                    timezone=cohort.timezone,
                    kind=EventKind.PAIR_MEETING,
                    audience=Audience.PAIR,
                    pairing_id=pair.id,
                    location="Video call",
                    recurrence=recurrence_rule("WEEKLY", interval=2, weekday=1, count=8),
                ),
            )
        )

    # Attendance at the orientation and workshops already held.
    for event in list_events(session, cohort_id, kinds=[EventKind.ORIENTATION, EventKind.WORKSHOP]):
        if event.day > today:
            continue
        sheet = attendance_sheet(session, event.id)
        marks: dict[int, AttendanceStatus | None] = {}
        for row in sheet.rows:
            chance = 0.85 if row.role is Role.MENTEE else 0.6
            roll = rng.random()
            if roll < chance:
                marks[row.application_id] = AttendanceStatus.PRESENT
            elif roll < chance + 0.08:
                marks[row.application_id] = AttendanceStatus.EXCUSED
            else:
                marks[row.application_id] = AttendanceStatus.ABSENT
        mark_attendance(session, event.id, marks)

    # Meeting logs: most pairs meet about monthly, some rarely, a few not at all (behind the rules).
    initial = {
        e.pairing_id: e for e in list_events(session, cohort_id, kinds=[EventKind.INITIAL_MEETING])
    }
    for pair in pairs:
        habit = rng.random()
        if pair.id in initial and habit < 0.8 and initial[pair.id].day <= today:
            log_meeting(
                session,
                pair.id,
                initial[pair.id].day,
                60,
                MeetingFormat.VIDEO,
                event_id=initial[pair.id].id,
            )
        if habit >= 0.85:
            continue  # never logged a meeting: shows up in "needs attention"
        gap = 30 if habit < 0.65 else 75
        day = cohort.start_date + timedelta(days=rng.randint(5, 20))
        while day <= min(today, cohort.end_date):
            log_meeting(
                session,
                pair.id,
                day,
                rng.choice((45, 60, 60, 75, 90, 120)),
                rng.choice(_FORMATS),
            )
            day += timedelta(days=gap + rng.randint(-6, 6))
    session.flush()
    return created
