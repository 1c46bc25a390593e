"""Closing, reopening and purging a cohort from the window: Program ▸ Close Cohort… and friends.

Each dialog says what will happen in the committee's words before it happens; the
work itself is the core's (``documents/closeout.py``), one transaction each, through the
window's ``data``. Closing and purging back the file up first, so they run off the GUI
thread (``data.write_with_backup`` in ``data.in_background``); a refusal is said in the
dialog's own error line. The menu's actions that open them are ``gui.cohort_actions``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from mentordesk.core.documents.closeout import (
    CloseoutCheck,
    CloseResult,
    PurgeResult,
    close_with_backup,
    closeout_check,
    purge_cohort,
    reopen_cohort,
)
from mentordesk.core.errors import MentorDeskError
from mentordesk.core.programs.cohorts import get_cohort
from mentordesk.core.progress import Progress
from mentordesk.gui.context import AppContext
from mentordesk.gui.data import Change, Kind


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("errorLabel")
    label.setWordWrap(True)
    label.setObjectName("errorLabel")
    return label


class _LifecycleDialog(QDialog):
    """What the three dialogs share: the cohort, its ``Change``, refusals in the error label."""

    error_label: QLabel

    def __init__(self, context: AppContext, cohort_id: int, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.context = context
        self.data = context.data
        self.cohort_id = cohort_id

    def change(self) -> Change:
        # The cohort's whole state moves (read-only, pairs completed, people purged).
        return Change(Kind.EVERYTHING, self.cohort_id, origin=self)

    def show_refusal(self, _title: str, message: str) -> None:
        self.error_label.setText(message)


class CloseCohortDialog(_LifecycleDialog):
    """What is still missing, then Close: pairs complete, the summary is kept, read-only."""

    def __init__(self, context: AppContext, cohort_id: int, parent: QWidget | None = None) -> None:
        super().__init__(context, cohort_id, parent)
        self.closed = False
        self.check: CloseoutCheck = self.data.read(closeout_check, cohort_id)
        self.setWindowTitle(self.tr("Close %s") % self.check.cohort)
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Closing ends the year of %1: the %Ln running pair(s) are marked completed, "
                "the summary's figures are kept as they are today, and the cohort becomes "
                "read-only (it can be reopened, with a reason). A backup is made first.",
                "",
                self.check.running_pairs,
            ).replace("%1", self.check.cohort),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.missing_list = QListWidget(self)
        self.missing_list.setObjectName("missingList")
        self.missing_list.setAccessibleName(self.tr("Still missing"))
        # A long line ("Evaluation missing: … about …") wraps instead of hiding its end.
        self.missing_list.setWordWrap(True)
        self.missing_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.missing_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        lines = self.check.lines()
        self.missing_list.addItems(lines or [self.tr("Nothing is missing.")])
        heading = QLabel(
            self.tr("Still missing:")
            if lines
            else self.tr("Every evaluation and agreement is in."),
            self,
        )
        layout.addWidget(heading)
        layout.addWidget(self.missing_list)
        self.anyway_check = QCheckBox(self.tr("Close &anyway, without what is missing"), self)
        self.anyway_check.setObjectName("closeAnyway")
        self.anyway_check.setVisible(bool(lines))
        layout.addWidget(self.anyway_check)
        self.error_label = _error_label(self)
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.close_button.setText(self.tr("Close Cohort"))
        self.close_button.setEnabled(not lines)
        self.anyway_check.toggled.connect(self.close_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        """Back up, then close, off the GUI thread (copying a large file takes a while)."""
        change, cohort_id, force = self.change(), self.cohort_id, self.anyway_check.isChecked()
        self.close_button.setEnabled(False)

        def work(_progress: Progress) -> tuple[CloseResult, Path | None]:
            return self.data.write_with_backup(change, close_with_backup, cohort_id, force=force)

        def done(_result: object) -> None:
            self.closed = True
            QDialog.accept(self)

        def refused(exc: MentorDeskError) -> None:
            self.error_label.setText(exc.message)
            self.close_button.setEnabled(True)

        self.data.in_background(
            self,
            self.tr("Close Cohort"),
            work,
            done,
            on_refused=refused,
            on_cancelled=lambda: self.close_button.setEnabled(True),
            label=self.tr("Backing up the database, then closing the cohort…"),
        )


class ReopenCohortDialog(_LifecycleDialog):
    """Reopen a closed cohort; the reason is required and kept in the audit log."""

    def __init__(self, context: AppContext, cohort_id: int, parent: QWidget | None = None) -> None:
        super().__init__(context, cohort_id, parent)
        name = self.data.read(get_cohort, cohort_id).name
        self.setWindowTitle(self.tr("Reopen %s") % name)
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "%s is closed. Reopening lets the committee change it again; say why "
                "(the reason is kept in the audit log)."
            )
            % name,
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("reopenReason")
        self.reason_edit.setPlaceholderText(self.tr("e.g. a close-out evaluation came in late"))
        layout.addWidget(self.reason_edit)
        self.error_label = _error_label(self)
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.reopen_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.reopen_button.setText(self.tr("Reopen"))
        self.reopen_button.setEnabled(False)
        self.reason_edit.textChanged.connect(
            lambda text: self.reopen_button.setEnabled(bool(text.strip()))
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        reason = self.reason_edit.text()
        if self.data.change(
            self, self.windowTitle(), self.change(), reopen_cohort, self.cohort_id, reason
        ):
            super().accept()


class PurgeCohortDialog(_LifecycleDialog):
    """Confirm a purge by typing the cohort's name; the purge then runs off the GUI thread."""

    def __init__(self, context: AppContext, cohort_id: int, parent: QWidget | None = None) -> None:
        super().__init__(context, cohort_id, parent)
        self.result_: PurgeResult | None = None
        self.cohort_name = self.data.read(get_cohort, cohort_id).name
        self.setWindowTitle(self.tr("Purge the personal data of %s") % self.cohort_name)
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Purging removes, for good, the names, addresses, answers and notes of the "
                "people of %s, from its records and from the audit log; every count of its "
                "summary stays. People who are also in another cohort keep their name there. "
                "A backup of the database is made first, and the file is compacted so the "
                "removed data is gone from the disk too.\n\nType the cohort's name to confirm:"
            )
            % self.cohort_name,
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("purgeConfirmName")
        self.name_edit.setPlaceholderText(self.cohort_name)
        layout.addWidget(self.name_edit)
        self.error_label = _error_label(self)
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.purge_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.purge_button.setText(self.tr("Purge Personal Data"))
        self.purge_button.setEnabled(False)
        self.name_edit.textChanged.connect(self._typed)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _typed(self, text: str) -> None:
        same = " ".join(text.split()).casefold() == self.cohort_name.casefold()
        self.purge_button.setEnabled(same)

    def accept(self) -> None:
        change, cohort_id = self.change(), self.cohort_id
        self.purge_button.setEnabled(False)

        def work(_progress: Progress) -> PurgeResult:
            return self.data.write_with_backup(change, purge_cohort, cohort_id)

        def done(result: PurgeResult) -> None:
            self.result_ = result
            QDialog.accept(self)

        def refused(exc: MentorDeskError) -> None:
            self.error_label.setText(exc.message)
            self.purge_button.setEnabled(True)

        self.data.in_background(
            self,
            self.tr("Purge"),
            work,
            done,
            on_refused=refused,
            on_cancelled=lambda: self.purge_button.setEnabled(True),
            label=self.tr("Backing up, purging and compacting the database…"),
        )
