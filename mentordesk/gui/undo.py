"""The one base of every undo step: each direction is one change through ``Data``; a refused one is shown and dropped.

A ``QUndoStack`` moves its index whatever the command did, and an exception raised in
``undo()``/``redo()`` escapes from the Undo menu item as a traceback. A refused write
(the old address was taken meanwhile, the pair was ended by someone else, the record was
deleted underneath) therefore marks the command obsolete, so the stack drops it and its
index stays where the database is, and the reason is shown to the user (``data.tell``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QWidget

from mentordesk.core.errors import MentorDeskError
from mentordesk.gui.data import Data, show_refusal, tell


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
        self._guarded(self.apply_undo, QCoreApplication.translate("undo", "Cannot undo"))

    def _guarded(self, write: object, title: str) -> None:
        try:
            write()  # type: ignore[operator]
        except MentorDeskError as exc:
            self.failure = exc
            self.setObsolete(True)  # the stack drops this step instead of pretending it ran
            if not self._pushing:  # push() tells the user itself, under its own title
                text = f"{self.text()}: {exc.message}" if self.text() else exc.message
                where = _visible(self.where) or _visible(QApplication.activeWindow())
                # Shown once the stack has finished its own bookkeeping.
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
