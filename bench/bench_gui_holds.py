"""Benchmark: the longest GUI-thread hold per user action on a big cohort (goal: none over
100 ms). Drives the real main window in this process on a cohort of --size applications
(default 20,000) with pairs, meetings and workshops, and prints one row per action: the
longest hold measured by ``mentordesk.gui.hold_watch.HoldWatch`` while the action ran and
until the window was ready and idle again. Run: .venv/bin/python bench/bench_gui_holds.py
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import insert, select  # noqa: E402

from mentordesk.core.storage.database import Database  # noqa: E402
from mentordesk.core.storage.models import Application, Event, MeetingLog, Pairing  # noqa: E402

#: (action, longest hold in ms, holds over 100 ms)
Row = tuple[str, float, int]


def fill_year(path: Path, size: int) -> None:
    """A cohort named "Big" of ``size`` applications, a third of them mentors, each mentor
    paired with one mentee, a meeting logged and one planned for each pair, and a monthly
    workshop."""
    from bench_applicants import fill

    db = Database(path)
    cohort_id = fill(db, size)
    with db.transaction() as session:
        session.info["audit_disabled"] = True  # benchmark data, not a user's change
        rows = session.execute(
            select(Application.id, Application.role)
            .where(Application.cohort_id == cohort_id)
            .order_by(Application.id)
        ).all()
        mentors = [r.id for r in rows if r.role == "mentor"]
        mentees = [r.id for r in rows if r.role == "mentee"]
        now = datetime(2026, 9, 1, 9, 0)
        pairs = [
            {
                "cohort_id": cohort_id,
                "mentor_id": mentor,
                "mentee_id": mentee,
                "status": "active",
                "score": 0.5 + (i % 50) / 100,
                "locked": False,
                "confirmed": True,
                "created_at": now,
                "version": 1,
            }
            for i, (mentor, mentee) in enumerate(zip(mentors, mentees, strict=False))
        ]
        session.execute(insert(Pairing), pairs)
        pairing_ids = session.scalars(
            select(Pairing.id).where(Pairing.cohort_id == cohort_id)
        ).all()
        session.execute(
            insert(MeetingLog),
            [
                {
                    "pairing_id": pid,
                    "met_on": date(2026, 9, 15) + timedelta(days=pid % 30),
                    "duration_minutes": 45,
                    "format": "in_person",
                    "created_at": now,
                }
                for pid in pairing_ids
            ],
        )
        events = [
            {
                "cohort_id": cohort_id,
                "kind": "pair_meeting",
                "title": f"Pair meeting {pid}",
                "starts_at": datetime(2026, 10, 1, 14) + timedelta(days=pid % 60),
                "ends_at": datetime(2026, 10, 1, 15) + timedelta(days=pid % 60),
                "timezone": "UTC",
                "audience": "pair",
                "pairing_id": pid,
                "uid": f"{uuid.uuid4()}@bench",
                "cancelled": False,
                "created_at": now,
            }
            for pid in pairing_ids
        ]
        events += [
            {
                "cohort_id": cohort_id,
                "kind": "workshop",
                "title": f"Workshop {month}",
                "starts_at": datetime(2026 + (month > 12), (month - 1) % 12 + 1, 10, 15),
                "ends_at": datetime(2026 + (month > 12), (month - 1) % 12 + 1, 10, 17),
                "timezone": "UTC",
                "audience": "everyone",
                "pairing_id": None,
                "uid": f"{uuid.uuid4()}@bench",
                "cancelled": False,
                "created_at": now,
            }
            for month in range(9, 19)
        ]
        session.execute(insert(Event), events)
    db.close()


class Driver:
    """Runs the window's event loop until it is ready and idle, with a HoldWatch on."""

    def __init__(self, app: QApplication) -> None:
        from mentordesk.gui.hold_watch import HoldWatch

        self.app = app
        self.watch = HoldWatch(app)
        self.window: object | None = None

    def settle(self, ready: Callable[[], bool], timeout: float = 120.0, quiet: float = 0.3) -> bool:
        """Run the loop until ``ready()`` holds, then ``quiet`` seconds more (trailing work
        such as a deferred repaint counts too)."""
        loop = QEventLoop()
        deadline = time.perf_counter() + timeout
        since: list[float] = []

        def look() -> None:
            now = time.perf_counter()
            if now > deadline:
                loop.quit()
            elif ready():
                since.append(since[0] if since else now)
                if now - since[0] >= quiet:
                    loop.quit()
            else:
                since.clear()

        poll = QTimer(interval=20)
        poll.timeout.connect(look)
        poll.start()
        loop.exec()
        poll.stop()
        return time.perf_counter() <= deadline

    def measure(self, action: str, do: Callable[[], object], ready: Callable[[], bool]) -> Row:
        self.watch.reset()
        start = time.perf_counter()
        do()
        finished = self.settle(ready)
        took = time.perf_counter() - start
        label = action if finished else f"{action} (not ready in time)"
        print(
            f"  {label}: longest hold {self.watch.longest_ms:.0f} ms "
            f"({len(self.watch.holds)} over 100 ms), done in {took:.2f} s",
            file=sys.stderr,
            flush=True,
        )
        return (label, self.watch.longest_ms, len(self.watch.holds))


def run(path: Path) -> list[Row]:
    from mentordesk.gui.app import create_application
    from mentordesk.gui.main_window import MainWindow
    from mentordesk.gui.opening import open_for_window

    app = create_application([sys.argv[0]])
    driver = Driver(app)
    database = open_for_window(str(path))
    assert database is not None
    driver.watch.start()
    rows: list[Row] = []
    holder: list[MainWindow] = []

    def open_window() -> None:
        window = MainWindow(database)
        window.select_cohort_named("Big")
        window.resize(1440, 900)
        window.show()
        holder.append(window)

    def ready() -> bool:
        if not holder:
            return False
        handle = holder[0].windowHandle()
        return handle is not None and handle.isExposed() and holder[0].is_ready()

    rows.append(driver.measure("open the window on Applicants", open_window, ready))
    window = holder[0]
    ui = window.ui
    rows.append(driver.measure("F5 on Applicants", ui.actionRefresh.trigger, ready))
    search = getattr(window.applicants.ui, "searchEdit", None)
    if search is not None:
        rows.append(
            driver.measure("type a search on Applicants", lambda: search.setText("Family12"), ready)
        )
        rows.append(driver.measure("clear the search", search.clear, ready))
    for index, name in enumerate(("Pairing", "Calendar", "Reports", "Audit"), start=1):
        rows.append(driver.measure(f"switch to {name}", lambda i=index: window.show_area(i), ready))
        rows.append(driver.measure(f"F5 on {name}", ui.actionRefresh.trigger, ready))
    calendar = window.areas[2]
    year = path.parent / "year.ics"
    rows.append(
        driver.measure(
            "export the cohort's calendar (.ics)",
            lambda: calendar.export_ics(year),  # type: ignore[attr-defined]
            lambda: ready() and year.exists(),
        )
    )
    rows.append(driver.measure("switch back to Applicants", lambda: window.show_area(0), ready))
    window.close()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=20_000, help="applications in the cohort")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "holds.db"
        print(f"… building a cohort of {args.size:,}", file=sys.stderr, flush=True)
        fill_year(path, args.size)
        rows = run(path)
    width = max(len(r[0]) for r in rows)
    print(f"GUI-thread holds on a cohort of {args.size:,} (goal: none over 100 ms)")
    for action, longest, over in rows:
        mark = "ok" if longest <= 100 else f"{over} over 100 ms"
        print(f"{action.ljust(width)}  {longest:7.0f} ms  {mark}")


if __name__ == "__main__":
    main()
