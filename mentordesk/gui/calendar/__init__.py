"""The Calendar area: month grid, agenda, attendance, meeting logs, progress and calendar files."""

from mentordesk.gui.calendar.area import CalendarArea

__all__ = ["CalendarArea"]
