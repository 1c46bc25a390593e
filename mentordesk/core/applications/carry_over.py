"""Carrying people into the next cohort: waitlisted mentees, and mentors who asked to continue.

Each carried application is a copy of the first one's answers in the new cohort, submitted
afresh (the committee decides again), pointing back at the original (``carried_from_id``),
so a person's history runs across cohorts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentordesk.core.applications.fields import FIELDS
from mentordesk.core.errors import ValidationError
from mentordesk.core.programs.cohorts import add_cohort, get_cohort, get_program
from mentordesk.core.storage.models import Application, ApplicationStatus, Cohort, Role

#: The form's answers that travel with a person (status and the committee's decisions do not).
CARRIED_FIELDS: tuple[str, ...] = tuple(
    f.name for f in FIELDS if not f.on_person and f.name not in ("status", "role") and f.editable
)

_NOT_CARRIED_STATUSES = (ApplicationStatus.WITHDRAWN, ApplicationStatus.DECLINED)


@dataclass(frozen=True)
class CarryOverChoice:
    """Who could be carried from one cohort: the counts the New Cohort dialog shows."""

    waitlisted_mentees: int
    continuing_mentors: int


@dataclass(frozen=True)
class CarryOverResult:
    mentees: int
    mentors: int
    already_there: int  # applied to the new cohort already

    def line(self, source: str) -> str:
        text = f"carried {self.mentees} waitlisted mentee{'s' if self.mentees != 1 else ''}"
        if self.mentors:
            text += f" and {self.mentors} mentor{'s' if self.mentors != 1 else ''}"
        text += f" from {source!r}"
        if self.already_there:
            text += f" ({self.already_there} had applied already)"
        return text


def _continuing_mentors(session: Session, cohort_id: int) -> list[Application]:
    return list(
        session.scalars(
            select(Application).where(
                Application.cohort_id == cohort_id,
                Application.role == Role.MENTOR,
                Application.wants_to_continue.is_(True),
                Application.status.not_in(_NOT_CARRIED_STATUSES),
            )
        )
    )


def _waitlisted_mentees(session: Session, cohort_id: int) -> list[Application]:
    return list(
        session.scalars(
            select(Application)
            .where(
                Application.cohort_id == cohort_id,
                Application.role == Role.MENTEE,
                Application.status == ApplicationStatus.WAITLISTED,
            )
            .order_by(Application.id)
        )
    )


def carry_over_choice(session: Session, cohort_id: int) -> CarryOverChoice:
    return CarryOverChoice(
        waitlisted_mentees=len(_waitlisted_mentees(session, cohort_id)),
        continuing_mentors=len(_continuing_mentors(session, cohort_id)),
    )


@dataclass(frozen=True)
class CarryOverSource:
    """An earlier cohort of the program, with who could come along from it."""

    cohort_id: int
    name: str
    choice: CarryOverChoice


def carry_over_sources(session: Session, program_id: int) -> list[CarryOverSource]:
    """The program's cohorts, the newest first, each with its waitlist and continuing mentors
    (what the New Cohort dialog offers to carry from)."""
    cohorts = sorted(
        get_program(session, program_id).cohorts, key=lambda c: c.start_date, reverse=True
    )
    return [CarryOverSource(c.id, c.name, carry_over_choice(session, c.id)) for c in cohorts]


@dataclass(frozen=True)
class NewCohort:
    """A cohort just added, and who was carried into it ("" when nobody was asked for)."""

    program_id: int
    cohort_id: int
    carried: str = ""


def add_cohort_carrying_over(
    session: Session,
    program_id: int,
    name: str,
    start: date,
    end: date,
    *,
    carry_from: int | None = None,
    mentors: bool = False,
    timezone: str | None = None,
    term_words: Callable[[str], str] = str,
) -> NewCohort:
    """New Cohort…: another cohort of the program (in ``timezone``, default the computer's)
    and, from ``carry_from``, its waitlisted mentees (and, with ``mentors``, the mentors who
    continue), in one transaction."""
    cohort = add_cohort(
        session, program_id, name, start, end, timezone=timezone, term_words=term_words
    )
    carried = ""
    if carry_from is not None:
        source = get_cohort(session, carry_from)
        carried = carry_over(session, source, cohort, mentors=mentors).line(source.name)
    return NewCohort(program_id, cohort.id, carried)


def carry_over(
    session: Session, source: Cohort, target: Cohort, *, mentors: bool = False
) -> CarryOverResult:
    """Bring the source cohort's waitlisted mentees (and, with ``mentors``, the mentors who
    asked to continue) into ``target`` with their applications, linked to the originals."""
    if source.id == target.id:
        raise ValidationError("A cohort cannot carry people over into itself", "carry_over")
    if source.program_id != target.program_id:
        raise ValidationError(
            f"{source.name!r} belongs to {source.program.name!r}; people are carried into the "
            "next cohort of the same program",
            "carry_over",
        )
    present = {
        (person_id, role)
        for person_id, role in session.execute(
            select(Application.person_id, Application.role).where(
                Application.cohort_id == target.id
            )
        )
    }
    chosen = _waitlisted_mentees(session, source.id)
    if mentors:
        chosen += _continuing_mentors(session, source.id)
    counts = {Role.MENTEE: 0, Role.MENTOR: 0}
    already = 0
    for original in chosen:
        if (original.person_id, original.role) in present:
            already += 1
            continue
        copy = Application(
            cohort_id=target.id,
            person_id=original.person_id,
            role=original.role,
            status=ApplicationStatus.SUBMITTED,
            carried_from_id=original.id,
        )
        for name in CARRIED_FIELDS:
            setattr(copy, name, getattr(original, name))
        session.add(copy)
        counts[original.role] += 1
    session.flush()
    return CarryOverResult(
        mentees=counts[Role.MENTEE], mentors=counts[Role.MENTOR], already_there=already
    )
