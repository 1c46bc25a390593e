"""The import wizard driven as a committee member would: file, mapping, preview, import, summary."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QFileDialog, QProgressDialog, QWizard

from mentordesk.core.applications.importing import RowAction, program_mapping
from mentordesk.core.applications.records import list_applications
from mentordesk.core.storage.database import Database
from mentordesk.gui.context import AppContext
from mentordesk.gui.import_wizard import ImportWizard
from tests.factories import make_cohort

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture
def context(db: Database) -> AppContext:
    return AppContext(database=db, undo_stack=QUndoStack())


@pytest.fixture
def cohort_id(db: Database) -> int:
    with db.transaction() as session:
        return make_cohort(session, preset="association", name="2026–27").id


def _wizard(qtbot: Any, context: AppContext, cohort_id: int) -> ImportWizard:
    wizard = ImportWizard(context, cohort_id)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _next(qtbot: Any, wizard: ImportWizard) -> None:
    button = wizard.button(
        QWizard.WizardButton.CommitButton
        if wizard.currentPage().isCommitPage()
        else QWizard.WizardButton.NextButton
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_import_from_file_choice_to_finish(
    qtbot: Any, context: AppContext, cohort_id: int, db: Database
) -> None:
    wizard = _wizard(qtbot, context, cohort_id)
    finished: list[Any] = []
    wizard.imported.connect(finished.append)

    # A path that is not a spreadsheet is refused on the first page, with the reason.
    qtbot.keyClicks(wizard.ui.pathEdit, str(DATA / "nothing-here.csv"))
    _next(qtbot, wizard)
    assert wizard.currentId() == ImportWizard.FILE_PAGE
    assert "There is no file" in wizard.ui.fileInfoLabel.text()

    wizard.ui.pathEdit.clear()
    qtbot.keyClicks(wizard.ui.pathEdit, str(DATA / "association_google_form.csv"))
    _next(qtbot, wizard)
    assert wizard.currentId() == ImportWizard.MAPPING_PAGE
    goals = "What do you hope to achieve through this program?"
    assert wizard.field_combo(goals).currentData() == "goals"
    assert wizard.field_combo("Email Address").currentData() == "email"
    # The committee decides topics are expertise, not interests, this year.
    topics = wizard.field_combo("Which topics interest you most? (check all that apply)")
    topics.setCurrentIndex(topics.findData("expertise"))

    _next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.PREVIEW_PAGE, timeout=5000)
    assert "5 new" in wizard.ui.summaryLabel.text()
    assert "3 skipped" in wizard.ui.summaryLabel.text()
    assert "1 answer could not be read" in wizard.ui.summaryLabel.text()  # 'lots' mentees
    assert "1 earlier submission is replaced by a later one" in wizard.ui.summaryLabel.text()
    rows = wizard.rows_model
    assert rows.rowCount() == 9
    actions = {rows.row_at(i).row: rows.row_at(i).action for i in range(rows.rowCount())}
    # Row numbers as the spreadsheet shows them; Seán's first submission is replaced.
    assert [n for n, a in actions.items() if a is RowAction.SKIP] == [5, 6, 7]
    assert actions[3] is RowAction.REPLACED
    replaced = next(i for i in range(rows.rowCount()) if rows.row_at(i).row == 3)
    assert rows.index(replaced, 2).data() == "replaced by row 10, a later submission"
    problems = wizard.problems_model
    listed = {
        (problems.index(i, 0).data(), problems.index(i, 1).data(), problems.index(i, 2).data())
        for i in range(problems.rowCount())
    }
    assert (7, "Email Address", "Missing email") in listed
    with db.reading() as session:
        assert list_applications(session, cohort_id) == []  # nothing written by the preview

    _next(qtbot, wizard)  # Import
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.SUMMARY_PAGE, timeout=10000)
    assert "5 new applications" in wizard.ui.resultLabel.text()
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert finished and finished[0].imported == 5

    with db.reading() as session:
        stored = {r.email: r for r in list_applications(session, cohort_id)}
        saved = program_mapping(session, 1)
    assert (
        stored["maria.lopez@uni.edu"].values["expertise"] == "Crisis response, Students of concern"
    )
    assert saved["Which topics interest you most? (check all that apply)"] == "expertise"


def test_the_next_import_maps_itself_and_updates_resubmissions(
    qtbot: Any, context: AppContext, cohort_id: int, db: Database, tmp_path: Path, monkeypatch: Any
) -> None:
    for _ in range(2):
        wizard = _wizard(qtbot, context, cohort_id)
        qtbot.keyClicks(wizard.ui.pathEdit, str(DATA / "association_google_form.csv"))
        _next(qtbot, wizard)
        _next(qtbot, wizard)
        qtbot.waitUntil(lambda w=wizard: w.currentId() == ImportWizard.PREVIEW_PAGE, timeout=5000)
        summary = wizard.ui.summaryLabel.text()
        _next(qtbot, wizard)
        qtbot.waitUntil(lambda w=wizard: w.currentId() == ImportWizard.SUMMARY_PAGE, timeout=10000)
    assert "0 new" in summary and "5 updates" in summary

    # Save the mapping to a file and load it back into another wizard.
    target = tmp_path / "hecma-mapping.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    wizard = _wizard(qtbot, context, cohort_id)
    qtbot.keyClicks(wizard.ui.pathEdit, str(DATA / "association_google_form.csv"))
    _next(qtbot, wizard)
    qtbot.mouseClick(wizard.ui.saveMappingButton, Qt.MouseButton.LeftButton)
    assert json.loads(target.read_text(encoding="utf-8"))["Email Address"] == "email"
    target.write_text(
        json.dumps(
            {"Email Address": "email", "Are you applying to be a mentor or a mentee?": "role"}
        )
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(wizard.ui.loadMappingButton, Qt.MouseButton.LeftButton)
    assert wizard.field_combo("First Name").currentData() is None
    assert wizard.field_combo("Email Address").currentData() == "email"


def test_a_mapping_without_email_is_refused_on_the_mapping_page(
    qtbot: Any, context: AppContext, cohort_id: int
) -> None:
    wizard = _wizard(qtbot, context, cohort_id)
    qtbot.keyClicks(wizard.ui.pathEdit, str(DATA / "credential_registry_excel.csv"))
    _next(qtbot, wizard)
    wizard.field_combo("E-mail").setCurrentIndex(0)
    _next(qtbot, wizard)
    assert wizard.currentId() == ImportWizard.MAPPING_PAGE
    assert "No column is mapped to Email" in wizard.ui.mappingErrorLabel.text()


def test_cancel_during_the_import_leaves_the_cohort_empty(
    qtbot: Any, context: AppContext, cohort_id: int, db: Database, tmp_path: Path
) -> None:
    big = tmp_path / "big.csv"
    lines = ["Email,Role,Name"] + [f"p{i}@x.org,Mentee,Person {i}" for i in range(6000)]
    big.write_text("\n".join(lines), encoding="utf-8")
    wizard = _wizard(qtbot, context, cohort_id)
    qtbot.keyClicks(wizard.ui.pathEdit, str(big))
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.PREVIEW_PAGE, timeout=10000)
    _next(qtbot, wizard)

    def progress_dialog() -> QProgressDialog:
        dialogs = [d for d in wizard.findChildren(QProgressDialog) if d.isVisible()]
        assert dialogs
        return dialogs[0]

    qtbot.waitUntil(lambda: progress_dialog() is not None, timeout=5000)
    dialog = progress_dialog()
    cancel = dialog.findChildren(type(wizard.button(QWizard.WizardButton.NextButton)))[0]
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Cancelled" in wizard.ui.summaryLabel.text(), timeout=10000)
    assert wizard.currentId() == ImportWizard.PREVIEW_PAGE
    with db.reading() as session:
        assert list_applications(session, cohort_id) == []


def test_a_file_dropped_on_the_wizard_is_chosen_and_described(
    qtbot: Any, context: AppContext, cohort_id: int
) -> None:
    wizard = _wizard(qtbot, context, cohort_id)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(DATA / "credential_registry_excel.csv"))])
    position = QPointF(wizard.rect().center())
    enter = QDragEnterEvent(
        position.toPoint(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(wizard, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        position,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(wizard, drop)
    assert wizard.ui.pathEdit.text().endswith("credential_registry_excel.csv")
    _next(qtbot, wizard)
    assert "Windows-1252, semicolon-separated" in wizard.ui.mappingPage.subTitle()


def test_the_wizard_offers_fixed_answers_for_what_the_form_never_asked(
    qtbot: Any, context: AppContext, db: Database
) -> None:
    with db.transaction() as session:
        cohort_id = make_cohort(session, preset="staff", name="Rollout 3").id
    wizard = _wizard(qtbot, context, cohort_id)
    qtbot.keyClicks(wizard.ui.pathEdit, str(DATA / "forms" / "staff_microsoft_forms_no_org.xlsx"))
    _next(qtbot, wizard)
    assert wizard.currentId() == ImportWizard.MAPPING_PAGE
    # The anonymous respondent columns stay out of the real questions.
    assert wizard.field_combo("Email").currentData() is None
    assert wizard.field_combo("Email address").currentData() == "email"
    assert set(wizard.fixed_edits) == {"organization", "employment_type", "consent"}
    assert wizard.ui.fixedBox.isVisible()
    # Each offers the answers that pass its rule.
    assert wizard.fixed_edits["organization"].placeholderText().startswith("HSC, or leave empty")
    assert wizard.fixed_edits["consent"].placeholderText().startswith("Yes or No, or leave")
    qtbot.keyClicks(wizard.fixed_edits["organization"], "HSC")
    qtbot.keyClicks(wizard.fixed_edits["consent"], "Yes")

    _next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.PREVIEW_PAGE, timeout=5000)
    summary = wizard.ui.summaryLabel.text()
    assert "6 new" in summary
    assert "The rules need Employment type" in summary  # left empty: needs a decision
    assert "Organization" not in summary.split("6 new")[1]
    _next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.SUMMARY_PAGE, timeout=10000)
    with db.reading() as session:
        ana = next(
            r for r in list_applications(session, cohort_id) if r.email.startswith("ana.garcia")
        )
    assert ana.values["organization"] == "HSC" and ana.values["consent"] is True
    assert ana.eligibility.label == "Needs a decision"
    assert ana.eligibility.reasons == (
        "Employment type not asked on the form; the program is for staff only",
    )
