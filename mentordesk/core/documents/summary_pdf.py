"""Lays a cohort summary out as a PDF: key figures, ReportLab charts, and every table."""

from __future__ import annotations

import math
import os
from datetime import date
from io import BytesIO
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from mentordesk.core.documents.fonts import BODY, BOLD, markup, register_fonts
from mentordesk.core.documents.summary import CohortSummary
from mentordesk.core.documents.summary_tables import SummaryTable, summary_tables

MARGIN = 18 * mm
WIDTH = LETTER[0] - 2 * MARGIN
MENTEE_COLOR = colors.HexColor("#2E7D9A")
MENTOR_COLOR = colors.HexColor("#E08E2B")

STYLES = {
    "title": ParagraphStyle("title", fontName=BOLD, fontSize=18, leading=22),
    "subtitle": ParagraphStyle(
        "subtitle", fontName=BODY, fontSize=10, leading=13, textColor=colors.HexColor("#555555")
    ),
    "heading": ParagraphStyle(
        "heading", fontName=BOLD, fontSize=13, leading=16, spaceBefore=12, spaceAfter=6
    ),
    "body": ParagraphStyle("body", fontName=BODY, fontSize=10, leading=13, spaceAfter=4),
    "cell": ParagraphStyle("cell", fontName=BODY, fontSize=8.5, leading=10.5),
    "head": ParagraphStyle("head", fontName=BOLD, fontSize=8.5, leading=10.5),
    "figure": ParagraphStyle("figure", fontName=BOLD, fontSize=16, leading=19),
    "figure_label": ParagraphStyle(
        "figure_label", fontName=BODY, fontSize=8, leading=10, textColor=colors.HexColor("#555555")
    ),
}


def _show(value: Any, fmt: str | None = None) -> str:
    if value is None:
        return "—"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        if fmt == "0.0%":
            return f"{value:.1%}"
        return f"{value:.2f}".rstrip("0").rstrip(".") if value != int(value) else f"{value:g}"
    return str(value)


def _table(table: SummaryTable, skip_first: bool = False) -> Flowable:
    headers = [Paragraph(markup(h), STYLES["head"]) for h in table.headers]
    rows: list[list[Any]] = [headers]
    for row in table.rows:
        fmt = "0.0%" if table.name == "Overview" and str(row[0]).startswith("Match rate") else None
        rows.append([Paragraph(markup(_show(v, fmt)), STYLES["cell"]) for v in row])
    # Columns share the width by how much they hold (a long event title gets more).
    weights = [
        min(
            40,
            max(
                5, *(len(word) + 1.5 for word in h.split()), *(len(_show(r[i])) for r in table.rows)
            ),
        )
        for i, h in enumerate(table.headers)
    ]
    widths = [WIDTH * w / sum(weights) for w in weights]
    flow = Table(rows, colWidths=widths, repeatRows=1)
    flow.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), BODY),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EEF2")),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor("#888888")),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#CCCCCC")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return flow


def _bar_chart(
    categories: list[str],
    series: list[tuple[str, list[float], Any]],
    *,
    height: float = 150,
    value_format: str = "%d",
) -> Drawing:
    drawing = Drawing(WIDTH, height + 30)
    chart = VerticalBarChart()
    chart.x, chart.y = 40, 30
    chart.width, chart.height = WIDTH - 170, height - 20
    chart.data = [values for _name, values, _color in series]
    chart.categoryAxis.categoryNames = categories
    chart.categoryAxis.labels.fontName = BODY
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.angle = 30 if len(categories) > 6 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(categories) > 6 else "n"
    chart.valueAxis.labels.fontName = BODY
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    top = max([max(v) if v else 0 for _n, v, _c in series] + [1])
    chart.valueAxis.valueMax = top * 1.15
    if value_format == "%d":
        # Whole ticks only: half a pair means nothing.
        chart.valueAxis.valueStep = max(1, math.ceil(top / 5))
    chart.valueAxis.labelTextFormat = value_format
    chart.barLabels.fontName = BODY
    chart.barLabels.fontSize = 6.5
    chart.barLabelFormat = value_format
    chart.barLabels.nudge = 6
    chart.groupSpacing = 8
    for i, (_name, _values, color) in enumerate(series):
        chart.bars[i].fillColor = color
        chart.bars[i].strokeColor = None
    drawing.add(chart)
    if len(series) > 1:
        legend = Legend()
        legend.x, legend.y = WIDTH - 120, height
        legend.fontName = BODY
        legend.fontSize = 8
        legend.alignment = "right"
        legend.colorNamePairs = [(color, name) for name, _v, color in series]
        drawing.add(legend)
    return drawing


def _evaluation_chart(summary: CohortSummary) -> Drawing:
    rows = [e for e in summary.evaluations if e.average is not None]
    height = 30 + 18 * len(rows)
    drawing = Drawing(WIDTH, height + 35)
    chart = HorizontalBarChart()
    chart.x, chart.y = 150, 30
    chart.width, chart.height = WIDTH - 200, height
    chart.data = [[e.average or 0 for e in rows]]
    chart.categoryAxis.categoryNames = [f"{e.phase} · {e.role}" for e in rows]
    chart.categoryAxis.labels.fontName = BODY
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = 5
    chart.valueAxis.valueStep = 1
    chart.valueAxis.labels.fontName = BODY
    chart.valueAxis.labels.fontSize = 7
    chart.bars[0].fillColor = MENTEE_COLOR
    chart.barLabelFormat = "%.2f"
    chart.barLabels.fontName = BODY
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 12
    drawing.add(chart)
    drawing.add(
        String(150, 4, "average rating, 1 (poor) to 5 (excellent)", fontName=BODY, fontSize=7)
    )
    return drawing


def _figures(summary: CohortSummary) -> Flowable:
    matched = summary.count("Matched")
    figures = [
        (str(summary.count("Applicants").total), "applications"),
        (str(summary.count("Eligible").total), "eligible"),
        (str(matched.mentees), "mentees matched"),
        (_show(summary.match_rate, "0.0%"), "match rate"),
        (str(summary.count("Completed").mentees), "mentees completed"),
    ]
    cells = [
        [Paragraph(value, STYLES["figure"]) for value, _ in figures],
        [Paragraph(label, STYLES["figure_label"]) for _, label in figures],
    ]
    table = Table(cells, colWidths=[WIDTH / len(figures)] * len(figures))
    table.setStyle(
        TableStyle([("FONTNAME", (0, 0), (-1, -1), BODY), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    return table


def summary_story(summary: CohortSummary) -> list[Flowable]:
    tables = {t.name: t for t in summary_tables(summary)}
    story: list[Flowable] = [
        Paragraph(markup("Cohort summary"), STYLES["title"]),
        Paragraph(
            markup(
                f"{summary.program} · {summary.cohort} · {summary.start_date.isoformat()} – "
                f"{summary.end_date.isoformat()} · made on {summary.generated_on.isoformat()}"
            ),
            STYLES["subtitle"],
        ),
        Spacer(1, 10),
        _figures(summary),
    ]
    for note in summary.notes:
        story.append(Paragraph(markup(note), STYLES["body"]))

    counts = summary.counts
    story.append(Paragraph("Applicants and pairs", STYLES["heading"]))
    story.append(
        _bar_chart(
            [c.measure for c in counts],
            [
                ("Mentees", [c.mentees for c in counts], MENTEE_COLOR),
                ("Mentors", [c.mentors for c in counts], MENTOR_COLOR),
            ],
        )
    )
    story.append(_table(tables["Counts"]))

    story.append(Paragraph("Match scores", STYLES["heading"]))
    if summary.scores:
        story.append(
            Paragraph(
                markup(
                    f"Average score of the pairs: {_show(summary.score_mean)}. "
                    "How many pairs scored in each band:"
                ),
                STYLES["body"],
            )
        )
        story.append(
            _bar_chart(
                [b.label for b in summary.scores],
                [("Pairs", [b.pairs for b in summary.scores], MENTEE_COLOR)],
            )
        )
    else:
        story.append(Paragraph("No scored pairs yet.", STYLES["body"]))

    meeting_parts: list[Flowable] = [Paragraph("Meetings held, per term", STYLES["heading"])]
    rule = (
        f"The rules ask each pair to meet at least {summary.min_meetings_per_term} time(s) per term."
        if summary.min_meetings_per_term
        else "The rules set no minimum number of meetings per term."
    )
    meeting_parts.append(Paragraph(markup(rule), STYLES["body"]))
    if summary.terms and any(t.pairs for t in summary.terms):
        meeting_parts.append(
            _bar_chart(
                [t.term for t in summary.terms],
                [
                    ("Pairs", [t.pairs for t in summary.terms], MENTOR_COLOR),
                    (
                        "Pairs meeting the minimum",
                        [t.pairs_meeting_minimum for t in summary.terms],
                        MENTEE_COLOR,
                    ),
                    (
                        "Meetings held",
                        [t.meetings for t in summary.terms],
                        colors.HexColor("#7A9A2E"),
                    ),
                ],
                height=130,
            )
        )
    meeting_parts.append(_table(tables["Meetings"]))
    story.append(KeepTogether(meeting_parts))

    story.append(Paragraph("Orientation and workshop attendance", STYLES["heading"]))
    if summary.mentee_min_workshops and summary.mentees_in_pairs:
        story.append(
            Paragraph(
                markup(
                    f"{summary.mentees_meeting_workshop_minimum} of {summary.mentees_in_pairs} "
                    f"mentees in pairs attended at least {summary.mentee_min_workshops} workshops, "
                    "as the rules ask."
                ),
                STYLES["body"],
            )
        )
    if summary.workshops:
        story.append(
            _bar_chart(
                [f"{w.held_on:%d %b}" for w in summary.workshops],
                [
                    (
                        "Mentees present",
                        [w.mentees_present for w in summary.workshops],
                        MENTEE_COLOR,
                    ),
                    (
                        "Mentors present",
                        [w.mentors_present for w in summary.workshops],
                        MENTOR_COLOR,
                    ),
                ],
                height=130,
            )
        )
        story.append(_table(tables["Workshops"]))
    else:
        story.append(Paragraph("No orientation or workshops on the calendar.", STYLES["body"]))

    evaluation: list[Flowable] = [Paragraph("Evaluations", STYLES["heading"])]
    if summary.evaluations:
        if any(e.average is not None for e in summary.evaluations):
            evaluation.append(_evaluation_chart(summary))
            evaluation.append(Spacer(1, 8))
        evaluation.append(_table(tables["Evaluations"]))
    else:
        evaluation.append(Paragraph("No evaluations received yet.", STYLES["body"]))
    story.append(KeepTogether(evaluation))
    return story


def _footer(canvas: Any, doc: Any) -> None:
    canvas.saveState()
    canvas.setFont(BODY, 7.5)
    canvas.setFillColor(colors.HexColor("#666666"))
    canvas.drawRightString(LETTER[0] - MARGIN, MARGIN / 2, f"{doc.page}")
    canvas.restoreState()


def build_summary_pdf(summary: CohortSummary, target: str | os.PathLike[str] | BytesIO) -> int:
    """Write the summary PDF; returns the page count."""
    register_fonts()
    doc = SimpleDocTemplate(
        target if isinstance(target, BytesIO) else str(target),
        pagesize=LETTER,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=f"Cohort summary: {summary.program} — {summary.cohort}",
        lang="en",
        initialFontName=BODY,  # ReportLab's default would name Helvetica without embedding it
        author="MentorDesk",
    )
    doc.build(summary_story(summary), onFirstPage=_footer, onLaterPages=_footer)
    return int(doc.page)
