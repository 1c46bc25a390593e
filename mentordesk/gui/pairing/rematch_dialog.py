"""The rematch dialog: why the pair ends, and the best other mentors the rules allow."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentordesk.core.matching.rematch import RematchPlan
from mentordesk.gui.languages import local_number, local_score


class RematchDialog(QDialog):
    """Shown only once the rules allow the rematch; proposes the best other mentor first."""

    def __init__(self, plan: RematchPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Rematch %s") % plan.mentee)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        if plan.limit is None:
            limit = self.tr("The program sets no limit on rematches.")
        else:
            left = plan.limit - plan.used
            limit = self.tr(
                "The program allows %Ln rematch(es) per participant; %1 left.", "", plan.limit
            ).replace("%1", local_number(left))
        intro = QLabel(
            self.tr("The pair %s and %s ends; the history stays. %s")
            % (plan.mentor, plan.mentee, limit),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        reason_label = QLabel(self.tr("&Why does this pair end?"), self)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("rematchReason")
        self.reason_edit.setPlaceholderText(self.tr("kept with the pair's history"))
        reason_label.setBuddy(self.reason_edit)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason_edit)
        mentors_label = QLabel(
            self.tr("New &mentor for %s (best score first):") % plan.mentee, self
        )
        self.mentor_list = QListWidget(self)
        self.mentor_list.setObjectName("rematchMentors")
        self.mentor_list.setAccessibleName(self.tr("Other mentors with a free place"))
        mentors_label.setBuddy(self.mentor_list)
        for option in plan.options:
            item = QListWidgetItem(
                self.tr("%1 — score %2, %Ln free place(s)", "", option.free)
                .replace("%1", option.name)
                .replace("%2", local_score(option.score))
            )
            item.setData(Qt.ItemDataRole.UserRole, option.mentor_id)
            self.mentor_list.addItem(item)
        if not plan.options:
            hint = QLabel(
                self.tr(
                    "No other mentor has a free slot that the rules allow; %s waits on the "
                    "board until one frees up (or for the next cohort's waitlist)."
                )
                % plan.mentee,
                self,
            )
            hint.setObjectName("noMentorHint")
            hint.setWordWrap(True)
            layout.addWidget(hint)
        nobody = QListWidgetItem(self.tr("Nobody for now: the mentee waits on the board"))
        nobody.setData(Qt.ItemDataRole.UserRole, None)
        self.mentor_list.addItem(nobody)
        self.mentor_list.setCurrentRow(0)
        layout.addWidget(mentors_label)
        layout.addWidget(self.mentor_list)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Rematch"))
        self.ok_button.setEnabled(False)
        self.reason_edit.textChanged.connect(
            lambda text: self.ok_button.setEnabled(bool(text.strip()))
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reason_edit.setFocus()

    @property
    def reason(self) -> str:
        return self.reason_edit.text().strip()

    @property
    def mentor_id(self) -> int | None:
        item = self.mentor_list.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return int(value) if value is not None else None
