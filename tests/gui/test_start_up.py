"""The committee's window opens fast: only what the first window needs is loaded, and
``--ready-and-quit`` reports when the chosen cohort is on screen (real processes)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from mentordesk.core.storage.database import Database
from tests.factories import make_application, make_cohort

#: Libraries for work done later (matching, PDFs, spreadsheets, calendar files).
NOT_AT_START = ("scipy", "reportlab", "openpyxl", "icalendar")


def _env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}


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
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        timeout=120,
        env=_env(tmp_path),
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_opening_the_window_leaves_the_command_groups_unloaded(tmp_path: Path) -> None:
    probe = (
        "import sys\n"
        "import mentordesk.gui.app\n"
        "mentordesk.gui.app.run_gui = lambda db, **options: print(db, options) or 0\n"
        "from mentordesk.cli import main\n"
        "assert main(['--db', 'year.db', '--cohort', 'Rollout 2026']) == 0\n"
        "print(sorted(m for m in sys.modules if m.startswith('mentordesk.cli.')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        timeout=60,
        env=_env(tmp_path),
    )
    assert done.returncode == 0, done.stderr
    opened, loaded = done.stdout.strip().splitlines()
    assert opened == "year.db {'cohort': 'Rollout 2026', 'ready_and_quit': False}"
    assert loaded == "['mentordesk.cli.common']"


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
