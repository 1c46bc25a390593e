"""Small factories that build a program year's data for tests, one call per thing."""

from __future__ import annotations

import itertools
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from mentordesk.core.applications.records import add_application
from mentordesk.core.programs.cohorts import create_cohort, create_program
from mentordesk.core.storage.models import (
    Application,
    Attendance,
    AttendanceStatus,
    Cohort,
    Evaluation,
    EvaluationPhase,
    EvaluatorRole,
    Event,
    EventKind,
    MeetingFormat,
    MeetingLog,
    Pairing,
    PairingStatus,
    Program,
)

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
    timezone: str = "UTC",
) -> Cohort:
    program = program or make_program(session, preset)
    return create_cohort(
        session, program, name or f"Cohort {next(_counter)}", start, end, timezone=timezone
    )


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


def make_active_pair(
    session: Session,
    cohort: Cohort,
    *,
    mentor: Application | None = None,
    mentee: Application | None = None,
    **fields: Any,
) -> Pairing:
    """An active pair of the cohort (new mentor and mentee applications unless given)."""
    pairing = Pairing(
        cohort_id=cohort.id,
        mentor=mentor or make_application(session, cohort, "mentor"),
        mentee=mentee or make_application(session, cohort, "mentee"),
        **{"status": PairingStatus.ACTIVE, **fields},
    )
    session.add(pairing)
    session.flush()
    return pairing


def make_pairing(
    session: Session,
    cohort: Cohort,
    mentor: Application | None = None,
    mentee: Application | None = None,
    *,
    status: str = "active",
    score: float | None = 0.75,
    **fields: Any,
) -> Pairing:
    """A pair as the committee applied it (mentor and mentee made when not given)."""
    mentor = mentor or make_application(session, cohort, "mentor")
    mentee = mentee or make_application(session, cohort, "mentee")
    pairing = Pairing(
        cohort=cohort,
        mentor=mentor,
        mentee=mentee,
        status=PairingStatus(status),
        score=score,
        confirmed=True,
        **fields,
    )
    session.add(pairing)
    session.flush()
    return pairing


def make_meeting(
    session: Session,
    pairing: Pairing,
    met_on: date,
    *,
    minutes: int = 60,
    format: str = "video",
) -> MeetingLog:
    meeting = MeetingLog(
        pairing=pairing, met_on=met_on, duration_minutes=minutes, format=MeetingFormat(format)
    )
    session.add(meeting)
    session.flush()
    return meeting


def make_event(
    session: Session,
    cohort: Cohort,
    kind: str = "workshop",
    *,
    title: str | None = None,
    starts_at: datetime = datetime(2026, 10, 1, 17, 0),
    minutes: int = 90,
    **fields: Any,
) -> Event:
    event = Event(
        cohort=cohort,
        kind=EventKind(kind),
        title=title or f"{kind.replace('_', ' ').title()} {next(_counter)}",
        starts_at=starts_at,
        ends_at=starts_at + timedelta(minutes=minutes),
        uid=f"test-{next(_counter)}@mentordesk",
        **fields,
    )
    session.add(event)
    session.flush()
    return event


def make_attendance(
    session: Session, event: Event, application: Application, status: str = "present"
) -> Attendance:
    attendance = Attendance(event=event, application=application, status=AttendanceStatus(status))
    session.add(attendance)
    session.flush()
    return attendance


def make_evaluation(
    session: Session,
    cohort: Cohort,
    pairing: Pairing | None = None,
    *,
    phase: str = "final",
    role: str = "mentee",
    rating: int | None = 4,
    **fields: Any,
) -> Evaluation:
    evaluation = Evaluation(
        cohort_id=cohort.id,
        pairing_id=pairing.id if pairing else None,
        phase=EvaluationPhase(phase),
        evaluator_role=EvaluatorRole(role),
        rating=rating,
        **fields,
    )
    session.add(evaluation)
    session.flush()
    return evaluation


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


def make_draft_pairing(
    session: Session, mentor: Application, mentee: Application, **fields: Any
) -> Pairing:
    """A pair put on the board but not yet confirmed (flags as given: locked=True…)."""
    pairing = Pairing(cohort_id=mentee.cohort_id, mentor_id=mentor.id, mentee_id=mentee.id)
    for name, value in fields.items():
        setattr(pairing, name, value)
    session.add(pairing)
    session.flush()
    return pairing
