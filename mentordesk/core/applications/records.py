"""Applications of a cohort: add, list, edit one field, withdraw; always one transaction.

The GUI and the CLI get ``ApplicationRow`` snapshots (plain data, no open session),
so a table of 20,000 applicants is one query and no lazy loading.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from operator import attrgetter
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mentordesk.core.applications.edits import (
    UNSEEN,
    DecisionSeen,
    StatusSeen,
    check_version,
    other_change,
    refuse_if_decisions_changed,
    refuse_if_field_changed,
    refuse_if_statuses_changed,
)
from mentordesk.core.applications.eligibility import Eligibility, EligibilityJudge, eligibility
from mentordesk.core.applications.fields import (
    FIELDS,
    FIELDS_BY_NAME,
    display_value,
    normalize_email,
    parse_value,
)
from mentordesk.core.applications.names import MENTORS_LEAVING, Candidate, NameIndex
from mentordesk.core.collector import collector_paused
from mentordesk.core.errors import ConflictError, NotFoundError, StaleEditError, ValidationError
from mentordesk.core.programs.cohorts import get_cohort, program_rules
from mentordesk.core.programs.rules import ProgramRules
from mentordesk.core.sentences import Sentence
from mentordesk.core.storage.models import (
    Application,
    ApplicationStatus,
    Cohort,
    EligibilityOverride,
    Person,
    Role,
    utcnow,
)

APPLICATION_COLUMNS: tuple[str, ...] = tuple(f.name for f in FIELDS if not f.on_person)
_ON_APPLICATION = frozenset(APPLICATION_COLUMNS)

#: Sources of an answer (Application.answer_sources); NOT_ASKED comes from eligibility.
FORM = "form"
FIXED = "fixed"
COMMITTEE = "committee"


@dataclass(slots=True)
class ApplicationRow:
    """One application as the committee sees it, with the eligibility decision."""

    id: int
    cohort_id: int
    person_id: int
    values: dict[str, Any]  # field name -> stored value (see fields.FIELDS)
    eligibility: Eligibility
    eligibility_override: EligibilityOverride | None = None
    eligibility_note: str | None = None
    status_reason: str | None = None  # why withdrawn or waitlisted (not a form answer)
    # field -> "form" | "fixed" | "committee" | "not_asked" (see Application.answer_sources)
    answer_sources: dict[str, str] = field(default_factory=dict)
    timezone: str = "UTC"  # the cohort's: times are stored in UTC and shown in it
    version: int = 1  # what a save sends back, so a change made meanwhile is not overwritten
    # Worked out once: sorting, searching and finding duplicates read it for every row.
    full_name: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        values = self.values
        self.full_name = f"{values.get('first_name') or ''} {values.get('last_name') or ''}".strip()

    @property
    def email(self) -> str:
        return str(self.values["email"])

    @property
    def role(self) -> Role:
        return Role(self.values["role"])

    @property
    def status(self) -> ApplicationStatus:
        return ApplicationStatus(self.values["status"])

    def display(self, name: str) -> str:
        return display_value(local_time(self.values.get(name), self.timezone))

    def source(self, name: str) -> str:
        """Where the value of ``name`` came from: form, fixed, committee or not_asked."""
        return self.answer_sources.get(name, "form")

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id}
        for spec in FIELDS:
            value: Any = self.values.get(spec.name)
            if isinstance(value, datetime):
                value = aware_time(value, self.timezone).isoformat(timespec="seconds")
            elif isinstance(value, enum.Enum):
                value = value.value
            out[spec.name] = value
        out["eligible"] = self.eligibility.eligible
        out["eligibility_reasons"] = list(self.eligibility.reasons)
        out["eligibility_override"] = (
            self.eligibility_override.value if self.eligibility_override else None
        )
        out["status_reason"] = self.status_reason
        out["answer_sources"] = dict(self.answer_sources)
        out["version"] = self.version
        return out


#: The fields of ``ApplicationRow.values``: the person's, then the application's answers.
PERSON_COLUMNS: tuple[str, ...] = ("first_name", "last_name", "email", "phone")
VALUE_NAMES: tuple[str, ...] = PERSON_COLUMNS + APPLICATION_COLUMNS


def _values_of(app: Any, person: Any) -> dict[str, Any]:
    values = {name: getattr(person, name) for name in PERSON_COLUMNS}
    for name in APPLICATION_COLUMNS:
        values[name] = getattr(app, name)
    return values


#: An application's own fields besides its answers, in the order ``_row`` takes them.
_HEAD: tuple[str, ...] = (
    "id",
    "version",
    "cohort_id",
    "person_id",
    "eligibility_override",
    "eligibility_note",
    "status_reason",
    "answer_sources",
)
_head_of = attrgetter(*_HEAD)


def _row(
    head: Sequence[Any], values: dict[str, Any], decision: Eligibility, timezone: str
) -> ApplicationRow:
    """The snapshot of an application from its ``_HEAD`` fields and its values."""
    app_id, version, cohort_id, person_id, override, note, reason, sources = head
    return ApplicationRow(
        id=app_id,
        cohort_id=cohort_id,
        person_id=person_id,
        values=values,
        eligibility=decision,
        eligibility_override=override,
        eligibility_note=note,
        status_reason=reason,
        answer_sources=dict(sources or {}),
        timezone=timezone,
        version=version,
    )


def _one_row(
    app: Application, person: Person, rules: ProgramRules, timezone: str
) -> ApplicationRow:
    return _row(_head_of(app), _values_of(app, person), eligibility(app, rules), timezone)


def _zone(name: str) -> tzinfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


def aware_time(value: datetime, timezone: str) -> datetime:
    """A stored (naive UTC) time in the cohort's time zone, with its offset."""
    return value.replace(tzinfo=UTC).astimezone(_zone(timezone))


def local_time(value: Any, timezone: str) -> Any:
    """A stored time as the cohort's clock shows it (naive); anything else unchanged."""
    if isinstance(value, datetime):
        return aware_time(value, timezone).replace(tzinfo=None)
    return value


# What ``list_applications`` reads: the row's own fields, then its values in VALUE_NAMES order.
_LIST_COLUMNS = (
    *(getattr(Application, name) for name in _HEAD),
    *(getattr(Person, name) for name in PERSON_COLUMNS),
    *(getattr(Application, name) for name in APPLICATION_COLUMNS),
)
_FIRST_VALUE = len(_HEAD)


def list_applications(
    session: Session, cohort_id: int, *, role: Role | None = None
) -> list[ApplicationRow]:
    cohort = get_cohort(session, cohort_id)
    judge = EligibilityJudge(program_rules(cohort.program))
    timezone = cohort.timezone
    # Result rows of the needed columns, not ORM objects, on the session's connection (its
    # snapshot, without the ORM's per-row bookkeeping), taken apart as tuples: a cohort of
    # 20,000 reads several times faster.
    query = (
        select(*_LIST_COLUMNS)
        .join(Person, Application.person_id == Person.id)
        .where(Application.cohort_id == cohort_id)
        .order_by(Person.last_name, Person.first_name, Application.id)
    )
    if role is not None:
        query = query.where(Application.role == role)
    first, names = _FIRST_VALUE, VALUE_NAMES
    rows = []
    with collector_paused():
        for record in session.connection().execute(query).all():
            app_id, version, cohort_id, person_id, override, note, reason, sources = record[:first]
            values = dict(zip(names, record[first:], strict=True))
            decision = judge(values, override=override, note=note, sources=sources)
            # In the order of ApplicationRow's fields (``_row`` names them): keywords cost a
            # read of 20,000 some 12 ms more. A test compares the rows of the two ways.
            rows.append(
                ApplicationRow(
                    app_id,
                    cohort_id,
                    person_id,
                    values,
                    decision,
                    override,
                    note,
                    reason,
                    dict(sources or {}),
                    timezone,
                    version,
                )
            )
    return rows


def applications_and_mentors(
    session: Session, cohort_id: int
) -> tuple[list[ApplicationRow], NameIndex]:
    """The cohort's applications and its mentors by name, from one snapshot (the Applicants
    area shows whom a typed mentor or supervisor name was taken to mean)."""
    rows = list_applications(session, cohort_id)
    with collector_paused():
        # The mentors among the rows read, as ``cohort_mentors`` picks them (no second query).
        mentors = NameIndex(
            Candidate(r.id, r.full_name or r.email, r.email)
            for r in rows
            if r.values["role"] == Role.MENTOR and r.values["status"] not in MENTORS_LEAVING
        )
    return rows, mentors


def get_application_row(session: Session, application_id: int) -> ApplicationRow:
    app = get_application(session, application_id)
    return _snapshot(app)


def _snapshot(app: Application) -> ApplicationRow:
    return _one_row(app, app.person, program_rules(app.cohort.program), app.cohort.timezone)


def get_application(session: Session, application_id: int) -> Application:
    app = session.get(Application, application_id)
    if app is None:
        raise NotFoundError(f"No application with id {application_id}")
    return app


def find_person(session: Session, email: str) -> Person | None:
    return session.scalar(select(Person).where(Person.email == normalize_email(email)))


def find_application(session: Session, cohort_id: int, email: str) -> Application | None:
    """The cohort's application from this address (either role), if any."""
    return session.scalar(
        select(Application)
        .join(Person, Application.person_id == Person.id)
        .where(Application.cohort_id == cohort_id, Person.email == normalize_email(email))
        .order_by(Application.id)
        .limit(1)
    )


def find_participant(
    session: Session, cohort_id: int, who: str, role: Role | None = None
) -> Application:
    """The cohort's application of the person named by email address or exact full name."""
    text = " ".join((who or "").split())
    query = (
        select(Application)
        .join(Person, Application.person_id == Person.id)
        .where(Application.cohort_id == cohort_id)
        .order_by(Application.id)
    )
    if role is not None:
        query = query.where(Application.role == role)
    if "@" in text:
        found = list(session.scalars(query.where(Person.email == normalize_email(text))))
    else:
        wanted = text.casefold()
        found = [a for a in session.scalars(query) if a.person.full_name.casefold() == wanted]
    what = role.value if role is not None else "applicant"
    if not found:
        cohort = get_cohort(session, cohort_id)
        raise NotFoundError(f"No {what} {who!r} in {cohort.name} (give an email or the full name)")
    if len(found) > 1:
        raise ConflictError(f"Several {what}s are called {who!r}; give the email address instead")
    return found[0]


def parse_answers(raw: dict[str, Any]) -> dict[str, Any]:
    """Form answers keyed by field name → stored values; raises on the first bad one."""
    unknown = sorted(set(raw) - set(FIELDS_BY_NAME))
    if unknown:
        raise ValidationError(f"Unknown field {unknown[0]!r}", unknown[0])
    values = {name: parse_value(name, value) for name, value in raw.items()}
    for required in ("email", "role"):
        if values.get(required) is None:
            raise ValidationError(f"{FIELDS_BY_NAME[required].label} is required", required)
    return values


def new_application(
    session: Session,
    cohort: Cohort,
    person: Person | None,
    values: dict[str, Any],
    rules: ProgramRules,
) -> Application:
    """A new application from parsed values (``person`` found beforehand, or made here)."""
    if person is None:
        person = Person(**new_person_columns(values))
        session.add(person)
    else:
        apply_person_answers(person, values)
    app = Application(cohort=cohort, person=person, **new_application_columns(values, rules))
    session.add(app)
    return app


def new_person_columns(values: dict[str, Any]) -> dict[str, Any]:
    """The columns of the person a new application brings (no name yet: empty, not NULL)."""
    return {
        "email": values["email"],
        "first_name": values.get("first_name") or "",
        "last_name": values.get("last_name") or "",
        "phone": values.get("phone"),
    }


def new_application_columns(values: dict[str, Any], rules: ProgramRules) -> dict[str, Any]:
    """The columns of a new application from parsed values: the answers given, a mentor's
    default capacity, and now as the submission time when the form gave none."""
    columns = {
        name: value
        for name, value in values.items()
        if value is not None and name in _ON_APPLICATION
    }
    if columns["role"] is Role.MENTOR and columns.get("capacity") is None:
        columns["capacity"] = rules.default_mentor_capacity
    if columns.get("submitted_at") is None:
        columns["submitted_at"] = utcnow().replace(microsecond=0)
    return columns


def apply_person_answers(person: Person, values: dict[str, Any]) -> None:
    """A later form's name and phone onto the person; blank answers keep what is there."""
    for name in ("first_name", "last_name", "phone"):
        if values.get(name) is not None:
            setattr(person, name, values[name])


def apply_answers(app: Application, person: Person, values: dict[str, Any]) -> None:
    """Write the answers given onto the application and its person; blank answers keep what is there.

    A resubmission goes through here too: the later form wins for every question it
    answers, while the committee's own fields (status, override, notes) stay untouched
    unless the values name them.
    """
    apply_person_answers(person, values)
    for name in APPLICATION_COLUMNS:
        if values.get(name) is not None:
            setattr(app, name, values[name])


def add_application(session: Session, cohort: Cohort, raw: dict[str, Any]) -> Application:
    """Add one application from form answers (parsed and validated field by field)."""
    values = parse_answers(raw)
    email = values["email"]
    if find_application(session, cohort.id, email) is not None:
        raise ConflictError(f"{email} has already applied to {cohort.name}")
    app = new_application(
        session, cohort, find_person(session, email), values, program_rules(cohort.program)
    )
    session.flush()
    return app


#: The row lock of an edit (FOR NO KEY UPDATE on PostgreSQL): see ``update_application``.
_EDITING: dict[str, bool] = {"key_share": True}


def update_application(
    session: Session,
    application_id: int,
    name: str,
    raw: Any,
    *,
    expected_version: int | None = None,
    expected_value: Any = UNSEEN,
) -> ApplicationRow:
    """Change one field of one application (what an in-place edit does).

    ``expected_value``: the field as the desk showed it (or as the step being undone left
    it); when another desk has changed that field since, StaleEditError names their change
    and nothing is saved, while their changes to other fields are kept beside this one.
    With ``expected_version`` (the version the desk read; ``edit --expect-version``), any
    change to the record meanwhile is refused the same way.
    """
    spec = FIELDS_BY_NAME.get(name)
    if spec is None or not spec.editable:
        raise ValidationError(f"{name!r} cannot be edited", name)
    # Held until the commit: a second desk saving another field of this record at the same
    # moment waits for this save and then reads it, instead of failing on the version the
    # first one raised (PostgreSQL; SQLite lets one desk write at a time anyway). "No key"
    # update: a pair, a mark or an evaluation naming the application need not wait for it.
    app = session.get(Application, application_id, with_for_update=_EDITING, populate_existing=True)
    if app is None:
        raise NotFoundError(f"No application with id {application_id}")
    check_version(session, app, expected_version)
    if expected_value is not UNSEEN:
        refuse_if_field_changed(session, app, name, expected_value)
    # A time typed in the table is the cohort's local time, stored in UTC like the rest.
    value = parse_value(name, raw, zone=_zone(app.cohort.timezone))
    # The committee's hand: a re-import of the form keeps this value (see answer_sources).
    app.answer_sources = {**(app.answer_sources or {}), name: COMMITTEE}
    if spec.on_person:
        person = app.person
        if name == "email" and value != person.email:
            other = find_person(session, value)
            if other is not None:
                raise ConflictError(
                    f"{value} already belongs to {other.full_name or 'another applicant'}"
                )
        setattr(person, name, value if value is not None else ("" if name != "phone" else None))
        if session.is_modified(person):
            app.updated_at = utcnow()  # the application's version counts its person's edits
    else:
        if (
            name == "status"
            and value is ApplicationStatus.WITHDRAWN
            and app.status is not ApplicationStatus.WITHDRAWN
            and not app.status_reason
        ):
            # The same rule as Set status ▸ Withdrawn: the year's record says why someone left.
            raise ValidationError(
                "Give the reason for the withdrawal: use Set status ▸ Withdrawn, which asks for it",
                "status",
            )
        if name == "status" and value != app.status:
            app.status_changed_at = utcnow()
        setattr(app, name, value)
    session.flush()
    return _snapshot(app)


def set_eligibility_override(
    session: Session,
    application_id: int,
    decision: EligibilityOverride | None,
    note: str | None,
    *,
    expected: DecisionSeen | None = None,
) -> ApplicationRow:
    """The committee's own decision on eligibility, with its reason (None clears it).

    ``expected``: the decision as the desk showed it (or as the step being undone left
    it); if another desk decided otherwise since, nothing changes and the refusal says so.
    """
    app = get_application(session, application_id)
    if expected is not None:
        refuse_if_decisions_changed(session, {app.id: app}, {app.id: expected})
    if decision is not None and not (note or "").strip():
        raise ValidationError("Say why the committee overrides the rules", "eligibility_note")
    app.eligibility_override = decision
    app.eligibility_note = (note or "").strip() or None
    session.flush()
    return _snapshot(app)


def decide_eligibility(
    session: Session,
    application_ids: list[int],
    decision: EligibilityOverride,
    note: str,
    *,
    expected: Mapping[int, DecisionSeen] | None = None,
) -> list[ApplicationRow]:
    """The committee's decision on several applications at once (those that need one, say);
    ``expected`` as for ``set_eligibility_override``, per application."""
    if not note.strip():
        raise ValidationError("Say why the committee decides so", "eligibility_note")
    found = {i: get_application(session, i) for i in application_ids}
    refuse_if_decisions_changed(session, found, expected or {})
    apps = list(found.values())
    for app in apps:
        app.eligibility_override = decision
        app.eligibility_note = note.strip()
    session.flush()
    return [_snapshot(app) for app in apps]


def restore_eligibility(
    session: Session,
    previous: Mapping[int, DecisionSeen],
    *,
    expected: Mapping[int, DecisionSeen] | None = None,
) -> list[ApplicationRow]:
    """Put eligibility decisions back as they were (what undoing a decision does);
    ``expected``: as the step being undone left them (another desk's since is refused)."""
    found = {i: get_application(session, i) for i in previous}
    refuse_if_decisions_changed(session, found, expected or {})
    apps = []
    for application_id, (decision, note) in previous.items():
        app = found[application_id]
        app.eligibility_override = decision
        app.eligibility_note = note
        apps.append(app)
    session.flush()
    return [_snapshot(app) for app in apps]


def withdraw_application(session: Session, application_id: int, reason: str) -> ApplicationRow:
    app = get_application(session, application_id)
    if not reason.strip():
        raise ValidationError("Give the reason for the withdrawal", "status_reason")
    app.status = ApplicationStatus.WITHDRAWN
    app.status_reason = reason.strip()
    app.status_changed_at = utcnow()
    session.flush()
    return _snapshot(app)


def count_applications(session: Session, cohort_id: int) -> int:
    return (
        session.scalar(
            select(func.count()).select_from(Application).where(Application.cohort_id == cohort_id)
        )
        or 0
    )


def set_statuses(
    session: Session,
    application_ids: list[int],
    status: ApplicationStatus,
    reason: str | None = None,
    *,
    expected: Mapping[int, StatusSeen] | None = None,
) -> list[ApplicationRow]:
    """Give several applications one status (a committee decision on a selection).

    ``expected``: the statuses as the desk showed them (or as an undo left them, for a
    redo); if another desk changed one since, nothing is changed and the refusal names them.
    """
    if status is ApplicationStatus.WITHDRAWN and not (reason or "").strip():
        raise ValidationError("Give the reason for the withdrawal", "status_reason")
    apps = {i: get_application(session, i) for i in application_ids}
    refuse_if_statuses_changed(session, apps, expected or {})
    rows = []
    now = utcnow()
    for app in apps.values():
        if app.status != status:
            app.status = status
            app.status_changed_at = now
            if reason is not None:
                app.status_reason = reason.strip() or None
        rows.append(app)
    session.flush()
    return [_snapshot(app) for app in rows]


def restore_statuses(
    session: Session,
    previous: Mapping[int, StatusSeen],
    *,
    expected: Mapping[int, StatusSeen] | None = None,
) -> list[ApplicationRow]:
    """Put statuses back as they were (what undoing a status change does).

    ``expected``: the statuses as the step being undone left them; if another desk changed
    one since, nothing is put back and the refusal names them.
    """
    apps = {i: get_application(session, i) for i in previous}
    refuse_if_statuses_changed(session, apps, expected or {})
    rows = []
    for application_id, (status, reason) in previous.items():
        app = apps[application_id]
        app.status = status
        app.status_reason = reason
        app.status_changed_at = utcnow()
        rows.append(app)
    session.flush()
    return [_snapshot(app) for app in rows]


def _content(row: ApplicationRow) -> tuple[Any, ...]:
    """What a person entered or decided in an application (not when, nor in which version)."""
    return (
        row.values,
        row.status_reason or None,
        row.eligibility_override,
        row.eligibility_note or None,
    )


def delete_applications(
    session: Session,
    application_ids: list[int],
    *,
    expected: Mapping[int, ApplicationRow] | None = None,
) -> None:
    """Remove several applications entered by mistake, all or none (see ``delete_application``;
    ``expected``: each row as the table showed it)."""
    for application_id in application_ids:
        delete_application(session, application_id, expected=(expected or {}).get(application_id))


def delete_application(
    session: Session, application_id: int, *, expected: ApplicationRow | None = None
) -> None:
    """Remove an application entered by mistake (a test entry, a duplicate).

    Only an application with no history may go: anyone who was paired, attended or
    evaluated is withdrawn instead, so the year's record stays whole. ``expected``: the
    application as the desk showed it (or as the step that added it left it); one another
    desk has changed since is not removed: StaleEditError (exit status 3) names the change.
    Compared by content, not version, so this window's own steps, undone, stand in no way.
    """
    from mentordesk.core.storage.models import Attendance, Evaluation, Exclusion, Pairing

    app = get_application(session, application_id)
    if expected is not None and _content(_snapshot(app)) != _content(expected):
        other = other_change(session, app, expected.version)
        raise StaleEditError(
            Sentence("%1; nothing was removed. Look again (F5)", (other.describe(),)),
            other,
            app.version,
        )
    history = (
        session.scalar(
            select(func.count())
            .select_from(Pairing)
            .where((Pairing.mentor_id == app.id) | (Pairing.mentee_id == app.id))
        )
        or session.scalar(
            select(func.count()).select_from(Attendance).where(Attendance.application_id == app.id)
        )
        or session.scalar(
            select(func.count())
            .select_from(Evaluation)
            .where((Evaluation.evaluator_id == app.id) | (Evaluation.subject_id == app.id))
        )
    )
    if history:
        raise ConflictError(
            f"{app.person.full_name or app.person.email} has a history in this cohort "
            "(pairings, attendance or evaluations); withdraw the application instead"
        )
    for exclusion in session.scalars(
        select(Exclusion).where((Exclusion.mentor_id == app.id) | (Exclusion.mentee_id == app.id))
    ):
        session.delete(exclusion)
    person = app.person
    session.delete(app)
    session.flush()
    if not session.scalar(
        select(func.count()).select_from(Application).where(Application.person_id == person.id)
    ):
        session.delete(person)  # nobody keeps a person with no application
    session.flush()


def add_applicant(session: Session, cohort_id: int, raw: dict[str, Any]) -> ApplicationRow:
    """An application the committee types in itself (New Applicant…), checked like a form's."""
    cohort = get_cohort(session, cohort_id)
    app = add_application(session, cohort, raw)
    return _one_row(app, app.person, program_rules(cohort.program), cohort.timezone)


def rename_applicant(
    session: Session,
    application_id: int,
    first_name: str,
    last_name: str,
    *,
    expected: tuple[str, str] | None = None,
    seen_version: int = 0,
) -> ApplicationRow:
    """Correct a person's first and last name together (the name editor's one change).

    ``expected``: the name as the desk showed it (seen at ``seen_version``), or as the step
    being undone left it; a name another desk has corrected since is not overwritten:
    StaleEditError names their change.
    """
    app = get_application(session, application_id)
    now = (app.person.first_name or "", app.person.last_name or "")
    if expected is not None and now != (expected[0] or "", expected[1] or ""):
        other = other_change(session, app, seen_version)
        raise StaleEditError(
            Sentence("%1; nothing was saved", (other.describe(),)), other, app.version
        )
    first = parse_value("first_name", first_name) or ""
    last = parse_value("last_name", last_name) or ""
    if not first and not last:
        raise ValidationError("A name needs a first or a last name", "first_name")
    app.person.first_name, app.person.last_name = first, last
    if session.is_modified(app.person):
        app.updated_at = utcnow()  # the application's version counts its person's edits
    session.flush()
    return _one_row(app, app.person, program_rules(app.cohort.program), app.cohort.timezone)
