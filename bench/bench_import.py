"""How long importing a 10,000-row form export takes, next to merely parsing it with the csv module.

Run: python bench/bench_import.py [ROWS]. Prints the times and their ratio; the
reference (csv.reader over the same file) is measured in the same run.
"""

from __future__ import annotations

import csv
import random
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from mentordesk.core.applications.importing import propose_mapping, read_sheet, run_import
from mentordesk.core.programs.cohorts import create_cohort, create_program
from mentordesk.core.storage.database import Database

HEADERS = [
    "Timestamp",
    "Email Address",
    "First Name",
    "Last Name",
    "Are you applying to be a mentor or a mentee?",
    "HECMA Membership Number",
    "Institution",
    "How many years have you worked as a case manager?",
    "What do you hope to achieve through this program?",
    "Which topics interest you most?",
    "Preferred meeting format(s)",
    "If you are a mentor, how many mentees can you take on?",
    "I agree to the program guidelines.",
]
TOPICS = ["Crisis response", "Documentation", "Students of concern", "Case load", "Ethics"]


def write_export(path: Path, rows: int) -> None:
    rng = random.Random(7)
    start = datetime(2026, 3, 1, 8, 0)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        for i in range(rows):
            mentor = rng.random() < 0.3
            when = start + timedelta(minutes=7 * i)
            writer.writerow(
                [
                    when.strftime("%Y/%m/%d %I:%M:%S %p GMT-5"),
                    f"person{i}@college{i % 50}.edu",
                    f"Émilie{i}",
                    f"O'Connor{i}",
                    "Mentor" if mentor else "Mentee",
                    f"H-{10000 + i}",
                    f"College {i % 50}",
                    rng.choice(["less than 1", "2", "3 years", "15+", "6 months"]),
                    "Grow as a case manager,\nand learn from a colleague.",
                    ", ".join(rng.sample(TOPICS, 2)),
                    rng.choice(["Video call", "Phone; In person"]),
                    str(rng.randint(1, 3)) if mentor else "",
                    "Yes",
                ]
            )


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "export.csv"
        write_export(path, rows)

        t0 = time.perf_counter()
        with path.open(encoding="utf-8-sig", newline="") as handle:
            parsed = sum(1 for _ in csv.reader(handle)) - 1
        csv_seconds = time.perf_counter() - t0

        db = Database(Path(folder) / "bench.db")
        with db.transaction() as session:
            program = create_program(session, "Bench", "association")
            cohort_id = create_cohort(
                session, program, "2026", date(2026, 9, 1), date(2027, 6, 30)
            ).id

        t0 = time.perf_counter()
        sheet = read_sheet(path)
        read_seconds = time.perf_counter() - t0
        with db.transaction(note="bench import") as session:
            result = run_import(session, cohort_id, sheet, propose_mapping(sheet.headers))
        import_seconds = time.perf_counter() - t0
        db.close()

    print(f"rows in file:                 {parsed:,}")
    print(f"csv.reader only:              {csv_seconds * 1000:8.1f} ms")
    print(f"read_sheet (decode + sniff):  {read_seconds * 1000:8.1f} ms")
    print(f"full import into a fresh db:  {import_seconds * 1000:8.1f} ms  ({result.summary()})")
    print(f"ratio import / csv parse:     {import_seconds / csv_seconds:8.1f}x")
    print(f"per row:                      {import_seconds / max(1, parsed) * 1e6:8.1f} µs")


if __name__ == "__main__":
    main()
