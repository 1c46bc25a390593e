"""A form that never asked what a rule needs: the committee sees "Needs a decision" and decides in one click."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mentordesk.core.applications.importing import propose_mapping, read_sheet, run_import
from mentordesk.core.applications.records import list_applications
from mentordesk.core.storage.database import Database
from mentordesk.gui.main_window import MainWindow
from tests.factories import make_cohort

Open = Callable[[Database], MainWindow]
FORMS = Path(__file__).resolve().parents[1] / "data" / "forms"


def _imported(db: Database) -> int:
    with db.transaction() as session:
        cohort_id = make_cohort(session, preset="staff", name="Rollout 3").id
        sheet = read_sheet(FORMS / "staff_google_forms_no_org.csv")
        run_import(session, cohort_id, sheet, propose_mapping(sheet.headers))
    return cohort_id


def _shown(window: MainWindow) -> list[str]:
    proxy = window.applicants.proxy
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def test_committee_decides_what_the_form_never_asked_in_one_click(
    qtbot: QtBot, open_window: Open, db: Database
) -> None:
    cohort_id = _imported(db)
    window = open_window(db)
    area = window.applicants
    ui = area.ui
    qtbot.waitUntil(lambda: area.model.rowCount() == 6)
    assert ui.decisionBar.isVisible()
    assert "5 applications need a decision" in ui.decisionLabel.text()
    assert "did not ask Consent, Employment type, Organization" in ui.decisionLabel.text()
    column = area.model.column_of("eligibility")
    labels = {area.proxy.index(r, column).data() for r in range(area.proxy.rowCount())}
    assert labels == {"Needs a decision", "Not eligible"}  # Priya's approval is pending

    qtbot.mouseClick(ui.showUndecidedButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_shown(window)) == 5)
    assert "Priya Singh" not in _shown(window)
    assert len(area.selected_rows()) == 5
    assert ui.decideEligibleButton.isEnabled()
    qtbot.mouseClick(ui.decideEligibleButton, Qt.MouseButton.LeftButton)

    with db.reading() as session:
        rows = {r.full_name: r for r in list_applications(session, cohort_id)}
    assert rows["Ana García López"].eligibility.eligible is True
    assert rows["Ana García López"].eligibility.overridden
    assert "not asked on the form" in (rows["Ana García López"].eligibility_note or "")
    assert rows["Priya Singh"].eligibility.eligible is False  # not in the selection
    qtbot.waitUntil(lambda: not ui.decisionBar.isVisible())

    # One undo takes the whole decision back.
    window.context.undo_stack.undo()
    with db.reading() as session:
        undecided = [r for r in list_applications(session, cohort_id) if r.eligibility.undecided]
    assert len(undecided) == 5
    qtbot.waitUntil(lambda: ui.decisionBar.isVisible())


def test_the_detail_panel_says_not_asked_and_whom_a_typed_name_means(
    qtbot: QtBot, open_window: Open, db: Database
) -> None:
    _imported(db)
    window = open_window(db)
    area = window.applicants
    qtbot.waitUntil(lambda: area.model.rowCount() == 6)
    # Priya typed "Tomás Ruiz" as her supervisor; he is a mentor here, shown as such.
    row = next(r for r in area.model.rows() if r.full_name == "Priya Singh")
    area.select_application(row.id)
    detail = area.ui.detail.toPlainText()
    assert "(not asked on the form)" in detail
    assert "Needs a decision" not in detail  # pending approval: not eligible
