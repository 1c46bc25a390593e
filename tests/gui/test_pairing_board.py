"""The committee pairs mentees on the board: drags, the keyboard, undo, the optimizer's suggestion."""

from __future__ import annotations

import warnings
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel
from pytestqt.qtbot import QtBot

from mentordesk.core.matching.pairs import board_state
from mentordesk.core.storage.database import Database
from mentordesk.gui.context import AppContext
from mentordesk.gui.pairing import PairingArea
from mentordesk.gui.pairing.models import MENTEE_ID_ROLE, MENTOR_ID_ROLE, REFUSAL_ROLE
from tests.factories import make_application, make_cohort, make_draft_pairing


@pytest.fixture
def board(db: Database, qtbot: QtBot) -> Iterator[tuple[PairingArea, dict[str, int]]]:
    with db.transaction() as s:
        cohort = make_cohort(s, preset="staff")
        grace = make_application(
            s, cohort, "mentor", first_name="Grace", email="grace@hsc.org", expertise="grants"
        )
        boss = make_application(
            s, cohort, "mentor", first_name="Boss", email="boss@hsc.org", expertise="budgets"
        )
        ada = make_application(
            s,
            cohort,
            "mentee",
            first_name="Ada",
            interests="grants",
            supervisor_email="boss@hsc.org",
        )
        bob = make_application(s, cohort, "mentee", first_name="Bob", interests="budgets")
        ids = {
            "cohort": cohort.id,
            "grace": grace.id,
            "boss": boss.id,
            "ada": ada.id,
            "bob": bob.id,
        }
    area = PairingArea(AppContext(db, QUndoStack()))
    qtbot.addWidget(area)
    area.resize(1000, 600)
    area.show()
    area.set_cohort(ids["cohort"])
    area.show_as_list(True)  # these tests drive the list; the cards have tests of their own
    yield area, ids


def _pairs(area: PairingArea) -> dict[int, int]:
    with area.context.database.reading() as s:
        state = board_state(s, area.cohort_id or 0)
    return {p.mentee_id: p.mentor_id for p in state.pairs}


def _mentor_row(area: PairingArea, mentor_id: int) -> QModelIndex:
    return area.board_model.mentor_index(mentor_id)


def _drop_on(area: PairingArea, mime: QMimeData, mentor_id: int | None) -> bool:
    """Drag the mime data over the mentor's card (or the unassigned column) and drop it there,
    as Qt delivers a drag: enter, move, drop. True when the view took the drop."""
    if mentor_id is None:
        view: QAbstractItemView = area.unassigned_view
        pos = view.viewport().rect().center()
    else:
        view = area.board_view
        pos = view.visualRect(_mentor_row(area, mentor_id)).center()
    args = (
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # PySide flags these constructors
        enter = QDragEnterEvent(pos, *args)
        move = QDragMoveEvent(pos, *args)
    QApplication.sendEvent(view.viewport(), enter)
    QApplication.sendEvent(view.viewport(), move)
    if not move.isAccepted():
        QApplication.sendEvent(view.viewport(), QDragLeaveEvent())
        return False
    drop = QDropEvent(QPointF(pos), *args)
    QApplication.sendEvent(view.viewport(), drop)
    return drop.isAccepted()


def test_dragging_a_mentee_onto_a_mentor_pairs_them_and_undo_redo(
    board: tuple[PairingArea, dict[str, int]], qtbot: QtBot
) -> None:
    area, ids = board
    row = area.unassigned_model.row_of(ids["bob"])
    mime = area.unassigned_model.mimeData([area.unassigned_model.index(row)])
    assert _drop_on(area, mime, ids["grace"])
    qtbot.waitUntil(lambda: _pairs(area) == {ids["bob"]: ids["grace"]})
    assert area.unassigned_model.row_of(ids["bob"]) == -1
    # Between mentors, then back to the unassigned column.
    mime = area.board_model.mimeData([area.board_model.mentee_index(ids["bob"])])
    assert _drop_on(area, mime, ids["boss"])
    qtbot.waitUntil(lambda: _pairs(area) == {ids["bob"]: ids["boss"]})
    mime = area.board_model.mimeData([area.board_model.mentee_index(ids["bob"])])
    assert _drop_on(area, mime, None)
    qtbot.waitUntil(lambda: _pairs(area) == {})
    stack = area.context.undo_stack
    assert stack.count() == 3
    stack.undo()
    assert _pairs(area) == {ids["bob"]: ids["boss"]}
    stack.undo()
    assert _pairs(area) == {ids["bob"]: ids["grace"]}
    stack.redo()
    assert _pairs(area) == {ids["bob"]: ids["boss"]}
    assert area.board_model.mentee_index(ids["bob"]).isValid()


def test_while_dragging_cards_show_the_score_and_refuse_a_hard_rule_saying_which(
    board: tuple[PairingArea, dict[str, int]], qtbot: QtBot
) -> None:
    area, ids = board
    area.preview_drag([ids["ada"]])
    boss_row = _mentor_row(area, ids["boss"])
    grace_row = _mentor_row(area, ids["grace"])
    refusal = boss_row.data(REFUSAL_ROLE)
    assert "supervisor" in refusal
    assert boss_row.siblingAtColumn(3).data() == refusal
    assert grace_row.data(REFUSAL_ROLE) is None
    assert grace_row.siblingAtColumn(2).data().startswith("→ ")
    assert "Interests and expertise" in grace_row.data(Qt.ItemDataRole.ToolTipRole)
    area.explain_drop_target(boss_row)
    assert "supervisor" in area.status_label.text()
    area.preview_drag([])
    row = area.unassigned_model.row_of(ids["ada"])
    mime = area.unassigned_model.mimeData([area.unassigned_model.index(row)])
    assert not _drop_on(area, mime, ids["boss"])
    assert "Cannot drop here" in area.status_label.text()
    qtbot.wait(10)
    assert _pairs(area) == {}
    assert area.context.undo_stack.count() == 0


def test_keyboard_assign_lock_confirm_and_undo(
    board: tuple[PairingArea, dict[str, int]], qtbot: QtBot
) -> None:
    area, ids = board
    area.select_mentees([ids["ada"]])
    assert area.selected_mentees() == [ids["ada"]]
    qtbot.keyClick(area.unassigned_view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: area.assign_dialog is not None)
    dialog = area.assign_dialog
    assert dialog is not None
    # The supervisor is refused; Grace (the only one allowed) is chosen with the keyboard.
    qtbot.keyClicks(dialog.ui.searchEdit, "gra")
    assert dialog.mentor_id == ids["grace"]
    qtbot.keyClick(dialog.ui.searchEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _pairs(area) == {ids["ada"]: ids["grace"]})
    # The dialog is gone and its window with it: the board's window is the active one again
    # (a window manager does this; the offscreen platform is told).
    area.activateWindow()
    qtbot.waitUntil(area.isActiveWindow)
    # The pair is selected on its card now: lock and confirm with the keyboard.
    assert area.selected_mentees() == [ids["ada"]]
    qtbot.keyClick(area.board_view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(area.board_view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    pair = area.snapshot.pair[ids["ada"]] if area.snapshot else None
    assert pair is not None and pair.locked and pair.confirmed
    assert (
        "Locked · Confirmed" in area.board_model.mentee_index(ids["ada"]).siblingAtColumn(3).data()
    )
    # A locked pair cannot go back to the unassigned column.
    qtbot.keyClick(area.board_view, Qt.Key.Key_Delete)
    assert "locked" in area.status_label.text()
    assert _pairs(area) == {ids["ada"]: ids["grace"]}
    # The agreement came back signed: Ctrl+Shift+S marks it, the Pair column shows the date.
    qtbot.keyClick(
        area.board_view,
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    signed = area.board_model.mentee_index(ids["ada"]).siblingAtColumn(3).data()
    assert "Signed 20" in signed
    stack = area.context.undo_stack
    stack.undo()
    assert (
        "Agreement not signed"
        in area.board_model.mentee_index(ids["ada"]).siblingAtColumn(3).data()
    )
    stack.undo()
    stack.undo()
    pair = area.snapshot.pair[ids["ada"]] if area.snapshot else None
    assert pair is not None and not pair.locked and not pair.confirmed
    qtbot.keyClick(area.board_view, Qt.Key.Key_Delete)
    assert _pairs(area) == {}


def test_suggest_pairing_shows_the_diff_and_accepts_some(
    board: tuple[PairingArea, dict[str, int]], qtbot: QtBot
) -> None:
    area, ids = board
    area.suggest()
    qtbot.waitUntil(lambda: area.proposal_dialog is not None, timeout=10_000)
    dialog = area.proposal_dialog
    assert dialog is not None
    assert {c.mentee_id for c in dialog.changes} == {ids["ada"], ids["bob"]}
    dialog.set_checked(ids["bob"], False)
    qtbot.mouseClick(dialog.accept_checked_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: area.proposal_dialog is None)
    assert _pairs(area) == {ids["ada"]: ids["grace"]}
    area.context.undo_stack.undo()
    assert _pairs(area) == {}


def test_search_and_filter_on_the_board(
    board: tuple[PairingArea, dict[str, int]], db: Database
) -> None:
    area, ids = board
    with db.transaction() as s:
        from mentordesk.core.storage.models import Application

        grace = s.get(Application, ids["grace"])
        bob = s.get(Application, ids["bob"])
        assert grace is not None and bob is not None
        make_draft_pairing(s, grace, bob, confirmed=True)
    area.refresh()
    area.search_edit.setText("boss")
    model = area.board_model
    shown = [model.index(r, 0).data(MENTOR_ID_ROLE) for r in range(model.rowCount())]
    assert shown == [ids["boss"]]
    area.search_edit.setText("")
    area.filter_combo.setCurrentIndex(1)  # mentors with free places
    shown = [model.index(r, 0).data(MENTOR_ID_ROLE) for r in range(model.rowCount())]
    assert shown == [ids["boss"]]
    area.filter_combo.setCurrentIndex(3)  # agreements not signed: the pair's row
    assert model.rowCount() == 1
    assert model.index(0, 0).data(MENTOR_ID_ROLE) == ids["grace"]
    assert model.index(0, 1).data().startswith("Bob ")


def test_ending_a_pair_for_a_rematch_frees_the_mentee_and_can_be_undone(
    board: tuple[PairingArea, dict[str, int]], qtbot: QtBot
) -> None:
    area, ids = board
    assert area.move_mentees([ids["ada"]], ids["grace"])
    area.select_mentees([ids["ada"]])
    qtbot.keyClick(
        area.board_view,
        Qt.Key.Key_E,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: area.rematch_dialog is not None)
    dialog = area.rematch_dialog
    assert dialog is not None
    assert dialog.mentor_id is None  # Boss supervises Ada: no other mentor is allowed
    hint = dialog.findChild(QLabel, "noMentorHint")
    assert hint is not None and "No other mentor has a free slot" in hint.text()
    qtbot.keyClicks(dialog.reason_edit, "different goals")
    dialog.accept()
    qtbot.waitUntil(lambda: _pairs(area) == {})
    assert area.unassigned_model.row_of(ids["ada"]) >= 0
    # They were paired before: the board refuses to put them together again.
    area.preview_drag([ids["ada"]])
    assert "paired before" in _mentor_row(area, ids["grace"]).data(REFUSAL_ROLE)
    area.preview_drag([])
    area.context.undo_stack.undo()
    assert _pairs(area) == {ids["ada"]: ids["grace"]}
    area.context.undo_stack.redo()
    assert _pairs(area) == {}


def test_the_search_box_finds_waiting_mentees_too_and_keeps_finding_them_after_an_edit(
    board: tuple[PairingArea, dict[str, int]], qtbot: QtBot
) -> None:
    area, ids = board
    column = area.unassigned_view.model()

    def waiting_shown() -> list[int]:
        return [column.index(r, 0).data(MENTEE_ID_ROLE) for r in range(column.rowCount())]

    assert sorted(waiting_shown()) == sorted([ids["ada"], ids["bob"]])
    qtbot.keyClicks(area.search_edit, "BUDG")  # Bob's interests, in any case
    assert waiting_shown() == [ids["bob"]]
    assert area.unassigned_label.text() == "Unassigned mentees: 2"  # both still wait

    assert area.move_mentees([ids["bob"]], ids["grace"])
    assert waiting_shown() == []
    assert area.unassigned_label.text() == "Unassigned mentees: 1"
    area.context.undo_stack.undo()
    assert waiting_shown() == [ids["bob"]]  # back, and still found

    area.search_edit.clear()
    assert sorted(waiting_shown()) == sorted([ids["ada"], ids["bob"]])
