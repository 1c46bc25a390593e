"""Opening a window on a big cohort reads its applications while the window is still being
built (on a second core), and the window shows that read, and what changed since."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from mentordesk.core.applications import first_read
from mentordesk.core.programs.cohorts import find_cohort
from mentordesk.core.storage.database import Database
from mentordesk.gui.app import WindowOpening
from mentordesk.gui.applicants import area as applicants_area
from mentordesk.gui.main_window import MainWindow
from tests.factories import make_application, make_cohort


@pytest.fixture
def big_rollout(db: Database, monkeypatch: pytest.MonkeyPatch) -> Database:
    """A cohort of three the window treats as big (read off the GUI thread, read ahead)."""
    monkeypatch.setattr(first_read, "READ_AHEAD_FROM", 2)
    monkeypatch.setattr(applicants_area, "READ_IN_BACKGROUND_FROM", 2)
    with db.transaction() as s:
        cohort = make_cohort(s, name="Rollout 2026")
        for role in ("mentor", "mentee", "mentee"):
            make_application(s, cohort, role)
    db.close()
    return db


def _recorded(function: Callable[..., Any], calls: list[str], then: Callable[[], None]) -> Any:
    def recorded(*args: Any) -> Any:
        calls.append(threading.current_thread().name)
        result = function(*args)
        then()
        return result

    return recorded


def _open(qtbot: QtBot, db: Database) -> MainWindow:
    window = MainWindow(opening="program.db")
    qtbot.addWidget(window)
    window.show()
    WindowOpening(window, str(db.path), cohort="Rollout 2026", ready_and_quit=False).start()
    qtbot.waitUntil(window.is_ready, timeout=60_000)
    return window


def test_the_cohort_is_read_while_the_window_is_built_not_after_it(
    qtbot: QtBot, big_rollout: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    read_ahead: list[str] = []
    read_begun = threading.Event()
    monkeypatch.setattr(
        first_read,
        "applications_and_mentors",
        _recorded(first_read.applications_and_mentors, read_ahead, lambda: None),
    )
    read_by_the_area: list[str] = []
    monkeypatch.setattr(
        applicants_area,
        "applications_and_mentors",
        _recorded(applicants_area.applications_and_mentors, read_by_the_area, lambda: None),
    )
    real_count = first_read.count_applications

    def counted(*args: Any) -> int:
        read_begun.set()
        return real_count(*args)

    monkeypatch.setattr(first_read, "count_applications", counted)
    began_first: list[bool] = []
    real_attach = MainWindow.attach

    def attach(window: MainWindow, *args: Any, **kwargs: Any) -> None:
        # A read that waited for the window's modules or for this would never begin here.
        began_first.append(read_begun.wait(30))
        real_attach(window, *args, **kwargs)

    monkeypatch.setattr(MainWindow, "attach", attach)
    window = _open(qtbot, big_rollout)
    assert began_first == [True]
    assert read_ahead == ["first read"]  # on a thread of its own, once
    assert read_by_the_area == []  # the area showed that read: no second one
    assert window.applicants.model.rowCount() == 3
    window.close()


def test_a_change_another_desk_saves_while_the_window_opens_is_shown(
    qtbot: QtBot, big_rollout: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def another_desk_adds_one() -> None:
        desk = Database(big_rollout.path, backups=False)
        with desk.transaction() as s:
            make_application(s, find_cohort(s, "Rollout 2026"), "mentee")
        desk.close()

    monkeypatch.setattr(
        first_read,
        "applications_and_mentors",
        _recorded(first_read.applications_and_mentors, [], another_desk_adds_one),
    )
    window = _open(qtbot, big_rollout)
    assert window.applicants.model.rowCount() == 3  # as read ahead
    assert window.other_desks.check()  # the mark is the read's: the change is news
    qtbot.waitUntil(lambda: window.applicants.model.rowCount() == 4, timeout=30_000)
    window.close()
