"""The work the window hands to worker threads never touches a Qt object: Qt widgets, fonts,
items and icons belong to the GUI thread, and one used from a worker crashes at random (a
start-up did, once). Every area is read in a worker here, a suggestion is made and accepted,
undone and redone in one, and each call a worker makes into Qt is recorded."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from types import FrameType
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt, QThread
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from mentordesk.core.storage.database import Database
from mentordesk.gui import jobs, reading
from mentordesk.gui.applicants import area as applicants_module
from mentordesk.gui.main_window import MainWindow
from mentordesk.gui.pairing import PairingArea
from mentordesk.gui.pairing import area as pairing_module
from tests.factories import make_active_pair, make_application, make_cohort

#: What a worker may call in Qt: a signal's emit (delivered on the GUI thread) and the
#: translation of a text.
ALLOWED = {"SignalInstance.emit", "QCoreApplication.translate", "QObject.tr"}
PAIRING = 1


@pytest.fixture
def cohort(db: Database) -> int:
    with db.transaction() as s:
        rollout = make_cohort(s, preset="staff", name="Rollout 3")
        make_active_pair(s, rollout)
        make_active_pair(s, rollout)
        for _ in range(3):
            make_application(s, rollout, "mentor", capacity="2")
            make_application(s, rollout)
        return rollout.id


@pytest.fixture
def qt_calls_in_workers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every area reads in a worker, and every Qt call a worker job makes is recorded."""
    for module in (reading, pairing_module, applicants_module):
        monkeypatch.setattr(module, "READ_IN_BACKGROUND_FROM", 1)
    calls: list[str] = []
    lock = threading.Lock()

    def watch(_frame: FrameType, event: str, arg: Any) -> None:
        if event != "c_call":
            return
        owner = getattr(arg, "__self__", None)
        module = type(owner).__module__ if owner is not None else ""
        name = getattr(arg, "__qualname__", "")
        if (module.startswith("PySide6") or name.startswith("Q")) and name not in ALLOWED:
            with lock:
                calls.append(name)

    original = jobs.Job.run

    def watched_run(self: jobs.Job) -> None:
        sys.setprofile(watch)
        try:
            original(self)
        finally:
            sys.setprofile(None)

    monkeypatch.setattr(jobs.Job, "run", watched_run)
    return calls


def _worker_objects() -> list[str]:
    """Qt objects alive now that were made in (and so belong to) another thread."""
    gui = QApplication.instance()
    assert gui is not None
    return [
        type(o).__name__
        for o in Shiboken.getAllValidWrappers()
        if isinstance(o, QObject)
        and not isinstance(o, QThread)
        and Shiboken.isValid(o)
        and o.thread() is not gui.thread()
    ]


def test_no_worker_touches_a_qt_object_while_every_area_reads_and_a_suggestion_is_accepted(
    qtbot: QtBot,
    open_window: Callable[[Database], MainWindow],
    db: Database,
    cohort: int,
    qt_calls_in_workers: list[str],
) -> None:
    window = open_window(db)
    before = set(_worker_objects())
    for index in range(len(window.areas)):
        window.show_area(index)
        qtbot.waitUntil(window.is_ready, timeout=10_000)
        window.refresh()  # F5: the area reads again
        qtbot.waitUntil(window.is_ready, timeout=10_000)
    window.show_area(PAIRING)
    pairing = window.areas[PAIRING]
    assert isinstance(pairing, PairingArea)
    qtbot.waitUntil(window.is_ready, timeout=10_000)
    pairing.suggest_action.trigger()
    qtbot.waitUntil(lambda: pairing.proposal_dialog is not None, timeout=10_000)
    dialog = pairing.proposal_dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.accept_checked_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pairing.proposal_dialog is None)
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()  # saved and read again in a worker, as a whole suggestion is
    window.undo_stack.redo()
    qtbot.waitUntil(window.is_ready, timeout=10_000)

    assert qt_calls_in_workers == []
    assert sorted(set(_worker_objects()) - before) == []
