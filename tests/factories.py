"""Small factories that build a program year's data for tests, one call per thing."""

from __future__ import annotations

import itertools
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from mentordesk.core.applications import add_application
from mentordesk.core.models import Application, Cohort, Program
from mentordesk.core.programs import create_cohort, create_program

_counter = itertools.count(1)


def make_program(session: Session, preset: str = "association", name: str | None = None) -> Program:
    return create_program(session, name or f"Program {next(_counter)}", preset)


def make_cohort(
    session: Session,
    program: Program | None = None,
    *,
    preset: str = "association",
    name: str | None = None,
    start: date = date(2026, 9, 1),
    end: date = date(2027, 6, 30),
) -> Cohort:
    program = program or make_program(session, preset)
    return create_cohort(session, program, name or f"Cohort {next(_counter)}", start, end)


def make_application(
    session: Session, cohort: Cohort, role: str = "mentee", **fields: Any
) -> Application:
    n = next(_counter)
    values: dict[str, Any] = {
        "first_name": f"Alex{n}",
        "last_name": f"Doe{n}",
        "email": f"person{n}@example.org",
        "role": role,
        "consent": "yes",
        "membership_id": f"M{n:05d}",
        "organization": "HSC",
        "employment_type": "staff",
        "supervisor_approved": "yes",
    }
    if role == "mentor":
        values.update(years_experience="5", credentials="CCM", capacity="1")
    values.update(fields)
    return add_application(session, cohort, values)


def write_xlsx(path: Any, headers: list[str], rows: list[list[Any]]) -> Any:
    """An Excel workbook like a form exports: one sheet, headers in the first row."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path
