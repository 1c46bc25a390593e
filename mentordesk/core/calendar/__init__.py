"""The year's calendar: events, recurrence, the year plan, attendance, progress and iCalendar files."""
