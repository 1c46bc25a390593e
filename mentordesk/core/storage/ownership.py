"""Which cohort a record belongs to, for the audit log and for refusing changes to closed cohorts.

Most records carry a ``cohort_id``; attendance, meeting logs and whatever else hangs off
an event, a pairing or an application belong to that record's cohort. Programs and
people span cohorts and belong to none.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from mentordesk.core.storage.models import Application, Cohort, Event, Pairing

# A record's column that points at a record of one cohort, and that record's cohort column.
_PARENTS: tuple[tuple[str, Any], ...] = (
    ("event_id", Event),
    ("pairing_id", Pairing),
    ("application_id", Application),
)


def cohort_of(session: Session, obj: Any, cache: dict[tuple[Any, int], int | None]) -> int | None:
    """The id of the cohort ``obj`` belongs to, or None (a program, a person).

    ``cache`` keeps parents already looked up, so a flush of a thousand attendance
    marks of one event asks the database once.
    """
    if isinstance(obj, Cohort):
        return obj.id
    cohort_id = getattr(obj, "cohort_id", None)
    if cohort_id is not None:
        return int(cohort_id)
    cohort = getattr(obj, "cohort", None)  # set through the relationship, before the flush
    if isinstance(cohort, Cohort) and cohort.id is not None:
        return cohort.id
    for column, parent in _PARENTS:
        parent_id = getattr(obj, column, None)
        if parent_id is None:
            related = getattr(obj, column.removesuffix("_id"), None)
            if isinstance(related, parent):
                return cohort_of(session, related, cache)
            continue
        key = (parent, int(parent_id))
        if key not in cache:
            loaded = session.identity_map.get(identity_key(parent, int(parent_id)))
            if loaded is not None and getattr(loaded, "cohort_id", None) is not None:
                cache[key] = int(loaded.cohort_id)
            else:
                cache[key] = session.connection().scalar(
                    select(parent.cohort_id).where(parent.id == int(parent_id))
                )
        return cache[key]
    return None


@cache
def may_belong_to_a_cohort(model: type[Any]) -> bool:
    """Whether rows of ``model`` can belong to a cohort at all (people and programs cannot)."""
    columns = model.__table__.c
    return model is Cohort or any(c in columns for c in ("cohort_id", *(c for c, _ in _PARENTS)))
