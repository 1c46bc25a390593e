"""The blank evaluation forms as a PDF, for people who prefer to answer on paper.

One form a page (or more for a long one): who answers and about which pair, each rating
question with five boxes from poor to excellent, each open question with lines to write
on. The committee types the answers in later in the evaluation dialog.
"""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from mentordesk.core.documents.fonts import BODY, BOLD, markup, register_fonts
from mentordesk.core.errors import MentorDeskError
from mentordesk.core.matching.evaluations import PHASE_LABELS, EvaluationForm

STYLES = {
    "title": ParagraphStyle("title", fontName=BOLD, fontSize=16, leading=20, spaceAfter=2),
    "subtitle": ParagraphStyle(
        "subtitle", fontName=BODY, fontSize=10, leading=13, textColor=colors.HexColor("#555555")
    ),
    "question": ParagraphStyle("question", fontName=BOLD, fontSize=10.5, leading=13.5),
    "body": ParagraphStyle("body", fontName=BODY, fontSize=10, leading=13),
    "scale": ParagraphStyle(
        "scale",
        fontName=BODY,
        fontSize=8,
        leading=10,
        alignment=1,
        textColor=colors.HexColor("#555555"),
    ),
}
_SCALE = ("1\npoor", "2\nfair", "3\ngood", "4\nvery good", "5\nexcellent")
_WHO = {"mentor": "Mentor", "mentee": "Mentee", "supervisor": "Supervisor"}


def _field_line(label: str) -> Table:
    table = Table([[Paragraph(markup(label), STYLES["body"]), ""]], colWidths=[45 * mm, 120 * mm])
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (1, 0), (1, 0), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def _rating(number: int, text: str) -> KeepTogether:
    boxes = Table(
        [["☐"] * 5, [Paragraph(markup(s).replace("\n", "<br/>"), STYLES["scale"]) for s in _SCALE]],
        colWidths=[30 * mm] * 5,
    )
    boxes.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, 0), BODY),
                ("FONTSIZE", (0, 0), (-1, 0), 16),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return KeepTogether(
        [Paragraph(markup(f"{number}. {text}"), STYLES["question"]), boxes, Spacer(1, 8)]
    )


def _open(number: int, text: str, lines: int = 4) -> KeepTogether:
    rule = Table([[""] for _ in range(lines)], colWidths=[165 * mm], rowHeights=[8 * mm] * lines)
    rule.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888"))]))
    return KeepTogether(
        [Paragraph(markup(f"{number}. {text}"), STYLES["question"]), rule, Spacer(1, 10)]
    )


def blank_forms_pdf(
    program: str, cohort: str, forms: list[EvaluationForm], target: str | Path | None = None
) -> bytes:
    """The forms, one after another, each starting on a new page; returns the PDF bytes
    (and writes them to ``target`` when given)."""
    if not forms:
        raise MentorDeskError("The program's rules ask for no evaluation, so there is no form")
    register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=LETTER,
        leftMargin=22 * mm,
        rightMargin=22 * mm,
        topMargin=20 * mm,
        bottomMargin=18 * mm,
        title=f"Evaluation forms — {program} {cohort}",
        author="MentorDesk",
    )
    story: list = []
    for index, form in enumerate(forms):
        if index:
            story.append(PageBreak())
        story.append(Paragraph(markup(form.title), STYLES["title"]))
        story.append(
            Paragraph(
                markup(f"{program} · {cohort} · {PHASE_LABELS[form.phase]} evaluation"),
                STYLES["subtitle"],
            )
        )
        story.append(Spacer(1, 6))
        story.append(_field_line(f"{_WHO[form.evaluator]}'s name:"))
        if form.about:
            story.append(_field_line(f"{_WHO[form.about]} you evaluate:"))
        else:
            other = "Mentee" if form.evaluator == "mentor" else "Mentor"
            story.append(
                _field_line(
                    f"{other}'s name:" if form.evaluator != "supervisor" else "Your staff member:"
                )
            )
        story.append(_field_line("Date:"))
        story.append(Spacer(1, 10))
        story.append(
            Paragraph(
                markup(
                    "Tick one box for each rating (1 = poor, 5 = excellent) and write your "
                    "answers to the open questions. Your answers go to the program committee."
                ),
                STYLES["body"],
            )
        )
        story.append(Spacer(1, 8))
        for number, question in enumerate(form.questions, start=1):
            if question.kind == "rating":
                story.append(_rating(number, question.text))
            else:
                story.append(_open(number, question.text))
        story.append(_open(len(form.questions) + 1, "Anything else you would like to tell us?", 3))
    doc.build(story)
    data = buffer.getvalue()
    if target is not None:
        try:
            Path(target).write_bytes(data)
        except OSError as exc:
            raise MentorDeskError(f"Cannot write {target}: {exc.strerror}") from None
    return data
