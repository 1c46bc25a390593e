"""The Agenda tab of the Calendar area: the chosen day's or week's events, to open or cancel."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from PySide6.QtCore import QItemSelection, Signal, SignalInstance
from PySide6.QtWidgets import QWidget

from mentordesk.core.calendar.events import EventInfo
from mentordesk.core.storage.models import EventKind
from mentordesk.gui.calendar.models import EventFilterProxy, EventListModel, EventRole
from mentordesk.gui.forms.ui_agenda_panel import Ui_AgendaPanel
from mentordesk.gui.languages import local_date


class AgendaPanel(QWidget):
    """The cohort's events filtered by kind and pair, for one day or one week.

    Its list model holds only the days shown, found in an index by day: a big cohort has
    thousands of events, and filtering them all row by row in the proxy held the window
    for most of a second at each change of pair or day.
    Events are dragged from here onto the month grid to move them (the model's MIME data).
    """

    #: The event chosen in the list (None: none).
    event_chosen = Signal(object)
    #: "Day" or "Week" was chosen: the area shows the selected day again.
    range_changed = Signal()
    edit_requested = Signal(object)  # EventInfo
    cancel_requested = Signal(object)  # EventInfo

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AgendaPanel()
        self.ui.setupUi(self)
        self._by_day: dict[date, list[EventInfo]] = {}
        self._days: tuple[date, date] | None = None
        self.event_model = EventListModel(self)
        self.proxy = EventFilterProxy(self)
        self.proxy.setSourceModel(self.event_model)
        view = self.ui.agendaView
        view.setModel(self.proxy)
        self.ui.dayRadio.toggled.connect(lambda _on: self.range_changed.emit())
        view.selectionModel().selectionChanged.connect(self._selected)
        view.doubleClicked.connect(lambda _i: self._request(self.edit_requested))
        self.ui.editButton.clicked.connect(lambda: self._request(self.edit_requested))
        self.ui.cancelButton.clicked.connect(lambda: self._request(self.cancel_requested))

    def set_events(self, events: list[EventInfo]) -> None:
        self._by_day = {}
        for event in events:
            self._by_day.setdefault(event.day, []).append(event)
        self._show_days()

    def _show_days(self) -> None:
        if self._days is None:
            self.event_model.set_events([])
            return
        first, last = self._days
        days = (first + timedelta(days=n) for n in range((last - first).days + 1))
        self.event_model.set_events([e for day in days for e in self._by_day.get(day, ())])

    def set_filter(self, kinds: set[EventKind], pairing_id: int | None) -> None:
        self.proxy.set_filter(kinds=kinds, pairing_id=pairing_id)

    def shown(self, events: Iterable[EventInfo]) -> list[EventInfo]:
        """Those of ``events`` the kind and pair filters let through (the month grid shows them)."""
        return [e for e in events if self.proxy.accepts(e)]

    def show_range_of(self, day: date) -> None:
        """The day, or the week (Monday to Sunday) that holds it."""
        if self.ui.dayRadio.isChecked():
            first = last = day
            self.ui.rangeLabel.setText(local_date(day, "dddd d MMMM yyyy"))
        else:
            first = day - timedelta(days=day.weekday())
            last = first + timedelta(days=6)
            self.ui.rangeLabel.setText(self.tr("Week of %s") % local_date(first, "d MMMM yyyy"))
        self.proxy.set_filter(days=(first, last))
        if self._days != (first, last):
            self._days = (first, last)
            self._show_days()

    def selected_event(self) -> EventInfo | None:
        index = self.ui.agendaView.currentIndex()
        event = index.data(EventRole) if index.isValid() else None
        return event if isinstance(event, EventInfo) else None

    def _selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.event_chosen.emit(self.selected_event())

    def _request(self, signal: SignalInstance) -> None:
        event = self.selected_event()
        if event is not None:
            signal.emit(event)
