"""Keeps each application's status in step with its pairings, whatever code changes them.

The year's rule: accepted → matched while in an active pair → completed when the pair
ran its course, back to accepted when it ended early; someone withdrawn or declined is in
no active pair. A session hook rather than calls in each service (the board, the CLI,
an import, a test factory): no path that writes a pairing or a status can forget it, and
the status changes in the same transaction as the pairing, with its own audit entry.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import event, inspect, or_, select
from sqlalchemy.orm import Session

from mentordesk.core.storage.bulk import RowChange, update_audited
from mentordesk.core.storage.models import (
    Application,
    ApplicationStatus,
    Pairing,
    PairingEndReason,
    PairingStatus,
    utcnow,
)

_KEY = "_statuses_to_follow"
#: Statuses a person leaves the year with: they are in no active pair.
LEFT = (ApplicationStatus.WITHDRAWN, ApplicationStatus.DECLINED)


def _changed(obj: Any, *keys: str) -> bool:
    state = inspect(obj)
    return any(state.attrs[key].history.has_changes() for key in keys)


def _old(obj: Any, key: str) -> Any:
    deleted = inspect(obj).attrs[key].history.deleted
    return deleted[0] if deleted else None


@event.listens_for(Session, "after_flush")
def _note_touched(session: Session, _context: Any) -> None:
    touched: set[int] = session.info.setdefault(_KEY, set())
    # Each of session.new and .deleted builds a fresh set: asked once per object, an
    # import of 10,000 rows spent most of its time here.
    new, deleted = session.new, session.deleted
    for obj in [*new, *session.dirty, *deleted]:
        if isinstance(obj, Pairing):
            if obj in new or obj in deleted or _changed(obj, "status", "mentor_id", "mentee_id"):
                touched.update(
                    i
                    for i in (obj.mentor_id, obj.mentee_id, _old(obj, "mentor_id"))
                    if isinstance(i, int)
                )
        elif (
            isinstance(obj, Application)
            and obj not in deleted
            and (obj in new or _changed(obj, "status"))
        ):
            touched.add(obj.id)
    if not touched:
        session.info.pop(_KEY, None)


def _pairs_of(session: Session, ids: list[int]) -> tuple[dict[int, list[int]], set[int]]:
    """Each application's active pairs, and which have a completed one (read through the
    flush's own connection: the rows just written are in it)."""
    pairs = (
        session.connection()
        .execute(
            select(Pairing.id, Pairing.mentor_id, Pairing.mentee_id, Pairing.status).where(
                or_(Pairing.mentor_id.in_(ids), Pairing.mentee_id.in_(ids)),
                Pairing.status.in_([PairingStatus.ACTIVE, PairingStatus.COMPLETED]),
            )
        )
        .all()
    )
    active: dict[int, list[int]] = {}
    completed: set[int] = set()
    for pairing_id, mentor_id, mentee_id, status in pairs:
        for side in (mentor_id, mentee_id):
            if PairingStatus(status) is PairingStatus.ACTIVE:
                active.setdefault(side, []).append(pairing_id)
            else:
                completed.add(side)
    return active, completed


@event.listens_for(Session, "after_flush_postexec")
def _follow(session: Session, _context: Any) -> None:
    # After the flush (its rows are in the database, read through the flush's own
    # connection); what changes here is written by the next flush, which a commit runs.
    touched: set[int] | None = session.info.pop(_KEY, None)
    if not touched:
        return
    ids = sorted(touched)
    active, completed = _pairs_of(session, ids)
    for app_id in ids:
        app = session.get(Application, app_id)
        if app is None:
            continue
        follow(session, app, active.get(app_id, []), app_id in completed)


def wanted_status(
    status: ApplicationStatus, active: bool, has_completed: bool
) -> ApplicationStatus | None:
    """The status pairs give someone still in the year (None: theirs stands)."""
    if active:
        return ApplicationStatus.MATCHED
    if status is ApplicationStatus.MATCHED:
        return ApplicationStatus.COMPLETED if has_completed else ApplicationStatus.ACCEPTED
    return None


def follow(session: Session, app: Application, active: list[int], has_completed: bool) -> None:
    """Set ``app``'s status from its pairs; end the pairs of someone who left the year."""
    if app.status in LEFT:
        reason = (
            PairingEndReason.RESIGNATION
            if app.status is ApplicationStatus.WITHDRAWN
            else PairingEndReason.COMMITTEE
        )
        for pairing_id in active:
            pairing = session.get(Pairing, pairing_id)
            if pairing is not None and pairing.status is PairingStatus.ACTIVE:
                pairing.status = PairingStatus.ENDED
                pairing.end_reason = reason
                pairing.end_note = app.status_reason
                pairing.ended_on = date.today()
                pairing.locked = False
        return
    wanted = wanted_status(app.status, bool(active), has_completed)
    if wanted is not None and app.status is not wanted:
        app.status = wanted
        app.status_changed_at = utcnow()
        if wanted is ApplicationStatus.MATCHED:
            app.status_reason = None  # a waitlist's reason no longer holds


def status_change(app: Application, status: ApplicationStatus, reason: str | None) -> RowChange:
    """``app`` (loaded, unchanged) given ``status`` and ``reason`` now, for ``update_audited``."""
    return RowChange(
        app.id,
        app.version,
        old={
            "status": app.status,
            "status_reason": app.status_reason,
            "status_changed_at": app.status_changed_at,
        },
        new={"status": status, "status_reason": reason, "status_changed_at": utcnow()},
        cohort_id=app.cohort_id,
    )


def follow_in_bulk(session: Session, apps: Mapping[int, Application]) -> None:
    """What the hook does after a flush, for applications whose pairs were written without
    the unit of work (bulk.py): their statuses follow in one executemany.

    An application with unsaved changes, or one who left the year, follows through the
    unit of work instead (``follow``), so nothing pending is written over.
    """
    if not apps:
        return
    ids = sorted(apps)
    active, completed = _pairs_of(session, ids)
    changes: list[RowChange] = []
    for app_id in ids:
        app = apps[app_id]
        pairs, done = active.get(app_id, []), app_id in completed
        if app.status in LEFT or session.is_modified(app, include_collections=False):
            follow(session, app, pairs, done)
            continue
        wanted = wanted_status(app.status, bool(pairs), done)
        if wanted is None or app.status is wanted:
            continue
        reason = None if wanted is ApplicationStatus.MATCHED else app.status_reason
        changes.append(status_change(app, wanted, reason))
    update_audited(session, Application, changes, dict(apps))
