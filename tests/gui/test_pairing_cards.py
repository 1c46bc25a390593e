"""The committee works on the board of cards: chips dragged between mentors, the keyboard, the
screen reader's names, full and ineligible mentors apart, and "why not this pair?"."""

from __future__ import annotations

import warnings
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from mentordesk.core.matching.pairs import board_state
from mentordesk.core.storage.database import Database
from mentordesk.core.storage.models import Application, ApplicationStatus, Cohort
from mentordesk.gui.context import AppContext
from mentordesk.gui.pairing import PairingArea
from mentordesk.gui.pairing.cards import MenteeChip
from mentordesk.gui.pairing.models import encode_mentees
from tests.factories import make_active_pair, make_application, make_cohort


@pytest.fixture
def board(db: Database, qtbot: QtBot) -> Iterator[tuple[PairingArea, dict[str, int]]]:
    """Grace (grants, 2 places) has Ada; Hal (budgets, 1 place) has Bob; Ivy is not eligible."""
    with db.transaction() as s:
        cohort = make_cohort(s, preset="association")
        grace = make_application(
            s,
            cohort,
            "mentor",
            first_name="Grace",
            last_name="Hopper",
            expertise="grants",
            capacity=2,
            department="Finance",
        )
        hal = make_application(
            s,
            cohort,
            "mentor",
            first_name="Hal",
            last_name="Abelson",
            expertise="budgets",
            capacity=1,
            department="Budget Office",
        )
        ivy = make_application(
            s,
            cohort,
            "mentor",
            first_name="Ivy",
            last_name="Nomember",
            membership_id="",
            capacity=3,
        )
        ada = make_application(
            s, cohort, "mentee", first_name="Ada", last_name="Lovelace", interests="grants"
        )
        bob = make_application(
            s, cohort, "mentee", first_name="Bob", last_name="Arthur", interests="budgets"
        )
        make_active_pair(s, cohort, mentor=grace, mentee=ada, score=0.9)
        make_active_pair(s, cohort, mentor=hal, mentee=bob, score=0.8)
        ids = {
            "cohort": cohort.id,
            "grace": grace.id,
            "hal": hal.id,
            "ivy": ivy.id,
            "ada": ada.id,
            "bob": bob.id,
        }
    area = PairingArea(AppContext(db, QUndoStack()))
    qtbot.addWidget(area)
    area.resize(1024, 700)
    area.show()
    area.set_cohort(ids["cohort"])
    yield area, ids


def _pairs(area: PairingArea) -> dict[int, int]:
    with area.context.database.reading() as s:
        state = board_state(s, area.cohort_id or 0)
    return {p.mentee_id: p.mentor_id for p in state.pairs}


def _drag_chip_to(
    area: PairingArea, qtbot: QtBot, chip: MenteeChip, target: QWidget, *, drop: bool = True
) -> bool:
    """Press on the chip (it is selected) and deliver the drag Qt would: enter, move, drop
    (or, with ``drop=False``, hold it over the target)."""
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    mime: QMimeData = encode_mentees(area.cohort_id or 0, area.card_board.selected)
    pos = target.rect().center()
    args = (
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(pos, *args)
        move = QDragMoveEvent(pos, *args)
    QApplication.sendEvent(target, enter)
    QApplication.sendEvent(target, move)
    if not drop:
        return False
    dropped = QDropEvent(QPointF(QPoint(pos)), *args)
    QApplication.sendEvent(target, dropped)
    return dropped.isAccepted()


def test_mentors_are_cards_with_chips_and_the_ineligible_sit_apart_never_free(
    board: tuple[PairingArea, dict[str, int]],
) -> None:
    area, ids = board
    cards = area.card_board.cards
    assert set(cards) == {ids["grace"], ids["hal"], ids["ivy"]}
    assert cards[ids["grace"]].property("state") == "open"
    assert cards[ids["hal"]].property("state") == "full"
    assert cards[ids["ivy"]].property("state") == "ineligible"
    # The screen reader hears who, where and how full; a chip says its score and states.
    assert (
        cards[ids["grace"]]
        .accessibleName()
        .startswith("Mentor Grace Hopper, Finance, 1 of 2 places")
    )
    assert area.card_board.chips[ids["ada"]].accessibleName() == "Ada Lovelace, score 0.90"
    assert "Both name grants" in area.card_board.chips[ids["ada"]].explanation()
    # Ivy's three places are not free: only Grace's one is.
    assert "1 free place," in area.mentors_label.text()
    headings = [
        w.text()
        for w in area.card_board.findChildren(QWidget)
        if w.objectName() == "sectionHeading"  # type: ignore[attr-defined]
    ]
    assert any(h.startswith("Mentors with free places: 1 mentor, 1 free place") for h in headings)
    assert any(h.startswith("Not eligible") for h in headings)


def test_dragging_a_chip_to_another_card_moves_the_mentee_and_undo_puts_it_back(
    board: tuple[PairingArea, dict[str, int]], qtbot: QtBot
) -> None:
    area, ids = board
    with area.context.database.transaction() as s:  # Hal gets a second place for Ada
        hal = s.get(Application, ids["hal"])
        assert hal is not None
        hal.capacity = 2
    area.reload()
    chip = area.card_board.chips[ids["ada"]]
    assert _drag_chip_to(area, qtbot, chip, area.card_board.cards[ids["hal"]])
    qtbot.waitUntil(lambda: _pairs(area) == {ids["ada"]: ids["hal"], ids["bob"]: ids["hal"]})
    assert ids["ada"] in [c.mentee_id for c in area.card_board.cards[ids["hal"]].chips]
    area.context.undo_stack.undo()
    qtbot.waitUntil(lambda: _pairs(area) == {ids["ada"]: ids["grace"], ids["bob"]: ids["hal"]})


def test_selecting_a_chip_shows_the_pairs_full_explanation(
    board: tuple[PairingArea, dict[str, int]], qtbot: QtBot
) -> None:
    area, ids = board
    qtbot.mouseClick(area.card_board.chips[ids["ada"]], Qt.MouseButton.LeftButton)
    assert area.why_not_panel.title.text() == "This pair"
    assert "Ada Lovelace with Grace Hopper" in area.why_not_panel.body.text()
    assert "Both name grants" in area.why_not_panel.body.text()


def test_a_drop_a_rule_forbids_changes_nothing_and_says_why(
    board: tuple[PairingArea, dict[str, int]], qtbot: QtBot
) -> None:
    area, ids = board
    chip = area.card_board.chips[ids["ada"]]
    _drag_chip_to(area, qtbot, chip, area.card_board.cards[ids["hal"]])
    assert _pairs(area) == {ids["ada"]: ids["grace"], ids["bob"]: ids["hal"]}
    assert "Hal Abelson takes 1 mentee" in area.status_label.text()


def test_dragging_over_a_card_shows_why_not_with_the_cohorts_cost(
    board: tuple[PairingArea, dict[str, int]], qtbot: QtBot
) -> None:
    area, ids = board
    chip = area.card_board.chips[ids["bob"]]
    _drag_chip_to(area, qtbot, chip, area.card_board.cards[ids["grace"]], drop=False)
    answer = area.why_not_panel.answer
    assert answer is not None and answer.mentee == "Bob Arthur" and answer.mentor == "Grace Hopper"
    text = area.why_not_panel.body.text()
    assert "Today" in text and "With the pair" in text
    # Over Ivy, the rule that forbids it.
    _drag_chip_to(
        area,
        qtbot,
        area.card_board.chips[ids["bob"]],
        area.card_board.cards[ids["ivy"]],
        drop=False,
    )
    assert area.why_not_panel.answer is not None
    assert "not eligible" in (area.why_not_panel.answer.forbidden or "")
    assert "not allowed" in area.why_not_panel.body.text()


def test_why_not_from_the_keyboard_names_who_would_move(
    board: tuple[PairingArea, dict[str, int]], qtbot: QtBot
) -> None:
    area, ids = board
    chip = area.card_board.chips[ids["bob"]]
    chip.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(chip, Qt.Key.Key_Space)
    assert area.selected_mentees() == [ids["bob"]]
    qtbot.keyClick(
        chip, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: area.why_not_dialog is not None)
    dialog = area.why_not_dialog
    assert dialog is not None
    dialog.setTextValue(next(i for i in dialog.comboBoxItems() if i.startswith("Grace Hopper")))
    dialog.accept()
    qtbot.waitUntil(lambda: area.why_not_panel.answer is not None)
    answer = area.why_not_panel.answer
    assert answer is not None and answer.forced is not None
    assert [(m.mentee, m.to_name) for m in answer.moves] == [("Bob Arthur", "Grace Hopper")]
    assert "Bob Arthur: from Hal Abelson to Grace Hopper" in area.why_not_panel.body.text()
    assert area.selected_mentees() == [ids["bob"]]


def test_keyboard_pairs_the_selected_chip_and_the_list_view_is_one_toggle_away(
    board: tuple[PairingArea, dict[str, int]], qtbot: QtBot
) -> None:
    area, ids = board
    chip = area.card_board.chips[ids["ada"]]
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    qtbot.keyClick(chip, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: ids["ada"] not in _pairs(area))
    assert ids["ada"] not in area.card_board.chips
    area.list_action.trigger()
    assert area.board_stack.currentWidget() is area.board_view
    area.list_action.trigger()
    assert area.board_stack.currentWidget() is area.card_board


def test_fill_free_places_keeps_every_pair_and_is_one_undo(
    board: tuple[PairingArea, dict[str, int]], qtbot: QtBot
) -> None:
    area, ids = board
    with area.context.database.transaction() as s:
        cohort = s.get(Cohort, ids["cohort"])
        assert cohort is not None
        cy = make_application(
            s, cohort, "mentee", first_name="Cy", last_name="Young", interests="grants"
        )
        cy.status = ApplicationStatus.WAITLISTED
        cy_id = cy.id
    area.reload()
    before = _pairs(area)
    area.fill_action.trigger()
    qtbot.waitUntil(lambda: cy_id in _pairs(area), timeout=20000)
    after = _pairs(area)
    assert after == {**before, cy_id: ids["grace"]}
    assert area.context.undo_stack.undoText() == "Fill 1 free place; every existing pair stays"
    with area.context.database.reading() as s:
        app = s.get(Application, cy_id)
        assert app is not None and app.status is ApplicationStatus.MATCHED
    area.context.undo_stack.undo()
    qtbot.waitUntil(lambda: _pairs(area) == before)


def test_the_certificate_proves_the_suggestion_in_the_panel(
    board: tuple[PairingArea, dict[str, int]], qtbot: QtBot
) -> None:
    area, _ids = board
    area.certificate_action.trigger()
    qtbot.waitUntil(
        lambda: area.why_not_panel.title.text().startswith("Certificate"), timeout=20000
    )
    text = area.why_not_panel.body.text()
    assert "Optimal: no pairing allowed by the rules matches more than 2 mentees" in text
    assert "most stable suggestion" in text
