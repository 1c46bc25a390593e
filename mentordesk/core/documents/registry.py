"""The mentor registry: a directory of a cohort's mentors for mentees who choose (PDF and XLSX),
and how the requests that came back were resolved to mentors.

Mentees of a program where they pick their mentor read the registry, then name a mentor
in the form's "Requested mentor" question; the import brings the typed names back and the
shared name resolver (``mentordesk.core.applications.names``, through the scoring) finds
the mentor meant, whatever the accents, order or spelling. The registry lists only eligible
mentors, with what each offers and their free places; it shows no email or phone, since the
committee passes requests on.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from io import BytesIO
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from sqlalchemy.orm import Session

from mentordesk.core.applications.names import Outcome
from mentordesk.core.documents.fonts import BODY, BOLD, markup, register_fonts
from mentordesk.core.errors import ValidationError
from mentordesk.core.matching.pairs import board_pairs
from mentordesk.core.matching.solver import load_problem
from mentordesk.core.programs.cohorts import get_cohort


@dataclass(frozen=True)
class RegistryEntry:
    name: str
    department: str
    location: str
    expertise: str
    interests: str
    formats: str
    years: float | None
    capacity: int
    taken: int

    @property
    def free(self) -> int:
        return max(self.capacity - self.taken, 0)

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "department": self.department,
            "location": self.location,
            "expertise": self.expertise,
            "interests": self.interests,
            "meeting_formats": self.formats,
            "years": self.years,
            "capacity": self.capacity,
            "free_places": self.free,
        }


@dataclass(frozen=True)
class RequestBack:
    """A mentee's typed request and the mentor it was resolved to (or why not)."""

    mentee: str
    typed: str
    outcome: str
    mentor: str | None
    explanation: str

    def as_json(self) -> dict[str, Any]:
        return {
            "mentee": self.mentee,
            "typed": self.typed,
            "outcome": self.outcome,
            "mentor": self.mentor,
            "explanation": self.explanation,
        }


@dataclass(frozen=True)
class Registry:
    program: str
    cohort: str
    entries: list[RegistryEntry]
    requests: list[RequestBack]

    @property
    def free_places(self) -> int:
        return sum(e.free for e in self.entries)

    def as_json(self) -> dict[str, Any]:
        return {
            "program": self.program,
            "cohort": self.cohort,
            "mentors": [e.as_json() for e in self.entries],
            "free_places": self.free_places,
            "requests": [r.as_json() for r in self.requests],
        }


def mentor_registry(session: Session, cohort_id: int) -> Registry:
    """The cohort's eligible mentors with what they offer and their free places, and requests."""
    cohort = get_cohort(session, cohort_id)
    problem = load_problem(session, cohort_id)
    taken: dict[int, int] = {}
    for pair in board_pairs(session, cohort_id).pairs:
        taken[pair.mentor_id] = taken.get(pair.mentor_id, 0) + 1
    entries = [
        RegistryEntry(
            name=m.name,
            department=m.department,
            location=m.location,
            expertise=m.expertise_text,
            interests=m.interests_text,
            formats=", ".join(sorted(m.formats)),
            years=m.years,
            capacity=m.capacity,
            taken=taken.get(m.id, 0),
        )
        for m in problem.mentors
        if m.eligible
    ]
    entries.sort(key=lambda e: e.name.casefold())
    requests = []
    for i, mentee in enumerate(problem.mentees):
        if not mentee.requested_mentor:
            continue
        resolution = problem.table.request_of(i)
        mentor = (
            problem.mentors[resolution.candidate.id].name
            if resolution.candidate is not None
            else None
        )
        requests.append(
            RequestBack(
                mentee=mentee.name,
                typed=mentee.requested_mentor,
                outcome=resolution.outcome.value,
                mentor=mentor,
                explanation=resolution.describe("the registry's mentors"),
            )
        )
    requests.sort(key=lambda r: (r.outcome == Outcome.EXACT.value, r.mentee.casefold()))
    return Registry(cohort.program.name, cohort.name, entries, requests)


def _years(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


COLUMNS = (
    "Mentor",
    "Department",
    "Location",
    "Expertise",
    "Interests",
    "Meets by",
    "Years",
    "Free places",
)


def _row(entry: RegistryEntry) -> list[str]:
    free = "Full" if entry.free == 0 else f"{entry.free} of {entry.capacity}"
    return [
        entry.name,
        entry.department,
        entry.location,
        entry.expertise,
        entry.interests,
        entry.formats,
        _years(entry.years),
        free,
    ]


def write_registry(registry: Registry, target: str | os.PathLike[str]) -> str:
    """Write the registry as .pdf or .xlsx, chosen by the file name; returns the format."""
    suffix = Path(target).suffix.casefold()
    if suffix == ".pdf":
        write_registry_pdf(registry, target)
    elif suffix == ".xlsx":
        write_registry_xlsx(registry, target)
    else:
        raise ValidationError(
            f"{os.fspath(target)!r}: the registry is written as .pdf or .xlsx", "out"
        )
    return suffix[1:]


def write_registry_xlsx(registry: Registry, target: str | os.PathLike[str] | BytesIO) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Mentors"
    sheet.append(list(COLUMNS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for entry in registry.entries:
        row = _row(entry)
        sheet.append([*row[:6], entry.years, entry.free])
    widths = (26, 22, 16, 40, 30, 18, 8, 12)
    for k, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(k)].width = width
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    requests = book.create_sheet("Requests")
    requests.append(["Mentee", "Typed", "Resolved to", "How"])
    for cell in requests[1]:
        cell.font = Font(bold=True)
    for r in registry.requests:
        requests.append([r.mentee, r.typed, r.mentor or "", r.explanation])
    for k, width in enumerate((26, 26, 26, 50), start=1):
        requests.column_dimensions[get_column_letter(k)].width = width
    book.save(target)


_STYLES = {
    "title": ParagraphStyle("title", fontName=BOLD, fontSize=16, leading=20),
    "body": ParagraphStyle("body", fontName=BODY, fontSize=9.5, leading=12.5, spaceAfter=4),
    "cell": ParagraphStyle("cell", fontName=BODY, fontSize=8, leading=10),
    "head": ParagraphStyle("head", fontName=BOLD, fontSize=8, leading=10),
}


def write_registry_pdf(registry: Registry, target: str | os.PathLike[str] | BytesIO) -> None:
    register_fonts()
    page = landscape(LETTER)
    margin = 14 * mm
    width = page[0] - 2 * margin
    shares = (0.14, 0.12, 0.09, 0.22, 0.17, 0.1, 0.06, 0.1)
    cells = [[Paragraph(markup(c), _STYLES["head"]) for c in COLUMNS]]
    cells += [
        [Paragraph(markup(text), _STYLES["cell"]) for text in _row(e)] for e in registry.entries
    ]
    table = Table(cells, colWidths=[width * s for s in shares], repeatRows=1)
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EEF2")),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#BBBBBB")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    for k, entry in enumerate(registry.entries, start=1):
        if entry.free == 0:
            style.append(("TEXTCOLOR", (0, k), (-1, k), colors.HexColor("#777777")))
    table.setStyle(TableStyle(style))
    story = [
        Paragraph(
            markup(f"Mentor registry: {registry.program}, {registry.cohort}"), _STYLES["title"]
        ),
        Paragraph(
            markup(
                f"{len(registry.entries)} mentors, {registry.free_places} free places · "
                f"{date.today().isoformat()}. To ask for a mentor, write their name as shown "
                "here in the application's “Requested mentor” question; the committee confirms "
                "every pair."
            ),
            _STYLES["body"],
        ),
        Spacer(1, 4),
        table,
    ]
    doc = SimpleDocTemplate(
        target,
        pagesize=page,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        title=f"Mentor registry: {registry.cohort}",
        author="MentorDesk",
    )
    doc.build(story)
