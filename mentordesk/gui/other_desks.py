"""Other desks' changes appear without a restart: the window watches the database's change mark.

Every saved change leaves an audit entry, so the newest entry's id is a change counter
on SQLite and PostgreSQL alike. The window reads it when it gets the focus back and
every few seconds (one primary-key lookup: bench/bench_other_desks.py measures it), and
reloads when someone else saved. Its own saves move the mark too; it takes those in
after each of its own changes, so only another desk's change triggers a reload. Each
write notes the range of audit ids its own change wrote (changes take turns, so the range
is its own): whatever another desk saved around it, before this window's change or in the
instant after, is shown then, never taken in as this window's.

What the other desk saved is read from the audit trail too (each kind of record and cohort
once, ``core.storage.audit.changed_since``), and ``changed`` carries it as ``Change``s: an
area reads again only if it shows those records, so F5 after another desk's edit in one
cohort does not send every area of every cohort back to the database.
"""

from __future__ import annotations

import itertools

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

    def _changes_since(self, mark: int, own: list[tuple[int, int]] | None = None) -> list[Change]:
        try:
            records = (
                None
                if mark < 0
                else self.context.data.read(changed_since, mark, excluding=own or [])
            )
        except MentorDeskError:
            records = None
        changes, self._put_off = [*self._put_off, *changes_elsewhere(records)], []
        return changes

    def take_in_own_change(self) -> None:
        """This window saved something: the mark it sees now is its own doing, except for
        what other desks saved around it since the last look (then ``changed``)."""
        watch = self.context.data.own_changes
        own = watch.take()
        mark = self._read()
        if mark < 0:
            watch.give_back(own)
            return
        if mark == self.mark:
            return
        since, self.mark = self.mark, mark
        if since < 0:
            return  # no mark to compare with: the next look starts from this one
        if _only_own(since, mark, own):
            return  # only this window's changes since the last look: nothing to read
        changes = self._changes_since(since, own)
        if changes:
            self.changed.emit(changes)

    def check(self) -> bool:
        """Look now; True (and ``changed``) when another desk saved something."""
        # A change this window saved in a worker can land before the worker's news does.
        watch = self.context.data.own_changes
        own = watch.take()
        mark = self._read()
        if mark < 0:
            watch.give_back(own)
            return False
        if mark == self.mark and not self._put_off:
            return False
        since, self.mark = self.mark, mark
        if not self._put_off and since >= 0 and _only_own(since, mark, own):
            return False
        changes = self._changes_since(since, own)
        if not changes:
            return False  # nothing another desk saved shows anywhere
        self.changed.emit(changes)
        return True

    def put_off(self, changes: list[Change]) -> None:
        """Show ``changes`` at the next look instead (the committee is typing in a cell)."""
        self._put_off = [*changes, *self._put_off]

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()  # back from another program: maybe from another desk's window


def _only_own(since: int, mark: int, own: list[tuple[int, int]]) -> bool:
    """Whether this window's own ranges fill every id from ``since`` to ``mark``."""
    # Writes from two threads can hand theirs over in either order; a range at or below
    # the mark was taken in already.
    ranges = sorted(r for r in own if r[1] > since)
    if not ranges:
        return False
    return (
        ranges[0][0] == since
        and ranges[-1][1] == mark
        and all(a[1] == b[0] for a, b in itertools.pairwise(ranges))
    )
