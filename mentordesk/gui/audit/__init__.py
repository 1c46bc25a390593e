"""The Audit area of the main window."""

# The area's module is imported when the area is asked for, not with the package: loading
# the package's modules one per turn of the event loop (gui.loading) would otherwise load
# the whole area in the first turn.
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mentordesk.gui.audit.area import AuditArea

__all__ = ["AuditArea"]


def __getattr__(name: str) -> object:
    if name == "AuditArea":
        return importlib.import_module("mentordesk.gui.audit.area").AuditArea
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
