"""Records an AuditEntry for every insert, update and delete, whoever makes it.

A session-level hook rather than calls sprinkled through services: no change can
forget its audit entry. The actor is the session's ``info["actor"]`` or the OS user;
the desk is the session's ``info["desk"]`` or the computer's name; each entry also
names the cohort of the record it describes (see ``ownership.py``).
"""

from __future__ import annotations

import enum
import getpass
import socket
import threading
from collections.abc import Sequence
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import event, func, insert, inspect, select
from sqlalchemy.orm import Mapper, Session

from mentordesk.core.storage.models import AuditEntry, Base, Cohort, utcnow
from mentordesk.core.storage.ownership import cohort_of, may_belong_to_a_cohort

# answer_sources only says who gave a value; the value's own change is the audited fact.
_SKIPPED_COLUMNS = {"updated_at", "created_at", "answer_sources"}
_KEYS: dict[type, tuple[str, ...]] = {}


@cache
def _os_user() -> str:
    # Looked up once per process: a 10,000-row import writes 20,000 entries.
    try:
        return getpass.getuser()
    except Exception:  # no login name in some service contexts
        return "unknown"


def current_actor(session: Session) -> str:
    actor = session.info.get("actor")
    if actor:
        return str(actor)
    return _os_user()


def current_desk(session: Session) -> str:
    """The computer a change comes from: several desks share one PostgreSQL database."""
    desk = session.info.get("desk")
    if desk:
        return str(desk)
    return _hostname()


def _hostname() -> str:
    global _HOST
    if _HOST is None:
        try:
            _HOST = socket.gethostname() or "unknown"
        except OSError:
            _HOST = "unknown"
    return _HOST


_HOST: str | None = None


_AS_THEY_ARE = (str, int, float, bool)


def _plain(value: Any) -> Any:
    if type(value) in _AS_THEY_ARE:  # most values: no isinstance chain (20,000 rows × 30)
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _audited_keys(cls: type) -> tuple[str, ...]:
    keys = _KEYS.get(cls)
    if keys is None:
        mapper: Mapper[Any] = inspect(cls)
        keys = tuple(c.key for c in mapper.column_attrs if c.key not in _SKIPPED_COLUMNS)
        _KEYS[cls] = keys
    return keys


def _column_values(obj: Base) -> dict[str, Any]:
    values = {}
    for key in _audited_keys(type(obj)):
        value = getattr(obj, key)
        if value is not None:
            values[key] = _plain(value)
    return values


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
    version_col = state.mapper.version_id_col
    if changes and version_col is not None and "version" not in changes:
        # The version the UPDATE wrote (SQLAlchemy sets it outside the attribute history):
        # a refused stale save finds the change that moved it on by it.
        new_version = state.dict.get("version")
        if isinstance(new_version, int):
            changes["version"] = [new_version - 1, new_version]
    return changes


def _entry(
    session: Session,
    stamp: dict[str, Any],
    action: str,
    obj: Any,
    changes: dict[str, list[Any]],
    cohorts: dict[tuple[Any, int], int | None] | None = None,
) -> dict[str, Any]:
    # A plain row, not an AuditEntry object: a 10,000-row import writes 20,000 entries,
    # and one executemany is many times faster than the unit of work.
    if cohorts is None:
        cohorts = session.info.setdefault("_audit_cohorts", {})
    return {
        **stamp,
        "action": action,
        "entity": obj.__tablename__,
        "entity_id": getattr(obj, "id", None),
        "changes": changes,
        "cohort_id": cohort_of(session, obj, cohorts),
    }


def stamp(session: Session) -> dict[str, Any]:
    """When, who, from where and why, the same for every entry of one flush (or one batch)."""
    return {
        "at": utcnow(),
        "actor": current_actor(session),
        "desk": current_desk(session),
        "note": session.info.get("audit_note"),
    }


def _write(session: Session, entries: list[dict[str, Any]]) -> None:
    if entries:
        # Same connection, same transaction: a rollback takes the entries with the change.
        session.connection().execute(insert(AuditEntry), entries)


# --- entries for rows written by SQLAlchemy Core (see bulk.py) ---------------------------


class WrittenRow:
    """A row written without the unit of work, seen as the hooks see an object: its
    table's name and its column values as attributes (what ``cohort_of`` reads)."""

    def __init__(self, model: type[Base], values: dict[str, Any]) -> None:
        self.__tablename__ = model.__tablename__
        self.__dict__.update(values)


def created_entry(
    session: Session,
    when: dict[str, Any],
    model: type[Base],
    values: dict[str, Any],
    cohorts: dict[tuple[Any, int], int | None],
) -> dict[str, Any]:
    """The entry the hook records for a new ``model`` row with these column values (and id),
    given in the table's order (``bulk.complete`` gives them so)."""
    audited = _audited_set(model)
    changes = {
        key: [None, _plain(value)]
        for key, value in values.items()
        if value is not None and key in audited
    }
    return _row_entry(session, when, "create", model, values, changes, cohorts)


@cache
def _audited_set(model: type[Base]) -> frozenset[str]:
    return frozenset(_audited_keys(model))


def _row_entry(
    session: Session,
    when: dict[str, Any],
    action: str,
    model: type[Base],
    values: dict[str, Any],
    changes: dict[str, list[Any]],
    cohorts: dict[tuple[Any, int], int | None],
) -> dict[str, Any]:
    cohort = values.get("id") if model is Cohort else values.get("cohort_id")
    if cohort is not None or "cohort_id" in values or not may_belong_to_a_cohort(model):
        return {  # no object, no look-up
            **when,
            "action": action,
            "entity": model.__tablename__,
            "entity_id": values.get("id"),
            "changes": changes,
            "cohort_id": cohort,
        }
    return _entry(session, when, action, WrittenRow(model, values), changes, cohorts)


def updated_entry(
    session: Session,
    when: dict[str, Any],
    model: type[Base],
    values: dict[str, Any],
    old: dict[str, Any],
    new: dict[str, Any],
    cohorts: dict[tuple[Any, int], int | None],
) -> dict[str, Any] | None:
    """The entry the hook records when ``old`` column values become ``new`` on the row with
    ``values`` (its id, its cohort's column, and ``version`` as it is after the update);
    None when nothing changes."""
    changes = {
        key: [_plain(old.get(key)), _plain(new[key])]
        for key in _audited_keys(model)
        if key in new and key != "version" and old.get(key) != new[key]
    }
    if not changes:
        return None
    version = values.get("version")
    if isinstance(version, int) and inspect(model).version_id_col is not None:
        changes["version"] = [version - 1, version]
    return _row_entry(session, when, "update", model, values, changes, cohorts)


def deleted_entry(
    session: Session, when: dict[str, Any], obj: Base, cohorts: dict[tuple[Any, int], int | None]
) -> dict[str, Any]:
    """The entry the hook records for a loaded object deleted without the unit of work."""
    changes = {k: [v, None] for k, v in _column_values(obj).items()}
    return _entry(session, when, "delete", obj, changes, cohorts)


def write_entries(session: Session, entries: list[dict[str, Any]]) -> None:
    """Write entries made by ``created_entry``/``updated_entry``/``deleted_entry`` (one
    executemany)."""
    if not session.info.get("audit_disabled"):
        _write(session, entries)


def _audited(objects: Any) -> list[Base]:
    return [o for o in objects if isinstance(o, Base) and not isinstance(o, AuditEntry)]


@event.listens_for(Session, "before_flush")
def _audit_before_flush(session: Session, _context: Any, _instances: Any) -> None:
    # Deleted rows are recorded before the flush, while their values can still be read.
    if session.info.get("audit_disabled"):
        return
    when = stamp(session)
    deleted = [
        _entry(session, when, "delete", obj, {k: [v, None] for k, v in _column_values(obj).items()})
        for obj in _audited(session.deleted)
    ]
    if deleted:
        session.info.setdefault("_audit_pending", []).extend(deleted)


@event.listens_for(Session, "after_flush")
def _audit_after_flush(session: Session, _context: Any) -> None:
    # Creates and updates are recorded after the SQL ran: new rows have their ids, and a
    # foreign key set through a relationship (``application.person = other``) shows in
    # its column's history only now. The history still holds the old values here.
    if session.info.get("audit_disabled"):
        return
    when = stamp(session)
    entries = [
        _entry(session, when, "create", obj, {k: [None, v] for k, v in _column_values(obj).items()})
        for obj in _audited(session.new)
    ]
    for obj in _audited(session.dirty):
        changes = _changed_values(obj)
        if changes:
            entries.append(_entry(session, when, "update", obj, changes))
    if entries:
        session.info.setdefault("_audit_pending", []).extend(entries)


@event.listens_for(Session, "after_flush_postexec")
def _audit_after_flush_postexec(session: Session, _context: Any) -> None:
    # Written once the flush is complete, in the flush's own transaction.
    pending = session.info.pop("_audit_pending", None)
    session.info.pop("_audit_cohorts", None)
    if pending:
        _write(session, pending)


@event.listens_for(Session, "after_soft_rollback")
def _audit_forget(session: Session, _previous_transaction: Any) -> None:
    # Entries of a change that was rolled back must not be written by a later flush.
    session.info.pop("_audit_pending", None)


def last_change(session: Session) -> int:
    """A number that grows with every change anyone saves: the newest audit entry's id.

    Every change writes an audit entry in its own transaction, so a desk that polls this
    (one primary-key lookup) learns that another desk saved something, without a
    server-side mechanism that SQLite lacks. bench/bench_other_desks.py measures it.
    """
    return int(session.scalar(select(func.max(AuditEntry.id))) or 0)


def own_changes_end(session: Session) -> int:
    """The change mark after this unit of work's own entries, all flushed now: with the mark
    it found first (``last_change``), the range of ids its change writes (changes take
    turns, so no other desk's entry falls in it)."""
    # A flush's hooks can change more (a pair ended sets its partner's status), written
    # by the next flush: flush until nothing is left, as a commit does.
    for _ in range(100):
        if not (session.new or session.dirty or session.deleted):
            break
        session.flush()
    return last_change(session)


class OwnChanges:
    """The ranges of audit ids (``lo`` excluded, ``hi`` included) one desk's own units of
    work wrote, until the desk's watcher of other desks takes them.

    ``Database.transaction`` adds a range just before it commits and drops it if the commit
    fails, so a look at the mark never sees this desk's committed entries without their
    range. Thread-safe: a window saves from its GUI thread and from its workers.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._ranges: list[tuple[int, int]] = []

    def add(self, lo: int, hi: int) -> None:
        with self._lock:
            self._ranges.append((lo, hi))

    def drop(self, lo: int, hi: int) -> None:
        with self._lock:
            if (lo, hi) in self._ranges:
                self._ranges.remove((lo, hi))

    def take(self) -> list[tuple[int, int]]:
        with self._lock:
            ranges, self._ranges = self._ranges, []
        return ranges

    def give_back(self, ranges: list[tuple[int, int]]) -> None:
        """Ranges taken but not used (the mark could not be read): for the next look."""
        with self._lock:
            self._ranges = [*ranges, *self._ranges]


#: Past this many entries since a mark, ``changed_since`` says "everything" rather than
#: sorting them out (another desk's import of thousands: every area reads again anyway).
CHANGES_LOOKED_AT = 2_000


def changed_since(
    session: Session, mark: int, *, excluding: Sequence[tuple[int, int]] = ()
) -> list[tuple[str, int | None]] | None:
    """What was saved after ``mark`` (a ``last_change``): each kind of record (the audited
    table's name) and cohort once, a cohort of None for records of no one cohort (a
    program, a person, a setting); None when there are too many entries to sort out.

    A desk that learned from ``last_change`` that another desk saved something reads this
    to refresh only what shows those records (a range of the primary key, so it stays a
    few milliseconds however long the audit trail). ``excluding``: ranges of ids (``lo``
    excluded, ``hi`` included) that a desk's own changes wrote, to leave out. Changes take
    turns (``database._take_write_turn``), so a change's entries fill its range alone.
    """
    newest = last_change(session)
    own = [(lo, hi) for lo, hi in excluding if hi > mark]
    if newest - mark - sum(hi - max(lo, mark) for lo, hi in own) > CHANGES_LOOKED_AT:
        return None
    query = select(AuditEntry.entity, AuditEntry.cohort_id).where(AuditEntry.id > mark)
    for lo, hi in own:
        query = query.where(~AuditEntry.id.between(lo + 1, hi))
    rows = session.execute(query.distinct()).all()
    return [(entity, cohort_id) for entity, cohort_id in rows]
