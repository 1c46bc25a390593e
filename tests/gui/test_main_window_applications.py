"""Importing, the rules and the eligibility override, reached from the main window's menus."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget, QWizard
from pytestqt.qtbot import QtBot

from mentordesk.core.applications.records import get_application_row
from mentordesk.core.programs.cohorts import get_cohort
from mentordesk.core.storage.database import Database
from mentordesk.gui.import_wizard import ImportWizard
from mentordesk.gui.main_window import MainWindow
from mentordesk.gui.override_dialog import OverrideDialog
from mentordesk.gui.rules_dialog import RulesDialog
from tests.factories import make_application, make_cohort

Open = Callable[[Database], MainWindow]
DATA = Path(__file__).resolve().parents[1] / "data"


def _association_window(open_window: Open, db: Database) -> MainWindow:
    with db.transaction() as session:
        make_cohort(session, preset="association", name="2026–27")
    return open_window(db)


def _when_modal(qtbot: QtBot, drive: Callable[[QWidget], None]) -> None:
    """Drive the modal dialog the next action opens, once its event loop runs."""

    def run() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            QTimer.singleShot(20, run)
            return
        drive(widget)

    QTimer.singleShot(0, run)


def test_file_menu_imports_a_form_export_into_the_current_cohort(
    qtbot: QtBot, open_window: Open, db: Database
) -> None:
    window = _association_window(open_window, db)
    assert window.import_action in window.ui.menuFile.actions()

    def drive(wizard: QWidget) -> None:
        assert isinstance(wizard, ImportWizard)
        qtbot.keyClicks(wizard.ui.pathEdit, str(DATA / "association_google_form.csv"))
        wizard.next()
        wizard.next()
        qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.PREVIEW_PAGE, timeout=5000)
        qtbot.mouseClick(
            wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton
        )
        qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.SUMMARY_PAGE, timeout=10000)
        qtbot.mouseClick(
            wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton
        )

    _when_modal(qtbot, drive)
    window.import_action.trigger()
    assert window.applicants.model.rowCount() == 5  # Dana's unreadable capacity is only flagged
    assert "imported 5" in window.statusBar().currentMessage()


def test_override_from_the_applicants_menu_and_rules_from_the_program_menu(
    qtbot: QtBot, open_window: Open, db: Database
) -> None:
    window = _association_window(open_window, db)
    cohort_id = window.cohort_id
    assert cohort_id is not None
    with db.transaction() as session:
        app_id = make_application(
            session, get_cohort(session, cohort_id), "mentor", years_experience="0.5"
        ).id
    window.applicants.reload()
    window.applicants.select_application(app_id)
    assert window.override_action in window.applicants.extra_actions

    def override(dialog: QWidget) -> None:
        assert isinstance(dialog, OverrideDialog)
        dialog.ui.eligibleRadio.setChecked(True)
        qtbot.keyClicks(dialog.ui.noteEdit, "Acting lead case manager since spring")
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()

    _when_modal(qtbot, override)
    window.override_action.trigger()
    with db.reading() as session:
        assert get_application_row(session, app_id).eligibility.overridden
    shown = window.applicants.current_row()
    assert shown is not None and shown.eligibility.label == "Eligible (committee)"

    assert window.rules_action in window.ui.menuProgram.actions()

    def rules(dialog: QWidget) -> None:
        assert isinstance(dialog, RulesDialog)
        dialog.ui.mentor_min_years.setValue(dialog.ui.mentor_min_years.minimum())
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()

    _when_modal(qtbot, rules)
    window.rules_action.trigger()
    with db.reading() as session:
        reasons = get_application_row(session, app_id).eligibility.reasons
    assert not any("0.5 years" in r for r in reasons)
