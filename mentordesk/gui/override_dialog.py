"""The committee's "Override eligibility…": eligible or not whatever the rules say, always with a reason.

The layout is ``ui/override_dialog.ui``. Saving pushes an undoable command; the change
itself is ``applications.set_eligibility_override`` in one transaction, and the audit
log records it like every other change.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from mentordesk.core.applications.edits import DecisionSeen
from mentordesk.core.applications.records import get_application_row, set_eligibility_override
from mentordesk.core.errors import DecisionsChangedError
from mentordesk.core.storage.models import EligibilityOverride
from mentordesk.gui.context import AppContext
from mentordesk.gui.core_words import core_text
from mentordesk.gui.data import Change, Kind
from mentordesk.gui.forms.ui_override_dialog import Ui_OverrideDialog
from mentordesk.gui.undo import DatabaseCommand, push


class OverrideEligibilityCommand(DatabaseCommand):
    """Set (or clear) one application's override; undo puts the previous decision back."""

    def __init__(
        self,
        context: AppContext,
        application_id: int,
        before: tuple[EligibilityOverride | None, str | None],
        after: tuple[EligibilityOverride | None, str | None],
        name: str,
        on_change: Callable[[int], None] | None = None,
        *,
        cohort_id: int | None = None,
        on_written: Callable[[int, int], None] | None = None,
    ):
        super().__init__(
            context.data,
            QCoreApplication.translate("OverrideDialog", "Override eligibility of %s") % name,
        )
        self.application_id = application_id
        self.before, self.after = before, after
        self.on_change = on_change
        #: Told (id, version) after each write: the table's later undos take it as this
        #: window's own change, not another desk's.
        self.on_written = on_written
        self.change = Change(Kind.APPLICATIONS, cohort_id, note="eligibility override")
        # What the next write expects to find: the decision as the dialog showed it, then as
        # this step's last write left it (another desk's decision meanwhile is refused).
        self._found: DecisionSeen = before

    def _write(self, decision: EligibilityOverride | None, note: str | None) -> None:
        try:
            row = self.data.write(
                self.change,
                set_eligibility_override,
                self.application_id,
                decision,
                note,
                expected=self._found,
            )
        except DecisionsChangedError:
            if self.on_change is not None:  # the table shows the other desk's decision
                self.on_change(self.application_id)
            raise
        self._found = (row.eligibility_override, row.eligibility_note)
        if self.on_written is not None:
            self.on_written(row.id, row.version)
        if self.on_change is not None:  # the applicants table shows the new decision
            self.on_change(self.application_id)

    def apply_redo(self) -> None:
        self._write(*self.after)

    def apply_undo(self) -> None:
        self._write(*self.before)


class OverrideDialog(QDialog):
    """Shows the rules' verdict with its reasons and records the committee's decision."""

    def __init__(
        self,
        context: AppContext,
        application_id: int,
        parent: QWidget | None = None,
        *,
        on_change: Callable[[int], None] | None = None,
        on_written: Callable[[int, int], None] | None = None,
    ):
        super().__init__(parent)
        self.on_change = on_change
        self.on_written = on_written
        self.context = context
        self.application_id = application_id
        self.ui = Ui_OverrideDialog()
        self.ui.setupUi(self)
        row = context.data.read(get_application_row, application_id)
        self.cohort_id = row.cohort_id
        self.name = row.full_name or row.email
        self.before = (row.eligibility_override, row.eligibility_note)
        role = self.tr("Mentor") if row.role.value == "mentor" else self.tr("Mentee")
        self.ui.applicantLabel.setText(
            f"<b>{html.escape(self.name)}</b> · {html.escape(role)} · {html.escape(row.email)}"
        )
        rule_reasons = [
            r for r in row.eligibility.reasons if not r.startswith("Committee decision")
        ]
        if rule_reasons:
            items = "".join(f"<li>{html.escape(core_text(r))}</li>" for r in rule_reasons)
            verdict = self.tr("By the program's rules: <b>not eligible</b>") + f"<ul>{items}</ul>"
        else:
            verdict = self.tr("By the program's rules: <b>eligible</b>.")
        self.ui.rulesLabel.setText(verdict)
        radio = {
            None: self.ui.followRulesRadio,
            EligibilityOverride.ELIGIBLE: self.ui.eligibleRadio,
            EligibilityOverride.INELIGIBLE: self.ui.ineligibleRadio,
        }[row.eligibility_override]
        radio.setChecked(True)
        self.ui.noteEdit.setPlainText(row.eligibility_note or "")
        self.setWindowTitle(self.tr("Override Eligibility of %s") % self.name)
        for widget in (self.ui.followRulesRadio, self.ui.eligibleRadio, self.ui.ineligibleRadio):
            widget.toggled.connect(self._update_buttons)
        self.ui.noteEdit.textChanged.connect(self._update_buttons)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._update_buttons()

    def decision(self) -> EligibilityOverride | None:
        if self.ui.eligibleRadio.isChecked():
            return EligibilityOverride.ELIGIBLE
        if self.ui.ineligibleRadio.isChecked():
            return EligibilityOverride.INELIGIBLE
        return None

    def note(self) -> str | None:
        return self.ui.noteEdit.toPlainText().strip() or None

    def _update_buttons(self) -> None:
        needs_note = self.decision() is not None and self.note() is None
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(not needs_note)
        self.ui.errorLabel.setText(
            self.tr("Say why the committee decides against the rules.") if needs_note else ""
        )

    def save(self) -> None:
        decision = self.decision()
        after = (decision, self.note() if decision is not None else None)
        if after == self.before:
            self.accept()
            return
        command = OverrideEligibilityCommand(
            self.context,
            self.application_id,
            self.before,
            after,
            self.name,
            self.on_change,
            cohort_id=self.cohort_id,
            on_written=self.on_written,
        )
        if push(self.context.undo_stack, command, where=self):
            self.accept()

    def show_refusal(self, _title: str, message: str) -> None:
        self.ui.errorLabel.setText(message)


def override_eligibility(
    context: AppContext,
    application_id: int,
    parent: QWidget | None = None,
    *,
    on_change: Callable[[int], None] | None = None,
    on_written: Callable[[int, int], None] | None = None,
) -> bool:
    """Open the dialog for one application; True when the committee saved a change."""
    dialog = OverrideDialog(
        context, application_id, parent, on_change=on_change, on_written=on_written
    )
    return dialog.exec() == QDialog.DialogCode.Accepted
