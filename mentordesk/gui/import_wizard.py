"""The import wizard: choose a form's export, match its questions to fields, check every row, import.

The layout is ``ui/import_wizard.ui``; this class adds the behaviour. Reading the
file, previewing and importing all go through ``mentordesk.core.applications.importing``; the
preview and the import run off the GUI thread (``Data.in_background``) and the import is one
transaction, so Cancel leaves the cohort as it was.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidgetItem,
    QWidget,
    QWizard,
)

from mentordesk.core.applications.fields import display_value
from mentordesk.core.applications.importing import (
    FULL_NAME,
    IMPORT_FIELDS,
    ImportPreview,
    ImportResult,
    Mapping,
    PreviewRow,
    RowAction,
    RowProblem,
    Sheet,
    check_mapping,
    describe_problem,
    field_label,
    import_setting,
    load_mapping_file,
    preview_import,
    propose_mapping,
    read_sheet,
    run_import,
    save_mapping,
    sheet_samples,
)
from mentordesk.core.applications.records import local_time
from mentordesk.core.errors import MentorDeskError
from mentordesk.core.storage.models import Role
from mentordesk.gui import theme
from mentordesk.gui.context import AppContext
from mentordesk.gui.core_words import core_text, core_word, error_text
from mentordesk.gui.data import Change, Kind
from mentordesk.gui.forms.ui_import_wizard import Ui_ImportWizard
from mentordesk.gui.languages import local_number
from mentordesk.gui.theme import NamedColor

_Index = QModelIndex | QPersistentModelIndex


class PreviewRowsModel(QAbstractTableModel):
    """The preview's rows: number, what happens to it, then each field as it will be stored."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PreviewRow] = []
        self._fields: tuple[str, ...] = ()
        self.timezone = "UTC"  # the cohort's: submission times are shown in it

    def set_preview(self, preview: ImportPreview) -> None:
        self.beginResetModel()
        self._rows = preview.rows
        self._fields = preview.fields
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3 + len(self._fields)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Row")
        if section == 1:
            return self.tr("Action")
        if section == 2:
            return self.tr("Problem or eligibility")
        return self.tr(field_label(self._fields[section - 3]))

    def action_text(self, row: PreviewRow) -> str:
        text = {
            RowAction.NEW: self.tr("New"),
            RowAction.UPDATE: self.tr("Update"),
            RowAction.REPLACED: self.tr("Replaced by a later submission"),
            RowAction.SKIP: self.tr("Skipped"),
        }[row.action]
        if row.action is RowAction.UPDATE and (row.changes or row.kept):
            text += (
                self.tr(": %1, %2")
                .replace("%1", self.tr("%Ln change(s)", "", len(row.changes)))
                .replace("%2", self.tr("%Ln correction(s) kept", "", len(row.kept)))
            )
        return text

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.row
            if column == 1:
                return self.action_text(row)
            if column == 2:
                if row.problems:
                    more = len(row.problems) - 1
                    first = core_text(row.problems[0].message)
                    return first + (self.tr(" (+%s more)") % more if more else "")
                if row.action is RowAction.REPLACED:
                    return core_text(row.note)  # which later row of the file replaces it
                if row.eligibility is None:
                    return ""
                reasons = list(row.eligibility.reasons)
                label = core_word(row.eligibility.label)
                return label + (f": {core_text(reasons[0])}" if reasons else "")
            value = local_time(row.values.get(self._fields[column - 3]), self.timezone)
            return display_value(value).replace("\n", " ⏎ ")
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [core_text(describe_problem(p)) for p in (*row.problems, *row.warnings)]
            if row.note:
                lines.append(core_text(row.note))
            lines.extend(self.tr("Changes %s") % c.describe() for c in row.changes)
            lines.extend(
                self.tr("Keeps the committee's %1 (the form says %2)")
                .replace("%1", f"{field_label(c.field)} {c.old!r}")
                .replace("%2", repr(c.new))
                for c in row.kept
            )
            if row.eligibility and row.eligibility.reasons:
                lines.extend(map(core_text, row.eligibility.reasons))
            return "\n".join(lines) or None
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.action in (RowAction.SKIP, RowAction.REPLACED):
                return QBrush(theme.color(NamedColor.SKIP_FILL))
            if row.action is RowAction.UPDATE:
                return QBrush(theme.color(NamedColor.UPDATE_FILL))
        return None

    def row_at(self, index: int) -> PreviewRow:
        return self._rows[index]


class ProblemsModel(QAbstractTableModel):
    """Every problem found: row number, column, reason."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._problems: list[RowProblem] = []

    def set_problems(self, problems: list[RowProblem]) -> None:
        self.beginResetModel()
        self._problems = problems
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Row"), self.tr("Column"), self.tr("Problem"))[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        problem = self._problems[index.row()]
        return (problem.row, problem.column, core_text(problem.message))[index.column()]


def _dropped_path(mime: QMimeData) -> str | None:
    urls = [u for u in mime.urls() if u.isLocalFile()]
    return urls[0].toLocalFile() if len(urls) == 1 else None


class ImportWizard(QWizard):
    """Import a form's export into one cohort; ``imported`` is emitted with the ImportResult."""

    imported = Signal(object)

    FILE_PAGE, MAPPING_PAGE, PREVIEW_PAGE, SUMMARY_PAGE = range(4)

    def __init__(self, context: AppContext, cohort_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.cohort_id = cohort_id
        self.ui = Ui_ImportWizard()
        self.ui.setupUi(self)
        setting = context.data.read(import_setting, cohort_id)
        self.cohort_name = setting.cohort_name
        self.program_id = setting.program_id
        self.saved_mapping = setting.mapping
        self.saved_fixed = setting.fixed
        self.rule_fields = setting.rule_fields
        self.rule_answers = setting.rule_answers
        self.fixed_edits: dict[str, QLineEdit] = {}
        self.setWindowTitle(self.tr("Import Applications into %s") % self.cohort_name)
        self.sheet: Sheet | None = None
        self.preview: ImportPreview | None = None
        self.import_result: ImportResult | None = None
        self._busy = False
        self._advance = False

        self.ui.previewPage.setCommitPage(True)
        # Once imported, Cancel would suggest the import can still be called off: it cannot.
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.ui.previewPage.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.ui.roleCombo.addItem(self.tr("— say in a column —"), None)
        self.ui.roleCombo.addItem(self.tr("Mentors"), Role.MENTOR.value)
        self.ui.roleCombo.addItem(self.tr("Mentees"), Role.MENTEE.value)
        self.ui.mappingTable.setHorizontalHeaderLabels(
            [self.tr("Question in the file"), self.tr("First answer"), self.tr("MentorDesk field")]
        )
        header = self.ui.mappingTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.rows_model = PreviewRowsModel(self)
        self.rows_model.timezone = setting.timezone
        self.problems_model = ProblemsModel(self)
        self.ui.rowsView.setModel(self.rows_model)
        self.ui.problemsView.setModel(self.problems_model)

        self.setAcceptDrops(True)
        self.ui.browseButton.clicked.connect(self._browse)
        self.ui.pathEdit.textChanged.connect(lambda _text: self.ui.fileInfoLabel.clear())
        self.ui.loadMappingButton.clicked.connect(self._load_mapping)
        self.ui.saveMappingButton.clicked.connect(self._save_mapping)

    # --- pages ---------------------------------------------------------------------

    def validateCurrentPage(self) -> bool:
        if self._busy:
            return False
        if self._advance:  # a finished job moves the wizard on; its page is already checked
            self._advance = False
            return True
        page = self.currentId()
        if page == self.FILE_PAGE:
            return self._read_file()
        if page == self.MAPPING_PAGE:
            return self._start_preview()
        if page == self.PREVIEW_PAGE:
            return self._start_import()
        return True

    def _read_file(self) -> bool:
        text = self.ui.pathEdit.text().strip().strip('"')
        if not text:
            self.ui.fileInfoLabel.setText(self.tr("Choose the file the form exported."))
            return False
        try:
            sheet = read_sheet(Path(text).expanduser())
        except MentorDeskError as exc:
            self.ui.fileInfoLabel.setText(error_text(exc))
            return False
        self.sheet = sheet
        self.ui.fileInfoLabel.setText(sheet.describe())
        # The mapping page says how the file was read, so a wrong guess is seen at once.
        self.ui.mappingPage.setSubTitle(
            self.tr(
                "%1. MentorDesk proposed a field for each question; change any that are wrong. "
                "The mapping is saved with the program for next year."
            ).replace("%1", sheet.describe())
            + "".join(f"\n{note}" for note in sheet.notes[:3])
        )
        self._fill_mapping(
            propose_mapping(sheet.headers, self.saved_mapping, samples=sheet_samples(sheet))
        )
        return True

    def _fill_mapping(self, mapping: Mapping) -> None:
        assert self.sheet is not None
        table = self.ui.mappingTable
        table.setRowCount(len(self.sheet.headers))
        first = self.sheet.rows[0] if self.sheet.rows else ()
        for row, header in enumerate(self.sheet.headers):
            question = QTableWidgetItem(header)
            question.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            question.setToolTip(header)
            sample = display_value(first[row] if row < len(first) else None).replace("\n", " ")
            example = QTableWidgetItem(sample)
            example.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            example.setToolTip(sample)
            table.setItem(row, 0, question)
            table.setItem(row, 1, example)
            combo = QComboBox(table)
            combo.addItem(self.tr("— ignore —"), None)
            for name in IMPORT_FIELDS:
                combo.addItem(self.tr(field_label(name)), name)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(header))))
            combo.currentIndexChanged.connect(lambda _i: self.ui.mappingErrorLabel.clear())
            combo.currentIndexChanged.connect(lambda _i: self._refresh_fixed())
            table.setCellWidget(row, 2, combo)
        table.setWordWrap(False)  # full questions are in the tooltips; rows stay one line
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 14)
        self._refresh_fixed()

    def _refresh_fixed(self) -> None:
        """Offer a fixed answer for every field a rule needs that no column gives."""
        mapped = {f for f in self.mapping().values() if f}
        if FULL_NAME in mapped:
            mapped |= {"first_name", "last_name"}
        wanted = [name for name in self.rule_fields if name not in mapped]
        typed = {name: edit.text() for name, edit in self.fixed_edits.items()}
        form = self.ui.fixedForm
        while form.rowCount():
            form.removeRow(0)
        self.fixed_edits = {}
        for name in wanted:
            edit = QLineEdit(self.ui.fixedBox)
            edit.setObjectName(f"fixed_{name}")
            answers = self.rule_answers.get(name, [])
            if answers:
                # The answers that pass the rule, offered as the committee types.
                completer = QCompleter(answers, edit)
                completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
                edit.setCompleter(completer)
                edit.setPlaceholderText(
                    self.tr("%1, or leave empty: these applications will need a decision").replace(
                        "%1", self.tr(" or ").join(answers)
                    )
                )
            else:
                edit.setPlaceholderText(
                    self.tr("leave empty: these applications will need a decision")
                )
            edit.setText(typed.get(name, self.saved_fixed.get(name, "")))
            edit.setAccessibleName(self.tr("Same answer for every row: %s") % field_label(name))
            label = QLabel(
                self.tr("%1 (%2):")
                .replace("%1", self.tr(field_label(name)))
                .replace("%2", self.rule_fields[name]),
                self.ui.fixedBox,
            )
            label.setBuddy(edit)
            form.addRow(label, edit)
            self.fixed_edits[name] = edit
        self.ui.fixedBox.setVisible(bool(wanted))

    def fixed_answers(self) -> dict[str, str]:
        """The fixed answers typed on the mapping page (empty ones are not given)."""
        return {name: e.text().strip() for name, e in self.fixed_edits.items() if e.text().strip()}

    def field_combo(self, header: str) -> QComboBox:
        """The field chooser of one question (the row whose first cell is ``header``)."""
        assert self.sheet is not None
        widget = self.ui.mappingTable.cellWidget(self.sheet.headers.index(header), 2)
        assert isinstance(widget, QComboBox)
        return widget

    def mapping(self) -> Mapping:
        if self.sheet is None:
            return {}
        return {h: self.field_combo(h).currentData() for h in self.sheet.headers}

    def default_role(self) -> Role | None:
        value = self.ui.roleCombo.currentData()
        return Role(value) if value else None

    def _start_preview(self) -> bool:
        assert self.sheet is not None
        mapping = self.mapping()
        try:
            check_mapping(mapping)
        except MentorDeskError as exc:
            self.ui.mappingErrorLabel.setText(error_text(exc))
            return False
        sheet, role, cohort_id, data, fixed = (
            self.sheet,
            self.default_role(),
            self.cohort_id,
            self.context.data,
            self.fixed_answers(),
        )

        def work(progress: Any) -> ImportPreview:
            return data.read(
                preview_import,
                cohort_id,
                sheet,
                mapping,
                default_role=role,
                fixed=fixed,
                progress=progress,
            )

        def done(preview: ImportPreview) -> None:
            self._busy = False
            self._show_preview(preview)
            self._advance = True
            self.next()

        def failed(exc: MentorDeskError) -> None:
            self._busy = False
            self.ui.mappingErrorLabel.setText(error_text(exc))

        self._busy = True
        data.in_background(
            self,
            self.tr("Checking the rows"),
            work,
            done,
            on_refused=failed,
            on_cancelled=lambda: setattr(self, "_busy", False),
        )
        return False

    def _show_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.rows_model.set_preview(preview)
        # Refused rows first, then answers left empty, then resubmissions (notices).
        self.problems_model.set_problems([*preview.problems, *preview.warnings, *preview.notices])
        self.ui.rowsView.resizeColumnsToContents()
        self.ui.problemsView.resizeColumnsToContents()
        new, updates, skipped = (
            preview.count(RowAction.NEW),
            preview.count(RowAction.UPDATE),
            preview.count(RowAction.SKIP),
        )
        self.ui.summaryLabel.setText(
            self.tr(
                "Into %1: <b>%2 new</b> applications, <b>%3 updates</b> of earlier submissions, "
                "<b>%4 skipped</b> (see Problems)."
            )
            .replace("%1", self.cohort_name)
            .replace("%2", local_number(new))
            .replace("%3", local_number(updates))
            .replace("%4", local_number(skipped))
        )
        extra = [*preview.file_notes, *preview.not_asked_messages()]
        if preview.warnings:
            extra.append(
                self.tr("1 answer could not be read and is left empty (see Problems)")
                if len(preview.warnings) == 1
                else self.tr("%s answers could not be read and are left empty (see Problems)")
                % len(preview.warnings)
            )
        if preview.notices:
            extra.append(
                self.tr("1 earlier submission is replaced by a later one")
                if len(preview.notices) == 1
                else self.tr("%s earlier submissions are replaced by later ones")
                % len(preview.notices)
            )
        if extra:
            self.ui.summaryLabel.setText(
                self.ui.summaryLabel.text()
                + "".join(f"<br>• {html.escape(line)}" for line in extra)
            )
        kept = sum(len(r.kept) for r in preview.rows)
        self.ui.keepCorrectionsCheck.setVisible(kept > 0)
        self.ui.keepCorrectionsCheck.setText(
            self.tr("&Keep the committee's %s corrections where the form says otherwise") % kept
        )
        self.ui.previewTabs.setTabText(
            1,
            self.tr("&Problems (%s)")
            % (len(preview.problems) + len(preview.warnings) + len(preview.notices)),
        )

    def _start_import(self) -> bool:
        if self.import_result is not None:
            return True
        assert self.sheet is not None
        sheet, mapping, role = self.sheet, self.mapping(), self.default_role()
        cohort_id, data, fixed = self.cohort_id, self.context.data, self.fixed_answers()
        keep = self.ui.keepCorrectionsCheck.isChecked()
        change = Change(Kind.APPLICATIONS, cohort_id, note=f"import {sheet.name}")

        def work(progress: Any) -> ImportResult:
            return data.write(
                change,
                run_import,
                cohort_id,
                sheet,
                mapping,
                default_role=role,
                fixed=fixed,
                keep_corrections=keep,
                progress=progress,
            )

        def done(result: ImportResult) -> None:
            self._busy = False
            self.import_result = result
            self._show_result(result)
            self.imported.emit(result)
            self._advance = True
            self.next()

        def cancelled() -> None:
            self._busy = False
            self.ui.summaryLabel.setText(self.tr("Cancelled; nothing was imported."))

        def failed(exc: MentorDeskError) -> None:
            self._busy = False
            self.ui.summaryLabel.setText(error_text(exc))

        self._busy = True
        data.in_background(
            self, self.tr("Importing"), work, done, on_cancelled=cancelled, on_refused=failed
        )
        return False

    def _show_result(self, result: ImportResult) -> None:
        self.ui.resultLabel.setText(
            self.tr("%1, %2 updated, %3 in %4.")
            .replace("%2", local_number(result.updated))
            .replace("%3", self.tr("%Ln row(s) skipped", "", result.skipped))
            .replace("%4", self.cohort_name)
            .replace("%1", self.tr("%Ln new application(s)", "", result.imported))
        )
        lines = [core_text(describe_problem(p)) for p in result.errors]
        lines += [self.tr("flagged: %s") % core_text(describe_problem(p)) for p in result.warnings]
        lines += [self.tr("notice: %s") % core_text(describe_problem(p)) for p in result.notices]
        self.ui.resultProblems.setPlainText("\n".join(lines))
        self.ui.resultProblems.setVisible(bool(lines))

    # --- dropping a file on the first page ---------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.currentId() == self.FILE_PAGE and _dropped_path(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_path(event.mimeData())
        if path and self.currentId() == self.FILE_PAGE:
            self.ui.pathEdit.setText(path)
            event.acceptProposedAction()

    # --- buttons -------------------------------------------------------------------

    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the Form's Export"),
            self.ui.pathEdit.text(),
            self.tr("Spreadsheets (*.csv *.xlsx *.txt *.tsv);;All files (*)"),
        )
        if path:
            self.ui.pathEdit.setText(path)

    def _load_mapping(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Load Mapping"), "", self.tr("Mappings (*.json);;All files (*)")
        )
        if not path or self.sheet is None:
            return
        try:
            loaded = load_mapping_file(path)
        except MentorDeskError as exc:
            self.ui.mappingErrorLabel.setText(error_text(exc))
            return
        self.saved_fixed = {**self.saved_fixed, **loaded.fixed}
        self.fixed_edits = {}  # the file's fixed answers replace what was typed
        self._fill_mapping(propose_mapping(self.sheet.headers, loaded.columns, guess=False))
        self.ui.mappingErrorLabel.setText(self.tr("Mapping loaded from %s") % Path(path).name)

    def _save_mapping(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save Mapping"), "mapping.json", self.tr("Mappings (*.json)")
        )
        if not path:
            return
        try:
            save_mapping(self.mapping(), path, self.fixed_answers())
        except MentorDeskError as exc:
            self.ui.mappingErrorLabel.setText(error_text(exc))
            return
        self.ui.mappingErrorLabel.setText(self.tr("Mapping saved to %s") % Path(path).name)
