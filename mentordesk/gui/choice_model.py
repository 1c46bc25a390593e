"""A combo box's long list of choices (a cohort's pairs, the people in its audit trail), set
in one step: thousands of ``addItem`` calls held the window for a third of a second."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox

_Index = QModelIndex | QPersistentModelIndex


class ChoiceModel(QAbstractListModel):
    """(label, data) choices: the label shown, the data as ``QComboBox.itemData`` has it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._choices: list[tuple[str, Any]] = []
        self._rows: dict[Any, int] = {}

    def set_choices(self, choices: Sequence[tuple[str, Any]]) -> None:
        """Show ``choices``; the same choices again (a cohort read again after a change that
        left its pairs or people as they were) change nothing: resetting a combo box of
        6,667 pairs held the window 20-25 ms, comparing the lists takes one."""
        choices = list(choices)
        if choices == self._choices:
            return
        self.beginResetModel()
        self._choices = choices
        self._rows = {value: row for row, (_label, value) in reversed(list(enumerate(choices)))}
        self.endResetModel()

    def row_of(self, value: Any) -> int:
        """The first row whose data is ``value``, or -1 (``findData`` asks every row through
        Python: a tenth of a second for a cohort's pairs)."""
        return self._rows.get(value, -1)

    def labels(self) -> list[str]:
        return [label for label, _value in self._choices]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._choices)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        label, value = self._choices[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return label
        if role == Qt.ItemDataRole.UserRole:
            return value
        return None


def use_choices(combo: QComboBox) -> ChoiceModel:
    """Give ``combo`` a ``ChoiceModel``; its width follows its minimum contents length, not
    its widest choice (measuring thousands of labels is what held the window)."""
    model = ChoiceModel(combo)
    combo.setModel(model)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return model
