"""What a desk reads, in Spanish, when another desk got there first: a tick over a mark set
meanwhile, on an event cancelled or a person withdrawn meanwhile, a meeting logged or removed
meanwhile, and a field of an application changed meanwhile. The other desk writes through
the core (as ``mentordesk`` beside the window would); the command line keeps the English."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from mentordesk.core.applications.records import update_application, withdraw_application
from mentordesk.core.calendar.attendance import (
    delete_meeting_log,
    log_meeting,
    mark_attendance,
    meeting_logs,
)
from mentordesk.core.calendar.events import cancel_event
from mentordesk.core.errors import ConflictError
from mentordesk.core.storage.database import Database
from mentordesk.core.storage.models import Application, AttendanceStatus, Cohort
from mentordesk.gui.calendar import CalendarArea
from mentordesk.gui.calendar.attendance_panel import ApplicationIdRole
from mentordesk.gui.conflict_dialog import ConflictDialog
from mentordesk.gui.context import AppContext
from mentordesk.gui.main_window import MainWindow
from tests.factories import make_application
from tests.gui.test_calendar_across_desks import _open_sheet
from tests.gui.test_calendar_area import _agenda_titles, year
from tests.gui.test_several_desks import _edit_department, _row
from tests.gui.test_several_desks import year as rollout
from tests.gui.test_the_window_s_words import in_language

__all__ = ["in_language", "rollout", "year"]  # fixtures of their own modules, used here too


@pytest.fixture
def spanish(in_language: Callable[[str], None]) -> None:
    in_language("es")


@pytest.fixture
def area(spanish: None, qtbot: QtBot, db: Database, year: dict[str, int]) -> CalendarArea:
    """The Calendar in Spanish on the workshop's day (built once the language is set)."""
    widget = CalendarArea(AppContext(db, QUndoStack()))
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    widget.set_cohort(year["cohort"])
    widget.show_day(date(2026, 10, 7))
    return widget


def _tick_first(qtbot: QtBot, area: CalendarArea) -> tuple[int, str]:
    """Opens the workshop's sheet; the first person on it (id, name)."""
    _open_sheet(qtbot, area, "Workshop 1")
    checklist = area.attendance.ui.checklist
    first = checklist.model().index(0, 0)
    person = int(first.data(ApplicationIdRole))
    name = area.attendance.sheet.rows[0].name  # type: ignore[union-attr]
    return person, name


def _click_and_tick(qtbot: QtBot, area: CalendarArea) -> None:
    checklist = area.attendance.ui.checklist
    first = checklist.model().index(0, 0)
    qtbot.mouseClick(
        checklist.viewport(), Qt.MouseButton.LeftButton, pos=checklist.visualRect(first).center()
    )
    qtbot.keyClick(checklist, Qt.Key.Key_Space)


def test_a_tick_over_a_mark_another_desk_set_meanwhile_says_who_in_spanish(
    qtbot: QtBot, area: CalendarArea, db: Database, year: dict[str, int], messages: list[str]
) -> None:
    person, name = _tick_first(qtbot, area)
    with db.transaction(actor="marie") as s:  # another desk: excused, while this sheet shows none
        mark_attendance(s, year["workshop"], {person: AttendanceStatus.EXCUSED})

    _click_and_tick(qtbot, area)

    qtbot.waitUntil(lambda: bool(messages))
    said = messages[-1]
    assert said.startswith(
        f"La asistencia de {name} a “Workshop 1” cambió desde entonces "
        "(ahora justificado, marcado por marie el "
    ), said
    assert said.endswith(
        "; la hoja mostraba «sin marcar»); no se guardó nada. Vuelva a mirar la hoja (F5)"
    ), said


def test_everyone_present_over_marks_set_meanwhile_names_them_in_spanish(
    qtbot: QtBot, area: CalendarArea, db: Database, year: dict[str, int], messages: list[str]
) -> None:
    _tick_first(qtbot, area)
    rows = area.attendance.sheet.rows  # type: ignore[union-attr]
    with db.transaction(actor="marie") as s:  # another desk marks two people absent
        mark_attendance(
            s, year["workshop"], {r.application_id: AttendanceStatus.ABSENT for r in rows[:2]}
        )

    qtbot.mouseClick(area.attendance.ui.everyonePresentButton, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: bool(messages))
    first, second = sorted((r.name for r in rows[:2]), key=str.casefold)
    assert messages[-1] == (
        f"La asistencia de {first} (ahora ausente) y {second} (ahora ausente) "
        "a “Workshop 1” cambió desde entonces; no se guardó nada. Vuelva a mirar la hoja (F5)"
    )


def test_a_tick_on_an_event_another_desk_cancelled_reads_in_spanish(
    qtbot: QtBot, area: CalendarArea, db: Database, year: dict[str, int], messages: list[str]
) -> None:
    _tick_first(qtbot, area)
    with db.transaction(actor="marie") as s:
        cancel_event(s, year["workshop"])

    _click_and_tick(qtbot, area)

    qtbot.waitUntil(lambda: bool(messages))
    said = messages[-1]
    assert said.startswith("Se canceló 'Workshop 1' (por marie el "), said
    assert said.endswith("); nadie puede asistir"), said


def test_a_tick_for_someone_withdrawn_meanwhile_reads_in_spanish(
    qtbot: QtBot, area: CalendarArea, db: Database, year: dict[str, int], messages: list[str]
) -> None:
    with db.transaction() as s:  # accepted, in no pair yet: expected at the workshop
        cohort = s.get(Cohort, year["cohort"])
        zoe = make_application(s, cohort, status="accepted", first_name="Zoe", last_name="Ruiz").id
    row = _agenda_titles(area).index("Workshop 1")
    rect = area.agenda.ui.agendaView.visualRect(area.agenda.proxy.index(row, 0))
    qtbot.mouseClick(
        area.agenda.ui.agendaView.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
    )
    area.ui.tabs.setCurrentWidget(area.attendance)
    checklist = area.attendance.ui.checklist
    qtbot.waitUntil(lambda: checklist.model().rowCount() == 5)
    [hers] = [
        checklist.model().index(r, 0)
        for r in range(5)
        if checklist.model().index(r, 0).data(ApplicationIdRole) == zoe
    ]
    with db.transaction(actor="marie") as s:  # `mentordesk withdraw` beside the window
        withdraw_application(s, zoe, "Moved away")

    qtbot.mouseClick(
        checklist.viewport(), Qt.MouseButton.LeftButton, pos=checklist.visualRect(hers).center()
    )
    qtbot.keyClick(checklist, Qt.Key.Key_Space)

    qtbot.waitUntil(lambda: bool(messages))
    said = messages[-1]
    assert said.startswith(
        "No se espera a Zoe Ruiz en 'Workshop 1' (su solicitud está ahora dada de baja, "
        "por marie el "
    ), said
    assert "withdrawn" not in said and " by " not in said, said


def _log_in_dialog(qtbot: QtBot, area: CalendarArea, pair: int, day: date) -> None:
    area.ui.pairCombo.setCurrentIndex(area.ui.pairCombo.findData(pair))
    qtbot.mouseClick(area.ui.logButton, Qt.MouseButton.LeftButton)
    dialog = area.meeting_dialog
    assert dialog is not None
    dialog.form.dateEdit.setDate(day)
    dialog.form.durationSpin.setValue(75)
    qtbot.mouseClick(
        dialog.form.buttonBox.button(QDialogButtonBox.StandardButton.Save),
        Qt.MouseButton.LeftButton,
    )


def test_a_meeting_another_desk_logged_meanwhile_is_refused_in_spanish(
    qtbot: QtBot, area: CalendarArea, db: Database, year: dict[str, int], messages: list[str]
) -> None:
    pair = year["second"]
    with db.transaction(actor="marie") as s:  # logged at another desk; this one shows none
        log_meeting(s, pair, date(2026, 10, 20), 60, "video")

    _log_in_dialog(qtbot, area, pair, date(2026, 10, 20))

    qtbot.waitUntil(lambda: bool(messages))
    said = messages[-1]
    assert (
        " del 20 de octubre de 2026 se registró desde entonces (60 min, video, por marie el "
        in said
    )
    assert said.endswith(
        "; no se registró nada. Vuelva a mirar las reuniones registradas (F5) y regístrela "
        "de nuevo si fue otra reunión"
    ), said
    # The command line's words are the English they were.
    with pytest.raises(ConflictError) as refused, db.transaction() as s:
        log_meeting(s, pair, date(2026, 10, 20), 75, "video", shown=())
    assert " on 20 October 2026 was logged since (60 min, video, by marie on " in str(refused.value)


def test_deleting_a_meeting_another_desk_removed_reads_in_spanish(
    qtbot: QtBot, area: CalendarArea, db: Database, year: dict[str, int], messages: list[str]
) -> None:
    pair = year["second"]
    with db.transaction() as s:
        log_meeting(s, pair, date(2026, 10, 20), 60, "in_person")
    area.reload()
    area.ui.pairCombo.setCurrentIndex(area.ui.pairCombo.findData(pair))
    area.ui.tabs.setCurrentWidget(area.meetings)
    logs = area.meetings.ui.logs
    qtbot.waitUntil(lambda: logs.model().rowCount() == 1)
    with db.transaction(actor="marie") as s:  # another desk removes it meanwhile
        [log] = meeting_logs(s, pairing_id=pair)
        delete_meeting_log(s, log.id)
    logs.setCurrentIndex(logs.model().index(0, 0))

    qtbot.mouseClick(area.meetings.ui.deleteButton, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: bool(messages))
    said = messages[-1]
    assert " del 20 de octubre de 2026 se eliminó desde entonces (por marie el " in said, said
    assert said.endswith("; no se cambió nada. Vuelva a mirar las reuniones registradas (F5)"), said
    qtbot.waitUntil(lambda: logs.model().rowCount() == 0)  # the list catches up


def test_a_field_another_desk_changed_meanwhile_is_shown_in_spanish(
    qtbot: QtBot,
    spanish: None,
    open_window: Callable[[Database], MainWindow],
    rollout: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(rollout)
    ada = _row(window, "ada@hsc.org")
    with rollout.transaction(actor="marie") as s:  # the other desk, after this one read Ada
        update_application(s, ada, "department", "Pharmacy")
    seen: list[str] = []

    def read_and_keep_theirs(dialog: ConflictDialog) -> int:
        # Read as the person would, then "Keep theirs". (Not shown modally: an answering
        # timer another test left running must not answer this dialog first.)
        seen.append(dialog.ui.headlineLabel.text())
        seen.extend(
            dialog.ui.theirsList.item(i).text() for i in range(dialog.ui.theirsList.count())
        )
        seen.append(dialog.ui.mineLabel.text())
        seen.append(dialog.ui.keepTheirsButton.text().replace("&", ""))
        return ConflictDialog.DialogCode.Rejected

    monkeypatch.setattr(ConflictDialog, "exec", read_and_keep_theirs)

    _edit_department(qtbot, window, "ada@hsc.org", "Nursing")

    qtbot.waitUntil(lambda: len(seen) == 4)
    assert "<b>Ada Lovelace</b>" in seen[0] and "<b>marie</b>" in seen[0], seen
    assert "fue modificado por" in seen[0], seen
    assert seen[1:] == [
        "Departamento: – → Pharmacy",
        "Departamento: – → Nursing",
        "Conservar la suya",
    ]
    with rollout.reading() as s:  # theirs stays
        assert s.get(Application, ada).department == "Pharmacy"  # type: ignore[union-attr]


def test_a_stale_save_s_refusal_reads_in_spanish_and_in_english_on_the_command_line(
    rollout: Database, spanish: None
) -> None:
    """``StaleEditError``'s own text (shown where no conflict dialog can offer a choice)."""
    from mentordesk.core.applications.edits import refuse_if_field_changed
    from mentordesk.core.errors import StaleEditError
    from mentordesk.core.storage.models import Application
    from mentordesk.gui.core_words import error_text

    with rollout.reading() as s:
        ada = s.query(Application).filter(Application.role == "mentee").one().id
    with rollout.transaction(actor="marie") as s:
        update_application(s, ada, "consent", False)
    with pytest.raises(StaleEditError) as refused, rollout.transaction() as s:
        refuse_if_field_changed(s, s.get(Application, ada), "consent", True)

    assert str(refused.value).startswith("Ada Lovelace was changed by marie on ")
    assert str(refused.value).endswith(" (Consent: Yes → No); nothing was saved. Look again (F5)")
    said = error_text(refused.value)
    assert said.startswith("marie cambió los datos de Ada Lovelace el "), said
    assert said.endswith(" (Consentimiento: Sí → No); no se guardó nada. Vuelva a mirar (F5)")
