"""The Attendance tab of the Calendar area: who came to one event, ticked off as a checklist."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QListView, QWidget

from mentordesk.core.calendar.attendance import (
    AttendanceRow,
    AttendanceSheet,
    attendance_sheet,
    mark_attendance,
)
from mentordesk.core.errors import ConflictError, ValidationError
from mentordesk.core.storage.models import AttendanceStatus, Role
from mentordesk.gui.area import Area
from mentordesk.gui.data import Kind, tell
from mentordesk.gui.forms.ui_attendance_panel import Ui_AttendancePanel
from mentordesk.gui.languages import local_date, local_number
from mentordesk.gui.reading import AreaReader, ReadingNotice

ApplicationIdRole = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


class AttendanceModel(QAbstractListModel):
    """The people of one attendance sheet, each a tick box (ticked: present).

    A workshop of a big cohort expects thousands of people: one model, not an item each,
    and a tick updates its rows in place, so the list keeps where the committee was.
    """

    #: The user ticked (True) or unticked someone: (application id, present).
    ticked = Signal(int, bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[AttendanceRow] = []

    def set_rows(self, rows: list[AttendanceRow]) -> None:
        same_people = [r.application_id for r in rows] == [r.application_id for r in self.rows]
        if same_people and rows:
            old, self.rows = self.rows, rows
            # Only the rows whose mark changed: one tick on a sheet of thousands would
            # otherwise have the list lay all of them out again.
            changed = [i for i, (was, now) in enumerate(zip(old, rows, strict=True)) if was != now]
            if len(changed) > 100:
                self.dataChanged.emit(self.index(changed[0]), self.index(changed[-1]))
            else:
                for i in changed:
                    self.dataChanged.emit(self.index(i), self.index(i))
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = f"{row.name} ({self._role(row)})"
            if row.status is AttendanceStatus.EXCUSED:
                text += QCoreApplication.translate("AttendancePanel", " — excused")
            elif row.status is AttendanceStatus.ABSENT:
                text += QCoreApplication.translate("AttendancePanel", " — absent")
            return text
        if role == Qt.ItemDataRole.CheckStateRole:
            present = row.status is AttendanceStatus.PRESENT
            return Qt.CheckState.Checked if present else Qt.CheckState.Unchecked
        if role == ApplicationIdRole:
            return row.application_id
        return None

    def _role(self, row: AttendanceRow) -> str:
        # The panel's words: the list was its own before it was a model.
        if row.role is Role.MENTEE:
            return QCoreApplication.translate("AttendancePanel", "mentee")
        return QCoreApplication.translate("AttendancePanel", "mentor")

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsUserCheckable if index.isValid() else flags

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        present = Qt.CheckState(value) == Qt.CheckState.Checked
        # The panel saves it; the row changes when the saved sheet comes back.
        self.ticked.emit(self.rows[index.row()].application_id, present)
        return True


class AttendancePanel(QWidget):
    """The attendance sheet of the event chosen in the agenda; each tick is saved at once.

    The sheet is read when the tab is on screen (choosing events in the agenda costs
    nothing), a big cohort's in a worker, "Reading…" above the list meanwhile.
    """

    #: Attendance was saved (the pairs' progress counts workshops attended).
    marked = Signal()

    def __init__(self, area: Area, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area = area
        self.sheet: AttendanceSheet | None = None
        #: Whether the area's cohort is read in a worker (the area says so with each read).
        self.big = False
        self._event_id: int | None = None
        self._due = False
        self.ui = Ui_AttendancePanel()
        self.ui.setupUi(self)
        self.model = AttendanceModel(self)
        self.ui.checklist.setModel(self.model)
        self.ui.checklist.setUniformItemSizes(True)
        # Laid out a batch per turn of the event loop: a workshop expects thousands.
        self.ui.checklist.setLayoutMode(QListView.LayoutMode.Batched)
        self.ui.checklist.setBatchSize(500)
        self.model.ticked.connect(self._toggled)
        self.reading_notice = ReadingNotice(self)
        self.ui.layout.insertWidget(1, self.reading_notice)
        self.reader = AreaReader(self, area.data, self.reading_notice)
        self.saver = AreaReader(self, area.data, self.reading_notice)
        self.ui.everyonePresentButton.clicked.connect(self._everyone_present)
        self.ui.excusedButton.clicked.connect(self._mark_excused)
        self._fill()

    def show_event(self, event_id: int | None) -> None:
        """Show the sheet of ``event_id`` (None: no event chosen): now if the tab is on
        screen, else when it is shown."""
        if event_id != self._event_id:
            self.sheet = None
            self._fill()
        self._event_id = event_id
        self._due = True
        if self.isVisible():
            self._read()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._due:
            self._read()

    def _read(self) -> None:
        self._due = False
        event_id, data = self._event_id, self.area.data
        if event_id is None:
            self.reader.cancel()
            self.sheet = None
            self._fill()
            return
        self.reader.read(
            lambda _progress: data.read(attendance_sheet, event_id),
            self._show_sheet,
            in_background=self.big,
            text=self.tr("Reading the attendance sheet…"),
            refused=lambda exc: tell(self.area, self.tr("Attendance"), exc),
        )

    def _show_sheet(self, sheet: AttendanceSheet) -> None:
        self.sheet = sheet
        self._fill()

    def _fill(self) -> None:
        ui = self.ui
        sheet = self.sheet
        ui.everyonePresentButton.setEnabled(sheet is not None)
        ui.excusedButton.setEnabled(sheet is not None)
        self.model.set_rows(sheet.rows if sheet is not None else [])
        if sheet is None:
            ui.title.setText(self.tr("Choose an event in the agenda"))
            ui.counts.clear()
            return
        event = sheet.event
        ui.title.setText(
            f"<b>{event.title}</b> · {local_date(event.start, 'ddd d MMM yyyy HH:mm')}"
        )
        c = sheet.counts
        ui.counts.setText(
            self.tr("%1 expected · %2 present · %3 absent · %4 excused · %5 not marked")
            .replace("%1", local_number(c["expected"]))
            .replace("%2", local_number(c["present"]))
            .replace("%3", local_number(c["absent"]))
            .replace("%4", local_number(c["excused"]))
            .replace("%5", local_number(c["unmarked"]))
        )

    def _mark(self, marks: dict[int, AttendanceStatus | None]) -> None:
        """Save the marks; a big cohort's in a worker (one tick re-reads a sheet of
        thousands), "Saving…" above the list meanwhile, the saved sheet shown when back."""
        if self.sheet is None or not marks:
            return
        event_id, data, change = self.sheet.event.id, self.area.data, self.area.change(Kind.EVENTS)
        # The marks as this sheet shows them: one another desk changed since is not
        # written over unseen (the refusal names it, and the sheet is read again).
        shown = {r.application_id: r.status for r in self.sheet.rows if r.application_id in marks}
        self.reader.cancel()  # a sheet still being read would come back without these marks

        def saved(sheet: AttendanceSheet) -> None:
            self.sheet = sheet
            self._fill()
            self.marked.emit()

        def refused(exc: BaseException) -> None:
            tell(self.area, self.tr("Attendance"), exc)
            self._fill()  # the tick the database refused is undone on screen
            if isinstance(exc, ConflictError | ValidationError) and self._event_id == event_id:
                # The sheet as it is now: another desk's marks, someone withdrawn, the
                # event cancelled.
                self._read()

        self.saver.read(
            lambda _progress: data.write(change, mark_attendance, event_id, marks, expected=shown),
            saved,
            in_background=self.big,
            text=self.tr("Saving the attendance…"),
            refused=refused,
        )

    @property
    def loading(self) -> bool:
        """True while a big cohort's sheet is read or saved off the GUI thread."""
        return self.reader.loading or self.saver.loading

    def _toggled(self, application_id: int, present: bool) -> None:
        status = AttendanceStatus.PRESENT if present else AttendanceStatus.ABSENT
        self._mark({application_id: status})

    def _everyone_present(self) -> None:
        if self.sheet is not None:
            self._mark({r.application_id: AttendanceStatus.PRESENT for r in self.sheet.rows})

    def _mark_excused(self) -> None:
        index = self.ui.checklist.currentIndex()
        if index.isValid():
            self._mark({int(index.data(ApplicationIdRole)): AttendanceStatus.EXCUSED})
