"""Editing applicants as people expect: lists, checkboxes, dates, names, new applicants,
preferences, a fresh search per cohort, and a form's export dropped on the window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mentordesk.core.storage.database import Database
from mentordesk.gui.main_window import MainWindow
from tests.factories import make_application, make_cohort, make_program

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
