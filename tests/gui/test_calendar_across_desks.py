"""The Calendar's attendance sheet and meeting logs beside another desk (a real process):
a tick or a log over something this window never showed is refused in words, and the
window then shows what the other desk did."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from mentordesk.core.calendar.attendance import attendance_sheet, meeting_logs
from mentordesk.core.storage.database import Database
from mentordesk.core.storage.models import AttendanceStatus
from mentordesk.gui.calendar import CalendarArea
from mentordesk.gui.calendar.attendance_panel import ApplicationIdRole
from tests.core.storage.test_several_desks import run_desks
from tests.gui.test_calendar_area import _agenda_titles, area, year

__all__ = ["area", "year"]  # the Calendar area's fixtures, used here too


def _open_sheet(qtbot: QtBot, area: CalendarArea, title: str) -> None:
    row = _agenda_titles(area).index(title)
    rect = area.agenda.ui.agendaView.visualRect(area.agenda.proxy.index(row, 0))
    qtbot.mouseClick(
        area.agenda.ui.agendaView.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
    )
    area.ui.tabs.setCurrentWidget(area.attendance)
    qtbot.waitUntil(lambda: area.attendance.model.rowCount() == 4)


def test_a_tick_over_a_mark_another_desk_made_meanwhile_is_refused_and_theirs_shown(
    qtbot: QtBot, area: CalendarArea, db: Database, year: dict[str, int], messages: list[str]
) -> None:
    _open_sheet(qtbot, area, "Workshop 1")
    checklist = area.attendance.ui.checklist
    first = checklist.model().index(0, 0)
    person = int(first.data(ApplicationIdRole))
    name = area.attendance.sheet.rows[0].name  # type: ignore[union-attr]
    # Another desk marks that person excused while this sheet still shows them unmarked.
    item = {"k": 0, "event": year["workshop"], "application": person, "status": "excused"}
    [other] = run_desks(db, "mark", {"B": [item]})
    assert other["outcome"] == "ok", other

    qtbot.mouseClick(
        checklist.viewport(), Qt.MouseButton.LeftButton, pos=checklist.visualRect(first).center()
    )
    qtbot.keyClick(checklist, Qt.Key.Key_Space)  # ticked present

    qtbot.waitUntil(lambda: bool(messages))
    assert messages[-1].startswith(
        f"{name}'s attendance at “Workshop 1” was changed since (now excused by B on "
    )
    assert "the sheet showed “not marked”); nothing was saved" in messages[-1]
    with db.reading() as s:
        sheet = attendance_sheet(s, year["workshop"])
    assert {r.application_id: r.status for r in sheet.rows}[person] is AttendanceStatus.EXCUSED
    # The sheet is read again: theirs is what it shows now, and a tick now saves.
    qtbot.waitUntil(lambda: "excused" in checklist.model().index(0, 0).data())
    qtbot.waitUntil(lambda: "1 excused" in area.attendance.ui.counts.text())


def test_logging_a_meeting_another_desk_logged_meanwhile_is_refused_and_shown(
    qtbot: QtBot, area: CalendarArea, db: Database, year: dict[str, int], messages: list[str]
) -> None:
    pair = year["second"]
    # Another desk logs the pair's meeting of 20 October while this window shows no log.
    item = {"k": 0, "pair": pair, "day": "2026-10-20", "minutes": 60}
    [other] = run_desks(db, "log", {"B": [item]})
    assert other["outcome"] == "ok", other
    area.ui.pairCombo.setCurrentIndex(area.ui.pairCombo.findData(pair))
    qtbot.mouseClick(area.ui.logButton, Qt.MouseButton.LeftButton)
    dialog = area.meeting_dialog
    assert dialog is not None
    dialog.form.dateEdit.setDate(date(2026, 10, 20))
    dialog.form.durationSpin.setValue(75)

    qtbot.mouseClick(
        dialog.form.buttonBox.button(QDialogButtonBox.StandardButton.Save),
        Qt.MouseButton.LeftButton,
    )

    assert "on 20 October 2026 was logged since (60 min, video, by B on " in messages[-1]
    assert "nothing was logged" in messages[-1]
    with db.reading() as s:
        assert [log.duration_minutes for log in meeting_logs(s, pairing_id=pair)] == [60]
    logs = area.meetings.ui.logs.model()
    qtbot.waitUntil(lambda: logs.rowCount() == 1)  # theirs appears behind the dialog
    assert logs.index(0, 2).data() == "60 min"
    # Saved again, now that the window shows theirs: a second meeting that day is logged.
    qtbot.mouseClick(
        dialog.form.buttonBox.button(QDialogButtonBox.StandardButton.Save),
        Qt.MouseButton.LeftButton,
    )
    qtbot.waitUntil(lambda: logs.rowCount() == 2)
