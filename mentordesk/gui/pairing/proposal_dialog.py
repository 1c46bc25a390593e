"""The optimizer's proposal as a diff against the board; the committee accepts all of it or some.

Everything the dialog shows (the diff, each row's texts, scores, sort keys and explanation,
the summary) is prepared as plain data in the worker that ran the matching
(``prepare_proposal``); the GUI thread only resets one table model over it. A suggestion for
a big cohort has thousands of changed pairs, and one item per cell held the window for half
a second to build them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QPushButton, QWidget

from mentordesk.core.matching.pairs import Assignment, BoardChange, BoardPair
from mentordesk.core.matching.scoring import COMPONENT_LABELS, effective_weights
from mentordesk.core.matching.solver import Proposal, ProposedPair
from mentordesk.core.progress import Progress, no_progress
from mentordesk.core.storage.models import ApplicationStatus
from mentordesk.gui.core_words import core_text
from mentordesk.gui.forms.ui_proposal_dialog import Ui_ProposalDialog
from mentordesk.gui.languages import local_decimal, local_number, local_percent, local_score
from mentordesk.gui.pairing.models import MENTEE_ID_ROLE, BoardSnapshot
from mentordesk.gui.rows_model import Index, RowsTableModel

# The table's columns, in order.
MENTEE, NOW, PROPOSED, SCORE_NOW, PROPOSED_SCORE = range(5)
SCORE_COLUMNS = (SCORE_NOW, PROPOSED_SCORE)
# A cell's sort key (a missing score sorts below every score).
SORT_ROLE = Qt.ItemDataRole.UserRole + 10
# A row's explanation in one paragraph.
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 11
# At most this many of a column's longest texts are measured to size it.
MEASURED_PER_COLUMN = 12


# The score components' labels (core.matching.scoring.COMPONENT_LABELS) for the catalogue:
# the board's breakdown and this dialog's explanations show them translated.
COMPONENT_LABELS_TO_TRANSLATE = (
    QT_TRANSLATE_NOOP("PairingBoard", "Interests and expertise"),
    QT_TRANSLATE_NOOP("PairingBoard", "Goals and expertise"),
    QT_TRANSLATE_NOOP("PairingBoard", "Meeting format"),
    QT_TRANSLATE_NOOP("PairingBoard", "Location"),
    QT_TRANSLATE_NOOP("PairingBoard", "Department"),
    QT_TRANSLATE_NOOP("PairingBoard", "Experience gap"),
    QT_TRANSLATE_NOOP("PairingBoard", "Requested mentor"),
    QT_TRANSLATE_NOOP("PairingBoard", "Past evaluations"),
)


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


class ChangeRow(NamedTuple):
    """One row of the table as the worker prepared it: what each column shows and sorts by."""

    mentee_id: int
    texts: tuple[str, str, str, str, str]
    keys: tuple[Any, Any, Any, Any, Any]
    placeholder: tuple[bool, bool]  # Now / Proposed say "(unassigned)" / "(no mentor)"
    explanation: str  # why this change: the proposed pair's score in parts, or the reason
    summary: str  # the same in one paragraph, for the line under the table


@dataclass(frozen=True)
class ProposalTexts:
    """The dialog's translated words, taken on the GUI thread for the worker to fill in."""

    unassigned: str
    no_mentor: str  # "(no mentor) %s": the reason follows
    labels: dict[str, str]  # score component -> its label
    pair_score: str  # "%s with %s: %s" (mentee, mentor, the score)
    was: str  # "Now with %s (%s)." (mentor, the score)
    left_without: str  # "%s is left without a mentor: %s" (mentee, the reason)

    @classmethod
    def current(cls) -> ProposalTexts:
        translate = QCoreApplication.translate
        return cls(
            unassigned=translate("ProposalDialog", "(unassigned)"),
            no_mentor=translate("ProposalDialog", "(no mentor) %s"),
            labels={
                name: translate("PairingBoard", label) for name, label in COMPONENT_LABELS.items()
            },
            pair_score=translate("ProposalDialog", "%s with %s: %s"),
            was=translate("ProposalDialog", "Now with %s (%s)."),
            left_without=translate("ProposalDialog", "%s is left without a mentor: %s"),
        )


@dataclass
class PreparedProposal:
    """A proposal compared with the board it was computed against, ready to show."""

    snapshot: BoardSnapshot
    proposal: Proposal
    changes: list[ProposedChange]
    rows: list[ChangeRow]
    current_total: float
    # What accepting each change saves, by mentee (None: no mentor), made here so that
    # Accept all on thousands of rows only copies it.
    assignments: dict[int, Assignment | None] = field(default_factory=dict)
    # Unmatched eligible mentees whose status or reason the waitlist option would change:
    # (mentee id, reason, paired on the board now).
    waitlist: list[tuple[int, str, bool]] = field(default_factory=list)
    # Per column, its longest texts (the GUI measures only these to size the column).
    widest: list[list[str]] = field(default_factory=list)


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


def _score_text(value: float | None) -> str:
    return "" if value is None else local_score(value)


def _parts(
    components: dict[str, float], weights: dict[str, float], texts: ProposalTexts
) -> list[str]:
    """A pair's score in parts: each weighted component's value and weight, biggest first."""
    parts = sorted(
        ((weights.get(name, 0.0) * value, name, value) for name, value in components.items()),
        reverse=True,
    )
    return [
        f"{texts.labels.get(name, name)} {local_score(value)} × {local_percent(weights[name])}"
        for _, name, value in parts
        if weights.get(name, 0.0) > 0
    ]


def prepare_proposal(
    snapshot: BoardSnapshot,
    proposal: Proposal,
    texts: ProposalTexts,
    progress: Progress | None = None,
) -> PreparedProposal:
    """Everything the dialog shows, as plain data: run in the matching's worker."""
    progress = progress or no_progress()
    progress.step(1, 1, "Comparing with the board")  # the matching's bar is full by now
    changes = proposal_diff(snapshot, proposal)
    progress.check()
    weights = effective_weights(snapshot.state.rules)
    proposed: dict[int, ProposedPair] = {p.mentee_id: p for p in proposal.pairs}
    rows: list[ChangeRow] = []
    for done, change in enumerate(changes):
        if done % 2_000 == 0:
            progress.check()  # Cancel stops a suggestion of tens of thousands here too
        pair = proposed.get(change.mentee_id)
        now = change.now or texts.unassigned
        parts: list[str] = []
        if pair is not None and change.proposed_mentor_id is not None:
            new = change.proposed
            why = texts.pair_score % (
                change.mentee,
                change.proposed,
                _score_text(change.score_proposed),
            )
            parts = _parts(pair.components, weights, texts)
        else:
            new = texts.no_mentor % core_text(change.reason)
            why = texts.left_without % (change.mentee, core_text(change.reason))
        was = texts.was % (change.now, _score_text(change.score_now)) if change.now else ""
        explanation = "\n".join([why, *(f"  {p}" for p in parts), *([was] if was else [])])
        summary = " ".join(
            [why + (" (" + ", ".join(parts) + ")" if parts else "") + ".", *([was] if was else [])]
        )
        rows.append(
            ChangeRow(
                mentee_id=change.mentee_id,
                texts=(
                    change.mentee,
                    now,
                    new,
                    _score_text(change.score_now),
                    _score_text(change.score_proposed),
                ),
                keys=(
                    change.mentee.casefold(),
                    change.now.casefold(),
                    change.proposed.casefold(),
                    -1.0 if change.score_now is None else change.score_now,
                    -1.0 if change.score_proposed is None else change.score_proposed,
                ),
                placeholder=(not change.now, change.proposed_mentor_id is None),
                explanation=explanation,
                summary=summary,
            )
        )
    waitlist = []
    for unmatched in proposal.unmatched:
        mentee = snapshot.mentee.get(unmatched.mentee_id)
        if not unmatched.eligible or mentee is None:
            continue
        if (
            mentee.status == ApplicationStatus.WAITLISTED.value
            and mentee.status_reason == unmatched.reason
        ):
            continue
        waitlist.append(
            (unmatched.mentee_id, unmatched.reason, unmatched.mentee_id in snapshot.pair)
        )
    current_total = sum(
        s for p in snapshot.state.pairs if (s := _stored_score(snapshot, p)) is not None
    )
    widest = [
        sorted({r.texts[column] for r in rows}, key=len, reverse=True)[:MEASURED_PER_COLUMN]
        for column in range(5)
    ]
    return PreparedProposal(
        snapshot=snapshot,
        proposal=proposal,
        changes=changes,
        rows=rows,
        current_total=current_total,
        assignments={
            c.mentee_id: None if c.proposed_mentor_id is None else Assignment(c.proposed_mentor_id)
            for c in changes
        },
        waitlist=waitlist,
        widest=widest,
    )


class ProposalModel(RowsTableModel[ChangeRow]):
    """The prepared rows, each checked to be accepted; sorts its own rows (by a key the
    worker prepared), so a click on a header of thousands of rows is one Python sort."""

    checked_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        translate = QCoreApplication.translate
        self.headers = (
            translate("ProposalDialog", "Mentee"),
            translate("ProposalDialog", "Now"),
            translate("ProposalDialog", "Proposed"),
            translate("ProposalDialog", "Score now"),
            translate("ProposalDialog", "Proposed score"),
        )
        # Rows left unchecked, by mentee id (every row starts checked).
        self.unchecked: set[int] = set()
        self._italic = QFont()
        self._italic.setItalic(True)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.entries[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.texts[column]
        if role == Qt.ItemDataRole.CheckStateRole and column == MENTEE:
            return (
                Qt.CheckState.Unchecked
                if row.mentee_id in self.unchecked
                else Qt.CheckState.Checked
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.explanation
        if role == Qt.ItemDataRole.TextAlignmentRole and column in SCORE_COLUMNS:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.FontRole and column in (NOW, PROPOSED):
            return self._italic if row.placeholder[column - NOW] else None
        if role == MENTEE_ID_ROLE:
            return row.mentee_id
        if role == SORT_ROLE:
            return row.keys[column]
        if role == SUMMARY_ROLE:
            return row.summary
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == MENTEE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        mentee_id = self.entries[index.row()].mentee_id
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.unchecked.discard(mentee_id)
        else:
            self.unchecked.add(mentee_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit()
        return True

    def set_all_checked(self, checked: bool) -> None:
        self.unchecked = set() if checked else {r.mentee_id for r in self.entries}
        if self.entries:
            first, last = self.index(0, MENTEE), self.index(len(self.entries) - 1, MENTEE)
            self.dataChanged.emit(first, last, [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit()

    def set_checked(self, mentee_ids: set[int], checked: bool) -> None:
        changed = mentee_ids - self.unchecked if not checked else mentee_ids & self.unchecked
        if not changed:
            return
        if checked:
            self.unchecked -= changed
        else:
            self.unchecked |= changed
        rows = [row for row, entry in enumerate(self.entries) if entry.mentee_id in changed]
        # One signal for the span (thousands of rows ticked at once stay one repaint).
        first, last = self.index(rows[0], MENTEE), self.index(rows[-1], MENTEE)
        self.dataChanged.emit(first, last, [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit()

    def checked_count(self) -> int:
        return len(self.entries) - len(self.unchecked)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.headers):
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        before = [self.entries[i.row()] for i in old]
        key: Callable[[ChangeRow], Any] = lambda r: r.keys[column]  # noqa: E731
        # Ties keep their order (Python's sort is stable): the board's order within a key.
        self.entries.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        if old:
            position = {id(entry): row for row, entry in enumerate(self.entries)}
            self.changePersistentIndexList(
                old,
                [self.index(position[id(e)], i.column()) for e, i in zip(before, old, strict=True)],
            )
        self.layoutChanged.emit()


class ProposalDialog(QDialog):
    """Checked rows are accepted; 'Accept all' takes every change."""

    def __init__(self, prepared: PreparedProposal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ProposalDialog()
        self.ui.setupUi(self)
        self.prepared = prepared
        self.snapshot = prepared.snapshot
        self.proposal = prepared.proposal
        self.changes = prepared.changes
        self._model = ProposalModel(self)
        self._model.set_rows(prepared.rows)
        view = self.ui.changesView
        # The rows come in the board's order; no column claims to sort them until clicked.
        view.setSortingEnabled(False)
        view.setModel(self._model)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(PROPOSED, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)
        view.verticalHeader().hide()
        self._size_columns(prepared.widest)
        view.selectionModel().currentRowChanged.connect(self._explain)
        view.installEventFilter(self)
        # Two lines held for it, so the table does not jump from one row to the next.
        label = self.ui.explanationLabel
        label.setMinimumHeight(2 * label.fontMetrics().lineSpacing() + 4)
        self.ui.explanationLabel.setText(
            self.tr("Choose a row to see why: the proposed pair's score in parts, or the reason.")
        )
        proposal, snapshot = prepared.proposal, prepared.snapshot
        optimum = (
            self.tr(
                "The optimal pairing matches %1 of %Ln mentee(s) with a total score of %2 "
                "(the board now: %3, %4).",
                "",
                len(snapshot.state.mentees),
            )
            .replace("%1", local_number(len(proposal.pairs)))
            .replace("%2", local_decimal(proposal.total_score, 2))
            .replace("%3", self.tr("%Ln pair(s)", "", len(snapshot.state.pairs)))
            .replace("%4", local_decimal(prepared.current_total, 2))
        )
        self.ui.summaryLabel.setText(
            " ".join(
                (
                    optimum,
                    self.tr("%Ln change(s) to the board;", "", len(self.changes)),
                    self.tr("%Ln mentee(s) left without a mentor.", "", len(proposal.unmatched)),
                    self.tr("Locked, confirmed and signed pairs stay as they are."),
                )
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
        self._model.checked_changed.connect(self._update_buttons)
        self.ui.waitlistCheck.toggled.connect(self._update_buttons)
        self._update_buttons()

    def _size_columns(self, widest: list[list[str]]) -> None:
        """Each column as wide as its longest texts (measured: only those the worker
        picked), within reason; the Proposed column takes the rest."""
        view = self.ui.changesView
        metrics = view.fontMetrics()
        italic = QFont(view.font())
        italic.setItalic(True)
        header = view.horizontalHeader()
        padding = 3 * metrics.horizontalAdvance("M")
        check = view.style().pixelMetric(view.style().PixelMetric.PM_IndicatorWidth) + 8
        cap = 24 * metrics.horizontalAdvance("M")
        for column in (MENTEE, NOW, SCORE_NOW, PROPOSED_SCORE):
            texts = widest[column] if column < len(widest) else []
            width = max([metrics.horizontalAdvance(t) for t in texts] or [0])
            if column == NOW:
                width = max(width, QFontMetrics(italic).horizontalAdvance(self.tr("(unassigned)")))
            width += padding + (check if column == MENTEE else 0)
            width = max(width, header.sectionSizeHint(column))
            header.resizeSection(column, min(width, cap))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Space ticks or unticks the selected rows, whichever cell has the focus (all of
        them as the current row goes): a range of a long suggestion is chosen with Shift
        and decided at once."""
        view = self.ui.changesView
        if (
            watched is view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Space
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            rows = view.selectionModel().selectedRows()
            if rows:
                current = view.currentIndex().siblingAtColumn(MENTEE)
                checked = current.data(Qt.ItemDataRole.CheckStateRole) != Qt.CheckState.Checked
                ids = {int(index.data(MENTEE_ID_ROLE)) for index in rows}
                self._model.set_checked(ids, checked)
                return True
        return super().eventFilter(watched, event)

    def _explain(self, current: QModelIndex, _previous: QModelIndex) -> None:
        text = current.data(SUMMARY_ROLE) if current.isValid() else ""
        self.ui.explanationLabel.setText(text or "")

    def _update_buttons(self) -> None:
        # Disabled only when every row was unticked and nothing else would be done: with no
        # rows at all it still accepts the waitlist, or says the board is already optimal.
        waitlisting = self.ui.waitlistCheck.isChecked() and bool(self.prepared.waitlist)
        nothing = bool(self.changes) and self._model.checked_count() == 0 and not waitlisting
        self.accept_checked_button.setEnabled(not nothing)

    def set_all_checked(self, checked: bool) -> None:
        self._model.set_all_checked(checked)

    def set_checked(self, mentee_id: int, checked: bool) -> None:
        self._model.set_checked({mentee_id}, checked)

    def accept_all(self) -> None:
        self.set_all_checked(True)
        self.accept()

    def checked_mentees(self) -> set[int]:
        unchecked = self._model.unchecked
        return {c.mentee_id for c in self.changes if c.mentee_id not in unchecked}

    def selected_change(self) -> BoardChange:
        """The board change for the checked rows (and the waitlist, when ticked)."""
        unchecked = self._model.unchecked
        prepared = self.prepared.assignments
        assignments = (
            {m: a for m, a in prepared.items() if m not in unchecked}
            if unchecked
            else dict(prepared)
        )
        statuses: dict[int, tuple[ApplicationStatus, str | None]] = {}
        if self.ui.waitlistCheck.isChecked():
            for mentee_id, reason, paired in self.prepared.waitlist:
                if not (paired and mentee_id not in assignments):
                    statuses[mentee_id] = (ApplicationStatus.WAITLISTED, reason)
        return BoardChange(assignments=assignments, statuses=statuses)
