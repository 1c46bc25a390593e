"""A big cohort's Calendar, Reports and Audit are read off the GUI thread: the committee sees
"Reading…" in the area (no dialog), the window stays usable, the newest read wins."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from datetime import date, datetime

import pytest
from PySide6.QtCore import QPoint, QRect, Qt, QThreadPool
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QProgressDialog
from pytestqt.qtbot import QtBot

from mentordesk.core.calendar import overview
from mentordesk.core.calendar.events import EventDraft, create_event
from mentordesk.core.storage.database import Database
from mentordesk.core.storage.models import EventKind
from mentordesk.gui import reading
from mentordesk.gui.audit.area import AuditArea
from mentordesk.gui.calendar import CalendarArea
from mentordesk.gui.calendar import area as calendar_module
from mentordesk.gui.calendar.models import EventRole
from mentordesk.gui.context import AppContext
from mentordesk.gui.jobs import Job
from mentordesk.gui.main_window import MainWindow
from mentordesk.gui.reports import ReportsArea
from tests.factories import make_active_pair, make_application, make_cohort


@pytest.fixture(autouse=True)
def every_cohort_is_big(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tests' cohorts of a few people count as big: read as 20,000 would be."""
    monkeypatch.setattr(reading, "READ_IN_BACKGROUND_FROM", 1)


@pytest.fixture
def cohorts(db: Database) -> dict[str, int]:
    with db.transaction() as s:
        autumn = make_cohort(s, preset="staff", name="Autumn rollout")
        make_active_pair(s, autumn)
        make_active_pair(s, autumn)
        make_application(s, autumn, "mentee", status="waitlisted")
        create_event(
            s,
            autumn.id,
            EventDraft(
                "Workshop 1",
                datetime(2026, 10, 7, 12),
                datetime(2026, 10, 7, 13),
                "UTC",
                EventKind.WORKSHOP,
            ),
        )
        spring = make_cohort(s, preset="staff", name="Spring rollout")
        make_active_pair(s, spring)
        return {"autumn": autumn.id, "spring": spring.id}


@pytest.fixture
def held_reads(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """The Calendar's reads wait until the test lets them go (a slow disk, a big cohort)."""
    go = threading.Event()

    def slow(*args: object, **kwargs: object) -> overview.CohortCalendar:
        assert go.wait(10)
        return overview.cohort_calendar(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(calendar_module, "cohort_calendar", slow)
    yield go
    go.set()


def shown(widget: CalendarArea | ReportsArea | AuditArea, qtbot: QtBot) -> None:
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()


def pairs_listed(area: CalendarArea) -> list[str]:
    combo = area.ui.pairCombo
    return [combo.itemText(i) for i in range(1, combo.count())]


def test_a_big_cohorts_calendar_says_it_is_reading_in_place_then_shows_the_year(
    qtbot: QtBot, db: Database, cohorts: dict[str, int], held_reads: threading.Event
) -> None:
    area = CalendarArea(AppContext(db, QUndoStack()))
    shown(area, qtbot)
    area.set_cohort(cohorts["autumn"])
    # The window is free while it reads: the notice says what, and no dialog stands in the way.
    assert area.loading and area.reading_notice.isVisible()
    assert "Reading the calendar of 5 applications" in area.reading_notice.label.text()
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]
    assert pairs_listed(area) == [] and not area.ui.newButton.isEnabled()
    held_reads.set()
    qtbot.waitUntil(lambda: len(pairs_listed(area)) == 2, timeout=15000)
    assert not area.loading and not area.reading_notice.isVisible()
    assert area.ui.newButton.isEnabled()


def test_the_month_grid_stays_put_while_a_big_cohorts_calendar_is_read_again(
    qtbot: QtBot,
    db: Database,
    cohorts: dict[str, int],
    held_reads: threading.Event,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    area = CalendarArea(AppContext(db, QUndoStack()))
    shown(area, qtbot)
    area.set_cohort(cohorts["autumn"])
    held_reads.set()
    qtbot.waitUntil(lambda: not area.loading, timeout=15000)
    qtbot.wait(20)

    def month_grid() -> QRect:
        view = area.ui.monthView
        return QRect(view.mapTo(area, QPoint(0, 0)), view.size())

    month = month_grid()
    held_reads.clear()
    # F5: the notice comes and goes in its own strip. The area below it is not laid out and
    # painted again for it (on 20,000, twice a read, while the worker holds the interpreter).
    area.reload_now()
    assert area.reading_notice.isVisible()
    qtbot.wait(20)
    assert month_grid() == month
    held_reads.set()
    qtbot.waitUntil(lambda: not area.loading, timeout=15000)
    qtbot.wait(20)
    assert not area.reading_notice.isVisible()
    assert month_grid() == month
    # A small cohort is read at once: the strip gives its place back.
    monkeypatch.setattr(reading, "READ_IN_BACKGROUND_FROM", 1000)
    area.set_cohort(cohorts["spring"])
    qtbot.wait(20)
    assert month_grid().top() < month.top()


def test_choosing_another_cohort_while_one_is_read_shows_only_the_newer(
    qtbot: QtBot, db: Database, cohorts: dict[str, int], held_reads: threading.Event
) -> None:
    area = CalendarArea(AppContext(db, QUndoStack()))
    shown(area, qtbot)
    area.set_cohort(cohorts["autumn"])
    area.set_cohort(cohorts["spring"])
    held_reads.set()  # both reads finish, the autumn one first or last
    qtbot.waitUntil(lambda: not area.loading, timeout=15000)
    qtbot.wait(100)  # what a stale read would show arrives by now
    assert len(pairs_listed(area)) == 1
    assert area.span is not None and area.span.name.endswith("Spring rollout")


def test_f5_while_the_calendar_is_read_reads_it_once_more_and_shows_that(
    qtbot: QtBot, db: Database, cohorts: dict[str, int], held_reads: threading.Event
) -> None:
    area = CalendarArea(AppContext(db, QUndoStack()))
    shown(area, qtbot)
    area.set_cohort(cohorts["autumn"])
    area.reload_now()
    area.reload_now()
    assert area.loading
    held_reads.set()
    qtbot.waitUntil(lambda: not area.loading, timeout=15000)
    assert len(pairs_listed(area)) == 2


def test_a_workshops_attendance_is_read_when_its_tab_is_shown_and_ticked_off_in_place(
    qtbot: QtBot, db: Database, cohorts: dict[str, int]
) -> None:
    area = CalendarArea(AppContext(db, QUndoStack()))
    shown(area, qtbot)
    area.set_cohort(cohorts["autumn"])
    qtbot.waitUntil(lambda: not area.loading, timeout=15000)
    area.show_day(date(2026, 10, 7))
    agenda = area.agenda.ui.agendaView
    (row,) = [
        r
        for r in range(area.agenda.proxy.rowCount())
        if area.agenda.proxy.index(r, 0).data(EventRole).title == "Workshop 1"
    ]
    qtbot.mouseClick(
        agenda.viewport(),
        Qt.MouseButton.LeftButton,
        pos=agenda.visualRect(area.agenda.proxy.index(row, 0)).center(),
    )
    assert area.attendance.sheet is None  # not read while its tab is hidden
    area.ui.tabs.setCurrentWidget(area.attendance)
    assert area.attendance.reading_notice.isVisible()
    checklist = area.attendance.ui.checklist
    qtbot.waitUntil(lambda: checklist.model().rowCount() == 4, timeout=15000)
    assert not area.attendance.reading_notice.isVisible()
    qtbot.mouseClick(
        checklist.viewport(),
        Qt.MouseButton.LeftButton,
        pos=checklist.visualRect(checklist.model().index(1, 0)).center(),
    )
    qtbot.keyClick(checklist, Qt.Key.Key_Space)  # a big cohort's tick saves in a worker
    qtbot.waitUntil(lambda: "1 present" in area.attendance.ui.counts.text(), timeout=15000)
    assert checklist.currentIndex().row() == 1  # the list kept its place
    qtbot.waitUntil(lambda: not area.loading, timeout=15000)


def test_a_big_cohorts_reports_read_in_place_and_a_signed_agreement_counts_at_once(
    qtbot: QtBot, db: Database, cohorts: dict[str, int]
) -> None:
    area = ReportsArea(AppContext(db, QUndoStack()))
    shown(area, qtbot)
    area.set_cohort(cohorts["autumn"])
    assert area.loading and area.reading_notice.isVisible()
    assert area.ui.heading.text() == "Reports"  # never another cohort's name meanwhile
    assert "Choose a cohort" not in area.summary_panel.ui.summaryView.note.text()
    qtbot.waitUntil(lambda: "Autumn rollout" in area.ui.heading.text(), timeout=15000)
    assert not area.reading_notice.isVisible()
    figures = area.summary_panel.ui.summaryView.figure_labels
    assert figures["applicants"].text() == "5"
    assert figures["signed"].text() == "0/2"

    area.ui.tabs.setCurrentIndex(1)
    table = area.agreements.ui.table
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualRect(area.agreements.model.index(0, 0)).center(),
    )
    qtbot.mouseClick(area.agreements.ui.signedTodayButton, Qt.MouseButton.LeftButton)
    # The figure follows the table at once, without reading the whole summary again.
    assert figures["signed"].text() == "1/2"
    assert not area.loading


def test_a_big_cohorts_audit_trail_is_read_in_place(
    qtbot: QtBot, db: Database, cohorts: dict[str, int]
) -> None:
    area = AuditArea(AppContext(db, QUndoStack()))
    shown(area, qtbot)
    area.set_cohort(cohorts["autumn"])
    assert area.loading and area.reading_notice.isVisible()
    qtbot.waitUntil(lambda: area.model.rowCount() > 0, timeout=15000)
    assert not area.loading and not area.reading_notice.isVisible()
    assert "change" in area.count_label.text()


def test_the_window_is_not_ready_until_the_calendar_on_screen_has_its_year(
    qtbot: QtBot,
    db: Database,
    cohorts: dict[str, int],
    open_window: object,
    held_reads: threading.Event,
) -> None:
    window: MainWindow = open_window(db)  # type: ignore[operator]
    window.select_cohort(cohorts["autumn"])
    window.show_area(2)
    assert window.is_ready() is False  # --ready-and-quit waits for the worker
    held_reads.set()
    qtbot.waitUntil(window.is_ready, timeout=15000)
    assert len(pairs_listed(window.calendar)) == 2
    assert window.calendar.selected_day >= date(2020, 1, 1)


def test_the_collector_waits_while_jobs_run_and_resumes_after_the_last(
    qtbot: QtBot,
) -> None:
    """A job's full garbage collections held the window; none runs while a job reads."""
    release = threading.Event()
    seen: list[bool] = []

    def reading(_progress: object) -> None:
        seen.append(gc.isenabled())
        assert release.wait(10)

    first, second = Job(reading), Job(reading)
    pool = QThreadPool.globalInstance()
    pool.start(first)
    pool.start(second)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=15000)
    assert seen == [False, False] and not gc.isenabled()
    release.set()
    qtbot.waitUntil(gc.isenabled, timeout=15000)
