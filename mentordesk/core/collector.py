"""Holds Python's cyclic garbage collector off while many records are read at once.

Reading a cohort of 20,000 applications makes some hundred thousand objects that all stay
alive; the collector, triggered by the allocations, walks the growing heap again and again
and doubles the time of the read while finding nothing to free. The standard library's
``gc`` does the work; what is written here is only the count of readers, so that two
threads reading at once turn it back on once, after the last.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_readers = 0
_was_on = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic collection inside (reference counting still frees what goes away)."""
    global _readers, _was_on
    with _lock:
        if _readers == 0:
            _was_on = gc.isenabled()
            gc.disable()
        _readers += 1
    try:
        yield
    finally:
        with _lock:
            _readers -= 1
            if _readers == 0 and _was_on:
                gc.enable()
