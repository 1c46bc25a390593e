"""What every area and dialog of the main window shares: the data access and the undo stack."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack

from mentordesk.core.storage.database import Database
from mentordesk.gui.data import Data


class AppContext:
    """The window's ``Data`` (reads, changes, the ``changed`` signal) and its undo stack."""

    def __init__(self, database: Database, undo_stack: QUndoStack) -> None:
        self.data = Data(database)
        self.undo_stack = undo_stack

    @property
    def database(self) -> Database:
        """The open database, to name it; reads and changes go through ``data``."""
        return self.data.database
