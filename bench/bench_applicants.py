"""Benchmark: the applicants table with 20,000 applications, against a plain SQL query.

Prints the time to load the cohort through the core (with eligibility), to fill the Qt
table model, to show one edited row, to apply a search filter and to sort, each with its ratio to the time
SQLite alone needs to return the same rows. Run: .venv/bin/python bench/bench_applicants.py
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import insert

from mentordesk.core.applications.records import list_applications
from mentordesk.core.programs.cohorts import create_cohort, create_program
from mentordesk.core.storage.database import Database
from mentordesk.core.storage.models import Application, Person
from mentordesk.gui.applicants.model import ApplicantsFilterProxy, ApplicantsTableModel

DEPARTMENTS = ("Nursing", "Pharmacy", "Radiology", "Finance", "IT Services", "Library", "Research")
TOPICS = (
    "leadership",
    "budgeting",
    "grant writing",
    "public speaking",
    "data analysis",
    "networking",
)


def fill(db: Database, count: int, name: str = "Big") -> int:
    """A cohort ``name`` of ``count`` applications (a third mentors) in a program of its own."""
    rng = random.Random(7)
    with db.transaction() as session:
        session.info["audit_disabled"] = True  # bulk benchmark data, not a user's change
        program = create_program(session, "Bench" if name == "Big" else f"Bench {name}", "staff")
        cohort = create_cohort(session, program, name, date(2026, 9, 1), date(2027, 6, 30))
        people = [
            {
                "first_name": f"Given{i}",
                "last_name": f"Family{i % 977}",
                "email": f"p{i}@example.org" if name == "Big" else f"{name}.p{i}@example.org",
                "created_at": datetime(2026, 1, 1),
            }
            for i in range(count)
        ]
        # The ids the database gave, in the rows' order: never max+1, which a file whose
        # people were removed (ids are never reused) or another desk's insert would break.
        person_ids = session.scalars(
            insert(Person).returning(Person.id, sort_by_parameter_order=True), people
        ).all()
        apps = [
            {
                "cohort_id": cohort.id,
                "person_id": person_ids[i],
                "role": "mentor" if i % 3 == 0 else "mentee",
                "status": "submitted",
                "department": rng.choice(DEPARTMENTS),
                "organization": "HSC",
                "employment_type": "staff",
                "years_experience": rng.choice((0.5, 1.0, 3.0, 12.0)),
                "interests": ", ".join(rng.sample(TOPICS, 2)),
                "supervisor_approved": True,
                "consent": True,
                "capacity": 1 if i % 3 == 0 else None,
                "submitted_at": datetime(2026, 6, 1, 9, 0),
                "created_at": datetime(2026, 6, 1),
                "updated_at": datetime(2026, 6, 1),
            }
            for i in range(count)
        ]
        session.execute(insert(Application), apps)
        return cohort.id


def best_of(runs: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times) if runs < 3 else statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.db"
        db = Database(path)
        cohort_id = fill(db, args.rows)

        def plain_sql() -> list[tuple[object, ...]]:
            connection = sqlite3.connect(path)
            rows = connection.execute(
                "SELECT a.*, p.first_name, p.last_name, p.email, p.phone FROM application a "
                "JOIN person p ON p.id = a.person_id WHERE a.cohort_id = ? ORDER BY p.last_name, p.first_name",
                (cohort_id,),
            ).fetchall()
            connection.close()
            return rows

        def core_rows() -> list[object]:
            with db.reading() as session:
                return list(list_applications(session, cohort_id))

        reference = best_of(args.runs, plain_sql)
        load = best_of(args.runs, core_rows)
        rows = core_rows()
        model = ApplicantsTableModel()
        fill_model = best_of(args.runs, lambda: model.set_rows(rows))
        # After an in-place edit the table shows the stored row (duplicates looked for again).
        edit_row = best_of(args.runs, lambda: model.replace_row(rows[len(rows) // 2]))
        proxy = ApplicantsFilterProxy()
        proxy.setSourceModel(model)
        proxy.sort(0, Qt.SortOrder.AscendingOrder)

        def search(text: str) -> Callable[[], int]:
            def run() -> int:
                proxy.set_search("")
                proxy.set_search(text)
                return proxy.rowCount()

            return run

        matches = search("nursing lead")()
        filter_time = best_of(args.runs, search("nursing lead"))
        proxy.set_search("")
        years = model.column_of("years_experience")
        sort_time = best_of(
            args.runs,
            lambda: proxy.sort(
                years,
                Qt.SortOrder.DescendingOrder
                if proxy.sortOrder() == Qt.SortOrder.AscendingOrder
                else Qt.SortOrder.AscendingOrder,
            ),
        )
        db.close()

    print(f"applicants table benchmark: {args.rows:,} applications, median of {args.runs} runs")
    print(f"{'step':<44}{'seconds':>10}{'× plain SQL':>14}")
    for label, seconds in (
        ("plain SQL query of the same rows (reference)", reference),
        ("core: load rows with eligibility", load),
        ("Qt: fill the table model", fill_model),
        ("Qt: show one edited row (not its name)", edit_row),
        (f"Qt: search filter 'nursing lead' ({matches:,} rows)", filter_time),
        ("Qt: sort by years of experience", sort_time),
        ("open the cohort (load + fill + filter)", load + fill_model + filter_time),
    ):
        print(f"{label:<44}{seconds:>10.3f}{seconds / reference:>14.1f}")
    del app


if __name__ == "__main__":
    main()
