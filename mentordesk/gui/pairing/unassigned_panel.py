"""The pairing board's left column: the cohort's mentees without a mentor, to drag onto a card."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QVBoxLayout, QWidget

from mentordesk.gui.languages import local_number
from mentordesk.gui.pairing.models import BoardSnapshot, UnassignedModel


class UnassignedPanel(QWidget):
    """Mentees waiting for a mentor, searchable, counted; a drop here unassigns."""

    #: Mentees dropped on the column (mentor None: unassign them).
    dropped = Signal(list, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # (It searches itself: no proxy model, see its docstring.)
        self.model = UnassignedModel(lambda ids, mentor: self.dropped.emit(ids, mentor), self)
        self.label = QLabel(self)
        self.view = QListView(self)
        self.view.setObjectName("unassignedMentees")
        self.view.setAccessibleName(self.tr("Unassigned mentees"))
        self.view.setModel(self.model)
        self.view.setUniformItemSizes(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.view)
        self.reading = False
        self.set_snapshot(None)

    def set_snapshot(self, snapshot: BoardSnapshot | None) -> None:
        self.model.set_snapshot(snapshot)
        if snapshot is None:
            # While a cohort is read the area's bar says so: no "choose a cohort" meanwhile.
            self.label.setText(
                "" if self.reading else self.tr("Choose a cohort to see its pairing board")
            )
        else:
            self.label.setText(
                self.tr("Unassigned mentees: %1").replace(
                    "%1", local_number(len(self.model.waiting))
                )
            )

    def update_snapshot(self, snapshot: BoardSnapshot, mentee_ids: Sequence[int]) -> None:
        """After an edit of these mentees: only their rows move."""
        self.model.update_snapshot(snapshot, mentee_ids)
        self.label.setText(
            self.tr("Unassigned mentees: %1").replace("%1", local_number(len(self.model.waiting)))
        )

    def set_search(self, text: str) -> None:
        self.model.set_search(text)

    def rows_of(self, mentee_ids: Sequence[int]) -> list[QModelIndex]:
        """The rows (as shown) of those of these mentees who wait here."""
        rows = (self.model.row_of(m) for m in mentee_ids)
        return [self.model.index(r) for r in rows if r >= 0]
