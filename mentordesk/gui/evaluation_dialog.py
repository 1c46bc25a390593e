"""Evaluations by hand or from a survey export: pick the pair and the form, answer, save.

The form's questions are the program's data, so their widgets are made here from the
form (a 1–5 rating or a text); the layout around them lives in ``ui/evaluation_dialog.ui``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from mentordesk.core.applications.importing import read_sheet
from mentordesk.core.errors import MentorDeskError
from mentordesk.core.matching.evaluations import (
    PHASE_LABELS,
    CohortEvaluations,
    EvaluationEntry,
    EvaluationForm,
    EvaluationImportResult,
    cohort_evaluations,
    import_evaluations,
    import_targets,
    propose_evaluation_mapping,
    record_evaluation,
    stored_answers,
)
from mentordesk.core.progress import Progress
from mentordesk.gui.context import AppContext
from mentordesk.gui.core_words import core_text
from mentordesk.gui.data import Change, Kind, tell
from mentordesk.gui.forms.ui_evaluation_dialog import Ui_EvaluationDialog
from mentordesk.gui.languages import local_number

_RATINGS = ("", "1 – poor", "2 – fair", "3 – good", "4 – very good", "5 – excellent")


class EvaluationDialog(QDialog):
    def __init__(
        self,
        context: AppContext,
        cohort_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_EvaluationDialog()
        self.ui.setupUi(self)
        self.context, self.cohort_id = context, cohort_id
        self.data = context.data
        self.fields: dict[str, QComboBox | QPlainTextEdit] = {}
        self._stored: tuple[dict[str, Any], str | None] | None = None
        self.report = self._read()
        self.setWindowTitle(self.tr("Evaluations — %1").replace("%1", self.report.cohort))
        for pair in self.report.pairs:
            self.ui.pairCombo.addItem(pair.label, pair.pairing_id)
        for form in self.report.forms:
            self.ui.formCombo.addItem(form.title, form.key)
        self.ui.pairCombo.currentIndexChanged.connect(lambda _i: self.show_form())
        self.ui.formCombo.currentIndexChanged.connect(lambda _i: self.show_form())
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.accept)
        self.ui.importButton.clicked.connect(self.import_survey)
        self.ui.blankButton.clicked.connect(self.save_blank_forms)
        if not self.report.forms:
            self.ui.statusLabel.setText(
                self.tr("The program's rules ask for no evaluation (Program ▸ Rules…).")
            )
        self.show_form()

    def _read(self) -> CohortEvaluations:
        return self.data.read(cohort_evaluations, self.cohort_id)

    def _change(self, note: str) -> Change:
        # Evaluations belong to the pairs: the reports count them, close-out asks for them.
        return Change(Kind.PAIRINGS, self.cohort_id, origin=self, note=note)

    def show_refusal(self, _title: str, message: str) -> None:
        self.ui.errorLabel.setText(message)

    # --- the form -----------------------------------------------------------------------

    def form(self) -> EvaluationForm | None:
        key = self.ui.formCombo.currentData()
        return next((f for f in self.report.forms if f.key == key), None)

    def pairing_id(self) -> int | None:
        value = self.ui.pairCombo.currentData()
        return int(value) if value is not None else None

    def show_form(self) -> None:
        layout = self.ui.questionsForm
        while layout.rowCount():
            layout.removeRow(0)
        self.fields.clear()
        self.ui.commentsEdit.clear()
        self.ui.errorLabel.clear()
        form, pairing_id = self.form(), self.pairing_id()
        enabled = form is not None and pairing_id is not None
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setEnabled(enabled)
        if form is None or pairing_id is None:
            return
        for question in form.questions:
            label = QLabel(question.text, self.ui.questionsWidget)
            label.setWordWrap(True)
            widget: QComboBox | QPlainTextEdit
            if question.kind == "rating":
                widget = QComboBox(self.ui.questionsWidget)
                for value, text in enumerate(_RATINGS):
                    widget.addItem(self.tr(text) if text else self.tr("(no answer)"), value or None)
            else:
                widget = QPlainTextEdit(self.ui.questionsWidget)
                widget.setTabChangesFocus(True)
                widget.setMaximumHeight(70)
            widget.setObjectName(f"question_{question.key}")
            widget.setAccessibleName(question.text)
            label.setBuddy(widget)
            layout.addRow(label, widget)
            self.fields[question.key] = widget
        stored = self.data.read(stored_answers, pairing_id, form.phase, form.evaluator)
        self._stored = stored  # what a save replaces; another desk's since is refused
        if stored is not None:
            answers, comments = stored
            for key, value in answers.items():
                found = self.fields.get(key)
                if isinstance(found, QComboBox):
                    found.setCurrentIndex(max(0, found.findData(value)))
                elif isinstance(found, QPlainTextEdit):
                    found.setPlainText(str(value))
            self.ui.commentsEdit.setPlainText(comments or "")
        self._show_received(pairing_id)

    def _show_received(self, pairing_id: int) -> None:
        pair = next((p for p in self.report.pairs if p.pairing_id == pairing_id), None)
        if pair is None:
            return
        titles = {f.key: f.title for f in self.report.forms}
        got = [titles.get(k, k) for k in pair.expected if k in pair.received]
        missing = [titles.get(k, k) for k in pair.missing]
        self.ui.receivedLabel.setText(
            self.tr("Received: %1. Missing: %2.")
            .replace("%1", ", ".join(got) or self.tr("none"))
            .replace("%2", ", ".join(missing) or self.tr("none"))
        )

    def answers(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, widget in self.fields.items():
            if isinstance(widget, QComboBox):
                if widget.currentData() is not None:
                    out[key] = int(widget.currentData())
            elif widget.toPlainText().strip():
                out[key] = widget.toPlainText().strip()
        return out

    def save(self) -> None:
        form, pairing_id = self.form(), self.pairing_id()
        if form is None or pairing_id is None:
            return
        entry = EvaluationEntry(
            pairing_id=pairing_id,
            phase=form.phase,
            evaluator=form.evaluator,
            answers=self.answers(),
            comments=self.ui.commentsEdit.toPlainText(),
            replaces=self._stored,
            checked=True,
        )
        title = self.tr("Not saved")
        if not self.data.change(self, title, self._change("evaluation"), record_evaluation, entry):
            return
        self._stored = self.data.read(stored_answers, pairing_id, form.phase, form.evaluator)
        self.report = self._read()
        self._show_received(pairing_id)
        self.ui.errorLabel.clear()
        self.ui.statusLabel.setText(
            self.tr("Saved: %1 for %2")
            .replace("%1", form.title)
            .replace("%2", self.ui.pairCombo.currentText())
        )

    # --- paper and surveys -------------------------------------------------------------------

    def save_blank_forms(self) -> None:
        if not self.report.forms:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the blank forms"),
            str(Path.home() / "evaluation-forms.pdf"),
            self.tr("PDF (*.pdf)"),
        )
        if not path:
            return
        try:
            # ReportLab is loaded when a form is printed, not when the window starts.
            from mentordesk.core.documents.evaluation_pdf import blank_forms_pdf

            blank_forms_pdf(self.report.program, self.report.cohort, self.report.forms, path)
        except MentorDeskError as exc:
            tell(self, self.tr("Blank forms"), exc)
            return
        self.ui.statusLabel.setText(self.tr("Saved the blank forms in %1").replace("%1", path))

    def import_survey(self) -> None:
        """A survey tool's export: its columns matched to the questions, every row checked."""
        phases = sorted({f.phase for f in self.report.forms})
        if not phases:
            return
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a survey export"),
            str(Path.home()),
            self.tr("Survey exports (*.csv *.xlsx *.txt);;All files (*)"),
        )
        if not path:
            return
        labels = [PHASE_LABELS[p] for p in phases]
        current = self.form()
        start = phases.index(current.phase) if current and current.phase in phases else 0
        label, ok = QInputDialog.getItem(
            self,
            self.tr("Import a survey export"),
            self.tr("Which evaluation is it?"),
            labels,
            start,
            False,
        )
        if not ok:
            return
        phase = phases[labels.index(label)]
        forms = [f for f in self.report.forms if f.phase == phase]
        title = self.tr("Import a survey export")
        try:
            sheet = read_sheet(path)
        except MentorDeskError as exc:
            tell(self, title, exc)
            return
        mapping = propose_evaluation_mapping(sheet.headers, forms)
        targets = import_targets(forms)
        matched = [f"{h} → {targets[t]}" for h, t in mapping.items() if t]
        ignored = [h for h, t in mapping.items() if not t]
        text = self.tr("%Ln row(s). Columns read:\n%1", "", len(sheet.rows)).replace(
            "%1", "\n".join(matched) or self.tr("none")
        )
        if ignored:
            text += "\n\n" + self.tr("Ignored: %1").replace("%1", ", ".join(ignored))
        if QMessageBox.question(self, title, text) != QMessageBox.StandardButton.Yes:
            return
        change = self._change(f"evaluations {sheet.name}")
        cohort_id = self.cohort_id

        def work(progress: Progress) -> EvaluationImportResult:
            return self.data.write(
                change, import_evaluations, cohort_id, sheet, phase, mapping, progress=progress
            )

        self.data.in_background(
            self,
            title,
            work,
            self._imported,
            on_cancelled=lambda: self.ui.statusLabel.setText(
                self.tr("Import cancelled; nothing was recorded")
            ),
            label=self.tr("Recording the evaluations…"),
        )

    def _imported(self, result: EvaluationImportResult) -> None:
        self.report = self._read()
        self.show_form()
        summary = (
            self.tr("Imported %1, replaced %2.")
            .replace("%1", local_number(result.imported))
            .replace("%2", local_number(result.replaced))
        )
        if result.problems:
            summary += " " + self.tr("Skipped: %1").replace(
                "%1",
                "; ".join(
                    self.tr("row %1: %2")
                    .replace("%2", core_text(p.reason))
                    .replace("%1", str(p.row))
                    for p in result.problems[:5]
                ),
            )
            if len(result.problems) > 5:
                summary += " …"
        self.ui.statusLabel.setText(summary)
