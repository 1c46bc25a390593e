"""The one base of every undo step: each direction is one change through ``Data``; a refused one is shown and dropped.

A ``QUndoStack`` moves its index whatever the command did, and an exception raised in
``undo()``/``redo()`` escapes from the Undo menu item as a traceback. A refused write
(the old address was taken meanwhile, the pair was ended by someone else, the record was
deleted underneath) therefore marks the command obsolete, so the stack drops it and its
index stays where the database is, and the reason is shown to the user (``data.tell``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QProgressDialog,
    QWidget,
)
from shiboken6 import delete, isValid

from mentordesk.core.applications.edits import OtherChange
from mentordesk.core.errors import Cancelled, MentorDeskError, StaleEditError
from mentordesk.core.progress import Progress
from mentordesk.gui.conflict_dialog import ConflictDialog
from mentordesk.gui.core_words import error_text
from mentordesk.gui.data import Data, show_refusal, tell
from mentordesk.gui.jobs import run_job

T = TypeVar("T")


class DatabaseCommand(QUndoCommand):
    """An undo step whose ``apply_redo``/``apply_undo`` each make one change through ``data``.

    ``where`` is the widget that shows a refusal (an area with its status line, say); with
    none, the active window shows a message box. ``already_done``: the change was made
    before the push (its result decided whether there is a step at all), so the stack's
    first ``redo`` does nothing.
    """

    def __init__(
        self,
        data: Data,
        text: str = "",
        *,
        where: QWidget | None = None,
        already_done: bool = False,
    ) -> None:
        super().__init__(text)
        self.data = data
        self.where = where
        self.failure: MentorDeskError | None = None
        self._pushing = False
        self._skip_redo = already_done
        #: The version of the record this step last read or wrote; its next write sends it,
        #: so a change another desk made meanwhile is refused instead of overwritten.
        self.expected_version: int | None = None

    def describe_mine(self, undoing: bool) -> str:
        """What this step would write, for the conflict dialog."""
        return self.text()

    def theirs_kept(self) -> None:
        """The person kept the other desk's change: show it (the step is dropped)."""

    def in_worker(self, title: str, label: str, work: Callable[[Progress], T]) -> T:
        """``work(progress)`` off the GUI thread, with a progress dialog, while the event loop
        keeps turning (the window paints, the progress moves); returns its result here, or
        raises its refusal as a write would, so the stack still sees one step done. For a
        step too big to hold the window (accepting a whole suggestion, its undo and redo)."""
        outcome: list[tuple[bool, object]] = []
        loop = QEventLoop()

        def finished(kind: bool, value: object) -> None:
            outcome.append((kind, value))
            loop.quit()

        # (kept until the work is over: the progress dialog is its child)
        parent = _visible(self.where) or _visible(QApplication.activeWindow()) or QWidget()
        # Until the progress dialog shows (and makes the window wait), no click or key may
        # start a second change, or an undo, while this one is being saved; keys are kept
        # and delivered after it.
        hold = _InputHeld()
        application = QCoreApplication.instance()
        assert application is not None
        application.installEventFilter(hold)
        run_job(
            parent,
            title,
            work,
            lambda result: finished(True, result),
            on_failed=lambda exc: finished(False, exc),
            on_cancelled=lambda: finished(False, Cancelled("Cancelled; nothing was changed")),
            label=label,
        )
        try:
            if not outcome:
                loop.exec()
        finally:
            application.removeEventFilter(hold)
            hold.release()  # what was typed meanwhile, in order, now that it may change data
        del parent
        done, value = outcome[0]
        if not done:
            assert isinstance(value, BaseException)
            raise value
        return value  # type: ignore[return-value]

    def apply_redo(self) -> None:
        raise NotImplementedError

    def apply_undo(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._guarded(self.apply_redo, QCoreApplication.translate("undo", "Cannot redo"))

    def undo(self) -> None:
        self._guarded(
            self.apply_undo, QCoreApplication.translate("undo", "Cannot undo"), undoing=True
        )

    def _guarded(self, write: Callable[[], None], title: str, *, undoing: bool = False) -> None:
        try:
            write()
        except StaleEditError as exc:
            self._stale(exc, write, title, undoing)
        except MentorDeskError as exc:
            self.failure = exc
            self.setObsolete(True)  # the stack drops this step instead of pretending it ran
            if not self._pushing:  # push() tells the user itself, under its own title
                text = f"{self.text()}: {error_text(exc)}" if self.text() else error_text(exc)
                where = _visible(self.where) or _visible(QApplication.activeWindow())
                # Shown once the stack has finished its own bookkeeping.
                QTimer.singleShot(0, lambda: show_refusal(where, title, text))

    def _stale(
        self, exc: StaleEditError, write: Callable[[], None], title: str, undoing: bool
    ) -> None:
        """Another desk changed the record: the person decides, seeing both changes."""
        other = exc.other if isinstance(exc.other, OtherChange) else None
        if other is not None:
            dialog = ConflictDialog(other, self.describe_mine(undoing), QApplication.activeWindow())
            if dialog.exec() == ConflictDialog.DialogCode.Accepted:
                self.expected_version = exc.version
                try:
                    write()
                    return
                except MentorDeskError as again:
                    exc = again  # type: ignore[assignment]
            else:
                # Theirs stays. The step goes (nothing to undo or redo), and nobody is
                # told twice: they just chose.
                self.setObsolete(True)
                self.theirs_kept()
                return
        self.failure = exc
        self.setObsolete(True)
        if not self._pushing:
            text = f"{self.text()}: {error_text(exc)}" if self.text() else error_text(exc)
            where = _visible(self.where) or _visible(QApplication.activeWindow())
            QTimer.singleShot(0, lambda: show_refusal(where, title, text))


def _visible(widget: QWidget | None) -> QWidget | None:
    """``widget`` if the committee can see it: a refusal from the Edit menu must never land
    in a dialog closed meanwhile (its error label would say it to nobody)."""
    return widget if widget is not None and widget.isVisible() else None


def push(
    stack: QUndoStack,
    command: DatabaseCommand,
    *,
    where: QWidget | None = None,
    title: str | None = None,
) -> bool:
    """Do ``command`` and put it on ``stack``; if the database refuses it, tell the user
    (in ``where``, else the command's own place; under ``title``, "Not saved" by default),
    leave no step and return False."""
    command._pushing = True
    try:
        stack.push(command)
    finally:
        command._pushing = False
    if command.failure is not None:
        tell(
            where if where is not None else command.where,
            title or QCoreApplication.translate("undo", "Not saved"),
            command.failure,
        )
        return False
    return True


class _InputHeld(QObject):
    """While a step is saved in a worker (``DatabaseCommand.in_worker``), no click or key may
    reach the window and start a second change, or an undo, mid-save; but what the person
    types is kept and delivered, in order, once the save is over.

    Keys (and the shortcuts they make, such as Ctrl+Z on the Undo action) are copied and
    held; ``release`` delivers the copies to where they were going, so Ctrl+Z pressed twice
    quickly undoes twice and a name typed into the search box right after a drag is all
    there. A shortcut whose action was disabled meanwhile (nothing left to undo) does
    nothing, as it would have done when pressed. Clicks, wheel turns and drops are
    dropped: where they land is only known on the screen as it was, which the save is about
    to change; only a click into a search box goes through (it changes nothing, and the
    keys that follow are for it). The "shortcut override" question a key asks its widget first (does a line
    edit take Ctrl+Z for itself?) is answered as usual: it changes nothing. A progress
    dialog takes everything at once (Escape, Cancel).
    """

    _POINTER = frozenset(
        {
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.MouseButtonDblClick,
            QEvent.Type.Wheel,
            QEvent.Type.Drop,
        }
    )
    _TYPED = frozenset({QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.InputMethod})

    def __init__(self) -> None:
        super().__init__()
        #: What was typed meanwhile: (where it was going, a copy of the event), in order.
        self._held: list[tuple[QObject, QEvent]] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in self._POINTER:
            return not (_in_progress_dialog(watched) or _into_a_text_box(watched, kind))
        if kind in self._TYPED:
            if not isinstance(watched, QWidget):
                # The window's own copy, which hands the key to its focused widget: held
                # there, once.
                return False
            if _in_progress_dialog(watched):
                return False
            self._hold(watched, event)
            return True
        if kind == QEvent.Type.Shortcut:
            if _in_progress_dialog(watched):
                return False
            self._hold(watched, event)
            return True
        return False

    def _hold(self, watched: QObject, event: QEvent) -> None:
        copy = event.clone()
        if copy is not None:
            self._held.append((watched, copy))

    def release(self) -> None:
        """Deliver what was typed meanwhile, in order, once control is back in the event
        loop (the undo stack has finished its own bookkeeping by then)."""
        held, self._held = self._held, []
        if held:
            QTimer.singleShot(0, lambda: _deliver(held))


def _deliver(held: list[tuple[QObject, QEvent]]) -> None:
    """Each held key to the widget it was typed into (given the focus back first: the save
    may have moved it, and a widget given the focus by Tab selects its text), each held
    shortcut to its action; one at a time, so a second Ctrl+Z that saves again in a worker
    holds what follows it in turn."""
    for receiver, event in held:
        try:
            if not isValid(receiver):
                continue  # the chip typed on was redrawn meanwhile: its keys meant it
            if isinstance(receiver, QAction) and not receiver.isEnabled():
                continue  # nothing left to undo, say: as if pressed then
            if isinstance(receiver, QWidget) and event.type() in _FOCUSED and _can_focus(receiver):
                receiver.setFocus(Qt.FocusReason.OtherFocusReason)
            QCoreApplication.sendEvent(receiver, event)
        finally:
            delete(event)  # a copy of our own: Qt never owns it


_FOCUSED = frozenset({QEvent.Type.KeyPress, QEvent.Type.InputMethod})


def _can_focus(widget: QWidget) -> bool:
    return widget.isVisible() and widget.isEnabled() and not widget.hasFocus()


def _in_progress_dialog(watched: QObject) -> bool:
    return isinstance(watched, QWidget) and isinstance(watched.window(), QProgressDialog)


def _into_a_text_box(watched: QObject, kind: QEvent.Type) -> bool:
    """A click into a search or filter box: it only puts the cursor there (what is typed
    next goes there, held as any key), unless it would close a table's cell editor open
    elsewhere, which saves what it holds."""
    if kind == QEvent.Type.Wheel or kind == QEvent.Type.Drop:
        return False
    if not isinstance(watched, QLineEdit) or watched.isReadOnly() or _in_a_table(watched):
        return False
    focused = QApplication.focusWidget()
    return focused is None or focused is watched or not _in_a_table(focused)


def _in_a_table(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False
