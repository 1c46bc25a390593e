"""Writes a cohort summary as PDF (tables and ReportLab charts), XLSX (a sheet per table) or CSV.

All three formats are built from the same ``summary_tables``; numbers stay numbers and
dates stay dates until the writer of each format decides how to show them. Files are
owner-only and written beside their final name and renamed into place, so a failure never
leaves half a file; text that looks like a formula stays text.
"""

from __future__ import annotations

import csv
import io
import os
from datetime import date
from pathlib import Path
from typing import Any

from mentordesk.core.documents.spreadsheet_text import csv_cell, keep_as_text
from mentordesk.core.documents.summary import CohortSummary
from mentordesk.core.documents.summary_tables import Cell, summary_tables
from mentordesk.core.errors import ValidationError
from mentordesk.core.private_files import write_private

FORMATS = (".pdf", ".xlsx", ".csv")


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
            keep_as_text(cell)
        for row in table.rows:
            sheet.append(list(row))
            formats = dict(table.formats)
            if table.name == "Overview" and (fmt := _overview_formats(row)):
                formats[1] = fmt
            for col, value in enumerate(row):
                cell = sheet.cell(row=sheet.max_row, column=col + 1)
                keep_as_text(cell)
                if isinstance(value, date):
                    cell.number_format = "yyyy-mm-dd"
                elif col in formats and isinstance(value, int | float):
                    cell.number_format = formats[col]
        sheet.freeze_panes = "A2"
        # Printed, each sheet fits its page's width (as many pages down as it needs) and
        # repeats its header row on every page.
        sheet.page_setup.orientation = "landscape" if len(table.headers) > 5 else "portrait"
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.print_title_rows = "1:1"
        sheet.print_options.gridLines = False
        sheet.oddFooter.center.text = "&A · page &P of &N"
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
        writer.writerow([csv_cell(table.name)])
        writer.writerow([csv_cell(h) for h in table.headers])
        for row in table.rows:
            writer.writerow(
                [
                    "" if v is None else v.isoformat() if isinstance(v, date) else csv_cell(v)
                    for v in row
                ]
            )
        writer.writerow([])


def write_pdf(summary: CohortSummary, target: str | os.PathLike[str] | io.BytesIO) -> None:
    # ReportLab loads when a PDF is made, not at start-up.
    from mentordesk.core.documents.summary_pdf import build_summary_pdf

    build_summary_pdf(summary, target)


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
        write_private(path, lambda tmp: write_xlsx(summary, tmp))
    elif suffix == ".csv":

        def csv_file(tmp: Path) -> None:
            # utf-8-sig so Excel opens names in any script correctly.
            with tmp.open("w", encoding="utf-8-sig", newline="") as handle:
                write_csv(summary, handle)

        write_private(path, csv_file)
    else:
        write_private(path, lambda tmp: write_pdf(summary, tmp))
    return path
