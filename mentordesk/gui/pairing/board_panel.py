"""The pairing board itself: the mentors as cards (or as a list), with their mentees and free places.

The cards (``CardBoard``) and the list (a table of each mentor's row and a row per pair,
sortable by any column) show the same snapshot; the committee switches between them. While
a mentee is dragged over the list, the panel says which mentor is under the mouse
(``drag_over``) so the area can tell the score or the refusal.
"""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentordesk.gui.pairing.cards import CardBoard
from mentordesk.gui.pairing.models import BoardListModel, BoardSnapshot, decode_mentees


class _MentorList(QTableView):
    """The mentors and pairs as a list; while a mentee is dragged over, the rows show score
    or refusal."""

    def __init__(self, panel: BoardPanel) -> None:
        super().__init__(panel)
        self._panel = panel

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._panel.drag_started.emit(decode_mentees(event.mimeData(), self._panel.cohort_id))
        super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        super().dragMoveEvent(event)
        self._panel.drag_over.emit(self.indexAt(event.position().toPoint()))

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._panel.drag_started.emit([])
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        super().dropEvent(event)
        self._panel.drag_started.emit([])


class BoardPanel(QWidget):
    """Mentor cards or the mentor list, the board's counts, the search and the filter."""

    #: Mentees dropped on a mentor (on a card or a row).
    dropped = Signal(list, object)
    #: A drag over the list began (the mentees) or ended (an empty list).
    drag_started = Signal(list)
    #: The row under a mentee being dragged over the list.
    drag_over = Signal(QModelIndex)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cohort_id: int | None = None
        self.model = BoardListModel(lambda ids, mentor: self.dropped.emit(ids, mentor), self)

        self.list_view = _MentorList(self)
        self.list_view.setObjectName("pairingBoard")
        self.list_view.setAccessibleName(self.tr("Pairing board as a list"))
        self.list_view.setAccessibleDescription(
            self.tr(
                "Each mentor, then a row per pair; move a mentee with Ctrl+M or by dragging "
                "onto a mentor's row"
            )
        )
        # The model itself, no proxy: it filters and sorts its prepared rows (see its
        # docstring), so the view asks Python only about the rows on screen.
        self.list_view.setModel(self.model)
        self.list_view.setShowGrid(False)
        self.list_view.setWordWrap(False)
        self.list_view.setAlternatingRowColors(False)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setMouseTracking(True)
        self.list_view.setDragEnabled(True)
        self.list_view.setAcceptDrops(True)
        self.list_view.setDropIndicatorShown(True)
        self.list_view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.list_view.setDragDropOverwriteMode(True)  # onto a row: that row's mentor
        self.list_view.setDefaultDropAction(Qt.DropAction.MoveAction)
        rows = self.list_view.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.list_view.horizontalHeader()
        header.setSectionsClickable(True)
        # Clicked a third time, a column gives the board's own order back (mentors, then
        # their mentees), which is also the order before any click.
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.list_view.setSortingEnabled(True)
        header.setStretchLastSection(False)
        model = BoardListModel
        for column in (model.MENTOR, model.MENTEE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        # Wide enough for "Under way · Locked · Confirmed · Signed 2026-09-09".
        for column, width in ((model.SCORE, 60), (model.PAIR, 300), (model.FREE, 100)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.list_view.setColumnWidth(column, width)

        self.cards = CardBoard(self)
        self.cards.dropped.connect(lambda ids, mentor: self.dropped.emit(ids, mentor))
        self.label = QLabel(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.cards)
        self.stack.addWidget(self.list_view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.stack, 1)

    @property
    def as_list(self) -> bool:
        return self.stack.currentWidget() is self.list_view

    def show_as_list(self, on: bool) -> None:
        if not on:
            self.cards.set_away(False)  # built before it is shown: no empty page painted
        self.stack.setCurrentWidget(self.list_view if on else self.cards)
        if on:
            self.cards.set_away(True)

    def set_snapshot(
        self,
        snapshot: BoardSnapshot | None,
        cohort_id: int | None,
        *,
        reset: bool = False,
        mentors: Collection[int] | None = None,
    ) -> None:
        """Show the board; ``reset`` when the cohort or the people changed, else only the
        rows of the mentors whose pairs changed move (the list keeps its selection and
        place); ``mentors``: the only ones an edit touched, when known."""
        self.cohort_id = cohort_id
        if reset or snapshot is None:
            self.model.set_snapshot(snapshot)
        else:
            self.model.update_snapshot(snapshot, mentors)
        if mentors is not None and snapshot is not None and not reset:
            self.cards.update_snapshot(snapshot, mentors)
        else:
            self.cards.set_snapshot(snapshot, cohort_id)
        if snapshot is None:
            self.label.setText("")
            return
        # A mentor who is not eligible has no places to give: never counted as free.
        free = sum(m.free for m in snapshot.mentors if m.eligible)
        self.label.setText(
            ", ".join(
                (
                    self.tr("%Ln mentor(s)", "", len(snapshot.mentors)),
                    self.tr("%Ln free place(s)", "", free),
                    self.tr("%Ln pair(s)", "", len(snapshot.state.pairs)),
                )
            )
        )

    def set_search(self, text: str) -> None:
        self.model.set_filter(text=text)
        self.cards.set_search(text)

    def set_filter_mode(self, mode: int) -> None:
        self.model.set_filter(mode=mode)

    def rows_of(self, mentee_ids: list[int]) -> list[QModelIndex]:
        """The list's rows (as shown) of those of these mentees who have a mentor."""
        found = [self.model.mentee_index(m) for m in mentee_ids]
        return [index for index in found if index.isValid()]
