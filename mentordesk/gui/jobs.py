"""Runs long core work off the GUI thread, with a progress dialog and a Cancel button.

The core function receives a ``Progress``; Cancel sets its flag, the function raises
``Cancelled`` at its next step and its transaction rolls back. Results and errors come
back to the GUI thread by signals. ``start_job`` is the same without the dialog, for a
read whose progress the area shows in place.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from mentordesk.core.collector import collector_paused
from mentordesk.core.errors import Cancelled
from mentordesk.core.progress import Progress


class _Signals(QObject):
    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class Job(QRunnable):
    """``work(progress)`` run in the global thread pool; connect to ``signals``.

    The cyclic garbage collector waits while a job runs (``core.collector``).
    """

    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.signals = _Signals()
        self.progress = Progress(self.signals.progressed.emit)
        self._work = work
        self.setAutoDelete(False)  # we keep the Python object alive until it reports

    def run(self) -> None:
        try:
            # The collector runs in whichever thread allocates and holds the interpreter
            # lock while it walks every object: a worker reading a cohort of 20,000 set off
            # full collections of 0.4-1.3 s each, and the GUI thread, which needs that lock
            # for any Python slot, froze for each. It resumes when the last job ends.
            with collector_paused():
                result = self._work(self.progress)
        except Cancelled:
            self.signals.cancelled.emit()
        except BaseException as exc:
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


_running: set[Job] = set()


def start_job(
    work: Callable[[Progress], Any],
    on_done: Callable[[Any], None],
    *,
    on_failed: Callable[[BaseException], None],
    on_cancelled: Callable[[], None] | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
) -> Job:
    """Start ``work`` in the thread pool with no dialog; the callbacks run on the GUI thread.

    The GUI calls this through ``Data.in_place``; cancel with ``job.progress.cancel()``.
    """
    job = Job(work)
    _running.add(job)

    def done(result: Any) -> None:
        _running.discard(job)
        on_done(result)

    def failed(exc: BaseException) -> None:
        _running.discard(job)
        on_failed(exc)

    def cancelled() -> None:
        _running.discard(job)
        if on_cancelled is not None:
            on_cancelled()

    if on_progress is not None:
        job.signals.progressed.connect(on_progress)
    job.signals.finished.connect(done)
    job.signals.failed.connect(failed)
    job.signals.cancelled.connect(cancelled)
    QThreadPool.globalInstance().start(job)
    return job


def run_job(
    parent: QWidget,
    title: str,
    work: Callable[[Progress], Any],
    on_done: Callable[[Any], None],
    *,
    on_failed: Callable[[BaseException], None],
    on_cancelled: Callable[[], None] | None = None,
    label: str = "",
) -> Job:
    """Start ``work`` in the thread pool with a modal progress dialog owned by ``parent``.

    The GUI calls this through ``Data.in_background``, which tells the user of a failure.
    """
    dialog = QProgressDialog(
        label or title, QCoreApplication.translate("Jobs", "Cancel"), 0, 0, parent
    )
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    job = Job(work)
    _running.add(job)

    def progressed(done: int, total: int, message: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)
        if message:
            dialog.setLabelText(message)

    def finish() -> None:
        _running.discard(job)
        dialog.reset()
        dialog.close()
        dialog.deleteLater()

    def done(result: Any) -> None:
        finish()
        on_done(result)

    def failed(exc: BaseException) -> None:
        finish()
        on_failed(exc)

    def cancelled() -> None:
        finish()
        if on_cancelled is not None:
            on_cancelled()

    def cancel_asked() -> None:
        # The work stops at its next step; until it has (a save already writing finishes
        # first), the dialog stays and keeps the window from a second change.
        job.progress.cancel()
        if job in _running:
            dialog.setCancelButton(None)
            dialog.setLabelText(QCoreApplication.translate("Jobs", "Stopping…"))
            dialog.show()

    job.signals.progressed.connect(progressed)
    job.signals.finished.connect(done)
    job.signals.failed.connect(failed)
    job.signals.cancelled.connect(cancelled)
    dialog.canceled.connect(cancel_asked)
    QThreadPool.globalInstance().start(job)
    return job
