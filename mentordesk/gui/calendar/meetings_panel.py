"""The Meeting logs tab of the Calendar area: that pairs met, when, how long and how."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidgetItem, QWidget

from mentordesk.core.calendar.attendance import FORMAT_LABELS, MeetingLogRow, delete_meeting_log
from mentordesk.gui.area import Area
from mentordesk.gui.data import Kind
from mentordesk.gui.forms.ui_meetings_panel import Ui_MeetingsPanel


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
        self.ui.logButton.clicked.connect(self.log_requested)
        self.ui.deleteButton.clicked.connect(self._delete)

    def show_logs(self, logs: Sequence[MeetingLogRow], pairing_id: int | None) -> None:
        shown = [log for log in logs if pairing_id is None or log.pairing_id == pairing_id]
        tree = self.ui.logs
        tree.clear()
        for log in reversed(shown):
            item = QTreeWidgetItem(
                [
                    log.met_on.isoformat(),
                    log.pair_label,
                    self.tr("%d min") % log.duration_minutes,
                    self.tr(FORMAT_LABELS[log.format]),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, log.id)
            tree.addTopLevelItem(item)
        hours = sum(log.duration_minutes for log in shown) / 60
        self.ui.summary.setText(
            self.tr("%d meeting(s) logged, %.1f h. Only that pairs met is recorded.")
            % (len(shown), hours)
        )

    def _delete(self) -> None:
        item = self.ui.logs.currentItem()
        if item is None:
            return
        log_id = int(item.data(0, Qt.ItemDataRole.UserRole))
        change = self.area.change(Kind.EVENTS)
        deleted = self.area.data.change(
            self.area, self.tr("Delete meeting"), change, delete_meeting_log, log_id
        )
        if deleted:
            self.deleted.emit()
