"""The pairing board as a list: each mentor's row and a row per pair, sorted by a click on a
column, searched and filtered with the board's own search box and filter, and an edit moving
only the rows it touched."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHeaderView, QToolButton
from pytestqt.qtbot import QtBot

import mentordesk.gui.pairing.area as pairing_area
from mentordesk.core.matching.pairs import board_state
from mentordesk.core.storage.database import Database
from mentordesk.gui.context import AppContext
from mentordesk.gui.pairing import PairingArea
from mentordesk.gui.pairing.models import MENTEE_ID_ROLE
from tests.factories import make_active_pair, make_application, make_cohort


@pytest.fixture
def board(
    db: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[PairingArea, dict[str, int]]]:
    """Grace takes 2 and has Ada (locked) and Bob, Hal takes 1 and has Cy, Ivy takes 1 and
    has no one, Dee waits; the board is read (and its list prepared) in the background."""
    monkeypatch.setattr(pairing_area, "READ_IN_BACKGROUND_FROM", 1)
    with db.transaction() as s:
        cohort = make_cohort(s, preset="association")
        grace = make_application(
            s, cohort, "mentor", first_name="Grace", last_name="Hopper", capacity=2
        )
        hal = make_application(s, cohort, "mentor", first_name="Hal", last_name="Abelson")
        ivy = make_application(s, cohort, "mentor", first_name="Ivy", last_name="Chen")
        ada = make_application(s, cohort, "mentee", first_name="Ada", last_name="Lovelace")
        bob = make_application(s, cohort, "mentee", first_name="Bob", last_name="Arthur")
        cy = make_application(s, cohort, "mentee", first_name="Cy", last_name="Young")
        make_application(s, cohort, "mentee", first_name="Dee", last_name="Waits")
        make_active_pair(s, cohort, mentor=grace, mentee=ada, score=0.9, locked=True)
        make_active_pair(s, cohort, mentor=grace, mentee=bob, score=0.4)
        make_active_pair(s, cohort, mentor=hal, mentee=cy, score=0.7)
        ids = {
            "cohort": cohort.id,
            "grace": grace.id,
            "hal": hal.id,
            "ivy": ivy.id,
            "ada": ada.id,
            "bob": bob.id,
            "cy": cy.id,
        }
    area = PairingArea(AppContext(db, QUndoStack()))
    qtbot.addWidget(area)
    area.resize(1200, 700)
    area.show()
    area.set_cohort(ids["cohort"])
    qtbot.waitUntil(lambda: not area.loading, timeout=10_000)
    yield area, ids


def _show_list(area: PairingArea, qtbot: QtBot) -> None:
    button = next(
        b for b in area.findChildren(QToolButton) if b.defaultAction() is area.list_action
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(area.board_view.isVisible)


def _rows(area: PairingArea) -> list[tuple[str, str, str]]:
    """(mentor, mentee, score) of each row as shown; a mentor's own row has no mentee."""
    model = area.board_view.model()
    return [
        (
            str(model.index(r, 0).data()),
            str(model.index(r, 1).data()),
            str(model.index(r, 2).data()),
        )
        for r in range(model.rowCount())
    ]


def _click_header(area: PairingArea, qtbot: QtBot, column: int) -> None:
    header: QHeaderView = area.board_view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def _pairs(area: PairingArea) -> dict[int, int]:
    with area.context.database.reading() as s:
        state = board_state(s, area.cohort_id or 0)
    return {p.mentee_id: p.mentor_id for p in state.pairs}


def test_the_list_shows_every_mentor_and_pair_sorts_by_a_column_and_filters(
    board: tuple[PairingArea, dict[str, int]], qtbot: QtBot
) -> None:
    area, ids = board
    _show_list(area, qtbot)
    # The view shows the board's rows directly: no proxy between them.
    assert area.board_view.model() is area.board_model
    natural = _rows(area)
    assert sorted(natural) == sorted(
        [
            ("Grace Hopper", "", ""),
            ("Grace Hopper", "Ada Lovelace", "0.90"),
            ("Grace Hopper", "Bob Arthur", "0.40"),
            ("Hal Abelson", "", ""),
            ("Hal Abelson", "Cy Young", "0.70"),
            ("Ivy Chen", "", ""),
        ]
    )
    # Each mentor's row comes first, then their mentees by name.
    grace = natural.index(("Grace Hopper", "", ""))
    assert natural[grace + 1 : grace + 3] == [
        ("Grace Hopper", "Ada Lovelace", "0.90"),
        ("Grace Hopper", "Bob Arthur", "0.40"),
    ]
    free = {
        str(area.board_model.index(r, 0).data()): area.board_model.index(r, 4).data()
        for r in range(area.board_model.rowCount())
        if not area.board_model.index(r, 1).data()
    }
    assert free == {
        "Grace Hopper": "0 of 2 free",
        "Hal Abelson": "0 of 1 free",
        "Ivy Chen": "1 of 1 free",
    }

    # A click on Score sorts the pairs by score, a second the other way round; the pair
    # chosen stays chosen wherever its row goes.
    area.select_mentees([ids["ada"]])
    _click_header(area, qtbot, 2)
    assert area.selected_mentees() == [ids["ada"]]
    current = area.board_view.currentIndex()
    assert current.siblingAtColumn(1).data() == "Ada Lovelace"
    scores = [s for _m, mentee, s in _rows(area) if mentee]
    column, order = area.board_model.sorted_by
    assert column == 2
    ascending = order == Qt.SortOrder.AscendingOrder
    assert scores == sorted(scores, reverse=not ascending)
    _click_header(area, qtbot, 2)
    assert [s for _m, mentee, s in _rows(area) if mentee] == sorted(scores, reverse=ascending)
    # A third click gives the board's own order back.
    _click_header(area, qtbot, 2)
    assert area.board_model.sorted_by[0] == -1
    assert _rows(area) == natural

    # The board's search box finds a mentee's pair (and a mentor's rows by the mentor).
    qtbot.keyClicks(area.search_edit, "lovelace")
    assert _rows(area) == [("Grace Hopper", "Ada Lovelace", "0.90")]
    area.search_edit.clear()
    qtbot.keyClicks(area.search_edit, "abelson")
    assert _rows(area) == [("Hal Abelson", "", ""), ("Hal Abelson", "Cy Young", "0.70")]
    area.search_edit.clear()
    assert _rows(area) == natural
    # The filter: locked pairs only, then mentors with free places (with their pairs).
    area.filter_combo.setCurrentIndex(area.filter_combo.findText("Locked pairs"))
    assert _rows(area) == [("Grace Hopper", "Ada Lovelace", "0.90")]
    area.filter_combo.setCurrentIndex(area.filter_combo.findText("Mentors with free places"))
    assert _rows(area) == [("Ivy Chen", "", "")]


def test_an_edit_in_the_sorted_list_moves_only_its_rows(
    board: tuple[PairingArea, dict[str, int]], qtbot: QtBot
) -> None:
    area, ids = board
    _show_list(area, qtbot)
    _click_header(area, qtbot, 1)  # by mentee
    resets: list[str] = []
    area.board_model.modelReset.connect(lambda: resets.append("reset"))
    view = area.board_view
    row = next(
        r
        for r in range(area.board_model.rowCount())
        if area.board_model.index(r, 0).data(MENTEE_ID_ROLE) == ids["cy"]
    )
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.visualRect(area.board_model.index(row, 1)).center(),
    )
    assert area.selected_mentees() == [ids["cy"]]
    # Delete sends Cy back to the unassigned column: Cy's row goes, Hal has a free place.
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: ids["cy"] not in _pairs(area))
    assert ("Hal Abelson", "Cy Young", "0.70") not in _rows(area)
    hal = area.board_model.mentor_index(ids["hal"])
    assert hal.siblingAtColumn(4).data() == "1 of 1 free"
    assert area.board_model.sorted_by[0] == 1  # still sorted as the committee chose
    mentees = [mentee for _m, mentee, _s in _rows(area) if mentee]
    assert mentees == sorted(mentees)
    # Undo brings the row back where the sort puts it; the table was never shown anew.
    area.context.undo_stack.undo()
    assert ("Hal Abelson", "Cy Young") in [(m, mentee) for m, mentee, _s in _rows(area)]
    mentees = [mentee for _m, mentee, _s in _rows(area) if mentee]
    assert mentees == sorted(mentees) and "Cy Young" in mentees
    hal = area.board_model.mentor_index(ids["hal"])
    assert hal.siblingAtColumn(4).data() == "0 of 1 free"
    assert resets == []


def test_an_edit_in_the_board_order_moves_only_that_mentors_rows(
    board: tuple[PairingArea, dict[str, int]], qtbot: QtBot
) -> None:
    area, ids = board
    _show_list(area, qtbot)
    natural = _rows(area)
    resets: list[str] = []
    area.board_model.modelReset.connect(lambda: resets.append("reset"))
    # Ivy's row, selected, keeps its place while Cy leaves Hal.
    view = area.board_view
    ivy = area.board_model.mentor_index(ids["ivy"])
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(ivy).center())
    assert area.move_mentees([ids["cy"]], None)
    assert _rows(area) == [row for row in natural if row[1] != "Cy Young"]
    selected = view.selectionModel().selectedRows(0)
    assert [i.data() for i in selected] == ["Ivy Chen"]
    # Cy goes to Ivy instead: Ivy's run grows by one row, under her own.
    assert area.move_mentees([ids["cy"]], ids["ivy"])
    rows = _rows(area)
    ivy_at = rows.index(("Ivy Chen", "", ""))
    assert rows[ivy_at + 1][:2] == ("Ivy Chen", "Cy Young")
    assert area.board_model.mentor_index(ids["ivy"]).siblingAtColumn(4).data() == "0 of 1 free"
    assert resets == []
    area.context.undo_stack.undo()
    area.context.undo_stack.undo()
    assert [r[:2] for r in _rows(area)] == [r[:2] for r in natural]
