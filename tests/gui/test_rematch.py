"""Rematch from the board's toolbar: the limit first, the best other mentor, undo; the history."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QToolBar
from pytestqt.qtbot import QtBot

from mentordesk.core.matching.pairs import board_state
from mentordesk.core.storage.database import Database
from mentordesk.gui.context import AppContext
from mentordesk.gui.pairing import PairingArea
from mentordesk.gui.pairing.history_dialog import PersonHistoryDialog
from mentordesk.gui.pairing.rematch_dialog import RematchDialog
from tests.factories import make_application, make_cohort


def _pairs(area: PairingArea) -> dict[int, int]:
    with area.context.database.reading() as s:
        state = board_state(s, area.cohort_id or 0)
    return {p.mentee_id: p.mentor_id for p in state.pairs}


def test_rematch_from_the_toolbar_then_a_second_is_refused_before_any_question(
    db: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s, preset="staff")  # at most one rematch per participant
        first = make_application(s, cohort, "mentor", first_name="First", expertise="pottery")
        best = make_application(s, cohort, "mentor", first_name="Best", expertise="grants")
        make_application(s, cohort, "mentor", first_name="Other", expertise="budgets")
        ada = make_application(s, cohort, "mentee", first_name="Ada", interests="grants")
        ids = {"cohort": cohort.id, "first": first.id, "best": best.id, "ada": ada.id}
    area = PairingArea(AppContext(db, QUndoStack()))
    qtbot.addWidget(area)
    area.resize(1100, 600)
    area.show()
    area.set_cohort(ids["cohort"])
    assert area.move_mentees([ids["ada"]], ids["first"])
    area.select_mentees([ids["ada"]])

    toolbar = next(
        (bar for bar in area.findChildren(QToolBar) if area.rematch_action in bar.actions()), None
    )
    assert toolbar is not None
    button = toolbar.widgetForAction(area.rematch_action)
    assert button is not None and button.isEnabled()
    button.click()
    dialog = area.rematch_dialog
    assert isinstance(dialog, RematchDialog)
    assert dialog.mentor_id == ids["best"]  # proposed first: the best other mentor
    shown = [dialog.mentor_list.item(i).text() for i in range(dialog.mentor_list.count())]
    assert not any(text.startswith("First") for text in shown)  # never the same one
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.reason_edit, "different goals")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: _pairs(area) == {ids["ada"]: ids["best"]})

    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "information",
        staticmethod(lambda _p, _t, text, *_a: asked.append(text) or QMessageBox.StandardButton.Ok),
    )
    area.select_mentees([ids["ada"]])
    area.rematch_action.trigger()
    assert area.rematch_dialog is None  # no reason asked for
    assert asked and "has had 1 rematch; the program allows 1" in asked[0]

    area.context.undo_stack.undo()
    assert _pairs(area) == {ids["ada"]: ids["first"]}
    area.context.undo_stack.redo()
    assert _pairs(area) == {ids["ada"]: ids["best"]}

    area.select_mentees([ids["ada"]])
    area.history_action.trigger()
    history = area.history_dialog
    assert isinstance(history, PersonHistoryDialog)
    cohort_item = history.tree.topLevelItem(0)
    assert cohort_item is not None
    lines = [cohort_item.child(i).text(0) for i in range(cohort_item.childCount())]
    assert lines[0].startswith("with First") and lines[1].startswith("with Best")
    assert cohort_item.child(0).text(2) == "rematch: different goals"
