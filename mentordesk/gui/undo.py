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

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

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
        # start a second change, or an undo, while this one is being saved.
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
    """Swallows the person's clicks and keys everywhere but in a progress dialog, while a
    step is saved in a worker (``DatabaseCommand.in_worker``)."""

    _INPUT = frozenset(
        {
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.MouseButtonDblClick,
            QEvent.Type.KeyPress,
            QEvent.Type.KeyRelease,
            QEvent.Type.Shortcut,
            QEvent.Type.ShortcutOverride,
            QEvent.Type.Wheel,
            QEvent.Type.Drop,
        }
    )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in self._INPUT:
            return False
        return not (isinstance(watched, QWidget) and isinstance(watched.window(), QProgressDialog))
