"""File ▸ Restore…: the database file's backups, newest first, and putting one back.

Also what a window shows when a file is damaged: the reason above the same list, the
newest backup chosen. Restoring backs up the current file first (``restore_backup``).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from mentordesk.core.errors import MentorDeskError
from mentordesk.core.storage.backup import (
    ROTATION,
    BackupInfo,
    backup_folder,
    backup_info,
    list_backups,
)
from mentordesk.core.storage.restore import Restored, restore_backup
from mentordesk.gui.forms.ui_restore_dialog import Ui_RestoreDialog

REASONS = {
    "daily": "Daily, on opening",
    "before-migration": "Before an upgrade",
    "before-restore": "Before a restore",
    "before-purge": "Before a purge",
    "before-close-out": "Before a close-out",
    "damaged": "The damaged file, as it was",
}


def _size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / 1_048_576:.1f} MB"


class RestoreDialog(QDialog):
    """Choose a backup of ``database`` and put it back; ``restored`` says what happened."""

    def __init__(
        self,
        database: Path,
        parent: QWidget | None = None,
        *,
        problem: str = "",
        release: Callable[[], None] | None = None,
    ) -> None:
        """``release`` lets go of the file (the window showing it) just before a restore."""
        super().__init__(parent)
        self.database = database
        self.restored: Restored | None = None
        self.release = release
        self.released = False
        self.ui = Ui_RestoreDialog()
        self.ui.setupUi(self)
        self.ok_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Restore"))
        self.ui.buttonBox.accepted.connect(self.restore_selected)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.chooseFileButton.clicked.connect(self.choose_file)
        self.ui.problemLabel.setVisible(bool(problem))
        if problem:
            self.setWindowTitle(self.tr("The database is damaged"))
            self.ui.problemLabel.setText(f"<b>{html.escape(problem)}</b>")
        self.ui.rotationLabel.setText(self.tr(ROTATION.describe()) + ".")
        self.backups: list[BackupInfo] = [
            backup_info(b) for b in reversed(list_backups(backup_folder(database)))
        ]
        if self.backups:
            self.ui.introLabel.setText(
                self.tr(
                    "Restoring puts the chosen backup in place of <b>%s</b>. The file as it is "
                    "now is backed up first, so a restore can itself be undone."
                )
                % html.escape(str(database))
            )
        else:
            self.ui.introLabel.setText(
                self.tr("There are no automatic backups of <b>%s</b> yet. Choose a backup file.")
                % html.escape(str(database))
            )
        self._fill()
        self.ui.backupTable.itemSelectionChanged.connect(self._selection_changed)
        self.ui.backupTable.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        if self.backups:
            self.ui.backupTable.selectRow(0)
        self._selection_changed()

    def _fill(self) -> None:
        table = self.ui.backupTable
        headers = [self.tr(h) for h in ("Taken", "Why", "Size", "Programs", "Cohorts")]
        headers += [self.tr("Applications"), self.tr("File")]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            counts = (
                [str(info.programs), str(info.cohorts), str(info.applications)]
                if info.programs is not None
                else [self.tr("unreadable"), "", ""]
            )
            cells = [
                info.taken.strftime("%Y-%m-%d %H:%M"),
                self.tr(REASONS.get(info.reason, info.reason or "By hand")),
                _size(info.size),
                *counts,
                info.path.name,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if 2 <= column <= 5:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(row, column, item)
        table.resizeColumnsToContents()

    def _selection_changed(self) -> None:
        self.ok_button.setEnabled(self.selected() is not None)

    def selected(self) -> Path | None:
        rows = self.ui.backupTable.selectionModel().selectedRows()
        if not rows:
            return None
        return self.backups[rows[0].row()].path

    def restore_selected(self) -> None:
        backup = self.selected()
        if backup is not None:
            self.restore(backup)

    def choose_file(self) -> None:
        start = backup_folder(self.database)
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from a backup file"),
            str(start if start.is_dir() else Path.home()),
            self.tr("MentorDesk database (*.db);;All files (*)"),
        )
        if path:
            self.restore(Path(path))

    def restore(self, backup: Path) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Restore"),
            self.tr("Replace %1 with the backup %2?")
            .replace("%1", str(self.database))
            .replace("%2", backup.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.release is not None and not self.released:
            self.release()
            self.released = True
        try:
            self.restored = restore_backup(self.database, backup)
        except MentorDeskError as exc:
            QMessageBox.warning(self, self.tr("Not restored"), exc.message)
            return
        self.accept()
