"""The Agreements tab of the Reports area: which signed agreements came back, preview, print.

The committee marks the day a pair's signed agreement came back (undoable), previews an
agreement as it prints, and exports one PDF per pair plus a combined file for printing.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QHeaderView, QWidget

from mentordesk.core.documents.agreement_export import (
    AgreementExport,
    AgreementHelpers,
    agreement_preview,
    agreement_snapshot,
    export_agreement_data,
    preview_data,
)
from mentordesk.core.documents.agreements import AgreementRow, set_agreement_signed
from mentordesk.core.progress import Progress
from mentordesk.gui.area import Area
from mentordesk.gui.data import Kind
from mentordesk.gui.forms.ui_agreements_panel import Ui_AgreementsPanel
from mentordesk.gui.jobs import Job
from mentordesk.gui.languages import local_number
from mentordesk.gui.reports.agreements_model import (
    SIGNED,
    AgreementTableModel,
    SignedDateDelegate,
)
from mentordesk.gui.reports.links import file_link
from mentordesk.gui.reports.preview import AgreementPreviewDialog
from mentordesk.gui.undo import DatabaseCommand, push


class SetAgreementSignedCommand(DatabaseCommand):
    """Record (or clear) the day a pair's signed agreement came back; undo restores the old day."""

    def __init__(self, panel: AgreementsPanel, row: AgreementRow, new: date | None) -> None:
        super().__init__(
            panel.area.data,
            panel.tr("Agreement of %s signed") % row.mentee
            if new
            else panel.tr("Agreement of %s not signed") % row.mentee,
            where=panel.area,
        )
        self._panel = panel
        self._pairing_id = row.pairing_id
        self._old = row.signed_on
        self._new = new
        # The pair as the table showed it, then as this step last saved it: each write
        # checks it is still that pair (ids are never reused; a pair moved to another
        # mentor, or signed at another desk meanwhile, is refused, never overwritten).
        self._seen = row

    def _apply(self, value: date | None) -> None:
        change = self._panel.area.change(Kind.AGREEMENTS)
        row = self.data.write(
            change, set_agreement_signed, self._pairing_id, value, expected=self._seen
        )
        self._seen = row
        self._panel.model.update_row(row)
        self._panel.signed_changed(sum(1 for r in self._panel.model.rows() if r.signed_on))

    def apply_redo(self) -> None:
        self._apply(self._new)

    def apply_undo(self) -> None:
        self._apply(self._old)


class AgreementsPanel(QWidget):
    """The cohort's active pairs with their agreement's signed day; ``signed_changed`` hears
    how many are signed after a day was saved (the summary counts them)."""

    def __init__(
        self, area: Area, signed_changed: Callable[[int], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.area = area
        self.signed_changed = signed_changed
        self.last_export: AgreementExport | None = None
        self.export_job: Job | None = None
        self.preview_dialog: AgreementPreviewDialog | None = None
        self.preview_job: Job | None = None
        self.ui = Ui_AgreementsPanel()
        self.ui.setupUi(self)
        self.model = AgreementTableModel(self)
        table = self.ui.table
        table.setModel(self.model)
        table.setItemDelegateForColumn(SIGNED, SignedDateDelegate(table))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        self.model.signedDateEdited.connect(self.set_signed)
        self.model.dataChanged.connect(self._count_signed)
        self.model.modelReset.connect(self._count_signed)
        table.selectionModel().selectionChanged.connect(self._enable)
        table.doubleClicked.connect(self._double_clicked)
        self.ui.previewButton.clicked.connect(self.preview_selected)
        self.ui.signedTodayButton.clicked.connect(lambda: self._mark_selected(date.today()))
        self.ui.notSignedButton.clicked.connect(lambda: self._mark_selected(None))
        self.ui.exportAgreementsButton.clicked.connect(self.export_agreements)

    def show_rows(self, rows: list[AgreementRow]) -> None:
        self.model.set_rows(rows)
        self._enable()

    def _count_signed(self, *_args: Any) -> None:
        rows = self.model.rows()
        signed = sum(1 for r in rows if r.signed_on)
        self.ui.signedCount.setText(
            self.tr("%1 of %Ln signed agreement(s) back", "", len(rows)).replace(
                "%1", local_number(signed)
            )
            if rows
            else self.tr("No active pairs in this cohort yet: agreements are printed for pairs.")
        )

    def selected_rows(self) -> list[AgreementRow]:
        indexes = self.ui.table.selectionModel().selectedRows()
        return [self.model.rows()[i.row()] for i in sorted(indexes, key=lambda i: i.row())]

    def _enable(self, *_args: Any) -> None:
        selected = bool(self.selected_rows())
        for button in (self.ui.previewButton, self.ui.signedTodayButton, self.ui.notSignedButton):
            button.setEnabled(selected)
        self.ui.exportAgreementsButton.setEnabled(
            self.area.cohort_id is not None and self.model.rowCount() > 0
        )

    # --- signed agreements -------------------------------------------------------------

    def set_signed(self, pairing_id: int, signed_on: date | None) -> bool:
        """Save the day as one undoable action; a refused day is shown, nothing changes."""
        index = self.model.row_of(pairing_id)
        if index is None:
            return False
        command = SetAgreementSignedCommand(self, self.model.rows()[index], signed_on)
        return push(self.area.context.undo_stack, command, title=self.tr("Agreement"))

    def _mark_selected(self, signed_on: date | None) -> None:
        rows = [r for r in self.selected_rows() if r.signed_on != signed_on]
        stack = self.area.context.undo_stack
        if len(rows) > 1:
            stack.beginMacro(self.tr("Agreements signed"))
        try:
            for row in rows:
                self.set_signed(row.pairing_id, signed_on)
        finally:
            if len(rows) > 1:
                stack.endMacro()

    def _double_clicked(self, index: Any) -> None:
        if index.column() != SIGNED:
            self.preview_selected()

    # --- preview and export ------------------------------------------------------------

    def preview_selected(self) -> Job | None:
        """Preview the selected pairs' agreements: laid out off the GUI thread (the first
        one loads ReportLab; a hundred take seconds), a progress dialog with Cancel if it
        takes long, then the preview window (``preview_dialog``)."""
        rows = self.selected_rows()
        if not rows:
            return None
        data = self.area.data
        pairing_ids = [r.pairing_id for r in rows]
        title = (
            self.tr("Agreement of %s and %s") % (rows[0].mentee, rows[0].mentor)
            if len(rows) == 1
            else self.tr("%Ln agreement(s)", "", len(rows))
        )

        def work(progress: Progress) -> bytes:
            # One short read, then the pages are laid out with no session open.
            return agreement_preview(data.read(preview_data, pairing_ids), progress)

        def done(pdf: bytes) -> None:
            dialog = AgreementPreviewDialog(pdf, title, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.show()
            self.preview_dialog = dialog

        self.preview_job = data.in_background(
            self.area, self.tr("Agreement preview"), work, done, label=title
        )
        return self.preview_job

    def export_agreements(self) -> None:
        cohort_id = self.area.cohort_id
        if cohort_id is None:
            return
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Export agreements to folder"), str(Path.home())
        )
        if not folder:
            return
        data = self.area.data
        expected = len(self.model.rows())

        def work(progress: Progress) -> AgreementExport:
            # The helper processes start first and get ready during the read. One short
            # read, then the pages are laid out with no session open.
            with AgreementHelpers(expected) as helpers:
                items, combined_name = data.read(agreement_snapshot, cohort_id)
                return export_agreement_data(
                    items, Path(folder), combined_name, progress, helpers=helpers
                )

        def done(result: AgreementExport) -> None:
            self.last_export = result
            if not result.files:
                self.area.show_message(self.tr("No active pairs: no agreements written."))
                return
            combined = result.combined.name if result.combined else ""
            self.area.show_message(
                self.tr("Wrote %Ln agreement(s)", "", len(result.files))
                + self.tr(" and the combined file %1 for printing to %2")
                .replace("%1", html.escape(combined))
                .replace("%2", file_link(Path(folder)))
            )

        self.area.show_message(self.tr("Writing agreements…"))
        self.export_job = data.in_background(
            self.area,
            self.tr("Export agreements"),
            work,
            done,
            on_cancelled=lambda: self.area.show_message(
                self.tr("Export cancelled; the folder was left as it was.")
            ),
        )
