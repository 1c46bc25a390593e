"""The Qt binding we ship does not leak references on Signal.emit.

PySide6 6.12.0 drops one reference to ``True`` on every Python ``Signal.emit()``; after
about 570 emits CPython aborts with ``Fatal Python error: bool_dealloc``. pyproject
excludes it; this test fails on any release that brings the leak back. It runs in its own
process, because on a leaking binding the refcount of True is already wrong (or the
process already dead) for every test that runs after it.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

EMITS = 20_000

SCRIPT = textwrap.dedent(
    f"""
    import sys
    from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

    class Source(QObject):
        bare = Signal()
        number = Signal(int)
        flag = Signal(bool)
        several = Signal(int, int, str)
        anything = Signal(object)

    app = QCoreApplication([])
    source = Source()
    seen = []
    source.bare.connect(lambda: None)
    source.number.connect(lambda n: None)
    source.flag.connect(lambda b: None)
    source.several.connect(lambda a, b, c: None)
    source.anything.connect(seen.append)

    true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
    for i in range({EMITS}):
        source.bare.emit()
        source.number.emit(i)
        source.flag.emit(i % 2 == 0)
        source.several.emit(i, i + 1, "row")
        source.anything.emit(None)
    seen.clear()

    # Across a thread, delivered by the event loop as our workers' signals are.
    class Worker(QThread):
        def run(self):
            for i in range({EMITS}):
                source.flag.emit(True)
                source.anything.emit(None)
    worker = Worker()
    worker.start()
    worker.wait()
    app.processEvents()
    true_after, none_after = sys.getrefcount(True), sys.getrefcount(None)
    print(true_before, true_after, none_before, none_after)
    """
)


def test_twenty_thousand_emits_of_every_kind_leave_true_and_none_alone() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, f"the process died: {result.stderr[-2000:]}"
    true_before, true_after, none_before, none_after = map(int, result.stdout.split())
    # Interned singletons: a handful of references come and go with the interpreter's own
    # bookkeeping, but a leak of one per emit loses tens of thousands.
    assert true_after >= true_before - 100, (true_before, true_after)
    assert none_after >= none_before - 100, (none_before, none_after)
