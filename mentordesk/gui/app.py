"""Starts the desktop application on a database (the CLI calls ``run_gui``)."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from mentordesk import __version__
from mentordesk.core.errors import MentorDeskError
from mentordesk.gui import languages, theme
from mentordesk.gui.forms import mentordesk_rc  # noqa: F401  (registers :/icons and :/style.qss)
from mentordesk.gui.opening import open_for_window

if TYPE_CHECKING:
    from mentordesk.gui.main_window import MainWindow

#: When MentorDesk was imported: the start where the OS does not tell the process's own.
STARTED = time.perf_counter()


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName("MentorDesk")
    QCoreApplication.setApplicationName("MentorDesk")
    QCoreApplication.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(":/icons/mentordesk.svg"))
    languages.install_translators(app)
    theme.follow_system(app)
    return app


def run_gui(db: str | None, *, cohort: str | None = None, ready_and_quit: bool = False) -> int:
    from mentordesk.gui.main_window import MainWindow

    app = create_application()
    database = open_for_window(db)
    if database is None:
        return 2
    window = MainWindow(database)
    if cohort is not None:
        try:
            window.select_cohort_named(cohort)
        except MentorDeskError as exc:
            if ready_and_quit:
                print(f"mentordesk: {exc.message}", file=sys.stderr)
                return 2
            window.show_message(str(exc))
    window.show()
    if ready_and_quit:
        ReadyProbe(window, app).start()
    return app.exec()


def seconds_since_start() -> float:
    """Seconds since this process started (the OS's clock where it tells; else since
    MentorDesk was imported)."""
    try:
        fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        ticks = os.sysconf("SC_CLK_TCK")
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return uptime - int(fields[19]) / ticks
    except (OSError, ValueError, IndexError, AttributeError):
        return time.perf_counter() - STARTED


def peak_rss_mib() -> float:
    """The process's peak resident memory in MiB (0 where the OS does not say)."""
    try:
        import resource
    except ImportError:  # Windows
        return 0.0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (2**20 if sys.platform == "darwin" else 2**10)


class ReadyProbe(QObject):
    """``--ready-and-quit``: says when the window is first painted; then waits until the
    area on screen has its data and the event loop is idle, prints the time and peak
    memory, and quits."""

    def __init__(self, window: MainWindow, app: QApplication) -> None:
        super().__init__(window)
        self.window = window
        self.app = app
        # A timer fires only when the event queue is empty: the loop is idle. Not a zero
        # one: spinning, it would hold the interpreter lock from a worker still reading.
        self.timer = QTimer(self, interval=5)
        self.timer.timeout.connect(self._check)
        self.painted = False

    def start(self) -> None:
        self.timer.start()

    def _check(self) -> None:
        handle = self.window.windowHandle()
        if handle is None or not handle.isExposed():
            return
        if not self.painted:
            self.painted = True
            print(f"first paint in {seconds_since_start() * 1000:.0f} ms", flush=True)
        if not self.window.is_ready():
            return
        self.timer.stop()
        print(
            f"ready in {seconds_since_start() * 1000:.0f} ms, peak RSS {peak_rss_mib():.0f} MiB",
            flush=True,
        )
        self.window.close()
        self.app.quit()
