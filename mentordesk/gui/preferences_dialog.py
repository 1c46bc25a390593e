"""Edit ▸ Preferences…: who I am for the audit, the mail password, backups, the "as of" day.

What belongs to this committee member on this computer is kept with ``QSettings`` (the
name for the audit trail, the day Needs attention counts to); the mail server stays where
the publish feature keeps it (the database, shared by every desk) and its password in the
system keyring, as a server database's password is; backups are storage's own, shown
with their folder and rule and taken on request.
"""

from __future__ import annotations

import getpass
from datetime import date

from PySide6.QtCore import QDate, QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QWidget

from mentordesk.core.documents.mail import (
    SmtpSettings,
    forget_password,
    keep_password,
    kept_password,
    smtp_settings,
)
from mentordesk.core.progress import Progress
from mentordesk.core.storage.backup import ROTATION, backup_folder, backup_to_folder, list_backups
from mentordesk.gui.context import AppContext
from mentordesk.gui.forms.ui_preferences_dialog import Ui_PreferencesDialog
from mentordesk.gui.mail_dialogs import MailSettingsDialog
from mentordesk.gui.preferences import Preferences


class PreferencesDialog(QDialog):
    """Four tabs: You, Mail, Backups, Needs Attention; Save keeps them, Cancel changes nothing."""

    def __init__(
        self, context: AppContext, preferences: Preferences, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PreferencesDialog()
        self.ui.setupUi(self)
        self.context = context
        self.preferences = preferences
        ui = self.ui
        ui.actorEdit.setText(preferences.actor)
        ui.actorEdit.setPlaceholderText(self._login_name())
        ui.asOfEdit.setDate(_qdate(preferences.as_of or date.today()))
        ui.dateRadio.setChecked(preferences.as_of is not None)
        ui.todayRadio.setChecked(preferences.as_of is None)
        ui.asOfEdit.setEnabled(preferences.as_of is not None)
        ui.dateRadio.toggled.connect(ui.asOfEdit.setEnabled)
        ui.mailServerButton.clicked.connect(self._edit_mail_server)
        ui.keepPasswordCheck.toggled.connect(self._password_wanted)
        ui.backupNowButton.clicked.connect(self.back_up_now)
        ui.openFolderButton.clicked.connect(self._open_folder)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self.smtp: SmtpSettings | None = None
        self._show_mail()
        self._show_backups()

    @staticmethod
    def _login_name() -> str:
        try:
            return getpass.getuser()
        except Exception:  # no login name in some service contexts
            return ""

    # --- mail -------------------------------------------------------------------------

    def _show_mail(self) -> None:
        ui = self.ui
        self.smtp = self.context.data.read(smtp_settings)
        if self.smtp is None:
            ui.serverLabel.setText(
                self.tr("Messages are saved as drafts for your mail program; no server is set.")
            )
        else:
            who = f"{self.smtp.username}@" if self.smtp.username else ""
            ui.serverLabel.setText(
                self.tr("Messages are sent through %1, from %2.")
                .replace("%1", f"{who}{self.smtp.host}:{self.smtp.port}")
                .replace("%2", self.smtp.sender)
            )
        with_login = self.smtp is not None and bool(self.smtp.username)
        kept = with_login and self.smtp is not None and kept_password(self.smtp) is not None
        ui.keepPasswordCheck.setEnabled(with_login)
        ui.keepPasswordCheck.setChecked(kept)
        ui.passwordEdit.clear()
        ui.passwordEdit.setPlaceholderText(
            self.tr("kept in the keyring; type to replace it") if kept else ""
        )
        self._password_wanted(kept)

    def _password_wanted(self, on: bool) -> None:
        self.ui.passwordEdit.setEnabled(on)
        self.ui.passwordLabel.setEnabled(on)

    def _edit_mail_server(self) -> None:
        MailSettingsDialog(self.context, self).exec()
        self._show_mail()

    # --- backups ----------------------------------------------------------------------

    def _show_backups(self) -> None:
        ui = self.ui
        database = self.context.database
        ui.rotationLabel.setText(self.tr(ROTATION.describe()) + ".")
        if not database.is_sqlite or database.path is None:
            ui.backupFolderLabel.setText(
                self.tr("A server database is backed up by its administrator (pg_dump).")
            )
            ui.newestLabel.clear()
            ui.backupNowButton.setEnabled(False)
            ui.openFolderButton.setEnabled(False)
            return
        folder = backup_folder(database)
        ui.backupFolderLabel.setText(
            self.tr("Backups of %1 are kept in %2.")
            .replace("%1", database.path.name)
            .replace("%2", str(folder))
        )
        backups = list_backups(folder)
        ui.newestLabel.setText(
            self.tr("Newest: %s.") % f"{backups[-1].taken:%Y-%m-%d %H:%M}"
            if backups
            else self.tr("No backup yet.")
        )
        ui.backupNowButton.setEnabled(not database.read_only)

    def back_up_now(self) -> None:
        database = self.context.database

        def work(progress: Progress) -> object:
            return backup_to_folder(
                database, backup_folder(database), reason="manual", progress=progress
            )

        def done(_path: object) -> None:
            self._show_backups()

        self.backup_job = self.context.data.in_background(
            self, self.tr("Back Up Now"), work, done, label=self.tr("Copying the database…")
        )

    def _open_folder(self) -> None:
        folder = backup_folder(self.context.database)
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # --- saving -----------------------------------------------------------------------

    def chosen(self) -> Preferences:
        ui = self.ui
        as_of = _pydate(ui.asOfEdit.date()) if ui.dateRadio.isChecked() else None
        return Preferences(actor=" ".join(ui.actorEdit.text().split()), as_of=as_of)

    def save(self) -> None:
        ui = self.ui
        if self.smtp is not None and self.smtp.username:
            if ui.keepPasswordCheck.isChecked():
                typed = ui.passwordEdit.text()
                if typed and not keep_password(self.smtp, typed):
                    ui.errorLabel.setText(
                        self.tr("This computer has no keyring to keep the password in.")
                    )
                    return
                if not typed and kept_password(self.smtp) is None:
                    ui.errorLabel.setText(self.tr("Type the password to keep."))
                    ui.passwordEdit.setFocus()
                    return
            else:
                forget_password(self.smtp)
        self.preferences = self.chosen()
        self.preferences.save(QSettings())
        self.accept()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())
