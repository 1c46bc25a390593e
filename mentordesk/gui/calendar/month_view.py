"""The month grid: each day painted with its events as coloured chips, events can be dropped onto a day."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from mentordesk.core.calendar.events import EventInfo
from mentordesk.gui import theme
from mentordesk.gui.calendar.models import (
    DateRole,
    EventsRole,
    InMonthRole,
    MonthModel,
    kind_color,
)
from mentordesk.gui.theme import NamedColor

_CHIP_HEIGHT = 15


def _blend(top: QColor, under: QColor, amount: float) -> QColor:
    """``top`` laid over ``under`` at ``amount`` opacity, as one opaque colour."""
    return QColor.fromRgbF(
        top.redF() * amount + under.redF() * (1 - amount),
        top.greenF() * amount + under.greenF() * (1 - amount),
        top.blueF() * amount + under.blueF() * (1 - amount),
    )


class DayDelegate(QStyledItemDelegate):
    """Paints a day: its number, then one chip per event (coloured by kind), then "+N more"."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.today = date.today()

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        painter.save()
        rect: QRect = option.rect  # type: ignore[attr-defined]
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        in_month = bool(index.data(InMonthRole))
        day: date = index.data(DateRole)
        background = palette.color(QPalette.ColorRole.Base)
        if not in_month:
            background = palette.color(QPalette.ColorRole.AlternateBase)
        if selected:
            background = _blend(palette.color(QPalette.ColorRole.Highlight), background, 0.3)
        painter.fillRect(rect, background)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawRect(rect.adjusted(0, 0, -1, -1))

        number_font = QFont(option.font)  # type: ignore[attr-defined]
        number_font.setBold(day == self.today)
        painter.setFont(number_font)
        text_color = palette.color(QPalette.ColorRole.Text)
        if not in_month:
            text_color = theme.color(NamedColor.MUTED_TEXT)
        if day == self.today:
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(rect.left() + 2, rect.top() + 2, 20, 18)
            text_color = palette.color(QPalette.ColorRole.HighlightedText)
        painter.setPen(text_color)
        painter.drawText(
            QRect(rect.left() + 2, rect.top() + 2, 20, 18),
            Qt.AlignmentFlag.AlignCenter,
            str(day.day),
        )

        events: list[EventInfo] = index.data(EventsRole) or []
        small = QFont(option.font)  # type: ignore[attr-defined]
        small.setPointSizeF(max(small.pointSizeF() - 1.5, 6.5))
        painter.setFont(small)
        top = rect.top() + 22
        room = max((rect.bottom() - top) // (_CHIP_HEIGHT + 2), 0)
        shown = events if len(events) <= room else events[: max(room - 1, 0)]
        for event in shown:
            chip = QRect(rect.left() + 3, top, rect.width() - 6, _CHIP_HEIGHT)
            color = kind_color(event.kind)
            if not in_month:
                # Days of the next or last month: a paler chip, with text that still reads.
                color = _blend(color, background, 0.45)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawRoundedRect(chip, 3, 3)
            painter.setPen(theme.readable_on(color))
            label = f"{event.start:%H:%M} {event.title}"
            elided = painter.fontMetrics().elidedText(
                label, Qt.TextElideMode.ElideRight, chip.width() - 6
            )
            painter.drawText(chip.adjusted(3, 0, -3, 0), Qt.AlignmentFlag.AlignVCenter, elided)
            top += _CHIP_HEIGHT + 2
        hidden = len(events) - len(shown)
        if hidden > 0:
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(
                QRect(rect.left() + 4, top, rect.width() - 8, _CHIP_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter,
                self.tr("+%Ln more", "", hidden),
            )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(110, 90)


class MonthView(QTableView):
    """Six weeks × seven days; takes events dragged from the agenda (or another day)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.delegate = DayDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setShowGrid(False)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setMinimumSize(QSize(350, 300))  # 50 px a day: chips still show their hour
        self.setAccessibleName(self.tr("Month"))

    def month_model(self) -> MonthModel:
        model = self.model()
        assert isinstance(model, MonthModel)
        return model

    def select_day(self, day: date) -> None:
        index = self.month_model().index_of(day)
        if index.isValid():
            self.setCurrentIndex(index)
