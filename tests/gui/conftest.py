"""GUI fixtures: Qt settings in a temporary folder, the app's resources, a main window."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from mentordesk.core.programs.cohorts import cohort_overviews
from mentordesk.core.storage.database import Database
from mentordesk.demo.cohorts import build_demo
from mentordesk.gui.app import create_application
from mentordesk.gui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _private_settings(tmp_path: Path, qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests read the window's English texts, whatever language the machine speaks.
    monkeypatch.setenv("MENTORDESK_LANG", "en")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    create_application()


def _is_a_bug(text: str) -> bool:
    return text.startswith("Unexpected error")  # the tests' window speaks English


@pytest.fixture(autouse=True)
def _bugs_fail_the_test_instead_of_waiting(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """A bug's message box ("Unexpected error: …") waits for a click no test makes, and the
    whole run would hang on it: the test fails with the box's text instead."""
    bugs: list[str] = []
    real = QMessageBox.critical

    def critical(
        parent: object, title: str, text: str, *args: object
    ) -> QMessageBox.StandardButton:
        if _is_a_bug(text):
            bugs.append(text)
            return QMessageBox.StandardButton.Ok
        return real(parent, title, text, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(QMessageBox, "critical", staticmethod(critical))
    yield bugs
    assert not bugs, f"the window showed a bug: {bugs}"


@pytest.fixture
def messages(
    monkeypatch: pytest.MonkeyPatch, _bugs_fail_the_test_instead_of_waiting: list[str]
) -> list[str]:
    """Message boxes the code shows, recorded instead of blocking the test (a bug's still
    fails the test)."""
    shown: list[str] = []

    def record(
        _parent: object, _title: str, text: str, *_args: object
    ) -> QMessageBox.StandardButton:
        if _is_a_bug(text):
            _bugs_fail_the_test_instead_of_waiting.append(text)
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(record))
    return shown


@pytest.fixture
def open_window(qtbot: QtBot) -> Iterator[Callable[[Database], MainWindow]]:
    windows: list[MainWindow] = []

    def make(database: Database) -> MainWindow:
        window = MainWindow(database)
        qtbot.addWidget(window)
        with qtbot.waitActive(window):  # shortcuts and focus need the active window
            window.show()
            window.activateWindow()
        windows.append(window)
        return window

    yield make


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo's three programs, built once per test module (a few seconds)."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    db = Database(path, create=True)
    with db.transaction() as s:
        build_demo(s)
    db.close()
    return path


@pytest.fixture
def demo(demo_path: Path, tmp_path: Path) -> Iterator[Database]:
    """A fresh copy of the demo for one test."""
    copy = tmp_path / "demo.db"
    copy.write_bytes(demo_path.read_bytes())
    db = Database(copy)
    yield db
    db.close()


@pytest.fixture
def staff_cohort(demo: Database) -> int:
    """The demo's staff rollout: every kind of event, rule and record."""
    with demo.reading() as s:
        overviews = cohort_overviews(s)
    return next(o.id for o in overviews if "Rollout" in o.name)
