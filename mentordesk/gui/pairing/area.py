"""The Pairing area: what the committee does on the board (drag and drop, the optimizer's
suggestion, locks, confirmations, rematches, undo, the keyboard), over panels of one job each.

The layout is ``ui/pairing_area.ui``: the toolbar of actions (``PairingToolbar``), the
unassigned column (``UnassignedPanel``), the board as cards or a list (``BoardPanel``) and
the explanation of a pair or a "why not?" (``WhyNotPanel``). The panels show; this class
reads the cohort, makes every change through ``data`` and keeps the panels in step.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from contextlib import suppress
from dataclasses import replace
from datetime import date
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QInputDialog,
    QMessageBox,
    QProgressBar,
    QWidget,
)
from shiboken6 import isValid

from mentordesk.core.applications.records import count_applications
from mentordesk.core.errors import MentorDeskError, PairsChangedError
from mentordesk.core.matching.board_scores import BoardScores
from mentordesk.core.matching.certificate import Certificate, certify
from mentordesk.core.matching.fill import Fill, plan_fill
from mentordesk.core.matching.history import application_history
from mentordesk.core.matching.outcome import Pairing, best_with
from mentordesk.core.matching.pairs import (
    Assignment,
    BoardChange,
    BoardPair,
    board_pairs,
    board_state_for,
    change_board,
    load_board,
    with_pairs,
)
from mentordesk.core.matching.rematch import RematchDone, plan_rematch, rematch, undo_rematch
from mentordesk.core.matching.solver import (
    MatchProblem,
    problem_of,
    read_cohort,
    solve,
)
from mentordesk.core.matching.why_not import WhyNot, why_not_pair
from mentordesk.core.progress import Progress
from mentordesk.core.storage.models import ApplicationStatus
from mentordesk.gui.area import Area
from mentordesk.gui.context import AppContext
from mentordesk.gui.core_words import core_text
from mentordesk.gui.data import Change, Kind, tell
from mentordesk.gui.forms.ui_pairing_area import Ui_PairingArea
from mentordesk.gui.jobs import Job
from mentordesk.gui.languages import local_score
from mentordesk.gui.pairing.assign_dialog import AssignDialog
from mentordesk.gui.pairing.board_panel import BoardPanel
from mentordesk.gui.pairing.history_dialog import PersonHistoryDialog
from mentordesk.gui.pairing.models import (
    MENTEE_ID_ROLE,
    MENTOR_ID_ROLE,
    BoardSnapshot,
)
from mentordesk.gui.pairing.proposal_dialog import (
    PreparedProposal,
    ProposalDialog,
    ProposalTexts,
    prepare_proposal,
)
from mentordesk.gui.pairing.rematch_dialog import RematchDialog
from mentordesk.gui.pairing.toolbar import PairingToolbar
from mentordesk.gui.pairing.unassigned_panel import UnassignedPanel
from mentordesk.gui.pairing.why_not_panel import WhyNotPanel
from mentordesk.gui.publish_dialog import PublishDialog
from mentordesk.gui.undo import DatabaseCommand, push
from mentordesk.gui.withdrawal import WithdrawFlow

#: From this many applications on, the board is read and prepared in a worker thread (the
#: board reads more per application than the Applicants table: profiles, eligibility).
READ_IN_BACKGROUND_FROM = 1000

#: Mentees × mentors up to which "why not?" is answered at once while dragging (a few ms);
#: above it the answer comes from the chip's menu, worked out off the GUI thread.
WHY_NOT_INSTANT = 250_000


class BoardChangeCommand(DatabaseCommand):
    """One board edit on the undo stack: redo makes the change, undo applies its inverse."""

    def __init__(
        self,
        area: PairingArea,
        cohort_id: int,
        text: str,
        change: BoardChange,
        *,
        bulk: bool = False,
    ) -> None:
        super().__init__(area.data, text, where=area)
        self._area = area
        self._cohort_id = cohort_id
        self._change = change
        self._inverse: BoardChange | None = None
        #: A whole suggestion (or many mentees): the board is read again whole, off the GUI
        #: thread, and shown with one model reset.
        self.bulk = bulk or is_bulk(change)
        # Said after the last write when it was saved but the board not read again.
        self.notice = ""

    def apply_redo(self) -> None:
        self._inverse = self._apply(self._change)

    def apply_undo(self) -> None:
        assert self._inverse is not None
        again = self._apply(self._inverse)
        # Redo expects the pairs as this undo left them (and brings back the very pairs,
        # under their ids); another desk's pair made meanwhile is refused, not replaced.
        self._change = replace(again, statuses=self._change.statuses)

    def _apply(self, change: BoardChange) -> BoardChange:
        self.notice = ""
        try:
            return self._area.apply_change(self._cohort_id, change, self)
        except PairsChangedError as exc:
            self._area.show_pairs_now(self._cohort_id, exc.mentee_ids)  # what changed
            raise


#: From this many mentees changed at once, a board change shows the whole board again.
BULK_FROM = 50


def as_shown(pair: BoardPair | None) -> Assignment | None:
    """A pair on the board as ``change_board`` compares it with the stored one."""
    if pair is None:
        return None
    return Assignment(
        pair.mentor_id,
        locked=pair.locked,
        confirmed=pair.confirmed,
        agreement_signed_on=pair.agreement_signed_on,
        emphasis_area=pair.emphasis_area,
        pairing_id=pair.pairing_id,
    )


def is_bulk(change: BoardChange) -> bool:
    return len({*change.assignments, *change.statuses}) >= BULK_FROM


class _Saved(NamedTuple):
    """What a board change's worker hands back: the inverse step, and the board after it
    (whole, or patched where it changed), or why it could not be read again."""

    inverse: BoardChange
    whole: BoardSnapshot | None = None
    patched: BoardSnapshot | None = None
    touched: frozenset[int] | set[int] = frozenset()  # the mentors whose cards changed
    unread: str = ""


class RematchCommand(DatabaseCommand):
    """A rematch (the pair ended, maybe a new mentor); undo removes the new pair and makes the
    old one active again."""

    def __init__(
        self,
        area: PairingArea,
        cohort_id: int,
        pairing_id: int,
        note: str,
        mentor_id: int | None,
        *,
        mentor_was: int | None = None,
    ) -> None:
        super().__init__(
            area.data, QCoreApplication.translate("PairingArea", "Rematch"), where=area
        )
        self._area = area
        self._cohort_id = cohort_id
        self._pairing_id = pairing_id
        self._note = note
        self._mentor_id = mentor_id
        self._mentor_was = mentor_was  # the pair ended is the one the committee saw
        self._made: RematchDone | None = None

    def apply_redo(self) -> None:
        self._made = self._area.rematch(
            self._cohort_id,
            self._pairing_id,
            self._note,
            self._mentor_id,
            self._mentor_was,
            command=self,
        )

    def apply_undo(self) -> None:
        assert self._made is not None
        self._area.undo_rematch(self._cohort_id, self._made, command=self)


class PairingArea(Area):
    """The Pairing page of the main window for one cohort (``set_cohort``)."""

    board_changed = Signal()
    # People, eligibility and rules decide the cards and scores.
    shows = Kind.APPLICATIONS | Kind.PAIRINGS | Kind.AGREEMENTS | Kind.PROGRAMS

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.snapshot: BoardSnapshot | None = None
        self.scores: BoardScores | None = None  # a column at a time; the whole problem on demand
        self.proposal_dialog: ProposalDialog | None = None
        self.assign_dialog: AssignDialog | None = None
        self.rematch_dialog: RematchDialog | None = None
        self.history_dialog: PersonHistoryDialog | None = None
        self.publish_dialog: PublishDialog | None = None
        self.focus_dialog: QInputDialog | None = None
        self.why_not_dialog: QInputDialog | None = None
        self._last_view: QWidget | None = None
        self._optimum: tuple[int, Pairing] | None = None  # id(problem), today's optimum

        # The layout is ui/pairing_area.ui: toolbar, unassigned column, board, explanation.
        self.ui = Ui_PairingArea()
        self.ui.setupUi(self)
        self.toolbar: PairingToolbar = self.ui.toolbar
        self.unassigned: UnassignedPanel = self.ui.unassigned
        self.board: BoardPanel = self.ui.board
        self.why_not_panel: WhyNotPanel = self.ui.whyNotPanel
        self.status_label = self.ui.statusLabel
        self.status_label.setObjectName("pairingStatus")
        self.ui.layout.insertWidget(1, self.toolbar.second_row)
        self.ui.layout.setSpacing(2)
        self.ui.splitter.setStretchFactor(0, 1)
        self.ui.splitter.setStretchFactor(1, 3)
        self.ui.splitter.setSizes([300, 700])
        # The board and the explanation share the height; the committee sets the split.
        self.ui.boardSplit.setStretchFactor(0, 3)
        self.ui.boardSplit.setStretchFactor(1, 1)
        #: True while a big cohort's board is read off the GUI thread (``--ready-and-quit``
        #: and the main window wait for it); the bar says so in place meanwhile.
        self.loading = False
        self._load_generation = 0
        self._jobs: set[Job] = set()
        self.reading_bar = QProgressBar(self)
        self.reading_bar.setObjectName("pairingReading")
        self.reading_bar.setTextVisible(True)
        self.reading_bar.hide()
        self.ui.layout.insertWidget(2, self.reading_bar)

        # The panels' parts by the names the rest of the window (and its tests) use.
        self.board_model = self.board.model
        self.board_view, self.card_board = self.board.list_view, self.board.cards
        self.board_stack, self.mentors_label = self.board.stack, self.board.label
        self.unassigned_model = self.unassigned.model
        self.unassigned_view = self.unassigned.view
        self.unassigned_label = self.unassigned.label
        bar = self.toolbar
        self.search_edit, self.filter_combo = bar.search_edit, bar.filter_combo
        self.list_action = bar.list_action
        self.suggest_action, self.fill_action = bar.suggest_action, bar.fill_action
        self.certificate_action, self.publish_action = bar.certificate_action, bar.publish_action
        self.assign_action, self.unassign_action = bar.assign_action, bar.unassign_action
        self.lock_action, self.confirm_action = bar.lock_action, bar.confirm_action
        self.signed_action, self.focus_action = bar.signed_action, bar.focus_action
        self.rematch_action, self.history_action = bar.rematch_action, bar.history_action
        self.why_not_action, self.withdraw_action = bar.why_not_action, bar.withdraw_action
        self.pair_actions = bar.pair_actions

        bar.connect_to(
            {
                self.suggest_action: self.suggest,
                self.fill_action: self.fill_free_places,
                self.certificate_action: self.show_certificate,
                self.assign_action: self.assign_selected,
                self.unassign_action: self.unassign_selected,
                self.lock_action: self.toggle_lock,
                self.confirm_action: self.toggle_confirm,
                self.signed_action: self.toggle_signed,
                self.focus_action: self.edit_focus,
                self.publish_action: self.open_publish,
                self.rematch_action: self.ask_rematch,
                self.history_action: self.show_history,
                self.why_not_action: self.ask_why_not,
                self.withdraw_action: self.withdraw_selected,
            }
        )
        # Shortcuts work wherever the focus is in the area.
        for action in bar.actions_with_shortcuts:
            self.addAction(action)
        self.list_action.toggled.connect(self.show_as_list)
        self.search_edit.textChanged.connect(self._search)
        self.filter_combo.currentIndexChanged.connect(self._filter_mode)

        self.board.dropped.connect(self._dropped)
        self.unassigned.dropped.connect(self._dropped)
        self.board.drag_started.connect(self.preview_drag)
        self.board.drag_over.connect(self.explain_drop_target)
        self.card_board.selection_changed.connect(self._cards_selection_changed)
        self.card_board.hovered.connect(self._hover_card)
        self.card_board.refusal_for = self._refusal
        self.card_board.chip_actions = self.pair_actions
        self.card_board.installEventFilter(self)
        for view in (self.board_view, self.unassigned_view):
            view.installEventFilter(self)
            view.selectionModel().selectionChanged.connect(
                lambda *_a, v=view: self._selection_changed(v)
            )
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            for action in self.pair_actions:
                view.addAction(action)
        self._update_actions()

    # --- loading -----------------------------------------------------------------------

    def set_cohort(self, cohort_id: int | None) -> None:
        """Show this cohort's board (reads applications once, scores nothing); a big cohort
        is read and prepared off the GUI thread while the board says so in place."""
        other_cohort = cohort_id != self.cohort_id
        if other_cohort:
            # A search or a message about the last cohort would make this one look wrong.
            self.search_edit.clear()
            self.status_label.clear()
        self.cohort_id = cohort_id
        self._load_generation += 1
        # A read still under way is of a board no one will see: it stops at its next step
        # rather than share the interpreter with this one (and Suggest) for seconds.
        for job in self._jobs:
            job.progress.cancel()
        self.why_not_panel.clear()
        if cohort_id is not None:
            size = self.data.query(self, self.tr("Pairing"), count_applications, cohort_id)
            if size and size.result >= READ_IN_BACKGROUND_FROM:
                if other_cohort:  # never the last cohort's board under this one's name
                    self.scores = None
                    self.card_board.reading = self.unassigned.reading = True
                    self._show(None, reset=True)
                self._read_in_background(cohort_id, size.result)
                return
        self._stop_reading()
        self.scores = None
        snapshot = None
        if cohort_id is not None:
            loaded = self.data.query(self, self.tr("Pairing"), load_board, cohort_id)
            if loaded:
                # No scoring here: the board shows the scores stored with the pairs.
                inputs, state = loaded.result
                self.scores = BoardScores(inputs)
                snapshot = BoardSnapshot.of(state, self.scores)
        self._show(snapshot, reset=True)

    def _read_in_background(self, cohort_id: int, size: int) -> None:
        """Read and prepare the board in a worker; show it in one step when it is ready."""
        generation, data = self._load_generation, self.data

        def work(progress: Progress) -> tuple[BoardScores, BoardSnapshot]:
            inputs, state = data.read(load_board, cohort_id, progress)
            progress.check()
            scores = BoardScores(inputs).prepare()  # the first drag never waits for it
            progress.check()
            snapshot = BoardSnapshot.of(state, scores)
            snapshot.list_rows()  # "Show as list" never waits for it either
            snapshot.mentor_groups()  # nor the cards' sections
            return scores, snapshot

        def progressed(done: int, total: int, _message: str) -> None:
            if generation == self._load_generation and isValid(self):
                # One more step than the read reports: preparing the scores comes after it.
                self.reading_bar.setRange(0, max(total, 0) + 1)
                self.reading_bar.setValue(min(done, total))

        def finished(result: tuple[BoardScores, BoardSnapshot]) -> None:
            self._jobs.discard(job)
            if not isValid(self) or generation != self._load_generation:
                return  # another cohort, or a newer reload, was asked for meanwhile
            self._stop_reading()
            self.scores, snapshot = result
            self._show(snapshot, reset=True)

        def failed(exc: BaseException) -> None:
            self._jobs.discard(job)
            if isValid(self) and generation == self._load_generation:
                self._stop_reading()
                tell(self, self.tr("Pairing"), exc)

        self.loading = True
        # The board stays on screen but still while it is read: an edit now would be
        # overwritten by the older read arriving after it.
        self.toolbar.setEnabled(False)
        self.toolbar.second_row.setEnabled(False)
        self.ui.splitter.setEnabled(False)
        self.reading_bar.setRange(0, 0)
        self.reading_bar.setFormat(
            self.tr("Reading the pairing board of %Ln application(s)…", "", size)
        )
        self.reading_bar.show()
        job = Job(work)
        self._jobs.add(job)
        job.signals.progressed.connect(progressed)
        job.signals.finished.connect(finished)
        job.signals.failed.connect(failed)
        job.signals.cancelled.connect(lambda: self._jobs.discard(job))  # a newer read began
        QThreadPool.globalInstance().start(job)

    def _stop_reading(self) -> None:
        self.loading = False
        self.card_board.reading = self.unassigned.reading = False
        self.reading_bar.hide()
        self.toolbar.setEnabled(True)
        self.toolbar.second_row.setEnabled(True)
        self.ui.splitter.setEnabled(True)

    def refresh(
        self,
        select_mentees: Sequence[int] = (),
        *,
        full: bool = False,
        mentees: Collection[int] | None = None,
    ) -> None:
        """Reread the pairs after an edit (cheap: the people and scores are kept); only
        these ``mentees``' pairs when the edit touched no one else; ``full`` rereads
        everything (after the optimizer, or when others may have changed people)."""
        if full or self.snapshot is None or self.scores is None:
            self.set_cohort(self.cohort_id)
        elif self.cohort_id is not None and mentees is not None:
            # One edit on a board of thousands: only its mentees' pairs are read, and only
            # their rows and their mentors' cards change on screen.
            snapshot = self.snapshot
            current = self.data.read(board_pairs, self.cohort_id, mentees)
            before = {snapshot.pair[m].mentor_id for m in mentees if m in snapshot.pair}
            patched = snapshot.patched(list(mentees), current)
            touched = before | {p.mentor_id for p in current.pairs}
            self._show(patched, mentors=touched, mentees=list(mentees))
        elif self.cohort_id is not None:
            current = self.data.read(board_pairs, self.cohort_id)
            self._show(BoardSnapshot.of(with_pairs(self.snapshot.state, current), self.scores))
        if select_mentees:
            self.select_mentees(select_mentees)
            self._update_actions()

    def reload(self) -> None:
        """Reread everything: the main window calls this after imports, rule or eligibility edits."""
        self.refresh(full=True)

    def _show(
        self,
        snapshot: BoardSnapshot | None,
        *,
        reset: bool = False,
        mentors: Collection[int] | None = None,
        mentees: Sequence[int] | None = None,
    ) -> None:
        """Show ``snapshot``; ``mentors``/``mentees``: the only ones an edit touched."""
        self.snapshot = snapshot
        self.board.set_snapshot(snapshot, self.cohort_id, reset=reset, mentors=mentors)
        if snapshot is not None and mentees is not None and not reset:
            self.unassigned.update_snapshot(snapshot, mentees)
        else:
            self.unassigned.set_snapshot(snapshot)
        self._update_actions()
        self.board_changed.emit()

    # --- selection -----------------------------------------------------------------------

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if event.type() == event.Type.FocusIn and watched in (
            self.board_view,
            self.unassigned_view,
            self.card_board,
        ):
            self._last_view = watched
            self._update_actions()
        return super().eventFilter(watched, event)

    def _selection_changed(self, view: QAbstractItemView) -> None:
        if view.selectionModel().hasSelection():
            self._last_view = view
        self._update_actions()

    def selected_mentees(self) -> list[int]:
        """The mentees selected in the view used last (board rows or the unassigned column)."""
        if self._last_view is self.card_board or (
            self._last_view is None and not self.list_action.isChecked()
        ):
            return list(self.card_board.selected)
        view = self._last_view
        if not isinstance(view, QAbstractItemView):
            view = self.board_view
        ids: list[int] = []
        for index in (
            view.selectionModel().selectedRows(0) or view.selectionModel().selectedIndexes()
        ):
            value = index.data(MENTEE_ID_ROLE)
            if value is not None and int(value) not in ids:
                ids.append(int(value))
        return ids

    def select_mentees(self, mentee_ids: Sequence[int]) -> None:
        """Select these mentees where they are now (on a card or in the unassigned column)."""
        ids = set(mentee_ids)
        snap = self.snapshot
        paired = [m for m in mentee_ids if snap is not None and m in snap.pair]
        if not self.list_action.isChecked() and paired:
            # On the cards, even when a big board shows only some of them: the list is
            # hidden, and laying it all out to select a row there would hold the window.
            self.card_board.select(paired)
            self._last_view = self.card_board
            return
        board_rows = self.board.rows_of(list(ids))
        view: QAbstractItemView
        rows: list[QModelIndex]
        if board_rows:
            view, rows = self.board_view, board_rows
        else:
            view, rows = self.unassigned_view, self.unassigned.rows_of(list(ids))
        view.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in rows:
            view.selectionModel().select(row, flags)
        if rows:
            # NoUpdate: with a modifier still held (Ctrl+L), the view would toggle it off again.
            view.selectionModel().setCurrentIndex(
                rows[0], QItemSelectionModel.SelectionFlag.NoUpdate
            )
            view.scrollTo(rows[0])
            view.setFocus()
        self._last_view = view

    def _update_actions(self) -> None:
        snap = self.snapshot
        ids = self.selected_mentees() if snap else []
        pairs = [snap.pair[m] for m in ids if snap and m in snap.pair]
        self.toolbar.update_for(snap, ids, pairs, can_explain=self.scores is not None)

    def _search(self, text: str) -> None:
        self.board.set_search(text)
        self.unassigned.set_search(text)

    def _filter_mode(self, mode: int) -> None:
        self.board.set_filter_mode(mode)

    # --- cards, list and "why not?" -------------------------------------------------------

    def show_as_list(self, on: bool) -> None:
        """Mentors and pairs as a list (a sortable table) instead of cards; the same actions
        work on both."""
        if self.list_action.isChecked() != on:
            self.list_action.setChecked(on)
            return
        self.board.show_as_list(on)
        self._last_view = self.board_view if on else self.card_board
        self._update_actions()

    def _cards_selection_changed(self) -> None:
        self._last_view = self.card_board
        self._update_actions()
        selected = self.card_board.selected
        snap = self.snapshot
        if len(selected) == 1 and snap is not None and selected[0] in snap.pair:
            pair = snap.pair[selected[0]]
            self.why_not_panel.show_pair(snap.breakdown_html(pair.mentee_id, pair.mentor_id))

    def _refusal(self, mentee_ids: Sequence[int], mentor_id: int) -> str | None:
        return self.snapshot.refusal(mentee_ids, mentor_id) if self.snapshot else None

    def _hover_card(self, mentee_ids: list[int], mentor_id: int) -> None:
        """A chip dragged over a card: the quick answer at once, and the cohort's cost."""
        snap = self.snapshot
        if snap is None or not mentee_ids or mentor_id not in snap.mentor:
            return
        refusal = snap.refusal(mentee_ids, mentor_id)
        if refusal:
            self.show_message(self.tr("Cannot drop here: %s") % refusal)
        else:
            score = snap.score(mentee_ids[0], mentor_id)
            self.show_message(
                self.tr("%1 would score %2")
                .replace("%2", local_score(score or 0.0))
                .replace("%1", snap.mentor[mentor_id].name)
            )
        if self.scores is not None and self.scores.size <= WHY_NOT_INSTANT:
            self.show_why_not(mentee_ids[0], mentor_id)

    def today_optimum(self, problem: MatchProblem) -> Pairing:
        """Today's optimum for the problem on show, found once per problem."""
        if self._optimum is None or self._optimum[0] != id(problem):
            self._optimum = (id(problem), best_with(problem, {}))
        return self._optimum[1]

    def show_why_not(self, mentee_id: int, mentor_id: int) -> WhyNot | None:
        """Answer "why not this pair?" in the panel (at once: for small cohorts or a worker)."""
        if self.scores is None:
            return None
        problem = self.scores.problem()
        try:
            answer = why_not_pair(problem, mentee_id, mentor_id, self.today_optimum(problem))
        except MentorDeskError as exc:
            tell(self, self.tr("Why not this pair?"), exc)
            return None
        self.why_not_panel.show_answer(answer)
        return answer

    def ask_why_not(self) -> None:
        """Keyboard and menu: choose a mentor for the selected mentee and see the answer."""
        ids = self.selected_mentees()
        snap = self.snapshot
        if snap is None or self.scores is None or len(ids) != 1:
            self.show_message(self.tr("Select one mentee first"))
            return
        mentee_id = ids[0]
        mentors = sorted(snap.mentors, key=lambda m: m.name.casefold())
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Why not this pair?"))
        name = snap.mentee[mentee_id].name if mentee_id in snap.mentee else ""
        dialog.setLabelText(self.tr("Why is %s not paired with:") % name)
        labels = [f"{m.name} — {m.department or self.tr('no department')}" for m in mentors]
        dialog.setComboBoxItems(labels)
        dialog.setComboBoxEditable(False)
        self.why_not_dialog = dialog

        def done(result: int) -> None:
            self.why_not_dialog = None
            if result and dialog.textValue() in labels:
                mentor_id = mentors[labels.index(dialog.textValue())].id
                self._answer_in_worker(mentee_id, mentor_id)
            dialog.deleteLater()

        dialog.finished.connect(done)
        dialog.open()

    def _answer_in_worker(self, mentee_id: int, mentor_id: int) -> None:
        scores = self.scores
        if scores is None:
            return
        if scores.size <= WHY_NOT_INSTANT:
            answer = self.show_why_not(mentee_id, mentor_id)
            if answer is not None:
                self.show_message(core_text(answer.summary()))
            return

        def work(progress: Progress) -> WhyNot:
            progress.step(0, 2, "Scoring the cohort")
            problem = scores.problem()  # built once, kept for the next question
            progress.step(1, 2, "Finding the best pairing with this pair")
            return why_not_pair(problem, mentee_id, mentor_id, self.today_optimum(problem))

        def shown(answer: WhyNot) -> None:
            self.why_not_panel.show_answer(answer)
            self.show_message(core_text(answer.summary()))

        self.data.in_background(
            self, self.tr("Why not this pair?"), work, shown, label=self.tr("Working it out…")
        )

    # --- changing the board --------------------------------------------------------------

    def show_message(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_message.emit(text)

    def show_refusal(self, _title: str, message: str) -> None:
        self.show_message(message)  # the board says why in its status line, never a box

    def apply_change(
        self, cohort_id: int, change: BoardChange, command: BoardChangeCommand
    ) -> BoardChange:
        """Make one board change in one transaction and show it; raises when a rule refuses
        it. The change is saved, and the board after it prepared, in a worker while the
        window keeps painting and takes no click or key (``DatabaseCommand.in_worker``); the
        GUI thread only shows the result. One edit rereads its mentees' pairs and redraws
        only them and their mentors; a bulk one (a whole suggestion, its undo and redo) is
        read again whole and shown with one model reset."""
        # A waitlisted mentee paired after all is accepted again: applications change too.
        kinds = Kind.PAIRINGS | (Kind.APPLICATIONS if change.statuses else Kind(0))
        data, snapshot, scores, bulk = self.data, self.snapshot, self.scores, command.bulk
        shown_here = cohort_id == self.cohort_id and snapshot is not None
        mentees = {*change.assignments, *change.statuses}

        def work(progress: Progress) -> _Saved:
            progress.step(0, 2)
            # Past this point Cancel waits: the transaction is saved whole or not at all.
            inverse = data.write(
                Change(kinds, cohort_id, origin=self), change_board, cohort_id, change
            )
            if not shown_here or snapshot is None:
                return _Saved(inverse)
            # Saved: a read failing now (the server gone) must not make it look unsaved.
            try:
                if bulk:
                    current = data.read(board_pairs, cohort_id)
                    whole = BoardSnapshot.of(with_pairs(snapshot.state, current), scores)
                    whole.list_rows()  # shown with one reset: the GUI thread only lays out
                    whole.mentor_groups()
                    return _Saved(inverse, whole=whole)
                some = data.read(board_pairs, cohort_id, mentees)
            except MentorDeskError as exc:
                return _Saved(inverse, unread=exc.message)
            # The board after the edit, made here: the GUI thread only shows it.
            before = {snapshot.pair[m].mentor_id for m in mentees if m in snapshot.pair}
            patched = snapshot.patched(list(mentees), some)
            patched.mentor_groups()
            return _Saved(
                inverse, patched=patched, touched=before | {p.mentor_id for p in some.pairs}
            )

        label = self.tr("Saving the pairs…") if bulk else self.tr("Saving…")
        saved = command.in_worker(self.tr("Pairing"), label, work)
        if cohort_id != self.cohort_id:
            return saved.inverse
        selected = list(change.assignments)
        if saved.unread:
            self._saved_but_not_shown(command, saved.unread)
        elif self.snapshot is not snapshot or snapshot is None:
            try:
                self.refresh(select_mentees=selected, mentees=mentees)  # the board moved
            except MentorDeskError as exc:
                self._saved_but_not_shown(command, exc.message)
        elif saved.whole is not None:
            self._show(saved.whole, reset=True)
            self.select_mentees(selected[:1])
            self._update_actions()
        elif saved.patched is not None:
            self._show(saved.patched, mentors=saved.touched, mentees=list(mentees))
            self.select_mentees(selected)
            self._update_actions()
        return saved.inverse

    def show_pairs_now(self, cohort_id: int, mentee_ids: Sequence[int]) -> None:
        """Show these mentees' pairs as they are now (another desk changed them): the board
        the committee looks at after a refusal is the one that explains it."""
        if cohort_id != self.cohort_id or self.snapshot is None or self.loading:
            return
        # The refusal is said all the same; F5 reads the board when the database answers.
        with suppress(MentorDeskError):
            self.refresh(mentees=list(mentee_ids))

    def _saved_but_not_shown(self, command: BoardChangeCommand, reason: str) -> None:
        """The change was saved but the board could not be read again: say both, never
        "Not saved", and leave F5 to read it when the database answers again."""
        command.notice = (
            self.tr("%1: saved. The board could not be refreshed (%2); press F5 to try again")
            .replace("%1", command.text())
            .replace("%2", reason)
        )
        self.show_message(command.notice)

    def push_change(self, text: str, change: BoardChange, *, bulk: bool = False) -> bool:
        """Do a change and put it on the undo stack; a refused change shows why and is not
        pushed. ``bulk``: saved in a worker whatever its size (a suggestion accepted)."""
        if self.cohort_id is None or not change:
            return False
        if not change.expected and self.snapshot is not None:
            # The pairs as the board shows them are the ones changed: a pair another desk
            # changed meanwhile is refused (F5 shows it), never overwritten unseen.
            shown = self.snapshot.pair
            change = replace(
                change, expected={m: as_shown(shown.get(m)) for m in change.assignments}
            )
        command = BoardChangeCommand(self, self.cohort_id, text, change, bulk=bulk)
        if not push(self.context.undo_stack, command):
            return False
        self.show_message(command.notice or text)
        return True

    def move_mentees(self, mentee_ids: Sequence[int], mentor_id: int | None) -> bool:
        """Give these mentees this mentor (None: unassign), undoably; False if refused."""
        snap = self.snapshot
        if snap is None or not mentee_ids:
            return False
        assignments: dict[int, Assignment | None] = {}
        for mentee_id in mentee_ids:
            pair = snap.pair.get(mentee_id)
            if pair is not None and pair.mentor_id == mentor_id:
                continue
            emphasis = pair.emphasis_area if pair else None
            assignments[mentee_id] = (
                Assignment(mentor_id, emphasis_area=emphasis) if mentor_id is not None else None
            )
        if not assignments:
            return False
        # A waitlisted mentee who gets a mentor after all is in the program again.
        statuses = {
            m: (ApplicationStatus.ACCEPTED, None)
            for m, target in assignments.items()
            if target is not None and m in snap.mentee and snap.mentee[m].status == "waitlisted"
        }
        names = ", ".join(snap.mentee[m].name for m in assignments if m in snap.mentee)
        if mentor_id is None:
            text = self.tr("Unassign %s") % names
        else:
            text = self.tr("Pair %s with %s") % (names, snap.mentor[mentor_id].name)
        return self.push_change(text, BoardChange(assignments=assignments, statuses=statuses))

    def _dropped(self, mentee_ids: list[int], mentor_id: int | None) -> None:
        self.move_mentees(mentee_ids, mentor_id)

    def preview_drag(self, mentee_ids: Sequence[int]) -> None:
        self.board_model.set_preview(mentee_ids)
        if not mentee_ids:
            return
        snap = self.snapshot
        names = ", ".join(snap.mentee[m].name for m in mentee_ids if snap and m in snap.mentee)
        self.show_message(self.tr("Drop %s on a mentor; red cards refuse, saying why") % names)

    def explain_drop_target(self, index: QModelIndex) -> None:
        """While dragging: the score the row under the mouse would give, or why it refuses."""
        snap, preview = self.snapshot, self.board_model.preview
        if snap is None or not preview or not index.isValid():
            return
        mentor_id = index.data(MENTOR_ID_ROLE)
        if mentor_id is None:
            return
        refusal = snap.refusal(preview, int(mentor_id))
        if refusal:
            self.show_message(self.tr("Cannot drop here: %s") % refusal)
        else:
            score = snap.score(preview[0], int(mentor_id))
            self.show_message(
                self.tr("%1 would score %2")
                .replace("%2", local_score(score or 0.0))
                .replace("%1", snap.mentor[int(mentor_id)].name)
            )

    def assign_selected(self) -> None:
        """Keyboard access: choose a mentor for the selected mentees in a dialog."""
        ids = self.selected_mentees()
        if self.snapshot is None or not ids:
            self.show_message(self.tr("Select a mentee first"))
            return
        dialog = AssignDialog(self.snapshot, ids, self)
        self.assign_dialog = dialog

        def done(result: int) -> None:
            if result and dialog.mentor_id is not None:
                self.move_mentees(ids, dialog.mentor_id)
            self.assign_dialog = None
            dialog.deleteLater()

        dialog.finished.connect(done)
        dialog.open()

    def unassign_selected(self) -> None:
        self.move_mentees(self.selected_mentees(), None)

    def _flag_change(
        self,
        text: str,
        *,
        locked: bool | None = None,
        confirmed: bool | None = None,
        sign: bool | None = None,  # True: signed today (unless already), False: not signed
    ) -> None:
        pairs = self._selected_pairs()
        if not pairs:
            return
        assignments: dict[int, Assignment | None] = {}
        for p in pairs:
            signed_on = p.agreement_signed_on
            if sign is not None:
                signed_on = (signed_on or date.today()) if sign else None
            assignments[p.mentee_id] = Assignment(
                p.mentor_id,
                locked=p.locked if locked is None else locked,
                confirmed=p.confirmed if confirmed is None else confirmed,
                agreement_signed_on=signed_on,
                emphasis_area=p.emphasis_area,
            )
        self.push_change(text, BoardChange(assignments=assignments))

    def toggle_lock(self) -> None:
        pairs = self._selected_pairs()
        if pairs:
            lock = not all(p.locked for p in pairs)
            self._flag_change(self.tr("Lock pair") if lock else self.tr("Unlock pair"), locked=lock)

    def toggle_confirm(self) -> None:
        pairs = self._selected_pairs()
        if pairs:
            confirm = not all(p.confirmed for p in pairs)
            text = self.tr("Confirm pair") if confirm else self.tr("Unconfirm pair")
            self._flag_change(text, confirmed=confirm)

    def toggle_signed(self) -> None:
        """Mark the selected pairs' agreements signed today (or not signed, if all were)."""
        pairs = self._selected_pairs()
        if pairs:
            unsign = all(p.agreement_signed_on for p in pairs)
            text = self.tr("Agreement not signed") if unsign else self.tr("Agreement signed")
            self._flag_change(text, sign=not unsign)

    def _selected_pairs(self) -> list[Any]:
        snap = self.snapshot
        return [snap.pair[m] for m in self.selected_mentees() if snap and m in snap.pair]

    # --- focus and publishing ----------------------------------------------------------------

    def edit_focus(self) -> None:
        """Ask for the selected pair's focus; the change is one undoable step."""
        pairs = self._selected_pairs()
        if len(pairs) != 1 or self.snapshot is None:
            self.show_message(self.tr("Select one pair to set its focus"))
            return
        pair = pairs[0]
        labels = {
            "emphasis_area": self.tr("The emphasis area this pair will focus on this year:"),
            "goals": self.tr("The goals this pair agreed to work on:"),
            "credential": self.tr("What this pair focuses on toward the credential:"),
        }
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Pair's focus"))
        dialog.setLabelText(labels.get(self.snapshot.state.rules.focus, labels["goals"]))
        dialog.setTextValue(pair.emphasis_area or "")
        self.focus_dialog = dialog

        def done(result: int) -> None:
            self.focus_dialog = None
            if result:
                focus = " ".join(dialog.textValue().split()) or None
                if focus is not None and len(focus) > 300:
                    self.show_message(self.tr("Keep the focus under 300 characters"))
                elif focus != pair.emphasis_area:
                    wanted = Assignment(
                        pair.mentor_id,
                        locked=pair.locked,
                        confirmed=pair.confirmed,
                        agreement_signed_on=pair.agreement_signed_on,
                        emphasis_area=focus,
                    )
                    self.push_change(
                        self.tr("Set the pair's focus"),
                        BoardChange(assignments={pair.mentee_id: wanted}),
                    )
            dialog.deleteLater()

        dialog.finished.connect(done)
        dialog.open()

    def open_publish(self) -> None:
        if self.cohort_id is None:
            return
        dialog = PublishDialog(self.context, self.cohort_id, self)
        self.publish_dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "publish_dialog", None))
        dialog.open()

    # --- rematch --------------------------------------------------------------------------

    def ask_rematch(self) -> None:
        """Check the rules' rematch limit, then ask why and propose the best other mentor."""
        pairs = self._selected_pairs()
        if len(pairs) != 1 or self.cohort_id is None:
            self.show_message(self.tr("Select one pair to rematch"))
            return
        cohort_id = self.cohort_id
        try:
            plan = self.data.read(plan_rematch, pairs[0].pairing_id)
        except MentorDeskError as exc:
            # Refused before anyone types a reason: the limit is the first thing checked,
            # and said in a box as well as the status line, since nothing else happens.
            self.show_message(exc.message)
            QMessageBox.information(self, self.tr("No rematch"), exc.message)
            return
        dialog = RematchDialog(plan, self)
        self.rematch_dialog = dialog

        def done(result: int) -> None:
            self.rematch_dialog = None
            if result:
                command = RematchCommand(
                    self,
                    cohort_id,
                    plan.pairing_id,
                    dialog.reason,
                    dialog.mentor_id,
                    mentor_was=plan.mentor_id,
                )
                push(self.context.undo_stack, command)
            dialog.deleteLater()

        dialog.finished.connect(done)
        dialog.open()

    def rematch(
        self,
        cohort_id: int,
        pairing_id: int,
        note: str,
        mentor_id: int | None,
        mentor_was: int | None = None,
        *,
        command: DatabaseCommand,
    ) -> RematchDone:
        """End the pair and pair the mentee anew, in one transaction saved in a worker while
        the window keeps painting (``DatabaseCommand.in_worker``, as every board edit); raises
        when refused."""
        # The mentee waits (or is accepted) again: applications show it too.
        change = Change(Kind.PAIRINGS | Kind.APPLICATIONS, cohort_id, origin=self)
        data = self.data
        made = command.in_worker(
            self.tr("Pairing"),
            self.tr("Saving…"),
            lambda _progress: data.write(
                change, rematch, pairing_id, note, mentor_id, mentor_was=mentor_was
            ),
        )
        if mentor_id is None:
            self.show_message(self.tr("The pair ended; the mentee waits for a new mentor"))
        else:
            self.show_message(self.tr("Rematched: the mentee has a new mentor"))
        if cohort_id == self.cohort_id:
            # The ended pair is now a hard rule ("paired before"): scores and rules reread.
            self.refresh(select_mentees=[made.mentee_id], full=True)
        return made

    def undo_rematch(self, cohort_id: int, made: RematchDone, *, command: DatabaseCommand) -> None:
        """Take a rematch back (the new pair removed, the old one active), saved in a worker;
        raises when refused."""
        change = Change(Kind.PAIRINGS | Kind.APPLICATIONS, cohort_id, origin=self)
        data = self.data
        command.in_worker(
            self.tr("Pairing"),
            self.tr("Saving…"),
            lambda _progress: data.write(change, undo_rematch, made),
        )
        if cohort_id == self.cohort_id:
            self.refresh(full=True)

    # --- someone leaves -----------------------------------------------------------------

    def people_selected(self) -> list[tuple[int, str]]:
        """The selected mentees, else the selected mentors (id, name): who Withdraw… means."""
        snap = self.snapshot
        if snap is None:
            return []
        mentees = [(m, snap.mentee[m].name) for m in self.selected_mentees() if m in snap.mentee]
        if mentees:
            return mentees
        view = self._last_view or self.board_view
        if not isinstance(view, QAbstractItemView):
            return []  # on the cards, a mentor is withdrawn from the list view or Applicants
        mentors = {m.id: m.name for m in snap.mentors}
        found: list[tuple[int, str]] = []
        for index in view.selectionModel().selectedIndexes():
            value = index.data(MENTOR_ID_ROLE)
            if value is not None and int(value) in mentors:
                entry = (int(value), mentors[int(value)])
                if entry not in found:
                    found.append(entry)
        return found

    def withdraw_selected(self) -> None:
        people = self.people_selected()
        if not people:
            self.show_message(self.tr("Select the mentee or mentor who leaves"))
            return
        self.withdraw_flow = WithdrawFlow(
            self.context, [i for i, _ in people], [n for _, n in people], self
        )
        self.withdraw_flow.message.connect(self.show_message)
        self.withdraw_flow.start()

    def show_history(self) -> None:
        """The selected mentee's (or mentor's) history across cohorts and pairs."""
        ids = self.selected_mentees()
        view = self._last_view or self.board_view
        application_id = ids[0] if len(ids) == 1 else None
        if application_id is None and isinstance(view, QAbstractItemView):
            index = view.currentIndex()
            value = index.data(MENTOR_ID_ROLE) if index.isValid() else None
            application_id = int(value) if value is not None else None
        if application_id is None:
            self.show_message(self.tr("Select a mentee or a mentor first"))
            return
        found = self.data.query(self, self.tr("History"), application_history, application_id)
        if not found:
            return
        dialog = PersonHistoryDialog(found.result, self)
        self.history_dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "history_dialog", None))
        dialog.open()

    # --- the optimizer -------------------------------------------------------------------

    def suggest(self) -> None:
        """Run the optimizer off the GUI thread (progress, Cancel), then show the diff."""
        if self.cohort_id is None:
            return
        cohort_id = self.cohort_id

        texts, shown = ProposalTexts.current(), self.snapshot

        def work(progress: Progress) -> tuple[PreparedProposal, BoardScores, bool]:
            inputs = self.data.read(read_cohort, cohort_id, progress)
            problem = problem_of(inputs)
            proposal = solve(problem, progress)
            # The board the proposal is compared with, read and prepared here too, and the
            # dialog's every row: the GUI thread only shows them.
            scores = BoardScores(inputs, problem)  # fresh scores, the whole problem at hand
            state = board_state_for(inputs, self.data.read(board_pairs, cohort_id))
            snapshot = BoardSnapshot.of(state, scores)
            unchanged = shown is not None and shown.state == state
            if not unchanged:
                snapshot.list_rows()  # shown in its place: "Show as list" never waits for it
                snapshot.mentor_groups()
            return prepare_proposal(snapshot, proposal, texts, progress), scores, unchanged

        self.data.in_background(
            self,
            self.tr("Suggest pairing"),
            work,
            lambda result: self.show_proposal(
                result[0], result[1], unchanged_since=shown if result[2] else None
            ),
            on_cancelled=lambda: self.show_message(
                self.tr("Suggestion cancelled; nothing changed")
            ),
            label=self.tr("Finding the optimal pairing…"),
        )

    def fill_free_places(self) -> None:
        """Fill free places without moving anyone (off the GUI thread); one undoable step."""
        if self.cohort_id is None:
            return
        cohort_id = self.cohort_id

        def work(progress: Progress) -> Fill:
            inputs = self.data.read(read_cohort, cohort_id, progress)
            current = self.data.read(board_pairs, cohort_id)
            pairs = {p.mentee_id: p.mentor_id for p in current.pairs}
            progress.step(1, 2, "Filling the free places")
            fill, _ = plan_fill(problem_of(inputs), pairs)
            return fill

        self.data.in_background(
            self,
            self.tr("Fill free places"),
            work,
            lambda fill: self.accept_fill(fill),
            label=self.tr("Filling the free places…"),
        )

    def show_certificate(self) -> None:
        """The certificate of today's optimal suggestion, worked out off the GUI thread."""
        scores = self.scores
        if scores is None:
            return
        cohort_id = self.cohort_id

        def work(progress: Progress) -> Certificate:
            problem = scores.problem()
            return certify(problem, self.today_optimum(problem), stable=True, progress=progress)

        def shown(certificate: Certificate) -> None:
            if cohort_id == self.cohort_id:
                self.why_not_panel.show_certificate(certificate)
                self.show_message(core_text(certificate.sentences()[0]))

        self.data.in_background(
            self, self.tr("Certificate"), work, shown, label=self.tr("Proving the optimum…")
        )

    def accept_fill(self, fill: Fill) -> None:
        snap = self.snapshot
        if fill.cohort_id != self.cohort_id or snap is None:
            return
        if not fill.new_pairs:
            self.show_message(
                self.tr("No free place can be filled: %1, %2")
                .replace("%1", self.tr("%Ln free place(s)", "", fill.free_places))
                .replace("%2", self.tr("%Ln mentee(s) waiting", "", len(fill.still_waiting)))
            )
            return
        change = BoardChange(
            assignments={m.mentee_id: Assignment(m.to_id) for m in fill.new_pairs if m.to_id},
            statuses={
                m.mentee_id: (ApplicationStatus.ACCEPTED, None)
                for m in fill.new_pairs
                if m.mentee_id in snap.mentee and snap.mentee[m.mentee_id].status == "waitlisted"
            },
        )
        text = self.tr("Fill %Ln free place(s); every existing pair stays", "", len(fill.new_pairs))
        self.push_change(text, change, bulk=True)

    def show_proposal(
        self,
        prepared: PreparedProposal,
        scores: BoardScores,
        *,
        unchanged_since: BoardSnapshot | None = None,
    ) -> None:
        """The proposal as a diff against the board as the suggestion's worker read it
        (shown first, with ``scores``). ``unchanged_since``: the board shown when the
        worker started, if the worker found the same pairs and people."""
        if self.cohort_id != prepared.proposal.cohort_id:
            return
        self.scores = scores
        if unchanged_since is None or self.snapshot is not unchanged_since:
            self._show(prepared.snapshot, reset=True)
        # Else the board shown is the one the worker read: it stays, untouched (a reset, or
        # even handing its views an equal snapshot, redraws thousands of cards and rows:
        # most of Suggest's hold on a big cohort); only the fresh scores are taken.
        dialog = ProposalDialog(prepared, self)
        self.proposal_dialog = dialog

        def done(result: int) -> None:
            if result:
                change = dialog.selected_change()
                n = len(change.assignments)
                if change:
                    self.push_change(
                        self.tr("Accept %Ln suggested change(s)", "", n), change, bulk=True
                    )
                else:
                    self.show_message(self.tr("The board already is the optimal pairing"))
            self.proposal_dialog = None
            dialog.deleteLater()

        dialog.finished.connect(done)
        dialog.open()
