"""Benchmark: a big cohort's calendar (planning, progress, .ics export, the Calendar area), against plain SQL.

A staff-rules cohort with many pairs, its year planned, a standing fortnightly meeting
per pair, attendance at every workshop and monthly meeting logs. Prints each step's
time and its ratio to SQLite alone returning the cohort's events and meeting logs.
Run: .venv/bin/python bench/bench_calendar.py [--pairs 400]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication
from sqlalchemy import insert

from mentordesk.core.calendar.attendance import attendance_sheet, mark_attendance
from mentordesk.core.calendar.events import (
    EventDraft,
    cohort_pairs,
    create_event,
    list_events,
    plan_year,
    suggest_year_plan,
)
from mentordesk.core.calendar.ical import export_calendar
from mentordesk.core.calendar.progress import year_progress
from mentordesk.core.programs.cohorts import create_cohort, create_program
from mentordesk.core.storage.database import Database
from mentordesk.core.storage.models import (
    Application,
    AttendanceStatus,
    Audience,
    EventKind,
    MeetingFormat,
    MeetingLog,
    Pairing,
    Person,
    Role,
)


def fill(db: Database, pairs: int) -> int:
    with db.transaction() as s:
        s.info["audit_disabled"] = True  # bulk set-up, not the thing measured
        program = create_program(s, "Bench", "staff")
        cohort = create_cohort(
            s, program, "Big", date(2026, 9, 1), date(2027, 6, 30), timezone="America/Denver"
        )
        # The ids the database gave these rows (never assumed: ids are never reused, and a
        # file may hold other people already).
        person_ids = s.scalars(
            insert(Person).returning(Person.id, sort_by_parameter_order=True),
            [
                {"first_name": f"P{i}", "last_name": "Bench", "email": f"p{i}@b.example"}
                for i in range(2 * pairs)
            ],
        ).all()
        apps = s.scalars(
            insert(Application).returning(Application.id, sort_by_parameter_order=True),
            [
                {
                    "cohort_id": cohort.id,
                    "person_id": pid,
                    "role": Role.MENTOR if i % 2 else Role.MENTEE,
                }
                for i, pid in enumerate(person_ids)
            ],
        ).all()
        pairing_ids = s.scalars(
            insert(Pairing).returning(Pairing.id, sort_by_parameter_order=True),
            [
                {"cohort_id": cohort.id, "mentee_id": apps[2 * i], "mentor_id": apps[2 * i + 1]}
                for i in range(pairs)
            ],
        ).all()
        logs = []
        for n, pid in enumerate(pairing_ids):
            for month in range(10):
                logs.append(
                    {
                        "pairing_id": pid,
                        "met_on": date(2026, 9, 5) + timedelta(days=30 * month + n % 20),
                        "duration_minutes": 60,
                        "format": MeetingFormat.VIDEO,
                    }
                )
        s.execute(insert(MeetingLog), logs)
        return cohort.id


def plan_with_series(db: Database, cohort_id: int) -> None:
    """The year planned (orientation, workshops, close-out) and a fortnightly series per pair."""
    with db.transaction() as s:
        plan = suggest_year_plan(s, cohort_id)
        plan_year(s, cohort_id, workshop_dates=plan.workshops)
        for pair in cohort_pairs(s, cohort_id):
            create_event(
                s,
                cohort_id,
                EventDraft(
                    "Standing meeting",
                    datetime(2026, 9, 8, 12),
                    datetime(2026, 9, 8, 13),
                    "America/Denver",
                    EventKind.PAIR_MEETING,
                    Audience.PAIR,
                    pairing_id=pair.id,
                    recurrence="FREQ=WEEKLY;INTERVAL=2;COUNT=20",
                ),
            )


def best_of(runs: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pairs", type=int, default=400)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.db"
        db = Database(path)
        cohort_id = fill(db, args.pairs)
        results: list[tuple[str, float]] = []

        start = time.perf_counter()
        plan_with_series(db, cohort_id)
        results.append(("plan the year + a series per pair (once)", time.perf_counter() - start))
        with db.transaction() as s:
            for event in list_events(s, cohort_id, kinds=[EventKind.WORKSHOP]):
                sheet = attendance_sheet(s, event.id)
                mark_attendance(
                    s, event.id, {r.application_id: AttendanceStatus.PRESENT for r in sheet.rows}
                )
            events = len(list_events(s, cohort_id))

        def plain_sql() -> int:
            connection = sqlite3.connect(path)
            rows = connection.execute(
                "SELECT * FROM event WHERE cohort_id = ? ORDER BY starts_at", (cohort_id,)
            ).fetchall()
            rows += connection.execute(
                "SELECT meeting_log.* FROM meeting_log JOIN pairing ON pairing.id = pairing_id "
                "WHERE pairing.cohort_id = ?",
                (cohort_id,),
            ).fetchall()
            connection.close()
            return len(rows)

        def read(work: Callable[..., object]) -> Callable[[], object]:
            def run() -> object:
                with db.reading() as s:
                    return work(s)

            return run

        from mentordesk.gui.calendar import CalendarArea
        from mentordesk.gui.context import AppContext

        area = CalendarArea(AppContext(db, QUndoStack()))
        reference = best_of(args.runs, plain_sql)
        results.append(
            ("list every event", best_of(args.runs, read(lambda s: list_events(s, cohort_id))))
        )
        results.append(
            (
                "progress against the rules",
                best_of(
                    args.runs, read(lambda s: year_progress(s, cohort_id, today=date(2027, 3, 1)))
                ),
            )
        )
        results.append(
            (
                "export the cohort's .ics",
                best_of(args.runs, read(lambda s: export_calendar(s, cohort_id))),
            )
        )
        results.append(
            (
                "Calendar area: open the cohort",
                best_of(args.runs, lambda: area.set_cohort(cohort_id)),
            )
        )
        area.deleteLater()  # before the application goes, or Qt tears down in the wrong order
        app.processEvents()
        db.close()

    print(
        f"calendar benchmark: {args.pairs:,} pairs, {events:,} events, median of {args.runs} runs"
    )
    print(f"{'step':<44}{'seconds':>10}{'× plain SQL':>14}")
    print(f"{'plain SQL: events and meeting logs':<44}{reference:>10.3f}{1:>14.1f}")
    for label, seconds in results:
        print(f"{label:<44}{seconds:>10.3f}{seconds / reference:>14.1f}")


if __name__ == "__main__":
    main()
