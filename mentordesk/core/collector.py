"""When Python's cyclic garbage collector runs: held off while many records are read at once,
and never again over what the program loaded to start.

Reading a cohort of 20,000 applications makes some hundred thousand objects that all stay
alive; the collector, triggered by the allocations, walks the growing heap again and again
and doubles the time of the read while finding nothing to free. The standard library's
``gc`` does the work; what is written here is only the count of readers, so that two
threads reading at once turn it back on once, after the last.

After a read, the collector still walks what the read made: once young, once in the middle
generation, and in every full collection for as long as the cohort is on screen. Those full
collections were the long holds (150-550 ms each at 20,000, on whichever thread allocated,
with the GUI thread waiting for the interpreter lock; ten of them in one drive of
bench/bench_gui_holds.py). So, once the window's core is loaded (``settle_start_up``):

- ``gc.freeze`` moves what start-up made (modules, classes, Qt wrappers: ~120,000 objects,
  80-120 ms of every full walk) out of the collector's reach for good; all of it lives to
  the end anyway. Nothing is frozen later: a cohort read is replaced by the next read, and
  freezing at any later moment would also freeze whatever cyclic garbage is alive then,
  for good.
- a full collection waits for 100 middle-generation ones instead of 10 (Python's rule that
  a quarter of the heap must be new since the last one still holds): the same drive then
  makes none, and cyclic garbage waits longer before one pass frees it (86,000 objects
  at the end of that drive).

What a read leaves is what the collector walks after it (once young, once in the middle
generation), so the reads themselves keep it small, at the source: they read plain rows
(Core selects), never ORM objects, and make no cyclic garbage. A query built with a new
``aliased()`` entity on every call left ~1,800 objects of cycles (SQLAlchemy's annotated
columns) for each use; the aliases are made once per module. At 20,000 applications the
Calendar's read leaves 53,000 objects (it left 77,000 and 3,640 objects of cycles), the
Reports' 6,700 and 10 (1,800 before), and its young collection takes about 20-35 ms.

Measured and left out: collecting the young and middle generations as the last reader
ends, to walk the read's objects once rather than twice, made full collections come
sooner (the middle generation's survivors count towards them) and holds no shorter.
Keeping the collector on during reads and only holding off full collections (a huge
third threshold) walks the same objects in thousands of small collections: twelve reads
of 20,000 (Applicants, Calendar, Reports) cost 1.3-1.5 s of collections instead of
0.12 s, and longer gaps on a thread ticking beside them. An explicit middle collection on
the GUI thread just after the pairing board of 20,000 was shown (so that the first edit
after it would not pay the 25-50 ms of walking the board's objects there) also walked
whatever else was in the middle generation then (the Applicants' read, start-up's late
imports): 185 ms in one pass on a loaded machine, against the 48 ms it saved the edit.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_readers = 0
_was_on = False
#: Middle-generation collections between two full ones (Python's default is 10).
MIDDLE_COLLECTIONS_PER_FULL = 100
_settled = False


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


def settle_start_up() -> None:
    """Put everything alive now, the loaded program, out of the collector's reach for good,
    and make full collections rarer (the module's docstring says why).

    Called once, before any cohort is read (what is frozen is never collected, so a
    cohort's objects must not be among them): by the worker that imported the core a
    window needs, the collector still paused, so that the first young collection after it
    does not walk those ~200,000 objects (~40 ms, with the GUI thread waiting for the
    interpreter lock); the window's Qt modules, imported after, are left to the collector.
    A second call (the window itself, a second window, a test) does nothing.
    """
    global _settled
    if _settled:
        return
    _settled = True
    young, middle, _full = gc.get_threshold()
    gc.set_threshold(young, middle, MIDDLE_COLLECTIONS_PER_FULL)
    gc.freeze()
