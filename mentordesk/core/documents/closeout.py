"""The end of a cohort: what is still missing, closing it read-only, reopening it, purging it.

Closing completes the pairs still running, keeps the summary's figures as they were that
day and makes the cohort read-only (``storage/closed_cohorts.py`` refuses every change).
Purging a closed cohort removes the personal data (names, addresses, answers, notes,
from the records and from the audit log's old values alike) while every count of the
summary stays; the purge checks that itself and changes nothing if a figure would move.
Then the file is compacted (VACUUM) so the removed values are gone from its bytes too.
"""

from __future__ import annotations

import dataclasses
import enum
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, String, Text, insert, select, text, update
from sqlalchemy.orm import Session

from mentordesk.core.applications.eligibility import eligibility
from mentordesk.core.documents.summary import CohortSummary, cohort_summary
from mentordesk.core.errors import ConflictError, MentorDeskError, ValidationError
from mentordesk.core.programs.cohorts import get_cohort, program_rules
from mentordesk.core.storage.audit import current_actor, current_desk
from mentordesk.core.storage.backup import backup_database, backup_name
from mentordesk.core.storage.closed_cohorts import lifecycle_change
from mentordesk.core.storage.database import Database
from mentordesk.core.storage.models import (
    Application,
    ApplicationStatus,
    AuditEntry,
    Base,
    Cohort,
    CohortStatus,
    EligibilityOverride,
    Evaluation,
    EvaluatorRole,
    Event,
    Exclusion,
    Pairing,
    PairingEndReason,
    PairingStatus,
    Person,
    Role,
    utcnow,
)

PURGED = "[purged]"

#: Audit values that are never personal (states, kinds, dates, ids): kept by a purge.
_SAFE_KEYS = frozenset(
    {
        "id",
        "role",
        "status",
        "action",
        "kind",
        "audience",
        "format",
        "phase",
        "evaluator_role",
        "end_reason",
        "eligibility_override",
        "employment_type",
        "timezone",
        "preset",
        "locked",
        "confirmed",
        "cancelled",
        "starts_at",
        "ends_at",
        "met_on",
        "submitted_at",
        "status_changed_at",
        "agreement_signed_on",
        "started_on",
        "ended_on",
        "start_date",
        "end_date",
        "recorded_at",
        "logged_at",
        "closed_at",
        "purged_at",
        # Texts that are not about a person, though one may mention someone: their
        # personal values are cut out, the rest kept (a workshop's title, a term's name).
        "closed_by",
        "program",
        "cohort",
        "name",
        "title",
        "term",
        "measure",
        "label",
    }
)

#: Application columns a purge keeps: what the summary counts and the matching history.
_KEPT_APPLICATION_COLUMNS = frozenset(
    {
        "id",
        "cohort_id",
        "person_id",
        "role",
        "status",
        "employment_type",
        "years_experience",
        "capacity",
        "consent",
        "supervisor_approved",
        "submitted_at",
        "eligibility_override",
        "status_changed_at",
        "carried_from_id",
        "wants_to_continue",
        "created_at",
        "updated_at",
    }
)


# --- what is missing --------------------------------------------------------------------


@dataclass(frozen=True)
class MissingEvaluation:
    phase: str
    role: str
    who: str  # the person who has not evaluated (a supervisor is named by their mentee)


@dataclass(frozen=True)
class CloseoutCheck:
    """What stands between a cohort and its close-out."""

    cohort_id: int
    cohort: str
    program: str
    status: str
    running_pairs: int
    missing_evaluations: list[MissingEvaluation]
    unsigned_agreements: list[str]  # "Mentor and Mentee"

    @property
    def complete(self) -> bool:
        return not self.missing_evaluations and not self.unsigned_agreements

    def short(self) -> str:
        """ "12 evaluations and 3 signed agreements missing", or "nothing missing"."""
        parts = []
        if self.missing_evaluations:
            n = len(self.missing_evaluations)
            parts.append(f"{n} evaluation{'s' if n != 1 else ''}")
        if self.unsigned_agreements:
            n = len(self.unsigned_agreements)
            parts.append(f"{n} signed agreement{'s' if n != 1 else ''}")
        return " and ".join(parts) + " missing" if parts else "nothing missing"

    def lines(self) -> list[str]:
        """The missing things in words, one line each kind."""
        found: list[str] = []
        by_kind = Counter((m.phase, m.role) for m in self.missing_evaluations)
        for (phase, role), n in sorted(by_kind.items()):
            names = [m.who for m in self.missing_evaluations if (m.phase, m.role) == (phase, role)]
            shown = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
            found.append(
                f"{n} {phase.replace('closeout', 'close-out')} evaluation"
                f"{'s' if n != 1 else ''} by {role}s missing ({shown})"
            )
        if self.unsigned_agreements:
            n = len(self.unsigned_agreements)
            shown = ", ".join(self.unsigned_agreements[:3])
            more = f" and {n - 3} more" if n > 3 else ""
            found.append(f"{n} agreement{'s' if n != 1 else ''} not signed ({shown}{more})")
        return found

    def as_json(self) -> dict[str, Any]:
        return {
            "cohort": self.cohort,
            "program": self.program,
            "status": self.status,
            "running_pairs": self.running_pairs,
            "complete": self.complete,
            "missing_evaluations": [dataclasses.asdict(m) for m in self.missing_evaluations],
            "unsigned_agreements": self.unsigned_agreements,
        }


def closeout_check(session: Session, cohort_id: int) -> CloseoutCheck:
    """The evaluations the rules expect that have not come in, and the unsigned agreements."""
    cohort = get_cohort(session, cohort_id)
    rules = program_rules(cohort.program)
    pairs = list(
        session.scalars(
            select(Pairing).where(
                Pairing.cohort_id == cohort_id,
                Pairing.status.in_((PairingStatus.ACTIVE, PairingStatus.COMPLETED)),
            )
        )
    )
    given: set[tuple[str, str, int | None, int | None]] = {
        (e.phase.value, e.evaluator_role.value, e.evaluator_id, e.pairing_id)
        for e in session.scalars(select(Evaluation).where(Evaluation.cohort_id == cohort_id))
    }
    by_person = {(p, r, who) for p, r, who, _pair in given}
    by_pair = {(p, r, pair) for p, r, _who, pair in given}
    missing: list[MissingEvaluation] = []
    for phase in rules.evaluation_phases:
        for pair in pairs:
            for role, app in ((Role.MENTEE, pair.mentee), (Role.MENTOR, pair.mentor)):
                if (phase, role.value, app.id) not in by_person:
                    missing.append(MissingEvaluation(phase, role.value, app.person.full_name))
        if rules.supervisor_feedback and phase in ("closeout", "final"):
            for pair in pairs:
                if (phase, EvaluatorRole.SUPERVISOR.value, pair.id) not in by_pair:
                    supervisor = pair.mentee.supervisor_name or "the supervisor"
                    missing.append(
                        MissingEvaluation(
                            phase, "supervisor", f"{supervisor} for {pair.mentee.person.full_name}"
                        )
                    )
    unsigned = [
        f"{p.mentor.person.full_name} and {p.mentee.person.full_name}"
        for p in pairs
        if p.agreement_signed_on is None
    ]
    return CloseoutCheck(
        cohort_id=cohort.id,
        cohort=cohort.name,
        program=cohort.program.name,
        status=cohort.status.value,
        running_pairs=sum(1 for p in pairs if p.status is PairingStatus.ACTIVE),
        missing_evaluations=missing,
        unsigned_agreements=unsigned,
    )


# --- close and reopen -------------------------------------------------------------------

#: Statuses a close-out leaves as they are: the person's year already ended another way.
_FINAL_STATUSES = frozenset(
    {
        ApplicationStatus.COMPLETED,
        ApplicationStatus.WITHDRAWN,
        ApplicationStatus.DECLINED,
        ApplicationStatus.WAITLISTED,
    }
)


def summary_figures(summary: CohortSummary) -> dict[str, Any]:
    """The summary as plain JSON values, without the day it was made (what a purge keeps)."""

    def plain(value: Any) -> Any:
        if isinstance(value, date | datetime):
            return value.isoformat()
        if isinstance(value, enum.Enum):
            return value.value
        if isinstance(value, dict):
            return {k: plain(v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [plain(v) for v in value]
        return value

    figures = plain(dataclasses.asdict(summary))
    figures.pop("generated_on", None)
    return dict(figures)


@dataclass(frozen=True)
class CloseResult:
    cohort: str
    completed_pairs: int
    missing: list[str]
    check: CloseoutCheck
    summary: CohortSummary


def close_cohort(
    session: Session, cohort_id: int, *, force: bool = False, on: date | None = None
) -> CloseResult:
    """Close the cohort: running pairs complete, the final summary is kept, nothing changes after.

    Refused (ValidationError naming what is missing) while evaluations or signed
    agreements are missing, unless ``force``: a committee may close without them.
    """
    cohort = get_cohort(session, cohort_id)
    if cohort.status is CohortStatus.CLOSED:
        raise ConflictError(f"The cohort {cohort.name!r} is already closed")
    check = closeout_check(session, cohort_id)
    missing = check.lines()
    if missing and not force:
        raise ValidationError(
            f"{cohort.name!r} is not ready to close: " + "; ".join(missing),
            "closeout",
        )
    ended = on or min(date.today(), cohort.end_date)
    completed = 0
    for pairing in session.scalars(
        select(Pairing).where(
            Pairing.cohort_id == cohort_id, Pairing.status == PairingStatus.ACTIVE
        )
    ):
        pairing.status = PairingStatus.COMPLETED
        pairing.end_reason = PairingEndReason.COMPLETED
        pairing.ended_on = ended
        pairing.locked = False
        completed += 1
        for app in (pairing.mentor, pairing.mentee):
            # Whatever "in the program" is called (accepted, matched…), it is now completed.
            if app.status not in _FINAL_STATUSES:
                app.status = ApplicationStatus.COMPLETED
                app.status_changed_at = utcnow()
    session.flush()
    summary = cohort_summary(session, cohort_id)
    cohort.status = CohortStatus.CLOSED
    cohort.closed_at = utcnow()
    cohort.closed_by = current_actor(session)
    cohort.final_summary = summary_figures(summary)
    session.flush()
    return CloseResult(cohort.name, completed, missing, check, summary)


def close_with_backup(
    db: Database, cohort_id: int, *, force: bool = False
) -> tuple[CloseResult, Path | None]:
    """Close the cohort in one transaction after a backup of the file (what the window and
    the command line do): closing completes the pairs, which a backup lets one take back."""
    with db.reading() as session:
        cohort = get_cohort(session, cohort_id)
        if cohort.status is CohortStatus.CLOSED:
            raise ConflictError(f"The cohort {cohort.name!r} is already closed")
        missing = closeout_check(session, cohort_id).lines()
    if missing and not force:
        raise ValidationError(
            f"{cohort.name!r} is not ready to close: " + "; ".join(missing), "closeout"
        )
    written = backup_before(db, "close-out")
    with db.transaction(note="close-out") as session:
        result = close_cohort(session, cohort_id, force=force)
    return result, written


def reopen_cohort(session: Session, cohort_id: int, reason: str) -> Cohort:
    """Make a closed cohort changeable again; the reason goes into the audit log."""
    reason = " ".join(reason.split())
    if not reason:
        raise ValidationError("Give the reason for reopening the cohort", "reason")
    cohort = get_cohort(session, cohort_id)
    if cohort.status is not CohortStatus.CLOSED:
        raise ConflictError(f"The cohort {cohort.name!r} is not closed")
    previous = session.info.get("audit_note")
    session.info["audit_note"] = f"Reopened: {reason}"
    try:
        with lifecycle_change(session, cohort_id):
            cohort.status = CohortStatus.ACTIVE
            cohort.closed_at = None
            cohort.closed_by = None
            session.flush()
    finally:
        session.info["audit_note"] = previous
    return cohort


def require_closed(cohort: Cohort) -> None:
    if cohort.status is not CohortStatus.CLOSED:
        raise ConflictError(
            f"Close the cohort {cohort.name!r} before purging it (its year must be over)"
        )


# --- purge ------------------------------------------------------------------------------


@dataclass(frozen=True)
class PurgeResult:
    cohort: str
    people: int  # people whose name and address were removed
    applications: int
    audit_entries: int  # audit entries whose personal values were removed
    backup: Path | None
    compacted: bool
    kept_people: int  # still in another cohort, so their name stays (for that cohort)

    def line(self) -> str:
        kept = (
            f"; {self.kept_people} who are in another cohort keep their name there"
            if self.kept_people
            else ""
        )
        backup = f" (backup first: {self.backup})" if self.backup else ""
        return (
            f"Purged {self.cohort!r}: {self.applications} applications and {self.people} "
            f"people anonymised, {self.audit_entries} audit entries scrubbed{kept}{backup}"
        )


def backup_before(db: Database, why: str) -> Path | None:
    """A backup of the database file in a ``backups`` folder beside it (None on a server)."""
    if not db.is_sqlite or db.path is None:
        return None
    folder = db.path.parent / "backups"
    name = backup_name(db).removesuffix(".db") + f"-before-{why}.db"
    target = folder / name
    n = 1
    while target.exists():
        n += 1
        target = folder / name.replace(".db", f"-{n}.db")
    return backup_database(db, target)


def _scrub_text(value: str, tokens: list[str]) -> str:
    lowered = value.casefold()
    for token in tokens:
        start = lowered.find(token)
        while start >= 0:
            value = value[:start] + PURGED + value[start + len(token) :]
            lowered = value.casefold()
            start = lowered.find(token, start + len(PURGED))
    return value


def _scrub_value(key: str, value: Any, tokens: list[str]) -> Any:
    if value is None or isinstance(value, bool | int | float):
        return value
    if key in _SAFE_KEYS and isinstance(value, str):
        return _scrub_text(value, tokens)
    if isinstance(value, list | tuple):
        return [_scrub_value(key, v, tokens) for v in value]
    if isinstance(value, dict):
        return {k: _scrub_value(k, v, tokens) for k, v in value.items()}
    return PURGED


def _scrub_changes(changes: dict[str, Any] | None, tokens: list[str]) -> dict[str, Any] | None:
    if not changes:
        return changes
    return {k: _scrub_value(k, v, tokens) for k, v in changes.items()}


def _tokens(people: Iterable[Person], apps: Iterable[Application]) -> list[str]:
    """The personal values to look for in free text: names, addresses, phone numbers."""
    found: set[str] = set()
    for person in people:
        for value in (person.full_name, person.email, person.phone, person.last_name):
            if value and len(value.strip()) >= 3:
                found.add(value.strip().casefold())
    for app in apps:
        for value in (app.supervisor_name, app.supervisor_email, app.requested_mentor):
            if value and len(value.strip()) >= 3:
                found.add(value.strip().casefold())
    return sorted(found, key=len, reverse=True)  # "Ana Lima" before "Lima"


def purge_cohort(
    db: Database,
    cohort_id: int,
    *,
    backup: bool = True,
) -> PurgeResult:
    """Remove a closed cohort's personal data, keep its counts, compact the file.

    A backup of the file is taken first (``backup=False`` only where the caller made one,
    e.g. a server database backed up with pg_dump).
    """
    with db.reading() as session:
        require_closed(get_cohort(session, cohort_id))
    if backup and not db.is_sqlite:
        raise MentorDeskError(
            f"Back up the server database {db.name} first (pg_dump), then purge with --backed-up"
        )
    written = backup_before(db, "purge") if backup else None
    with db.transaction() as session:
        result = _purge(session, cohort_id, written)
    compacted = compact(db)
    return dataclasses.replace(result, compacted=compacted)


def _purge(session: Session, cohort_id: int, written: Path | None) -> PurgeResult:
    cohort = get_cohort(session, cohort_id)
    require_closed(cohort)
    rules = program_rules(cohort.program)
    before = summary_figures(cohort_summary(session, cohort_id))
    apps = list(session.scalars(select(Application).where(Application.cohort_id == cohort_id)))
    person_ids = {a.person_id for a in apps}
    # Someone who is also in a cohort not purged (carried over, or back as a mentor) keeps
    # their name for that cohort; everyone else is anonymised.
    elsewhere = set(
        session.scalars(
            select(Application.person_id)
            .join(Cohort, Application.cohort_id == Cohort.id)
            .where(
                Application.person_id.in_(person_ids),
                Application.cohort_id != cohort_id,
                Cohort.purged_at.is_(None),
            )
        )
    )
    people = list(session.scalars(select(Person).where(Person.id.in_(person_ids - elsewhere))))
    tokens = _tokens(people, apps)
    session.info["audit_disabled"] = True  # the audit entries would copy what is removed
    try:
        with lifecycle_change(session, cohort_id):
            for app in apps:
                decided = eligibility(app, rules)
                if app.eligibility_override is None:
                    # Frozen, so "Eligible" counts the same without the answers behind it.
                    app.eligibility_override = (
                        EligibilityOverride.ELIGIBLE
                        if decided.eligible
                        else EligibilityOverride.INELIGIBLE
                    )
                app.eligibility_note = None
                for column in Application.__table__.columns:
                    if column.key not in _KEPT_APPLICATION_COLUMNS and column.nullable:
                        setattr(app, column.key, None)
            for person in people:
                person.first_name = "Former participant"
                person.last_name = f"#{person.id}"
                person.email = f"purged-{person.id}@purged.invalid"
                person.phone = None
            for pairing in session.scalars(select(Pairing).where(Pairing.cohort_id == cohort_id)):
                pairing.end_note = None
                pairing.emphasis_area = None
            for exclusion in session.scalars(
                select(Exclusion).where(Exclusion.cohort_id == cohort_id)
            ):
                exclusion.reason = None
            for ev in session.scalars(select(Event).where(Event.cohort_id == cohort_id)):
                if ev.pairing_id is not None:
                    ev.title = ev.kind.value.replace("_", " ").capitalize()
                    ev.description = None
                    ev.location = None
                else:
                    ev.title = _scrub_text(ev.title, tokens)
                    if ev.description:
                        ev.description = _scrub_text(ev.description, tokens)
            for evaluation in session.scalars(
                select(Evaluation).where(Evaluation.cohort_id == cohort_id)
            ):
                evaluation.evaluator_name = None
                evaluation.comments = None
                if evaluation.answers:
                    evaluation.answers = {
                        k: v
                        for k, v in evaluation.answers.items()
                        if isinstance(v, int | float | bool) or v is None
                    }
            session.flush()
            _scrub_other_tables(session, cohort_id, tokens)
            scrubbed = _scrub_audit(session, cohort_id, {p.id for p in people}, tokens)
            cohort.purged_at = utcnow()
            session.flush()
    finally:
        session.info.pop("audit_disabled", None)
    after = summary_figures(cohort_summary(session, cohort_id))
    if _counts(after) != _counts(before):
        changed = sorted(k for k in before if _counts(before[k]) != _counts(after.get(k)))
        # A bug, not a user's mistake; the transaction rolls back and nothing is purged.
        raise RuntimeError(f"The purge would change the summary ({', '.join(changed)})")
    session.connection().execute(
        insert(AuditEntry).values(
            at=utcnow(),
            actor=current_actor(session),
            action="purge",
            entity="cohort",
            entity_id=cohort_id,
            cohort_id=cohort_id,
            desk=current_desk(session),
            changes={"people": len(people), "applications": len(apps)},
            note="Personal data purged; counts kept",
        )
    )
    return PurgeResult(
        cohort=cohort.name,
        people=len(people),
        applications=len(apps),
        audit_entries=scrubbed,
        backup=written,
        compacted=False,
        kept_people=len(person_ids & elsewhere),
    )


def _counts(figures: Any) -> Any:
    """The numbers of the summary, its texts aside (a workshop's title may name someone)."""
    if isinstance(figures, dict):
        return {k: _counts(v) for k, v in figures.items()}
    if isinstance(figures, list):
        return [_counts(v) for v in figures]
    return None if isinstance(figures, str) else figures


_HANDLED_TABLES = frozenset(
    {
        "application",
        "person",
        "pairing",
        "exclusion",
        "event",
        "evaluation",
        "audit_entry",
        "cohort",
        "program",
        "term",
        "attendance",
        "meeting_log",
    }
)


def _scrub_other_tables(session: Session, cohort_id: int, tokens: list[str]) -> None:
    """Names in any other record of the cohort (messages sent, say) become "[purged]"."""
    if not tokens:
        return
    owners = {
        "cohort_id": [cohort_id],
        "pairing_id": list(
            session.scalars(select(Pairing.id).where(Pairing.cohort_id == cohort_id))
        ),
        "application_id": list(
            session.scalars(select(Application.id).where(Application.cohort_id == cohort_id))
        ),
        "event_id": list(session.scalars(select(Event.id).where(Event.cohort_id == cohort_id))),
    }
    for table in Base.metadata.sorted_tables:
        if table.name in _HANDLED_TABLES or "id" not in table.c:
            continue
        link = next((c for c in owners if c in table.c), None)
        texts = [c for c in table.c if isinstance(c.type, String | Text | JSON)]
        if link is None or not texts or not owners[link]:
            continue
        rows = session.connection().execute(
            select(table.c.id, *texts).where(table.c[link].in_(owners[link]))
        )
        for row in rows.mappings().all():
            values: dict[str, Any] = {}
            for column in texts:
                value = row[column.key]
                if isinstance(value, str):
                    cleaned: Any = _scrub_text(value, tokens)
                elif isinstance(value, dict | list):
                    cleaned = _scrub_value("", value, tokens) if value else value
                else:
                    continue
                if cleaned != value:
                    values[column.key] = cleaned
            if values:
                session.connection().execute(
                    update(table).where(table.c.id == row["id"]).values(**values)
                )


def _scrub_audit(session: Session, cohort_id: int, person_ids: set[int], tokens: list[str]) -> int:
    table = AuditEntry
    query = select(table.id, table.changes, table.note).where(table.cohort_id == cohort_id)
    rows = list(session.connection().execute(query))
    if person_ids:
        rows += list(
            session.connection().execute(
                select(table.id, table.changes, table.note).where(
                    table.entity == "person", table.entity_id.in_(person_ids)
                )
            )
        )
    scrubbed = 0
    for entry_id, changes, note in rows:
        new_changes = _scrub_changes(changes, tokens)
        new_note = _scrub_text(note, tokens) if note else note
        if new_changes != changes or new_note != note:
            session.connection().execute(
                update(table).where(table.id == entry_id).values(changes=new_changes, note=new_note)
            )
            scrubbed += 1
    return scrubbed


def compact(db: Database) -> bool:
    """Rewrite the database so removed values leave no trace in its bytes; True when complete.

    SQLite keeps deleted values in free pages and in its write-ahead log until VACUUM
    and a checkpoint rewrite them; PostgreSQL keeps dead row versions until VACUUM FULL.
    """
    # Connections in the pool may hold a read snapshot that stops the checkpoint.
    db.engine.dispose()
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        if db.is_sqlite:
            connection.execute(text("PRAGMA secure_delete=ON"))
            connection.execute(text("VACUUM"))
            busy, _log, _done = connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)")).one()
            return not busy
        for table in ("person", "application", "audit_entry", "pairing", "evaluation", "event"):
            connection.execute(text(f"VACUUM FULL {table}"))
        return True
