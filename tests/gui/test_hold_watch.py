"""The GUI-hold meter the benchmarks rely on sees a frozen window and nothing else."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from mentordesk.gui.hold_watch import HoldWatch


def test_a_frozen_event_loop_is_measured_as_one_hold(qtbot: QtBot) -> None:
    watch = HoldWatch()
    watch.start()
    qtbot.wait(100)
    QTimer.singleShot(0, lambda: time.sleep(0.25))  # work on the GUI thread
    qtbot.wait(200)
    watch.stop()
    assert len(watch.holds) == 1
    assert watch.longest_ms >= 200


def test_an_idle_window_has_no_hold_to_report(qtbot: QtBot) -> None:
    watch = HoldWatch()
    watch.start()
    qtbot.wait(300)
    watch.stop()
    assert watch.holds == []
