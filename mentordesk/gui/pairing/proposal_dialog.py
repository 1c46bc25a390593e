"""The optimizer's proposal as a diff against the board; the committee accepts all of it or some."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QPushButton, QWidget

from mentordesk.core.matching.pairs import Assignment, BoardChange, BoardPair
from mentordesk.core.matching.solver import Proposal
from mentordesk.core.storage.models import ApplicationStatus
from mentordesk.gui.forms.ui_proposal_dialog import Ui_ProposalDialog
from mentordesk.gui.pairing.models import MENTEE_ID_ROLE, BoardSnapshot


@dataclass(frozen=True)
class ProposedChange:
    mentee_id: int
    mentee: str
    now: str  # current mentor's name, or ''
    proposed_mentor_id: int | None
    proposed: str
    score_now: float | None
    score_proposed: float | None
    reason: str = ""  # why the proposal leaves them without a mentor


def proposal_diff(snapshot: BoardSnapshot, proposal: Proposal) -> list[ProposedChange]:
    """Every mentee whose mentor the proposal would change (kept pairs never change)."""
    changes: list[ProposedChange] = []
    proposed = {p.mentee_id: p for p in proposal.pairs}
    reasons = {u.mentee_id: u.reason for u in proposal.unmatched}
    for mentee in snapshot.state.mentees:
        current = snapshot.pair.get(mentee.id)
        pair = proposed.get(mentee.id)
        now_id = current.mentor_id if current else None
        new_id = pair.mentor_id if pair else None
        if now_id == new_id or (pair is not None and pair.kept):
            continue
        if current is not None and (current.locked or current.confirmed or current.in_use):
            continue
        if current is not None and current.agreement_signed_on is not None:
            continue
        changes.append(
            ProposedChange(
                mentee_id=mentee.id,
                mentee=mentee.name,
                now=snapshot.mentor[now_id].name if now_id in snapshot.mentor else "",
                proposed_mentor_id=new_id,
                proposed=pair.mentor_name if pair else "",
                score_now=_stored_score(snapshot, current) if current else None,
                score_proposed=pair.score if pair else None,
                reason=reasons.get(mentee.id, ""),
            )
        )
    return changes


def _stored_score(snapshot: BoardSnapshot, pair: BoardPair) -> float | None:
    """The score saved with the pair (a pair's score depends on the two people alone), so
    a board of thousands of pairs is compared without scoring one column per pair."""
    if pair.score is not None:
        return pair.score
    return snapshot.score(pair.mentee_id, pair.mentor_id)


def _score_item(value: float | None) -> QStandardItem:
    item = QStandardItem("" if value is None else f"{value:.2f}")
    item.setData(-1.0 if value is None else value, Qt.ItemDataRole.UserRole + 10)
    item.setEditable(False)
    return item


class ProposalDialog(QDialog):
    """Checked rows are accepted; 'Accept all' takes every change."""

    def __init__(
        self, snapshot: BoardSnapshot, proposal: Proposal, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ProposalDialog()
        self.ui.setupUi(self)
        self.snapshot = snapshot
        self.proposal = proposal
        self.changes = proposal_diff(snapshot, proposal)
        self._model = QStandardItemModel(0, 5, self)
        self._model.setHorizontalHeaderLabels(
            [
                self.tr("Mentee"),
                self.tr("Now"),
                self.tr("Proposed"),
                self.tr("Score now"),
                self.tr("Proposed score"),
            ]
        )
        for change in self.changes:
            mentee = QStandardItem(change.mentee)
            mentee.setCheckable(True)
            mentee.setCheckState(Qt.CheckState.Checked)
            mentee.setEditable(False)
            mentee.setData(change.mentee_id, MENTEE_ID_ROLE)
            now = QStandardItem(change.now or self.tr("(unassigned)"))
            proposed = QStandardItem(change.proposed or self.tr("(no mentor) %s") % change.reason)
            proposed.setToolTip(change.reason)
            for item in (now, proposed):
                item.setEditable(False)
            self._model.appendRow(
                [
                    mentee,
                    now,
                    proposed,
                    _score_item(change.score_now),
                    _score_item(change.score_proposed),
                ]
            )
        view = self.ui.changesView
        view.setModel(self._model)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setStretchLastSection(True)
        view.resizeColumnsToContents()
        current_total = sum(
            s for p in snapshot.state.pairs if (s := _stored_score(snapshot, p)) is not None
        )
        self.ui.summaryLabel.setText(
            self.tr(
                "The optimal pairing matches %d of %d mentees with a total score of %.2f "
                "(the board now: %d pairs, %.2f). %d change(s) to the board; %d mentee(s) "
                "left without a mentor. Locked, confirmed and signed pairs stay as they are."
            )
            % (
                len(proposal.pairs),
                len(snapshot.state.mentees),
                proposal.total_score,
                len(snapshot.state.pairs),
                current_total,
                len(self.changes),
                len(proposal.unmatched),
            )
        )
        self.ui.waitlistCheck.setChecked(snapshot.state.rules.waitlist_unmatched)
        self.ui.checkAllButton.clicked.connect(lambda: self.set_all_checked(True))
        self.ui.checkNoneButton.clicked.connect(lambda: self.set_all_checked(False))
        box = self.ui.buttonBox
        self.accept_checked_button: QPushButton = box.addButton(
            self.tr("Accept checked"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.accept_all_button: QPushButton = box.addButton(
            self.tr("Accept all"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.accept_all_button.clicked.connect(self.accept_all)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)

    def set_all_checked(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for row in range(self._model.rowCount()):
            item = self._model.item(row, 0)
            assert item is not None
            item.setCheckState(state)

    def set_checked(self, mentee_id: int, checked: bool) -> None:
        for row in range(self._model.rowCount()):
            item = self._model.item(row, 0)
            if item is not None and item.data(MENTEE_ID_ROLE) == mentee_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def accept_all(self) -> None:
        self.set_all_checked(True)
        self.accept()

    def checked_mentees(self) -> set[int]:
        out = set()
        for row in range(self._model.rowCount()):
            item = self._model.item(row, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                out.add(int(item.data(MENTEE_ID_ROLE)))
        return out

    def selected_change(self) -> BoardChange:
        """The board change for the checked rows (and the waitlist, when ticked)."""
        checked = self.checked_mentees()
        assignments: dict[int, Assignment | None] = {}
        for change in self.changes:
            if change.mentee_id in checked:
                mentor = change.proposed_mentor_id
                assignments[change.mentee_id] = Assignment(mentor) if mentor is not None else None
        statuses: dict[int, tuple[ApplicationStatus, str | None]] = {}
        if self.ui.waitlistCheck.isChecked():
            for unmatched in self.proposal.unmatched:
                still_paired = (
                    unmatched.mentee_id in self.snapshot.pair
                    and unmatched.mentee_id not in assignments
                )
                mentee = self.snapshot.mentee.get(unmatched.mentee_id)
                changed = mentee is not None and (
                    mentee.status != ApplicationStatus.WAITLISTED.value
                    or mentee.status_reason != unmatched.reason
                )
                if unmatched.eligible and not still_paired and changed:
                    statuses[unmatched.mentee_id] = (ApplicationStatus.WAITLISTED, unmatched.reason)
        return BoardChange(assignments=assignments, statuses=statuses)
