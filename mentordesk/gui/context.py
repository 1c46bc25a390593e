"""What every area and dialog of the main window shares: the data access and the undo stack."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack

from mentordesk.core.applications.first_read import FirstRead
from mentordesk.core.storage.database import Database
from mentordesk.gui.data import Data


class AppContext:
    """The window's ``Data`` (reads, changes, the ``changed`` signal) and its undo stack."""

    def __init__(
        self, database: Database, undo_stack: QUndoStack, first_read: FirstRead | None = None
    ) -> None:
        self.data = Data(database)
        self.undo_stack = undo_stack
        #: The first cohort's applications, read while the window was built (the Applicants
        #: area takes it for its first read, and only then).
        self.first_read = first_read

    @property
    def database(self) -> Database:
        """The open database, to name it; reads and changes go through ``data``."""
        return self.data.database
