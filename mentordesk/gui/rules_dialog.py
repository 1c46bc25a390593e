"""The program's rules editor: every rule of ``ProgramRules``, starting from a preset, saved as one undoable change.

The layout is ``ui/rules_dialog.ui``, where each rule's widget is named after the rule
(weights ``weight_<component>``, evaluation phases ``phase_<phase>``), so this class
reads and writes the rules field by field without a list of its own to forget one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import fields
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from mentordesk.core.applications.fields import split_list
from mentordesk.core.errors import ValidationError
from mentordesk.core.programs.cohorts import get_program, program_rules, set_program_rules
from mentordesk.core.programs.rules import (
    EVALUATION_PHASES,
    PRESETS,
    SCORE_COMPONENTS,
    ProgramRules,
)
from mentordesk.gui.context import AppContext
from mentordesk.gui.data import Change, Kind
from mentordesk.gui.forms.ui_rules_dialog import Ui_RulesDialog
from mentordesk.gui.languages import local_figure
from mentordesk.gui.undo import DatabaseCommand, push

_CHOICES: dict[str, tuple[tuple[str, str], ...]] = {
    "matching_mode": (
        ("committee", "The committee pairs people"),
        ("mentee_choice", "The mentee picks a mentor; the committee confirms"),
    ),
    "length": (
        ("academic_year", "One academic year"),
        ("until_credential", "Until the mentee earns the credential"),
        ("cohort", "One cohort (rollout)"),
    ),
    "terms": (
        ("semesters", "Semesters (fall and spring)"),
        ("one", "One term for the whole cohort"),
    ),
    "focus": (
        ("emphasis_area", "An emphasis area the pair chooses"),
        ("credential", "Reaching the credential"),
        ("goals", "The mentee's goals"),
    ),
}
_LIST_RULES = ("mentor_credentials_any", "allowed_organizations", "allowed_employment_types")
_HOURS_RE = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*(?:(?:-|–|—|to)\s*(\d+(?:[.,]\d+)?))?\s*$")


def parse_hours(text: str, label: str) -> list[float] | None:
    """'2-3', '2–3', '2 to 3' or '2' hours a month; blank = the program does not say."""
    if not text.strip():
        return None
    match = _HOURS_RE.match(text)
    if not match:
        raise ValidationError(
            QCoreApplication.translate("RulesDialog", "%1: %2 is not a range like 2-3")
            .replace("%2", repr(text.strip()))
            .replace("%1", label)
        )
    low = float(match.group(1).replace(",", "."))
    high = float((match.group(2) or match.group(1)).replace(",", "."))
    return [low, high]


def _hours_text(hours: list[float] | None) -> str:
    if not hours:
        return ""
    low, high = hours
    # In the language's digits (2,5–3 in Spanish); parse_hours reads either mark back.
    return local_figure(low) if low == high else f"{local_figure(low)}–{local_figure(high)}"


class SetRulesCommand(DatabaseCommand):
    """Replace a program's rules (each direction one transaction)."""

    def __init__(
        self,
        context: AppContext,
        program_id: int,
        old: ProgramRules,
        new: ProgramRules,
        on_change: Callable[[], None] | None = None,
    ):
        super().__init__(
            context.data, QCoreApplication.translate("RulesDialog", "Change program rules")
        )
        self.program_id, self.old, self.new = program_id, old, new
        self.on_change = on_change
        # What the next write expects to find: the rules as the dialog showed them, then as
        # this step's last write left them (another desk's rules meanwhile are refused).
        self._found = old

    def _write(self, rules: ProgramRules) -> None:
        # Every cohort of the program: eligibility, scores and plans follow the rules.
        change = Change(Kind.PROGRAMS, note="program rules")
        self.data.write(change, set_program_rules, self.program_id, rules, expected=self._found)
        self._found = rules
        if self.on_change is not None:  # eligibility follows the rules: views reload
            self.on_change()

    def apply_redo(self) -> None:
        self._write(self.new)

    def apply_undo(self) -> None:
        self._write(self.old)


class RulesDialog(QDialog):
    """Edit one program's rules; ``rules_saved(program_id)`` tells views to recompute eligibility."""

    rules_saved = Signal(int)

    def __init__(
        self,
        context: AppContext,
        program_id: int,
        parent: QWidget | None = None,
        *,
        on_change: Callable[[], None] | None = None,
    ):
        super().__init__(parent)
        self.context = context
        self.program_id = program_id
        self.on_change = on_change
        self.ui = Ui_RulesDialog()
        self.ui.setupUi(self)
        program = context.data.read(get_program, program_id)
        self.program_name = program.name
        self.preset = program.preset
        self.stored = program_rules(program)
        self.setWindowTitle(self.tr("Rules of %s") % self.program_name)
        for name in PRESETS:
            self.ui.presetCombo.addItem(self.tr(ProgramRules.preset(name).label), name)
        if self.preset in PRESETS:
            self.ui.presetCombo.setCurrentIndex(self.ui.presetCombo.findData(self.preset))
        for name, choices in _CHOICES.items():
            combo = self.widget(name)
            assert isinstance(combo, QComboBox)
            for value, text in choices:
                combo.addItem(self.tr(text), value)
        self.set_rules(self.stored)
        self.ui.resetButton.clicked.connect(self.reset_to_preset)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)

    def widget(self, name: str) -> QWidget:
        widget = getattr(self.ui, name)
        assert isinstance(widget, QWidget)
        return widget

    # --- rules <-> widgets ---------------------------------------------------------

    def set_rules(self, rules: ProgramRules) -> None:
        for spec in fields(ProgramRules):
            value = getattr(rules, spec.name)
            if spec.name == "weights":
                for component in SCORE_COMPONENTS:
                    spin = self.widget(f"weight_{component}")
                    assert isinstance(spin, QDoubleSpinBox)
                    spin.setValue(float(value.get(component, 0.0)))
            elif spec.name == "evaluation_phases":
                for phase in EVALUATION_PHASES:
                    box = self.widget(f"phase_{phase}")
                    assert isinstance(box, QCheckBox)
                    box.setChecked(phase in value)
            else:
                self._set(self.widget(spec.name), spec.name, value)
        self.ui.errorLabel.clear()

    def _set(self, widget: QWidget, name: str, value: Any) -> None:
        if isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QDoubleSpinBox):
            # The minimum stands for "not stated" (its special text says so).
            widget.setValue(widget.minimum() if value is None else float(value))
        elif isinstance(widget, QSpinBox):
            widget.setValue(widget.minimum() if value is None else int(value))
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(0, widget.findData(value)))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value or "")
        elif isinstance(widget, QLineEdit):
            if name.endswith("hours_per_month"):
                widget.setText(_hours_text(value))
            elif isinstance(value, list):
                widget.setText(", ".join(value))
            else:
                widget.setText(value or "")
            # Show a long value from its beginning, not scrolled to its end.
            widget.setCursorPosition(0)

    def rules(self) -> ProgramRules:
        """The rules as the dialog shows them; ValidationError names the first one that makes no sense."""
        values: dict[str, Any] = {}
        for spec in fields(ProgramRules):
            name = spec.name
            if name == "weights":
                values[name] = {c: self._spin(f"weight_{c}").value() for c in SCORE_COMPONENTS}
                continue
            if name == "evaluation_phases":
                values[name] = [
                    p for p in EVALUATION_PHASES if self._check(f"phase_{p}").isChecked()
                ]
                continue
            widget = self.widget(name)
            if isinstance(widget, QCheckBox):
                values[name] = widget.isChecked()
            elif isinstance(widget, QDoubleSpinBox):
                values[name] = None if widget.value() == widget.minimum() else widget.value()
            elif isinstance(widget, QSpinBox):
                unset = widget.specialValueText() and widget.value() == widget.minimum()
                values[name] = None if unset else widget.value()
            elif isinstance(widget, QComboBox):
                values[name] = widget.currentData()
            elif isinstance(widget, QPlainTextEdit):
                values[name] = widget.toPlainText().strip()
            elif isinstance(widget, QLineEdit):
                text = widget.text()
                if name.endswith("hours_per_month"):
                    label = self.widget(f"{name}Label").property("text") or name
                    values[name] = parse_hours(text, str(label).replace("&", "").rstrip(":"))
                elif name in _LIST_RULES:
                    values[name] = split_list(text)
                else:
                    values[name] = " ".join(text.split())
        rules = ProgramRules.from_dict(values)
        rules.validate()
        return rules

    def _spin(self, name: str) -> QDoubleSpinBox:
        widget = self.widget(name)
        assert isinstance(widget, QDoubleSpinBox)
        return widget

    def _check(self, name: str) -> QCheckBox:
        widget = self.widget(name)
        assert isinstance(widget, QCheckBox)
        return widget

    # --- actions -------------------------------------------------------------------

    def reset_to_preset(self) -> None:
        preset = self.ui.presetCombo.currentData()
        if preset:
            self.set_rules(ProgramRules.preset(preset))

    def show_refusal(self, _title: str, message: str) -> None:
        self.ui.errorLabel.setText(message)

    def save(self) -> None:
        try:
            rules = self.rules()
        except ValidationError as exc:
            self.ui.errorLabel.setText(str(exc))
            if exc.field and hasattr(self.ui, exc.field):
                self.widget(exc.field).setFocus()
            return
        if rules == self.stored:
            self.accept()
            return
        command = SetRulesCommand(self.context, self.program_id, self.stored, rules, self.on_change)
        if not push(self.context.undo_stack, command, where=self):
            return
        self.stored = rules
        self.rules_saved.emit(self.program_id)
        self.accept()
