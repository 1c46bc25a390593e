"""Undoable calendar edits, pushed on the main window's undo stack."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from mentordesk.core.calendar.events import move_event
from mentordesk.core.errors import MentorDeskError
from mentordesk.gui.data import Change, Data, Kind
from mentordesk.gui.languages import local_date
from mentordesk.gui.undo import DatabaseCommand


class MoveEventCommand(DatabaseCommand):
    """Move an event to another day (its time of day and length stay)."""

    def __init__(
        self,
        data: Data,
        change: Change,
        event_id: int,
        title: str,
        from_day: date,
        to_day: date,
        on_change: Callable[[], None],
        *,
        where: QWidget | None = None,
    ) -> None:
        text = QCoreApplication.translate("MoveEventCommand", "Move “%1” to %2")
        super().__init__(
            data,
            text.replace("%2", local_date(to_day, "d MMM")).replace("%1", title),
            where=where,
        )
        self._change = Change(Kind.EVENTS, change.cohort_id, change.origin, note=self.text())
        self._event_id = event_id
        self._from, self._to = from_day, to_day
        self._on_change = on_change

    def _move(self, day: date, seen: date) -> None:
        # ``seen``: where the calendar showed it (or this step's last write left it): an
        # event another desk moved meanwhile is refused and shown where it is now.
        try:
            self.data.write(self._change, move_event, self._event_id, day, expected_day=seen)
        except MentorDeskError:
            self._on_change()
            raise
        self._on_change()

    def apply_redo(self) -> None:
        self._move(self._to, self._from)

    def apply_undo(self) -> None:
        self._move(self._from, self._to)
