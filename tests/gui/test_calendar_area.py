"""The Calendar area, driven as a committee member would: create, drag, filter, mark attendance."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar
from icalendar import Event as CalendarEvent
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog
from pytestqt.qtbot import QtBot

from mentordesk.core.calendar.attendance import AttendanceSheet, attendance_sheet, mark_attendance
from mentordesk.core.calendar.events import EventDraft, create_event, list_events
from mentordesk.core.calendar.overview import YearPlanStart, year_plan_start
from mentordesk.core.storage.database import Database
from mentordesk.core.storage.models import Audience, EventKind
from mentordesk.gui import reading
from mentordesk.gui.app import create_application
from mentordesk.gui.calendar import CalendarArea, attendance_panel
from mentordesk.gui.calendar import area as calendar_area
from mentordesk.gui.calendar.models import EventRole
from mentordesk.gui.context import AppContext
from mentordesk.gui.main_window import MainWindow
from tests.core.storage.test_several_desks import run_desks
from tests.factories import make_active_pair, make_cohort

DENVER = "America/Denver"


@pytest.fixture
def year(db: Database) -> dict[str, int]:
    """A staff cohort in Denver with two pairs, a workshop and each pair's meeting."""
    with db.transaction() as s:
        cohort = make_cohort(s, preset="staff", start=date(2026, 9, 1), end=date(2027, 6, 30))
        cohort.timezone = DENVER
        first, second = make_active_pair(s, cohort), make_active_pair(s, cohort)
        ids = {"cohort": cohort.id, "first": first.id, "second": second.id}
        (workshop,) = create_event(
            s,
            cohort.id,
            EventDraft(
                "Workshop 1",
                datetime(2026, 10, 7, 12),
                datetime(2026, 10, 7, 13, 30),
                DENVER,
                EventKind.WORKSHOP,
            ),
        )
        ids["workshop"] = workshop.id
        for key, day in (("first", 8), ("second", 9)):
            (meeting,) = create_event(
                s,
                cohort.id,
                EventDraft(
                    f"Coffee {key}",
                    datetime(2026, 10, day, 8),
                    datetime(2026, 10, day, 9),
                    DENVER,
                    EventKind.PAIR_MEETING,
                    Audience.PAIR,
                    pairing_id=ids[key],
                ),
            )
            ids[f"meeting_{key}"] = meeting.id
    return ids


@pytest.fixture
def area(qtbot: QtBot, db: Database, year: dict[str, int]) -> CalendarArea:
    widget = CalendarArea(AppContext(db, QUndoStack()))
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    widget.set_cohort(year["cohort"])
    widget.show_day(date(2026, 10, 7))
    return widget


def _click_day(qtbot: QtBot, area: CalendarArea, day: date) -> QPoint:
    rect = area.ui.monthView.visualRect(area.month_model.index_of(day))
    qtbot.mouseClick(area.ui.monthView.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    return rect.center()


def _agenda_titles(area: CalendarArea) -> list[str]:
    return [
        area.agenda.proxy.index(row, 0).data(EventRole).title
        for row in range(area.agenda.proxy.rowCount())
    ]


def _grid_titles(area: CalendarArea, day: date) -> list[str]:
    return [e.title for e in area.month_model.events_on(day)]


def test_a_workshop_typed_into_the_dialog_appears_on_its_day(
    qtbot: QtBot, area: CalendarArea, db: Database, year: dict[str, int]
) -> None:
    day = date(2026, 10, 21)
    _click_day(qtbot, area, day)
    qtbot.mouseClick(area.ui.newButton, Qt.MouseButton.LeftButton)
    dialog = area.event_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.form.titleEdit, "Workshop: giving feedback")
    qtbot.keyClicks(dialog.form.locationEdit, "Domenici Hall 2010")
    save = dialog.form.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert "Workshop: giving feedback" in _grid_titles(area, day)
    assert "Workshop: giving feedback" in _agenda_titles(area)
    with db.reading() as s:
        event = next(e for e in list_events(s, year["cohort"]) if e.day == day)
    assert (event.start.hour, event.timezone, event.location) == (12, DENVER, "Domenici Hall 2010")


def test_every_second_tuesday_from_the_dialog_makes_a_series(
    qtbot: QtBot, area: CalendarArea, db: Database, year: dict[str, int]
) -> None:
    _click_day(qtbot, area, date(2026, 10, 13))
    qtbot.mouseClick(area.ui.newButton, Qt.MouseButton.LeftButton)
    form = area.event_dialog.form  # type: ignore[union-attr]
    qtbot.keyClicks(form.titleEdit, "Lunch circle")
    form.frequencyCombo.setCurrentIndex(form.frequencyCombo.findData("WEEKLY"))
    form.intervalSpin.setValue(2)
    form.countSpin.setValue(4)
    assert form.repeatSummary.text() == "Every 2 weeks on Tuesday, 4 times"
    qtbot.mouseClick(
        form.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    with db.reading() as s:
        days = [e.day for e in list_events(s, year["cohort"]) if e.title == "Lunch circle"]
    assert days == [date(2026, 10, 13), date(2026, 10, 27), date(2026, 11, 10), date(2026, 11, 24)]


def _drop(view_port: object, mime: QMimeData, pos: QPoint) -> None:
    point = QPointF(pos)
    actions = Qt.DropAction.MoveAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for event in (
        QDragEnterEvent(pos, actions, mime, buttons, mods),
        QDragMoveEvent(pos, actions, mime, buttons, mods),
        QDropEvent(point, actions, mime, buttons, mods, QEvent.Type.Drop),
    ):
        QApplication.sendEvent(view_port, event)  # type: ignore[arg-type]


def test_dragging_a_workshop_onto_another_day_moves_it_and_undo_brings_it_back(
    qtbot: QtBot, area: CalendarArea, db: Database, year: dict[str, int]
) -> None:
    row = _agenda_titles(area).index("Workshop 1")
    mime = area.agenda.proxy.mimeData([area.agenda.proxy.index(row, 0)])
    target = date(2026, 10, 15)
    rect = area.ui.monthView.visualRect(area.month_model.index_of(target))
    _drop(area.ui.monthView.viewport(), mime, rect.center())
    qtbot.waitUntil(lambda: "Workshop 1" in _grid_titles(area, target))
    assert "Workshop 1" not in _grid_titles(area, date(2026, 10, 7))
    with db.reading() as s:
        moved = next(e for e in list_events(s, year["cohort"]) if e.id == year["workshop"])
    assert (moved.day, moved.start.hour, moved.minutes) == (target, 12, 90)
    assert area.context.undo_stack.count() == 1
    area.context.undo_stack.undo()
    assert "Workshop 1" in _grid_titles(area, date(2026, 10, 7))
    with db.reading() as s:
        back = next(e for e in list_events(s, year["cohort"]) if e.id == year["workshop"])
    assert back.day == date(2026, 10, 7)


def test_undoing_a_move_after_another_desk_moved_the_event_again_is_refused(
    qtbot: QtBot, area: CalendarArea, db: Database, year: dict[str, int], messages: list[str]
) -> None:
    row = _agenda_titles(area).index("Workshop 1")
    mime = area.agenda.proxy.mimeData([area.agenda.proxy.index(row, 0)])
    rect = area.ui.monthView.visualRect(area.month_model.index_of(date(2026, 10, 15)))
    _drop(area.ui.monthView.viewport(), mime, rect.center())
    qtbot.waitUntil(lambda: "Workshop 1" in _grid_titles(area, date(2026, 10, 15)))
    # Another desk, a real process, moves the workshop on to the 22nd.
    item = {"k": 0, "event": year["workshop"], "day": "2026-10-22"}
    [other] = run_desks(db, "event", {"B": [item]})
    assert other["outcome"] == "ok", other

    area.context.undo_stack.undo()  # Edit ▸ Undo "Move “Workshop 1” to 15 Oct"

    qtbot.waitUntil(lambda: bool(messages))
    assert messages[-1].startswith(
        "Move “Workshop 1” to 15 Oct: “Workshop 1” was moved since (to Thursday 22 October "
        "2026, by B on "
    ), messages
    assert "nothing was changed" in messages[-1]
    with db.reading() as s:
        event = next(e for e in list_events(s, year["cohort"]) if e.id == year["workshop"])
    assert event.day == date(2026, 10, 22)  # theirs stays, never dragged back from under them
    assert area.context.undo_stack.count() == 0
    area.show_day(date(2026, 10, 22))
    qtbot.waitUntil(lambda: "Workshop 1" in _grid_titles(area, date(2026, 10, 22)))


def test_filters_by_kind_and_by_pair(
    qtbot: QtBot, area: CalendarArea, year: dict[str, int]
) -> None:
    assert _agenda_titles(area) == ["Workshop 1", "Coffee first", "Coffee second"]
    area.kind_actions[EventKind.WORKSHOP].trigger()  # untick
    assert _agenda_titles(area) == ["Coffee first", "Coffee second"]
    assert _grid_titles(area, date(2026, 10, 7)) == []
    area.kind_actions[EventKind.WORKSHOP].trigger()
    area.ui.pairCombo.setCurrentIndex(area.ui.pairCombo.findData(year["first"]))
    assert _agenda_titles(area) == ["Workshop 1", "Coffee first"]  # the pair's calendar
    assert _grid_titles(area, date(2026, 10, 9)) == []


def test_reading_the_year_again_leaves_the_pair_filter_as_it_was(
    qtbot: QtBot, area: CalendarArea, year: dict[str, int]
) -> None:
    combo = area.ui.pairCombo
    combo.setCurrentIndex(combo.findData(year["first"]))
    resets: list[int] = []
    combo.model().modelReset.connect(lambda: resets.append(1))
    area.refresh()  # F5, or a change elsewhere that left the pairs as they were
    assert resets == []  # a list of thousands of pairs is not built again for nothing
    assert combo.currentData() == year["first"]
    assert _agenda_titles(area) == ["Workshop 1", "Coffee first"]


def test_attendance_is_ticked_off_in_the_checklist(
    qtbot: QtBot, area: CalendarArea, db: Database, year: dict[str, int]
) -> None:
    row = _agenda_titles(area).index("Workshop 1")
    rect = area.agenda.ui.agendaView.visualRect(area.agenda.proxy.index(row, 0))
    qtbot.mouseClick(
        area.agenda.ui.agendaView.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
    )
    area.ui.tabs.setCurrentIndex(1)
    checklist = area.attendance.ui.checklist
    people = checklist.model()
    assert people.rowCount() == 4  # two mentors, two mentees
    for row in (0, 1):
        qtbot.mouseClick(
            checklist.viewport(),
            Qt.MouseButton.LeftButton,
            pos=checklist.visualRect(people.index(row, 0)).center(),
        )
        qtbot.keyClick(checklist, Qt.Key.Key_Space)
    assert "2 present" in area.attendance.ui.counts.text()
    qtbot.mouseClick(area.attendance.ui.everyonePresentButton, Qt.MouseButton.LeftButton)
    with db.reading() as s:
        counts = attendance_sheet(s, year["workshop"]).counts
    assert counts["present"] == 4 and counts["unmarked"] == 0


def test_a_big_cohort_s_ticks_are_saved_off_the_gui_thread(
    qtbot: QtBot,
    area: CalendarArea,
    db: Database,
    year: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Any cohort of two applications or more counts as big here: one tick re-reads a
    # workshop's sheet of thousands of people.
    monkeypatch.setattr(reading, "READ_IN_BACKGROUND_FROM", 2)
    savers: list[str] = []

    def recorded(session: object, *args: object, **options: object) -> AttendanceSheet:
        savers.append(threading.current_thread().name)
        return mark_attendance(session, *args, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(attendance_panel, "mark_attendance", recorded)
    area.refresh()
    qtbot.waitUntil(lambda: not area.loading)
    row = _agenda_titles(area).index("Workshop 1")
    rect = area.agenda.ui.agendaView.visualRect(area.agenda.proxy.index(row, 0))
    qtbot.mouseClick(
        area.agenda.ui.agendaView.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
    )
    area.ui.tabs.setCurrentWidget(area.attendance)
    qtbot.waitUntil(lambda: area.attendance.model.rowCount() == 4)
    checklist = area.attendance.ui.checklist
    qtbot.mouseClick(
        checklist.viewport(),
        Qt.MouseButton.LeftButton,
        pos=checklist.visualRect(checklist.model().index(0, 0)).center(),
    )
    qtbot.keyClick(checklist, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "1 present" in area.attendance.ui.counts.text())
    assert savers and savers[0] != threading.main_thread().name
    with db.reading() as s:
        assert attendance_sheet(s, year["workshop"]).counts["present"] == 1


def test_a_meeting_logged_in_the_dialog_shows_in_the_log(
    qtbot: QtBot, area: CalendarArea, year: dict[str, int]
) -> None:
    area.ui.pairCombo.setCurrentIndex(area.ui.pairCombo.findData(year["second"]))
    qtbot.mouseClick(area.ui.logButton, Qt.MouseButton.LeftButton)
    dialog = area.meeting_dialog
    assert dialog is not None
    dialog.form.dateEdit.setDate(date(2026, 10, 20))
    dialog.form.durationSpin.setValue(75)
    qtbot.mouseClick(
        dialog.form.buttonBox.button(QDialogButtonBox.StandardButton.Save),
        Qt.MouseButton.LeftButton,
    )
    logs = area.meetings.ui.logs.model()
    assert logs.rowCount() == 1
    assert [logs.index(0, c).data() for c in (0, 2)] == ["2026-10-20", "75 min"]


def test_plan_the_year_dialog_plans_what_the_rules_ask(
    qtbot: QtBot, db: Database, messages: list[str]
) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s, preset="staff", start=date(2026, 9, 1), end=date(2027, 6, 30))
        make_active_pair(s, cohort)
        cohort_id = cohort.id
    area = CalendarArea(AppContext(db, QUndoStack()))
    qtbot.addWidget(area)
    area.set_cohort(cohort_id)
    qtbot.mouseClick(area.ui.planButton, Qt.MouseButton.LeftButton)
    dialog = area.plan_dialog
    assert dialog is not None and len(dialog.workshop_edits) == 6
    assert "6 workshop" in dialog.form.rulesLabel.text()
    qtbot.mouseClick(
        dialog.form.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: area.ui.statusLabel.text().startswith("Planned the year"), timeout=5000)
    assert messages == []
    with db.reading() as s:
        kinds = [e.kind for e in list_events(s, cohort_id)]
    assert sorted(kinds) == sorted(
        [EventKind.ORIENTATION, EventKind.CLOSEOUT] + [EventKind.WORKSHOP] * 6
    )
    assert len(area.events) == 8


def test_plan_the_year_of_a_big_cohort_reads_what_it_needs_off_the_gui_thread(
    qtbot: QtBot, db: Database, messages: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Any cohort of two applications or more counts as big here.
    monkeypatch.setattr(reading, "READ_IN_BACKGROUND_FROM", 2)
    readers: list[str] = []

    def recorded(session: object, cohort_id: int) -> YearPlanStart:
        readers.append(threading.current_thread().name)
        return year_plan_start(session, cohort_id)  # type: ignore[arg-type]

    monkeypatch.setattr(calendar_area, "year_plan_start", recorded)
    with db.transaction() as s:
        cohort = make_cohort(s, preset="staff", start=date(2026, 9, 1), end=date(2027, 6, 30))
        make_active_pair(s, cohort)
        cohort_id = cohort.id
    area = CalendarArea(AppContext(db, QUndoStack()))
    qtbot.addWidget(area)
    area.show()
    area.set_cohort(cohort_id)
    qtbot.waitUntil(lambda: not area.loading)
    qtbot.mouseClick(area.ui.planButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: area.plan_dialog is not None)
    assert readers and readers[0] != threading.main_thread().name
    assert len(area.plan_dialog.workshop_edits) == 6  # type: ignore[union-attr]
    assert not area.reading_notice.isVisible() and messages == []


def test_planning_a_planned_year_says_why_not(
    qtbot: QtBot, area: CalendarArea, messages: list[str]
) -> None:
    qtbot.mouseClick(area.ui.planButton, Qt.MouseButton.LeftButton)
    assert area.plan_dialog is None
    assert "already planned" in messages[0]


def test_export_then_import_the_same_file_changes_nothing(
    qtbot: QtBot, area: CalendarArea, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "cohort.ics"
    area.export_ics(path)  # off the GUI thread: a big cohort's year takes seconds
    qtbot.waitUntil(lambda: "Wrote 3 events" in area.ui.statusLabel.text(), timeout=10_000)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(path), ""))
    )
    # The import runs off the GUI thread too: a file of thousands of events takes seconds.
    qtbot.mouseClick(area.ui.importButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Imported" in area.ui.statusLabel.text(), timeout=10_000)
    assert area.ui.statusLabel.text() == "Imported cohort.ics: 0 new, 0 updated, 3 unchanged"


def test_importing_a_file_that_is_not_a_calendar_says_so_and_adds_nothing(
    qtbot: QtBot,
    area: CalendarArea,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    messages: list[str],
) -> None:
    path = tmp_path / "notes.ics"
    path.write_text("shopping list: milk, eggs\n")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(path), ""))
    )
    events = len(area.events)
    qtbot.mouseClick(area.ui.importButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    assert "Not a calendar (.ics) file" in messages[0]
    assert len(area.events) == events


def test_export_whole_cohort_from_the_menu_writes_the_file_off_the_gui_thread(
    qtbot: QtBot, area: CalendarArea, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "autumn.ics"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(path), ""))
    )
    menu = area.ui.exportButton.menu()
    (whole,) = [a for a in menu.actions() if a.text() == "Whole cohort…"]
    whole.trigger()
    qtbot.waitUntil(lambda: area.ui.statusLabel.text().startswith("Wrote 3 events"))
    calendar = Calendar.from_ical(path.read_bytes())
    assert sorted(str(e["SUMMARY"]) for e in calendar.walk("VEVENT")) == [
        "Coffee first",
        "Coffee second",
        "Workshop 1",
    ]


def test_the_main_windows_calendar_page_follows_the_cohort(
    open_window: Callable[[Database], MainWindow], db: Database, year: dict[str, int]
) -> None:
    window = open_window(db)
    window.show_area(2)
    calendar = window.areas[2]
    assert isinstance(calendar, CalendarArea)
    assert calendar.cohort_id == year["cohort"]
    assert len(calendar.events) == 3


def test_a_file_imported_while_another_area_is_in_front_shows_when_the_calendar_is_turned_to(
    qtbot: QtBot,
    open_window: Callable[[Database], MainWindow],
    db: Database,
    year: dict[str, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    talks = Calendar()
    talks.add("prodid", "-//another tool//EN")
    talks.add("version", "2.0")
    talk = CalendarEvent()
    talk.add("uid", "talk-1@another-tool")
    talk.add("summary", "Career talk")
    talk.add("dtstart", datetime(2026, 10, 20, 17))
    talk.add("dtend", datetime(2026, 10, 20, 18))
    talks.add_component(talk)
    path = tmp_path / "talks.ics"
    path.write_bytes(talks.to_ical())
    window = open_window(db)
    window.show_area(2)
    calendar = window.areas[2]
    assert isinstance(calendar, CalendarArea)
    assert len(calendar.events) == 3
    window.show_area(3)  # Reports in front
    reads: list[int] = []
    read = calendar_area.cohort_calendar

    def recorded(*args: Any, **kwargs: Any) -> Any:
        reads.append(1)
        return read(*args, **kwargs)

    monkeypatch.setattr(calendar_area, "cohort_calendar", recorded)
    calendar.import_ics(path)
    qtbot.waitUntil(lambda: "Imported talks.ics" in calendar.ui.statusLabel.text(), timeout=10_000)
    qtbot.wait(50)
    # Not read behind Reports' back: on a big cohort that read would compete with the area
    # in front for the interpreter while it shows the change.
    assert reads == []
    window.show_area(2)
    qtbot.waitUntil(lambda: len(calendar.events) == 4, timeout=10_000)
    assert reads == [1]
    assert "Career talk" in [e.title for e in calendar.events]


def test_editing_a_series_from_the_agenda_changes_every_occurrence(
    qtbot: QtBot, area: CalendarArea, db: Database, year: dict[str, int]
) -> None:
    with db.transaction() as s:
        create_event(
            s,
            year["cohort"],
            EventDraft(
                "Lunch circle",
                datetime(2026, 10, 6, 12),
                datetime(2026, 10, 6, 13),
                DENVER,
                recurrence="FREQ=WEEKLY;COUNT=3",
            ),
        )
    area.refresh()
    area.show_day(date(2026, 10, 6))
    row = _agenda_titles(area).index("Lunch circle")
    rect = area.agenda.ui.agendaView.visualRect(area.agenda.proxy.index(row, 0))
    # A real double-click: press and release, then the double-click.
    qtbot.mouseClick(
        area.agenda.ui.agendaView.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
    )
    qtbot.mouseDClick(
        area.agenda.ui.agendaView.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
    )
    dialog = area.event_dialog
    assert dialog is not None and dialog.form.scopeGroup.isVisibleTo(dialog)
    assert dialog.form.repeatSummary.text() == "Every week, 3 times"
    dialog.form.titleEdit.clear()
    qtbot.keyClicks(dialog.form.titleEdit, "Lunch & learn")
    dialog.form.scopeSeriesRadio.setChecked(True)
    qtbot.mouseClick(
        dialog.form.buttonBox.button(QDialogButtonBox.StandardButton.Save),
        Qt.MouseButton.LeftButton,
    )
    with db.reading() as s:
        titles = [e.title for e in list_events(s, year["cohort"]) if e.series_id]
    assert titles == ["Lunch & learn"] * 3


def test_saving_an_event_another_desk_moved_while_the_dialog_was_open_is_refused(
    qtbot: QtBot, area: CalendarArea, db: Database, year: dict[str, int], messages: list[str]
) -> None:
    row = _agenda_titles(area).index("Workshop 1")
    rect = area.agenda.ui.agendaView.visualRect(area.agenda.proxy.index(row, 0))
    view = area.agenda.ui.agendaView.viewport()
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = area.event_dialog
    assert dialog is not None and dialog.isVisible()
    # While the dialog is open, another desk (a real process) moves the workshop on a week.
    item = {"k": 0, "event": year["workshop"], "day": "2026-10-14"}
    [other] = run_desks(db, "event", {"B": [item]})
    assert other["outcome"] == "ok", other
    dialog.form.titleEdit.clear()
    qtbot.keyClicks(dialog.form.titleEdit, "Workshop 1: feedback")

    qtbot.mouseClick(
        dialog.form.buttonBox.button(QDialogButtonBox.StandardButton.Save),
        Qt.MouseButton.LeftButton,
    )

    said = messages[-1]  # in a message box over the dialog
    assert "“Workshop 1” was changed since it was opened (its start, its end, by B on " in said
    assert "nothing was saved" in said
    assert dialog.isVisible()  # the committee's typing is still there
    with db.reading() as s:
        event = next(e for e in list_events(s, year["cohort"]) if e.id == year["workshop"])
    assert (event.title, event.day) == ("Workshop 1", date(2026, 10, 14))  # theirs stands


def test_an_event_ending_before_it_starts_keeps_the_dialog_open_with_the_reason(
    qtbot: QtBot, area: CalendarArea, messages: list[str]
) -> None:
    qtbot.mouseClick(area.ui.newButton, Qt.MouseButton.LeftButton)
    dialog = area.event_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.form.titleEdit, "Backwards")
    dialog.form.endTimeEdit.setTime(dialog.form.startTimeEdit.time().addSecs(-3600))
    qtbot.mouseClick(
        dialog.form.buttonBox.button(QDialogButtonBox.StandardButton.Save),
        Qt.MouseButton.LeftButton,
    )
    assert dialog.isVisible() and "ends" in messages[0] and "before it starts" in messages[0]
    assert "Backwards" not in [e.title for e in area.events]


def test_an_import_is_summed_up_in_the_window_s_language(
    qtbot: QtBot,
    area: CalendarArea,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qapp: QApplication,
) -> None:
    path = tmp_path / "cohort.ics"
    area.export_ics(path)
    qtbot.waitUntil(lambda: "Wrote 3 events" in area.ui.statusLabel.text(), timeout=10_000)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(path), ""))
    )
    monkeypatch.setenv("MENTORDESK_LANG", "es")
    create_application()
    try:
        qtbot.mouseClick(area.ui.importButton, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "sin cambios" in area.ui.statusLabel.text(), timeout=10_000)
        said = area.ui.statusLabel.text()
    finally:
        monkeypatch.setenv("MENTORDESK_LANG", "en")
        create_application()
    assert said.endswith("cohort.ics: 0 nuevos, 0 actualizados, 3 sin cambios"), said
