"""Other desks' changes appear without a restart: the window watches the database's change mark.

Every saved change leaves an audit entry, so the newest entry's id is a change counter
on SQLite and PostgreSQL alike. The window reads it when it gets the focus back and
every few seconds (one primary-key lookup: bench/bench_other_desks.py measures it), and
reloads when someone else saved. Its own saves move the mark too; it takes those in
after each of its own changes, so only another desk's change triggers a reload.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from mentordesk.core.errors import MentorDeskError
from mentordesk.core.storage.audit import last_change
from mentordesk.gui.context import AppContext

#: Seconds between two looks while the window is in use.
POLL_SECONDS = 5


class OtherDesks(QObject):
    """Emits ``changed`` when the database holds a change this window did not make."""

    changed = Signal()

    def __init__(
        self, context: AppContext, parent: QObject | None = None, *, mark: int | None = None
    ) -> None:
        """Watch from ``mark`` (the mark a read the window shows saw), else from now."""
        super().__init__(parent)
        self.context = context
        self.mark = mark if mark is not None else self._read()
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_SECONDS * 1000)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._state_changed)

    def _read(self) -> int:
        try:
            return self.context.data.read(last_change)
        except MentorDeskError:
            return -1  # unreachable for now: the next look tries again

    def take_in_own_change(self) -> None:
        """This window saved something: the mark it sees now is its own doing."""
        self.mark = self._read()

    def check(self) -> bool:
        """Look now; True (and ``changed``) when another desk saved something."""
        mark = self._read()
        if mark < 0 or mark == self.mark:
            return False
        self.mark = mark
        self.changed.emit()
        return True

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()  # back from another program: maybe from another desk's window
