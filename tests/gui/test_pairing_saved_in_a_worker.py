"""A single edit on the pairing board (a drag, its undo and redo) is saved in a worker while
the window keeps painting; the board shows it when saved, and a pair another desk changed
meanwhile is refused, said on the board, and shown as that desk left it."""

from __future__ import annotations

import threading
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

import mentordesk.gui.pairing.area as pairing_area
from mentordesk.core.matching.pairs import board_state, change_board, move_mentee
from mentordesk.core.storage.database import Database
from mentordesk.gui.context import AppContext
from mentordesk.gui.pairing import PairingArea
from mentordesk.gui.pairing.models import encode_mentees
from tests.factories import make_active_pair, make_application, make_cohort


@pytest.fixture
def board(db: Database, qtbot: QtBot) -> Iterator[tuple[PairingArea, dict[str, int]]]:
    """Grace has Ada, Hal has Bob; Ida has two free places. Every mentor takes two."""
    with db.transaction() as s:
        cohort = make_cohort(s, preset="association")
        mentors = {
            name: make_application(s, cohort, "mentor", first_name=name, last_name=last, capacity=2)
            for name, last in (("Grace", "Hopper"), ("Hal", "Abelson"), ("Ida", "Rhodes"))
        }
        ada = make_application(s, cohort, "mentee", first_name="Ada", last_name="Lovelace")
        bob = make_application(s, cohort, "mentee", first_name="Bob", last_name="Arthur")
        make_active_pair(s, cohort, mentor=mentors["Grace"], mentee=ada, score=0.9)
        make_active_pair(s, cohort, mentor=mentors["Hal"], mentee=bob, score=0.8)
        ids = {"cohort": cohort.id, "ada": ada.id, "bob": bob.id}
        ids |= {name.casefold(): m.id for name, m in mentors.items()}
    area = PairingArea(AppContext(db, QUndoStack()))
    qtbot.addWidget(area)
    area.resize(1024, 700)
    area.show()
    area.set_cohort(ids["cohort"])
    yield area, ids


@pytest.fixture
def saves(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> list[tuple[bool, bool]]:
    """Each board save, as (made off the GUI thread, the window painted meanwhile): the
    save waits until the window's event loop has turned while it runs."""
    made: list[tuple[bool, bool]] = []
    turned = threading.Event()
    beat = QTimer(interval=10)
    beat.timeout.connect(turned.set)
    beat.start()

    def saving(*args: Any) -> Any:
        turned.clear()
        off_gui_thread = threading.current_thread() is not threading.main_thread()
        # On the GUI thread the event loop cannot turn: give up after a while and say so.
        made.append((off_gui_thread, turned.wait(2 if off_gui_thread else 0.05)))
        return change_board(*args)

    monkeypatch.setattr(pairing_area, "change_board", saving)
    yield made
    beat.stop()


def _pairs(area: PairingArea) -> dict[int, int]:
    with area.context.database.reading() as s:
        state = board_state(s, area.cohort_id or 0)
    return {p.mentee_id: p.mentor_id for p in state.pairs}


def _chips_on(area: PairingArea, mentor_id: int) -> list[int]:
    return [chip.mentee_id for chip in area.card_board.cards[mentor_id].chips]


def _drag_chip_to(area: PairingArea, qtbot: QtBot, mentee_id: int, target: QWidget) -> bool:
    """Click the mentee's chip and deliver the drag Qt would onto ``target``: enter, move,
    drop. True when the card took the drop."""
    qtbot.mouseClick(area.card_board.chips[mentee_id], Qt.MouseButton.LeftButton)
    mime = encode_mentees(area.cohort_id or 0, area.card_board.selected)
    pos = target.rect().center()
    args = (Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # PySide flags these constructors
        enter, move = QDragEnterEvent(pos, *args), QDragMoveEvent(pos, *args)
    QApplication.sendEvent(target, enter)
    QApplication.sendEvent(target, move)
    dropped = QDropEvent(QPointF(QPoint(pos)), *args)
    QApplication.sendEvent(target, dropped)
    return dropped.isAccepted()


def test_a_drag_is_saved_in_a_worker_shown_on_the_board_and_undo_brings_it_back(
    board: tuple[PairingArea, dict[str, int]], qtbot: QtBot, saves: list[tuple[bool, bool]]
) -> None:
    area, ids = board
    stack = area.context.undo_stack

    assert _drag_chip_to(area, qtbot, ids["ada"], area.card_board.cards[ids["ida"]])

    assert saves == [(True, True)]  # in a worker, the window painting meanwhile
    assert _pairs(area) == {ids["ada"]: ids["ida"], ids["bob"]: ids["hal"]}
    assert _chips_on(area, ids["ida"]) == [ids["ada"]]
    assert _chips_on(area, ids["grace"]) == []
    assert area.card_board.selected == [ids["ada"]]  # the pair moved stays in hand
    assert area.status_label.text() == "Pair Ada Lovelace with Ida Rhodes"
    assert stack.count() == 1 and stack.undoText() == "Pair Ada Lovelace with Ida Rhodes"

    stack.undo()  # Edit ▸ Undo: saved in a worker too, and the stack waits for it

    assert saves[1] == (True, True)
    assert _pairs(area) == {ids["ada"]: ids["grace"], ids["bob"]: ids["hal"]}
    assert _chips_on(area, ids["grace"]) == [ids["ada"]]
    assert _chips_on(area, ids["ida"]) == []

    stack.redo()

    assert saves[2] == (True, True)
    assert _chips_on(area, ids["ida"]) == [ids["ada"]]
    assert stack.count() == 1 and stack.index() == 1


def test_a_lock_with_the_keyboard_is_saved_in_a_worker_and_shown_on_the_chip(
    board: tuple[PairingArea, dict[str, int]], qtbot: QtBot, saves: list[tuple[bool, bool]]
) -> None:
    area, ids = board
    chip = area.card_board.chips[ids["bob"]]
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)

    qtbot.keyClick(chip, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert saves == [(True, True)]
    assert area.snapshot is not None and area.snapshot.pair[ids["bob"]].locked
    assert "locked" in area.card_board.chips[ids["bob"]].accessibleName()
    area.context.undo_stack.undo()
    assert area.snapshot is not None and not area.snapshot.pair[ids["bob"]].locked


def test_a_drag_of_a_pair_another_desk_changed_meanwhile_is_refused_and_theirs_is_shown(
    board: tuple[PairingArea, dict[str, int]],
    qtbot: QtBot,
    db_path: Path,
    saves: list[tuple[bool, bool]],
) -> None:
    area, ids = board
    other = Database(db_path)  # another desk moves Ada to Hal; this board has not looked yet
    with other.transaction(actor="desk B") as s:
        move_mentee(s, ids["cohort"], ids["ada"], ids["hal"])
    other.close()
    assert _chips_on(area, ids["grace"]) == [ids["ada"]]  # still as this desk last read it

    _drag_chip_to(area, qtbot, ids["ada"], area.card_board.cards[ids["ida"]])

    assert saves == [(True, True)]  # the worker found the change and refused it
    said = area.status_label.text()
    assert "Ada" in said and "pair was changed since" in said and "F5" in said, said
    assert _pairs(area) == {ids["ada"]: ids["hal"], ids["bob"]: ids["hal"]}  # theirs stays
    assert area.context.undo_stack.count() == 0  # no step for what was refused
    assert sorted(_chips_on(area, ids["hal"])) == sorted([ids["ada"], ids["bob"]])
    assert _chips_on(area, ids["grace"]) == []


@pytest.fixture
def rematches(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, bool]]:
    """Each rematch saved and each taken back, as (which, made off the GUI thread)."""
    made: list[tuple[str, bool]] = []

    def on_a_thread(name: str, service: Any) -> Any:
        def saving(*args: Any, **kwargs: Any) -> Any:
            made.append((name, threading.current_thread() is not threading.main_thread()))
            return service(*args, **kwargs)

        return saving

    monkeypatch.setattr(pairing_area, "rematch", on_a_thread("rematch", pairing_area.rematch))
    monkeypatch.setattr(
        pairing_area, "undo_rematch", on_a_thread("undo", pairing_area.undo_rematch)
    )
    return made


def test_a_rematch_is_saved_in_a_worker_shown_on_the_board_and_undo_brings_the_pair_back(
    board: tuple[PairingArea, dict[str, int]],
    qtbot: QtBot,
    rematches: list[tuple[str, bool]],
) -> None:
    area, ids = board
    stack = area.context.undo_stack
    qtbot.mouseClick(area.card_board.chips[ids["ada"]], Qt.MouseButton.LeftButton)
    area.rematch_action.trigger()
    dialog = area.rematch_dialog
    assert dialog is not None
    for row in range(dialog.mentor_list.count()):  # Ada's new mentor: Ida, who has room
        if dialog.mentor_list.item(row).data(Qt.ItemDataRole.UserRole) == ids["ida"]:
            dialog.mentor_list.setCurrentRow(row)
    assert dialog.mentor_id == ids["ida"]
    qtbot.keyClicks(dialog.reason_edit, "different goals")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: ids["ida"] in area.card_board.cards)
    qtbot.waitUntil(lambda: _chips_on(area, ids["ida"]) == [ids["ada"]])
    assert rematches == [("rematch", True)]  # saved off the GUI thread
    assert _pairs(area) == {ids["ada"]: ids["ida"], ids["bob"]: ids["hal"]}
    assert ids["ada"] not in _chips_on(area, ids["grace"])
    assert area.status_label.text() == "Rematched: the mentee has a new mentor"
    assert stack.count() == 1 and stack.undoText() == "Rematch"

    stack.undo()

    assert rematches[1] == ("undo", True)
    assert _pairs(area) == {ids["ada"]: ids["grace"], ids["bob"]: ids["hal"]}
    qtbot.waitUntil(lambda: _chips_on(area, ids["grace"]) == [ids["ada"]])
    assert _chips_on(area, ids["ida"]) == []


def test_a_name_typed_into_the_search_right_after_a_drag_is_all_there_once_saved(
    board: tuple[PairingArea, dict[str, int]], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    area, ids = board
    release = threading.Event()

    def saving(*args: Any) -> Any:
        release.wait(10)  # a save that takes a moment: the person is already typing
        return change_board(*args)

    monkeypatch.setattr(pairing_area, "change_board", saving)

    def type_meanwhile() -> None:
        qtbot.mouseClick(area.search_edit, Qt.MouseButton.LeftButton)  # into the box: taken
        assert area.search_edit.hasFocus()
        qtbot.keyClicks(area.search_edit, "Bob")
        assert area.search_edit.text() == ""  # held while the drag is saved
        release.set()

    QTimer.singleShot(50, type_meanwhile)
    assert _drag_chip_to(area, qtbot, ids["ada"], area.card_board.cards[ids["ida"]])

    qtbot.waitUntil(lambda: area.search_edit.text() == "Bob")
    assert area.search_edit.hasFocus()  # the person goes on typing there
    assert _pairs(area) == {ids["ada"]: ids["ida"], ids["bob"]: ids["hal"]}
    qtbot.waitUntil(lambda: list(area.card_board.cards) == [ids["hal"]])  # Bob's mentor only
