"""The main window as a committee member first meets it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from mentordesk.core.storage.database import Database
from mentordesk.demo.cohorts import build_demo
from mentordesk.gui.dialogs import NewProgramDialog
from mentordesk.gui.main_window import MainWindow
from mentordesk.gui.reports import ReportsArea
from tests.factories import make_application, make_cohort, make_pairing, make_program

Open = Callable[[Database], MainWindow]


def _demo(path: Path) -> Database:
    db = Database(path)
    with db.transaction() as s:
        build_demo(s)
    return db


def test_empty_database_shows_the_first_run_screen(open_window: Open, db: Database) -> None:
    window = open_window(db)
    assert window.ui.pages.currentWidget() is window.ui.welcomePage
    assert not window.ui.mainToolBar.isVisible()
    assert window.ui.statusbar.currentMessage() == ""  # it said "0 application(s)"


def test_first_run_text_is_centred_under_the_title(open_window: Open, db: Database) -> None:
    window = open_window(db)
    window.resize(1200, 800)
    page = window._welcome
    intro, title = page.intro.geometry(), page.title.geometry()
    # A wrapped paragraph capped at 560 px sat at the left edge of a wide window.
    assert abs(intro.center().x() - title.center().x()) <= 2
    # ...and centred by item alignment, it was sized by its narrow hint with lines cut off.
    assert intro.height() >= page.intro.heightForWidth(intro.width())


def test_open_the_demo_from_the_first_run_screen(
    qtbot: QtBot, open_window: Open, db: Database
) -> None:
    window = open_window(db)
    qtbot.mouseClick(window._welcome.openDemoButton, Qt.MouseButton.LeftButton)
    assert window.ui.pages.currentWidget() is window.ui.workPage
    assert window.cohort_combo.count() == 3
    assert window.applicants.model.rowCount() > 30
    assert window.context.database.name.endswith("demo.db")


def test_create_a_program_from_a_preset(qtbot: QtBot, open_window: Open, db: Database) -> None:
    window = open_window(db)

    def fill_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewProgramDialog)
        focused.append(dialog.focusWidget() is dialog.ui.nameEdit)  # type the name at once
        dialog.ui.presetCombo.setCurrentIndex(dialog.ui.presetCombo.findData("staff"))
        qtbot.keyClicks(dialog.ui.nameEdit, "HSC Staff Mentoring")
        dialog.ui.cohortEdit.clear()
        qtbot.keyClicks(dialog.ui.cohortEdit, "Rollout 2027")
        ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    focused: list[bool] = []
    QTimer.singleShot(0, fill_dialog)
    qtbot.mouseClick(window._welcome.createProgramButton, Qt.MouseButton.LeftButton)
    assert focused == [True]
    assert window.ui.pages.currentWidget() is window.ui.workPage
    assert window.cohort_combo.currentText() == "HSC Staff Mentoring — Rollout 2027"
    assert window.applicants.cohort_id == window.cohort_id == window.cohort_combo.currentData()


def test_new_program_dialog_says_what_is_wrong(
    qtbot: QtBot, db: Database, open_window: Open
) -> None:
    window = open_window(db)
    dialog = NewProgramDialog(window.context, window)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert dialog.ui.errorLabel.text() == "A program needs a name"
    assert dialog.isVisible() or dialog.result() == 0


def test_choosing_a_cohort_shows_its_applicants(open_window: Open, tmp_path: Path) -> None:
    window = open_window(_demo(tmp_path / "demo.db"))
    counts = {}
    for i in range(window.cohort_combo.count()):
        window.cohort_combo.setCurrentIndex(i)
        counts[window.cohort_combo.currentText()] = window.applicants.model.rowCount()
    assert counts == {
        "CMIT Mentor Registry — 2026 Registry": 50,
        "HECMA Mentorship Program — 2026–27": 42,
        "HSC Staff Mentorship Program — Rollout 2026": 48,
    }


def test_window_remembers_recent_files_and_last_cohort(open_window: Open, tmp_path: Path) -> None:
    first = open_window(_demo(tmp_path / "a.db"))
    first.cohort_combo.setCurrentIndex(2)
    chosen = first.cohort_combo.currentText()
    first.open_path(tmp_path / "b.db", create=True)  # File ▸ New
    assert first.recent_files()[:2] == [str(tmp_path / "b.db"), str(tmp_path / "a.db")]
    first.close()
    again = open_window(Database(tmp_path / "a.db"))
    assert again.cohort_combo.currentText() == chosen


def test_view_shortcuts_switch_areas(qtbot: QtBot, open_window: Open, tmp_path: Path) -> None:
    window = open_window(_demo(tmp_path / "demo.db"))
    window.ui.actionCalendar.trigger()
    assert window.ui.areaStack.currentIndex() == 2
    assert window.ui.actionCalendar.shortcut().toString() == "Ctrl+3"
    window.ui.actionApplicants.trigger()
    assert window.ui.areaStack.currentWidget() is window.applicants


def test_opening_a_file_that_is_not_a_database_keeps_the_current_one(
    open_window: Open, tmp_path: Path, messages: list[str]
) -> None:
    window = open_window(_demo(tmp_path / "demo.db"))
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"\x00\x01 not sqlite at all" * 100)
    assert not window.open_path(junk)
    assert "not a MentorDesk database" in messages[0]
    assert window.context.database.name.endswith("demo.db")
    assert window.applicants.model.rowCount() > 0


def test_a_new_cohort_is_shown_in_every_area_not_just_the_toolbar(
    qtbot: QtBot, open_window: Open, db: Database
) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s, make_program(s, name="HECMA"), name="2026–27")
        make_application(s, cohort, "mentee")
    window = open_window(db)
    assert window.applicants.model.rowCount() == 1

    def fill_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewProgramDialog)
        focused.append(dialog.focusWidget() is dialog.ui.cohortEdit)
        dialog.ui.cohortEdit.clear()
        qtbot.keyClicks(dialog.ui.cohortEdit, "2027-28")
        ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    focused: list[bool] = []
    QTimer.singleShot(0, fill_dialog)
    window.ui.actionNewCohort.trigger()
    assert focused == [True]
    assert window.cohort_combo.currentText() == "HECMA — 2027-28"
    # The table showed the previous cohort's applicant under the new cohort's name.
    assert window.applicants.cohort_id == window.cohort_id == window.cohort_combo.currentData()
    assert window.applicants.model.rowCount() == 0


def test_reports_page_shows_the_chosen_cohorts_summary(
    qtbot: QtBot, open_window: Open, db: Database
) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s, preset="association", name="2026–27")
        make_pairing(s, cohort)
    window = open_window(db)
    window.show_area(3)
    reports = window.areas[3]
    assert isinstance(reports, ReportsArea) and reports.isVisible()
    assert "2026–27" in reports.ui.heading.text()
    assert reports.agreements.model.rowCount() == 1


def test_pairing_page_shows_the_demo_board(open_window: Open, tmp_path: Path) -> None:
    from mentordesk.gui.pairing import PairingArea

    window = open_window(_demo(tmp_path / "demo.db"))
    window.show_area(1)
    pairing = window.areas[1]
    assert isinstance(pairing, PairingArea) and pairing.isVisible()
    assert pairing.cohort_id == window.cohort_id
    assert pairing.snapshot is not None and pairing.snapshot.state.pairs
    # The list: each mentor's row and a row per pair.
    snapshot = pairing.snapshot
    assert pairing.board_model.rowCount() == len(snapshot.mentors) + len(snapshot.state.pairs)
