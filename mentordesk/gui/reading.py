"""How an area reads a big cohort off the GUI thread: the newest read wins, its progress
shows in place (a strip at the top of the area, never a dialog), its result in one step.

A small cohort is read at once on the GUI thread, through the same code: it takes a few
milliseconds, and what the committee just did shows before the next repaint.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QSizePolicy, QWidget
from shiboken6 import isValid

from mentordesk.core.errors import Cancelled, MentorDeskError
from mentordesk.core.progress import Progress
from mentordesk.gui.data import Data
from mentordesk.gui.jobs import Job

T = TypeVar("T")

# From this many applications on, a cohort's calendar, reports and audit are read in a
# worker thread: reading those of 200 takes about 0.1 s on a slow machine.
READ_IN_BACKGROUND_FROM = 200


def reads_in_background(applications: int) -> bool:
    """Whether a cohort of this many applications is read in a worker thread."""
    return applications >= READ_IN_BACKGROUND_FROM


class ReadingNotice(QWidget):
    """ "Reading the calendar of 6,667 pairs…" and a progress bar, shown while an area reads."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readingNotice")
        self.label = QLabel(self)
        self.label.setObjectName("readingText")
        self.bar = QProgressBar(self)
        self.bar.setObjectName("readingProgress")
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(self.fontMetrics().height() // 2 + 4)
        self.bar.setMaximumWidth(220)
        self.bar.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.bar, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setAccessibleName(self.tr("Reading"))
        self._readers: set[int] = set()  # the readers reading now (two may share a notice)
        self.hide()

    def begin(self, reader: object, text: str) -> None:
        self._readers.add(id(reader))
        self.label.setText(text)
        self.bar.setRange(0, 0)  # busy until the first step says how far it is
        self.keep_place(True)
        self.show()

    def keep_place(self, keep: bool) -> None:
        """Whether the strip keeps its place when hidden. A big cohort is read in a worker
        at every change: were the strip to come and go, the whole area below it would be
        laid out and painted again twice a read (its month grid four times instead of
        once), the first time while the worker holds the interpreter. A small cohort,
        read at once, gives the place back."""
        policy = self.sizePolicy()
        if policy.retainSizeWhenHidden() != keep:
            policy.setRetainSizeWhenHidden(keep)
            self.setSizePolicy(policy)

    def progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))

    def end(self, reader: object) -> None:
        self._readers.discard(id(reader))
        if not self._readers:
            self.hide()


class AreaReader:
    """Runs one area's reads: at once for a small cohort, in a worker for a big one.

    A new read makes the one still running stale: it is cancelled at its next step and its
    result, should it arrive, is dropped, so the screen always shows the newest read.
    """

    def __init__(self, owner: QWidget, data: Data, notice: ReadingNotice) -> None:
        self._owner = owner
        self._data = data
        self.notice = notice
        self._generation = 0
        self._job: Job | None = None
        #: True while a read runs in a worker (``--ready-and-quit`` waits for it).
        self.loading = False
        owner.destroyed.connect(self.cancel)

    def read(
        self,
        work: Callable[[Progress], T],
        show: Callable[[T], None],
        *,
        in_background: bool,
        text: str,
        refused: Callable[[BaseException], None],
    ) -> None:
        """``work(progress)`` (it reads through ``data``), then ``show`` its result on the GUI
        thread; ``refused`` gets what went wrong (our refusal or a bug)."""
        self.cancel()
        self._generation += 1
        if not in_background:
            self.notice.keep_place(False)
            try:
                result = work(Progress())
            except MentorDeskError as exc:
                refused(exc)
                return
            show(result)
            return
        generation = self._generation

        def current() -> bool:
            return isValid(self._owner) and generation == self._generation

        def done(result: Any) -> None:
            if current():
                self._finish()
                show(result)

        def failed(exc: BaseException) -> None:
            if current():
                self._finish()
                if not isinstance(exc, Cancelled):
                    refused(exc)

        def progressed(done: int, total: int, _message: str) -> None:
            if current():
                self.notice.progressed(done, total)

        self.loading = True
        self.notice.begin(self, text)
        self._job = self._data.in_place(
            work,
            done,
            on_failed=failed,
            on_cancelled=lambda: None,
            on_progress=progressed,
        )

    def cancel(self) -> None:
        """Drop the read still running (a newer one follows, or the area goes)."""
        self._generation += 1
        if self._job is not None:
            self._job.progress.cancel()
            self._job = None
        if self.loading and isValid(self.notice):
            self._finish()

    def _finish(self) -> None:
        self._job = None
        self.loading = False
        self.notice.end(self)
