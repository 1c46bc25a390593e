"""Measures how long the GUI thread is held: the window freezes for as long as its event
loop cannot run, so a timer that should fire every few milliseconds fires late by exactly
that long. Benchmarks (bench/bench_gui_holds.py) use it to check that nothing on the GUI
thread blocks for more than 100 ms on a big cohort."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Qt, QTimer

#: A hold longer than this freezes the window noticeably (the project's limit).
NOTICEABLE_MS = 100.0


class HoldWatch(QObject):
    """Counts every hold of the GUI thread while started: ``longest_ms`` is the longest,
    ``holds`` lists those over ``NOTICEABLE_MS``. ``reset()`` starts a new measurement (one
    per user action)."""

    def __init__(self, parent: QObject | None = None, *, interval_ms: int = 5) -> None:
        super().__init__(parent)
        self.interval_ms = interval_ms
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)
        self.longest_ms = 0.0
        self.holds: list[float] = []
        self._last = time.perf_counter()

    def start(self) -> None:
        self.reset()
        self.timer.start()

    def stop(self) -> None:
        self._tick()
        self.timer.stop()

    def reset(self) -> None:
        self.longest_ms = 0.0
        self.holds = []
        self._last = time.perf_counter()

    def _tick(self) -> None:
        now = time.perf_counter()
        held = (now - self._last) * 1000 - self.interval_ms
        self._last = now
        if held > self.longest_ms:
            self.longest_ms = held
        if held > NOTICEABLE_MS:
            self.holds.append(held)
