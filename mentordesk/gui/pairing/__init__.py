"""The pairing board: drag-and-drop pairing with scores, hard rules, the optimizer and undo."""

# The area's module is imported when the area is asked for, not with the package: loading
# the package's modules one per turn of the event loop (gui.loading) would otherwise load
# the whole area in the first turn.
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mentordesk.gui.pairing.area import PairingArea

__all__ = ["PairingArea"]


def __getattr__(name: str) -> object:
    if name == "PairingArea":
        return importlib.import_module("mentordesk.gui.pairing.area").PairingArea
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
