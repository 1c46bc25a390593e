"""Publishing pairs: a pair is proposed until the committee publishes it and the people are told.

Publishing is the line between the committee's drafts and what the participants know:
a published pair is not moved on the board any more (it is ended, for a rematch, instead),
and only published pairs receive reminders and evaluation requests.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentordesk.core.errors import ConflictError, NotFoundError, PairsChangedError, RuleViolation
from mentordesk.core.programs.cohorts import get_cohort
from mentordesk.core.sentences import Sentence
from mentordesk.core.storage.models import (
    Application,
    ApplicationStatus,
    Pairing,
    PairingStatus,
    utcnow,
)

#: A person in one of these states is never told about a pair (withdrawn, declined…).
_IN_PROGRAM = (
    ApplicationStatus.SUBMITTED,
    ApplicationStatus.ACCEPTED,
    ApplicationStatus.MATCHED,
    ApplicationStatus.COMPLETED,
)


@dataclass(frozen=True)
class PairToPublish:
    """An active pair as the publish dialog lists it."""

    pairing_id: int
    mentor: str
    mentor_email: str
    mentee: str
    mentee_email: str
    supervisor: str | None
    supervisor_email: str | None
    focus: str | None
    confirmed: bool
    published_at: datetime | None
    blocked: str | None  # why this pair cannot be published now (a withdrawn person…)

    @property
    def label(self) -> str:
        return f"{self.mentee} & {self.mentor}"

    def as_json(self) -> dict[str, object]:
        return {
            "pairing_id": self.pairing_id,
            "mentor": self.mentor,
            "mentor_email": self.mentor_email,
            "mentee": self.mentee,
            "mentee_email": self.mentee_email,
            "supervisor": self.supervisor,
            "supervisor_email": self.supervisor_email,
            "focus": self.focus,
            "confirmed": self.confirmed,
            "published": self.published_at is not None,
            "blocked": self.blocked,
        }


def _blocked(pairing: Pairing) -> str | None:
    for app in (pairing.mentee, pairing.mentor):
        if app.status not in _IN_PROGRAM:
            return f"{app.person.full_name}'s application is {app.status.value}"
    return None


def _row(pairing: Pairing) -> PairToPublish:
    mentee, mentor = pairing.mentee, pairing.mentor
    return PairToPublish(
        pairing_id=pairing.id,
        mentor=mentor.person.full_name,
        mentor_email=mentor.person.email,
        mentee=mentee.person.full_name,
        mentee_email=mentee.person.email,
        supervisor=mentee.supervisor_name,
        supervisor_email=mentee.supervisor_email,
        focus=pairing.emphasis_area,
        confirmed=pairing.confirmed,
        published_at=pairing.published_at,
        blocked=_blocked(pairing),
    )


def active_pairs(session: Session, cohort_id: int) -> list[PairToPublish]:
    """Every active pair of the cohort, proposed and published, mentees by name."""
    get_cohort(session, cohort_id)
    pairings = session.scalars(
        select(Pairing).where(
            Pairing.cohort_id == cohort_id, Pairing.status == PairingStatus.ACTIVE
        )
    )
    rows = [_row(p) for p in pairings]
    return sorted(rows, key=lambda r: (r.mentee.casefold(), r.mentor.casefold()))


def publish_pairs(
    session: Session,
    cohort_id: int,
    pairing_ids: Iterable[int] | None = None,
    *,
    expected: Mapping[int, PairToPublish] | None = None,
) -> list[int]:
    """Publish these pairs (None: every proposed pair); returns the ids newly published.

    A pair with a withdrawn or declined person is refused, naming them; a pair already
    published stays as it was (publishing twice tells nobody twice). ``expected``: each
    pair as the committee ticked it; one another desk has given another mentor or focus
    since is refused whole (PairsChangedError), never published and told in its place.
    """
    get_cohort(session, cohort_id)
    query = select(Pairing).where(
        Pairing.cohort_id == cohort_id, Pairing.status == PairingStatus.ACTIVE
    )
    wanted = None if pairing_ids is None else set(pairing_ids)
    if wanted is not None:
        query = query.where(Pairing.id.in_(wanted))
    pairings = list(session.scalars(query))
    if wanted is not None:
        missing = wanted - {p.id for p in pairings}
        if missing:
            ended = session.get(Pairing, min(missing))
            if ended is None or ended.cohort_id != cohort_id:
                raise NotFoundError(f"No pair #{min(missing)} in this cohort")
            raise ConflictError(
                f"The pair {ended.mentee.person.full_name} & {ended.mentor.person.full_name} "
                "has ended; it cannot be published"
            )
    _refuse_if_changed(pairings, expected or {})
    now = utcnow()
    published = []
    for pairing in sorted(pairings, key=lambda p: p.id):
        if pairing.published_at is not None:
            continue
        reason = _blocked(pairing)
        if reason is not None:
            if wanted is None:
                continue  # "publish all" skips them; the list says why
            raise RuleViolation(
                f"{reason}; the pair {pairing.mentee.person.full_name} & "
                f"{pairing.mentor.person.full_name} cannot be published"
            )
        pairing.published_at = now
        pairing.confirmed = True
        published.append(pairing.id)
    session.flush()
    return published


def _refuse_if_changed(pairings: list[Pairing], expected: Mapping[int, PairToPublish]) -> None:
    """The people and focus each ticked pair is published with are the ones ticked."""
    changed = []
    for pairing in pairings:
        shown = expected.get(pairing.id)
        if shown is None:
            continue
        now = _row(pairing)
        if (now.mentee_email, now.mentor_email, now.focus) != (
            shown.mentee_email,
            shown.mentor_email,
            shown.focus,
        ):
            changed.append((shown, now, pairing.mentee_id))
    if not changed:
        return
    shown, now, _ = changed[0]
    if now.focus and now.focus != shown.focus:
        as_now = Sentence("%1 now, focus: %2", (now.label, now.focus))
    else:
        as_now = Sentence("%1 now", (now.label,))
    if len(changed) > 1:
        refusal = Sentence(
            "The pair %1 was changed since it was ticked (%2) (and %3 more); nothing was "
            "published. Look at the list again",
            (shown.label, as_now, len(changed) - 1),
        )
    else:
        refusal = Sentence(
            "The pair %1 was changed since it was ticked (%2); nothing was published. "
            "Look at the list again",
            (shown.label, as_now),
        )
    raise PairsChangedError(refusal, tuple(m for _s, _n, m in changed))


def published_pairings(session: Session, cohort_id: int) -> list[Pairing]:
    """Active published pairs whose people are still in the program (for messages)."""
    pairings = session.scalars(
        select(Pairing)
        .join(Application, Pairing.mentee_id == Application.id)
        .where(
            Pairing.cohort_id == cohort_id,
            Pairing.status == PairingStatus.ACTIVE,
            Pairing.published_at.is_not(None),
        )
        .order_by(Pairing.id)
    )
    return [p for p in pairings if _blocked(p) is None]
