"""The Reports area of the main window: cohort summary, charts and mentoring agreements."""

# The area's module is imported when the area is asked for, not with the package: loading
# the package's modules one per turn of the event loop (gui.loading) would otherwise load
# the whole area in the first turn.
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mentordesk.gui.reports.area import ReportsArea

__all__ = ["ReportsArea"]


def __getattr__(name: str) -> object:
    if name == "ReportsArea":
        return importlib.import_module("mentordesk.gui.reports.area").ReportsArea
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
