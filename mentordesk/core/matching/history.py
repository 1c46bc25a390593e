"""A person's history across cohorts: each application, where it came from, and every pair.

Ended pairs stay in the database (rematches, resignations), and carried applications
point back at the first one, so the committee sees the whole story in one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from mentordesk.core.errors import NotFoundError
from mentordesk.core.storage.models import Application, Cohort, Pairing, Person


@dataclass(frozen=True)
class PairStory:
    partner: str
    partner_role: str  # "mentor" or "mentee"
    status: str  # active, ended, completed
    started_on: date | None
    ended_on: date | None
    end_reason: str
    end_note: str
    score: float | None

    def line(self) -> str:
        when = ""
        if self.ended_on:
            when = f", ended {self.ended_on.isoformat()}"
        why = f" ({self.end_reason.replace('_', ' ')}" if self.end_reason else ""
        why += f": {self.end_note})" if why and self.end_note else (")" if why else "")
        return f"with {self.partner} ({self.partner_role}), {self.status}{when}{why}"


@dataclass(frozen=True)
class CohortStory:
    application_id: int
    program: str
    cohort: str
    cohort_start: date
    cohort_status: str
    role: str
    status: str
    status_reason: str
    carried_from: str  # "Rollout 2026" when carried over, else ""
    pairs: list[PairStory]


@dataclass(frozen=True)
class PersonHistory:
    person_id: int
    name: str
    email: str
    cohorts: list[CohortStory]  # oldest first


def person_history(session: Session, person_id: int) -> PersonHistory:
    """Everything the person did, cohort by cohort, oldest first."""
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError(f"No person with id {person_id}")
    apps = list(
        session.scalars(
            select(Application)
            .join(Cohort, Application.cohort_id == Cohort.id)
            .where(Application.person_id == person_id)
            .order_by(Cohort.start_date, Application.id)
        )
    )
    ids = [a.id for a in apps]
    pairings = list(
        session.scalars(
            select(Pairing)
            .where(or_(Pairing.mentee_id.in_(ids), Pairing.mentor_id.in_(ids)))
            .order_by(Pairing.created_at, Pairing.id)
        )
    )
    stories = []
    for app in apps:
        pairs = []
        for p in pairings:
            if app.id not in (p.mentee_id, p.mentor_id):
                continue
            partner = p.mentor if p.mentee_id == app.id else p.mentee
            pairs.append(
                PairStory(
                    partner=partner.person.full_name or partner.person.email,
                    partner_role=partner.role.value,
                    status=p.status.value,
                    started_on=p.started_on,
                    ended_on=p.ended_on,
                    end_reason=p.end_reason.value if p.end_reason else "",
                    end_note=p.end_note or "",
                    score=p.score,
                )
            )
        carried = session.get(Application, app.carried_from_id) if app.carried_from_id else None
        stories.append(
            CohortStory(
                application_id=app.id,
                program=app.cohort.program.name,
                cohort=app.cohort.name,
                cohort_start=app.cohort.start_date,
                cohort_status=app.cohort.status.value,
                role=app.role.value,
                status=app.status.value,
                status_reason=app.status_reason or "",
                carried_from=carried.cohort.name if carried is not None else "",
                pairs=pairs,
            )
        )
    return PersonHistory(person.id, person.full_name, person.email, stories)


def application_history(session: Session, application_id: int) -> PersonHistory:
    """The history of the person behind this application."""
    app = session.get(Application, application_id)
    if app is None:
        raise NotFoundError(f"No application with id {application_id}")
    return person_history(session, app.person_id)
