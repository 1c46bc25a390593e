"""What every area of the main window shares: the open database and the undo stack."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QUndoStack

from mentordesk.core.storage.database import Database


@dataclass
class AppContext:
    database: Database
    undo_stack: QUndoStack
