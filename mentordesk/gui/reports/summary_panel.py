"""The Summary tab of the Reports area: the cohort's figures and charts, and their export."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from mentordesk.core.documents.summary import CohortSummary, cohort_summary
from mentordesk.core.documents.summary_export import export_summary
from mentordesk.core.progress import Progress
from mentordesk.gui.area import Area
from mentordesk.gui.forms.ui_summary_panel import Ui_SummaryPanel
from mentordesk.gui.reports.links import file_link


class SummaryPanel(QWidget):
    """Shows one ``CohortSummary``; "Export summary…" writes it as PDF, XLSX or CSV."""

    def __init__(self, area: Area, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area = area
        self.summary: CohortSummary | None = None
        self.last_summary_file: Path | None = None
        self.ui = Ui_SummaryPanel()
        self.ui.setupUi(self)
        self.ui.exportSummaryButton.clicked.connect(self.export_summary)

    def show_summary(self, summary: CohortSummary | None) -> None:
        self.summary = summary
        self.ui.summaryView.show_summary(summary)
        self.ui.exportSummaryButton.setEnabled(self.area.cohort_id is not None)

    def count_signed(self, signed: int) -> None:
        """The agreements table now shows ``signed`` signed agreements back: only that
        figure changes (reading the whole summary again takes seconds on a big cohort)."""
        if self.summary is None or self.summary.agreements_signed == signed:
            return
        self.summary = replace(self.summary, agreements_signed=signed)
        self.ui.summaryView.show_signed(self.summary)

    def export_summary(self) -> None:
        cohort_id = self.area.cohort_id
        if cohort_id is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export summary"),
            str(Path.home() / "summary.pdf"),
            self.tr("PDF with charts (*.pdf);;Excel workbook (*.xlsx);;CSV (*.csv)"),
        )
        if not path:
            return
        data = self.area.data

        def work(progress: Progress) -> Path:
            progress.step(0, 2, "Counting…")
            summary = data.read(cohort_summary, cohort_id)
            progress.step(1, 2, "Writing…")
            return export_summary(summary, path)

        def done(result: Path) -> None:
            self.last_summary_file = result
            self.area.show_message(self.tr("Saved the summary to %s") % file_link(result))

        data.in_background(self.area, self.tr("Export summary"), work, done)
