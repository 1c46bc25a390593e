"""The terms editor: name the cohort's semesters and set their dates, saved as one undoable change."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QHeaderView,
    QTableWidgetItem,
    QWidget,
)

from mentordesk.core.errors import MentorDeskError
from mentordesk.core.programs.terms import (
    TermSpan,
    check_terms,
    set_terms,
    terms_of_cohort,
    worded,
)
from mentordesk.gui.context import AppContext
from mentordesk.gui.core_words import core_text
from mentordesk.gui.data import Change, Kind
from mentordesk.gui.forms.ui_terms_dialog import Ui_TermsDialog
from mentordesk.gui.undo import DatabaseCommand, push


class SetTermsCommand(DatabaseCommand):
    """The cohort's terms as one step; the calendar and the reports reread them."""

    def __init__(
        self, context: AppContext, cohort_id: int, before: list[TermSpan], after: list[TermSpan]
    ) -> None:
        super().__init__(context.data, QCoreApplication.translate("TermsDialog", "Change terms"))
        self.cohort_id = cohort_id
        self.before, self.after = before, after
        # What the next write expects to find: the terms as the dialog showed them, then as
        # this step's last write left them (another desk's terms meanwhile are refused).
        self._found = list(before)

    def _write(self, terms: list[TermSpan]) -> None:
        # Per-term rules count the calendar's meetings against these terms.
        change = Change(Kind.PROGRAMS | Kind.EVENTS, self.cohort_id, note="terms")
        self._found = self.data.write(
            change, set_terms, self.cohort_id, terms, expected=self._found
        )

    def apply_redo(self) -> None:
        self._write(self.after)

    def apply_undo(self) -> None:
        self._write(self.before)


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class TermsDialog(QDialog):
    def __init__(
        self,
        context: AppContext,
        cohort_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_TermsDialog()
        self.ui.setupUi(self)
        self.context, self.cohort_id = context, cohort_id
        shown = context.data.read(terms_of_cohort, cohort_id)
        self.cohort_start, self.cohort_end = shown.start, shown.end
        # The rules' terms are named by the window (a stored name is the committee's own).
        self.original, self.from_rules = shown.terms, worded(shown.from_rules, core_text)
        name = shown.cohort
        self.ui.cohortLabel.setText(
            self.tr("Cohort %1: %2 – %3")
            .replace("%1", name)
            .replace("%2", self.cohort_start.isoformat())
            .replace("%3", self.cohort_end.isoformat())
        )
        self.ui.termsTable.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("First day"), self.tr("Last day")]
        )
        header = self.ui.termsTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.addButton.clicked.connect(self.add_term)
        self.ui.removeButton.clicked.connect(self.remove_term)
        self.ui.resetButton.clicked.connect(lambda: self.show_terms(self.from_rules))
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.show_terms(self.original)

    # --- the table ---------------------------------------------------------------------

    def _date_edit(self, value: date) -> QDateEdit:
        edit = QDateEdit(_qdate(value), self.ui.termsTable)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setDateRange(_qdate(self.cohort_start), _qdate(self.cohort_end))
        return edit

    def _set_row(self, row: int, term: TermSpan) -> None:
        table = self.ui.termsTable
        table.setItem(row, 0, QTableWidgetItem(term.name))
        start, end = self._date_edit(term.start), self._date_edit(term.end)
        start.setAccessibleName(self.tr("Start of %s") % term.name)
        end.setAccessibleName(self.tr("End of %s") % term.name)
        table.setCellWidget(row, 1, start)
        table.setCellWidget(row, 2, end)

    def show_terms(self, terms: list[TermSpan]) -> None:
        table = self.ui.termsTable
        table.setRowCount(len(terms))
        for row, term in enumerate(terms):
            self._set_row(row, term)
        self.ui.errorLabel.clear()

    def add_term(self) -> None:
        terms = self.terms()
        start = min(terms[-1].end if terms else self.cohort_start, self.cohort_end)
        row = self.ui.termsTable.rowCount()
        self.ui.termsTable.insertRow(row)
        self._set_row(
            row, TermSpan(self.tr("Term %1").replace("%1", str(row + 1)), start, self.cohort_end)
        )
        self.ui.termsTable.setCurrentCell(row, 0)
        item = self.ui.termsTable.item(row, 0)
        if item is not None:
            self.ui.termsTable.editItem(item)

    def remove_term(self) -> None:
        row = self.ui.termsTable.currentRow()
        if row >= 0:
            self.ui.termsTable.removeRow(row)

    def terms(self) -> list[TermSpan]:
        """The terms as the table shows them, in its order."""
        table = self.ui.termsTable
        out = []
        for row in range(table.rowCount()):
            item = table.item(row, 0)
            start, end = table.cellWidget(row, 1), table.cellWidget(row, 2)
            assert isinstance(start, QDateEdit) and isinstance(end, QDateEdit)
            out.append(
                TermSpan(
                    " ".join((item.text() if item else "").split()),
                    start.date().toPython(),  # type: ignore[arg-type]
                    end.date().toPython(),  # type: ignore[arg-type]
                )
            )
        return out

    def save(self) -> None:
        try:
            wanted = check_terms(self.terms(), self.cohort_start, self.cohort_end)
        except MentorDeskError as exc:
            self.ui.errorLabel.setText(exc.message)
            return
        if wanted != self.original:
            command = SetTermsCommand(self.context, self.cohort_id, self.original, wanted)
            if not push(self.context.undo_stack, command, where=self):
                return  # shown in the error label (show_refusal)
        self.accept()

    def show_refusal(self, _title: str, message: str) -> None:
        self.ui.errorLabel.setText(message)
