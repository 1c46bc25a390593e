"""Optimistic concurrency for the committee's edits: a save made on an old reading is refused.

Every application carries a version that each change raises (the database refuses an
UPDATE whose version moved meanwhile). A desk saves with the version it read; when that
is no longer the record's, the save is refused with the other change found in the
audit log (who, when, each field old → new), so nobody's work is overwritten silently.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentordesk.core.applications.fields import FIELDS_BY_NAME, display_value
from mentordesk.core.errors import StaleEditError
from mentordesk.core.storage.models import Application, AuditEntry

#: Columns every change touches; they say nothing to a person about what changed.
_BOOKKEEPING = {"version", "updated_at", "status_changed_at"}


@dataclass(frozen=True)
class FieldChange:
    field: str
    label: str
    old: Any
    new: Any

    def describe(self) -> str:
        old, new = display_value(self.old) or "–", display_value(self.new) or "–"
        return f"{self.label}: {old} → {new}"


@dataclass(frozen=True)
class OtherChange:
    """Someone else's change to a record since it was read."""

    record: str  # the person's name
    actor: str
    at: datetime | None
    version: int  # the record's version now
    changes: list[FieldChange] = field(default_factory=list)
    timezone: str = "UTC"  # the cohort's: ``at`` is stored in UTC and shown in it

    @property
    def local_at(self) -> datetime | None:
        """When the other change was made, on the cohort's clock (naive)."""
        if self.at is None:
            return None
        try:
            zone: Any = ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            zone = UTC
        return self.at.replace(tzinfo=UTC).astimezone(zone).replace(tzinfo=None)

    def describe(self) -> str:
        when = f" on {self.local_at:%Y-%m-%d at %H:%M}" if self.local_at else ""
        what = "; ".join(c.describe() for c in self.changes) or "no field a person edits"
        return f"{self.record} was changed by {self.actor}{when} ({what})"


def _label(name: str) -> str:
    spec = FIELDS_BY_NAME.get(name)
    return spec.label if spec is not None else name.replace("_", " ")


def other_change(session: Session, app: Application, since_version: int) -> OtherChange:
    """What changed ``app`` after ``since_version``, from the audit log (newest change last)."""
    entries = list(
        session.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity == "application", AuditEntry.entity_id == app.id)
            .order_by(AuditEntry.id.desc())
            .limit(50)
        )
    )
    later = []
    for entry in entries:
        version = (entry.changes or {}).get("version")
        if not version or version[1] is None or int(version[1]) <= since_version:
            continue
        later.append(entry)
    later.reverse()
    changes: dict[str, FieldChange] = {}
    for entry in later:
        for name, (old, new) in (entry.changes or {}).items():
            if name in _BOOKKEEPING:
                continue
            first = changes.get(name)
            changes[name] = FieldChange(name, _label(name), first.old if first else old, new)
    # A name or an address lives on the person: their entries close to the same moment.
    if later:
        start = (later[0].at or datetime.min) - timedelta(seconds=2)
        end = (later[-1].at or datetime.max) + timedelta(seconds=2)
        actors = {e.actor for e in later}
        for entry in session.scalars(
            select(AuditEntry)
            .where(
                AuditEntry.entity == "person",
                AuditEntry.entity_id == app.person_id,
                AuditEntry.at >= start,
                AuditEntry.at <= end,
            )
            .order_by(AuditEntry.id)
        ):
            if entry.actor not in actors:
                continue
            for name, (old, new) in (entry.changes or {}).items():
                first = changes.get(name)
                changes[name] = FieldChange(name, _label(name), first.old if first else old, new)
    last = later[-1] if later else None
    return OtherChange(
        record=app.person.full_name or app.person.email,
        actor=last.actor if last else "another desk",
        at=last.at if last else None,
        version=app.version,
        changes=list(changes.values()),
        timezone=app.cohort.timezone,
    )


def check_version(session: Session, app: Application, expected: int | None) -> None:
    """Refuse (StaleEditError, exit status 3) when ``app`` is no longer at ``expected``."""
    if expected is None or app.version == expected:
        return
    other = other_change(session, app, expected)
    raise StaleEditError(
        f"{other.describe()}; it is at version {app.version}, not {expected}. Nothing was saved",
        other,
        app.version,
    )
