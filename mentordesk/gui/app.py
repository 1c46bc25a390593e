"""Starts the desktop application on a database (the CLI calls ``run_gui``).

The window is painted first, from Qt alone; the core modules a database needs are then
loaded in a worker thread, with the database file itself (its first cohort then read, and
the day's backup taken, each on a thread of its own), the Qt ones on the GUI thread a
module a turn, and it is shown (``WindowOpening``). This module imports nothing of the core
beyond its errors and paths, so that the first paint waits for Qt and the window's frame
only.
"""

from __future__ import annotations

import importlib
import os
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyleFactory
from shiboken6 import isValid

from mentordesk import __version__
from mentordesk.core.errors import MentorDeskError
from mentordesk.core.paths import default_database_path

if TYPE_CHECKING:
    from mentordesk.core.progress import Progress
    from mentordesk.core.storage.database import Database
    from mentordesk.gui.jobs import Job
    from mentordesk.gui.main_window import MainWindow

# When MentorDesk was imported: the start where the OS does not tell the process's own.
STARTED = time.perf_counter()

#: How long a thread waiting for Python's interpreter lock waits before the thread holding it
#: must hand it over (Python's default: 5 ms). Qt's event loop runs without the lock, so each
#: Python call it makes (a slot, a delegate's paint, a model's ``data()``) takes the lock back
#: from a worker reading or writing in Python, and waits up to this long for it. A repaint of
#: the Calendar of 20,000 is some dozens of such calls: with a worker busy, its longest hold
#: was 75 ms at 5 ms and 18 ms at 1 ms (without a worker: 6 ms); the worker did as much work
#: either way. At 0.5 ms the holds were no shorter.
HANDOVER_SECONDS = 0.001


def create_application(argv: list[str] | None = None) -> QApplication:
    sys.setswitchinterval(HANDOVER_SECONDS)
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        # Fusion (theme.py says why) chosen as the application is made: made again by
        # theme.apply, it would cost the first paint 15 ms.
        app = QApplication([*(argv if argv is not None else sys.argv[:1]), "-style", "Fusion"])
        # The last -style given wins, over QT_STYLE_OVERRIDE too, where the style exists.
        # (Asked of app.style() instead, PySide would build QStyle's eleven enums before
        # the first paint: 6-7 ms.)
        styles = QStyleFactory.keys()  # a list of names
        app.setProperty("mentordeskFusion", "fusion" in (name.casefold() for name in styles))
    QCoreApplication.setOrganizationName("MentorDesk")
    QCoreApplication.setApplicationName("MentorDesk")
    QCoreApplication.setApplicationVersion(__version__)
    # Imported here, not with this module: after run_gui has taken PySide's import hook off
    # (gui.loading), which otherwise reads each of their sources first (4-6 ms of the paint).
    from mentordesk.gui import languages, theme
    from mentordesk.gui.forms import mentordesk_rc  # noqa: F401  (registers :/icons, :/style.qss)

    app.setWindowIcon(QIcon(":/icons/mentordesk.svg"))
    languages.install_translators(app)
    theme.follow_system(app)
    return app


def run_gui(db: str | None, *, cohort: str | None = None, ready_and_quit: bool = False) -> int:
    from mentordesk.gui.loading import import_without_pyside_checks

    import_without_pyside_checks()  # before the window's own modules: they pay it too
    from mentordesk.gui.main_window import MainWindow

    app = create_application()
    window = MainWindow(opening=shown_name(db))
    window.show()
    if ready_and_quit:  # first: it notes the paint before the opening's work begins
        ReadyProbe(window, app).start()
    WindowOpening(window, db, cohort=cohort, ready_and_quit=ready_and_quit).start()
    code = app.exec()
    # An import still running in a worker must not meet the interpreter shutting down.
    QThreadPool.globalInstance().waitForDone(10_000)
    return code


def shown_name(db: str | None) -> str:
    """The database as the window's title names it while opening: the file's name, or the
    server and database (never a password)."""
    target = db or os.environ.get("MENTORDESK_DB") or str(default_database_path())
    if "://" not in target:
        return Path(target).name
    address = urlsplit(target)
    try:
        host = address.hostname or ""
    except ValueError:
        host = ""
    return f"{host}{address.path}" or target.split("://")[0]


class WindowOpening(QObject):
    """Opens the database of a window already on screen: once the window is painted, the
    core modules a database needs are imported and the file is opened (checked; backed up
    for the day and its first cohort read beside) in a worker; the GUI thread imports the
    Qt modules a turn at a time, then shows it, or asks what only a person can answer (in
    use, damaged, a password). Once the area on screen has its data, the other areas'
    modules are imported the same way."""

    def __init__(
        self, window: MainWindow, target: str | None, *, cohort: str | None, ready_and_quit: bool
    ) -> None:
        super().__init__(window)
        self.window = window
        self.target = target
        self.cohort = cohort
        self.ready_and_quit = ready_and_quit
        self._jobs: set[Job] = set()
        self._database: Database | None = None
        # Polled, not a zero timer: spinning would hold the interpreter lock from the worker.
        self._painted = QTimer(self, interval=5)
        self._painted.timeout.connect(self._when_painted)
        self._ready = QTimer(self, interval=50)
        self._ready.timeout.connect(self._when_ready)

    def start(self) -> None:
        self._painted.start()

    def _when_painted(self) -> None:
        handle = self.window.windowHandle()
        if handle is None or not handle.isExposed():
            return  # (an exposed window is a painted one: Qt paints it as it is exposed)
        self._painted.stop()
        from mentordesk.gui.loading import DESK_MODULES

        self._import_in_background(
            DESK_MODULES,
            self._open,
            open_file=True,
            remembered=self.window.remembered_cohorts(),
        )

    def _import_in_background(
        self,
        modules: tuple[str, ...],
        then: Callable[[object], None],
        *,
        open_file: bool = False,
        remembered: Callable[[str], int | None] = lambda _name: None,
    ) -> None:
        """Load ``modules``: what they import of the core (and SQLAlchemy) in a worker, with
        the file itself when ``open_file`` (and, beside, its first cohort read: the one
        asked for or ``remembered``, ``core.applications.first_read``); then, on the GUI
        thread, the Qt modules one per turn of the event loop (``gui.loading`` says why
        never in a worker); then ``then`` with the opened database, or what stopped it, and
        the first read."""
        from mentordesk.gui.jobs import Job  # (its dialog classes cost the first paint 4 ms)
        from mentordesk.gui.loading import load_order

        target, cohort = self.target, self.cohort
        qt_free, on_gui_thread = load_order(modules)

        def work(_progress: Progress) -> object:
            from mentordesk.core.collector import settle_start_up

            for name in qt_free:
                importlib.import_module(name)
            if not open_file:
                return None
            from mentordesk.core.applications.first_read import FirstRead
            from mentordesk.core.storage.database import Database, configure_models, first_attempt

            configure_models()
            settle_start_up()  # (the collector is paused in a job: core.collector says why)

            attempt = first_attempt(target)
            if not isinstance(attempt, Database):
                return attempt, None
            # Read while the GUI thread imports and builds the window: on a second core.
            return attempt, FirstRead(attempt, cohort_name=cohort, remembered=remembered)

        def done(result: object) -> None:
            self._jobs.discard(job)
            if not isValid(self):  # its window was closed and deleted while this loaded
                return
            self._import_in_turns(list(on_gui_thread), lambda: then(result))

        job = Job(work)
        self._jobs.add(job)
        job.signals.finished.connect(done)
        job.signals.failed.connect(self._cannot_start)
        QThreadPool.globalInstance().start(job)

    def _import_in_turns(self, modules: list[str], then: Callable[[], None]) -> None:
        """Import ``modules`` on this (the GUI) thread, one not yet loaded per turn of the
        event loop, so that painting and clicks go on between them; an area clicked in the
        meantime imports its own module at once, and its turn then finds it loaded."""
        while modules and modules[0] in sys.modules:
            modules.pop(0)
        if not modules:
            then()
            return
        try:
            importlib.import_module(modules.pop(0))
        except Exception as exc:  # a module that does not load: a damaged installation
            self._cannot_start(exc)
            return
        # Each turn does one import's work, it does not poll: a zero timer is right here.
        QTimer.singleShot(0, self, lambda: self._import_in_turns(modules, then))

    def _cannot_start(self, exc: BaseException) -> None:
        """A module that does not load is a broken installation, not a user's mistake."""
        from PySide6.QtWidgets import QMessageBox

        traceback.print_exception(exc)
        QMessageBox.critical(
            self.window,
            self.tr("MentorDesk cannot start"),
            self.tr("This copy of MentorDesk is incomplete or damaged: %s") % exc,
        )
        self.window.close()
        QCoreApplication.exit(1)

    def _open(self, opened: object) -> None:
        """Show the database the worker opened (with its first cohort read beside), or answer
        what stopped it (in use, damaged, a password) as File ▸ Open does."""
        from mentordesk.core.applications.first_read import FirstRead
        from mentordesk.core.programs.cohorts import find_cohort_id
        from mentordesk.core.storage.database import Database
        from mentordesk.gui.data import Data
        from mentordesk.gui.opening import open_for_window

        assert isinstance(opened, tuple)
        attempt, first_read = opened
        assert first_read is None or isinstance(first_read, FirstRead)
        if not self.window.isVisible():  # closed while it was opening
            if isinstance(attempt, Database):
                attempt.close()
            return
        if isinstance(attempt, Database):
            database: Database | None = attempt
        else:
            assert isinstance(attempt, MentorDeskError)
            if self.ready_and_quit:
                # Nobody is there to answer (in use, damaged, a password): a question would
                # wait for ever, and a benchmark or smoke test would hang on it.
                print(f"mentordesk: {attempt.message}", file=sys.stderr)
                self._give_up(2)
                return
            database = open_for_window(self.target, self.window, tried=attempt)
        if database is None:  # the person was told why
            self._give_up(2)
            return
        chosen: int | None = None
        problem = ""
        if self.cohort is not None:
            try:
                chosen = Data(database).read(find_cohort_id, self.cohort)
            except MentorDeskError as exc:
                if self.ready_and_quit:
                    print(f"mentordesk: {exc.message}", file=sys.stderr)
                    database.close()
                    self._give_up(2)
                    return
                problem = str(exc)
        if database is not attempt:  # opened again by asking (read-only, a password…)
            first_read = None
        self.window.attach(database, cohort_id=chosen, first_read=first_read)
        self._database = database
        if problem:
            self.window.show_message(problem)
        self._ready.start()

    def _give_up(self, code: int) -> None:
        self.window.close()
        QCoreApplication.exit(code)  # after close: the last window's quit says 0

    def _when_ready(self) -> None:
        if not self.window.is_ready():
            return
        self._ready.stop()
        if self._database is not None:
            # The day's backup, held back while the window opened (Database's backup_aside).
            self._database.start_daily_backup()
        if self.ready_and_quit:
            return  # (it quits now: nothing more to load)
        from mentordesk.gui.loading import LATER_MODULES

        self._import_in_background(LATER_MODULES, lambda _result: None)


#: Set by a benchmark to its ``time.monotonic()`` as it starts this process: the start then
#: measured to the microsecond (the OS tells a process's start in ticks of 10 ms, a tenth
#: of a bare Qt window's start-up), the same way the bare window it compares with is.
STARTED_AT = "MENTORDESK_STARTED_AT"


def seconds_since_start() -> float:
    """Seconds since this process started (``STARTED_AT`` where a benchmark gives it, the
    OS's clock where it tells; else since MentorDesk was imported)."""
    given = os.environ.get(STARTED_AT)
    if given:
        try:
            return time.monotonic() - float(given)
        except ValueError:
            pass
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
        # A timer fires only when the event queue is empty: the loop is idle. A zero one
        # until the paint, as the bare window a benchmark compares with looks (no worker
        # runs yet); then not: spinning, it would hold the interpreter lock from a worker.
        self.timer = QTimer(self, interval=0)
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
            self.timer.setInterval(5)
        if not self.window.is_ready():
            return
        self.timer.stop()
        print(
            f"ready in {seconds_since_start() * 1000:.0f} ms, peak RSS {peak_rss_mib():.0f} MiB",
            flush=True,
        )
        self.window.close()
        self.app.quit()
