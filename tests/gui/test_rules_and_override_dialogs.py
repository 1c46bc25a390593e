"""The rules editor and the eligibility override, driven as the committee would."""

from __future__ import annotations

from dataclasses import fields, replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox

from mentordesk.core.applications.records import get_application_row
from mentordesk.core.programs.cohorts import get_program, program_rules, set_program_rules
from mentordesk.core.programs.rules import EVALUATION_PHASES, SCORE_COMPONENTS, ProgramRules
from mentordesk.core.storage.database import Database
from mentordesk.gui.context import AppContext
from mentordesk.gui.override_dialog import OverrideDialog
from mentordesk.gui.rules_dialog import RulesDialog, parse_hours
from tests.factories import make_application, make_cohort, make_program


@pytest.fixture
def context(db: Database) -> AppContext:
    return AppContext(database=db, undo_stack=QUndoStack())


def _rules(db: Database, program_id: int) -> ProgramRules:
    with db.reading() as session:
        return program_rules(get_program(session, program_id))


def _tick(qtbot: Any, box: QAbstractButton) -> None:
    """Click a check box or radio button on its indicator, as a user does."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def _save(qtbot: Any, buttons: QDialogButtonBox) -> None:
    qtbot.mouseClick(
        buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


@pytest.mark.parametrize("preset", ["association", "credential", "staff"])
def test_every_rule_has_a_widget_and_each_preset_round_trips(
    qtbot: Any, context: AppContext, db: Database, preset: str
) -> None:
    with db.transaction() as session:
        program_id = make_program(session, preset).id
    dialog = RulesDialog(context, program_id)
    qtbot.addWidget(dialog)
    for spec in fields(ProgramRules):
        if spec.name == "weights":
            assert all(hasattr(dialog.ui, f"weight_{c}") for c in SCORE_COMPONENTS)
        elif spec.name == "evaluation_phases":
            assert all(hasattr(dialog.ui, f"phase_{p}") for p in EVALUATION_PHASES)
        else:
            assert hasattr(dialog.ui, spec.name), spec.name
    assert dialog.rules() == ProgramRules.preset(preset)


def test_the_committee_edits_rules_saves_and_can_undo(
    qtbot: Any, context: AppContext, db: Database
) -> None:
    with db.transaction() as session:
        program_id = make_program(session, "association").id
    dialog = RulesDialog(context, program_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.mentor_min_years.setValue(2)
    dialog.ui.allowed_organizations.clear()
    qtbot.keyClicks(dialog.ui.allowed_organizations, "HSC; UNM Health")
    _tick(qtbot, dialog.ui.supervisor_approval_required)
    dialog.ui.mentee_hours_per_month.clear()
    qtbot.keyClicks(dialog.ui.mentee_hours_per_month, "2 to 3")
    dialog.ui.max_rematches.setValue(1)
    with qtbot.waitSignal(dialog.rules_saved):
        _save(qtbot, dialog.ui.buttonBox)
    saved = _rules(db, program_id)
    assert saved.mentor_min_years == 2
    assert saved.allowed_organizations == ["HSC", "UNM Health"]
    assert saved.supervisor_approval_required
    assert saved.mentee_hours_per_month == [2, 3]
    assert saved.max_rematches == 1
    context.undo_stack.undo()
    assert _rules(db, program_id) == ProgramRules.preset("association")


def test_undoing_rules_another_desk_changed_since_is_refused_naming_the_rule(
    qtbot: Any, context: AppContext, db: Database, db_path: Path, messages: list[str]
) -> None:
    with db.transaction() as session:
        program_id = make_program(session, "association", name="Case managers").id
    dialog = RulesDialog(context, program_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.max_rematches.setValue(1)
    with qtbot.waitSignal(dialog.rules_saved):
        _save(qtbot, dialog.ui.buttonBox)
    other = Database(db_path)  # another desk allows a second rematch
    with other.transaction(actor="marie") as session:
        rules = program_rules(get_program(session, program_id))
        set_program_rules(session, program_id, replace(rules, max_rematches=2))
    other.close()

    context.undo_stack.undo()  # Edit ▸ Undo "Change program rules"

    qtbot.waitUntil(lambda: bool(messages))
    assert (
        "The rules of Case managers were changed since (max rematches: 1 → 2, by marie on "
        in (messages[-1])
    ), messages
    assert _rules(db, program_id).max_rematches == 2  # theirs stays
    assert context.undo_stack.count() == 0


def test_reset_to_preset_replaces_every_rule(qtbot: Any, context: AppContext, db: Database) -> None:
    with db.transaction() as session:
        program_id = make_program(session, "association").id
    dialog = RulesDialog(context, program_id)
    qtbot.addWidget(dialog)
    dialog.ui.presetCombo.setCurrentIndex(dialog.ui.presetCombo.findData("staff"))
    qtbot.mouseClick(dialog.ui.resetButton, Qt.MouseButton.LeftButton)
    _save(qtbot, dialog.ui.buttonBox)
    assert _rules(db, program_id) == ProgramRules.preset("staff")


def test_rules_that_make_no_sense_are_refused_in_the_dialog(
    qtbot: Any, context: AppContext, db: Database
) -> None:
    with db.transaction() as session:
        program_id = make_program(session, "staff").id
    dialog = RulesDialog(context, program_id)
    qtbot.addWidget(dialog)
    dialog.ui.mentee_min_workshops.setValue(9)
    _save(qtbot, dialog.ui.buttonBox)
    assert "Mentees cannot be asked to attend 9 workshops" in dialog.ui.errorLabel.text()
    assert _rules(db, program_id) == ProgramRules.preset("staff")
    assert parse_hours("1–2", "Hours") == [1, 2] and parse_hours("", "Hours") is None


def test_override_needs_a_note_is_shown_audited_and_undoable(
    qtbot: Any, context: AppContext, db: Database
) -> None:
    with db.transaction() as session:
        cohort = make_cohort(session, preset="association")
        app_id = make_application(session, cohort, "mentor", years_experience="0.5").id
    dialog = OverrideDialog(context, app_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Mentor has 0.5 years" in dialog.ui.rulesLabel.text()
    save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    _tick(qtbot, dialog.ui.eligibleRadio)
    assert not save.isEnabled()  # no override without a reason
    qtbot.keyClicks(dialog.ui.noteEdit, "Led the campus crisis team for six months")
    assert save.isEnabled()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    with db.reading() as session:
        decision = get_application_row(session, app_id).eligibility
    assert decision.eligible and decision.label == "Eligible (committee)"
    assert decision.reasons[0] == "Committee decision: Led the campus crisis team for six months"
    context.undo_stack.undo()
    with db.reading() as session:
        assert not get_application_row(session, app_id).eligibility.eligible


def test_long_rule_texts_are_shown_from_their_beginning(
    qtbot: Any, context: AppContext, db: Database
) -> None:
    with db.transaction() as session:
        program_id = make_program(session, "credential").id
    dialog = RulesDialog(context, program_id)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    # The rules' name is longer than its box: it read "redential registry (mentee…".
    assert dialog.ui.label.text().startswith("Credential registry")
    assert dialog.ui.label.cursorPosition() == 0
