"""The Meeting logs tab of the Calendar area: that pairs met, when, how long and how."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from mentordesk.core.calendar.attendance import FORMAT_LABELS, MeetingLogRow, delete_meeting_log
from mentordesk.core.errors import NotFoundError
from mentordesk.gui.area import Area
from mentordesk.gui.data import Kind
from mentordesk.gui.forms.ui_meetings_panel import Ui_MeetingsPanel
from mentordesk.gui.languages import local_decimal
from mentordesk.gui.rows_model import Index, RowsTableModel

LogIdRole = Qt.ItemDataRole.UserRole


class MeetingLogModel(RowsTableModel[MeetingLogRow]):
    """Meeting logs as rows, newest first: a cohort of 20,000 has tens of thousands, shown
    in one model reset rather than one tree item each."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # The panel's words: its catalogue context since the columns were the tree's.
        self.headers = (
            QCoreApplication.translate("MeetingsPanel", "Met on"),
            QCoreApplication.translate("MeetingsPanel", "Pair"),
            QCoreApplication.translate("MeetingsPanel", "Length"),
            QCoreApplication.translate("MeetingsPanel", "How"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        log = self.entries[index.row()]
        if role == LogIdRole:
            return log.id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return log.met_on.isoformat()
        if column == 1:
            return log.pair_label
        if column == 2:
            return QCoreApplication.translate("MeetingsPanel", "%d min") % log.duration_minutes
        return QCoreApplication.translate("MeetingsPanel", FORMAT_LABELS[log.format])


class MeetingsPanel(QWidget):
    """The cohort's meeting logs (of one pair, when the pair filter names one), newest first."""

    #: "Log meeting…" was pressed: the area opens its dialog.
    log_requested = Signal()
    #: A log was deleted: the area rereads the year.
    deleted = Signal()

    def __init__(self, area: Area, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area = area
        self.ui = Ui_MeetingsPanel()
        self.ui.setupUi(self)
        self.model = MeetingLogModel(self)
        self.ui.logs.setModel(self.model)
        self.ui.logButton.clicked.connect(self.log_requested)
        self.ui.deleteButton.clicked.connect(self._delete)

    def show_logs(self, logs: Sequence[MeetingLogRow], pairing_id: int | None) -> None:
        shown = [log for log in logs if pairing_id is None or log.pairing_id == pairing_id]
        self.model.set_rows(shown[::-1])
        hours = sum(log.duration_minutes for log in shown) / 60
        self.ui.summary.setText(
            self.tr(
                "%Ln meeting(s) logged, %1 h. Only that pairs met is recorded.", "", len(shown)
            ).replace("%1", local_decimal(hours, 1))
        )

    def _delete(self) -> None:
        index = self.ui.logs.currentIndex()
        if not index.isValid():
            return
        log = self.model.entries[index.row()]
        change = self.area.change(Kind.EVENTS)
        deleted = self.area.data.change(
            self.area, self.tr("Delete meeting"), change, delete_meeting_log, log.id, shown=log
        )
        if deleted or isinstance(deleted.error, NotFoundError):
            self.deleted.emit()  # (removed at another desk already: the list catches up)
