"""The committee asks for the optimal pairing of a cohort too big for one edit at a time:
the suggestion, its comparison with the board and every row of the dialog are worked out in
a worker; the dialog sorts, checks and explains its rows; Accept all saves in a worker as
one step; Cancel while it computes changes nothing."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QProgressDialog, QPushButton, QTableView
from pytestqt.qtbot import QtBot

import mentordesk.gui.pairing.area as pairing_area
from mentordesk.core.matching.pairs import board_state, change_board
from mentordesk.core.storage.database import Database
from mentordesk.core.storage.models import Application
from mentordesk.gui.context import AppContext
from mentordesk.gui.pairing import PairingArea
from mentordesk.gui.pairing.proposal_dialog import PROPOSED_SCORE, ProposalDialog
from tests.factories import make_active_pair, make_application, make_cohort

MENTORS, MENTEES = 30, 60


@pytest.fixture
def call(
    db: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[PairingArea, int]]:
    """An association's call of 90 (30 mentors taking two mentees each, 60 mentees), none
    paired yet, on a board read in the background as a big cohort's is."""
    monkeypatch.setattr(pairing_area, "READ_IN_BACKGROUND_FROM", 1)
    with db.transaction() as s:
        cohort = make_cohort(s, preset="association")
        for n in range(MENTORS):
            make_application(
                s, cohort, "mentor", first_name=f"Mentor{n:02d}", last_name="Lane", capacity=2
            )
        for n in range(MENTEES):
            make_application(s, cohort, "mentee", first_name=f"Mentee{n:02d}", last_name="Park")
        cohort_id = cohort.id
    area = PairingArea(AppContext(db, QUndoStack()))
    qtbot.addWidget(area)
    area.resize(1024, 700)
    area.show()
    area.set_cohort(cohort_id)
    qtbot.waitUntil(lambda: not area.loading, timeout=10_000)
    yield area, cohort_id


def _pairs(area: PairingArea) -> dict[int, int]:
    with area.context.database.reading() as s:
        state = board_state(s, area.cohort_id or 0)
    return {p.mentee_id: p.mentor_id for p in state.pairs}


def _click_suggest(area: PairingArea, qtbot: QtBot) -> None:
    button = area.toolbar.widgetForAction(area.suggest_action)
    assert button is not None and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _click_cell(qtbot: QtBot, view: QTableView, row: int, column: int) -> None:
    rect = view.visualRect(view.model().index(row, column))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _scores(view: QTableView) -> list[float]:
    model = view.model()
    return [float(model.index(r, PROPOSED_SCORE).data() or -1) for r in range(model.rowCount())]


def test_suggest_is_worked_out_in_a_worker_and_accept_all_saves_in_one_step(
    call: tuple[PairingArea, int], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    area, _ = call
    prepared_in: list[int] = []
    saved_in: list[int] = []
    real_prepare = pairing_area.prepare_proposal

    def preparing(*args: Any) -> Any:
        prepared_in.append(threading.get_ident())
        return real_prepare(*args)

    def saving(*args: Any) -> Any:
        saved_in.append(threading.get_ident())
        return change_board(*args)

    monkeypatch.setattr(pairing_area, "prepare_proposal", preparing)
    monkeypatch.setattr(pairing_area, "change_board", saving)
    resets: list[str] = []
    area.board_model.modelReset.connect(lambda: resets.append("board"))

    _click_suggest(area, qtbot)
    qtbot.waitUntil(lambda: area.proposal_dialog is not None, timeout=20_000)
    dialog = area.proposal_dialog
    assert isinstance(dialog, ProposalDialog)
    qtbot.waitUntil(dialog.isVisible)
    # The rows were worked out with the matching, off the GUI thread; the board, found as
    # it is shown, is not drawn again.
    assert len(prepared_in) == 1 and prepared_in[0] != threading.get_ident()
    assert resets == []
    view = dialog.ui.changesView
    model = view.model()
    assert model.rowCount() == len(dialog.changes) == MENTEES  # two mentees per mentor
    assert "matches 60 of 60 mentees" in dialog.ui.summaryLabel.text()
    assert "60 changes to the board" in dialog.ui.summaryLabel.text()
    assert all(
        model.index(r, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        for r in range(model.rowCount())
    )
    assert model.index(0, 1).data() == "(unassigned)"

    # A click on "Proposed score" sorts by the score, a second click the other way.
    header = view.horizontalHeader()
    x = header.sectionViewportPosition(PROPOSED_SCORE) + header.sectionSize(PROPOSED_SCORE) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    first = _scores(view)
    assert first in (sorted(first), sorted(first, reverse=True))
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert _scores(view) == list(reversed(first))

    # A row says why: the proposed pair's score in parts.
    _click_cell(qtbot, view, 3, 2)
    mentee, mentor = model.index(3, 0).data(), model.index(3, 2).data()
    explanation = dialog.ui.explanationLabel.text()
    assert explanation.startswith(f"{mentee} with {mentor}: ")
    assert "×" in explanation  # each component with its weight

    # Check none leaves nothing to accept; Accept all takes every row anyway.
    qtbot.mouseClick(dialog.ui.checkNoneButton, Qt.MouseButton.LeftButton)
    assert not dialog.accept_checked_button.isEnabled()
    qtbot.mouseClick(dialog.accept_all_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: len(_pairs(area)) == MENTEES, timeout=20_000)
    qtbot.waitUntil(lambda: area.proposal_dialog is None)
    assert len(saved_in) == 1 and saved_in[0] != threading.get_ident()  # in a worker
    assert resets == ["board"]  # one model reset shows the whole suggestion
    assert area.snapshot is not None and len(area.snapshot.pair) == MENTEES
    area.context.undo_stack.undo()
    qtbot.waitUntil(lambda: not _pairs(area), timeout=20_000)


def test_accept_checked_takes_only_the_rows_left_checked(
    call: tuple[PairingArea, int], qtbot: QtBot
) -> None:
    area, _ = call
    _click_suggest(area, qtbot)
    qtbot.waitUntil(lambda: area.proposal_dialog is not None, timeout=20_000)
    dialog = area.proposal_dialog
    assert dialog is not None
    view = dialog.ui.changesView
    model = view.model()
    # Untick the first two rows with the keyboard, as a committee member would.
    for row in (0, 1):
        view.setCurrentIndex(model.index(row, 0))
        qtbot.keyClick(view, Qt.Key.Key_Space)
    unticked = {int(model.index(r, 0).data(pairing_area.MENTEE_ID_ROLE)) for r in (0, 1)}
    assert all(
        model.index(r, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
        for r in (0, 1)
    )
    # A range chosen with Shift is unticked with one Space, whichever cell has the focus.
    _click_cell(qtbot, view, 10, 2)
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ShiftModifier,
        view.visualRect(model.index(14, 2)).center(),
    )
    assert len(view.selectionModel().selectedRows()) == 5
    qtbot.keyClick(view, Qt.Key.Key_Space)
    unticked |= {int(model.index(r, 0).data(pairing_area.MENTEE_ID_ROLE)) for r in range(10, 15)}
    assert [model.index(r, 0).data(Qt.ItemDataRole.CheckStateRole) for r in range(9, 16)] == [
        Qt.CheckState.Checked,
        *[Qt.CheckState.Unchecked] * 5,
        Qt.CheckState.Checked,
    ]
    qtbot.mouseClick(dialog.accept_checked_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_pairs(area)) == MENTEES - 7, timeout=20_000)
    assert not unticked & set(_pairs(area))


def test_cancel_while_the_suggestion_is_computed_changes_nothing(
    call: tuple[PairingArea, int], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    area, _ = call
    started, go = threading.Event(), threading.Event()
    real_solve = pairing_area.solve

    def slow_solve(*args: Any) -> Any:
        started.set()
        go.wait(10)
        return real_solve(*args)

    monkeypatch.setattr(pairing_area, "solve", slow_solve)
    _click_suggest(area, qtbot)
    qtbot.waitUntil(started.is_set, timeout=10_000)
    progress = area.findChild(QProgressDialog)
    assert progress is not None
    qtbot.waitUntil(progress.isVisible, timeout=5_000)
    cancel = progress.findChild(QPushButton)
    assert cancel is not None
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    go.set()
    qtbot.waitUntil(lambda: "Suggestion cancelled" in area.status_label.text(), timeout=10_000)
    assert area.proposal_dialog is None
    assert _pairs(area) == {}


def test_a_mentee_the_suggestion_leaves_without_a_mentor_is_shown_why_and_waitlisted(
    db: Database, qtbot: QtBot
) -> None:
    """Grace takes one mentee: the optimum gives her Bob (grants, like her) and leaves Ada,
    paired with her as a draft, without a mentor; accepted with the waitlist option, Ada
    waits with the reason."""
    with db.transaction() as s:
        cohort = make_cohort(s, preset="staff", start=date(2027, 1, 11), end=date(2027, 12, 17))
        grace = make_application(
            s, cohort, "mentor", first_name="Grace", last_name="Hopper", expertise="grants"
        )
        ada = make_application(
            s, cohort, "mentee", first_name="Ada", last_name="Lovelace", interests="knitting"
        )
        bob = make_application(
            s, cohort, "mentee", first_name="Bob", last_name="Arthur", interests="grants"
        )
        make_active_pair(s, cohort, mentor=grace, mentee=ada, score=0.1)
        cohort_id, ada_id, bob_id, grace_id = cohort.id, ada.id, bob.id, grace.id
    area = PairingArea(AppContext(db, QUndoStack()))
    qtbot.addWidget(area)
    area.resize(1024, 700)
    area.show()
    area.set_cohort(cohort_id)
    qtbot.waitUntil(lambda: not area.loading, timeout=10_000)

    _click_suggest(area, qtbot)
    qtbot.waitUntil(lambda: area.proposal_dialog is not None, timeout=20_000)
    dialog = area.proposal_dialog
    assert dialog is not None
    view = dialog.ui.changesView
    model = view.model()
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    assert set(rows) == {"Ada Lovelace", "Bob Arthur"}
    ada_row = rows["Ada Lovelace"]
    assert model.index(ada_row, 1).data() == "Grace Hopper"
    assert model.index(ada_row, 2).data().startswith("(no mentor) ")
    assert model.index(ada_row, 3).data() == "0.10"
    _click_cell(qtbot, view, ada_row, 0)
    explanation = dialog.ui.explanationLabel.text()
    assert explanation.startswith("Ada Lovelace is left without a mentor: ")
    assert explanation.endswith("Now with Grace Hopper (0.10).")

    if not dialog.ui.waitlistCheck.isChecked():
        qtbot.mouseClick(dialog.ui.waitlistCheck, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.accept_checked_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _pairs(area) == {bob_id: grace_id}, timeout=10_000)
    with db.reading() as s:
        waiting = s.get(Application, ada_id)
        assert waiting is not None and waiting.status.value == "waitlisted"
        assert waiting.status_reason
