"""Records an AuditEntry for every insert, update and delete, whoever makes it.

A session-level hook rather than calls sprinkled through services: no change can
forget its audit entry. The actor is the session's ``info["actor"]`` or the OS user.
"""

from __future__ import annotations

import enum
import getpass
from datetime import date, datetime
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from mentordesk.core.models import AuditEntry, Base

_SKIPPED_COLUMNS = {"updated_at", "created_at"}


def current_actor(session: Session) -> str:
    actor = session.info.get("actor")
    if actor:
        return str(actor)
    try:
        return getpass.getuser()
    except Exception:  # no login name in some service contexts
        return "unknown"


def _plain(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _column_values(obj: Base) -> dict[str, Any]:
    mapper = inspect(obj).mapper
    return {
        c.key: _plain(getattr(obj, c.key))
        for c in mapper.column_attrs
        if c.key not in _SKIPPED_COLUMNS and getattr(obj, c.key) is not None
    }


def _changed_values(obj: Base) -> dict[str, list[Any]]:
    state = inspect(obj)
    changes: dict[str, list[Any]] = {}
    for attr in state.mapper.column_attrs:
        if attr.key in _SKIPPED_COLUMNS:
            continue
        history = state.attrs[attr.key].history
        if history.has_changes():
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if old != new:
                changes[attr.key] = [_plain(old), _plain(new)]
    return changes


@event.listens_for(Session, "before_flush")
def _audit_before_flush(session: Session, _context: Any, _instances: Any) -> None:
    if session.info.get("audit_disabled"):
        return
    actor = current_actor(session)
    note = session.info.get("audit_note")
    entries: list[AuditEntry] = []
    for obj in session.dirty:
        if isinstance(obj, AuditEntry) or not isinstance(obj, Base):
            continue
        changes = _changed_values(obj)
        if changes:
            entries.append(
                AuditEntry(
                    actor=actor,
                    action="update",
                    entity=obj.__tablename__,
                    entity_id=getattr(obj, "id", None),
                    changes=changes,
                    note=note,
                )
            )
    for obj in session.deleted:
        if isinstance(obj, AuditEntry) or not isinstance(obj, Base):
            continue
        entries.append(
            AuditEntry(
                actor=actor,
                action="delete",
                entity=obj.__tablename__,
                entity_id=getattr(obj, "id", None),
                changes={k: [v, None] for k, v in _column_values(obj).items()},
                note=note,
            )
        )
    session.add_all(entries)
    # New rows get their id only at flush; their entries are written after it.
    pending = [o for o in session.new if isinstance(o, Base) and not isinstance(o, AuditEntry)]
    session.info.setdefault("_audit_new", []).extend(pending)


@event.listens_for(Session, "after_flush_postexec")
def _audit_after_flush(session: Session, _context: Any) -> None:
    pending = session.info.pop("_audit_new", None)
    if not pending or session.info.get("audit_disabled"):
        return
    actor = current_actor(session)
    note = session.info.get("audit_note")
    session.add_all(
        AuditEntry(
            actor=actor,
            action="create",
            entity=obj.__tablename__,
            entity_id=getattr(obj, "id", None),
            changes={k: [None, v] for k, v in _column_values(obj).items()},
            note=note,
        )
        for obj in pending
    )
