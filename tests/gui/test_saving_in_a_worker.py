"""A change saved in a worker: Cancel says so until the work has really stopped, no click or
key starts a second change (or an undo) while it is being saved, and what was typed
meanwhile is delivered, in order, once it is saved."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QLineEdit, QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from mentordesk.core.progress import Progress
from mentordesk.gui.jobs import run_job
from mentordesk.gui.undo import DatabaseCommand


def test_cancel_keeps_the_dialog_until_the_save_has_stopped(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    release = threading.Event()
    ended: list[str] = []

    def save(progress: Progress) -> str:
        progress.step(0, 1)
        release.wait(10)  # a transaction already writing: it does not look at Cancel
        return "saved"

    run_job(
        window,
        "Accept all",
        save,
        lambda result: ended.append(result),
        on_failed=lambda exc: ended.append(f"failed: {exc}"),
        on_cancelled=lambda: ended.append("cancelled"),
    )
    dialog = window.findChild(QProgressDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    button = dialog.findChild(QPushButton)
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.wait(100)
    assert dialog.isVisible()  # still there: the save has not stopped yet
    assert dialog.labelText() == "Stopping…"
    release.set()
    qtbot.waitUntil(lambda: ended == ["saved"])  # it was too late to cancel: it is saved
    qtbot.waitUntil(lambda: window.findChild(QProgressDialog) is None)  # and the dialog gone


def test_what_is_typed_while_a_step_is_saved_arrives_after_it_in_order(qtbot: QtBot) -> None:
    window = QWidget()
    field = QLineEdit(window)
    qtbot.addWidget(window)
    window.show()
    field.setFocus()
    release = threading.Event()
    step = Step(window)

    def type_meanwhile() -> None:
        qtbot.keyClicks(field, "Ada")  # typed into the search box right after a drag
        assert field.text() == ""  # nothing reaches the window while the save runs
        release.set()

    QTimer.singleShot(50, type_meanwhile)
    assert step.in_worker("Pair Ada", "Saving…", lambda _p: release.wait(10)) is True
    qtbot.waitUntil(lambda: field.text() == "Ada")  # every key, in order, once saved
    qtbot.keyClicks(field, " L")
    assert field.text() == "Ada L"  # and the window takes keys at once again


def test_a_click_while_a_step_is_saved_goes_nowhere(qtbot: QtBot) -> None:
    window = QWidget()
    button = QPushButton("Unassign", window)
    qtbot.addWidget(window)
    window.show()
    clicked: list[bool] = []
    button.clicked.connect(lambda *_a: clicked.append(True))
    release = threading.Event()

    def click_meanwhile() -> None:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # on the board as it was
        release.set()

    QTimer.singleShot(50, click_meanwhile)
    assert Step(window).in_worker("Pair Ada", "Saving…", lambda _p: release.wait(10))
    qtbot.wait(50)
    assert clicked == []
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(clicked) == 1


def test_ctrl_z_pressed_twice_quickly_undoes_two_steps_one_after_the_other(
    qtbot: QtBot,
) -> None:
    window = QWidget()
    window.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    qtbot.addWidget(window)
    stack = QUndoStack(window)
    undo = stack.createUndoAction(window)
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    window.addAction(undo)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.setFocus()
    log: list[str] = []
    saving = threading.Lock()
    release = threading.Event()

    def save(what: str) -> None:
        # Never two saves at once: the second Ctrl+Z waits for the first undo to be saved.
        assert saving.acquire(blocking=False), f"{what} began during another save"
        try:
            release.wait(10)
            log.append(what)
        finally:
            saving.release()

    release.set()  # the two edits are saved at once
    for name in ("Pair Ada with Grace", "Lock Ada's pair"):
        stack.push(SavedStep(window, name, save))
    assert log == ["do Pair Ada with Grace", "do Lock Ada's pair"]
    log.clear()
    release.clear()

    def press_again() -> None:
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert log == []  # held: the first undo is still being saved
        release.set()

    QTimer.singleShot(50, press_again)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: stack.index() == 0)
    assert log == ["undo Lock Ada's pair", "undo Pair Ada with Grace"]


class Step(DatabaseCommand):
    """An undo step as the pairing board's Accept all is one (its database unused here)."""

    def __init__(self, where: QWidget) -> None:
        super().__init__(None, "Accept all", where=where)  # type: ignore[arg-type]


class SavedStep(DatabaseCommand):
    """A board step whose every save runs in a worker (``save`` gets what it does)."""

    def __init__(self, where: QWidget, text: str, save: Callable[[str], None]) -> None:
        super().__init__(None, text, where=where)  # type: ignore[arg-type]
        self._save = save

    def apply_redo(self) -> None:
        self.in_worker(self.text(), "Saving…", lambda _p: self._save(f"do {self.text()}"))

    def apply_undo(self) -> None:
        self.in_worker(self.text(), "Saving…", lambda _p: self._save(f"undo {self.text()}"))
