"""A change saved in a worker: Cancel says so until the work has really stopped, and no
click or key starts a second change (or an undo) while it is being saved."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt, QTimer
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


def test_nothing_typed_reaches_the_window_while_a_step_is_saved(qtbot: QtBot) -> None:
    window = QWidget()
    field = QLineEdit(window)
    qtbot.addWidget(window)
    window.show()
    field.setFocus()
    release = threading.Event()
    step = Step(window)

    def type_meanwhile() -> None:
        qtbot.keyClicks(field, "y")  # the person types (or presses Ctrl+Z) during the save
        release.set()

    QTimer.singleShot(50, type_meanwhile)
    assert step.in_worker("Accept all", "Saving…", lambda _p: release.wait(10)) is True
    assert field.text() == ""  # what was pressed during the save went nowhere
    qtbot.keyClicks(field, "z")
    assert field.text() == "z"  # and the window takes keys again after it


class Step(DatabaseCommand):
    """An undo step as the pairing board's Accept all is one (its database unused here)."""

    def __init__(self, where: QWidget) -> None:
        super().__init__(None, "Accept all", where=where)  # type: ignore[arg-type]
