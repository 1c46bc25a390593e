"""Cell editors of the applicants table: a list for status and role, a date editor, a name editor.

Yes/no answers need no editor: the model shows them as checkboxes (``CheckStateRole``),
which a click or the space bar toggles. Every editor hands the model a value the core
parses like a typed one, so the same validation, transaction and undo step apply.
"""

from __future__ import annotations

from datetime import datetime
from enum import Enum

from PySide6.QtCore import (
    QAbstractItemModel,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from mentordesk.core.applications.fields import FIELDS_BY_NAME, Kind
from mentordesk.core.storage.models import ApplicationStatus, Role
from mentordesk.gui.applicants.model import ROW_ROLE, ApplicantsTableModel

AnyIndex = QModelIndex | QPersistentModelIndex
DATE_FORMAT = "yyyy-MM-dd HH:mm"


class NameEditor(QFrame):
    """First and last name side by side in the Name cell; Tab moves from one to the other."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAutoFillBackground(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.first = QLineEdit(self)
        self.first.setObjectName("firstNameEdit")
        self.first.setPlaceholderText(self.tr("First name"))
        self.first.setAccessibleName(self.tr("First name"))
        self.last = QLineEdit(self)
        self.last.setObjectName("lastNameEdit")
        self.last.setPlaceholderText(self.tr("Last name"))
        self.last.setAccessibleName(self.tr("Last name"))
        layout.addWidget(self.first, 1)
        layout.addWidget(self.last, 1)
        self.setFocusProxy(self.first)

    def names(self) -> tuple[str, str]:
        return self.first.text().strip(), self.last.text().strip()

    def set_names(self, first: str, last: str) -> None:
        self.first.setText(first)
        self.last.setText(last)
        self.first.selectAll()


class ApplicantsDelegate(QStyledItemDelegate):
    """Picks the editor by the column's field: the committee's choices, never free text."""

    def __init__(self, model: ApplicantsTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def _field(self, index: AnyIndex) -> str:
        # The proxy filters and sorts rows only, so a view column is a model column.
        return self._model.column_name(index.column())

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        name = self._field(index)
        spec = FIELDS_BY_NAME.get(name)
        if name == "name":
            editor: QWidget = NameEditor(parent)
            # The cell is narrow for two fields: the editor takes the room it needs.
            editor.setMinimumWidth(260)
            return editor
        if spec is not None and spec.kind in (Kind.STATUS, Kind.ROLE):
            combo = QComboBox(parent)
            combo.setAccessibleName(self.tr(spec.label))
            choices: list[Enum] = list(ApplicationStatus if spec.kind is Kind.STATUS else Role)
            for choice in choices:
                combo.addItem(self.tr(choice.value.replace("_", " ").capitalize()), choice.value)
                if choice is ApplicationStatus.MATCHED:
                    # Shown when it is the status, never chosen: it follows the pairing board.
                    item = combo.model().item(combo.count() - 1)  # type: ignore[attr-defined]
                    item.setEnabled(False)
            # The choice is the edit: picking one commits it, as in a spreadsheet's list.
            combo.activated.connect(lambda _i, c=combo: self._commit(c))
            return combo
        if spec is not None and spec.kind is Kind.DATETIME:
            edit = QDateTimeEdit(parent)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(DATE_FORMAT)
            edit.setAccessibleName(self.tr(spec.label))
            return edit
        editor = super().createEditor(parent, option, index)
        if spec is not None:
            editor.setAccessibleName(self.tr(spec.label))
        return editor

    def _commit(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.SubmitModelCache)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        row = index.data(ROW_ROLE)
        name = self._field(index)
        if isinstance(editor, NameEditor):
            editor.set_names(row.values.get("first_name") or "", row.values.get("last_name") or "")
        elif isinstance(editor, QComboBox):
            value = row.values.get(name)
            current = editor.findData(getattr(value, "value", value))
            editor.setCurrentIndex(max(current, 0))
            # The list opens at once: arrows and Enter (or a click) choose, Esc leaves it.
            QTimer.singleShot(0, editor.showPopup)
        elif isinstance(editor, QDateTimeEdit):
            value = row.values.get(name)
            when = value if isinstance(value, datetime) else datetime.now().replace(second=0)
            editor.setDateTime(QDateTime.fromString(when.strftime("%Y-%m-%d %H:%M"), DATE_FORMAT))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, NameEditor):
            model.setData(index, editor.names(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QComboBox):
            model.setData(index, str(editor.currentData()), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QDateTimeEdit):
            text = editor.dateTime().toString(DATE_FORMAT)
            model.setData(index, text, Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> None:
        rect = option.rect  # type: ignore[attr-defined]
        width = max(rect.width(), editor.minimumWidth())
        editor.setGeometry(rect.x(), rect.y(), width, rect.height())
