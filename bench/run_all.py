"""Every benchmark in one table: job, MentorDesk, the reference measured in the same run, ratio.

Start-up and opening cohorts run the real program (``mentordesk --ready-and-quit``) in a
process of its own, beside a bare PySide6 window and a plain SELECT of the same rows; the
rest call the core beside the library it builds on. MentorDesk's modules are byte-compiled
first, as an installed copy is (``as_installed``). Runs in a few minutes; not part of the
test command. Run: .venv/bin/python bench/run_all.py [--quick]
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

Row = tuple[str, str, str, str]  # job, MentorDesk, reference, ratio

BARE_WINDOW = r"""
import os, sys, time, resource
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
def since_start():  # as MentorDesk's --ready-and-quit measures it (gui.app.seconds_since_start)
    return time.monotonic() - float(os.environ["MENTORDESK_STARTED_AT"])
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("Hello"))
window.resize(1024, 700)
window.show()
def check():
    handle = window.windowHandle()
    if handle is not None and handle.isExposed():
        timer.stop()
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"ready in {since_start() * 1000:.0f} ms, peak RSS {rss:.0f} MiB", flush=True)
        app.quit()
timer = QTimer(interval=0)
timer.timeout.connect(check)
timer.start()
app.exec()
"""

READY = re.compile(r"ready in (\d+) ms, peak RSS (\d+) MiB")
FIRST_PAINT = re.compile(r"first paint in (\d+) ms")


def as_installed() -> None:
    """Byte-compile MentorDesk's modules, as pip and the bundle do when they install it.

    A machine that sets PYTHONDONTWRITEBYTECODE (CI, sandboxes) would otherwise have every
    window run compile the program's sources again before it starts: a second and more
    no user pays (the libraries beside it are installed compiled already).
    """
    import compileall

    compileall.compile_dir(str(HERE.parent / "mentordesk"), quiet=1)


def window_run(
    command: list[str], timeout: float, home: Path | None = None
) -> tuple[float, float, float] | None:
    """(seconds to first paint, seconds to ready, MiB) a window process reports, or None if
    it did not get ready in time. A window that does not say when it first painted (the
    bare one) is painted when it is ready. ``home`` is the user's folder the run sees (its
    settings and the day's backups); a new one by default: a first start of the day."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home or tempfile.mkdtemp())}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # read what as_installed compiled
    try:
        # Both windows measure from here, to the microsecond (gui.app.STARTED_AT).
        env["MENTORDESK_STARTED_AT"] = repr(time.monotonic())
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return None
    found = READY.search(done.stdout)
    if done.returncode != 0 or found is None:
        print(f"exit {done.returncode}:", done.stdout, done.stderr, file=sys.stderr)
        return None
    seconds = int(found.group(1)) / 1000
    painted = FIRST_PAINT.search(done.stdout)
    return (int(painted.group(1)) / 1000 if painted else seconds), seconds, float(found.group(2))


def best(runs: int, work: Callable[[], Any]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def fmt(seconds: float | None, mib: float | None = None) -> str:
    if seconds is None:
        return "did not finish"
    text = f"{seconds:.3f} s" if seconds < 10 else f"{seconds:.1f} s"
    return text + (f", {mib:.0f} MiB" if mib is not None else "")


def ratio(ours: float | None, reference: float | None) -> str:
    if ours is None or not reference:
        return "—"
    return f"{ours / reference:.2f}×"


class Spread:
    """Several runs of one measurement: the best (what the program costs when the shared
    machine leaves it alone) and the median (what a run costs here and now), side by side."""

    def __init__(self, values: list[float], mib: list[float] | None = None) -> None:
        self.values = sorted(values)
        self.mib = max(mib) if mib else None

    @property
    def best(self) -> float | None:
        return self.values[0] if self.values else None

    @property
    def median(self) -> float | None:
        return statistics.median(self.values) if self.values else None

    def __str__(self) -> str:
        if not self.values:
            return "did not finish"
        text = f"{fmt(self.best)} best, {fmt(self.median)} median of {len(self.values)}"
        return text + (f", {self.mib:.0f} MiB" if self.mib is not None else "")

    def ratio_to(self, reference: Spread) -> str:
        if self.best is None or reference.best is None or reference.median is None:
            return "—"
        assert self.median is not None
        return f"{ratio(self.best, reference.best)} best, {ratio(self.median, reference.median)} median"


def mentordesk(*args: str) -> list[str]:
    return [sys.executable, "-m", "mentordesk", *args]


def start_up(folder: Path, runs: int) -> list[Row]:
    """The demo's window against a bare PySide6 window, ``runs`` starts of each taken in
    turns (so that a busy spell of the shared machine falls on both); each start is a first
    of its day (a new home folder: the day's backup is taken, as every morning). Beside
    best against best and median against median, the median of each start's ratio to
    the bare start just after it: the one least moved by the machine's load drifting."""
    demo = folder / "demo.db"
    subprocess.run(mentordesk("demo", "--db", str(demo)), check=True, capture_output=True)
    ours, bare = [], []
    for _ in range(runs):
        ours.append(window_run(mentordesk("--db", str(demo), "--ready-and-quit"), 120))
        bare.append(window_run([sys.executable, "-c", BARE_WINDOW], 60))
    done = [r for r in ours if r]
    painted = Spread([r[0] for r in done])
    on_screen = Spread([r[1] for r in done], [r[2] for r in done])
    window = Spread([r[1] for r in bare if r], [r[2] for r in bare if r])
    pairs = [(o, b) for o, b in zip(ours, bare, strict=True) if o and b]

    def in_pairs(k: int) -> str:
        if not pairs:
            return ""
        return f", {statistics.median(o[k] / b[1] for o, b in pairs):.2f}× paired median"

    return [
        (
            "start to first painted window, demo",
            str(painted),
            str(window),
            painted.ratio_to(window) + in_pairs(0),
        ),
        (
            "start to the demo's applicants on screen",
            str(on_screen),
            str(window),
            on_screen.ratio_to(window) + in_pairs(1),
        ),
    ]


def open_cohort(folder: Path, sizes: list[int], runs: int) -> list[Row]:
    """Each cohort opened in the real window: once as the first open of the day (which also
    takes the day's backup, beside the window on a thread of its own), then ``runs`` times
    more the same day, against a plain SELECT of the same rows (best of three)."""
    from bench_applicants import fill

    from mentordesk.core.storage.database import Database

    rows: list[Row] = []
    for size in sizes:
        path = folder / f"cohort{size}.db"
        db = Database(path)
        cohort_id = fill(db, size)
        db.close()

        def plain_select(cohort_id: int = cohort_id, path: Path = path) -> int:
            with sqlite3.connect(path) as connection:
                return len(
                    connection.execute(
                        "SELECT * FROM application JOIN person ON person.id = person_id "
                        "WHERE cohort_id = ?",
                        (cohort_id,),
                    ).fetchall()
                )

        reference = best(3, plain_select)
        timeout = 60 + size / 500
        command = mentordesk("--db", str(path), "--cohort", "Big", "--ready-and-quit")
        home = Path(tempfile.mkdtemp())
        first = window_run(command, timeout, home)
        again = [r for r in (window_run(command, timeout, home) for _ in range(runs)) if r]
        later = Spread([r[1] for r in again], [r[2] for r in again])
        rows += [
            (
                f"open a cohort of {size:,} in the window, first of the day",
                fmt(first[1], first[2]) if first else f"not ready in {timeout:.0f} s",
                f"{fmt(reference)} (plain SELECT)",
                ratio(first[1] if first else None, reference),
            ),
            (
                f"open a cohort of {size:,} in the window, again",
                str(later) if later.values else f"not ready in {timeout:.0f} s",
                f"{fmt(reference)} (plain SELECT)",
                f"{ratio(later.best, reference)} best, {ratio(later.median, reference)} median"
                if later.values
                else "—",
            ),
        ]
    return rows


def matching() -> list[Row]:
    from bench_matching import rows as matching_rows

    return [
        (job, fmt(ours) + f" ({note})", f"{fmt(ref)} (scipy LSA alone)", ratio(ours, ref))
        for job, ours, ref, note in matching_rows()
    ]


def importing(folder: Path, count: int) -> list[Row]:
    from bench_import import write_export
    from sqlalchemy import insert

    from mentordesk.core.applications.importing import propose_mapping, read_sheet, run_import
    from mentordesk.core.programs.cohorts import create_cohort, create_program
    from mentordesk.core.storage.database import Database
    from mentordesk.core.storage.models import Application, AuditEntry, Person

    source = folder / "export.csv"
    write_export(source, count)
    db = Database(folder / "import.db")
    with db.transaction() as s:
        program = create_program(s, "Import bench", "association")
        cohort = create_cohort(s, program, "2026", date(2026, 9, 1), date(2027, 6, 1))
        cohort_id = cohort.id
    sheet = read_sheet(source)
    mapping = propose_mapping(sheet.headers)
    start = time.perf_counter()
    with db.transaction() as s:
        run_import(s, cohort_id, sheet, mapping)
    ours = time.perf_counter() - start

    floor_db = Database(folder / "floor.db")
    with floor_db.transaction() as s:
        program = create_program(s, "Floor", "association")
        floor_cohort = create_cohort(s, program, "2026", date(2026, 9, 1), date(2027, 6, 1))
        floor_id = floor_cohort.id
    now = datetime.now(UTC).replace(tzinfo=None)
    start = time.perf_counter()
    with floor_db.transaction() as s:
        s.info["audit_disabled"] = True
        people = [
            {"first_name": f"F{i}", "last_name": f"L{i}", "email": f"f{i}@x.org", "created_at": now}
            for i in range(len(sheet.rows))
        ]
        s.execute(insert(Person), people)
        s.execute(
            insert(Application),
            [
                {"cohort_id": floor_id, "person_id": i + 1, "role": "mentee", "status": "submitted",
                 "created_at": now, "updated_at": now}
                for i in range(len(sheet.rows))
            ],
        )  # fmt: skip
        s.execute(
            insert(AuditEntry),
            [
                {"at": now, "actor": "bench", "action": "create", "entity": "application",
                 "entity_id": i + 1, "changes": {"email": [None, f"f{i}@x.org"]}}
                for i in range(2 * len(sheet.rows))
            ],
        )  # fmt: skip
    floor = time.perf_counter() - start
    db.close()
    floor_db.close()
    return [
        (
            f"import {count:,} rows",
            fmt(ours),
            f"{fmt(floor)} (executemany + audit rows)",
            ratio(ours, floor),
        )
    ]


def accept_all(folder: Path, size: int) -> list[Row]:
    from bench_applicants import fill
    from sqlalchemy import bindparam, delete, insert

    from mentordesk.core.matching.pairs import apply_proposal, change_board
    from mentordesk.core.matching.solver import propose_pairing
    from mentordesk.core.storage.database import Database
    from mentordesk.core.storage.models import AuditEntry, Pairing

    db = Database(folder / f"accept{size}.db")
    cohort_id = fill(db, size)
    with db.reading() as s:
        proposal = propose_pairing(s, cohort_id)
    start = time.perf_counter()
    with db.transaction(note="accept all") as s:
        result = apply_proposal(s, proposal)
    ours = time.perf_counter() - start
    start = time.perf_counter()
    with db.transaction(note="undo accept all") as s:
        change_board(s, cohort_id, result.undo)
    undo = time.perf_counter() - start

    floor_db = Database(folder / f"accept_floor{size}.db")
    floor_id = fill(floor_db, size)
    now = datetime.now(UTC).replace(tzinfo=None)
    start = time.perf_counter()
    with floor_db.transaction() as s:
        s.info["audit_disabled"] = True
        s.execute(
            insert(Pairing),
            [
                {"cohort_id": floor_id, "mentee_id": p.mentee_id, "mentor_id": p.mentor_id,
                 "score": p.score, "score_components": p.components}
                for p in proposal.pairs
            ],
        )  # fmt: skip
        s.execute(
            insert(AuditEntry),
            [
                {"at": now, "actor": "bench", "action": "create", "entity": "pairing",
                 "entity_id": k, "changes": {"mentee_id": [None, p.mentee_id]}}
                for k, p in enumerate(proposal.pairs)
            ],
        )  # fmt: skip
    floor = time.perf_counter() - start
    start = time.perf_counter()
    with floor_db.transaction() as s:
        s.info["audit_disabled"] = True
        s.connection().execute(
            delete(Pairing.__table__).where(Pairing.id == bindparam("pair")),
            [{"pair": k + 1} for k in range(len(proposal.pairs))],
        )
        s.execute(
            insert(AuditEntry),
            [
                {"at": now, "actor": "bench", "action": "delete", "entity": "pairing",
                 "entity_id": k, "changes": {"mentee_id": [p.mentee_id, None]}}
                for k, p in enumerate(proposal.pairs)
            ],
        )  # fmt: skip
    floor_undo = time.perf_counter() - start
    db.close()
    floor_db.close()
    return [
        (
            f"accept all of a {size:,}-applicant suggestion ({result.added} pairs, core)",
            fmt(ours),
            f"{fmt(floor)} (executemany of the pairs + audit rows)",
            ratio(ours, floor),
        ),
        (
            "undo that accept all (core)",
            fmt(undo),
            f"{fmt(floor_undo)} (executemany deleting the pairs + audit rows)",
            ratio(undo, floor_undo),
        ),
    ]


def agreements(folder: Path, pairs: int, runs: int) -> list[Row]:
    """The export (database to files) on one process and on every core, against ReportLab
    laying out the same agreements from memory into memory (our layout, no database, no
    files), ``runs`` times each in turns, best and median: on a shared machine one run of
    each side can fall in another program's busy spell. The CPU the one-process export
    spends beside the reference's is the figure other programs' load moves least."""
    from bench_agreements import available_speedup, build_cohort, export, reference

    from mentordesk.core.documents.fonts import register_fonts
    from mentordesk.core.storage.database import Database

    register_fonts()
    db = Database(folder / "agreements.db")
    cohort_id = build_cohort(db, pairs)
    cores = os.cpu_count() or 1
    # What the machine offers, before and after: other programs share the cores.
    offered_before = available_speedup(cores) if cores > 1 else 1.0
    counts = sorted({1, cores})
    walls: dict[int, list[float]] = {n: [] for n in counts}
    cpus: dict[int, list[float]] = {n: [] for n in counts}
    ref_walls: list[float] = []
    ref_cpus: list[float] = []
    for run in range(runs):
        gc.collect()
        elapsed, _pages, cpu = reference(db, cohort_id)
        ref_cpus.append(cpu)
        ref_walls.append(elapsed)
        for workers in counts:
            gc.collect()
            elapsed, _pages, cpu = export(db, cohort_id, folder / f"out{workers}-{run}", workers)
            walls[workers].append(elapsed)
            cpus[workers].append(cpu)
    ref = Spread(ref_walls)
    rows: list[Row] = []
    for workers in counts:
        ours = Spread(walls[workers])
        busy = statistics.median(c / w for c, w in zip(cpus[workers], walls[workers], strict=True))
        rows.append(
            (
                f"{pairs} agreements, {workers} process(es)",
                f"{ours}, {busy:.1f} cores busy",
                f"{ref} (ReportLab from memory, 1 process)",
                ours.ratio_to(ref),
            )
        )
    rows.append(
        (
            f"{pairs} agreements, 1 process: CPU",
            f"{fmt(min(cpus[1]))} best",
            f"{fmt(min(ref_cpus))} best (ReportLab from memory)",
            ratio(min(cpus[1]), min(ref_cpus)),
        )
    )
    if len(counts) > 1:
        one, many = min(walls[1]), min(walls[cores])
        # What the machine offers while the exports ran bounds any export's speed-up.
        offered_after = available_speedup(cores)
        offered = (offered_before + offered_after) / 2
        rows.append(
            (
                f"agreements speed-up on {cores} cores (best against best)",
                f"{one / many:.2f}×",
                f"{offered:.2f}× (pure-Python work on {cores} processes: "
                f"{offered_before:.2f}× before, {offered_after:.2f}× after)",
                f"{(one / many) / offered:.2f}×",
            )
        )
    db.close()
    return rows


def head_to_head(
    runs: int, ours: Callable[[], Any], reference: Callable[[], Any]
) -> tuple[float, float]:
    """Best of ``runs`` each, taken in turns after one untimed run of each, garbage collected.

    Timed all of one and then all of the other, what the library sets up on first use,
    a busy moment of the shared machine and the garbage of the earlier steps (collected
    by whichever run reached the collector's threshold) could fall on one side only.
    """
    ours()
    reference()
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        for work, spent in ((ours, times[0]), (reference, times[1])):
            gc.collect()
            start = time.perf_counter()
            work()
            spent.append(time.perf_counter() - start)
    return min(times[0]), min(times[1])


def calendar_file(folder: Path, pairs: int) -> list[Row]:
    """The cohort's .ics beside icalendar building the very same events from rows in memory.

    The reference writes every property the export writes (local times with their TZID and
    VTIMEZONE, SEQUENCE, STATUS, CATEGORIES, the kind, URL), so the ratio is what reading
    the cohort and deciding those values costs on top of icalendar itself. Measured by
    ``head_to_head``: this step runs last, in a process the earlier steps have filled.
    """
    from bench_calendar import fill, plan_with_series
    from icalendar import Calendar
    from icalendar import Event as VEvent
    from sqlalchemy import select

    from mentordesk.core.calendar.events import KIND_LABELS, to_local
    from mentordesk.core.calendar.ical import KIND_PROPERTY, PRODID, export_calendar
    from mentordesk.core.storage.database import Database
    from mentordesk.core.storage.models import Event

    db = Database(folder / "calendar.db")
    cohort_id = fill(db, pairs)
    plan_with_series(db, cohort_id)
    stamp = datetime(2026, 1, 1)
    with db.reading() as s:
        rows = [
            (e.uid, e.title, e.starts_at, e.ends_at, e.timezone, e.kind, e.cancelled,
             e.location, e.description)
            for e in s.scalars(
                select(Event).where(Event.cohort_id == cohort_id).order_by(Event.starts_at, Event.id)
            )
        ]  # fmt: skip
        name = export_calendar(s, cohort_id, stamp=stamp).name

    def direct() -> bytes:
        cal = Calendar()
        cal.add("prodid", PRODID)
        cal.add("version", "2.0")
        cal.add("calscale", "GREGORIAN")
        cal.add("method", "PUBLISH")
        cal.add("x-wr-calname", name)
        when = stamp.replace(tzinfo=UTC)
        for uid, title, starts, ends, tz, kind, cancelled, location, description in rows:
            v = VEvent()
            v.add("uid", uid)
            v.add("dtstamp", when)
            v.add("dtstart", to_local(starts, tz))
            v.add("dtend", to_local(ends, tz))
            v.add("summary", title)
            v.add("sequence", 0)
            v.add("status", "CANCELLED" if cancelled else "CONFIRMED")
            v.add("categories", [KIND_LABELS[kind]])
            v.add(KIND_PROPERTY, kind.value)
            if location:
                v.add("location", location)
                if location.startswith(("http://", "https://")):
                    v.add("url", location)
            if description:
                v.add("description", description)
            cal.add_component(v)
        first = min(to_local(r[2], r[4]) for r in rows) - timedelta(days=1)
        last = max(to_local(r[3], r[4]) for r in rows) + timedelta(days=1)
        cal.add_missing_timezones(first_date=first.date(), last_date=last.date())
        return bytes(cal.to_ical())

    with db.reading() as s:
        ours, reference = head_to_head(
            3, lambda: export_calendar(s, cohort_id, stamp=stamp).data, direct
        )
        same = direct() == export_calendar(s, cohort_id, stamp=stamp).data
    db.close()
    return [
        (
            f".ics of {len(rows):,} events",
            fmt(ours),
            f"{fmt(reference)} (icalendar directly, {'same' if same else 'DIFFERENT'} bytes)",
            ratio(ours, reference),
        )
    ]


def gui_holds(size: int) -> list[Row]:
    """The longest GUI-thread hold per action (bench_gui_holds.py, in a process of its own)."""
    done = subprocess.run(
        [sys.executable, str(HERE / "bench_gui_holds.py"), "--size", str(size)],
        capture_output=True,
        text=True,
        timeout=1800,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": tempfile.mkdtemp()},
    )
    found = re.findall(r"^(.+?)\s{2,}(\d+) ms", done.stdout, re.MULTILINE)
    if done.returncode != 0 or not found:
        raise RuntimeError(done.stderr.strip().splitlines()[-1] if done.stderr else "no output")
    return [
        (f"longest GUI hold, {size:,}: {action}", f"{ms} ms", "100 ms (goal)", ratio(int(ms), 100))
        for action, ms in found
    ]


def suggest_dialog(size: int) -> list[Row]:
    """The Suggest dialog's GUI-thread holds on ``size`` changed pairs, the dialog opened
    against the same rows built one item per cell (bench_proposal_dialog.py, a process of
    its own)."""
    done = subprocess.run(
        [sys.executable, str(HERE / "bench_proposal_dialog.py"), "--sizes", str(size)],
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": tempfile.mkdtemp()},
    )
    found = dict(re.findall(r"^  (.+?)\s{2,}(\d+) ms", done.stdout, re.MULTILINE))
    reference = found.pop("reference: one item per cell, GUI thread", None)
    if done.returncode != 0 or reference is None:
        raise RuntimeError(done.stderr.strip().splitlines()[-1] if done.stderr else "no output")
    worker = found.pop("prepare every row (worker)", "?")
    rows: list[Row] = [
        (
            f"Suggest dialog, {size:,} changed pairs: rows prepared in the worker",
            f"{worker} ms",
            "",
            "",
        )
    ]
    for action, ms in found.items():
        if action == "open the dialog":
            rows.append(
                (
                    f"Suggest dialog, {size:,}: open (GUI thread)",
                    f"{ms} ms",
                    f"{reference} ms (an item per cell)",
                    ratio(int(ms), int(reference)),
                )
            )
        else:
            rows.append(
                (
                    f"Suggest dialog, {size:,}: {action}",
                    f"{ms} ms",
                    "100 ms (goal)",
                    ratio(int(ms), 100),
                )
            )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--quick", action="store_true", help="smaller sizes, fewer runs, 100 agreements"
    )
    parser.add_argument(
        "--steps",
        metavar="NAMES",
        help="only these steps, comma-separated (start-up, open cohorts, matching, import, "
        "accept all, agreements, .ics, GUI holds, Suggest dialog)",
    )
    args = parser.parse_args()
    wanted = {name.strip() for name in args.steps.split(",")} if args.steps else None
    sizes = [2_000, 20_000] if args.quick else [2_000, 20_000, 100_000]
    rows: list[Row] = []
    load = os.getloadavg()[0]
    as_installed()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        steps: list[tuple[str, Callable[[], list[Row]]]] = [
            ("start-up", lambda: start_up(folder, 9 if args.quick else 15)),
            ("open cohorts", lambda: open_cohort(folder, sizes, 3 if args.quick else 5)),
            ("matching", matching),
            ("import", lambda: importing(folder, 10_000)),
            ("accept all", lambda: accept_all(folder, 2_000)),
            ("agreements", lambda: agreements(folder, 100 if args.quick else 500, 3)),
            (".ics", lambda: calendar_file(folder, 400)),
            ("GUI holds", lambda: gui_holds(20_000)),
            ("Suggest dialog", lambda: suggest_dialog(20_000)),
        ]
        for name, step in steps:
            if wanted is not None and name not in wanted:
                continue
            print(f"… {name}", file=sys.stderr, flush=True)
            try:
                rows += step()
            except Exception as exc:  # one broken benchmark must not hide the others
                rows.append((name, f"failed: {exc}", "", ""))
    header = ("job", "MentorDesk", "reference (same run)", "ratio")
    widths = [max(len(r[k]) for r in [header, *rows]) for k in range(4)]
    print(f"{os.cpu_count()} cores, load average {load:.2f} at the start (shared machine)")
    print("| " + " | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in rows:
        print("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |")


if __name__ == "__main__":
    main()
