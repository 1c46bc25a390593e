"""The Reports area of the main window: cohort summary, charts and mentoring agreements."""

from mentordesk.gui.reports.area import ReportsArea

__all__ = ["ReportsArea"]
