"""The cohort summary on screen: key figures and QtCharts bar charts.

The charts take their colours from the palette and the theme's named colours, and are
repainted when the scheme changes. They stand two by two only where each has the width
to draw its category labels whole; otherwise they stack in one column rather than cut
"Applicants" to "Ap…" (QtCharts elides, even when labels are tilted).
"""

from __future__ import annotations

import math

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QBrush, QFontMetrics, QPainter, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import QApplication, QGridLayout, QLabel, QVBoxLayout, QWidget

from mentordesk.core.documents.summary import CohortSummary
from mentordesk.gui import theme
from mentordesk.gui.core_words import core_word
from mentordesk.gui.languages import local_date, local_figure, local_number, local_percent
from mentordesk.gui.theme import NamedColor, Scheme

# An evaluation's phase and whose it is, as the core's labels name them (translated).
_PHASES = {"midpoint": "Midpoint", "final": "Final", "closeout": "Close-out"}
_ROLES = {"mentee": "Mentee", "mentor": "Mentor", "supervisor": "Supervisor"}

MENTEES = NamedColor.SERIES_MENTEES
MENTORS = NamedColor.SERIES_MENTORS
THIRD = NamedColor.SERIES_THIRD


def paint_chart(chart: QChart) -> None:
    """Colours one chart from the palette and the named colours of the scheme on screen."""
    palette = QApplication.palette()
    text = palette.color(QPalette.ColorRole.Text)
    chart.setBackgroundBrush(QBrush(palette.color(QPalette.ColorRole.Base)))
    chart.setBackgroundPen(QPen(palette.color(QPalette.ColorRole.Mid)))
    chart.setTitleBrush(QBrush(text))
    chart.legend().setLabelColor(text)
    for axis in chart.axes():
        axis.setLabelsColor(text)
        axis.setLinePenColor(palette.color(QPalette.ColorRole.Mid))
        axis.setGridLineColor(theme.color(NamedColor.GRID))
    for series in chart.series():
        if isinstance(series, (QBarSeries, QHorizontalBarSeries)):
            for bar_set in series.barSets():
                role = bar_set.property("namedColor")
                if isinstance(role, str):
                    bar_set.setColor(theme.color(NamedColor[role]))
                    bar_set.setBorderColor(theme.color(NamedColor[role]))
                bar_set.setLabelColor(text)  # drawn beyond the bar, on the chart's base


def _chart_view(
    title: str,
    categories: list[str],
    series: list[tuple[str, list[float], NamedColor]],
    *,
    horizontal: bool = False,
    maximum: float | None = None,
) -> QChartView:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    bars = QHorizontalBarSeries() if horizontal else QBarSeries()
    for name, values, color in series:
        bar_set = QBarSet(name)
        bar_set.append([float(v) for v in values])
        bar_set.setProperty("namedColor", color.name)
        bars.append(bar_set)
    bars.setLabelsVisible(True)
    # Beyond the bar's end: a value drawn inside a short bar ("1", "31") ran over its
    # edges and was cut. Two digits at most for an average ("4.33", "4,33").
    bars.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
    bars.setLabelsPrecision(3)
    chart.addSeries(bars)
    # Axes and values in the language's digits (0,5 in Spanish).
    chart.setLocale(QLocale())
    chart.setLocalizeNumbers(True)
    categories_axis = QBarCategoryAxis()
    # Long labels ("En lista de espera") break onto two lines rather than lose their end.
    categories_axis.append([two_lines(c) for c in categories] if not horizontal else categories)
    # QtCharts cuts a label well before it would touch its neighbour ("Emparejad…" with
    # room to spare); the layout already gives each chart the width its labels need.
    categories_axis.setTruncateLabels(False)
    values_axis = QValueAxis()
    top = max([max(v) if v else 0 for _n, v, _c in series] + [1])
    if maximum is None:
        # Whole, round ticks (1, 2, 5, 10, 20, 50…: half a pair means nothing), and a
        # quarter more room above the highest bar: its value is drawn there, and where it
        # did not fit QtCharts drew it inside the bar, dark on dark.
        room = top * 1.25
        step = round_step(room / 5)
        values_axis.setRange(0, step * math.ceil(room / step))
        values_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        values_axis.setTickAnchor(0)
        values_axis.setTickInterval(step)
        values_axis.setLabelFormat("%.0f")
    else:
        values_axis.setRange(0, maximum)
        values_axis.setTickCount(int(maximum) + 1)
        values_axis.setLabelFormat("%.0f")
    cat_side, val_side = (
        (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom)
        if horizontal
        else (Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignLeft)
    )
    chart.addAxis(categories_axis, cat_side)
    chart.addAxis(values_axis, val_side)
    bars.attachAxis(categories_axis)
    bars.attachAxis(values_axis)
    chart.legend().setVisible(len(series) > 1)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(240)
    paint_chart(chart)
    return view


def round_step(rough: float) -> int:
    """The round step (1, 2, 5, 10, 20, 50…) at or above ``rough``."""
    magnitude = 10 ** max(0, math.floor(math.log10(rough))) if rough > 1 else 1
    return next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= rough)


def two_lines(label: str) -> str:
    """A label of several words broken at the space nearest its middle (rich text)."""
    if len(label) <= 12 or " " not in label:
        return label
    middle = len(label) / 2
    cut = min((i for i, c in enumerate(label) if c == " "), key=lambda i: abs(i - middle))
    return f"{label[:cut]}<br>{label[cut + 1 :]}"


def needed_width(view: QChartView) -> int:
    """How wide a chart must be for QtCharts to draw every category label whole."""
    chart = view.chart()
    needed = 0
    for axis in chart.axes(Qt.Orientation.Horizontal):
        if isinstance(axis, QBarCategoryAxis) and axis.count():
            metrics = QFontMetrics(axis.labelsFont())
            # A margin, so neighbouring labels never touch.
            lines = [line for c in axis.categories() for line in c.split("<br>")]
            widest = max(metrics.horizontalAdvance(line) for line in lines) + 16
            needed = max(needed, int(widest * axis.count()) + 90)  # + value axis and margins
    return needed


class SummaryView(QWidget):
    """Figures at the top, four charts below; rebuilt from each new ``CohortSummary``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self._figures = QGridLayout()
        layout.addLayout(self._figures)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self._charts = QGridLayout()
        self._charts.setColumnStretch(0, 1)
        self._charts.setColumnStretch(1, 1)
        layout.addLayout(self._charts, 1)
        self._shown: CohortSummary | None = None
        self._columns = 2
        theme.follower().changed.connect(self._repaint_charts)
        self.figure_labels: dict[str, QLabel] = {}
        self.charts: dict[str, QChartView] = {}

    def _clear(self) -> None:
        for grid in (self._figures, self._charts):
            while grid.count():
                item = grid.takeAt(0)
                widget = item.widget() if item is not None else None
                if widget is not None:
                    widget.hide()
                    widget.deleteLater()
        self.figure_labels.clear()
        self.charts.clear()

    def show_summary(self, summary: CohortSummary | None, *, reading: bool = False) -> None:
        """Show ``summary``; None: no cohort chosen, or (``reading``) its figures are being
        counted, which the area says above."""
        if summary is not None and summary == self._shown and self.charts:
            return  # nothing changed since the last time: keep the charts as they are
        self._shown = summary
        self._clear()
        if summary is None:
            self.note.setText("" if reading else self.tr("Choose a cohort to see its summary."))
            return
        rate = "—" if summary.match_rate is None else local_percent(summary.match_rate)
        figures = [
            (
                "applicants",
                local_number(summary.count("Applicants").total),
                self.tr("applications"),
            ),
            ("eligible", local_number(summary.count("Eligible").total), self.tr("eligible")),
            ("matched", local_number(summary.count("Matched").mentees), self.tr("mentees matched")),
            ("match_rate", rate, self.tr("match rate")),
            (
                "waitlisted",
                local_number(summary.count("Waitlisted").mentees),
                self.tr("waitlisted"),
            ),
            (
                "signed",
                f"{local_number(summary.agreements_signed)}/{local_number(summary.active_pairs)}",
                self.tr("agreements signed"),
            ),
            ("completed", local_number(summary.count("Completed").mentees), self.tr("completed")),
        ]
        for column, (key, value, label) in enumerate(figures):
            number = QLabel(value)
            number.setObjectName(f"figure_{key}")
            font = number.font()
            font.setPointSize(font.pointSize() + 8)
            font.setBold(True)
            number.setFont(font)
            caption = QLabel(label)
            caption.setObjectName("figureCaption")
            self._figures.addWidget(number, 0, column)
            self._figures.addWidget(caption, 1, column)
            self.figure_labels[key] = number
        self.note.setText(" ".join(summary.notes))

        counts = summary.counts
        self.charts["counts"] = _chart_view(
            self.tr("Applicants and pairs"),
            [core_word(c.measure) for c in counts],
            [
                (self.tr("Mentees"), [c.mentees for c in counts], MENTEES),
                (self.tr("Mentors"), [c.mentors for c in counts], MENTORS),
            ],
        )
        self.charts["scores"] = _chart_view(
            self.tr("Match scores of the pairs (lower bound of each band)"),
            [local_figure(b.low) for b in summary.scores] or [self.tr("no pairs")],
            [(self.tr("Pairs"), [b.pairs for b in summary.scores] or [0], MENTEES)],
        )
        self.charts["meetings"] = _chart_view(
            self.tr("Meetings per term (at least %Ln per pair)", "", summary.min_meetings_per_term)
            if summary.min_meetings_per_term
            else self.tr("Meetings per term"),
            [t.term for t in summary.terms],
            [
                (self.tr("Pairs"), [t.pairs for t in summary.terms], MENTORS),
                (
                    self.tr("Meeting the minimum"),
                    [t.pairs_meeting_minimum for t in summary.terms],
                    MENTEES,
                ),
                (self.tr("Meetings held"), [t.meetings for t in summary.terms], THIRD),
            ],
        )
        rated = [e for e in summary.evaluations if e.average is not None]
        self.charts["evaluations"] = _chart_view(
            self.tr("Evaluations: average rating (1–5)"),
            [f"{core_word(_PHASES[e.phase])} · {core_word(_ROLES[e.role])}" for e in rated]
            or [self.tr("none yet")],
            [(self.tr("Average"), [e.average or 0 for e in rated] or [0], MENTEES)],
            horizontal=True,
            maximum=5,
        )
        if summary.workshops:
            self.charts["workshops"] = _chart_view(
                self.tr("Orientation and workshop attendance"),
                [local_date(w.held_on, "d MMM") for w in summary.workshops],
                [
                    (
                        self.tr("Mentees"),
                        [w.mentees_present for w in summary.workshops],
                        MENTEES,
                    ),
                    (
                        self.tr("Mentors"),
                        [w.mentors_present for w in summary.workshops],
                        MENTORS,
                    ),
                ],
            )
        self._columns = self._fitting_columns()
        self._lay_out_charts()

    def show_signed(self, summary: CohortSummary) -> None:
        """``summary`` differs from the one shown only in its signed agreements: one figure."""
        label = self.figure_labels.get("signed")
        if label is None or self._shown is None:
            self.show_summary(summary)
            return
        self._shown = summary
        label.setText(
            f"{local_number(summary.agreements_signed)}/{local_number(summary.active_pairs)}"
        )

    def _fitting_columns(self) -> int:
        widest = max((needed_width(view) for view in self.charts.values()), default=0)
        return 2 if self.width() >= 2 * widest + 40 else 1

    def _lay_out_charts(self) -> None:
        for view in self.charts.values():
            self._charts.removeWidget(view)
        for i, view in enumerate(self.charts.values()):
            self._charts.addWidget(view, i // self._columns, i % self._columns)
        self._charts.setColumnStretch(1, 1 if self._columns == 2 else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        columns = self._fitting_columns()
        if columns != self._columns and self.charts:
            self._columns = columns
            self._lay_out_charts()

    def _repaint_charts(self, _scheme: Scheme) -> None:
        for view in self.charts.values():
            paint_chart(view.chart())
