"""Someone leaves the year: one flow for a withdrawal or a resignation, wherever it starts.

The Applicants area, the pairing board and ``mentordesk withdraw`` all call ``withdraw``:
the application is withdrawn with its date and reason, the person's active pairs end
(their history stays), the pairs' planned meetings from that day on are cancelled, and
each mentee left without a mentor is offered the best other mentor with a free place,
or the waitlist. Agreements and the summary read the pairs, so they follow by themselves.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from mentordesk.core.errors import ConflictError, NotFoundError, ValidationError
from mentordesk.core.matching.solver import Forbidden, load_problem
from mentordesk.core.storage.models import (
    Application,
    ApplicationStatus,
    Event,
    Pairing,
    PairingEndReason,
    PairingStatus,
    Role,
    utcnow,
)


@dataclass(frozen=True)
class PartnerOffer:
    """What a mentee whose mentor left can do next: the best other mentor, or the waitlist."""

    mentee_id: int
    mentee_name: str
    mentor_id: int | None
    mentor_name: str | None
    score: float | None
    waitlist: bool  # the rules put mentees without a mentor on the waitlist

    def describe(self) -> str:
        if self.mentor_id is not None and self.score is not None:
            return (
                f"{self.mentee_name} can be paired with {self.mentor_name} "
                f"(score {self.score:.2f}, the best mentor with a free place)"
            )
        if self.waitlist:
            return f"{self.mentee_name} has no other mentor with a free place: waitlist them"
        return f"{self.mentee_name} has no other mentor with a free place"


@dataclass(frozen=True)
class Withdrawal:
    """What one withdrawal did, for the message the person sees and for undoing nothing."""

    application_id: int
    cohort_id: int
    name: str
    role: Role
    on: date
    ended: list[tuple[int, str]] = field(default_factory=list)  # (pairing id, partner's name)
    cancelled_events: int = 0
    offers: list[PartnerOffer] = field(default_factory=list)

    def describe(self) -> str:
        text = f"{self.name} withdrew on {self.on.isoformat()}"
        if self.ended:
            partners = ", ".join(name for _, name in self.ended)
            text += f"; the pair with {partners} ended"
        if self.cancelled_events:
            text += (
                f"; {self.cancelled_events} planned meeting"
                f"{'s' if self.cancelled_events != 1 else ''} cancelled"
            )
        return text


def withdraw(
    session: Session, application_id: int, reason: str, *, on: date | None = None
) -> Withdrawal:
    """Withdraw the application: see the module's docstring. One call, one transaction."""
    app = session.get(Application, application_id)
    if app is None:
        raise NotFoundError(f"No application with id {application_id}")
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("Give the reason for the withdrawal", "status_reason")
    name = app.person.full_name or app.person.email
    if app.status is ApplicationStatus.WITHDRAWN:
        raise ConflictError(f"{name} has already withdrawn ({app.status_reason or 'no reason'})")
    on = on or date.today()
    column = Pairing.mentor_id if app.role is Role.MENTOR else Pairing.mentee_id
    pairs = list(
        session.scalars(
            select(Pairing).where(column == app.id, Pairing.status == PairingStatus.ACTIVE)
        )
    )
    ended: list[tuple[int, str]] = []
    left_alone: list[int] = []
    for pairing in pairs:
        partner = pairing.mentee if app.role is Role.MENTOR else pairing.mentor
        pairing.status = PairingStatus.ENDED
        pairing.end_reason = PairingEndReason.RESIGNATION
        pairing.end_note = reason
        pairing.ended_on = on
        pairing.locked = False
        ended.append((pairing.id, partner.person.full_name or partner.person.email))
        if app.role is Role.MENTOR:
            left_alone.append(partner.id)
    cancelled = 0
    if pairs:
        from_day = datetime.combine(on, time.min)
        for event in session.scalars(
            select(Event).where(
                Event.pairing_id.in_([p.id for p in pairs]),
                Event.starts_at >= from_day,
                Event.cancelled.is_(False),
            )
        ):
            event.cancelled = True
            cancelled += 1
    app.status = ApplicationStatus.WITHDRAWN
    app.status_reason = reason
    app.status_changed_at = utcnow()
    session.flush()
    return Withdrawal(
        application_id=app.id,
        cohort_id=app.cohort_id,
        name=name,
        role=app.role,
        on=on,
        ended=ended,
        cancelled_events=cancelled,
        offers=partner_offers(session, app.cohort_id, left_alone),
    )


def withdraw_people(
    session: Session, application_ids: list[int], reason: str, *, on: date | None = None
) -> list[Withdrawal]:
    """Withdraw several applications in one transaction (a selection in the window)."""
    return [withdraw(session, app_id, reason, on=on) for app_id in application_ids]


def partner_offers(session: Session, cohort_id: int, mentee_ids: list[int]) -> list[PartnerOffer]:
    """For each mentee, the best mentor who may take them and has a free place now."""
    if not mentee_ids:
        return []
    problem = load_problem(session, cohort_id)
    load = np.zeros(len(problem.mentors), dtype=np.int64)
    for mentor_id in session.scalars(
        select(Pairing.mentor_id).where(
            Pairing.cohort_id == cohort_id, Pairing.status == PairingStatus.ACTIVE
        )
    ):
        j = problem.mentor_col.get(mentor_id)
        if j is not None:
            load[j] += 1
    free = problem.capacity - load > 0
    offers = []
    for mentee_id in mentee_ids:
        i = problem.mentee_row.get(mentee_id)
        best: tuple[float, int] | None = None
        if i is not None:
            allowed = (problem.forbidden_row(i) == Forbidden.NONE) & free
            if allowed.any():
                scores = np.where(allowed, problem.mentee_scores(i), -np.inf)
                j = int(np.argmax(scores))
                best = (float(scores[j]), j)
        app = session.get(Application, mentee_id)
        mentee_name = app.person.full_name if app is not None else f"#{mentee_id}"
        mentor = problem.mentors[best[1]] if best is not None else None
        offers.append(
            PartnerOffer(
                mentee_id=mentee_id,
                mentee_name=mentee_name,
                mentor_id=mentor.id if mentor is not None else None,
                mentor_name=mentor.name if mentor is not None else None,
                score=best[0] if best is not None else None,
                waitlist=problem.rules.waitlist_unmatched,
            )
        )
    return offers
