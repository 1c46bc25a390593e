"""Every undo step of the window, when the database refuses it: the committee is told why,
the step is dropped, and Undo/Redo stay where the data is.

The undo command classes are found by walking ``mentordesk.gui``, so a new one fails here
until it derives from ``DatabaseCommand`` and has a scenario below (a user action that
pushes it). The database refuses for real: SQLite triggers abort every write, as a file
another program locked or a constraint would. The cohort is small (a handful of people, one
pair, one workshop): every kind of step can be made in it, and a window opens on it fast.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import shutil
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import text

import mentordesk.gui
from mentordesk.core.storage.database import Database
from mentordesk.core.storage.models import ApplicationStatus, EligibilityOverride
from mentordesk.gui.applicants.delegates import NameEditor
from mentordesk.gui.applicants.new_applicant_dialog import NewApplicantDialog
from mentordesk.gui.main_window import MainWindow
from mentordesk.gui.override_dialog import OverrideDialog
from mentordesk.gui.pairing.rematch_dialog import RematchDialog
from mentordesk.gui.reports import ReportsArea
from mentordesk.gui.rules_dialog import RulesDialog
from mentordesk.gui.terms_dialog import TermsDialog
from mentordesk.gui.undo import DatabaseCommand
from tests.factories import make_application, make_cohort, make_event, make_pairing

APPLICANTS, PAIRING, CALENDAR, REPORTS = range(4)


def undo_command_classes() -> list[type[QUndoCommand]]:
    """Every QUndoCommand subclass defined anywhere in mentordesk.gui."""
    found: dict[str, type[QUndoCommand]] = {}
    for module_info in pkgutil.walk_packages(mentordesk.gui.__path__, "mentordesk.gui."):
        module = importlib.import_module(module_info.name)
        for _name, value in inspect.getmembers(module, inspect.isclass):
            if (
                issubclass(value, QUndoCommand)
                and value.__module__ == module.__name__
                and value is not DatabaseCommand
            ):
                found[value.__qualname__] = value
    return [found[name] for name in sorted(found)]


# --- the user actions that push each kind of step -------------------------------------


def edit_application(qtbot: QtBot, window: MainWindow) -> None:
    window.show_area(APPLICANTS)
    area = window.applicants
    table = area.ui.table
    index = area.proxy.index(0, area.model.column_of("department"))
    table.setColumnHidden(index.column(), False)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Alumni Relations")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.undo_stack.count() == 1)


def set_status(qtbot: QtBot, window: MainWindow) -> None:
    window.show_area(APPLICANTS)
    area = window.applicants
    row = next(r for r in area.model.rows() if r.status.value == "submitted")
    area.select_application(row.id)
    area.set_status(ApplicationStatus.ACCEPTED)


def decide_for_a_selection(qtbot: QtBot, window: MainWindow) -> None:
    window.show_area(APPLICANTS)
    area = window.applicants
    area.select_application(area.model.rows()[0].id)
    area.decide_selected(EligibilityOverride.ELIGIBLE)


def override_eligibility(qtbot: QtBot, window: MainWindow) -> None:
    row = window.applicants.model.rows()[0]
    dialog = OverrideDialog(window.context, row.id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    target = dialog.ui.ineligibleRadio if row.eligibility.eligible else dialog.ui.eligibleRadio
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.ui.noteEdit, "Committee decision of 3 March")
    save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)


def change_rules(qtbot: QtBot, window: MainWindow) -> None:
    program_id = window._current_program_id()
    assert program_id is not None
    dialog = RulesDialog(window.context, program_id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.max_rematches.setValue(dialog.ui.max_rematches.value() + 1)
    save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)


def lock_a_pair_on_the_board(qtbot: QtBot, window: MainWindow) -> None:
    window.show_area(PAIRING)
    area = window.areas[PAIRING]
    snapshot = area.snapshot  # type: ignore[attr-defined]
    area.select_mentees([snapshot.state.pairs[0].mentee_id])  # type: ignore[attr-defined]
    area.lock_action.trigger()  # type: ignore[attr-defined]


def mark_agreement_signed(qtbot: QtBot, window: MainWindow) -> None:
    window.show_area(REPORTS)
    area = window.areas[REPORTS]
    assert isinstance(area, ReportsArea)
    panel = area.agreements
    unsigned = next(i for i, r in enumerate(panel.model.rows()) if r.signed_on is None)
    area.ui.tabs.setCurrentWidget(panel)
    panel.ui.table.selectionModel().select(
        panel.model.index(unsigned, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    qtbot.mouseClick(panel.ui.signedTodayButton, Qt.MouseButton.LeftButton)


def move_event(qtbot: QtBot, window: MainWindow) -> None:
    window.show_area(CALENDAR)
    area = window.areas[CALENDAR]
    event = area.events[0]  # type: ignore[attr-defined]
    area.move_event_to(event.id, event.day + timedelta(days=1))  # type: ignore[attr-defined]


def add_an_applicant(qtbot: QtBot, window: MainWindow) -> None:
    window.new_applicant_action.trigger()
    dialog = window.new_applicant_dialog
    assert isinstance(dialog, NewApplicantDialog)
    qtbot.keyClicks(dialog.ui.firstNameEdit, "Katherine")
    qtbot.keyClicks(dialog.ui.lastNameEdit, "Johnson")
    qtbot.keyClicks(dialog.ui.emailEdit, "kjohnson@example.org")
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def rename_an_applicant(qtbot: QtBot, window: MainWindow) -> None:
    window.show_area(APPLICANTS)
    area = window.applicants
    table = area.ui.table
    index = area.proxy.index(0, area.model.column_of("name"))
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.viewport().findChild(NameEditor)
    assert editor is not None
    editor.last.selectAll()
    qtbot.keyClicks(editor.last, "Corrected")
    qtbot.keyClick(editor.last, Qt.Key.Key_Return)


def rematch_a_pair(qtbot: QtBot, window: MainWindow) -> None:
    window.show_area(PAIRING)
    area = window.areas[PAIRING]
    snapshot = area.snapshot  # type: ignore[attr-defined]
    area.select_mentees([snapshot.state.pairs[0].mentee_id])  # type: ignore[attr-defined]
    area.rematch_action.trigger()  # type: ignore[attr-defined]
    dialog = area.rematch_dialog  # type: ignore[attr-defined]
    assert isinstance(dialog, RematchDialog)
    qtbot.keyClicks(dialog.reason_edit, "different goals")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def rename_a_term(qtbot: QtBot, window: MainWindow) -> None:
    assert window.cohort_id is not None
    dialog = TermsDialog(window.context, window.cohort_id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    item = dialog.ui.termsTable.item(0, 0)
    assert item is not None
    item.setText("Autumn semester")
    save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)


SCENARIOS: dict[str, Callable[[QtBot, MainWindow], None]] = {
    "AddApplicantCommand": add_an_applicant,
    "RenameApplicantCommand": rename_an_applicant,
    "EditApplicationCommand": edit_application,
    "SetStatusCommand": set_status,
    "OverrideEligibilityCommand": override_eligibility,
    "DecideEligibilityCommand": decide_for_a_selection,
    "SetRulesCommand": change_rules,
    "BoardChangeCommand": lock_a_pair_on_the_board,
    "SetAgreementSignedCommand": mark_agreement_signed,
    "MoveEventCommand": move_event,
    "RematchCommand": rematch_a_pair,
    "SetTermsCommand": rename_a_term,
}


# --- the database that refuses -------------------------------------------------------


@pytest.fixture(scope="module")
def cohort_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One staff cohort: a pair (unsigned, rematchable), a free mentor, a submitted mentee,
    a workshop and two terms; built once, copied for each test."""
    path = tmp_path_factory.mktemp("cohort") / "cohort.db"
    database = Database(path)
    with database.transaction(note="setup") as session:
        cohort = make_cohort(
            session, preset="staff", name="2026–27", start=date(2026, 8, 17), end=date(2027, 5, 28)
        )
        make_pairing(
            session,
            cohort,
            make_application(session, cohort, "mentor", first_name="Bo", expertise="grants"),
            make_application(session, cohort, "mentee", first_name="Rosa", interests="grants"),
        )
        make_application(session, cohort, "mentor", first_name="Cy", expertise="grants")
        make_application(session, cohort, "mentee", first_name="Ada", interests="budgets")
        make_event(session, cohort, title="Kick-off", starts_at=datetime(2026, 9, 14, 17, 0))
    with database.engine.begin() as connection:
        connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    database.close()
    return path


@pytest.fixture
def demo(cohort_file: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "cohort.db"
    shutil.copy(cohort_file, path)
    database = Database(path)
    yield database
    database.close()


def refuse_every_write(database: Database) -> None:
    """From now on the database aborts every insert, update and delete."""
    with database.engine.begin() as connection:
        tables = [
            name
            for (name,) in connection.execute(
                text("SELECT name FROM sqlite_master WHERE type = 'table'")
            )
            if not name.startswith("sqlite_")
        ]
        for table in tables:
            for operation in ("INSERT", "UPDATE", "DELETE"):
                connection.execute(
                    text(
                        f'CREATE TRIGGER "refuse_{operation}_{table}" BEFORE {operation} '
                        f'ON "{table}" BEGIN SELECT RAISE(ABORT, '
                        "'the file is locked by the committee''s archive'); END"
                    )
                )


def accept_writes_again(database: Database) -> None:
    with database.engine.begin() as connection:
        triggers = connection.execute(
            text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'refuse_%'")
        ).all()
        for (name,) in triggers:
            connection.execute(text(f'DROP TRIGGER "{name}"'))


def everything_stored(database: Database) -> dict[str, list[tuple[object, ...]]]:
    with database.engine.connect() as connection:
        tables = [
            name
            for (name,) in connection.execute(
                text("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            )
        ]
        return {t: list(connection.execute(text(f'SELECT * FROM "{t}"'))) for t in tables}


def told(window: MainWindow, messages: list[str]) -> list[str]:
    """What the committee was told: message boxes, and the board's status line."""
    return [*messages, window.ui.statusbar.currentMessage()]


# --- the tests -----------------------------------------------------------------------


def test_every_undo_step_derives_from_the_one_base_and_has_a_scenario() -> None:
    classes = undo_command_classes()
    assert classes, "no undo commands found"
    for cls in classes:
        assert issubclass(cls, DatabaseCommand), f"{cls.__qualname__} must derive DatabaseCommand"
        assert cls.__qualname__ in SCENARIOS, f"write a scenario for {cls.__qualname__}"


@pytest.mark.parametrize("command", [c.__qualname__ for c in undo_command_classes()])
def test_a_step_the_database_refuses_is_shown_and_dropped(
    qtbot: QtBot,
    open_window: Callable[[Database], MainWindow],
    demo: Database,
    messages: list[str],
    command: str,
) -> None:
    window = open_window(demo)
    stack = window.undo_stack
    refused = "the file is locked by the committee's archive"
    # Redo refused, then (the file writable again, the same step made anew) undo refused:
    # one window serves both, and shows it still works after a refusal.
    for direction in ("redo", "undo"):
        SCENARIOS[command](qtbot, window)
        qtbot.waitUntil(lambda: stack.count() == 1)
        assert type(stack.command(0)).__qualname__ == command
        assert messages == []
        if direction == "redo":
            stack.undo()
            assert stack.index() == 0 and stack.canRedo()
        refuse_every_write(demo)
        before = everything_stored(demo)
        action = window.undo_action if direction == "undo" else window.redo_action
        action.trigger()  # must not raise out of the menu item
        qtbot.waitUntil(lambda: any(refused in m for m in told(window, messages)))
        assert everything_stored(demo) == before, direction
        # The refused step is gone; nothing claims to be undoable or redoable that is not.
        assert stack.count() == 0 and stack.index() == 0, direction
        assert not window.undo_action.isEnabled() and not window.redo_action.isEnabled()
        accept_writes_again(demo)
        messages.clear()
        window.ui.statusbar.clearMessage()
