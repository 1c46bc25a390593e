"""The Calendar area: month grid, agenda, attendance, meeting logs, progress and calendar files."""

# The area's module is imported when the area is asked for, not with the package: loading
# the package's modules one per turn of the event loop (gui.loading) would otherwise load
# the whole area in the first turn.
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mentordesk.gui.calendar.area import CalendarArea

__all__ = ["CalendarArea"]


def __getattr__(name: str) -> object:
    if name == "CalendarArea":
        return importlib.import_module("mentordesk.gui.calendar.area").CalendarArea
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
