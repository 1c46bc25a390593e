"""The matching certificate on one page, for the committee's minutes (ReportLab)."""

from __future__ import annotations

import os
from datetime import date
from io import BytesIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from mentordesk.core.documents.fonts import BODY, BOLD, markup, register_fonts
from mentordesk.core.errors import ValidationError
from mentordesk.core.matching.certificate import Certificate
from mentordesk.core.matching.fairness import FairSuggestion
from mentordesk.core.matching.solver import MatchProblem, Proposal

MARGIN = 18 * mm
WIDTH = LETTER[0] - 2 * MARGIN
#: Waiting mentees listed by name; the rest are counted, so the page stays one page.
WAITING_SHOWN = 14

_GREY = colors.HexColor("#555555")
STYLES = {
    "title": ParagraphStyle("title", fontName=BOLD, fontSize=17, leading=21),
    "subtitle": ParagraphStyle("subtitle", fontName=BODY, fontSize=10, leading=13, textColor=_GREY),
    "heading": ParagraphStyle(
        "heading", fontName=BOLD, fontSize=12, leading=15, spaceBefore=10, spaceAfter=4
    ),
    "body": ParagraphStyle("body", fontName=BODY, fontSize=9.5, leading=12.5, spaceAfter=3),
    "cell": ParagraphStyle("cell", fontName=BODY, fontSize=8.5, leading=10.5),
    "head": ParagraphStyle("head", fontName=BOLD, fontSize=8.5, leading=10.5),
    "verdict": ParagraphStyle("verdict", fontName=BOLD, fontSize=12, leading=15, spaceBefore=6),
}


def _table(rows: list[list[str]], widths: list[float]) -> Table:
    cells = [
        [Paragraph(markup(text), STYLES["head" if r == 0 else "cell"]) for text in row]
        for r, row in enumerate(rows)
    ]
    table = Table(cells, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EEF2")),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#BBBBBB")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def write_certificate_pdf(
    target: str | os.PathLike[str] | BytesIO,
    problem: MatchProblem,
    proposal: Proposal,
    certificate: Certificate,
    fair: FairSuggestion | None = None,
) -> None:
    """Lay the certificate out on one page: verdict, figures, findings, who waits and why."""
    if isinstance(target, str | os.PathLike) and not os.fspath(target).lower().endswith(".pdf"):
        raise ValidationError(f"{os.fspath(target)!r} is not a .pdf file name", "certificate")
    register_fonts()
    c = certificate
    story: list = [
        Paragraph(markup(f"Matching certificate: {problem.cohort_name}"), STYLES["title"]),
        Paragraph(
            markup(
                f"{len(problem.mentees)} mentees and {len(problem.mentors)} mentors with active "
                f"applications · printed {date.today().isoformat()}"
            ),
            STYLES["subtitle"],
        ),
        Paragraph(
            markup(
                "The suggestion is optimal for the program's rules."
                if c.optimal
                else "The suggestion is NOT proven optimal."
            ),
            STYLES["verdict"],
        ),
        Spacer(1, 4),
    ]
    figures = [
        ["", "This suggestion", "Best possible (bound)"],
        ["Mentees matched", str(c.matched), str(c.matched_bound)],
    ]
    if c.uses_requests:
        figures.append(["Requests honoured", str(c.requests), str(c.requests_bound)])
    figures += [
        ["Total score", f"{c.total:.4f}", f"{c.bound:.4f}"],
        ["Gap", f"{c.gap:.6f}", ""],
        ["Blocking pairs", str(c.blocking_pairs), ""],
        ["Pairs kept as they were", str(c.kept), ""],
    ]
    if c.stable is not None:
        figures.append(
            [
                "Most stable suggestion",
                f"{c.stable.blocking_pairs} blocking, total {c.stable.objective.total:.4f}",
                f"costs {c.stable.cost:.4f}",
            ]
        )
    if fair is not None:
        figures.append(
            [
                f"Fairness: {fair.mode}",
                f"total {fair.fair.total:.4f}",
                f"costs {fair.cost:.4f} against the plain optimum",
            ]
        )
    story.append(_table(figures, [WIDTH * 0.34, WIDTH * 0.33, WIDTH * 0.33]))
    story.append(Paragraph("Findings", STYLES["heading"]))
    for line in c.sentences():
        story.append(Paragraph(markup("• " + line), STYLES["body"]))
    story.append(
        Paragraph(
            markup(
                "How this is proven: the bound comes from the dual of the assignment's linear "
                "program, solved independently of the optimizer and checked pair by pair; no "
                "pairing the rules allow can exceed it. A blocking pair is a mentee and a mentor "
                "who both score each other higher than what they got."
            ),
            STYLES["body"],
        )
    )
    story.append(Paragraph(f"Without a mentor ({len(c.unmatched)})", STYLES["heading"]))
    if c.unmatched:
        rows = [["Mentee", "Reason"]]
        rows += [[w.name, w.reason] for w in c.unmatched[:WAITING_SHOWN]]
        story.append(_table(rows, [WIDTH * 0.28, WIDTH * 0.72]))
        if len(c.unmatched) > WAITING_SHOWN:
            story.append(
                Paragraph(
                    markup(
                        f"… and {len(c.unmatched) - WAITING_SHOWN} more "
                        "(mentordesk match --json lists every one)"
                    ),
                    STYLES["body"],
                )
            )
    else:
        story.append(Paragraph(markup("Every mentee has a mentor."), STYLES["body"]))
    story.append(Spacer(1, 18))
    story.append(
        Paragraph(
            markup(
                f"{len(proposal.pairs)} pairs, total score {proposal.total_score:.3f}.   "
                "Reviewed by the committee on ____________   Signed ______________________"
            ),
            STYLES["body"],
        )
    )
    doc = SimpleDocTemplate(
        target,
        pagesize=LETTER,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=f"Matching certificate: {problem.cohort_name}",
        author="MentorDesk",
    )
    doc.build(story)
