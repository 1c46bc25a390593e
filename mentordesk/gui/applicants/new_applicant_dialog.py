"""New Applicant…: the committee types in an application that came on paper or by phone."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from mentordesk.core.storage.models import Role
from mentordesk.gui.applicants.commands import AddApplicantCommand, ApplicantsTable
from mentordesk.gui.forms.ui_new_applicant_dialog import Ui_NewApplicantDialog
from mentordesk.gui.undo import push


class NewApplicantDialog(QDialog):
    """The answers a form would give; checked as an import checks them, added as one step."""

    def __init__(self, area: ApplicantsTable, cohort_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_NewApplicantDialog()
        self.ui.setupUi(self)
        self.area = area
        self.added_id: int | None = None
        self.setWindowTitle(self.tr("New Applicant in %s") % cohort_name)
        self.ui.introLabel.setText(
            self.tr(
                "An application that came on paper, by mail or by phone. The rules check it "
                "as they check an imported one; the other answers can be filled in the table."
            )
        )
        self.ui.roleEdit.addItem(self.tr("Mentee"), Role.MENTEE.value)
        self.ui.roleEdit.addItem(self.tr("Mentor"), Role.MENTOR.value)
        add = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        add.setText(self.tr("&Add"))
        self.ui.buttonBox.accepted.connect(self.add)
        self.ui.buttonBox.rejected.connect(self.reject)

    def answers(self) -> dict[str, Any]:
        ui = self.ui
        typed = {
            "first_name": ui.firstNameEdit.text(),
            "last_name": ui.lastNameEdit.text(),
            "email": ui.emailEdit.text(),
            "role": ui.roleEdit.currentData(),
            "department": ui.departmentEdit.text(),
            "job_title": ui.jobTitleEdit.text(),
            "organization": ui.organizationEdit.text(),
            "years_experience": ui.yearsEdit.text(),
            "phone": ui.phoneEdit.text(),
        }
        return {name: value for name, value in typed.items() if str(value or "").strip()}

    def show_refusal(self, _title: str, message: str) -> None:
        """Why the application was not added, beside the answers to correct (not a box)."""
        self.ui.errorLabel.setText(message)

    def add(self) -> None:
        if not self.ui.firstNameEdit.text().strip() and not self.ui.lastNameEdit.text().strip():
            self.show_refusal("", self.tr("Give the applicant's first or last name"))
            self.ui.firstNameEdit.setFocus()
            return
        command = AddApplicantCommand(self.area, self.answers())
        if push(self.area.context.undo_stack, command, where=self, title=self.tr("Not added")):
            self.added_id = command.application_id
            self.accept()
