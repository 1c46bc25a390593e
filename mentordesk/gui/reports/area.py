"""The Reports area: the cohort summary with charts, and the pairs' mentoring agreements."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mentordesk.core.documents.agreement_export import (
    AgreementExport,
    agreement_preview,
    export_agreements,
)
from mentordesk.core.documents.agreements import AgreementRow, set_agreement_signed
from mentordesk.core.documents.reports import cohort_reports
from mentordesk.core.documents.summary import CohortSummary, cohort_summary
from mentordesk.core.documents.summary_export import export_summary
from mentordesk.core.progress import Progress
from mentordesk.gui.area import Area
from mentordesk.gui.context import AppContext
from mentordesk.gui.data import Kind
from mentordesk.gui.jobs import Job
from mentordesk.gui.reports.agreements_model import (
    SIGNED,
    AgreementTableModel,
    SignedDateDelegate,
)
from mentordesk.gui.reports.preview import AgreementPreviewDialog
from mentordesk.gui.reports.summary_view import SummaryView
from mentordesk.gui.undo import DatabaseCommand, push


def _link(path: Path) -> str:
    """A link that opens ``path`` in the desktop's file manager or viewer."""
    url = QUrl.fromLocalFile(str(path)).toString()
    return f'<a href="{html.escape(url)}">{html.escape(str(path))}</a>'


class SetAgreementSignedCommand(DatabaseCommand):
    """Record (or clear) the day a pair's signed agreement came back; undo restores the old day."""

    def __init__(self, area: ReportsArea, row: AgreementRow, new: date | None) -> None:
        super().__init__(
            area.data,
            area.tr("Agreement of %s signed") % row.mentee
            if new
            else area.tr("Agreement of %s not signed") % row.mentee,
            where=area,
        )
        self._area = area
        self._pairing_id = row.pairing_id
        self._old = row.signed_on
        self._new = new

    def _apply(self, value: date | None) -> None:
        change = self._area.change(Kind.AGREEMENTS)
        row = self.data.write(change, set_agreement_signed, self._pairing_id, value)
        self._area.model.update_row(row)
        self._area.refresh_summary()

    def apply_redo(self) -> None:
        self._apply(self._new)

    def apply_undo(self) -> None:
        self._apply(self._old)


class ReportsArea(Area):
    """Summary figures and charts, the pairs with their agreement status, and the exports."""

    shows = Kind.EVERYTHING

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.summary: CohortSummary | None = None
        self.last_export: AgreementExport | None = None
        self.last_summary_file: Path | None = None
        self.export_job: Job | None = None

        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        self.heading.setFont(font)
        self.tabs = QTabWidget()

        # Summary tab
        self.summary_view = SummaryView()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.summary_view)
        self.export_summary_button = QPushButton(self.tr("Export summary…"))
        self.export_summary_button.setToolTip(self.tr("Save the summary as PDF, XLSX or CSV"))
        summary_tab = QWidget()
        summary_layout = QVBoxLayout(summary_tab)
        summary_layout.addWidget(scroll, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.export_summary_button)
        summary_layout.addLayout(row)
        self.tabs.addTab(summary_tab, self.tr("Summary"))

        # Agreements tab
        self.model = AgreementTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(SIGNED, SignedDateDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.signed_count = QLabel()
        self.preview_button = QPushButton(self.tr("Preview…"))
        self.signed_today_button = QPushButton(self.tr("Signed today"))
        self.not_signed_button = QPushButton(self.tr("Not signed back"))
        self.export_agreements_button = QPushButton(self.tr("Export agreements…"))
        self.export_agreements_button.setToolTip(
            self.tr("One PDF per pair and one combined PDF for printing")
        )
        agreements_tab = QWidget()
        agreements_layout = QVBoxLayout(agreements_tab)
        agreements_layout.addWidget(self.signed_count)
        agreements_layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        for button in (self.preview_button, self.signed_today_button, self.not_signed_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_agreements_button)
        agreements_layout.addLayout(buttons)
        self.tabs.addTab(agreements_tab, self.tr("Agreements"))

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setOpenExternalLinks(True)  # the folder or file just written opens
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)

        self.model.signedDateEdited.connect(self.set_signed)
        self.model.dataChanged.connect(self._count_signed)
        self.model.modelReset.connect(self._count_signed)
        self.table.selectionModel().selectionChanged.connect(self._enable)
        self.preview_button.clicked.connect(self.preview_selected)
        self.table.doubleClicked.connect(self._double_clicked)
        self.signed_today_button.clicked.connect(lambda: self._mark_selected(date.today()))
        self.not_signed_button.clicked.connect(lambda: self._mark_selected(None))
        self.export_agreements_button.clicked.connect(self.export_agreements)
        self.export_summary_button.clicked.connect(self.export_summary)
        self.set_cohort(None)

    # --- cohort ------------------------------------------------------------------------

    def set_cohort(self, cohort_id: int | None) -> None:
        self.cohort_id = cohort_id
        self.refresh()

    def reload(self) -> None:
        """Read the cohort again (the main window calls this after changes elsewhere)."""
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        # Pairs, meetings and statuses change in the other areas: show them as they are now.
        super().showEvent(event)
        if self.cohort_id is not None:
            self.refresh()

    def refresh(self) -> None:
        rows: list[AgreementRow] = []
        self.summary = None
        if self.cohort_id is not None:
            reports = self.data.query(self, self.tr("Reports"), cohort_reports, self.cohort_id)
            if reports:
                self.summary, rows = reports.result.summary, reports.result.agreements
            else:
                self.cohort_id = None
        if self.summary is not None:
            self.heading.setText(
                self.tr("Reports: %s · %s") % (self.summary.program, self.summary.cohort)
            )
        else:
            self.heading.setText(self.tr("Reports"))
        self.summary_view.show_summary(self.summary)
        self.model.set_rows(rows)
        self._enable()

    def refresh_summary(self) -> None:
        """Recount the summary only (the table keeps its selection)."""
        if self.cohort_id is None:
            return
        summary = self.data.query(self, self.tr("Reports"), cohort_summary, self.cohort_id)
        if not summary:
            return
        self.summary = summary.result
        self.summary_view.show_summary(self.summary)

    def _count_signed(self, *_args: Any) -> None:
        rows = self.model.rows()
        signed = sum(1 for r in rows if r.signed_on)
        self.signed_count.setText(
            self.tr("%1 of %2 signed agreements back")
            .replace("%1", str(signed))
            .replace("%2", str(len(rows)))
            if rows
            else self.tr("No active pairs in this cohort yet: agreements are printed for pairs.")
        )

    def _selected_rows(self) -> list[AgreementRow]:
        indexes = self.table.selectionModel().selectedRows()
        return [self.model.rows()[i.row()] for i in sorted(indexes, key=lambda i: i.row())]

    def _enable(self, *_args: Any) -> None:
        has_cohort = self.cohort_id is not None
        selected = bool(self._selected_rows())
        for button in (self.preview_button, self.signed_today_button, self.not_signed_button):
            button.setEnabled(selected)
        self.export_agreements_button.setEnabled(has_cohort and self.model.rowCount() > 0)
        self.export_summary_button.setEnabled(has_cohort)

    # --- signed agreements -------------------------------------------------------------

    def set_signed(self, pairing_id: int, signed_on: date | None) -> bool:
        """Save the day as one undoable action; a refused day is shown, nothing changes."""
        index = self.model.row_of(pairing_id)
        if index is None:
            return False
        row = self.model.rows()[index]
        command = SetAgreementSignedCommand(self, row, signed_on)
        return push(self.context.undo_stack, command, title=self.tr("Agreement"))

    def _mark_selected(self, signed_on: date | None) -> None:
        rows = [r for r in self._selected_rows() if r.signed_on != signed_on]
        if len(rows) > 1:
            self.context.undo_stack.beginMacro(self.tr("Agreements signed"))
        try:
            for row in rows:
                self.set_signed(row.pairing_id, signed_on)
        finally:
            if len(rows) > 1:
                self.context.undo_stack.endMacro()

    def _double_clicked(self, index: Any) -> None:
        if index.column() != SIGNED:
            self.preview_selected()

    # --- preview and export ------------------------------------------------------------

    def preview_selected(self) -> AgreementPreviewDialog | None:
        rows = self._selected_rows()
        if not rows:
            return None
        preview = self.data.query(
            self, self.tr("Agreement preview"), agreement_preview, [r.pairing_id for r in rows]
        )
        if not preview:
            return None
        pdf = preview.result
        title = (
            self.tr("Agreement of %s and %s") % (rows[0].mentee, rows[0].mentor)
            if len(rows) == 1
            else self.tr("%n agreement(s)", "", len(rows))
        )
        dialog = AgreementPreviewDialog(pdf, title, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.preview_dialog = dialog
        return dialog

    def export_agreements(self) -> None:
        if self.cohort_id is None:
            return
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Export agreements to folder"), str(Path.home())
        )
        if not folder:
            return
        cohort_id = self.cohort_id

        def work(progress: Progress) -> AgreementExport:
            return self.data.read(export_agreements, cohort_id, folder, progress)

        def done(result: AgreementExport) -> None:
            self.last_export = result
            if not result.files:
                self.status.setText(self.tr("No active pairs: no agreements written."))
                return
            combined = result.combined.name if result.combined else ""
            self.status.setText(
                self.tr("Wrote %n agreement(s)", "", len(result.files))
                + self.tr(" and the combined file %1 for printing to %2")
                .replace("%1", html.escape(combined))
                .replace("%2", _link(Path(folder)))
            )

        self.status.setText(self.tr("Writing agreements…"))
        self.export_job = self.data.in_background(
            self,
            self.tr("Export agreements"),
            work,
            done,
            on_cancelled=lambda: self.status.setText(
                self.tr("Export cancelled; the folder was left as it was.")
            ),
        )

    def export_summary(self) -> None:
        if self.cohort_id is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export summary"),
            str(Path.home() / "summary.pdf"),
            self.tr("PDF with charts (*.pdf);;Excel workbook (*.xlsx);;CSV (*.csv)"),
        )
        if not path:
            return
        cohort_id = self.cohort_id

        def work(progress: Progress) -> Path:
            progress.step(0, 2, "Counting…")
            summary = self.data.read(cohort_summary, cohort_id)
            progress.step(1, 2, "Writing…")
            return export_summary(summary, path)

        def done(result: Path) -> None:
            self.last_summary_file = result
            self.status.setText(self.tr("Saved the summary to %s") % _link(result))

        self.data.in_background(self, self.tr("Export summary"), work, done)
