"""What every area of the main window shares: its cohort, reloading, status messages, and
reloading itself when ``Data.changed`` says another part of the window changed what it shows.

An area subclasses ``Area``, says which kinds of record it shows (``shows``) and implements
``reload()`` (read everything it shows for ``cohort_id`` through ``self.data``). It passes
``origin=self`` in the ``Change`` of its own edits, since it shows those precisely itself; a
change made anywhere else in the window that concerns its kinds and cohort reloads it, at
once when it is on screen, else the next time it is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QMessageBox, QWidget

from mentordesk.gui.context import AppContext
from mentordesk.gui.data import Change, Kind


class Area(QWidget):
    """One page of the main window showing one cohort (``set_cohort``)."""

    #: A line for the main window's status bar.
    status_message = Signal(str)
    #: The kinds of record this area shows: a change to any of them reloads it.
    shows: Kind = Kind.EVERYTHING
    #: Read again every time the area is shown, changed or not (figures that count
    #: everything, which another program on a shared server may have changed).
    reload_on_show: bool = False

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.data = context.data
        self.cohort_id: int | None = None
        self._stale = False
        #: A cohort chosen while the area was hidden, read when it is shown: (cohort_id,).
        self._cohort_due: tuple[int | None] | None = None
        self._reload_soon = QTimer(self, singleShot=True, interval=0)
        self._reload_soon.timeout.connect(self._reload_if_stale)
        self.data.changed.connect(self._changed)

    def set_cohort(self, cohort_id: int | None) -> None:
        """Show ``cohort_id`` (None: no cohort chosen)."""
        self.cohort_id = cohort_id
        self._stale = False
        self.reload()

    def show_cohort_when_shown(self, cohort_id: int | None) -> None:
        """``set_cohort`` now if the area is on screen, else the first time it is shown.

        The main window tells every area of a new cohort; only the one on screen reads it,
        so opening a big cohort costs one area's load, not five.
        """
        if self.isVisible():
            self._cohort_due = None
            self.set_cohort(cohort_id)
            return
        self._stale = False
        self._cohort_due = (cohort_id,)

    def reload(self) -> None:
        """Read again everything this area shows for ``cohort_id``."""
        raise NotImplementedError

    def reload_now(self) -> None:
        """``reload`` at once (F5, after an import): a reload still due for a change is done."""
        self._stale = False
        self._reload_soon.stop()
        self.reload()

    def reload_when_shown(self) -> None:
        """``reload_now`` if the area is on screen, else at its next showing (F5 reads the
        area in front of the committee, not every area they visited)."""
        if self.isVisible():
            self.reload_now()
        elif self._cohort_due is None:
            self._stale = True

    def show_message(self, text: str) -> None:
        self.status_message.emit(text)

    def show_refusal(self, title: str, message: str) -> None:
        """How this area shows a change the data refused (``data.tell`` calls it)."""
        QMessageBox.warning(self, title, message)

    def change(self, kinds: Kind, note: str | None = None) -> Change:
        """The ``Change`` of an edit this area makes to its cohort (and shows itself)."""
        return Change(kinds, self.cohort_id, origin=self, note=note)

    # --- reacting to changes made elsewhere -------------------------------------------

    def cohorts_shown(self) -> int | None:
        """The cohort whose changes this area shows (None: every cohort's)."""
        return self.cohort_id

    def catch_up(self) -> None:
        """Read again now if a change concerned the area and it is on screen (another
        desk's changes, shown at once rather than after the next turn of the event loop)."""
        self._reload_soon.stop()
        self._reload_if_stale()

    def _changed(self, change: Change) -> None:
        if change.origin is self or self.cohort_id is None or self._cohort_due is not None:
            return  # (a cohort still to be read is read whole when the area is shown)
        if not change.concerns(self.shows, self.cohorts_shown()):
            return
        self._stale = True
        # Several changes of one action (or one from a dialog this area also handles) cost
        # one reload, after the action is over; a hidden area waits until it is shown.
        if self.isVisible():
            self._reload_soon.start()

    def _reload_if_stale(self) -> None:
        if self._stale and self.isVisible():
            self._stale = False
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._cohort_due is not None:
            (cohort_id,), self._cohort_due = self._cohort_due, None
            self._stale = False
            self.set_cohort(cohort_id)
            return
        if self.reload_on_show and self.cohort_id is not None:
            self._stale = True
        # Before the first paint, so the committee never sees (or acts on) the old state.
        self._reload_if_stale()
