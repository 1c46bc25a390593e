"""Keeps names and notes that look like formulas inert in the CSV and XLSX files MentorDesk writes.

A program, cohort or event name typed as ``=HYPERLINK("http://…","Click")`` must reach
the spreadsheet as the text the committee typed, never as a formula Excel or LibreOffice
runs (CSV/formula injection). In CSV a leading apostrophe is the convention spreadsheets
show as text; in XLSX the cell is stored as a string, so nothing needs changing.
"""

from __future__ import annotations

from typing import Any

#: What makes a spreadsheet read a text cell as a formula (OWASP's list).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def looks_like_formula(value: object) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def csv_cell(value: Any) -> Any:
    """``value`` as it may go into a CSV file: formula-like text gets a leading apostrophe."""
    if looks_like_formula(value):
        return "'" + value
    return value


def keep_as_text(cell: Any) -> None:
    """Store an openpyxl cell holding formula-like text as a plain string, not a formula."""
    if looks_like_formula(cell.value):
        cell.data_type = "s"
