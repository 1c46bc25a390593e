"""Other desks' changes appear without a restart: the window watches the database's change mark.

Every saved change leaves an audit entry, so the newest entry's id is a change counter
on SQLite and PostgreSQL alike. The window reads it when it gets the focus back and
every few seconds (one primary-key lookup: bench/bench_other_desks.py measures it), and
reloads when someone else saved. Its own saves move the mark too; it takes those in
after each of its own changes, so only another desk's change triggers a reload. Each
write reads the mark before saving: another desk's change saved between two looks and
before this window's own is shown then, not taken in as this window's.

What the other desk saved is read from the audit trail too (each kind of record and cohort
once, ``core.storage.audit.changed_since``), and ``changed`` carries it as ``Change``s: an
area reads again only if it shows those records, so F5 after another desk's edit in one
cohort does not send every area of every cohort back to the database.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from mentordesk.core.errors import MentorDeskError
from mentordesk.core.storage.audit import changed_since, last_change
from mentordesk.gui.context import AppContext
from mentordesk.gui.data import Change, changes_elsewhere

#: Seconds between two looks while the window is in use.
POLL_SECONDS = 5


class OtherDesks(QObject):
    """Emits ``changed`` when the database holds a change this window did not make."""

    #: What another desk changed: a ``list[Change]``, one per cohort.
    changed = Signal(object)

    def __init__(
        self, context: AppContext, parent: QObject | None = None, *, mark: int | None = None
    ) -> None:
        """Watch from ``mark`` (the mark a read the window shows saw), else from now."""
        super().__init__(parent)
        self.context = context
        self.mark = mark if mark is not None else self._read()
        #: Changes seen but not shown yet (``put_off``): shown with the next look's.
        self._put_off: list[Change] = []
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

    def _changes_since(self, mark: int) -> list[Change]:
        try:
            records = None if mark < 0 else self.context.data.read(changed_since, mark)
        except MentorDeskError:
            records = None
        changes, self._put_off = [*self._put_off, *changes_elsewhere(records)], []
        return changes

    def take_in_own_change(self) -> None:
        """This window saved something: the mark it sees now is its own doing, unless
        another desk had saved since the last look (then ``changed``)."""
        before = self.context.data.take_mark_before_write()
        mark = self._read()
        elsewhere = before is not None and self.mark >= 0 and before != self.mark
        since, self.mark = self.mark, mark
        if elsewhere and mark >= 0:
            self.changed.emit(self._changes_since(since))

    def check(self) -> bool:
        """Look now; True (and ``changed``) when another desk saved something."""
        mark = self._read()
        if mark < 0 or (mark == self.mark and not self._put_off):
            return False
        since, self.mark = self.mark, mark
        self.changed.emit(self._changes_since(since))
        return True

    def put_off(self, changes: list[Change]) -> None:
        """Show ``changes`` at the next look instead (the committee is typing in a cell)."""
        self._put_off = [*changes, *self._put_off]

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()  # back from another program: maybe from another desk's window
