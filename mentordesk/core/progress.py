"""How long work reports progress and learns it was cancelled, without knowing about Qt.

A long core function takes ``progress: Progress``; it calls ``progress.step(done, total,
message)`` now and then, which raises ``Cancelled`` once the user pressed Cancel, so the
function's transaction rolls back and nothing is half-written.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from mentordesk.core.errors import Cancelled

ProgressCallback = Callable[[int, int, str], None]


class Progress:
    """Progress reporting and cancellation for one piece of long work (thread-safe)."""

    def __init__(self, callback: ProgressCallback | None = None) -> None:
        self._callback = callback
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled("Cancelled; nothing was changed")

    def step(self, done: int, total: int, message: str = "") -> None:
        self.check()
        if self._callback is not None:
            self._callback(done, total, message)


#: For callers that want neither reports nor cancellation.
def no_progress() -> Progress:
    return Progress()
