"""A big cohort's pairing board never holds the window: it is read off the GUI thread while
the board says so in place, an edit redraws only the mentors and mentees it touched, and
accepting a whole suggestion (and its undo and redo) runs in a worker as one step."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

import mentordesk.gui.pairing.area as pairing_area
from mentordesk.core.matching.pairs import board_state, change_board
from mentordesk.core.storage.database import Database
from mentordesk.gui.context import AppContext
from mentordesk.gui.pairing import PairingArea
from tests.factories import make_active_pair, make_application, make_cohort


@pytest.fixture
def big(
    db: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[PairingArea, dict[str, int]]]:
    """A cohort the board treats as big (read in the background from 1 application on):
    Grace takes 3 and has Ada, Hal takes 1, Bob and Cy wait."""
    monkeypatch.setattr(pairing_area, "READ_IN_BACKGROUND_FROM", 1)
    with db.transaction() as s:
        cohort = make_cohort(s, preset="association")
        grace = make_application(
            s, cohort, "mentor", first_name="Grace", last_name="Hopper", capacity=3
        )
        hal = make_application(s, cohort, "mentor", first_name="Hal", last_name="Abelson")
        ada = make_application(s, cohort, "mentee", first_name="Ada", last_name="Lovelace")
        bob = make_application(s, cohort, "mentee", first_name="Bob", last_name="Arthur")
        cy = make_application(s, cohort, "mentee", first_name="Cy", last_name="Young")
        make_active_pair(s, cohort, mentor=grace, mentee=ada, score=0.9)
        ids = {
            "cohort": cohort.id,
            "grace": grace.id,
            "hal": hal.id,
            "ada": ada.id,
            "bob": bob.id,
            "cy": cy.id,
        }
    area = PairingArea(AppContext(db, QUndoStack()))
    qtbot.addWidget(area)
    area.resize(1024, 700)
    area.show()
    yield area, ids


def _pairs(area: PairingArea) -> dict[int, int]:
    with area.context.database.reading() as s:
        state = board_state(s, area.cohort_id or 0)
    return {p.mentee_id: p.mentor_id for p in state.pairs}


def test_a_big_board_is_read_in_the_background_and_says_so_in_place(
    big: tuple[PairingArea, dict[str, int]], qtbot: QtBot
) -> None:
    area, ids = big
    area.set_cohort(ids["cohort"])
    # The window is free at once; the board says it is reading and takes no edit meanwhile.
    assert area.loading
    assert area.reading_bar.isVisible()
    assert "Reading the pairing board" in area.reading_bar.format()
    assert not area.ui.splitter.isEnabled()
    qtbot.waitUntil(lambda: not area.loading, timeout=10_000)
    assert not area.reading_bar.isVisible()
    assert area.ui.splitter.isEnabled()
    assert [c.mentee_id for c in area.card_board.cards[ids["grace"]].chips] == [ids["ada"]]
    assert area.unassigned_model.row_of(ids["bob"]) >= 0

    # F5 reads again in the background: the board stays on screen meanwhile.
    area.reload_now()
    assert area.loading and area.snapshot is not None
    qtbot.waitUntil(lambda: not area.loading, timeout=10_000)
    assert ids["grace"] in area.card_board.cards


def test_an_edit_on_a_big_board_redraws_only_what_it_touched(
    big: tuple[PairingArea, dict[str, int]], qtbot: QtBot
) -> None:
    area, ids = big
    area.set_cohort(ids["cohort"])
    qtbot.waitUntil(lambda: not area.loading, timeout=10_000)
    hal_card = area.card_board.cards[ids["hal"]]
    resets: list[str] = []
    area.unassigned_model.modelReset.connect(lambda: resets.append("unassigned"))
    area.board_model.modelReset.connect(lambda: resets.append("board"))

    assert area.move_mentees([ids["bob"]], ids["grace"])

    assert _pairs(area) == {ids["ada"]: ids["grace"], ids["bob"]: ids["grace"]}
    assert not area.loading  # an edit never reads the whole board again
    assert resets == []
    assert area.unassigned_model.row_of(ids["bob"]) == -1
    assert area.unassigned_model.row_of(ids["cy"]) >= 0
    grace_card = area.card_board.cards[ids["grace"]]
    assert sorted(c.mentee_id for c in grace_card.chips) == sorted([ids["ada"], ids["bob"]])
    assert area.card_board.cards[ids["hal"]] is hal_card  # untouched: not built again
    assert area.card_board.selected == [ids["bob"]]

    # Undo puts Bob back in the unassigned column, again without rereading the board.
    area.context.undo_stack.undo()
    assert _pairs(area) == {ids["ada"]: ids["grace"]}
    assert area.unassigned_model.row_of(ids["bob"]) >= 0
    assert [c.mentee_id for c in area.card_board.cards[ids["grace"]].chips] == [ids["ada"]]
    assert resets == []


def test_accepting_a_whole_suggestion_runs_in_a_worker_as_one_step_with_one_reset(
    big: tuple[PairingArea, dict[str, int]], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    area, ids = big
    area.set_cohort(ids["cohort"])
    qtbot.waitUntil(lambda: not area.loading, timeout=10_000)
    area.suggest_action.trigger()
    qtbot.waitUntil(lambda: area.proposal_dialog is not None, timeout=20_000)
    dialog = area.proposal_dialog
    assert dialog is not None and len(dialog.changes) == 2  # Bob and Cy get a mentor
    resets: list[str] = []
    area.board_model.modelReset.connect(lambda: resets.append("board"))
    saved_in: list[int] = []

    def saving(*args: Any) -> Any:
        saved_in.append(threading.get_ident())
        return change_board(*args)

    monkeypatch.setattr(pairing_area, "change_board", saving)

    qtbot.mouseClick(dialog.accept_all_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: len(_pairs(area)) == 3, timeout=10_000)
    assert len(saved_in) == 1 and threading.get_ident() not in saved_in  # in a worker
    assert resets == ["board"]  # one model reset shows the whole suggestion
    assert area.unassigned_model.rowCount() == 0
    stack = area.context.undo_stack
    assert stack.count() == 1
    stack.undo()  # the undo runs in the worker too, and the stack waits for it
    assert _pairs(area) == {ids["ada"]: ids["grace"]}
    assert area.unassigned_model.rowCount() == 2
    stack.redo()
    assert len(_pairs(area)) == 3
    assert len(saved_in) == 3 and threading.get_ident() not in saved_in
    assert resets == ["board"] * 3


def test_a_board_read_no_one_will_see_stops_when_another_cohort_is_chosen(
    big: tuple[PairingArea, dict[str, int]],
    qtbot: QtBot,
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    area, ids = big
    with db.transaction() as s:
        other = make_cohort(s, preset="association", name="Next year")
        make_application(s, other, "mentor", first_name="Olga", last_name="Ladyzhenskaya")
        other_id = other.id
    first_read_may_end = threading.Event()
    prepared: list[int] = []
    reading = pairing_area.load_board

    def load_board(session: Any, cohort_id: int, progress: Any) -> Any:
        if cohort_id == ids["cohort"]:
            first_read_may_end.wait(10)  # the big read is still under way
        return reading(session, cohort_id, progress)

    preparing = pairing_area.BoardScores.prepare

    def prepare(self: Any) -> Any:
        prepared.append(self.inputs.cohort_id)
        return preparing(self)

    monkeypatch.setattr(pairing_area, "load_board", load_board)
    monkeypatch.setattr(pairing_area.BoardScores, "prepare", prepare)
    area.set_cohort(ids["cohort"])
    assert area.loading

    area.set_cohort(other_id)  # the committee turns to another cohort meanwhile
    first_read_may_end.set()

    qtbot.waitUntil(lambda: not area.loading, timeout=10_000)
    assert QThreadPool.globalInstance().waitForDone(10_000)  # both reads have ended
    assert prepared == [other_id]  # the first read stopped before preparing its board
    assert area.snapshot is not None and [m.name for m in area.snapshot.mentors] == [
        "Olga Ladyzhenskaya"
    ]
