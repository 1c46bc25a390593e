"""Opens a database for a window, with the questions only a person can answer.

A file another window has open: say who, and offer it read-only. A damaged file: say
why and offer the newest backup. A server that wants a password: ask once, and keep it
in the system keyring (never in the settings). Everything else is one message.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from mentordesk.core.errors import MentorDeskError
from mentordesk.core.storage.database import (
    Database,
    InUseError,
    PasswordNeededError,
    resolve_url,
    with_password,
)
from mentordesk.core.storage.file_check import DamagedDatabaseError
from mentordesk.core.storage.passwords import remember_password
from mentordesk.gui.restore_dialog import RestoreDialog


def open_for_window(
    target: str | os.PathLike[str] | None,
    parent: QWidget | None = None,
    *,
    create: bool = True,
    tried: MentorDeskError | None = None,
) -> Database | None:
    """The database ``target`` opened for a window, or None when it cannot or should not be.

    ``tried``: why a first attempt already made elsewhere (``database.first_attempt`` in a worker)
    failed, to be answered here as if this call had met it. Every refusal has been shown
    to the person before None is returned.
    """
    password: str | None = None
    while True:
        try:
            if tried is not None:
                failure, tried = tried, None
                raise failure
            address = with_password(target, password) if password is not None else target
            database = Database(address, create=create, window=True)
        except InUseError as exc:
            return _offer_read_only(target, exc, parent)
        except DamagedDatabaseError as exc:
            if exc.path is None or not _offer_backup(exc.path, exc.message, parent):
                return None
            continue  # restored: open the file again
        except PasswordNeededError as exc:
            password = _ask_password(exc.message, parent)
            if password is None:
                return None
            continue
        except MentorDeskError as exc:
            QMessageBox.critical(
                parent,
                QCoreApplication.translate("opening", "Cannot open the database"),
                exc.message,
            )
            return None
        if password is not None:
            remember_password(database.url, password)
        return database


def _offer_read_only(
    target: str | os.PathLike[str] | None, exc: InUseError, parent: QWidget | None
) -> Database | None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("opening", "Database in use"))
    box.setText(exc.message)
    box.setInformativeText(
        QCoreApplication.translate(
            "opening",
            "Only one window may change a database file at a time. You can look at it "
            "read-only here, or close it there first.",
        )
    )
    read_only = box.addButton(
        QCoreApplication.translate("opening", "Open &Read-Only"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(read_only)
    box.exec()
    if box.clickedButton() is not read_only:
        return None
    try:
        database = Database(target, create=False, read_only=True)
    except MentorDeskError as error:
        QMessageBox.critical(
            parent, QCoreApplication.translate("opening", "Cannot open the database"), error.message
        )
        return None
    database.holder = exc.holder
    return database


def _offer_backup(path: Path, reason: str, parent: QWidget | None) -> bool:
    """Show why the file cannot be used and offer its backups; True once one is restored."""
    dialog = RestoreDialog(path, parent, problem=reason)
    return bool(dialog.exec()) and dialog.restored is not None


def _ask_password(message: str, parent: QWidget | None) -> str | None:
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("opening", "Password"),
        message
        + "\n\n"
        + QCoreApplication.translate(
            "opening", "Password (kept in the system keyring, never in the settings):"
        ),
        QLineEdit.EchoMode.Password,
    )
    return text if ok and text else None


def database_file(target: str | os.PathLike[str] | None) -> Path | None:
    """The file ``target`` names (None for a server address)."""
    try:
        url = resolve_url(target)
    except MentorDeskError:
        return None
    if url.get_backend_name() != "sqlite" or not url.database:
        return None
    return Path(url.database)
