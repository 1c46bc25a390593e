"""The Reports area: the cohort summary with charts, and the pairs' mentoring agreements.

Its layout is ``ui/reports_area.ui``: a heading, one tab per panel (``SummaryPanel``,
``AgreementsPanel``) and a status line whose links open what was just written.
"""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QWidget

from mentordesk.core.applications.records import count_applications
from mentordesk.core.documents.reports import CohortReports, cohort_reports
from mentordesk.core.documents.summary import CohortSummary
from mentordesk.gui.area import Area
from mentordesk.gui.context import AppContext
from mentordesk.gui.data import Kind, tell
from mentordesk.gui.forms.ui_reports_area import Ui_ReportsArea
from mentordesk.gui.reading import AreaReader, ReadingNotice, reads_in_background
from mentordesk.gui.reports.agreements_panel import AgreementsPanel
from mentordesk.gui.reports.summary_panel import SummaryPanel


class ReportsArea(Area):
    """Summary figures and charts, the pairs with their agreement status, and the exports."""

    # Every figure counts something; another desk's change arrives as a change too.
    shows = Kind.EVERYTHING

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_ReportsArea()
        self.ui.setupUi(self)
        font = self.ui.heading.font()
        font.setPointSize(self.font().pointSize() + 4)
        self.ui.heading.setFont(font)
        self.summary_panel = SummaryPanel(self)
        self.agreements = AgreementsPanel(self, self.summary_panel.count_signed)
        self.ui.tabs.addTab(self.summary_panel, self.tr("Summary"))
        self.ui.tabs.addTab(self.agreements, self.tr("Agreements"))
        self.reading_notice = ReadingNotice(self)
        layout = self.layout()
        assert isinstance(layout, QBoxLayout)
        layout.insertWidget(1, self.reading_notice)  # under the heading
        self.reader = AreaReader(self, self.data, self.reading_notice)
        self.set_cohort(None)

    @property
    def summary(self) -> CohortSummary | None:
        return self.summary_panel.summary

    def show_message(self, text: str) -> None:
        """In the area's own status line (rich text: a written file is a link that opens it)."""
        self.ui.status.setText(text)

    @property
    def loading(self) -> bool:
        """True while a big cohort's reports are read off the GUI thread."""
        return self.reader.loading

    def set_cohort(self, cohort_id: int | None) -> None:
        changed = cohort_id != self.cohort_id
        self.cohort_id = cohort_id
        super().set_cohort(cohort_id)
        if changed and self.loading:
            self._show(None)  # never the last cohort's figures under this one's name

    def reload(self) -> None:
        """Read the cohort's summary and agreements again, from one snapshot; a big cohort in
        a worker, the notice under the heading saying so, shown in one step when read."""
        cohort_id, data = self.cohort_id, self.data
        if cohort_id is None:
            self.reader.cancel()
            self._show(None)
            return
        size = data.query(self, self.tr("Reports"), count_applications, cohort_id)
        if not size:
            return
        self.reader.read(
            lambda progress: data.read(cohort_reports, cohort_id, progress=progress),
            self._show,
            in_background=reads_in_background(size.result),
            text=self.tr("Counting the figures of %Ln application(s)…", "", size.result),
            refused=self._refused,
        )

    def _refused(self, error: BaseException) -> None:
        tell(self, self.tr("Reports"), error)
        self.cohort_id = None
        self._show(None)

    def _show(self, reports: CohortReports | None) -> None:
        if reports is not None:
            summary = reports.summary
            self.ui.heading.setText(self.tr("Reports: %s · %s") % (summary.program, summary.cohort))
        else:
            self.ui.heading.setText(self.tr("Reports"))
        self.summary_panel.show_summary(
            reports.summary if reports else None, reading=reports is None and self.loading
        )
        self.agreements.show_rows(reports.agreements if reports else [])
