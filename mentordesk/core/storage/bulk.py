"""Writes many rows at once with SQLAlchemy Core, audited exactly as the session hooks audit objects.

The unit of work spends about half a millisecond on each object it inserts or updates
(attribute events, history, one UPDATE per versioned row): an import of 10,000
applications, or accepting a suggestion of 1,000 pairs, writes its rows here instead, one
executemany per batch and one insert of their audit entries. SQLAlchemy's own bulk
statements run no flush hooks, so what the hooks do for objects is done here with the
same functions: the audit entry (``audit.created_entry``/``updated_entry``) and the
closed-cohort guard (``closed_cohorts.refuse_changes_to``). Statuses that follow pairs
are the caller's (``statuses.follow_in_bulk``). Written by hand because no library
audits rows this way; the SQL itself is SQLAlchemy's (``insertmanyvalues`` with RETURNING,
on SQLite and PostgreSQL alike).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import ColumnDefault, Table, bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.exc import StaleDataError

from mentordesk.core.storage.audit import (
    WrittenRow,
    created_entry,
    deleted_entry,
    stamp,
    updated_entry,
    write_entries,
)
from mentordesk.core.storage.closed_cohorts import refuse_changes_to
from mentordesk.core.storage.models import Base
from mentordesk.core.storage.ownership import cohort_of, may_belong_to_a_cohort

Cohorts = dict[tuple[Any, int], int | None]


def _python_value(generator: Any) -> tuple[bool, Any]:
    """(True, what it gives) for a default computed in Python; (False, None) for none, or
    for one the database computes."""
    if isinstance(generator, ColumnDefault) and (generator.is_scalar or generator.is_callable):
        arg: Any = generator.arg
        return True, arg(None) if generator.is_callable else arg  # utcnow: once per batch
    return False, None


def _defaults(model: type[Base]) -> dict[str, Any]:
    """Every column of a new ``model`` row as the ORM fills it when not given (its defaults)."""
    values: dict[str, Any] = {}
    for column in cast(Table, model.__table__).columns:  # in the table's (the hook's) order
        if column.primary_key:
            values[column.key] = None  # given by the insert
            continue
        if column.default is None:
            values[column.key] = None
            continue
        known, value = _python_value(column.default)
        if known:  # else the database fills it
            values[column.key] = value
    return values


def complete(model: type[Base], rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows with every column the ORM would give a new object: one executemany takes
    rows of one shape, and the audit entries name the defaults as the hook's do."""
    defaults = _defaults(model)
    return [{**defaults, **row} for row in rows]


def add_rows(session: Session, model: type[Base], rows: list[dict[str, Any]]) -> list[int]:
    """Insert completed rows (see ``complete``) in one executemany; each gets its ``id``.

    Refused, as a flush would be, when a row belongs to a closed cohort. Writes no audit
    entry: the caller records them with ``audit_created`` (one insert for several tables).
    """
    if not rows:
        return []
    table = cast(Table, model.__table__)
    if "cohort_id" in table.c:
        cohorts = {row["cohort_id"] for row in rows}
    elif may_belong_to_a_cohort(model):
        cache: Cohorts = {}
        cohorts = {cohort_of(session, WrittenRow(model, row), cache) for row in rows}
    else:  # people: new ones belong to no cohort yet
        cohorts = set()
    refuse_changes_to(session, {c for c in cohorts if c is not None})
    connection = session.connection()
    # Columns no row fills are left out (NULL all the same): an imported application
    # answers a dozen of its forty columns, and each bound value costs.
    filled = [k for k in rows[0] if any(row[k] is not None for row in rows)]
    if all(row.get("id") is not None for row in rows):
        # Rows that keep their own ids (a pair brought back by undo): ids are never
        # reused, so theirs are still free; the sequences stay where they are.
        connection.execute(insert(table), [{k: row[k] for k in filled} for row in rows])
        return [row["id"] for row in rows]
    if connection.dialect.name == "sqlite":
        # SQLite promises no order for the rows RETURNING gives back, so SQLAlchemy would
        # insert one row per statement to keep them in order. The ids are given here
        # instead, as SQLite gives them, under the transaction's write lock (a writer that
        # got in between fails the insert, never mixes rows up): above the largest id the
        # table ever gave (its AUTOINCREMENT counter), so a deleted row's id, which the
        # audit trail and undo steps still name, never comes back. SQLite moves the
        # counter past the ids written here itself.
        first = _next_sqlite_id(connection, table)
        ids = list(range(first, first + len(rows)))
        for row, new_id in zip(rows, ids, strict=True):
            row["id"] = new_id
        filled.append("id")
        connection.execute(insert(table), [{k: row[k] for k in filled} for row in rows])
        return ids
    statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    ids = list(
        connection.execute(statement, [{k: row[k] for k in filled} for row in rows]).scalars()
    )
    for row, new_id in zip(rows, ids, strict=True):
        row["id"] = new_id
    return ids


def _next_sqlite_id(connection: Any, table: Table) -> int:
    """The id SQLite would give the next row of ``table``: one above both its counter (the
    largest id it ever gave) and its largest id (a table without the counter)."""
    largest = int(connection.scalar(select(func.max(table.c.id))) or 0)
    counter = connection.exec_driver_sql(
        "SELECT seq FROM sqlite_sequence WHERE name = ?", (table.name,)
    ).scalar()
    return max(largest, int(counter or 0)) + 1


def audit_created(session: Session, rows: Iterable[tuple[type[Base], dict[str, Any]]]) -> None:
    """Record the 'create' entries of rows ``add_rows`` wrote, in this order, in one insert."""
    when = stamp(session)
    cache: Cohorts = {}
    write_entries(session, [created_entry(session, when, m, values, cache) for m, values in rows])


def insert_audited(
    session: Session, model: type[Base], rows: Iterable[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Insert new ``model`` rows and their audit entries; the completed rows, with ids."""
    done = complete(model, rows)
    add_rows(session, model, done)
    audit_created(session, ((model, row) for row in done))
    return done


@dataclass(frozen=True)
class RowChange:
    """New values for some columns of one versioned row, and what they were (its version too)."""

    id: int
    version: int  # as read: the update is refused if another desk saved since
    old: dict[str, Any]
    new: dict[str, Any]
    cohort_id: int | None = None  # the row's cohort (the audit's, and the closed-cohort guard's)


def update_audited(
    session: Session, model: type[Base], changes: list[RowChange], objects: dict[int, Any]
) -> None:
    """Write changes to versioned rows in one executemany per set of columns, each raising the
    row's version, with their 'update' entries; a row another desk saved meanwhile fails the
    whole change (StaleDataError, which ``Database.transaction`` says in words).

    ``objects`` are the rows' ORM objects loaded in this session, if any: they are told
    the new values, so the session never writes from a stale version.
    """
    changes = [c for c in changes if any(c.old.get(k) != v for k, v in c.new.items())]
    if not changes:
        return
    refuse_changes_to(session, {c.cohort_id for c in changes if c.cohort_id is not None})
    table = cast(Table, model.__table__)
    connection = session.connection()
    # What the ORM sets on every UPDATE (updated_at), once for the batch, so the objects
    # below can be told the very value.
    stamped = {}
    for column in table.columns:
        known, value = _python_value(column.onupdate)
        if known:
            stamped[column.key] = value
    by_columns: dict[tuple[str, ...], list[RowChange]] = {}
    for change in changes:
        by_columns.setdefault(tuple(sorted(change.new)), []).append(change)
    for columns, group in by_columns.items():
        statement = (
            update(table)
            .where(table.c.id == bindparam("row_id"), table.c.version == bindparam("row_version"))
            .values(
                version=bindparam("new_version"),
                **{k: bindparam(f"set_{k}") for k in (*columns, *stamped) if k != "version"},
            )
        )
        params = [
            {
                **{f"set_{k}": v for k, v in {**stamped, **c.new}.items()},
                "row_id": c.id,
                "row_version": c.version,
                "new_version": c.version + 1,
            }
            for c in group
        ]
        done = connection.execute(statement, params)
        if done.rowcount != len(group):
            raise StaleDataError(f"{model.__tablename__}: {len(group) - done.rowcount} stale rows")
    when = stamp(session)
    cache: Cohorts = {}
    entries = []
    for change in changes:
        values = {"id": change.id, "cohort_id": change.cohort_id, "version": change.version + 1}
        entry = updated_entry(session, when, model, values, change.old, change.new, cache)
        if entry is not None:
            entries.append(entry)
        obj = objects.get(change.id)
        if obj is not None:
            for key, value in {**stamped, **change.new, "version": change.version + 1}.items():
                set_committed_value(obj, key, value)
    write_entries(session, entries)


def delete_audited(session: Session, model: type[Base], objects: list[Any]) -> None:
    """Delete loaded objects in one executemany (each at the version read: one another desk
    saved meanwhile fails the whole change, StaleDataError) with their 'delete' entries;
    the session forgets them."""
    if not objects:
        return
    cache: Cohorts = {}
    cohorts = {cohort_of(session, obj, cache) for obj in objects}
    refuse_changes_to(session, {c for c in cohorts if c is not None})
    when = stamp(session)
    entries = [deleted_entry(session, when, obj, cache) for obj in objects]
    table = cast(Table, model.__table__)
    where = table.c.id == bindparam("row_id")
    params: list[dict[str, Any]] = [{"row_id": obj.id} for obj in objects]
    if "version" in table.c:
        where &= table.c.version == bindparam("row_version")
        params = [{"row_id": obj.id, "row_version": obj.version} for obj in objects]
    done = session.connection().execute(delete(table).where(where), params)
    if done.rowcount != len(objects):
        raise StaleDataError(f"{model.__tablename__}: {len(objects) - done.rowcount} stale rows")
    for obj in objects:
        session.expunge(obj)
    write_entries(session, entries)
