"""Agreements for a 500-pair cohort, from the database to files, against ReportLab alone.

Prints, for one process and for every core: the export's time, the time ReportLab needs to
build the same documents from data already in memory (the reference, measured in this run),
their ratio, and pages per second. Run: ``python bench/bench_agreements.py [--pairs N]``.
"""

from __future__ import annotations

import argparse
import io
import os
import resource
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

if TYPE_CHECKING:
    from mentordesk.core.storage.database import Database

# MentorDesk is imported inside the functions: a worker process started by spawn runs this
# file's top again, and the database layer there would be counted as the export's cost.

FIRST = ["Anna", "Nguyễn Thị", "Ольга", "王", "Seán", "Zoë", "Mateo", "Aisha", "Jan", "Léa"]
LAST = ["Smith", "Minh Khai", "Петрова", "小明", "O'Brien", "D'Arcy", "García", "Khan", "Nowak"]
GOALS = (
    "Grow into the case manager role: prioritise a caseload, document consistently, "
    "lead hard conversations with students and families, and build a campus network. "
)


def build_cohort(db: Database, pairs: int) -> int:
    from mentordesk.core.applications.records import add_application
    from mentordesk.core.programs.cohorts import create_cohort, create_program
    from mentordesk.core.storage.models import Pairing

    with db.transaction() as s:
        program = create_program(s, "Staff mentoring", "staff")
        cohort = create_cohort(s, program, "2026 rollout", date(2026, 9, 1), date(2027, 6, 30))
        for i in range(pairs):
            common = {
                "consent": "yes",
                "organization": "HSC",
                "employment_type": "staff",
                "supervisor_approved": "yes",
                "meeting_formats": "video, in person",
            }
            mentor = add_application(
                s,
                cohort,
                {
                    **common,
                    "role": "mentor",
                    "email": f"mentor{i}@example.org",
                    "first_name": FIRST[i % len(FIRST)],
                    "last_name": LAST[(i * 7) % len(LAST)],
                    "job_title": "Senior case manager",
                    "supervisor_name": "Dana Reyes",
                },
            )
            mentee = add_application(
                s,
                cohort,
                {
                    **common,
                    "role": "mentee",
                    "email": f"mentee{i}@example.org",
                    "first_name": FIRST[(i * 3) % len(FIRST)],
                    "last_name": LAST[(i * 5) % len(LAST)],
                    "goals": GOALS * (1 + i % 6),
                    "supervisor_name": "Sam Lee",
                },
            )
            s.add(Pairing(cohort=cohort, mentor=mentor, mentee=mentee, score=0.8, confirmed=True))
        return cohort.id


def reference(db: Database, cohort_id: int) -> tuple[float, int, float]:
    """ReportLab alone: the same per-pair and combined documents, data in memory, no files.
    Wall seconds, pages, CPU seconds."""
    from mentordesk.core.documents.agreement_pdf import build_agreements
    from mentordesk.core.documents.agreements import agreement_data, filled_agreements

    with db.reading() as s:
        filled = filled_agreements(agreement_data(s, cohort_id))
    start, cpu = time.perf_counter(), time.process_time()
    pages = sum(build_agreements([one], io.BytesIO()) for one in filled)
    pages += build_agreements(filled, io.BytesIO())
    return time.perf_counter() - start, pages, time.process_time() - cpu


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def export(db: Database, cohort_id: int, out: Path, workers: int) -> tuple[float, int, float]:
    """Wall time, pages written, and CPU seconds spent (this process and its workers)."""
    from mentordesk.core.documents.agreement_export import export_agreements

    start, cpu, children = time.perf_counter(), time.process_time(), _children_cpu()
    with db.reading() as s:
        result = export_agreements(s, cohort_id, out, workers=workers)
    elapsed = time.perf_counter() - start
    used = time.process_time() - cpu + _children_cpu() - children
    return elapsed, 2 * result.pages, used  # every page twice: its own file and the combined


def _burn(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def available_speedup(cores: int) -> float:
    """How much faster `cores` processes finish pure-Python work than one, on this machine now
    (other programs share the cores, so this bounds what the export can gain)."""
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    n = 10_000_000
    with ProcessPoolExecutor(cores, mp_context=get_context("spawn")) as pool:
        list(pool.map(_burn, [10] * cores))  # start the workers first
        start = time.perf_counter()
        for _ in range(cores):
            _burn(n)
        serial = time.perf_counter() - start
        start = time.perf_counter()
        list(pool.map(_burn, [n] * cores))
        parallel = time.perf_counter() - start
    return serial / parallel


def main() -> None:
    from mentordesk.core.documents.fonts import register_fonts
    from mentordesk.core.storage.database import Database

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=500)
    args = parser.parse_args()
    cores = os.cpu_count() or 1
    register_fonts()
    with tempfile.TemporaryDirectory() as tmp:
        print(
            f"{cores} cores; load average {os.getloadavg()[0]:.2f}; "
            f"pure-Python speedup available with {cores} processes now: "
            f"{available_speedup(cores):.2f}x"
        )
        db = Database(Path(tmp) / "bench.db")
        t0 = time.perf_counter()
        cohort_id = build_cohort(db, args.pairs)
        print(f"cohort of {args.pairs} pairs built in {time.perf_counter() - t0:.1f} s")
        ref_time, ref_pages, _cpu = reference(db, cohort_id)
        print(
            f"reference, ReportLab alone from memory (1 process): {ref_time:6.2f} s, "
            f"{ref_pages} pages, {ref_pages / ref_time:6.1f} pages/s"
        )
        times = {}
        for workers in sorted({1, cores}):
            elapsed, pages, cpu = export(db, cohort_id, Path(tmp) / f"out{workers}", workers)
            times[workers] = elapsed
            print(
                f"export database -> files, {workers} process(es):    {elapsed:6.2f} s, "
                f"{pages} pages, {pages / elapsed:6.1f} pages/s, "
                f"{elapsed / ref_time:4.2f}x the reference; "
                f"{cpu:5.1f} s CPU = {cpu / elapsed:3.1f} cores busy on average"
            )
        if cores > 1:
            print(f"export speedup with {cores} processes: {times[1] / times[cores]:.2f}x")
        db.close()


if __name__ == "__main__":
    main()
