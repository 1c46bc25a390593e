"""Writes a cohort summary as PDF (tables and ReportLab charts), XLSX (a sheet per table) or CSV.

All three formats are built from the same ``summary_tables``; numbers stay numbers and
dates stay dates until the writer of each format decides how to show them. Files are
written beside their final name and renamed into place, so a failure never leaves half a file.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from mentordesk.core.errors import MentorDeskError, ValidationError
from mentordesk.core.summary import CohortSummary

Cell = str | int | float | date | None

FORMATS = (".pdf", ".xlsx", ".csv")


@dataclass(frozen=True)
class SummaryTable:
    """One table of the summary: a sheet in XLSX, a block in CSV, a table in PDF."""

    name: str
    headers: tuple[str, ...]
    rows: list[tuple[Cell, ...]]
    #: Column index -> number format for spreadsheets ("0.0%", "0.00").
    formats: dict[int, str]


def summary_tables(summary: CohortSummary) -> list[SummaryTable]:
    overview: list[tuple[Cell, ...]] = [
        ("Program", summary.program),
        ("Cohort", summary.cohort),
        ("Starts", summary.start_date),
        ("Ends", summary.end_date),
        ("Summary made on", summary.generated_on),
        ("Match rate (matched of eligible mentees)", summary.match_rate),
        ("Average match score", summary.score_mean),
        ("Active pairs", summary.active_pairs),
        ("Signed agreements back", summary.agreements_signed),
        ("Minimum meetings per term (rules)", summary.min_meetings_per_term),
        ("Workshops a mentee attends at least (rules)", summary.mentee_min_workshops),
        ("Mentees in pairs", summary.mentees_in_pairs),
        ("Mentees meeting the workshop minimum", summary.mentees_meeting_workshop_minimum),
    ]
    return [
        SummaryTable("Overview", ("Item", "Value"), overview, {}),
        SummaryTable(
            "Counts",
            ("Measure", "Mentees", "Mentors", "Total"),
            [(c.measure, c.mentees, c.mentors, c.total) for c in summary.counts],
            {},
        ),
        SummaryTable(
            "Match scores",
            ("Score from", "Score to", "Pairs"),
            [(b.low, b.high, b.pairs) for b in summary.scores],
            {0: "0.00", 1: "0.00"},
        ),
        SummaryTable(
            "Meetings",
            (
                "Term",
                "Starts",
                "Ends",
                "Pairs",
                "Meetings held",
                "Hours",
                "Required per pair",
                "Pairs meeting the minimum",
            ),
            [
                (
                    t.term,
                    t.start,
                    t.end,
                    t.pairs,
                    t.meetings,
                    t.hours,
                    t.required_per_pair,
                    t.pairs_meeting_minimum,
                )
                for t in summary.terms
            ],
            {5: "0.0"},
        ),
        SummaryTable(
            "Workshops",
            (
                "Date",
                "Event",
                "Kind",
                "Present",
                "Absent",
                "Excused",
                "Mentees present",
                "Mentors present",
            ),
            [
                (
                    w.held_on,
                    w.title,
                    w.kind,
                    w.present,
                    w.absent,
                    w.excused,
                    w.mentees_present,
                    w.mentors_present,
                )
                for w in summary.workshops
            ],
            {},
        ),
        SummaryTable(
            "Evaluations",
            ("Phase", "Evaluator", "Responses", "Average rating", "1", "2", "3", "4", "5"),
            [(e.phase, e.role, e.responses, e.average, *e.ratings) for e in summary.evaluations],
            {3: "0.00"},
        ),
    ]


def _overview_formats(row: tuple[Cell, ...]) -> str | None:
    label = str(row[0])
    if label.startswith("Match rate"):
        return "0.0%"
    if label.startswith("Average"):
        return "0.000"
    return None


# --- writers ---------------------------------------------------------------------------


def write_xlsx(summary: CohortSummary, target: str | os.PathLike[str] | io.BytesIO) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    for table in summary_tables(summary):
        sheet = book.create_sheet(table.name[:31])
        sheet.append(list(table.headers))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in table.rows:
            sheet.append(list(row))
            formats = dict(table.formats)
            if table.name == "Overview" and (fmt := _overview_formats(row)):
                formats[1] = fmt
            for col, value in enumerate(row):
                cell = sheet.cell(row=sheet.max_row, column=col + 1)
                if isinstance(value, date):
                    cell.number_format = "yyyy-mm-dd"
                elif col in formats and isinstance(value, int | float):
                    cell.number_format = formats[col]
        sheet.freeze_panes = "A2"
        for col, header in enumerate(table.headers, start=1):
            longest = max(
                [len(header), *(len(str(r[col - 1])) for r in table.rows if r[col - 1] is not None)]
            )
            sheet.column_dimensions[get_column_letter(col)].width = min(60, max(10, longest + 2))
    book.save(target)  # type: ignore[arg-type]


def write_csv(summary: CohortSummary, target: io.TextIOBase | Any) -> None:
    """Every table one after the other: its name, its header row, its rows, a blank line."""
    writer = csv.writer(target)
    for table in summary_tables(summary):
        writer.writerow([table.name])
        writer.writerow(table.headers)
        for row in table.rows:
            writer.writerow(
                ["" if v is None else v.isoformat() if isinstance(v, date) else v for v in row]
            )
        writer.writerow([])


def write_pdf(summary: CohortSummary, target: str | os.PathLike[str] | io.BytesIO) -> None:
    from mentordesk.core.summary_pdf import build_summary_pdf

    build_summary_pdf(summary, target)


def _atomic(path: Path, write: Callable[[Path], None]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
        os.close(fd)
    except OSError as exc:
        raise MentorDeskError(f"Cannot write to {path.parent}: {exc.strerror}") from exc
    tmp = Path(tmp_name)
    try:
        write(tmp)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise MentorDeskError(f"Cannot write {path}: {exc.strerror}") from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def export_summary(summary: CohortSummary, out: str | os.PathLike[str]) -> Path:
    """Write the summary in the format the file name's extension asks for."""
    path = Path(out)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError(
            f"Cannot write a summary as {path.name}: the file must end in .pdf, .xlsx or .csv",
            "out",
        )
    if suffix == ".xlsx":
        _atomic(path, lambda tmp: write_xlsx(summary, tmp))
    elif suffix == ".csv":

        def csv_file(tmp: Path) -> None:
            # utf-8-sig so Excel opens names in any script correctly.
            with tmp.open("w", encoding="utf-8-sig", newline="") as handle:
                write_csv(summary, handle)

        _atomic(path, csv_file)
    else:
        _atomic(path, lambda tmp: write_pdf(summary, tmp))
    return path
