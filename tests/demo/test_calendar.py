"""The demo's calendar: a living year built from whatever pairs the demo has, the same every time."""

from __future__ import annotations

from datetime import date

from mentordesk.core.calendar.attendance import meeting_logs
from mentordesk.core.calendar.events import list_events
from mentordesk.core.calendar.progress import year_progress
from mentordesk.core.storage.database import Database
from mentordesk.core.storage.models import Attendance, EventKind
from mentordesk.demo.calendar import DEMO_TODAY, add_demo_calendar
from tests.factories import make_active_pair, make_cohort


def _demo_year(db: Database, preset: str) -> tuple[int, list[str], int, int, int]:
    with db.transaction() as s:
        cohort = make_cohort(
            s, preset=preset, name="Demo", start=date(2026, 9, 1), end=date(2027, 6, 30)
        )
        for _ in range(10):
            make_active_pair(s, cohort)
        created = add_demo_calendar(s, cohort.id)
        titles = [e.title.split(":")[0] for e in list_events(s, cohort.id)]
        logs = len(meeting_logs(s, cohort_id=cohort.id))
        marks = s.query(Attendance).count()
        attention = len(year_progress(s, cohort.id, today=DEMO_TODAY).attention)
    return created, titles, logs, marks, attention


def test_staff_demo_year_has_workshops_attendance_logs_and_pairs_behind(db: Database) -> None:
    created, titles, logs, marks, attention = _demo_year(db, "staff")
    assert created == len(titles) > 8
    assert titles.count("Orientation") == 1 and titles.count("Standing meeting") == 3 * 8
    assert sum(t.startswith("Workshop") for t in titles) == 6
    assert logs > 10 and marks > 20 and attention > 0


def test_association_demo_year_has_initial_meetings_and_committee_calls(db: Database) -> None:
    _created, titles, logs, _marks, attention = _demo_year(db, "association")
    assert titles.count("Initial meeting") == 10 and "Committee call" in titles
    assert logs > 10 and attention > 0


def test_the_demo_calendar_is_the_same_every_time(tmp_path: object) -> None:
    results = []
    for n in range(2):
        db = Database(f"{tmp_path}/demo{n}.db")
        results.append(_demo_year(db, "staff"))
        db.close()
    assert results[0] == results[1]


def test_a_cohort_with_a_calendar_is_left_alone(db: Database) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s, preset="staff")
        add_demo_calendar(s, cohort.id)
        assert add_demo_calendar(s, cohort.id) == 0
        assert len(list_events(s, cohort.id, kinds=[EventKind.ORIENTATION])) == 1
