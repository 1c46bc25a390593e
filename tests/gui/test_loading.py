"""What the window loads after its first paint is split by thread: a worker imports only
what is free of Qt (the core, SQLAlchemy), the GUI thread every Qt module, each after the
GUI modules it needs."""

from __future__ import annotations

import ast
import builtins
import importlib
import os
import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

import mentordesk
from mentordesk.core.storage.database import Database
from mentordesk.gui.app import WindowOpening
from mentordesk.gui.forms.load_plan import PLANS
from mentordesk.gui.loading import (
    DESK_MODULES,
    LATER_MODULES,
    PLANNED,
    import_without_pyside_checks,
    load_order,
    work_out_load_order,
)
from mentordesk.gui.main_window import MainWindow
from tests.factories import make_application, make_cohort

QT = ("PySide6", "shiboken6", "mentordesk.gui")


def _is_qt(name: str) -> bool:
    return any(name == q or name.startswith(q + ".") for q in QT)


@pytest.mark.parametrize("modules", [DESK_MODULES, LATER_MODULES], ids=["desk", "later"])
def test_a_worker_is_given_no_qt_module_and_the_gui_thread_every_one(
    modules: tuple[str, ...],
) -> None:
    in_worker, on_gui_thread = load_order(modules)
    assert not [name for name in in_worker if _is_qt(name)]
    assert all(_is_qt(name) for name in on_gui_thread)
    assert set(modules) <= set(in_worker) | set(on_gui_thread)


def test_the_database_and_its_core_are_loaded_in_the_worker() -> None:
    in_worker, _ = load_order(DESK_MODULES)
    assert "mentordesk.core.storage.database" in in_worker
    assert "mentordesk.core.programs.cohorts" in in_worker


def test_each_gui_module_comes_after_the_gui_modules_it_imports() -> None:
    _, on_gui_thread = load_order(DESK_MODULES)
    order = on_gui_thread.index
    assert order("mentordesk.gui.data") < order("mentordesk.gui.applicants.area")
    assert order("mentordesk.gui.area") < order("mentordesk.gui.applicants.area")
    assert order("mentordesk.gui.forms.ui_applicants_area") < order(
        "mentordesk.gui.applicants.area"
    )


def test_imports_only_for_type_checking_or_inside_functions_are_not_loaded() -> None:
    # The main window names every area for its type hints and imports each when shown.
    _, on_gui_thread = load_order(("mentordesk.gui.main_window",))
    assert "mentordesk.gui.main_window" in on_gui_thread
    assert "mentordesk.gui.audit" not in on_gui_thread
    assert "mentordesk.gui.pairing.area" not in on_gui_thread


def test_the_other_areas_load_a_module_a_turn_not_a_whole_area_with_its_package() -> None:
    _, on_gui_thread = load_order(LATER_MODULES)
    order = on_gui_thread.index
    assert order("mentordesk.gui.pairing") < order("mentordesk.gui.pairing.models")
    assert order("mentordesk.gui.pairing.models") < order("mentordesk.gui.pairing.area")
    import mentordesk.gui.pairing as package

    assert package.PairingArea.__module__ == "mentordesk.gui.pairing.area"


def test_opening_a_window_imports_nothing_of_qt_off_the_gui_thread(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s, name="Rollout 2026")
        make_application(s, cohort, "mentee")
    db.close()
    imported: list[tuple[bool, str]] = []
    real_import = importlib.import_module

    def recorded(name: str, package: str | None = None) -> object:
        imported.append((threading.current_thread() is threading.main_thread(), name))
        return real_import(name, package)

    monkeypatch.setattr(importlib, "import_module", recorded)
    window = MainWindow(opening="program.db")
    qtbot.addWidget(window)
    window.show()
    opening = WindowOpening(window, str(db.path), cohort=None, ready_and_quit=False)
    opening.start()
    qtbot.waitUntil(window.is_ready, timeout=60_000)
    # The other areas load once this one has its data: the worker's list ends with the
    # last of their Qt-free modules.
    last = load_order(LATER_MODULES)[0][-1]
    qtbot.waitUntil(lambda: (False, last) in imported, timeout=60_000)
    in_worker = [name for on_gui_thread, name in imported if not on_gui_thread]
    assert "mentordesk.core.storage.database" in in_worker
    assert not [name for name in in_worker if _is_qt(name)]
    window.close()


@pytest.mark.parametrize("modules", PLANNED, ids=["desk", "later"])
def test_a_start_reads_no_source_the_plan_built_with_the_forms_is_current(
    modules: tuple[str, ...],
) -> None:
    # Stale, it would have a worker import too little (or a Qt module): build_ui.py replans.
    assert modules in PLANS
    assert load_order(modules) == work_out_load_order(modules)


def test_no_module_of_mentordesk_opts_in_to_pysides_features() -> None:
    # The window gives Python its own import back, which only a module that opts in needs.
    package = Path(mentordesk.__file__).parent
    opting_in = [
        str(path.relative_to(package))
        for path in package.rglob("*.py")
        if re.search(r"^\s*(from|import) __feature__", path.read_text(encoding="utf-8"), re.M)
    ]
    assert opting_in == []


def test_modules_imported_by_the_window_are_not_read_by_pyside(tmp_path: Path) -> None:
    (tmp_path / "committee_notes.py").write_text("NOTE = 'PySide6 is never imported here'\n")
    import_without_pyside_checks()
    import_without_pyside_checks()  # (a second window changes nothing)
    assert builtins.__import__ is builtins.__orig_import__  # type: ignore[attr-defined]
    sys.path.insert(0, str(tmp_path))
    try:
        import committee_notes  # type: ignore[import-not-found]  # noqa: F401
    finally:
        sys.path.remove(str(tmp_path))
        sys.modules.pop("committee_notes", None)
    assert "committee_notes" not in sys.modules["__feature__"].pyside_feature_dict


def test_the_windows_frame_and_its_theme_are_not_read_by_pyside_before_the_first_paint(
    tmp_path: Path,
) -> None:
    """As run_gui starts: PySide's import hook is off before the window's own modules (its
    theme, language and resources included) are imported."""
    probe = (
        "import sys\n"
        "from mentordesk.gui.app import create_application\n"
        "from mentordesk.gui.loading import import_without_pyside_checks\n"
        "import_without_pyside_checks()\n"
        "from mentordesk.gui.main_window import MainWindow\n"
        "app = create_application()\n"
        "window = MainWindow(opening='year.db')\n"
        "read = sys.modules['__feature__'].pyside_feature_dict\n"
        "print(sorted(m for m in read if m.startswith('mentordesk')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)},
    )
    assert done.returncode == 0, done.stderr
    read = set(ast.literal_eval(done.stdout.strip().splitlines()[-1]))
    # Only what gui.app imports beside PySide, and the module that takes the hook off.
    assert read <= {
        "mentordesk",
        "mentordesk.core.errors",
        "mentordesk.core.sentences",  # the errors' words: plain Python
        "mentordesk.core.paths",
        "mentordesk.gui.loading",
        "mentordesk.gui.forms.load_plan",
    }
