"""One pair's year at a glance: terms, the events they are invited to, and the meetings they logged."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

from mentordesk.core.calendar.attendance import MeetingLogRow
from mentordesk.core.calendar.events import CohortSpan, EventInfo
from mentordesk.gui import theme
from mentordesk.gui.calendar.models import kind_color
from mentordesk.gui.languages import local_date
from mentordesk.gui.theme import NamedColor

_LEFT, _RIGHT, _TOP = 110, 16, 28


class PairTimeline(QWidget):
    """A painted strip from a month before the start to the end of the cohort."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.span: CohortSpan | None = None
        self.events: list[EventInfo] = []
        self.logs: list[MeetingLogRow] = []
        self.today = date.today()
        self.caption = ""
        self.term_counts: dict[str, str] = {}
        self.setMinimumHeight(170)
        self.setAccessibleName(self.tr("Pair timeline"))

    def set_data(
        self,
        span: CohortSpan | None,
        events: list[EventInfo],
        logs: list[MeetingLogRow],
        caption: str,
        today: date | None = None,
        term_counts: dict[str, str] | None = None,
    ) -> None:
        self.span, self.events, self.logs, self.caption = span, events, logs, caption
        self.term_counts = term_counts or {}
        self.today = today or date.today()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(600, 190)

    def _range(self) -> tuple[date, date]:
        assert self.span is not None
        first = min([self.span.start - timedelta(days=30)] + [e.day for e in self.events])
        last = max([self.span.end + timedelta(days=7)] + [e.day for e in self.events])
        return first, last

    def x_of(self, day: date) -> float:
        first, last = self._range()
        width = max(self.width() - _LEFT - _RIGHT, 10)
        return _LEFT + width * (day - first).days / max((last - first).days, 1)

    def paintEvent(self, _event: Any) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        text = palette.color(QPalette.ColorRole.Text)
        painter.setPen(text)
        if self.span is None:
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Choose a pair to see its year")
            )
            return
        height = self.height()
        painter.drawText(
            QRectF(8, 4, self.width() - 16, 20), Qt.AlignmentFlag.AlignLeft, self.caption
        )
        bottom = height - 22
        for n, (name, start, end) in enumerate(self.span.terms):
            band = QRectF(self.x_of(start), _TOP, self.x_of(end) - self.x_of(start), bottom - _TOP)
            shade = QColor(text)
            shade.setAlpha(14 if n % 2 == 0 else 28)  # a tint of the text colour: both schemes
            painter.fillRect(band, shade)
            painter.drawText(band.adjusted(4, 2, -4, 0), Qt.AlignmentFlag.AlignLeft, name)
            if name in self.term_counts:
                painter.drawText(
                    band.adjusted(4, 20, -4, 0), Qt.AlignmentFlag.AlignLeft, self.term_counts[name]
                )
        rows = {"events": _TOP + (bottom - _TOP) * 0.42, "meetings": _TOP + (bottom - _TOP) * 0.78}
        painter.drawText(
            QRectF(4, rows["events"] - 9, _LEFT - 8, 18),
            Qt.AlignmentFlag.AlignRight,
            self.tr("Events"),
        )
        painter.drawText(
            QRectF(4, rows["meetings"] - 9, _LEFT - 8, 18),
            Qt.AlignmentFlag.AlignRight,
            self.tr("Meetings logged"),
        )
        # Month ticks along the bottom.
        first, last = self._range()
        month = date(first.year, first.month, 1)
        while month <= last:
            x = self.x_of(month)
            if x >= _LEFT:
                painter.setPen(palette.color(QPalette.ColorRole.Mid))
                painter.drawLine(QPointF(x, bottom), QPointF(x, bottom + 4))
                painter.setPen(text)
                painter.drawText(
                    QRectF(x + 2, bottom + 2, 40, 18),
                    Qt.AlignmentFlag.AlignLeft,
                    local_date(month, "MMM"),
                )
            month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
        for event in self.events:
            x, y = self.x_of(event.day), rows["events"]
            color = kind_color(event.kind)
            painter.setPen(QPen(color.darker(130), 1))
            painter.setBrush(color)
            size = 7 if event.pairing_id is not None else 5
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(x, y - size),
                        QPointF(x + size, y),
                        QPointF(x, y + size),
                        QPointF(x - size, y),
                    ]
                )
            )
        for log in self.logs:
            x, y = self.x_of(log.met_on), rows["meetings"]
            radius = 3 + min(log.duration_minutes, 180) / 30
            meeting = theme.color(NamedColor.EVENT_MEETING)
            painter.setPen(QPen(meeting.darker(140), 1))
            painter.setBrush(meeting)
            painter.drawEllipse(QPointF(x, y), radius, radius)
        if first <= self.today <= last:
            painter.setPen(QPen(theme.color(NamedColor.DEADLINE), 1.5, Qt.PenStyle.DashLine))
            x = self.x_of(self.today)
            painter.drawLine(QPointF(x, _TOP), QPointF(x, bottom))
        painter.end()
