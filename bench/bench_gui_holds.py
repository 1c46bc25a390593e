"""Benchmark: the longest GUI-thread hold per user action on a big cohort (goal: none over
100 ms). Drives the real main window in this process on a cohort of --size applications
(default 20,000) with pairs, meetings and workshops, and prints one row per action: the
longest hold measured by ``mentordesk.gui.hold_watch.HoldWatch`` while the action ran and
until the window was ready and idle again. Run: .venv/bin/python bench/bench_gui_holds.py
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import insert, select  # noqa: E402

from mentordesk.core.storage.database import Database  # noqa: E402
from mentordesk.core.storage.models import (  # noqa: E402
    Application,
    Attendance,
    AuditEntry,
    Event,
    MeetingLog,
    Pairing,
)

if TYPE_CHECKING:
    from mentordesk.gui.main_window import MainWindow
    from mentordesk.gui.pairing import PairingArea

#: (action, longest hold in ms, holds over 100 ms)
Row = tuple[str, float, int]
#: The areas whose actions ``--areas`` can choose (Applicants' are always measured).
AREAS = {"pairing", "calendar", "reports", "audit"}


def fill_year(path: Path, size: int, suggest_size: int = 2_000) -> None:
    """A cohort named "Big" of ``size`` applications, a third of them mentors, each mentor
    paired with one mentee, a meeting logged and one planned for each pair, a monthly
    workshop (everyone paired came to the first three), and the import's audit trail; and a
    cohort "Suggest" of ``suggest_size`` with no pairs yet, for Suggest and Accept all."""
    from bench_applicants import fill

    db = Database(path)
    fill(db, suggest_size, name="Suggest")
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
        workshops = session.scalars(
            select(Event.id)
            .where(Event.cohort_id == cohort_id, Event.kind == "workshop")
            .order_by(Event.starts_at)
            .limit(3)
        ).all()
        paired = [p[side] for p in pairs for side in ("mentor_id", "mentee_id")]
        session.execute(
            insert(Attendance),
            [
                {"event_id": e, "application_id": a, "status": "present", "recorded_at": now}
                for e in workshops
                for a in paired
            ],
        )
        session.execute(
            insert(AuditEntry),
            [
                {
                    "at": datetime(2026, 6, 1, 9) + timedelta(seconds=i),
                    "actor": "ana",
                    "action": "create",
                    "entity": "application",
                    "entity_id": r.id,
                    "changes": {"status": [None, "submitted"]},
                    "note": "import applications.xlsx",
                    "cohort_id": cohort_id,
                    "desk": "office",
                }
                for i, r in enumerate(rows)
            ],
        )
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


def run(path: Path, areas: set[str] = AREAS) -> list[Row]:
    from mentordesk.gui.app import create_application
    from mentordesk.gui.main_window import MainWindow
    from mentordesk.gui.opening import open_for_window

    app = create_application([sys.argv[0]])
    # As gui.app.run_gui does before the window's modules: PySide's own import, which reads
    # the source of every module imported after it (scipy's hundreds at the first Suggest),
    # is the program's no longer.
    from mentordesk.gui.loading import import_without_pyside_checks

    import_without_pyside_checks()
    # As gui.app.WindowOpening does once the window's modules are loaded, before any read.
    from mentordesk.core.collector import settle_start_up
    from mentordesk.gui.loading import DESK_MODULES

    for name in DESK_MODULES:
        importlib.import_module(name)
    settle_start_up()
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
    # As the program does once the first area has its data (gui.app.WindowOpening): what
    # the other areas import of the core loads in a worker, their Qt modules on the GUI
    # thread a module a turn, so turning to one does not import it.
    from mentordesk.gui.loading import LATER_MODULES, load_order

    qt_free, qt = load_order(LATER_MODULES)
    loader = threading.Thread(target=lambda: [importlib.import_module(m) for m in qt_free])
    rows.append(
        driver.measure(
            "load the other areas' core in a worker", loader.start, lambda: not loader.is_alive()
        )
    )
    pending = [name for name in qt if name not in sys.modules]

    def import_a_turn() -> None:
        importlib.import_module(pending.pop(0))
        if pending:
            QTimer.singleShot(0, import_a_turn)

    rows.append(
        driver.measure(
            f"load their {len(pending)} Qt modules, one a turn",
            lambda: QTimer.singleShot(0, import_a_turn) if pending else None,
            lambda: not pending,
        )
    )
    ui = window.ui
    rows.append(driver.measure("F5 on Applicants", ui.actionRefresh.trigger, ready))
    search = getattr(window.applicants.ui, "searchEdit", None)
    if search is not None:
        rows.append(
            driver.measure("type a search on Applicants", lambda: search.setText("Family12"), ready)
        )
        rows.append(driver.measure("clear the search", search.clear, ready))
    for index, name in enumerate(("Pairing", "Calendar", "Reports", "Audit"), start=1):
        if name.casefold() not in areas:
            continue
        rows.append(driver.measure(f"switch to {name}", lambda i=index: window.show_area(i), ready))
        rows.append(driver.measure(f"F5 on {name}", ui.actionRefresh.trigger, ready))
        if name == "Pairing":
            rows += board_edits(driver, window, ready)
    if {"calendar", "reports", "audit"} <= areas:
        rows += inside_the_areas(driver, window, ready)
    if "calendar" in areas:
        calendar = window.areas[2]
        year = path.parent / "year.ics"
        year.unlink(missing_ok=True)  # ready once this export wrote it, not an older one
        rows.append(
            driver.measure(
                "export the cohort's calendar (.ics)",
                lambda: calendar.export_ics(year),  # type: ignore[attr-defined]
                lambda: ready() and year.exists(),
            )
        )
        talks = calendar_file(path.parent / "talks.ics", 40)
        rows.append(
            driver.measure(
                "import a calendar file of 40 events (.ics, worker)",
                lambda: calendar.import_ics(talks),  # type: ignore[attr-defined]
                lambda: ready() and "Imported" in calendar.ui.statusLabel.text(),  # type: ignore[attr-defined]
            )
        )
        # As the committee does it: the Import button is on the Calendar, so the Calendar is
        # on screen and reads the cohort again in a worker while the window shows the import.
        rows.append(driver.measure("switch to Calendar again", lambda: window.show_area(2), ready))
        readings = calendar_file(path.parent / "readings.ics", 40, name="Reading")
        rows.append(
            driver.measure(
                "import 40 more events with the Calendar on screen",
                lambda: calendar.import_ics(readings),  # type: ignore[attr-defined]
                lambda: ready() and "Imported readings" in calendar.ui.statusLabel.text(),  # type: ignore[attr-defined]
            )
        )
    if "pairing" in areas:
        rows += suggestion(driver, window, ready)
    rows.append(driver.measure("switch back to Applicants", lambda: window.show_area(0), ready))
    if "calendar" in areas:
        # F5 is "show me what other desks did": with nothing saved elsewhere, an area out
        # of sight is not read again when it is turned to.
        rows.append(driver.measure("F5 on Applicants again", ui.actionRefresh.trigger, ready))
        rows.append(
            driver.measure(
                "switch to Calendar after F5 (nothing saved elsewhere)",
                lambda: window.show_area(2),
                ready,
            )
        )
    window.close()
    return rows


def pairing_area(window: MainWindow) -> PairingArea:
    """The Pairing area, already made by turning to it. (``window.areas`` would make every
    other area not yet shown, and their first polish and layout would land in the next
    action measured, which no committee member's click does.)"""
    from mentordesk.gui.pairing import PairingArea

    area = window.ui.areaStack.widget(1)
    assert isinstance(area, PairingArea)
    return area


def board_edits(driver: Driver, window: MainWindow, ready: Callable[[], bool]) -> list[Row]:
    """A board edit on the big cohort (every pair has met, so it is a lock), its undo, and
    the board shown as a list (sorted, searched) and as cards again."""
    pairing = pairing_area(window)
    snapshot = pairing.snapshot
    assert snapshot is not None
    mentee = next(iter(snapshot.pair))

    def locked() -> bool:
        shown = pairing.snapshot
        return shown is not None and shown.pair[mentee].locked

    def as_list() -> bool:
        return bool(pairing.board.as_list)

    return [
        # As the committee does it: a click on the pair (its explanation is shown), then
        # Lock; two actions, each measured on its own.
        driver.measure(
            "select a pair on Pairing",
            lambda: pairing.card_board.select([mentee]),
            lambda: ready() and pairing.selected_mentees() == [mentee],
        ),
        driver.measure(
            "lock a pair on Pairing", pairing.lock_action.trigger, lambda: ready() and locked()
        ),
        driver.measure("undo the lock", window.undo_stack.undo, lambda: ready() and not locked()),
        driver.measure(
            "Pairing: Show as list",
            lambda: pairing.list_action.setChecked(True),
            lambda: ready() and as_list(),
        ),
        driver.measure(
            "Pairing: sort the list by score",
            lambda: pairing.board_view.sortByColumn(2, Qt.SortOrder.DescendingOrder),
            lambda: ready() and pairing.board_model.sorted_by[0] == 2,
        ),
        driver.measure(
            "Pairing: search the list",
            lambda: pairing.search_edit.setText("Family12"),
            ready,
        ),
        driver.measure("Pairing: clear the search", pairing.search_edit.clear, ready),
        driver.measure(
            "Pairing: back to the cards",
            lambda: pairing.list_action.setChecked(False),
            lambda: ready() and not as_list(),
        ),
    ]


def suggestion(driver: Driver, window: MainWindow, ready: Callable[[], bool]) -> list[Row]:
    """Suggest and Accept all on the cohort of 2,000 (the optimizer's size), with undo and
    redo, and a drag of one mentee back to the unassigned column."""
    pairing = pairing_area(window)

    def choose() -> None:
        window.show_area(1)
        window.select_cohort_named("Suggest")

    rows = [driver.measure("choose the cohort of 2,000 on Pairing", choose, ready)]
    rows.append(
        driver.measure(
            "Suggest (worker, progress)",
            pairing.suggest_action.trigger,
            lambda: ready() and pairing.proposal_dialog is not None,
        )
    )
    dialog = pairing.proposal_dialog
    assert dialog is not None
    count = len(dialog.changes)

    def paired() -> int:
        shown = pairing.snapshot
        return len(shown.pair) if shown is not None else 0

    rows.append(
        driver.measure(
            f"Accept all ({count} pairs)",
            dialog.accept_all_button.click,
            lambda: ready() and pairing.proposal_dialog is None and paired() > 0,
        )
    )
    rows.append(
        driver.measure("undo Accept all", window.undo_stack.undo, lambda: ready() and not paired())
    )
    rows.append(
        driver.measure("redo Accept all", window.undo_stack.redo, lambda: ready() and paired() > 0)
    )
    snapshot = pairing.snapshot
    assert snapshot is not None
    mentee = next(iter(snapshot.pair))
    rows.append(
        driver.measure(
            "unassign one mentee (a drag to the column)",
            lambda: pairing.move_mentees([mentee], None),
            lambda: (
                ready() and pairing.snapshot is not None and mentee not in pairing.snapshot.pair
            ),
        )
    )
    return rows


def inside_the_areas(driver: Driver, window: Any, ready: Callable[[], bool]) -> list[Row]:
    """The Calendar's, Reports' and Audit's own tabs, filters and edits, and coming back to
    an area already read."""
    from PySide6.QtCore import QDate

    from mentordesk.core.storage.models import EventKind
    from mentordesk.gui.calendar.models import EventRole

    rows: list[Row] = []
    calendar, reports, audit = window.areas[2], window.areas[3], window.areas[4]
    rows.append(driver.measure("switch to Calendar again", lambda: window.show_area(2), ready))
    tabs = calendar.ui.tabs
    for index in [*range(1, tabs.count()), 0]:
        rows.append(
            driver.measure(
                f"Calendar: the {tabs.tabText(index)} tab",
                lambda i=index: tabs.setCurrentIndex(i),
                ready,
            )
        )
    rows.append(
        driver.measure(
            "Calendar: one pair in the pair filter",
            lambda: calendar.ui.pairCombo.setCurrentIndex(1),
            ready,
        )
    )
    rows.append(
        driver.measure(
            "Calendar: all pairs again", lambda: calendar.ui.pairCombo.setCurrentIndex(0), ready
        )
    )
    rows.append(driver.measure("Calendar: next month", calendar.ui.nextButton.click, ready))
    workshop = next(e for e in calendar.events if e.kind is EventKind.WORKSHOP)

    def choose_workshop() -> None:
        calendar.show_day(workshop.day)
        view = calendar.agenda.ui.agendaView
        model = view.model()
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if index.data(EventRole) == workshop:
                view.setCurrentIndex(index)

    rows.append(driver.measure("Calendar: choose a workshop in the agenda", choose_workshop, ready))
    rows.append(
        driver.measure(
            "Calendar: its Attendance tab",
            lambda: tabs.setCurrentWidget(calendar.attendance),
            ready,
        )
    )
    rows.append(tick_one(driver, calendar, ready))
    rows += plan_the_year(driver, calendar, ready)
    rows.append(driver.measure("switch to Reports again", lambda: window.show_area(3), ready))
    report_tabs = reports.ui.tabs
    rows.append(
        driver.measure("Reports: the Agreements tab", lambda: report_tabs.setCurrentIndex(1), ready)
    )
    panel = reports.agreements

    def preview() -> None:
        panel.ui.table.selectRow(0)
        panel.ui.previewButton.click()

    rows.append(
        driver.measure(
            "Reports: preview an agreement (worker)",
            preview,
            lambda: ready() and panel.preview_dialog is not None,
        )
    )
    assert panel.preview_dialog is not None
    panel.preview_dialog.close()

    def mark_signed() -> None:
        panel.ui.table.selectRow(0)
        panel.ui.signedTodayButton.click()

    rows.append(driver.measure("Reports: mark an agreement signed", mark_signed, ready))
    rows.append(
        driver.measure("Reports: the Summary tab", lambda: report_tabs.setCurrentIndex(0), ready)
    )
    rows.append(driver.measure("switch to Audit again", lambda: window.show_area(4), ready))
    rows.append(
        driver.measure(
            "Audit: changes since a day", lambda: audit.since_edit.setDate(QDate(2026, 6, 2)), ready
        )
    )
    rows.append(driver.measure("Audit: Clear filters", audit.clear_button.click, ready))
    rows.append(driver.measure("Audit: All cohorts", audit.all_cohorts.toggle, ready))
    rows.append(driver.measure("Audit: this cohort again", audit.all_cohorts.toggle, ready))
    rows.append(driver.measure("switch to Calendar again", lambda: window.show_area(2), ready))
    rows.append(driver.measure("switch to Reports again", lambda: window.show_area(3), ready))
    return rows


def tick_one(driver: Driver, calendar: Any, ready: Callable[[], bool]) -> Row:
    """Untick the first person on the chosen workshop's sheet (thousands expected): the
    mark is saved and the sheet read again."""
    from PySide6.QtCore import Qt

    from mentordesk.core.storage.models import AttendanceStatus

    panel = calendar.attendance
    model = panel.model
    who = model.rows[0].application_id

    def absent() -> bool:
        sheet = panel.sheet
        return sheet is not None and any(
            r.application_id == who and r.status is AttendanceStatus.ABSENT for r in sheet.rows
        )

    return driver.measure(
        "Calendar: untick one person on the workshop's sheet",
        lambda: model.setData(
            model.index(0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole
        ),
        lambda: ready() and absent(),
    )


def plan_the_year(driver: Driver, calendar: Any, ready: Callable[[], bool]) -> list[Row]:
    """Plan the year… on the big cohort: what the rules ask is read first (in a worker); its
    year is planned already, so the answer is a message, recorded here instead of shown."""
    from PySide6.QtWidgets import QMessageBox

    told: list[str] = []
    shown = QMessageBox.information

    def record(_parent: object, _title: str, text: str, *_args: object) -> Any:
        told.append(text)
        return QMessageBox.StandardButton.Ok

    QMessageBox.information = staticmethod(record)  # type: ignore[assignment]
    try:
        row = driver.measure(
            "Calendar: Plan the year… (reads what it needs)",
            calendar.ui.planButton.click,
            lambda: ready() and (bool(told) or calendar.plan_dialog is not None),
        )
    finally:
        QMessageBox.information = shown  # type: ignore[method-assign]
    if calendar.plan_dialog is not None:
        calendar.plan_dialog.reject()
    return [row]


def calendar_file(path: Path, events: int, name: str = "Talk") -> Path:
    """A calendar file of ``events`` weekly talks, as another tool exports them."""
    from icalendar import Calendar
    from icalendar import Event as CalendarEvent

    calendar = Calendar()
    calendar.add("prodid", "-//bench//EN")
    calendar.add("version", "2.0")
    for n in range(events):
        event = CalendarEvent()
        event.add("uid", f"{name.casefold()}-{n}@bench")
        event.add("summary", f"{name} {n + 1}")
        start = datetime(2026, 9, 20, 17) + timedelta(days=7 * n)
        event.add("dtstart", start)
        event.add("dtend", start + timedelta(hours=1))
        calendar.add_component(event)
    path.write_bytes(calendar.to_ical())
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=20_000, help="applications in the cohort")
    parser.add_argument(
        "--areas",
        default=",".join(sorted(AREAS)),
        help="which areas' actions to measure, comma-separated (default: all)",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "holds.db"
        print(f"… building a cohort of {args.size:,}", file=sys.stderr, flush=True)
        fill_year(path, args.size)
        rows = run(path, {a.strip().casefold() for a in args.areas.split(",")})
    width = max(len(r[0]) for r in rows)
    print(f"GUI-thread holds on a cohort of {args.size:,} (goal: none over 100 ms)")
    for action, longest, over in rows:
        mark = "ok" if longest <= 100 else f"{over} over 100 ms"
        print(f"{action.ljust(width)}  {longest:7.0f} ms  {mark}")


if __name__ == "__main__":
    main()
