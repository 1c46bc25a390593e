"""Refuses every change to a closed cohort's records, whichever code path makes it.

A session hook, like the audit log's: the board, the applicants table, an import, the
calendar and the command line all flush through it, so a closed cohort is read-only
without each service remembering to check. Closing, reopening and purging are the only
changes allowed, and only inside ``lifecycle_change`` (see documents/closeout.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from mentordesk.core.errors import CohortClosedError
from mentordesk.core.storage.models import (
    Application,
    AuditEntry,
    Base,
    Cohort,
    CohortStatus,
    Person,
    Program,
)
from mentordesk.core.storage.ownership import cohort_of

_ALLOWED = "closed_cohort_changes_allowed"


@contextmanager
def lifecycle_change(session: Session, cohort_id: int) -> Iterator[None]:
    """Within this block the session may change ``cohort_id`` even while it is closed."""
    allowed: set[int] = session.info.setdefault(_ALLOWED, set())
    allowed.add(cohort_id)
    try:
        yield
    finally:
        allowed.discard(cohort_id)


def closed_message(name: str) -> str:
    return (
        f"The cohort {name!r} is closed and cannot be changed; reopen it first "
        "(Cohort ▸ Reopen Cohort…, or 'mentordesk cohort reopen')"
    )


def _changed(session: Session) -> list[Base]:
    found: list[Base] = []
    for obj in (*session.new, *session.deleted):
        if isinstance(obj, Base) and not isinstance(obj, AuditEntry | Program):
            found.append(obj)
    for obj in session.dirty:
        if (
            isinstance(obj, Base)
            and not isinstance(obj, AuditEntry | Program)
            and session.is_modified(obj, include_collections=False)
        ):
            found.append(obj)
    return found


@event.listens_for(Session, "before_flush")
def _refuse_changes_to_closed_cohorts(session: Session, _context: Any, _instances: Any) -> None:
    changed = _changed(session)
    if not changed:
        return
    cache: dict[tuple[Any, int], int | None] = {}
    touched: set[int] = set()
    people: set[int] = set()
    new = session.new  # a fresh set on every access: once, not once per object
    for obj in changed:
        if isinstance(obj, Person):
            if obj.id is not None and obj not in new:
                people.add(obj.id)
            continue
        cohort_id = cohort_of(session, obj, cache)
        if cohort_id is not None:
            touched.add(cohort_id)
    connection = session.connection()
    allowed = session.info.get(_ALLOWED, set())
    if people:
        # A person belongs to every cohort they applied to: changing them is refused only
        # when all of those are closed (they may be carried into an open one).
        by_person: dict[int, list[int]] = {}
        for person_id, cohort_id in connection.execute(
            select(Application.person_id, Application.cohort_id).where(
                Application.person_id.in_(people)
            )
        ):
            by_person.setdefault(person_id, []).append(cohort_id)
        statuses = dict(
            connection.execute(
                select(Cohort.id, Cohort.status).where(
                    Cohort.id.in_({c for cs in by_person.values() for c in cs})
                )
            ).all()
        )
        for cohort_ids in by_person.values():
            if any(c in allowed for c in cohort_ids):
                continue
            if all(_is_closed(statuses.get(c)) for c in cohort_ids):
                touched.add(cohort_ids[0])
    refuse_changes_to(session, touched)


def refuse_changes_to(session: Session, cohort_ids: set[int]) -> None:
    """Raise CohortClosedError if one of these cohorts is closed (outside ``lifecycle_change``).

    The hook calls it for what a flush changes; code that writes rows without the unit of
    work (bulk.py) calls it for the cohorts of those rows.
    """
    touched = set(cohort_ids) - session.info.get(_ALLOWED, set())
    if not touched:
        return
    for name, status in session.connection().execute(
        select(Cohort.name, Cohort.status).where(Cohort.id.in_(touched))
    ):
        if _is_closed(status):
            raise CohortClosedError(closed_message(name))


def _is_closed(status: Any) -> bool:
    return status is not None and CohortStatus(status) is CohortStatus.CLOSED
