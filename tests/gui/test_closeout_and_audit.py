"""The end of the year in the window: the Audit view, close, reopen, purge, carry-over."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from mentordesk.core.applications.records import update_application
from mentordesk.core.storage.database import Database
from mentordesk.core.storage.models import ApplicationStatus, Cohort, CohortStatus
from mentordesk.gui.closeout_dialogs import (
    CloseCohortDialog,
    PurgeCohortDialog,
    ReopenCohortDialog,
)
from mentordesk.gui.dialogs import NewProgramDialog
from mentordesk.gui.main_window import MainWindow
from tests.factories import make_application, make_cohort, make_pairing

Open = Callable[[Database], MainWindow]


def _cohort(db: Database) -> int:
    with db.transaction(actor="dana") as s:
        cohort = make_cohort(s, preset="staff", name="Rollout 2026")
        make_pairing(
            s,
            cohort,
            make_application(s, cohort, "mentor", first_name="Bo", last_name="Chen"),
            make_application(s, cohort, "mentee", first_name="Rosa", last_name="Lind"),
        )
        waiting = make_application(s, cohort, "mentee", first_name="Wanda", last_name="Wait")
        waiting.status = ApplicationStatus.WAITLISTED
        s.flush()
        app_id = waiting.id
    with db.transaction(actor="lee") as s:
        s.info["desk"] = "front-desk"
        update_application(s, app_id, "department", "Finance")
    return cohort.id


def test_the_audit_view_filters_by_person_record_field_date_and_desk(
    qtbot: QtBot, open_window: Open, db: Database
) -> None:
    _cohort(db)
    window = open_window(db)
    window.audit_action.trigger()
    area = window.audit
    assert window.ui.areaStack.currentWidget() is area
    everything = area.model.rowCount()
    assert everything > 5

    qtbot.keyClicks(area.field_combo.lineEdit(), "department")
    qtbot.keyClick(area.field_combo.lineEdit(), Qt.Key.Key_Return)
    assert area.model.rowCount() == 1
    assert area.model.index(0, 4).data() == "Wanda Wait's application"
    assert area.model.index(0, 5).data() == "Department: — → Finance"  # its label
    assert area.model.index(0, 1).data() == "lee"
    area.clear_button.click()
    assert area.model.rowCount() == everything

    area.desk_combo.setCurrentIndex(area.desk_combo.findText("front-desk"))
    assert area.model.rowCount() == 1
    area.clear_button.click()

    qtbot.keyClicks(area.person_combo.lineEdit(), "rosa")
    qtbot.keyClick(area.person_combo.lineEdit(), Qt.Key.Key_Return)
    labels = {area.model.index(r, 4).data() for r in range(area.model.rowCount())}
    assert "Rosa Lind's application" in labels and "Pair Bo Chen – Rosa Lind" in labels
    assert not any("Wanda" in label for label in labels)
    area.clear_button.click()

    area.record_combo.setCurrentIndex(area.record_combo.findData("pairing"))
    assert area.model.rowCount() == 1
    area.record_combo.setCurrentIndex(0)
    tomorrow = date.fromordinal(date.today().toordinal() + 1)
    area.since_edit.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    assert area.model.rowCount() == 0
    assert "0 change" in area.count_label.text()


def test_close_then_reopen_then_purge_from_the_program_menu(
    qtbot: QtBot, open_window: Open, db: Database
) -> None:
    cohort_id = _cohort(db)
    window = open_window(db)
    elsewhere: list[object] = []  # what the window would show as another desk's changes
    window.other_desks.changed.connect(elsewhere.append)
    actions = window.lifecycle
    actions.update()
    assert actions.close_action.isEnabled() and not actions.purge_action.isEnabled()

    actions.close_action.trigger()
    dialog = actions.dialog
    assert isinstance(dialog, CloseCohortDialog)
    assert (
        "1 agreement not signed" in dialog.missing_list.item(dialog.missing_list.count() - 1).text()
    )
    assert not dialog.close_button.isEnabled()  # something is missing: say so first
    qtbot.keyClick(dialog.anyway_check, Qt.Key.Key_Space)
    assert dialog.close_button.isEnabled()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    # Backed up and closed off the GUI thread; the dialog closes when it is done.
    qtbot.waitUntil(
        lambda: actions.dialog is None or bool(dialog.error_label.text()), timeout=20000
    )
    assert actions.dialog is None, dialog.error_label.text()  # closed, not refused
    with db.reading() as s:
        assert s.get(Cohort, cohort_id).status is CohortStatus.CLOSED  # type: ignore[union-attr]
    actions.update()
    assert actions.reopen_action.isEnabled() and actions.purge_action.isEnabled()
    assert window.cohort_combo.currentText().endswith("Rollout 2026 (closed)")

    actions.reopen_action.trigger()
    reopen = actions.dialog
    assert isinstance(reopen, ReopenCohortDialog)
    assert not reopen.reopen_button.isEnabled()  # no reason, no reopening
    qtbot.keyClicks(reopen.reason_edit, "A late evaluation")
    qtbot.mouseClick(reopen.reopen_button, Qt.MouseButton.LeftButton)
    with db.reading() as s:
        assert s.get(Cohort, cohort_id).status is CohortStatus.ACTIVE  # type: ignore[union-attr]

    window.ui.menuProgram.aboutToShow.emit()  # what opening the menu does
    actions.close_action.trigger()
    dialog = actions.dialog
    assert isinstance(dialog, CloseCohortDialog)
    dialog.anyway_check.setChecked(True)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: actions.dialog is None, timeout=20000)

    actions.update()
    actions.purge_action.trigger()
    purge = actions.dialog
    assert isinstance(purge, PurgeCohortDialog)
    qtbot.keyClicks(purge.name_edit, "Rollout")
    assert not purge.purge_button.isEnabled()
    qtbot.keyClicks(purge.name_edit, " 2026")
    qtbot.mouseClick(purge.purge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: actions.dialog is None, timeout=20000)
    assert "Purged 'Rollout 2026'" in window.ui.statusbar.currentMessage()
    assert db.path is not None and b"Rosa" not in db.path.read_bytes()
    actions.update()
    assert not actions.purge_action.isEnabled()
    # This desk's own close, reopen and purge are never taken for another desk's changes.
    assert not window.other_desks.check()
    assert elsewhere == []


def test_the_new_cohort_dialog_carries_the_waitlisted_mentees_over(
    qtbot: QtBot, open_window: Open, db: Database
) -> None:
    _cohort(db)
    window = open_window(db)

    def fill_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewProgramDialog)
        seen.append(dialog.ui.carryGroup.isChecked())  # offered: someone is waiting
        seen.append(dialog.ui.carryFromCombo.currentText())
        dialog.ui.cohortEdit.clear()
        qtbot.keyClicks(dialog.ui.cohortEdit, "Rollout 2027")
        ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    seen: list[object] = []
    QTimer.singleShot(0, fill_dialog)
    window.ui.actionNewCohort.trigger()
    assert seen == [True, "Rollout 2026 (1 waitlisted, 0 mentors continuing)"]
    assert window.cohort_combo.currentText().endswith("Rollout 2027")
    assert "carried 1 waitlisted mentee" in window.ui.statusbar.currentMessage()
    assert window.applicants.model.rowCount() == 1


def test_an_applicants_history_opens_from_the_applicants_table(
    qtbot: QtBot, open_window: Open, db: Database
) -> None:
    _cohort(db)
    window = open_window(db)
    window.applicants.select_application(
        next(r.id for r in window.applicants.model.rows() if r.full_name == "Rosa Lind")
    )
    window.history_action.trigger()
    dialog = window.history_dialog
    assert dialog is not None
    top = dialog.tree.topLevelItem(0)
    assert top is not None and "Rollout 2026" in top.text(0)
    assert top.child(0).text(0).startswith("with Bo Chen (mentor)")


def test_the_audit_shows_a_decision_made_in_applicants_when_the_committee_turns_to_it(
    qtbot: QtBot, open_window: Open, db: Database
) -> None:
    _cohort(db)
    window = open_window(db)
    window.audit_action.trigger()
    area = window.audit
    before = area.model.rowCount()
    window.show_area(0)
    applicants = window.applicants
    wanda = next(r.id for r in applicants.model.rows() if r.full_name == "Wanda Wait")
    applicants.select_application(wanda)
    applicants.set_status(ApplicationStatus.DECLINED)
    assert area.model.rowCount() == before  # hidden: read again only when shown
    window.audit_action.trigger()
    assert area.model.rowCount() == before + 1
    assert area.model.index(0, 4).data() == "Wanda Wait's application"
    assert "Status: waitlisted → declined" in area.model.index(0, 5).data()


def test_the_audit_view_reads_a_changed_time_on_the_cohorts_clock(
    qtbot: QtBot, open_window: Open, db: Database
) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s, preset="staff", name="Rollout 2026", timezone="America/Denver")
        app_id = make_application(s, cohort, first_name="Rosa", last_name="Lind").id
    with db.transaction(actor="lee") as s:
        update_application(s, app_id, "submitted_at", "2026-09-01 09:00")  # 15:00 UTC
    window = open_window(db)
    window.audit_action.trigger()
    area = window.audit

    qtbot.keyClicks(area.field_combo.lineEdit(), "submitted_at")
    qtbot.keyClick(area.field_combo.lineEdit(), Qt.Key.Key_Return)

    assert area.model.rowCount() == 2  # the application added, then lee's change (first)
    changes = area.model.index(0, 5)
    assert changes.data().endswith(" → 2026-09-01 09:00")  # as Applicants shows it
    assert "→ 2026-09-01 09:00" in changes.data(Qt.ItemDataRole.ToolTipRole)
