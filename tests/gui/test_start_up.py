"""The committee's window opens fast: only what the first window needs is loaded, and
``--ready-and-quit`` reports when the chosen cohort is on screen (real processes)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from mentordesk.core.storage.database import Database
from mentordesk.gui.app import WindowOpening, create_application
from mentordesk.gui.main_window import MainWindow
from tests.factories import make_application, make_cohort

#: Libraries for work done later (matching, PDFs, spreadsheets, calendar files, mail).
NOT_AT_START = (
    "scipy",
    "numpy",
    "reportlab",
    "openpyxl",
    "icalendar",
    "mentordesk.core.documents.mail",
    # Closing a cohort and its summary: loaded in a worker once the first area has its data.
    "mentordesk.core.documents.closeout",
    "mentordesk.core.documents.summary",
)
#: What opening a database needs: loaded after the window's first paint.
DATABASE_MODULES = ("sqlalchemy", "alembic", "mentordesk.core.storage.database", "numpy")


def _env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}


def _run_probe(probe: str, tmp_path: Path, timeout: int = 60) -> list[str]:
    """Runs ``probe`` in a fresh Python (a start of its own) and returns its output lines."""
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=_env(tmp_path),
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()


def test_opening_the_window_loads_no_matching_pdf_or_spreadsheet_library(tmp_path: Path) -> None:
    probe = (
        "import sys\n"
        "from mentordesk.gui.app import create_application\n"
        "from mentordesk.gui.main_window import MainWindow\n"
        "from mentordesk.core.storage.database import Database\n"
        "app = create_application()\n"
        f"window = MainWindow(Database({str(tmp_path / 'start.db')!r}))\n"
        "window.show()\n"
        "app.processEvents()\n"
        f"print(sorted(m for m in {NOT_AT_START!r} if m in sys.modules))\n"
    )
    lines = _run_probe(probe, tmp_path, timeout=120)
    assert lines[-1] == "[]"


def test_the_window_is_painted_before_anything_of_the_database_is_loaded(tmp_path: Path) -> None:
    probe = (
        "import sys\n"
        "from mentordesk.gui.app import create_application\n"
        "from mentordesk.gui.main_window import MainWindow\n"
        "app = create_application()\n"
        "window = MainWindow(opening='year.db')\n"
        "window.show()\n"
        "app.processEvents()\n"
        "print(window.windowTitle(), '|', window.statusBar().currentMessage())\n"
        f"print(sorted(m for m in {DATABASE_MODULES!r} if m in sys.modules))\n"
    )
    lines = _run_probe(probe, tmp_path)
    shown, loaded = lines[-2:]
    assert shown == "year.db — MentorDesk | Opening year.db…"
    assert loaded == "[]"


#: Qt classes the window's frame does not draw with: PySide builds a class's enums (a Python
#: Enum each, ~0.2 ms; QStyle's eleven 6 ms) as the class is first imported or returned.
NOT_BEFORE_THE_FIRST_PAINT = ("QStyle", "QGradient", "QFont", "QImage", "QTransform", "QEvent")


def test_the_first_paint_builds_no_enums_of_qt_classes_the_frame_does_not_draw_with(
    tmp_path: Path,
) -> None:
    probe = (
        "import enum, gc\n"
        "from mentordesk.gui.app import create_application\n"
        "from mentordesk.gui.main_window import MainWindow\n"
        "app = create_application()\n"
        "window = MainWindow(opening='year.db')\n"
        "window.show()\n"
        "app.processEvents()\n"
        "made = {c.__qualname__.split('.')[0] for c in gc.get_objects()\n"
        "        if isinstance(c, enum.EnumType) and c.__module__.startswith('PySide6')}\n"
        "print(window.windowHandle().isExposed(), app.property('mentordeskFusion'))\n"
        f"print(sorted(made & set({NOT_BEFORE_THE_FIRST_PAINT!r})))\n"
    )
    lines = _run_probe(probe, tmp_path)
    shown, made = lines[-2:]
    assert shown == "True True"
    assert made == "[]"


def test_every_form_imports_only_the_qt_classes_it_uses() -> None:
    import ast

    import mentordesk.gui.forms as forms

    for module in sorted(Path(forms.__file__).parent.glob("ui_*.py")):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
        imported = {
            alias.name
            for node in tree.body
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6")
            for alias in node.names
        }
        assert imported <= used, f"{module.name} imports {sorted(imported - used)} unused"


def test_the_opening_window_shows_the_chosen_cohort_once_the_file_is_open(
    qtbot: QtBot, db: Database
) -> None:
    with db.transaction() as s:
        make_cohort(s, name="Rollout 2025")
        cohort = make_cohort(s, name="Rollout 2026")
        make_application(s, cohort, "mentee")
    db.close()
    window = MainWindow(opening="program.db")
    qtbot.addWidget(window)
    window.show()
    assert not window.is_ready()
    WindowOpening(window, str(db.path), cohort="Rollout 2026", ready_and_quit=False).start()
    qtbot.waitUntil(window.is_ready, timeout=60_000)
    assert window.windowTitle() == "program.db — MentorDesk"
    assert window.cohort_combo.currentText().endswith("Rollout 2026")
    assert window.applicants.model.rowCount() == 1
    window.close()


def test_the_days_backup_is_taken_once_the_window_shows_its_first_cohort(
    qtbot: QtBot, db: Database
) -> None:
    from mentordesk.core.storage.backup import backup_folder, list_backups

    with db.transaction() as s:
        make_application(s, make_cohort(s, name="Rollout 2026"), "mentee")
    db.close()
    assert db.path is not None
    assert list_backups(backup_folder(db.path)) == []
    window = MainWindow(opening="program.db")
    qtbot.addWidget(window)
    window.show()
    WindowOpening(window, str(db.path), cohort=None, ready_and_quit=False).start()
    qtbot.waitUntil(window.is_ready, timeout=60_000)
    qtbot.waitUntil(lambda: len(list_backups(backup_folder(db.path))) == 1, timeout=30_000)
    window.close()


def test_a_cohort_not_there_is_said_in_the_status_bar_and_the_window_opens_anyway(
    qtbot: QtBot, db: Database
) -> None:
    with db.transaction() as s:
        make_cohort(s, name="Rollout 2026")
    db.close()
    window = MainWindow(opening="program.db")
    qtbot.addWidget(window)
    window.show()
    WindowOpening(window, str(db.path), cohort="Rollout 1999", ready_and_quit=False).start()
    qtbot.waitUntil(window.is_ready, timeout=60_000)
    assert "No cohort named 'Rollout 1999'" in window.statusBar().currentMessage()
    assert window.cohort_combo.currentText().endswith("Rollout 2026")
    window.close()


def test_a_file_that_is_not_a_database_is_refused_over_the_opening_window(
    qtbot: QtBot, tmp_path: Path, messages: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    exits: list[int] = []
    monkeypatch.setattr("mentordesk.gui.app.QCoreApplication.exit", exits.append)
    notes = tmp_path / "notes.db"
    notes.write_text("shopping list: milk, eggs, a mentor for Ana\n" * 50)
    window = MainWindow(opening=notes.name)
    qtbot.addWidget(window)
    window.show()
    WindowOpening(window, str(notes), cohort=None, ready_and_quit=False).start()
    qtbot.waitUntil(lambda: bool(exits), timeout=60_000)
    assert messages == [f"{notes} is not a MentorDesk database (not an SQLite file)"]
    assert exits == [2] and not window.isVisible()
    assert notes.read_text().startswith("shopping list")  # never written to


def test_ready_and_quit_asks_nothing_of_a_file_it_cannot_open_and_says_why(
    qtbot: QtBot,
    tmp_path: Path,
    messages: list[str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Nobody answers a question in a benchmark or a smoke test: it would wait for ever.
    exits: list[int] = []
    monkeypatch.setattr("mentordesk.gui.app.QCoreApplication.exit", exits.append)
    notes = tmp_path / "notes.db"
    notes.write_text("shopping list: milk, eggs, a mentor for Ana\n" * 50)
    window = MainWindow(opening=notes.name)
    qtbot.addWidget(window)
    window.show()
    WindowOpening(window, str(notes), cohort=None, ready_and_quit=True).start()
    qtbot.waitUntil(lambda: bool(exits), timeout=60_000)
    assert messages == []
    assert exits == [2] and not window.isVisible()
    said = capsys.readouterr().err
    assert f"mentordesk: {notes} is not a MentorDesk database (not an SQLite file)" in said


def test_opening_the_window_leaves_the_command_groups_unloaded(tmp_path: Path) -> None:
    probe = (
        "import sys\n"
        "import mentordesk.gui.app\n"
        "mentordesk.gui.app.run_gui = lambda db, **options: print(db, options) or 0\n"
        "from mentordesk.cli import main\n"
        "assert main(['--db', 'year.db', '--cohort', 'Rollout 2026']) == 0\n"
        "print(sorted(m for m in sys.modules if m.startswith('mentordesk.cli.')))\n"
    )
    lines = _run_probe(probe, tmp_path)
    opened, loaded = lines
    assert opened == "year.db {'cohort': 'Rollout 2026', 'ready_and_quit': False}"
    assert loaded == "['mentordesk.cli.common']"


def test_ready_and_quit_measures_from_the_moment_a_benchmark_gives(
    db: Database, tmp_path: Path
) -> None:
    """A benchmark starting the window gives its own clock (to the microsecond; the OS tells
    a process's start in ticks of 10 ms) and compares a bare window measured the same way."""
    db.close()
    ten_minutes_ago = time.monotonic() - 600
    done = subprocess.run(
        [sys.executable, "-m", "mentordesk", "--db", str(db.path), "--ready-and-quit"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**_env(tmp_path), "MENTORDESK_STARTED_AT": repr(ten_minutes_ago)},
    )
    assert done.returncode == 0, done.stderr
    painted = re.search(r"first paint in (\d+) ms", done.stdout)
    ready = re.search(r"ready in (\d+) ms", done.stdout)
    assert painted is not None and ready is not None
    assert 600_000 <= int(painted[1]) <= int(ready[1]) < 700_000


def test_ready_and_quit_opens_the_named_cohort_and_reports_time_and_memory(
    db: Database, tmp_path: Path
) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s, name="Rollout 2026")
        make_application(s, cohort, "mentor")
        make_application(s, cohort, "mentee")
    assert db.path is not None
    command = [sys.executable, "-m", "mentordesk", "--db", str(db.path)]
    done = subprocess.run(
        [*command, "--cohort", "Rollout 2026", "--ready-and-quit"],
        capture_output=True, text=True, timeout=120, env=_env(tmp_path),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    painted, ready = done.stdout.strip().splitlines()
    assert re.fullmatch(r"first paint in \d+ ms", painted)
    assert re.fullmatch(r"ready in \d+ ms, peak RSS \d+ MiB", ready)
    assert int(painted.split()[3]) <= int(ready.split()[2])
    wrong = subprocess.run(
        [*command, "--cohort", "Rollout 1999", "--ready-and-quit"],
        capture_output=True, text=True, timeout=120, env=_env(tmp_path),
    )  # fmt: skip
    assert wrong.returncode != 0
    assert "No cohort named 'Rollout 1999'" in wrong.stderr


def test_a_busy_worker_hands_the_interpreter_to_the_window_within_a_millisecond(
    qtbot: QtBot,
) -> None:
    # Each Python call Qt's event loop makes (a paint, a model's data) waits for a worker
    # reading a big cohort to hand the interpreter over: Python's own 5 ms per call made a
    # repaint of the Calendar hold up to 75 ms (bench/bench_gui_holds.py measures holds).
    before = sys.getswitchinterval()
    try:
        create_application()
        assert sys.getswitchinterval() == pytest.approx(0.001)
    finally:
        sys.setswitchinterval(before)
