"""Lays filled-in mentoring agreements out as PDF pages with ReportLab Platypus.

Kept apart from the database so worker processes import only this and ReportLab.
Every agreement starts on a new page; its footer names the pair, so a loose page of
the combined print-out still finds its way back to the right folder.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from mentordesk.core.collector import settle_start_up
from mentordesk.core.documents.agreement_text import FilledAgreement, Signer
from mentordesk.core.documents.fonts import BODY, BOLD, markup, register_fonts
from mentordesk.core.private_files import SyncBehind

#: The three programs MentorDesk was written for print on US Letter.
PAGE_SIZE = LETTER
MARGIN = 20 * mm

STYLES = {
    "title": ParagraphStyle("title", fontName=BOLD, fontSize=18, leading=22, spaceAfter=2),
    "subtitle": ParagraphStyle(
        "subtitle", fontName=BODY, fontSize=11, leading=14, textColor=colors.HexColor("#555555")
    ),
    "heading": ParagraphStyle(
        "heading", fontName=BOLD, fontSize=12, leading=15, spaceBefore=10, spaceAfter=4
    ),
    "body": ParagraphStyle("body", fontName=BODY, fontSize=10, leading=13.5, spaceAfter=5),
    "bullet": ParagraphStyle(
        "bullet",
        fontName=BODY,
        fontSize=10,
        leading=13.5,
        leftIndent=14,
        bulletIndent=3,
        # The bullet is drawn in its own font (Helvetica unless told): ours, so it is embedded.
        bulletFontName=BODY,
        spaceAfter=3,
    ),
    "label": ParagraphStyle(
        "label", fontName=BODY, fontSize=9, leading=11.5, textColor=colors.HexColor("#555555")
    ),
    "cell": ParagraphStyle("cell", fontName=BODY, fontSize=10, leading=12.5),
    "small": ParagraphStyle("small", fontName=BODY, fontSize=8, leading=10),
}


class _AgreementStart(Flowable):
    """Zero-size marker: a new agreement begins here (for the footer and progress)."""

    def __init__(self, index: int, footer: str) -> None:
        super().__init__()
        self.index = index
        self.footer = footer
        self.width = self.height = 0

    def wrap(self, *_args: Any) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        doc = self.canv._doctemplate  # type: ignore[attr-defined]
        doc.current_footer = self.footer
        doc.first_page = self.canv.getPageNumber()


class _AgreementDoc(BaseDocTemplate):
    def __init__(self, target: str | BinaryIO, step: Callable[[int], None] | None, **kw: Any):
        super().__init__(target, pagesize=PAGE_SIZE, **kw)
        self.current_footer = ""
        self.first_page = 1
        self.step = step
        frame = Frame(
            MARGIN,
            MARGIN + 8 * mm,
            PAGE_SIZE[0] - 2 * MARGIN,
            PAGE_SIZE[1] - 2 * MARGIN - 8 * mm,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        self.addPageTemplates([PageTemplate("page", [frame], onPageEnd=self._footer)])

    def _footer(self, canvas: Any, doc: Any) -> None:
        canvas.saveState()
        page = canvas.getPageNumber() - self.first_page + 1
        footer = Paragraph(
            f"{self.current_footer} · {page}", STYLES["small"]
        )  # current_footer is markup already
        _w, h = footer.wrap(PAGE_SIZE[0] - 2 * MARGIN, 20 * mm)
        footer.drawOn(canvas, MARGIN, MARGIN - h + 4)
        canvas.restoreState()

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, _AgreementStart) and self.step is not None:
            self.step(flowable.index)


def _person_cell(person: Signer, empty: str) -> list[Flowable]:
    cells: list[Flowable] = [
        Paragraph(f"<b>{markup(person.name)}</b>" if person.name else empty, STYLES["cell"])
    ]
    if person.detail:
        cells.append(Paragraph(markup(person.detail), STYLES["label"]))
    if person.email:
        cells.append(Paragraph(markup(person.email), STYLES["label"]))
    return cells


def _signature_block(label: str, person: Signer, filled: FilledAgreement) -> list[Flowable]:
    width = PAGE_SIZE[0] - 2 * MARGIN
    name = markup(person.name) if person.name else ""
    table = Table(
        [
            [Paragraph(f"{markup(label)}: <b>{name}</b>", STYLES["cell"]), ""],
            ["", ""],
            [
                Paragraph(markup(filled.signature_label), STYLES["label"]),
                Paragraph(markup(filled.date_label), STYLES["label"]),
            ],
        ],
        colWidths=[width * 0.65, width * 0.35],
        rowHeights=[None, 26, None],
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), BODY),  # a table's default is Helvetica
                ("SPAN", (0, 0), (1, 0)),
                ("LINEBELOW", (0, 1), (0, 1), 0.7, colors.black),
                ("LINEBELOW", (1, 1), (1, 1), 0.7, colors.black),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), 18),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ]
        )
    )
    # Not a KeepTogether of its own: nested, ReportLab would always break the page before.
    return [table, Spacer(1, 10)]


def agreement_story(filled: FilledAgreement, index: int = 0) -> list[Flowable]:
    """The flowables of one agreement (start with a marker; the caller adds page breaks)."""
    width = PAGE_SIZE[0] - 2 * MARGIN
    mentee, mentor = filled.parties[1][1].name, filled.parties[0][1].name
    footer = markup(f"{filled.title}: {mentee} & {mentor} — {filled.subtitle}")
    story: list[Flowable] = [
        _AgreementStart(index, footer),
        Paragraph(markup(filled.title), STYLES["title"]),
        Paragraph(markup(filled.subtitle), STYLES["subtitle"]),
        Spacer(1, 8),
        Paragraph(markup(filled.parties_heading), STYLES["heading"]),
    ]
    rows = [
        [Paragraph(markup(label), STYLES["label"]), _person_cell(person, filled.empty)]
        for label, person in filled.parties
    ]
    parties = Table(rows, colWidths=[width * 0.28, width * 0.72])
    parties.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), BODY),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.HexColor("#BBBBBB")),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    story.append(parties)
    for block in filled.blocks:
        text = markup(block.text)
        if block.kind == "heading":
            # A heading never ends a page on its own.
            story.append(CondPageBreak(40 * mm / 2))
            story.append(Paragraph(text, STYLES["heading"]))
        elif block.kind == "bullet":
            story.append(Paragraph(text, STYLES["bullet"], bulletText="•"))
        else:
            story.append(Paragraph(text, STYLES["body"]))
    # The signatures stay together on one page, below the last of the text.
    signatures: list[Flowable] = [Paragraph(markup(filled.signatures_heading), STYLES["heading"])]
    if filled.signatures_text:
        signatures.append(Paragraph(markup(filled.signatures_text), STYLES["body"]))
    signatures.append(Spacer(1, 6))
    for label, person in filled.parties:
        signatures.extend(_signature_block(label, person, filled))
    story.append(KeepTogether(signatures))
    return story


def document_title(agreements: list[FilledAgreement]) -> str:
    """The PDF's title, as a viewer's title bar and a file index show it: whose agreement it is."""
    if len(agreements) == 1:
        one = agreements[0]
        mentee, mentor = one.parties[1][1].name, one.parties[0][1].name
        return f"{one.title}: {mentee} & {mentor}"
    if not agreements:
        return "Mentoring agreements"
    first = agreements[0]
    return f"{first.title}: {first.subtitle} ({len(agreements)} pairs)"


def build_agreements(
    agreements: list[FilledAgreement],
    target: str | BinaryIO,
    step: Callable[[int], None] | None = None,
) -> int:
    """Write the agreements, each from a new page, to ``target``; returns the page count.

    ``step(i)`` is called as agreement ``i`` begins, so a caller can report progress and
    cancel (by raising) in the middle of a long combined document.
    """
    register_fonts()
    doc = _AgreementDoc(
        target,
        step,
        title=document_title(agreements),
        lang=agreements[0].language if agreements else "en",
        # Every page starts in this font; ReportLab's default (Helvetica) would be a font the
        # file names but does not embed.
        initialFontName=BODY,
        author="MentorDesk",
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
    )
    story: list[Flowable] = []
    for i, filled in enumerate(agreements):
        if i:
            story.append(PageBreak())
        story.extend(agreement_story(filled, i))
    doc.build(story)
    return int(doc.page)


def agreement_pdf_bytes(agreements: list[FilledAgreement]) -> bytes:
    """The agreements as PDF bytes in memory (for the preview)."""
    buffer = io.BytesIO()
    build_agreements(agreements, buffer)
    return buffer.getvalue()


def start_worker() -> None:
    """Load ReportLab and the fonts in a new worker process before its first batch arrives,
    then put them out of the cyclic collector's reach: every collection of the layout's
    objects would walk the fonts' glyph tables and ReportLab's modules again."""
    register_fonts()
    settle_start_up()


def build_agreement_files(jobs: list[tuple[FilledAgreement, str]]) -> int:
    """Each agreement into its own file, flushed to the disk; returns the pages written.

    A worker process's batch. Lives here, not beside the export, so a worker process
    imports only this module, the fonts and ReportLab: never the database layer.
    """
    pages = 0
    with SyncBehind() as sync:
        for filled, path in jobs:
            pages += build_agreements([filled], path)
            sync(path)
    return pages
