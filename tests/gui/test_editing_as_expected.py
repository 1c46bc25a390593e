"""Editing applicants as people expect: lists, checkboxes, dates, names, new applicants,
preferences, a fresh search per cohort, and a form's export dropped on the window."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QDialogButtonBox,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from mentordesk.core.applications.records import ApplicationRow, get_application_row
from mentordesk.core.documents.mail import SmtpSettings, kept_password, save_smtp_settings
from mentordesk.core.programs.cohorts import get_cohort
from mentordesk.core.storage.backup import backup_folder, list_backups
from mentordesk.core.storage.database import Database
from mentordesk.core.storage.models import Application, ApplicationStatus, AuditEntry, Person
from mentordesk.gui.applicants.delegates import NameEditor
from mentordesk.gui.applicants.model import ROW_ROLE
from mentordesk.gui.applicants.new_applicant_dialog import NewApplicantDialog
from mentordesk.gui.main_window import MainWindow
from mentordesk.gui.preferences_dialog import Preferences, PreferencesDialog
from tests.factories import make_active_pair, make_application, make_cohort, make_program

Open = Callable[[Database], MainWindow]


def _two_cohorts(db: Database) -> tuple[int, int]:
    with db.transaction() as s:
        program = make_program(s, "association", "Case managers")
        first = make_cohort(s, program, name="2026-27")
        second = make_cohort(s, program, name="2027-28")
        make_application(s, first, "mentor", first_name="Ada", last_name="Lovelace")
        make_application(s, first, "mentee", first_name="Grace", last_name="Hopper")
        make_application(s, second, "mentee", first_name="Alan", last_name="Turing")
        s.flush()
        return first.id, second.id


def _drop(window: MainWindow, path: Path) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    where = QPointF(window.rect().center())
    enter = QDragEnterEvent(
        where.toPoint(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    drop = QDropEvent(
        where,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    drop.setAccepted(enter.isAccepted())
    if enter.isAccepted():
        QApplication.sendEvent(window, drop)
    return drop


def test_the_search_and_the_messages_of_one_cohort_do_not_follow_into_the_next(
    qtbot: QtBot, open_window: Open, db: Database
) -> None:
    first, second = _two_cohorts(db)
    window = open_window(db)
    window.select_cohort(first)
    area = window.applicants
    qtbot.keyClicks(area.ui.searchEdit, "Hopper")
    qtbot.waitUntil(lambda: area.proxy.rowCount() == 1)
    window.show_message("Copied 1 address")
    window.cohort_combo.setCurrentIndex(window.cohort_combo.findData(second))
    assert area.ui.searchEdit.text() == ""
    assert area.proxy.rowCount() == 1  # Alan Turing, not an empty list
    assert "Copied" not in window.ui.statusbar.currentMessage()


def test_a_form_export_dropped_on_the_window_opens_the_import_wizard_on_it(
    qtbot: QtBot, open_window: Open, db: Database, tmp_path: Path
) -> None:
    first, _second = _two_cohorts(db)
    export = tmp_path / "Mentor form (Responses).csv"
    export.write_text(
        "Timestamp,Email Address,First name,Last name,I am applying as\n"
        "2026/03/14 9:41:07 AM GMT-4,linus@example.org,Linus,Torvalds,Mentor\n",
        encoding="utf-8",
    )
    window = open_window(db)
    window.select_cohort(first)
    drop = _drop(window, export)
    assert drop.isAccepted()
    wizard = window.import_wizard
    assert wizard is not None
    qtbot.waitUntil(wizard.isVisible)
    assert wizard.ui.pathEdit.text() == str(export)
    # The file is read at once: the wizard shows how its questions map.
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.MAPPING_PAGE)
    wizard.reject()


def test_a_file_that_is_not_a_form_export_is_not_taken(
    open_window: Open, db: Database, tmp_path: Path
) -> None:
    first, _second = _two_cohorts(db)
    window = open_window(db)
    window.select_cohort(first)
    notes = tmp_path / "minutes.pdf"
    notes.write_bytes(b"%PDF-1.4")
    assert not _drop(window, notes).isAccepted()
    assert window.import_wizard is None


# --- the applicants table's editors ------------------------------------------------------


def _cell(window: MainWindow, last_name: str, column: str) -> QModelIndex:
    area = window.applicants
    table = area.ui.table
    table.setColumnHidden(area.model.column_of(column), False)
    for row in range(area.proxy.rowCount()):
        index = area.proxy.index(row, area.model.column_of(column))
        if index.data(ROW_ROLE).values["last_name"] == last_name:
            table.scrollTo(index)
            return index
    raise AssertionError(last_name)


def _stored(db: Database, last_name: str) -> ApplicationRow:
    with db.reading() as s:
        person = s.scalar(select(Person).where(Person.last_name == last_name))
        assert person is not None
        application = s.scalar(select(Application).where(Application.person_id == person.id))
        assert application is not None
        return get_application_row(s, application.id)


def _double_click(qtbot: QtBot, window: MainWindow, index: QModelIndex) -> None:
    table = window.applicants.ui.table
    centre = table.visualRect(index).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def test_status_is_chosen_from_the_list_of_statuses(
    qtbot: QtBot, open_window: Open, db: Database
) -> None:
    first, _second = _two_cohorts(db)
    window = open_window(db)
    window.select_cohort(first)
    _double_click(qtbot, window, _cell(window, "Hopper", "status"))
    combo = window.applicants.ui.table.viewport().findChild(QComboBox)
    assert combo is not None
    statuses = [combo.itemData(i) for i in range(combo.count())]
    assert statuses == [s.value for s in ApplicationStatus]
    matched = statuses.index(ApplicationStatus.MATCHED.value)
    assert not combo.model().item(matched).isEnabled()  # follows the board, never chosen
    qtbot.waitUntil(combo.view().isVisible)  # the list is open, as in a spreadsheet
    qtbot.keyClick(combo.view(), Qt.Key.Key_Down)  # submitted → accepted
    qtbot.keyClick(combo.view(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _stored(db, "Hopper").status is ApplicationStatus.ACCEPTED)
    assert window.undo_stack.count() == 1
    window.undo_action.trigger()
    assert _stored(db, "Hopper").status is ApplicationStatus.SUBMITTED


def test_a_yes_no_answer_is_a_checkbox_ticked_by_a_click_or_the_space_bar(
    qtbot: QtBot, open_window: Open, db: Database
) -> None:
    first, _second = _two_cohorts(db)
    window = open_window(db)
    window.select_cohort(first)
    table = window.applicants.ui.table
    index = _cell(window, "Hopper", "consent")
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    rect = table.visualRect(index)
    box = QPoint(rect.left() + 11, rect.center().y())  # the checkbox sits at the cell's left
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=box)
    qtbot.waitUntil(lambda: _stored(db, "Hopper").values["consent"] is False)
    table.setCurrentIndex(index)
    qtbot.keyClick(table, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: _stored(db, "Hopper").values["consent"] is True)
    assert window.undo_stack.count() == 2


def test_the_submitted_date_is_typed_in_a_date_editor(
    qtbot: QtBot, open_window: Open, db: Database
) -> None:
    first, _second = _two_cohorts(db)
    window = open_window(db)
    window.select_cohort(first)
    _double_click(qtbot, window, _cell(window, "Hopper", "submitted_at"))
    editor = window.applicants.ui.table.viewport().findChild(QDateTimeEdit)
    assert editor is not None and editor.calendarPopup()
    qtbot.waitUntil(editor.hasFocus)
    editor.setSelectedSection(QDateTimeEdit.Section.YearSection)
    qtbot.keyClicks(editor, "20260314")  # each part typed whole moves on to the next
    assert editor.text().startswith("2026-03-14"), editor.text()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: _stored(db, "Hopper").values["submitted_at"].date() == date(2026, 3, 14)
    )


def test_a_name_is_corrected_first_and_last_in_its_own_cell(
    qtbot: QtBot, open_window: Open, db: Database
) -> None:
    first, _second = _two_cohorts(db)
    window = open_window(db)
    window.select_cohort(first)
    area = window.applicants
    assert area.ui.table.isColumnHidden(area.model.column_of("first_name"))
    _double_click(qtbot, window, _cell(window, "Hopper", "name"))
    editor = area.ui.table.viewport().findChild(NameEditor)
    assert editor is not None
    qtbot.waitUntil(editor.first.hasFocus)
    assert (editor.first.text(), editor.last.text()) == ("Grace", "Hopper")
    editor.first.selectAll()
    qtbot.keyClicks(editor.first, "Grace Brewster")
    editor.last.setFocus()
    editor.last.selectAll()
    qtbot.keyClicks(editor.last, "Murray Hopper")
    qtbot.keyClick(editor.last, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.undo_stack.count() == 1)
    row = _stored(db, "Murray Hopper")
    assert row.full_name == "Grace Brewster Murray Hopper"
    window.undo_action.trigger()
    assert _stored(db, "Hopper").full_name == "Grace Hopper"


def test_new_applicant_is_added_in_one_step_audited_and_undoable(
    qtbot: QtBot, open_window: Open, db: Database
) -> None:
    first, _second = _two_cohorts(db)
    window = open_window(db)
    window.select_cohort(first)
    qtbot.keyClick(
        window,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: isinstance(window.new_applicant_dialog, NewApplicantDialog))
    dialog = window.new_applicant_dialog
    assert isinstance(dialog, NewApplicantDialog)
    qtbot.waitUntil(dialog.isVisible)
    ui = dialog.ui
    qtbot.keyClicks(ui.firstNameEdit, "Katherine")
    qtbot.keyClicks(ui.lastNameEdit, "Johnson")
    qtbot.keyClicks(ui.emailEdit, "not an address")
    ui.roleEdit.setCurrentIndex(ui.roleEdit.findData("mentor"))
    qtbot.keyClicks(ui.yearsEdit, "12 years")
    add = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert "not a valid email address" in ui.errorLabel.text()  # said in the dialog, kept open
    assert dialog.isVisible() and window.undo_stack.count() == 0
    ui.emailEdit.clear()
    qtbot.keyClicks(ui.emailEdit, "kjohnson@example.org")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    added = _stored(db, "Johnson")
    assert (added.role.value, added.values["years_experience"]) == ("mentor", 12.0)
    assert window.applicants.current_row() is not None
    assert window.applicants.current_row().id == added.id  # type: ignore[union-attr]
    with db.reading() as s:
        audited = s.scalars(
            select(AuditEntry).where(
                AuditEntry.entity == "application", AuditEntry.entity_id == added.id
            )
        ).all()
    assert [e.action for e in audited] == ["create"]
    window.undo_action.trigger()
    with db.reading() as s:
        assert s.scalar(select(Person).where(Person.last_name == "Johnson")) is None
    assert window.applicants.model.rowCount() == 2
    window.redo_action.trigger()
    assert _stored(db, "Johnson").email == "kjohnson@example.org"


# --- Preferences… --------------------------------------------------------------------------


def _open_preferences(qtbot: QtBot, window: MainWindow) -> PreferencesDialog:
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.preferences_dialog is not None)
    dialog = window.preferences_dialog
    assert isinstance(dialog, PreferencesDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _save(qtbot: QtBot, dialog: PreferencesDialog) -> None:
    save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)


def test_the_audit_trail_names_the_committee_member_chosen_in_preferences(
    qtbot: QtBot, open_window: Open, db: Database
) -> None:
    first, _second = _two_cohorts(db)
    window = open_window(db)
    window.select_cohort(first)
    dialog = _open_preferences(qtbot, window)
    qtbot.keyClicks(dialog.ui.actorEdit, "Maria  Lopez")
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    table = window.applicants.ui.table
    table.setCurrentIndex(_cell(window, "Hopper", "consent"))
    qtbot.keyClick(table, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: _stored(db, "Hopper").values["consent"] is False)
    with db.reading() as s:
        newest = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert newest is not None and newest.actor == "Maria Lopez"
    # Kept for the next time the window opens on this computer.
    assert Preferences.load(QSettings()).actor == "Maria Lopez"


def test_needs_attention_counts_to_the_day_chosen_in_preferences(
    qtbot: QtBot, open_window: Open, db: Database
) -> None:
    first, _second = _two_cohorts(db)
    with db.transaction() as s:
        make_active_pair(s, get_cohort(s, first))
    window = open_window(db)
    window.select_cohort(first)
    dialog = _open_preferences(qtbot, window)
    qtbot.mouseClick(dialog.ui.dateRadio, Qt.MouseButton.LeftButton)
    edit = dialog.ui.asOfEdit
    assert edit.isEnabled()
    edit.setFocus()
    edit.setSelectedSection(QDateTimeEdit.Section.YearSection)
    qtbot.keyClicks(edit, "20270601")
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    calendar = window.calendar
    assert calendar.today == date(2027, 6, 1)
    window.show_area(window.areas.index(calendar))  # read when the committee turns to it
    qtbot.waitUntil(
        lambda: calendar.progress is not None and calendar.progress.today == date(2027, 6, 1)
    )
    assert Preferences.load(QSettings()).as_of == date(2027, 6, 1)
    dialog = _open_preferences(qtbot, window)
    qtbot.mouseClick(dialog.ui.todayRadio, Qt.MouseButton.LeftButton)
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: calendar.today == date.today())


def test_the_mail_password_is_kept_in_the_keyring_only_when_asked(
    qtbot: QtBot, open_window: Open, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    import keyring

    kept: dict[tuple[str, str], str] = {}
    monkeypatch.setattr(keyring, "get_password", lambda s, a: kept.get((s, a)))
    monkeypatch.setattr(keyring, "set_password", lambda s, a, p: kept.__setitem__((s, a), p))
    monkeypatch.setattr(keyring, "delete_password", lambda s, a: kept.pop((s, a)))
    first, _second = _two_cohorts(db)
    server = SmtpSettings("smtp.example.org", 587, "starttls", "committee", "c@example.org")
    with db.transaction() as s:
        save_smtp_settings(s, server)
    window = open_window(db)
    window.select_cohort(first)
    dialog = _open_preferences(qtbot, window)
    ui = dialog.ui
    assert "smtp.example.org" in ui.serverLabel.text()
    assert not ui.passwordEdit.isEnabled()
    qtbot.mouseClick(ui.keepPasswordCheck, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(ui.passwordEdit, "s3cret-horse")
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert kept_password(server) == "s3cret-horse"  # what Send uses instead of asking
    settings_file = Path(QSettings().fileName())
    assert not settings_file.exists() or "s3cret" not in settings_file.read_text()
    dialog = _open_preferences(qtbot, window)
    assert dialog.ui.keepPasswordCheck.isChecked()
    qtbot.mouseClick(dialog.ui.keepPasswordCheck, Qt.MouseButton.LeftButton)
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert kept_password(server) is None


def test_back_up_now_from_preferences(qtbot: QtBot, open_window: Open, db: Database) -> None:
    first, _second = _two_cohorts(db)
    window = open_window(db)
    window.select_cohort(first)
    dialog = _open_preferences(qtbot, window)
    ui = dialog.ui
    folder = backup_folder(db)
    assert str(folder) in ui.backupFolderLabel.text()
    assert "7 days" in ui.rotationLabel.text()
    before = len(list_backups(folder))
    qtbot.mouseClick(ui.backupNowButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(list_backups(folder)) == before + 1, timeout=10_000)
    assert list_backups(folder)[-1].reason == "manual"
    qtbot.waitUntil(lambda: "Newest:" in ui.newestLabel.text())
    dialog.reject()


def test_withdrawn_chosen_from_the_status_list_asks_why_first(
    qtbot: QtBot, open_window: Open, db: Database
) -> None:
    first, _second = _two_cohorts(db)
    window = open_window(db)
    window.select_cohort(first)
    _double_click(qtbot, window, _cell(window, "Hopper", "status"))
    combo = window.applicants.ui.table.viewport().findChild(QComboBox)
    assert combo is not None
    qtbot.waitUntil(combo.view().isVisible)
    withdrawn = combo.findData(ApplicationStatus.WITHDRAWN.value)
    for _ in range(combo.count()):  # the arrows pass over Matched, which is not chosen
        if combo.view().currentIndex().row() == withdrawn:
            break
        qtbot.keyClick(combo.view(), Qt.Key.Key_Down)
    qtbot.keyClick(combo.view(), Qt.Key.Key_Return)
    # The withdrawal's own dialog (day and reason) opens; nothing is changed until it is answered.
    qtbot.waitUntil(lambda: window.applicants.withdraw_flow.dialog.isVisible())
    assert _stored(db, "Hopper").status is ApplicationStatus.SUBMITTED
    window.applicants.withdraw_flow.dialog.reject()
    assert _stored(db, "Hopper").status is ApplicationStatus.SUBMITTED
