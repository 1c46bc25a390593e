"""The database schema of a program year, as SQLAlchemy 2 typed declarative models.

Nothing here is deleted in the ordinary course of a year: applications are withdrawn,
pairings end, and every change leaves an ``AuditEntry`` (see ``audit.py``).
Times are stored as UTC (naive on SQLite, which has no time zones); an event
keeps the IANA time zone it was planned in, so calendar files come out right.
"""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Stable constraint names so Alembic migrations work alike on SQLite and PostgreSQL.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Now, in UTC, without tzinfo (the form every timestamp is stored in)."""
    from datetime import UTC

    return datetime.now(UTC).replace(tzinfo=None)


#: Table options of every table whose ids the audit trail and undo steps keep: SQLite then
#: gives each id once (AUTOINCREMENT), never again after the row is deleted (PostgreSQL's
#: sequences do so already). Files from before have it from migration 0006.
NEVER_REUSED: dict[str, Any] = {"sqlite_autoincrement": True}


#: The rows the partial unique index ``uq_pairing_active_mentee`` covers: active pairs.
ONE_ACTIVE_PAIR = "status = 'active'"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


def _enum(cls: type[enum.Enum]) -> Enum:
    # Stored as the value text (readable in any SQL client), checked by a constraint.
    return Enum(
        cls,
        values_callable=lambda e: [m.value for m in e],
        native_enum=False,
        create_constraint=True,
        validate_strings=True,
        name=cls.__name__.lower(),
        length=32,
    )


class Role(enum.StrEnum):
    MENTOR = "mentor"
    MENTEE = "mentee"


class ApplicationStatus(enum.StrEnum):
    SUBMITTED = "submitted"  # received, not yet decided
    ACCEPTED = "accepted"  # in the program (eligible and confirmed)
    MATCHED = "matched"  # in an active pair (follows the pairings; see statuses.py)
    WAITLISTED = "waitlisted"  # no suitable mentor this cohort
    DECLINED = "declined"  # the committee said no
    WITHDRAWN = "withdrawn"  # the applicant left (resignation keeps history)
    COMPLETED = "completed"  # finished the program


class EligibilityOverride(enum.StrEnum):
    ELIGIBLE = "eligible"
    INELIGIBLE = "ineligible"


class CohortStatus(enum.StrEnum):
    PLANNING = "planning"
    ACTIVE = "active"
    CLOSED = "closed"


class PairingStatus(enum.StrEnum):
    ACTIVE = "active"
    ENDED = "ended"  # ended early: rematch, resignation, no-fault ending
    COMPLETED = "completed"  # ran its full course


class PairingEndReason(enum.StrEnum):
    REMATCH = "rematch"
    RESIGNATION = "resignation"
    NO_FAULT = "no_fault"
    COMMITTEE = "committee"
    COMPLETED = "completed"


class EventKind(enum.StrEnum):
    ORIENTATION = "orientation"
    WORKSHOP = "workshop"
    COMMITTEE_CALL = "committee_call"
    INITIAL_MEETING = "initial_meeting"
    PAIR_MEETING = "pair_meeting"
    CLOSEOUT = "closeout"
    OTHER = "other"


class Audience(enum.StrEnum):
    EVERYONE = "everyone"
    MENTEES = "mentees"
    MENTORS = "mentors"
    PAIR = "pair"
    COMMITTEE = "committee"


class AttendanceStatus(enum.StrEnum):
    PRESENT = "present"
    ABSENT = "absent"
    EXCUSED = "excused"


class MeetingFormat(enum.StrEnum):
    IN_PERSON = "in_person"
    VIDEO = "video"
    PHONE = "phone"
    OTHER = "other"


class EvaluationPhase(enum.StrEnum):
    MIDPOINT = "midpoint"
    FINAL = "final"
    CLOSEOUT = "closeout"


class EvaluatorRole(enum.StrEnum):
    MENTOR = "mentor"
    MENTEE = "mentee"
    SUPERVISOR = "supervisor"


class Program(Base):
    __tablename__ = "program"
    __table_args__ = NEVER_REUSED

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    preset: Mapped[str | None] = mapped_column(String(32))
    # ProgramRules as JSON text (see rules.py); text so any SQL client shows it.
    rules_json: Mapped[str] = mapped_column(Text, default="{}")
    # The import wizard's last column mapping: {"form header": "field_name"}.
    import_mapping: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # The program's own evaluation forms and message templates; None: the preset's.
    evaluation_forms: Mapped[list[Any] | None] = mapped_column(JSON)
    message_templates: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    contact_email: Mapped[str | None] = mapped_column(String(320))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    cohorts: Mapped[list[Cohort]] = relationship(
        back_populates="program", order_by="Cohort.start_date"
    )


class Cohort(Base):
    __tablename__ = "cohort"
    __table_args__ = (
        UniqueConstraint("program_id", "name", name="uq_cohort_program_name"),
        CheckConstraint("end_date >= start_date", name="dates_in_order"),
        NEVER_REUSED,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("program.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    status: Mapped[CohortStatus] = mapped_column(_enum(CohortStatus), default=CohortStatus.PLANNING)
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # Close-out: when and by whom, the summary's figures as they were that day (kept
    # through a purge), and when the personal data was purged.
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    closed_by: Mapped[str | None] = mapped_column(String(200))
    final_summary: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    purged_at: Mapped[datetime | None] = mapped_column(DateTime)

    program: Mapped[Program] = relationship(back_populates="cohorts")
    terms: Mapped[list[Term]] = relationship(
        back_populates="cohort", order_by="Term.start_date", cascade="all, delete-orphan"
    )
    applications: Mapped[list[Application]] = relationship(back_populates="cohort")
    pairings: Mapped[list[Pairing]] = relationship(back_populates="cohort")
    events: Mapped[list[Event]] = relationship(back_populates="cohort")


class Term(Base):
    """A semester or other period of the cohort; progress is counted per term."""

    __tablename__ = "term"
    __table_args__ = (
        CheckConstraint("end_date >= start_date", name="dates_in_order"),
        NEVER_REUSED,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohort.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)

    cohort: Mapped[Cohort] = relationship(back_populates="terms")


class Person(Base):
    """Someone who applied at least once; the same person may apply in several cohorts."""

    __tablename__ = "person"
    __table_args__ = NEVER_REUSED

    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str] = mapped_column(String(200), default="")
    last_name: Mapped[str] = mapped_column(String(200), default="")
    # Stored lower-cased and stripped; one person per address.
    email: Mapped[str] = mapped_column(String(320), unique=True)
    phone: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    applications: Mapped[list[Application]] = relationship(back_populates="person")

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


class Application(Base):
    """One person's application to one cohort, as mentor or mentee, with the form's answers."""

    __tablename__ = "application"
    __table_args__ = (
        UniqueConstraint("cohort_id", "person_id", "role", name="uq_application_cohort_person"),
        CheckConstraint("capacity IS NULL OR capacity >= 0", name="capacity_not_negative"),
        CheckConstraint(
            "years_experience IS NULL OR years_experience >= 0", name="years_not_negative"
        ),
        Index("ix_application_cohort_role", "cohort_id", "role"),
        NEVER_REUSED,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohort.id"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    role: Mapped[Role] = mapped_column(_enum(Role))
    status: Mapped[ApplicationStatus] = mapped_column(
        _enum(ApplicationStatus), default=ApplicationStatus.SUBMITTED
    )

    job_title: Mapped[str | None] = mapped_column(String(200))
    department: Mapped[str | None] = mapped_column(String(200))
    organization: Mapped[str | None] = mapped_column(String(200))
    employment_type: Mapped[str | None] = mapped_column(String(64))  # staff, faculty, student…
    location: Mapped[str | None] = mapped_column(String(200))
    years_experience: Mapped[float | None] = mapped_column(Float)
    credentials: Mapped[str | None] = mapped_column(String(500))  # "CCM, PMP"
    membership_id: Mapped[str | None] = mapped_column(String(100))

    supervisor_name: Mapped[str | None] = mapped_column(String(200))
    supervisor_email: Mapped[str | None] = mapped_column(String(320))
    supervisor_approved: Mapped[bool | None] = mapped_column(Boolean)

    goals: Mapped[str | None] = mapped_column(Text)
    interests: Mapped[str | None] = mapped_column(Text)
    expertise: Mapped[str | None] = mapped_column(Text)
    meeting_formats: Mapped[str | None] = mapped_column(String(200))  # "video, in person"
    capacity: Mapped[int | None] = mapped_column(Integer)  # mentees a mentor takes
    requested_mentor: Mapped[str | None] = mapped_column(String(320))  # name or email
    consent: Mapped[bool | None] = mapped_column(Boolean)
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime)

    # Where each answer came from: {"field": "form" | "fixed" | "committee" | "not_asked"}.
    # A re-import updates form answers and keeps the committee's corrections; a field the
    # form never asked leaves the rule that needs it undecided instead of failed.
    answer_sources: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    eligibility_override: Mapped[EligibilityOverride | None] = mapped_column(
        _enum(EligibilityOverride)
    )
    eligibility_note: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    status_reason: Mapped[str | None] = mapped_column(Text)  # why withdrawn / waitlisted
    status_changed_at: Mapped[datetime | None] = mapped_column(DateTime)
    # A mentor who said on the form (or told the committee) they would mentor again.
    wants_to_continue: Mapped[bool | None] = mapped_column(Boolean)
    # A waitlisted mentee carried into the next cohort points back at the first application.
    carried_from_id: Mapped[int | None] = mapped_column(ForeignKey("application.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    # Raised by every change: a save read at an older version is refused, never silently
    # lost (SQLAlchemy adds "AND version = ?" to each UPDATE; see edits.py).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    cohort: Mapped[Cohort] = relationship(back_populates="applications")
    person: Mapped[Person] = relationship(back_populates="applications")

    __mapper_args__ = {"version_id_col": version}


class Pairing(Base):
    """A mentor and a mentee of one cohort. Ended pairings stay, so rematches keep history."""

    __tablename__ = "pairing"
    __table_args__ = (
        CheckConstraint("mentor_id <> mentee_id", name="not_self"),
        Index("ix_pairing_cohort_status", "cohort_id", "status"),
        # At most one active pair per mentee, whatever code (or SQL client) writes.
        Index(
            "uq_pairing_active_mentee",
            "mentee_id",
            unique=True,
            sqlite_where=text(ONE_ACTIVE_PAIR),
            # postgresql_where: added by describe_for_postgresql (it says why).
        ),
        NEVER_REUSED,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohort.id"))
    mentor_id: Mapped[int] = mapped_column(ForeignKey("application.id"), index=True)
    mentee_id: Mapped[int] = mapped_column(ForeignKey("application.id"), index=True)
    status: Mapped[PairingStatus] = mapped_column(
        _enum(PairingStatus), default=PairingStatus.ACTIVE
    )
    score: Mapped[float | None] = mapped_column(Float)
    score_components: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    # The pair's focus: an emphasis area, the goals or the credential, as the rules say.
    emphasis_area: Mapped[str | None] = mapped_column(String(300))
    # Proposed until the committee publishes it (and tells the people); then this is set.
    published_at: Mapped[datetime | None] = mapped_column(DateTime)
    agreement_signed_on: Mapped[date | None] = mapped_column(Date)
    started_on: Mapped[date | None] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)
    end_reason: Mapped[PairingEndReason | None] = mapped_column(_enum(PairingEndReason))
    end_note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    cohort: Mapped[Cohort] = relationship(back_populates="pairings")
    mentor: Mapped[Application] = relationship(foreign_keys=[mentor_id])
    mentee: Mapped[Application] = relationship(foreign_keys=[mentee_id])
    meetings: Mapped[list[MeetingLog]] = relationship(
        back_populates="pairing", order_by="MeetingLog.met_on"
    )

    __mapper_args__ = {"version_id_col": version}


class Exclusion(Base):
    """The committee's "never pair these two"."""

    __tablename__ = "exclusion"
    __table_args__ = (
        UniqueConstraint("cohort_id", "mentor_id", "mentee_id", name="uq_exclusion_pair"),
        NEVER_REUSED,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohort.id"), index=True)
    mentor_id: Mapped[int] = mapped_column(ForeignKey("application.id"))
    mentee_id: Mapped[int] = mapped_column(ForeignKey("application.id"))
    reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Event(Base):
    """Something on the cohort's calendar: orientation, a workshop, a pair's meeting…"""

    __tablename__ = "event"
    __table_args__ = (
        CheckConstraint("ends_at >= starts_at", name="times_in_order"),
        Index("ix_event_cohort_start", "cohort_id", "starts_at"),
        NEVER_REUSED,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohort.id"))
    kind: Mapped[EventKind] = mapped_column(_enum(EventKind))
    title: Mapped[str] = mapped_column(String(300))
    starts_at: Mapped[datetime] = mapped_column(DateTime)  # UTC
    ends_at: Mapped[datetime] = mapped_column(DateTime)  # UTC
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    location: Mapped[str | None] = mapped_column(String(500))  # a room or a link
    description: Mapped[str | None] = mapped_column(Text)
    audience: Mapped[Audience] = mapped_column(_enum(Audience), default=Audience.EVERYONE)
    pairing_id: Mapped[int | None] = mapped_column(ForeignKey("pairing.id"), index=True)
    # Events made by one "repeat every…" share a series id and keep their rule.
    series_id: Mapped[str | None] = mapped_column(String(64), index=True)
    recurrence: Mapped[str | None] = mapped_column(String(200))
    # Stable across exports so calendar programs update instead of duplicating.
    uid: Mapped[str] = mapped_column(String(200), unique=True)
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    cohort: Mapped[Cohort] = relationship(back_populates="events")
    pairing: Mapped[Pairing | None] = relationship()
    attendance: Mapped[list[Attendance]] = relationship(
        back_populates="event", cascade="all, delete-orphan"
    )


class Attendance(Base):
    __tablename__ = "attendance"
    __table_args__ = (
        UniqueConstraint("event_id", "application_id", name="uq_attendance_event_person"),
        NEVER_REUSED,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id"), index=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("application.id"), index=True)
    status: Mapped[AttendanceStatus] = mapped_column(_enum(AttendanceStatus))
    recorded_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    event: Mapped[Event] = relationship(back_populates="attendance")
    application: Mapped[Application] = relationship()


class MeetingLog(Base):
    """That a pair met: when, how long, how. What was said is confidential and not kept."""

    __tablename__ = "meeting_log"
    __table_args__ = (
        CheckConstraint("duration_minutes > 0", name="duration_positive"),
        NEVER_REUSED,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    pairing_id: Mapped[int] = mapped_column(ForeignKey("pairing.id"), index=True)
    met_on: Mapped[date] = mapped_column(Date)
    duration_minutes: Mapped[int] = mapped_column(Integer)
    format: Mapped[MeetingFormat] = mapped_column(_enum(MeetingFormat))
    event_id: Mapped[int | None] = mapped_column(ForeignKey("event.id"))
    logged_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    pairing: Mapped[Pairing] = relationship(back_populates="meetings")


class Evaluation(Base):
    """A mid-point, final or close-out evaluation by a mentor, mentee or supervisor."""

    __tablename__ = "evaluation"
    __table_args__ = (
        CheckConstraint("rating IS NULL OR (rating >= 1 AND rating <= 5)", name="rating_range"),
        Index("ix_evaluation_cohort_phase", "cohort_id", "phase"),
        NEVER_REUSED,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohort.id"))
    pairing_id: Mapped[int | None] = mapped_column(ForeignKey("pairing.id"), index=True)
    phase: Mapped[EvaluationPhase] = mapped_column(_enum(EvaluationPhase))
    evaluator_role: Mapped[EvaluatorRole] = mapped_column(_enum(EvaluatorRole))
    # The evaluator when they applied (mentor/mentee); a supervisor is named instead.
    evaluator_id: Mapped[int | None] = mapped_column(ForeignKey("application.id"))
    evaluator_name: Mapped[str | None] = mapped_column(String(200))
    # Whom it is about, when it is about one person (mutual evaluation in program B).
    subject_id: Mapped[int | None] = mapped_column(ForeignKey("application.id"), index=True)
    rating: Mapped[int | None] = mapped_column(Integer)  # overall satisfaction 1..5
    answers: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    comments: Mapped[str | None] = mapped_column(Text)
    submitted_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class AuditEntry(Base):
    """One change to one record: who, when, what changed from what to what."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entity", "entity", "entity_id"), NEVER_REUSED)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(16))  # create, update, delete
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    changes: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # {field: [old, new]}
    note: Mapped[str | None] = mapped_column(Text)
    # The cohort the changed record belongs to (None for programs and people, who span
    # cohorts), so a cohort's history can be read and purged; and the computer it came from.
    cohort_id: Mapped[int | None] = mapped_column(Integer, index=True)
    desk: Mapped[str | None] = mapped_column(String(200))


class SentMessage(Base):
    """A message MentorDesk prepared for people: a draft written to a file, or sent by SMTP."""

    __tablename__ = "sent_message"
    __table_args__ = (Index("ix_sent_message_cohort_kind", "cohort_id", "kind"), NEVER_REUSED)

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohort.id"))
    pairing_id: Mapped[int | None] = mapped_column(ForeignKey("pairing.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))  # introduction, reminder, evaluation_request
    subject: Mapped[str] = mapped_column(String(300))
    recipients: Mapped[str] = mapped_column(Text)  # "a@x.org, b@y.org"
    via: Mapped[str] = mapped_column(String(16))  # draft or smtp
    location: Mapped[str | None] = mapped_column(Text)  # the draft's file
    sent_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Setting(Base):
    """A setting of this database shared by every desk (the committee's SMTP server, say)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[dict[str, Any] | None] = mapped_column(JSON)


def describe_for_postgresql() -> None:
    """Give the models' partial indexes their PostgreSQL ``WHERE`` (the same as SQLite's),
    before anything compares or creates the schema on a PostgreSQL server.

    Written in the ``Index`` itself, the option made SQLAlchemy import its whole PostgreSQL
    dialect to check it as this module was imported: 30-45 ms of every start, on a SQLite
    file too. ``Database`` calls this as it opens a PostgreSQL server, and the migrations'
    environment as it runs on one; a second call changes nothing.
    """
    pairing = Base.metadata.tables["pairing"]
    index = next(i for i in pairing.indexes if i.name == "uq_pairing_active_mentee")
    if index.dialect_kwargs.get("postgresql_where") is None:
        index.dialect_kwargs["postgresql_where"] = text(ONE_ACTIVE_PAIR)
