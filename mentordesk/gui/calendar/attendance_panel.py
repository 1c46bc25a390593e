"""The Attendance tab of the Calendar area: who came to one event, ticked off as a checklist."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidgetItem, QWidget

from mentordesk.core.calendar.attendance import AttendanceSheet, attendance_sheet, mark_attendance
from mentordesk.core.storage.models import AttendanceStatus, Role
from mentordesk.gui.area import Area
from mentordesk.gui.data import Kind
from mentordesk.gui.forms.ui_attendance_panel import Ui_AttendancePanel
from mentordesk.gui.languages import local_date

ApplicationIdRole = Qt.ItemDataRole.UserRole + 1


class AttendancePanel(QWidget):
    """The attendance sheet of the event chosen in the agenda; each tick is saved at once."""

    #: Attendance was saved (the pairs' progress counts workshops attended).
    marked = Signal()

    def __init__(self, area: Area, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area = area
        self.sheet: AttendanceSheet | None = None
        self._filling = False
        self.ui = Ui_AttendancePanel()
        self.ui.setupUi(self)
        self.ui.checklist.itemChanged.connect(self._toggled)
        self.ui.everyonePresentButton.clicked.connect(self._everyone_present)
        self.ui.excusedButton.clicked.connect(self._mark_excused)
        self._fill()

    def show_event(self, event_id: int | None) -> None:
        """Show the sheet of ``event_id`` (None: no event chosen)."""
        self.sheet = None if event_id is None else self.area.data.read(attendance_sheet, event_id)
        self._fill()

    def _fill(self) -> None:
        self._filling = True
        ui = self.ui
        ui.checklist.clear()
        sheet = self.sheet
        ui.everyonePresentButton.setEnabled(sheet is not None)
        ui.excusedButton.setEnabled(sheet is not None)
        if sheet is None:
            ui.title.setText(self.tr("Choose an event in the agenda"))
            ui.counts.clear()
            self._filling = False
            return
        event = sheet.event
        ui.title.setText(
            f"<b>{event.title}</b> · {local_date(event.start, 'ddd d MMM yyyy HH:mm')}"
        )
        for row in sheet.rows:
            role = self.tr("mentee") if row.role is Role.MENTEE else self.tr("mentor")
            text = f"{row.name} ({role})"
            if row.status is AttendanceStatus.EXCUSED:
                text += self.tr(" — excused")
            elif row.status is AttendanceStatus.ABSENT:
                text += self.tr(" — absent")
            item = QListWidgetItem(text)
            item.setData(ApplicationIdRole, row.application_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked
                if row.status is AttendanceStatus.PRESENT
                else Qt.CheckState.Unchecked
            )
            ui.checklist.addItem(item)
        c = sheet.counts
        ui.counts.setText(
            self.tr("%d expected · %d present · %d absent · %d excused · %d not marked")
            % (c["expected"], c["present"], c["absent"], c["excused"], c["unmarked"])
        )
        self._filling = False

    def _mark(self, marks: dict[int, AttendanceStatus | None]) -> None:
        if self.sheet is None or not marks:
            return
        marked = self.area.data.change(
            self.area,
            self.tr("Attendance"),
            self.area.change(Kind.EVENTS),
            mark_attendance,
            self.sheet.event.id,
            marks,
        )
        if marked:
            self.sheet = marked.result
        self._fill()
        self.marked.emit()

    def _toggled(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        present = item.checkState() == Qt.CheckState.Checked
        status = AttendanceStatus.PRESENT if present else AttendanceStatus.ABSENT
        self._mark({int(item.data(ApplicationIdRole)): status})

    def _everyone_present(self) -> None:
        if self.sheet is not None:
            self._mark({r.application_id: AttendanceStatus.PRESENT for r in self.sheet.rows})

    def _mark_excused(self) -> None:
        item = self.ui.checklist.currentItem()
        if item is not None:
            self._mark({int(item.data(ApplicationIdRole)): AttendanceStatus.EXCUSED})
