"""A big cohort's pairing board never holds the window: it is read off the GUI thread while
the board says so in place, an edit redraws only the mentors and mentees it touched, and
accepting a whole suggestion (and its undo and redo) runs in a worker as one step."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

import mentordesk.gui.pairing.area as pairing_area
from mentordesk.core.matching.pairs import board_state
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
