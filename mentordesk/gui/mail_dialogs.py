"""The committee's mail server and message templates: two small settings dialogs of the publish flow."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from mentordesk.core.documents.mail import SmtpSettings, save_smtp_settings, smtp_settings
from mentordesk.core.documents.messages import (
    KIND_LABELS,
    KINDS,
    MessageTemplate,
    check_template,
    default_templates,
    sample_values,
    save_templates,
    templates_of_program,
)
from mentordesk.core.errors import MentorDeskError
from mentordesk.gui.context import AppContext
from mentordesk.gui.data import Change, Kind
from mentordesk.gui.forms.ui_mail_settings_dialog import Ui_MailSettingsDialog
from mentordesk.gui.forms.ui_message_template_dialog import Ui_MessageTemplateDialog


class MailSettingsDialog(QDialog):
    """Drafts only, or the committee's SMTP server (no password kept)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MailSettingsDialog()
        self.ui.setupUi(self)
        self.context = context
        for value, label in (
            ("starttls", self.tr("STARTTLS (usually port 587)")),
            ("ssl", self.tr("SSL/TLS (usually port 465)")),
            ("none", self.tr("None (only on a trusted network)")),
        ):
            self.ui.securityCombo.addItem(label, value)
        current = context.data.read(smtp_settings)
        self.ui.useSmtpCheck.setChecked(current is not None)
        if current is not None:
            self.ui.hostEdit.setText(current.host)
            self.ui.portSpin.setValue(current.port)
            self.ui.securityCombo.setCurrentIndex(self.ui.securityCombo.findData(current.security))
            self.ui.usernameEdit.setText(current.username)
            self.ui.senderEdit.setText(current.sender)
        self.ui.useSmtpCheck.toggled.connect(self._enable)
        self._enable(current is not None)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _enable(self, on: bool) -> None:
        for widget in (
            self.ui.hostEdit,
            self.ui.portSpin,
            self.ui.securityCombo,
            self.ui.usernameEdit,
            self.ui.senderEdit,
        ):
            widget.setEnabled(on)

    def settings(self) -> SmtpSettings | None:
        if not self.ui.useSmtpCheck.isChecked():
            return None
        return SmtpSettings(
            host=self.ui.hostEdit.text().strip(),
            port=self.ui.portSpin.value(),
            security=str(self.ui.securityCombo.currentData()),
            username=self.ui.usernameEdit.text().strip(),
            sender=self.ui.senderEdit.text().strip(),
        )

    def show_refusal(self, _title: str, message: str) -> None:
        self.ui.errorLabel.setText(message)

    def save(self) -> None:
        change = Change(Kind.SETTINGS, origin=self, note="mail server")
        title = self.windowTitle()
        if self.context.data.change(self, title, change, save_smtp_settings, self.settings()):
            self.accept()


class MessageTemplateDialog(QDialog):
    """The program's texts for introductions, reminders and evaluation requests."""

    def __init__(
        self, context: AppContext, program_id: int, kind: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MessageTemplateDialog()
        self.ui.setupUi(self)
        self.context, self.program_id = context, program_id
        self.templates = context.data.read(templates_of_program, program_id)
        self.shipped = default_templates()
        labels = {
            "introduction": self.tr("Introduction"),
            "reminder": self.tr("Reminder"),
            "evaluation_request": self.tr("Evaluation request"),
        }
        for k in KINDS:
            self.ui.kindCombo.addItem(labels.get(k, KIND_LABELS[k]), k)
        self.ui.placeholdersLabel.setText(
            self.tr("Placeholders: %1").replace(
                "%1", " ".join("{" + n + "}" for n in sorted(sample_values()))
            )
        )
        self._kind = kind
        self.ui.kindCombo.setCurrentIndex(max(0, self.ui.kindCombo.findData(kind)))
        self._show(kind)
        self.ui.kindCombo.currentIndexChanged.connect(self._switch)
        self.ui.resetButton.clicked.connect(lambda: self._fill(self.shipped[self._kind]))
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _fill(self, template: MessageTemplate) -> None:
        self.ui.subjectEdit.setText(template.subject)
        self.ui.subjectEdit.setCursorPosition(0)
        self.ui.bodyEdit.setPlainText(template.body)

    def _show(self, kind: str) -> None:
        self._kind = kind
        self._fill(self.templates[kind])
        self.ui.errorLabel.clear()

    def _current(self) -> MessageTemplate:
        return MessageTemplate(self.ui.subjectEdit.text(), self.ui.bodyEdit.toPlainText())

    def _switch(self, _index: int) -> None:
        self.templates[self._kind] = self._current()
        self._show(str(self.ui.kindCombo.currentData()))

    def save(self) -> None:
        self.templates[self._kind] = self._current()
        try:
            for kind, template in self.templates.items():
                check_template(kind, template)
        except MentorDeskError as exc:
            self.ui.errorLabel.setText(exc.message)
            return
        change = Change(Kind.SETTINGS, origin=self, note="message templates")
        saved = self.context.data.change(
            self, self.windowTitle(), change, save_templates, self.program_id, self.templates
        )
        if saved:
            self.accept()

    def show_refusal(self, _title: str, message: str) -> None:
        self.ui.errorLabel.setText(message)
