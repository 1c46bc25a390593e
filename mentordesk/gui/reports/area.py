"""The Reports area: the cohort summary with charts, and the pairs' mentoring agreements.

Its layout is ``ui/reports_area.ui``: a heading, one tab per panel (``SummaryPanel``,
``AgreementsPanel``) and a status line whose links open what was just written.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from mentordesk.core.documents.reports import cohort_reports
from mentordesk.core.documents.summary import CohortSummary
from mentordesk.gui.area import Area
from mentordesk.gui.context import AppContext
from mentordesk.gui.data import Kind
from mentordesk.gui.forms.ui_reports_area import Ui_ReportsArea
from mentordesk.gui.reports.agreements_panel import AgreementsPanel
from mentordesk.gui.reports.summary_panel import SummaryPanel


class ReportsArea(Area):
    """Summary figures and charts, the pairs with their agreement status, and the exports."""

    shows = Kind.EVERYTHING
    reload_on_show = True

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_ReportsArea()
        self.ui.setupUi(self)
        font = self.ui.heading.font()
        font.setPointSize(self.font().pointSize() + 4)
        self.ui.heading.setFont(font)
        self.summary_panel = SummaryPanel(self)
        self.agreements = AgreementsPanel(self, self.summary_panel.recount)
        self.ui.tabs.addTab(self.summary_panel, self.tr("Summary"))
        self.ui.tabs.addTab(self.agreements, self.tr("Agreements"))
        self.set_cohort(None)

    @property
    def summary(self) -> CohortSummary | None:
        return self.summary_panel.summary

    def show_message(self, text: str) -> None:
        """In the area's own status line (rich text: a written file is a link that opens it)."""
        self.ui.status.setText(text)

    def reload(self) -> None:
        """Read the cohort's summary and agreements again, from one snapshot."""
        reports = None
        if self.cohort_id is not None:
            outcome = self.data.query(self, self.tr("Reports"), cohort_reports, self.cohort_id)
            if outcome:
                reports = outcome.result
            else:
                self.cohort_id = None
        if reports is not None:
            summary = reports.summary
            self.ui.heading.setText(self.tr("Reports: %s · %s") % (summary.program, summary.cohort))
        else:
            self.ui.heading.setText(self.tr("Reports"))
        self.summary_panel.show_summary(reports.summary if reports else None)
        self.agreements.show_rows(reports.agreements if reports else [])
