"""The cohort's pairs with their agreement status, as a Qt table model and a date editor."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QDate,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QDateEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from mentordesk.core.documents.agreements import AgreementRow
from mentordesk.gui import theme
from mentordesk.gui.rows_model import Index, RowsTableModel
from mentordesk.gui.theme import NamedColor

MENTEE, MENTOR, EMPHASIS, SIGNED = range(4)
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class AgreementTableModel(RowsTableModel[AgreementRow]):
    """One row per active pair; the signed date is edited here but saved by the area."""

    #: The user set (or cleared, with None) the day the signed copy came back.
    signedDateEdited = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = [
            self.tr("Mentee"),
            self.tr("Mentor"),
            self.tr("Emphasis area"),
            self.tr("Signed agreement back on"),
        ]

    def rows(self) -> list[AgreementRow]:
        return list(self.entries)

    def row_of(self, pairing_id: int) -> int | None:
        return next((i for i, r in enumerate(self.entries) if r.pairing_id == pairing_id), None)

    def update_row(self, row: AgreementRow) -> None:
        i = self.row_of(row.pairing_id)
        if i is None:
            return
        self.entries[i] = row
        self.dataChanged.emit(self.index(i, 0), self.index(i, SIGNED))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.entries[index.row()]
        column = index.column()
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            if column == SIGNED:
                return row.signed_on.isoformat() if row.signed_on else self.tr("not yet")
            return (row.mentee, row.mentor, row.emphasis_area)[column]
        if role == Qt.ItemDataRole.EditRole and column == SIGNED:
            return (
                QDate(row.signed_on.year, row.signed_on.month, row.signed_on.day)
                if row.signed_on
                else QDate.currentDate()
            )
        if role == Qt.ItemDataRole.ToolTipRole and column == SIGNED:
            return self.tr("Double-click to record the day the signed agreement came back")
        if role == Qt.ItemDataRole.ForegroundRole and column == SIGNED and not row.signed_on:
            return theme.color(NamedColor.ERROR_TEXT)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == SIGNED:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != SIGNED or role != Qt.ItemDataRole.EditRole:
            return False
        new: date | None
        if isinstance(value, QDate):
            new = value.toPython() if value.isValid() else None  # type: ignore[assignment]
        else:
            new = value
        row = self.entries[index.row()]
        if new != row.signed_on:
            # The area saves it as one undoable action and updates the row when done.
            self.signedDateEdited.emit(row.pairing_id, new)
        return True


class SignedDateDelegate(QStyledItemDelegate):
    """A date editor with a calendar, never later than today."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QDateEdit(parent)
        editor.setCalendarPopup(True)
        editor.setDisplayFormat("yyyy-MM-dd")
        editor.setMaximumDate(QDate.currentDate())
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QDateEdit)
        editor.setDate(index.data(Qt.ItemDataRole.EditRole))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QDateEdit)
        model.setData(index, editor.date(), Qt.ItemDataRole.EditRole)
