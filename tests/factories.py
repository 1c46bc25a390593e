"""Small factories that build a program year's data for tests, one call per thing."""

from __future__ import annotations

import itertools
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from mentordesk.core.applications import add_application
from mentordesk.core.models import Application, Cohort, Pairing, Program
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


def make_pairing(
    session: Session, mentor: Application, mentee: Application, **fields: Any
) -> Pairing:
    """An active pair of the mentee's cohort, with flags as given (locked=True…)."""
    pairing = Pairing(cohort_id=mentee.cohort_id, mentor_id=mentor.id, mentee_id=mentee.id)
    for name, value in fields.items():
        setattr(pairing, name, value)
    session.add(pairing)
    session.flush()
    return pairing
