"""The terms editor: the committee renames its semesters, moves a date, saves, and can undo."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QDateEdit, QDateTimeEdit, QDialogButtonBox

from mentordesk.cli import main
from mentordesk.core.programs.cohorts import get_cohort
from mentordesk.core.programs.terms import TermSpan, cohort_terms
from mentordesk.core.storage.database import Database
from mentordesk.gui.context import AppContext
from mentordesk.gui.dialogs import NewProgramDialog
from mentordesk.gui.main_window import MainWindow
from mentordesk.gui.terms_dialog import TermsDialog
from tests.factories import make_cohort
from tests.gui.test_the_window_s_words import in_language

__all__ = ["in_language"]  # a fixture of that module, used here too


@pytest.fixture
def context(db: Database) -> AppContext:
    return AppContext(database=db, undo_stack=QUndoStack())


def _cohort(db: Database) -> int:
    with db.transaction() as s:
        return make_cohort(s, start=date(2026, 8, 17), end=date(2027, 5, 28)).id


def _type_name(qtbot: Any, dialog: TermsDialog, row: int, text: str) -> None:
    table = dialog.ui.termsTable
    index = table.model().index(row, 0)
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center()
    )
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.indexWidget(index)
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)


def _type_day(qtbot: Any, dialog: TermsDialog, row: int, column: int, day: str) -> None:
    edit = dialog.ui.termsTable.cellWidget(row, column)
    assert isinstance(edit, QDateEdit)
    edit.setSelectedSection(QDateTimeEdit.Section.DaySection)
    qtbot.keyClicks(edit, day)


def test_the_committee_renames_and_redates_its_semesters_and_can_undo(
    qtbot: Any, context: AppContext, db: Database
) -> None:
    cohort_id = _cohort(db)
    dialog = TermsDialog(context, cohort_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert [t.name for t in dialog.terms()] == ["Fall 2026", "Spring 2027"]
    _type_name(qtbot, dialog, 0, "Autumn semester")
    _type_day(qtbot, dialog, 0, 2, "18")  # 31 December becomes the 18th
    _type_day(qtbot, dialog, 1, 1, "11")  # 1 January becomes the 11th
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert dialog.result() == dialog.DialogCode.Accepted
    with db.reading() as s:
        assert cohort_terms(s, cohort_id) == [
            TermSpan("Autumn semester", date(2026, 8, 17), date(2026, 12, 18)),
            TermSpan("Spring 2027", date(2027, 1, 11), date(2027, 5, 28)),
        ]
    context.undo_stack.undo()
    with db.reading() as s:
        assert [t.name for t in cohort_terms(s, cohort_id)] == ["Fall 2026", "Spring 2027"]


def test_overlapping_terms_are_refused_in_words_and_nothing_is_saved(
    qtbot: Any, context: AppContext, db: Database
) -> None:
    cohort_id = _cohort(db)
    dialog = TermsDialog(context, cohort_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.ui.addButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.termsTable.rowCount() == 3
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert "overlap" in dialog.ui.errorLabel.text() and dialog.isVisible()
    qtbot.mouseClick(dialog.ui.removeButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.ui.resetButton, Qt.MouseButton.LeftButton)
    assert [t.name for t in dialog.terms()] == ["Fall 2026", "Spring 2027"]
    assert context.undo_stack.count() == 0


def test_undoing_terms_after_the_command_line_set_them_again_is_refused(
    qtbot: Any, context: AppContext, db: Database, db_path: Path, messages: list[str]
) -> None:
    cohort_id = _cohort(db)
    with db.reading() as s:
        name = get_cohort(s, cohort_id).name
    dialog = TermsDialog(context, cohort_id)
    qtbot.addWidget(dialog)
    dialog.show()
    _type_name(qtbot, dialog, 0, "Autumn semester")
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    # Beside the window, someone sets the terms from the command line.
    spans = ["One year=2026-08-17..2027-05-28"]
    assert main(["--db", str(db_path), "cohort", "terms", name, "--set", *spans]) == 0

    context.undo_stack.undo()  # Edit ▸ Undo "Change terms"

    qtbot.waitUntil(lambda: bool(messages))
    assert "were changed since (they are now: One year 2026-08-17..2027-05-28)" in messages[-1]
    with db.reading() as s:
        assert [t.name for t in cohort_terms(s, cohort_id)] == ["One year"]  # theirs stays
    assert context.undo_stack.count() == 0


def test_in_spanish_the_terms_the_window_makes_are_named_in_spanish_and_stored_ones_kept(
    qtbot: Any,
    db: Database,
    in_language: Callable[[str], None],
    open_window: Callable[[Database], MainWindow],
) -> None:
    """A term the window names (a new cohort's, "Reset from the rules") is in its language;
    a stored name (typed, or made by the command line) is the committee's and stays."""
    in_language("es")
    cohort_id = _cohort(db)  # made by the command line's words: Fall 2026, Spring 2027
    window = open_window(db)

    def fill_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewProgramDialog)
        dialog.ui.cohortEdit.clear()
        qtbot.keyClicks(dialog.ui.cohortEdit, "Cohorte 2027")
        dialog.ui.startEdit.setDate(QDate(2027, 8, 16))
        dialog.ui.endEdit.setDate(QDate(2028, 5, 26))
        ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill_dialog)
    window.ui.actionNewCohort.trigger()

    with db.reading() as s:
        [new] = [c.id for c in get_cohort(s, cohort_id).program.cohorts if c.id != cohort_id]
        assert [t.name for t in cohort_terms(s, new)] == ["Otoño 2027", "Primavera 2028"]
    dialog = TermsDialog(window.context, cohort_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert [t.name for t in dialog.terms()] == ["Fall 2026", "Spring 2027"]
    qtbot.mouseClick(dialog.ui.resetButton, Qt.MouseButton.LeftButton)
    assert [t.name for t in dialog.terms()] == ["Otoño 2026", "Primavera 2027"]
