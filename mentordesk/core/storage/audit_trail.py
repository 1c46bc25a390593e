"""Reading the audit log as a committee member asks it: who changed what, when, from which desk.

Filters by cohort, person, kind of record, field, dates, desk and actor; each entry comes
back with the record named in words ("Ana Lima's application") and its changes as
field: old → new. The person filter follows the person through their applications, the
pairs they were in (ended or removed ones too) and their attendance and evaluations.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import DateTime, Select, or_, select
from sqlalchemy.orm import Session

from mentordesk.core.sentences import Sentence
from mentordesk.core.storage.models import (
    Application,
    AuditEntry,
    Base,
    Cohort,
    Event,
    Pairing,
    Person,
    Program,
)

#: The kinds of record, as the Audit view and ``--record`` name them.
RECORD_KINDS: dict[str, str] = {
    "application": "Application",
    "person": "Person",
    "pairing": "Pair",
    "event": "Event",
    "attendance": "Attendance",
    "meeting_log": "Meeting",
    "evaluation": "Evaluation",
    "exclusion": "Exclusion",
    "term": "Term",
    "cohort": "Cohort",
    "program": "Program",
}

#: The committee's words for the columns the log records besides an application's and a
#: person's (whose labels are the form's fields, ``applications/fields.py``): the Audit
#: view shows a change and its Field filter by these; ``mentordesk audit`` keeps the names.
FIELD_LABELS: dict[str, str] = {
    "agreement_signed_on": "Agreement signed on",
    "answer_sources": "Where the answers came from",
    "answers": "Answers",
    "application_id": "Application",
    "audience": "Audience",
    "cancelled": "Cancelled",
    "carried_from_id": "Carried from",
    "closed_at": "Closed at",
    "closed_by": "Closed by",
    "cohort_id": "Cohort",
    "comments": "Comments",
    "confirmed": "Confirmed",
    "contact_email": "Contact email",
    "description": "Description",
    "duration_minutes": "Minutes",
    "eligibility_note": "Eligibility note",
    "eligibility_override": "Eligibility decision",
    "emphasis_area": "Emphasis area",
    "end_date": "End date",
    "end_note": "Note on the end",
    "end_reason": "Why it ended",
    "ended_on": "Ended on",
    "ends_at": "Ends at",
    "evaluation_forms": "Evaluation forms",
    "evaluator_id": "Evaluator",
    "evaluator_name": "Evaluator's name",
    "evaluator_role": "Evaluator's role",
    "event_id": "Event",
    "final_summary": "Final summary",
    "format": "Format",
    "import_mapping": "Import mapping",
    "key": "Key",
    "kind": "Kind",
    "locked": "Locked",
    "logged_at": "Logged at",
    "mentee_id": "Mentee",
    "mentor_id": "Mentor",
    "message_templates": "Message templates",
    "met_on": "Met on",
    "name": "Name",
    "pairing_id": "Pair",
    "person_id": "Person",
    "phase": "Phase",
    "preset": "Preset",
    "program_id": "Program",
    "published_at": "Published at",
    "purged_at": "Purged at",
    "rating": "Rating",
    "reason": "Reason",
    "recipients": "Recipients",
    "recorded_at": "Recorded at",
    "recurrence": "Repeats",
    "rules_json": "Rules",
    "score": "Score",
    "score_components": "Parts of the score",
    "sent_at": "Sent at",
    "series_id": "Series",
    "start_date": "Start date",
    "started_on": "Started on",
    "starts_at": "Starts at",
    "status": "Status",
    "status_changed_at": "Status changed at",
    "status_reason": "Reason for the status",
    "subject": "Subject",
    "subject_id": "Evaluated",
    "timezone": "Time zone",
    "title": "Title",
    "uid": "Calendar ID",
    "value": "Value",
    "version": "Version",
    "via": "Via",
    "id": "Number",  # a record's own, shown when it is added
}

# Columns of a record that name an application (whose person it then concerns).
_PERSON_LINKS = ("mentee_id", "mentor_id", "application_id", "evaluator_id", "subject_id")


@dataclass(frozen=True)
class AuditFilter:
    cohort_id: int | None = None
    person_id: int | None = None
    record: str | None = None  # an entity such as "application"
    record_id: int | None = None
    field: str | None = None
    since: date | None = None  # days as the cohort's clock has them (see _day_starts)
    until: date | None = None  # inclusive
    desk: str | None = None
    actor: str | None = None
    limit: int | None = 1000


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    actor: str
    desk: str
    action: str
    record: str  # the kind, e.g. "application"
    record_id: int | None
    record_label: str  # "Ana Lima's application"
    cohort_id: int | None
    changes: tuple[FieldChange, ...]
    note: str
    timezone: str = "UTC"  # the cohort's (UTC for a record of no cohort): ``at`` shown in it

    @property
    def local_at(self) -> datetime:
        """When, on the cohort's clock (aware): ``at`` is stored in UTC."""
        try:
            zone: Any = ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            zone = UTC
        return self.at.replace(tzinfo=UTC).astimezone(zone)

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "at": self.at.isoformat(timespec="seconds"),
            "local_at": self.local_at.isoformat(timespec="seconds"),
            "actor": self.actor,
            "desk": self.desk,
            "action": self.action,
            "record": self.record,
            "record_id": self.record_id,
            "label": self.record_label,
            "cohort_id": self.cohort_id,
            "changes": {c.field: [c.old, c.new] for c in self.changes},
            "note": self.note or None,
        }

    def shown_changes(self) -> tuple[FieldChange, ...]:
        """The changes as a person reads them: a time (stored in UTC) on the cohort's clock,
        "2026-10-07 12:00", as the When column and the rest of the window show times.
        (``as_json`` keeps the stored UTC values: scripts read those.)"""
        times = time_columns().get(self.record, frozenset())
        if not times:
            return self.changes
        zone = _zone(self.timezone)
        return tuple(
            FieldChange(c.field, on_clock(c.old, zone), on_clock(c.new, zone))
            if c.field in times
            else c
            for c in self.changes
        )

    def summary(self) -> str:
        """The changes on one line: "status: submitted → accepted; capacity: 1 → 2"."""
        return "; ".join(
            f"{c.field}: {show_value(c.old)} → {show_value(c.new)}"
            for c in self.shown_changes()
            if c.field != "version"  # bookkeeping for stale saves, not a change a person made
        )


def _zone(name: str) -> Any:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


@cache
def time_columns() -> dict[str, frozenset[str]]:
    """Each kind of record's columns that hold a moment (stored as naive UTC)."""
    found: dict[str, frozenset[str]] = {}
    for mapper in Base.registry.mappers:
        table = getattr(mapper.class_, "__tablename__", None)
        if table is None:
            continue
        found[table] = frozenset(
            attr.key
            for attr in mapper.column_attrs
            if any(isinstance(column.type, DateTime) for column in attr.columns)
        )
    return found


def on_clock(value: Any, zone: Any) -> Any:
    """A stored moment (a naive UTC time, or the log's ISO text of one) as ``zone``'s clock
    reads it, "2026-10-07 12:00"; anything else as it is."""
    moment = value
    if isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return value
    if not isinstance(moment, datetime):
        return value
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return f"{moment.astimezone(zone):%Y-%m-%d %H:%M}"


def show_value(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    text = str(value)
    return text if len(text) <= 80 else text[:79] + "…"


def _person_scope(session: Session, person_id: int) -> tuple[set[int], dict[str, set[int]]]:
    """The person's applications, and the ids of every record about them by kind."""
    apps = set(session.scalars(select(Application.id).where(Application.person_id == person_id)))
    records: dict[str, set[int]] = {"person": {person_id}, "application": set(apps)}
    if not apps:
        return apps, records
    records["pairing"] = set(
        session.scalars(
            select(Pairing.id).where(or_(Pairing.mentee_id.in_(apps), Pairing.mentor_id.in_(apps)))
        )
    )
    cohorts = set(session.scalars(select(Application.cohort_id).where(Application.id.in_(apps))))
    # Records removed since (a pair taken off the board) are found by their create entry.
    for entity, changes in session.execute(
        select(AuditEntry.entity, AuditEntry.changes).where(
            AuditEntry.cohort_id.in_(cohorts),
            AuditEntry.action.in_(("create", "delete")),
            AuditEntry.entity.not_in(("application", "person", "cohort", "program")),
        )
    ):
        if _mentions(changes, apps) and changes and "id" in changes:
            ident = changes["id"][1] if changes["id"][1] is not None else changes["id"][0]
            if ident is not None:
                records.setdefault(entity, set()).add(int(ident))
    return apps, records


def _mentions(changes: dict[str, Any] | None, apps: set[int]) -> bool:
    if not changes:
        return False
    for key in _PERSON_LINKS:
        values = changes.get(key)
        if values and any(v in apps for v in values if v is not None):
            return True
    return False


def _days_zone(session: Session, cohort_id: int | None) -> Any:
    """The clock whose days --since/--until name: the cohort's, else this computer's."""
    if cohort_id is not None:
        name = session.scalar(select(Cohort.timezone).where(Cohort.id == cohort_id))
        try:
            return ZoneInfo(name or "UTC")
        except (ZoneInfoNotFoundError, ValueError):
            return UTC
    return datetime.now().astimezone().tzinfo or UTC


def _day_start_utc(day: date, zone: Any) -> datetime:
    """Midnight of ``day`` on ``zone``'s clock, as the naive UTC the log stores."""
    return datetime.combine(day, datetime.min.time(), zone).astimezone(UTC).replace(tzinfo=None)


def _query(session: Session, flt: AuditFilter) -> Select[Any]:
    query = select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
    if flt.cohort_id is not None:
        query = query.where(AuditEntry.cohort_id == flt.cohort_id)
    if flt.record:
        query = query.where(AuditEntry.entity == flt.record)
    if flt.record_id is not None:
        query = query.where(AuditEntry.entity_id == flt.record_id)
    if flt.since is not None or flt.until is not None:
        zone = _days_zone(session, flt.cohort_id)
        if flt.since is not None:
            query = query.where(AuditEntry.at >= _day_start_utc(flt.since, zone))
        if flt.until is not None:
            query = query.where(AuditEntry.at < _day_start_utc(flt.until + timedelta(days=1), zone))
    if flt.desk:
        query = query.where(AuditEntry.desk == flt.desk)
    if flt.actor:
        query = query.where(AuditEntry.actor == flt.actor)
    if flt.person_id is not None:
        _apps, records = _person_scope(session, flt.person_id)
        query = query.where(
            or_(
                *(
                    (AuditEntry.entity == entity) & AuditEntry.entity_id.in_(ids)
                    for entity, ids in records.items()
                    if ids
                )
            )
        )
    return query


def _entries(session: Session, flt: AuditFilter) -> Iterator[AuditEntry]:
    field = (flt.field or "").strip()
    for entry in session.scalars(_query(session, flt).execution_options(yield_per=500)):
        if field and field not in (entry.changes or {}):
            continue
        yield entry


def audit_rows(session: Session, flt: AuditFilter) -> list[AuditRow]:
    """The entries that pass the filter, newest first (at most ``flt.limit``)."""
    entries: list[AuditEntry] = []
    for entry in _entries(session, flt):
        entries.append(entry)
        if flt.limit is not None and len(entries) >= flt.limit:
            break
    labels = _labels(session, entries)
    cohorts = {e.cohort_id for e in entries if e.cohort_id is not None}
    zones: dict[int, str] = {}
    if cohorts:  # a few cohorts at most: their zones in one query
        query = select(Cohort.id, Cohort.timezone).where(Cohort.id.in_(cohorts))
        zones = {cohort_id: zone for cohort_id, zone in session.execute(query)}
    return [
        AuditRow(
            id=e.id,
            at=e.at,
            actor=e.actor,
            desk=e.desk or "",
            action=e.action,
            record=e.entity,
            record_id=e.entity_id,
            record_label=labels.get((e.entity, e.entity_id), _kind(e.entity, e.entity_id)),
            cohort_id=e.cohort_id,
            changes=tuple(
                FieldChange(k, *[*v, None, None][:2])
                for k, v in (e.changes or {}).items()
                if isinstance(v, list | tuple)
            ),
            note=e.note or "",
            timezone=zones.get(e.cohort_id, "UTC") if e.cohort_id is not None else "UTC",
        )
        for e in entries
    ]


def _kind(entity: str, entity_id: int | None) -> str:
    name = RECORD_KINDS.get(entity, entity.replace("_", " ").capitalize())
    if entity_id is None:
        return name
    if entity in _NUMBERED:
        return Sentence(_NUMBERED[entity], (str(entity_id),))
    return Sentence("%1 #%2", (name, str(entity_id)))


# A record of no name by its number: "Meeting #12", whole words for the window to translate.
_NUMBERED: dict[str, str] = {
    "application": "Application #%1",
    "person": "Person #%1",
    "pairing": "Pair #%1",
    "event": "Event #%1",
    "attendance": "Attendance #%1",
    "meeting_log": "Meeting #%1",
    "evaluation": "Evaluation #%1",
    "exclusion": "Exclusion #%1",
    "term": "Term #%1",
    "cohort": "Cohort #%1",
    "program": "Program #%1",
}


def _labels(session: Session, entries: list[AuditEntry]) -> dict[tuple[str, int | None], str]:
    """Records named as a person would: "Ana Lima's application", "Pair Bo Chen – Ana Lima"
    (Sentences, which the window says in its language)."""
    wanted: dict[str, set[int]] = {}
    for e in entries:
        if e.entity_id is not None:
            wanted.setdefault(e.entity, set()).add(e.entity_id)
    labels: dict[tuple[str, int | None], str] = {}
    names: dict[int, str] = {}

    def app_names(ids: set[int]) -> None:
        missing = ids - set(names)
        if missing:
            for app_id, first, last in session.execute(
                select(Application.id, Person.first_name, Person.last_name)
                .join(Person, Application.person_id == Person.id)
                .where(Application.id.in_(missing))
            ):
                names[app_id] = f"{first} {last}".strip() or f"#{app_id}"

    if "application" in wanted:
        app_names(wanted["application"])
        for app_id in wanted["application"]:
            if app_id in names:
                labels[("application", app_id)] = Sentence("%1's application", (names[app_id],))
    if "person" in wanted:
        for pid, first, last in session.execute(
            select(Person.id, Person.first_name, Person.last_name).where(
                Person.id.in_(wanted["person"])
            )
        ):
            labels[("person", pid)] = f"{first} {last}".strip() or Sentence(
                "Person #%1", (str(pid),)
            )
    if "pairing" in wanted:
        rows = session.execute(
            select(Pairing.id, Pairing.mentor_id, Pairing.mentee_id).where(
                Pairing.id.in_(wanted["pairing"])
            )
        ).all()
        app_names({r.mentor_id for r in rows} | {r.mentee_id for r in rows})
        for r in rows:
            labels[("pairing", r.id)] = Sentence(
                "Pair %1 – %2", (names.get(r.mentor_id, "?"), names.get(r.mentee_id, "?"))
            )
    if "event" in wanted:
        for eid, title in session.execute(
            select(Event.id, Event.title).where(Event.id.in_(wanted["event"]))
        ):
            labels[("event", eid)] = Sentence("Event “%1”", (title,))
    if "cohort" in wanted:
        for cid, name in session.execute(
            select(Cohort.id, Cohort.name).where(Cohort.id.in_(wanted["cohort"]))
        ):
            labels[("cohort", cid)] = Sentence("Cohort %1", (name,))
    if "program" in wanted:
        for pid, name in session.execute(
            select(Program.id, Program.name).where(Program.id.in_(wanted["program"]))
        ):
            labels[("program", pid)] = Sentence("Program %1", (name,))
    return labels


def audit_desks(session: Session) -> list[str]:
    """The desks (computers) that made changes, for the view's filter."""
    return sorted(d for d in session.scalars(select(AuditEntry.desk).distinct()) if d)


def audit_fields() -> list[str]:
    """Every field name a record can have, for the view's filter."""
    found: set[str] = set()
    for mapper in Base.registry.mappers:
        if mapper.class_ is AuditEntry:
            continue
        found.update(c.key for c in mapper.column_attrs)
    found -= {"id", "created_at", "updated_at"}
    return sorted(found)


@dataclass(frozen=True)
class PersonChoice:
    person_id: int
    name: str
    email: str

    @property
    def label(self) -> str:
        return f"{self.name} <{self.email}>" if self.name else self.email


def audit_people(session: Session, cohort_id: int | None = None) -> list[PersonChoice]:
    """The people the view's person filter offers (the cohort's applicants, or everyone)."""
    query = select(Person.id, Person.first_name, Person.last_name, Person.email).order_by(
        Person.last_name, Person.first_name, Person.email
    )
    if cohort_id is not None:
        query = query.where(
            Person.id.in_(select(Application.person_id).where(Application.cohort_id == cohort_id))
        )
    return [
        PersonChoice(pid, f"{first} {last}".strip(), email)
        for pid, first, last, email in session.execute(query)
    ]


@dataclass(frozen=True)
class AuditChoices:
    """What the view's filters offer: the people (of the cohort, or everyone) and the desks."""

    people: list[PersonChoice]
    desks: list[str]


def audit_choices(session: Session, cohort_id: int | None = None) -> AuditChoices:
    return AuditChoices(audit_people(session, cohort_id), audit_desks(session))


def last_changed_by(
    session: Session,
    entity: str,
    entity_id: int,
    timezone: str = "UTC",
    fields: frozenset[str] | None = None,
) -> str:
    """ "by marie on 2026-11-30 at 14:02": who last changed a record (only ``fields`` of it,
    when given) and when, on the cohort's clock; "" when the log does not say. For the
    sentences that refuse a change because another desk made one since (a ``Sentence``,
    so the window says it in its language)."""
    for entry in session.scalars(
        select(AuditEntry)
        .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
        .order_by(AuditEntry.id.desc())
        .limit(20)
    ):
        if fields is not None and not fields & set(entry.changes or {}):
            continue
        if entry.at is None:
            return Sentence("by %1", (entry.actor,))
        try:
            zone: Any = ZoneInfo(timezone)
        except (ZoneInfoNotFoundError, ValueError):
            zone = UTC
        when = entry.at.replace(tzinfo=UTC).astimezone(zone)
        return Sentence("by %1 on %2 at %3", (entry.actor, f"{when:%Y-%m-%d}", f"{when:%H:%M}"))
    return ""
