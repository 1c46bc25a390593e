"""Qt item models over calendar snapshots: the agenda list (a drag source) and the month grid (a drop target)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from mentordesk.core.calendar.events import AUDIENCE_LABELS, EventInfo
from mentordesk.core.storage.models import EventKind
from mentordesk.gui import theme
from mentordesk.gui.core_words import core_text, core_word
from mentordesk.gui.languages import local_date
from mentordesk.gui.theme import NamedColor

#: Our own MIME type: a dragged event carries only its id.
EVENT_MIME = "application/x-mentordesk-event"

_KIND_ROLES: dict[EventKind, NamedColor] = {
    EventKind.ORIENTATION: NamedColor.EVENT_ORIENTATION,
    EventKind.WORKSHOP: NamedColor.EVENT_WORKSHOP,
    EventKind.COMMITTEE_CALL: NamedColor.EVENT_COMMITTEE,
    EventKind.INITIAL_MEETING: NamedColor.EVENT_INITIAL,
    EventKind.PAIR_MEETING: NamedColor.EVENT_MEETING,
    EventKind.CLOSEOUT: NamedColor.EVENT_CLOSEOUT,
    EventKind.OTHER: NamedColor.EVENT_OTHER,
}


def kind_color(kind: EventKind) -> QColor:
    """The colour of an event kind in the scheme on screen (white text reads on it)."""
    return theme.color(_KIND_ROLES[kind])


EventRole = Qt.ItemDataRole.UserRole + 1
EventIdRole = Qt.ItemDataRole.UserRole + 2
DateRole = Qt.ItemDataRole.UserRole + 3
EventsRole = Qt.ItemDataRole.UserRole + 4
InMonthRole = Qt.ItemDataRole.UserRole + 5

AnyIndex = QModelIndex | QPersistentModelIndex


def event_mime(event_ids: Iterable[int]) -> QMimeData:
    mime = QMimeData()
    mime.setData(EVENT_MIME, json.dumps(sorted(set(event_ids))).encode())
    return mime


def mime_event_ids(mime: QMimeData) -> list[int]:
    if not mime.hasFormat(EVENT_MIME):
        return []
    try:
        return [int(i) for i in json.loads(bytes(mime.data(EVENT_MIME).data()).decode())]
    except (ValueError, TypeError):
        return []


def event_tooltip(event: EventInfo) -> str:
    lines = [
        f"<b>{event.title}</b>",
        f"{core_word(event.kind_label)} · {local_date(event.start, 'ddd d MMM yyyy HH:mm')}–{event.end:%H:%M} ({event.timezone})",
        QCoreApplication.translate("EventTooltip", "Invited: %1").replace(
            "%1", event.pair_label or core_word(AUDIENCE_LABELS[event.audience])
        ),
    ]
    if event.location:
        lines.append(
            QCoreApplication.translate("EventTooltip", "Where: %1").replace("%1", event.location)
        )
    if event.recurrence:
        from mentordesk.core.calendar.events import describe_recurrence

        lines.append(core_text(describe_recurrence(event.recurrence)))
    return "<br>".join(lines)


class EventListModel(QAbstractListModel):
    """The cohort's events, one row each; rows can be dragged onto a day."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._events: list[EventInfo] = []

    def set_events(self, events: Sequence[EventInfo]) -> None:
        self.beginResetModel()
        self._events = list(events)
        self.endResetModel()

    def events(self) -> list[EventInfo]:
        return list(self._events)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._events)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._events):
            return None
        event = self._events[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            who = (
                f" — {event.pair_label}"
                if event.pair_label and event.pair_label not in event.title
                else ""
            )
            return f"{local_date(event.start, 'ddd d MMM  HH:mm')}–{event.end:%H:%M}   {event.title}{who}"
        if role == Qt.ItemDataRole.DecorationRole:
            return kind_color(event.kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            return event_tooltip(event)
        if role == EventRole:
            return event
        if role == EventIdRole:
            return event.id
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:
        return [EVENT_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        return event_mime(self._events[i.row()].id for i in indexes if i.isValid())

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction


class EventFilterProxy(QSortFilterProxyModel):
    """Which events to show: by kind, by pair, and by a range of days."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.kinds: set[EventKind] = set(EventKind)
        self.pairing_id: int | None = None
        self.first_day: date | None = None
        self.last_day: date | None = None

    def accepts(self, event: EventInfo) -> bool:
        """The kind and pair filter alone (the month grid shows every day of its month).

        With a pair chosen, the pair's own events show along with those for everyone:
        what that pair's calendar looks like.
        """
        if event.kind not in self.kinds:
            return False
        return event.pairing_id is None or self.pairing_id in (None, event.pairing_id)

    def set_filter(
        self,
        *,
        kinds: set[EventKind] | None = None,
        pairing_id: int | bool | None = False,
        days: tuple[date, date] | None = None,
    ) -> None:
        self.beginFilterChange()
        if kinds is not None:
            self.kinds = set(kinds)
        if pairing_id is not False:
            self.pairing_id = pairing_id if isinstance(pairing_id, int) else None
        if days is not None:
            self.first_day, self.last_day = days
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        event = model.data(model.index(source_row, 0, source_parent), EventRole)
        if event is None or not self.accepts(event):
            return False
        if self.first_day is not None and event.day < self.first_day:
            return False
        return self.last_day is None or event.day <= self.last_day


class MonthModel(QAbstractTableModel):
    """Six weeks of days, Monday first, each with its events; events dropped on a day move there."""

    eventDropped = Signal(int, object)  # event id, the day (datetime.date)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        today = date.today()
        self._month = date(today.year, today.month, 1)
        self._by_day: dict[date, list[EventInfo]] = {}

    @property
    def month(self) -> date:
        return self._month

    @property
    def first_day(self) -> date:
        return self._month - timedelta(days=self._month.weekday())

    def set_month(self, any_day: date) -> None:
        self.beginResetModel()
        self._month = date(any_day.year, any_day.month, 1)
        self.endResetModel()

    def set_events(self, events: Iterable[EventInfo]) -> None:
        by_day: dict[date, list[EventInfo]] = {}
        for event in events:
            by_day.setdefault(event.day, []).append(event)
        self._by_day = by_day
        self.dataChanged.emit(self.index(0, 0), self.index(5, 6))

    def day_at(self, index: AnyIndex) -> date:
        return self.first_day + timedelta(days=index.row() * 7 + index.column())

    def index_of(self, day: date) -> QModelIndex:
        offset = (day - self.first_day).days
        if not 0 <= offset < 42:
            return QModelIndex()
        return self.index(offset // 7, offset % 7)

    def events_on(self, day: date) -> list[EventInfo]:
        return list(self._by_day.get(day, []))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return local_date(self.first_day + timedelta(days=section), "ddd")
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        day = self.day_at(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return str(day.day)
        if role == DateRole:
            return day
        if role == EventsRole:
            return self._by_day.get(day, [])
        if role == InMonthRole:
            return day.month == self._month.month
        if role == Qt.ItemDataRole.ToolTipRole:
            events = self._by_day.get(day, [])
            return "<br>".join(f"{e.start:%H:%M} {e.title}" for e in events) or None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            n = len(self._by_day.get(day, []))
            return self.tr("%1, %Ln event(s)", "", n).replace(
                "%1", local_date(day, "dddd d MMMM yyyy")
            )
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid():
            flags |= Qt.ItemFlag.ItemIsDropEnabled | Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def mimeTypes(self) -> list[str]:
        return [EVENT_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        # Dragging a day drags its first event: a quick way to move a lone event.
        ids = [e.id for i in indexes for e in self._by_day.get(self.day_at(i), [])[:1]]
        return event_mime(ids)

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: AnyIndex,
    ) -> bool:
        return bool(mime_event_ids(data)) and (parent.isValid() or row >= 0)

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: AnyIndex,
    ) -> bool:
        target = parent if parent.isValid() else self.index(row, column)
        ids = mime_event_ids(data)
        if not target.isValid() or not ids:
            return False
        day = self.day_at(target)
        for event_id in ids:
            self.eventDropped.emit(event_id, day)
        # False: the area moves the event itself; the source view must not remove rows.
        return False
