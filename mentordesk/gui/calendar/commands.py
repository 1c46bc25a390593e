"""Undoable calendar edits, pushed on the main window's undo stack."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtGui import QUndoCommand

from mentordesk.core.calendar.events import move_event
from mentordesk.gui.context import AppContext


class MoveEventCommand(QUndoCommand):
    """Move an event to another day (its time of day and length stay)."""

    def __init__(
        self,
        context: AppContext,
        event_id: int,
        title: str,
        from_day: date,
        to_day: date,
        on_change: Callable[[], None],
        *,
        already_done: bool = False,
    ) -> None:
        super().__init__(f"Move “{title}” to {to_day:%d %b}")
        self._context = context
        self._event_id = event_id
        self._from, self._to = from_day, to_day
        self._on_change = on_change
        # The area moves the event first (so an error never leaves a command behind).
        self._skip_redo = already_done

    def _move(self, day: date) -> None:
        with self._context.database.transaction(note=self.text()) as session:
            move_event(session, self._event_id, day)
        self._on_change()

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._move(self._to)

    def undo(self) -> None:
        self._move(self._from)
