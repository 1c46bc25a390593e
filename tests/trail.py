"""A database's audit trail with its ids replaced by what they name, to compare two databases.

Two databases that hold the same year number their rows apart (a PostgreSQL sequence
goes on after a test emptied its tables), so an entry names an application by its
address and role, a person by their address, a pair by its two sides, a cohort or a
program by its name; and the moment a status changed (now, each run) reads ``<time>``.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from mentordesk.core.storage.database import Database
from mentordesk.core.storage.models import (
    Application,
    AuditEntry,
    Cohort,
    Pairing,
    Person,
    Program,
)

Entry = tuple[Any, ...]  # actor, desk, note, action, record, what it names, cohort, changes
_TIMES = {"status_changed_at"}


def last_entry(db: Database) -> int:
    with db.reading() as s:
        return int(s.scalar(select(func.max(AuditEntry.id))) or 0)


def trail(db: Database, after: int = 0) -> list[Entry]:
    """The entries after ``after``, in order; each change as (field, old, new), in order."""
    with db.reading() as s:
        people = dict(s.execute(select(Person.id, Person.email)).all())
        apps = {
            i: f"{people[p]} as {role}"
            for i, p, role in s.execute(
                select(Application.id, Application.person_id, Application.role)
            )
        }
        pairs = {
            i: f"{apps[mentee]} with {apps[mentor]}"
            for i, mentee, mentor in s.execute(
                select(Pairing.id, Pairing.mentee_id, Pairing.mentor_id)
            )
        }
        cohorts = dict(s.execute(select(Cohort.id, Cohort.name)).all())
        programs = dict(s.execute(select(Program.id, Program.name)).all())
        names = {
            "person": people,
            "application": apps,
            "pairing": pairs,
            "cohort": cohorts,
            "program": programs,
        }
        links = {
            "person_id": people,
            "cohort_id": cohorts,
            "mentee_id": apps,
            "mentor_id": apps,
            "program_id": programs,
        }
        out = []
        query = select(AuditEntry).where(AuditEntry.id > after).order_by(AuditEntry.id)
        for e in s.scalars(query):
            changes = []
            for key, (old, new) in (e.changes or {}).items():
                table = names.get(e.entity) if key == "id" else links.get(key)
                if table is not None:
                    old, new = table.get(old, old), table.get(new, new)
                if key in _TIMES:
                    old, new = old and "<time>", new and "<time>"
                changes.append((key, old, new))
            name = names.get(e.entity, {}).get(e.entity_id, e.entity_id)
            cohort = cohorts.get(e.cohort_id)
            out.append((e.actor, e.desk, e.note, e.action, e.entity, name, cohort, changes))
        return out
