"""What an import will do, row by row, before anything is written, and then doing it in one transaction.

``preview_import`` parses every row with the mapping and says for each one whether it
adds an application, updates a resubmitted one, or is skipped and why. ``run_import``
writes the rows the preview accepts; a Cancel or a crash rolls the whole import back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from enum import StrEnum
from functools import cache
from types import SimpleNamespace
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from mentordesk.core.applications.eligibility import (
    NOT_ASKED,
    NOT_ASKED_REASON,
    Eligibility,
    eligibility,
    rule_fields,
)
from mentordesk.core.applications.fields import (
    FIELDS_BY_NAME,
    Kind,
    dates_look_day_first,
    display_value,
    parse_value,
)
from mentordesk.core.applications.importing.mapping import (
    FULL_NAME,
    Mapping,
    check_mapping,
    field_label,
    parse_fixed,
    remember_mapping,
)
from mentordesk.core.applications.importing.reader import Sheet
from mentordesk.core.applications.records import (
    COMMITTEE,
    FIXED,
    FORM,
    apply_answers,
    apply_person_answers,
    new_application_columns,
    new_person_columns,
)
from mentordesk.core.errors import ValidationError
from mentordesk.core.programs.cohorts import get_cohort, program_rules
from mentordesk.core.progress import Progress, no_progress
from mentordesk.core.sentences import Sentence
from mentordesk.core.storage.bulk import add_rows, audit_created, complete
from mentordesk.core.storage.models import Application, Base, Person, Role

_STEP = 250  # rows between progress reports (and Cancel checks)
_BATCH = 500  # new applications written by one executemany (and one audit insert)


class RowAction(StrEnum):
    NEW = "new"
    UPDATE = "update"
    REPLACED = "replaced"  # a later submission (in the file or the cohort) wins: a notice
    SKIP = "skip"


@dataclass(frozen=True)
class RowProblem:
    """Something about one row: its number as the spreadsheet shows it, the column, the reason."""

    row: int
    column: str
    message: str

    def as_json(self) -> dict[str, Any]:
        return {"row": self.row, "column": self.column, "message": self.message}


@dataclass(frozen=True)
class FieldChange:
    """One field a re-import touches: the stored value and the form's (display text)."""

    field: str
    old: str
    new: str

    def as_json(self) -> dict[str, Any]:
        return {"field": self.field, "old": self.old, "new": self.new}

    def describe(self) -> str:
        return f"{field_label(self.field)}: {self.old or '(empty)'} → {self.new or '(empty)'}"


@dataclass
class PreviewRow:
    row: int
    action: RowAction
    values: dict[str, Any]  # field name -> value as it will be stored
    problems: list[RowProblem] = field(default_factory=list)  # why the row is refused
    note: str = ""  # what an update replaces, or which row replaced this one
    eligibility: Eligibility | None = None
    existing_id: int | None = None
    warnings: list[RowProblem] = field(default_factory=list)  # cells left empty, row kept
    sources: dict[str, str] = field(default_factory=dict)  # field -> form/fixed/not_asked
    changes: list[FieldChange] = field(default_factory=list)  # an update: old -> new
    kept: list[FieldChange] = field(default_factory=list)  # committee value -> form's, kept
    stored_sources: dict[str, str] = field(default_factory=dict)  # an update's, before it

    @property
    def email(self) -> str:
        return str(self.values.get("email") or "")

    @property
    def name(self) -> str:
        return f"{self.values.get('first_name') or ''} {self.values.get('last_name') or ''}".strip()

    def display(self, name: str) -> str:
        return display_value(self.values.get(name))


@dataclass
class ImportPreview:
    sheet_name: str
    cohort_id: int
    fields: tuple[str, ...]  # the stored fields the mapping fills, in column order
    rows: list[PreviewRow]
    fixed: dict[str, Any] = field(default_factory=dict)  # field -> value for every row
    not_asked: dict[str, str] = field(default_factory=dict)  # rule field -> what the rule asks
    notices: list[RowProblem] = field(default_factory=list)  # resubmissions
    file_notes: tuple[str, ...] = ()  # what reading the file repaired or ignored
    keep_corrections: bool = True

    def count(self, action: RowAction) -> int:
        return sum(1 for r in self.rows if r.action is action)

    @property
    def problems(self) -> list[RowProblem]:
        return [p for r in self.rows for p in r.problems]

    @property
    def warnings(self) -> list[RowProblem]:
        return [w for r in self.rows if r.action is not RowAction.SKIP for w in r.warnings]

    def not_asked_messages(self) -> list[str]:
        """Before importing: each rule whose question the file does not ask, in words."""
        return [
            f"The rules need {field_label(name)} ({rule}), but no column gives it: "
            f"applications will need a decision, or give a fixed answer for every row"
            for name, rule in self.not_asked.items()
        ]

    def summary(self) -> str:
        replaced = self.count(RowAction.REPLACED)
        return (
            f"{self.count(RowAction.NEW)} new, {self.count(RowAction.UPDATE)} updates, "
            + (f"{replaced} replaced by a later submission, " if replaced else "")
            + f"{self.count(RowAction.SKIP)} skipped"
        )


@dataclass(frozen=True)
class ImportResult:
    imported: int
    updated: int
    skipped: int
    errors: tuple[RowProblem, ...]
    dry_run: bool = False
    notices: tuple[RowProblem, ...] = ()
    warnings: tuple[RowProblem, ...] = ()
    file_notes: tuple[str, ...] = ()
    not_asked: dict[str, str] = field(default_factory=dict)
    fixed: dict[str, Any] = field(default_factory=dict)
    replaced: int = 0
    rows: tuple[PreviewRow, ...] = ()  # updates with changes or kept corrections

    def as_json(self) -> dict[str, Any]:
        return {
            "imported": self.imported,
            "updated": self.updated,
            "skipped": self.skipped,
            "replaced": self.replaced,
            "errors": [p.as_json() for p in self.errors],
            "notices": [p.as_json() for p in self.notices],
            "warnings": [p.as_json() for p in self.warnings],
            "file_notes": list(self.file_notes),
            "not_asked": [
                {"field": name, "rule": rule, "message": f"{field_label(name)} {NOT_ASKED_REASON}"}
                for name, rule in self.not_asked.items()
            ],
            "fixed": {name: _json_value(v) for name, v in self.fixed.items()},
            "rows": [
                {
                    "row": r.row,
                    "email": r.email,
                    "action": r.action.value,
                    "changes": [c.as_json() for c in r.changes],
                    "kept_corrections": [c.as_json() for c in r.kept],
                }
                for r in self.rows
            ],
        }

    def summary(self) -> str:
        """ "imported 40, updated 2, skipped 1 (1 problem)": a Sentence, which the window
        says in its language."""
        one = len(self.errors) == 1
        if self.dry_run:
            words = (
                "would import %1, updated %2, skipped %3 (1 problem)"
                if one
                else "would import %1, updated %2, skipped %3 (%4 problems)"
            )
        else:
            words = (
                "imported %1, updated %2, skipped %3 (1 problem)"
                if one
                else "imported %1, updated %2, skipped %3 (%4 problems)"
            )
        return Sentence(words, (self.imported, self.updated, self.skipped, len(self.errors)))


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, StrEnum):
        return value.value
    return value


_PARTICLES = {"van", "von", "de", "da", "del", "della", "di", "du", "la", "le", "st", "st.", "bin"}


_TITLES = {"dr", "mr", "mrs", "ms", "mx", "prof", "professor", "rev", "sr", "sra"}


def split_full_name(text: str) -> tuple[str, str]:
    """'Ana López', 'López, Ana', 'Ludwig van Beethoven' → (first, last)."""
    text = " ".join(text.split())
    if "," in text:
        last, _, first = text.partition(",")
        return first.strip(), last.strip()
    words = text.split(" ")
    while len(words) > 1 and words[0].casefold().rstrip(".") in _TITLES:
        words = words[1:]  # "Dr. Helen Wu" is Helen
    if len(words) == 1:
        return words[0], ""
    cut = len(words) - 1
    while cut > 1 and words[cut - 1].casefold() in _PARTICLES:
        cut -= 1
    return " ".join(words[:cut]), " ".join(words[cut:])


def _columns(sheet: Sheet, mapping: Mapping) -> list[tuple[int, str, str]]:
    """(column index, header, field) for every mapped column the sheet has."""
    index = {h: i for i, h in enumerate(sheet.headers)}
    return [(index[h], h, f) for h, f in mapping.items() if f and h in index]


def _check_columns(
    sheet: Sheet, mapping: Mapping, default_role: Role | None, fixed: dict[str, Any]
) -> None:
    present = {h: f for h, f in mapping.items() if h in sheet.headers}
    check_mapping(present)
    both = sorted(set(fixed) & {f for f in present.values() if f})
    if both:
        raise ValidationError(
            f"{field_label(both[0])} comes from a column and from a fixed answer; keep one",
            both[0],
        )
    if "role" not in present.values() and "role" not in fixed and default_role is None:
        raise ValidationError(
            "No column is mapped to Role; map one, or say whether every row is a mentor or a mentee"
        )


def _blank(raw: Any) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip())


class _Answers:
    """Reads a file's cells into stored values, each different answer of a column once.

    A form's choices repeat down a column ("Mentee", "Yes", "Video call", "3 years"):
    10,000 rows hold a few dozen different ones, and their reading is the same every time.
    Times are read every time (each is different, and a time's reading depends on the zone).
    """

    def __init__(self, day_first: dict[str, bool], zone: tzinfo) -> None:
        self.day_first = day_first
        self.zone = zone
        self.known: dict[tuple[str, str], tuple[Any, str | None]] = {}
        self.times = {f.name for f in FIELDS_BY_NAME.values() if f.kind is Kind.DATETIME}

    def read(self, name: str, header: str, raw: Any) -> Any:
        if name in self.times or not isinstance(raw, str):
            return parse_value(
                name,
                raw,
                day_first=self.day_first.get(name, False),
                zone=UTC if _says_utc(header) else self.zone,
            )
        key = (name, raw)
        known = self.known.get(key)
        if known is None:
            try:
                known = (parse_value(name, raw), None)
            except ValidationError as exc:
                known = (None, exc.message)
            self.known[key] = known
        value, refusal = known
        if refusal is not None:
            raise ValidationError(refusal, name)
        return value


def _parse_row(
    number: int,
    cells: tuple[Any, ...],
    columns: list[tuple[int, str, str]],
    answers: _Answers,
    default_role: Role | None,
) -> tuple[dict[str, Any], list[RowProblem], list[RowProblem]]:
    """The row's values, the problems that refuse it (email, role), the cells left empty."""
    values: dict[str, Any] = {}
    problems: list[RowProblem] = []
    warnings: list[RowProblem] = []
    role_header = email_header = ""
    for col, header, name in columns:
        raw = cells[col]
        if name == FULL_NAME:
            if not _blank(raw):
                first, last = split_full_name(str(raw))
                try:
                    values["first_name"] = parse_value("first_name", first)
                    values["last_name"] = parse_value("last_name", last)
                except ValidationError as exc:
                    warnings.append(RowProblem(number, header, _left_empty(exc)))
            continue
        if name == "role":
            role_header = header
            if _blank(raw) and default_role is not None:
                values["role"] = default_role
                continue
        if name == "email":
            email_header = header
        try:
            values[name] = answers.read(name, header, raw)
        except ValidationError as exc:
            if name in ("email", "role"):
                message = (
                    Sentence("Missing email") if name == "email" and _blank(raw) else exc.message
                )
                problems.append(RowProblem(number, header, message))
            else:
                # One unreadable answer does not cost the applicant their application.
                warnings.append(RowProblem(number, header, _left_empty(exc)))
    if "role" not in values and default_role is not None:
        values["role"] = default_role
    if "email" not in values and not email_header:
        problems.append(RowProblem(number, "", Sentence("Missing email")))
    if values.get("role") is None and not any(p.column == role_header for p in problems):
        problems.append(
            RowProblem(number, role_header, Sentence("Missing role (mentor or mentee)"))
        )
    return values, problems, warnings


@cache
def _says_utc(header: str) -> bool:
    # Typeform's "Submit Date (UTC)" says its zone in the header.
    return "utc" in re.findall(r"[a-z]+", header.casefold())


def _zone_of(name: str) -> tzinfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


def preview_import(
    session: Session,
    cohort_id: int,
    sheet: Sheet,
    mapping: Mapping,
    *,
    default_role: Role | None = None,
    fixed: dict[str, Any] | None = None,
    keep_corrections: bool = True,
    progress: Progress | None = None,
) -> ImportPreview:
    """Every row as it will be stored, with its action and problems; writes nothing.

    ``fixed`` gives fields one answer for every row ({field: text}); ``keep_corrections``
    keeps the committee's corrections when a resubmission or re-import updates a row.
    """
    progress = progress or no_progress()
    cohort = get_cohort(session, cohort_id)
    rules = program_rules(cohort.program)
    zone = _zone_of(cohort.timezone)
    fixed_values = parse_fixed(fixed or {})
    if isinstance(fixed_values.get("role"), Role) and default_role is None:
        default_role = fixed_values.pop("role")  # "every row is a mentor" is the default role
    _check_columns(sheet, mapping, default_role, fixed_values)
    columns = _columns(sheet, mapping)
    day_first = {
        name: dates_look_day_first(str(v) for v in sheet.column(col) if isinstance(v, str))
        for col, _h, name in columns
        if name in FIELDS_BY_NAME and FIELDS_BY_NAME[name].kind is Kind.DATETIME
    }
    email_header = next(h for _c, h, f in columns if f == "email")
    provided = {f for _c, _h, f in columns} | set(fixed_values)
    not_asked = {name: rule for name, rule in rule_fields(rules).items() if name not in provided}
    column_sources = {
        stored: FORM
        for _c, _h, name in columns
        for stored in (("first_name", "last_name") if name == FULL_NAME else (name,))
    }

    # One query for the cohort's applications: resubmissions are found without a query per row.
    existing: dict[str, list[tuple[int, Role, datetime | None]]] = {}
    for email, app_id, role, submitted in session.execute(
        select(Person.email, Application.id, Application.role, Application.submitted_at)
        .join(Person, Application.person_id == Person.id)
        .where(Application.cohort_id == cohort_id)
        .order_by(Application.id)
    ):
        existing.setdefault(email, []).append((app_id, role, submitted))

    rows: list[PreviewRow] = []
    notices: list[RowProblem] = []
    winner: dict[str, PreviewRow] = {}  # email -> the row that currently wins
    answers = _Answers(day_first, zone)
    total = len(sheet.rows)
    for i, (number, cells) in enumerate(zip(sheet.numbers, sheet.rows, strict=True)):
        if i % _STEP == 0:
            progress.step(i, total, f"Checking row {number} of {total}")
        values, problems, warnings = _parse_row(number, cells, columns, answers, default_role)
        sources = {name: src for name, src in column_sources.items() if name in values}
        for name, value in fixed_values.items():
            values[name] = value
            sources[name] = FIXED
        for name in not_asked:
            sources[name] = NOT_ASKED
        row = PreviewRow(number, RowAction.NEW, values, problems, warnings=warnings)
        row.sources = sources
        rows.append(row)
        if problems:
            row.action = RowAction.SKIP
            continue
        email = row.email
        submitted = values.get("submitted_at")
        earlier = winner.get(email)
        if earlier is not None:
            earlier_time = earlier.values.get("submitted_at")
            if submitted and earlier_time and submitted < earlier_time:
                row.action = RowAction.REPLACED
                row.note = Sentence("replaced by row %1, a later submission", (str(earlier.row),))
                notices.append(
                    RowProblem(
                        number,
                        email_header,
                        Sentence(
                            "Row %1 is a later submission from %2; the later one wins",
                            (str(earlier.row), email),
                        ),
                    )
                )
                continue
            row.action, row.existing_id = earlier.action, earlier.existing_id
            row.note = earlier.note
            earlier.action = RowAction.REPLACED
            notices.append(
                RowProblem(
                    earlier.row,
                    email_header,
                    Sentence(
                        "Row %1 is a later submission from %2; the later one wins",
                        (str(number), email),
                    ),
                )
            )
            earlier.note = Sentence("replaced by row %1, a later submission", (str(number),))
            winner[email] = row
            continue
        matches = existing.get(email)
        if matches:
            app_id, _role, stored_time = next(
                (m for m in matches if m[1] is values["role"]), matches[0]
            )
            if submitted and stored_time and submitted < stored_time:
                # Nothing is wrong with the row: an older answer yields, as in one file.
                row.action = RowAction.REPLACED
                row.note = Sentence("replaced by a later submission already in the cohort")
                notices.append(
                    RowProblem(
                        number,
                        email_header,
                        Sentence(
                            "The cohort already has a later submission from %1 (%2); "
                            "the later one wins",
                            (email, _shown_time(stored_time, zone)),
                        ),
                    )
                )
                continue
            row.action, row.existing_id = RowAction.UPDATE, app_id
            row.note = Sentence("updates the application already in the cohort")
        winner[email] = row
    updates = [r for r in rows if r.action is RowAction.UPDATE and r.existing_id is not None]
    _compare_with_stored(session, updates, keep_corrections, zone)
    for row in rows:
        if row.action in (RowAction.NEW, RowAction.UPDATE):
            row.eligibility = eligibility(_as_application(row), rules)
    fields_in_order: list[str] = []
    for _c, _h, name in columns:
        for stored in ("first_name", "last_name") if name == FULL_NAME else (name,):
            if stored not in fields_in_order:
                fields_in_order.append(stored)
    for name in fixed_values:
        if name not in fields_in_order:
            fields_in_order.append(name)
    if "role" not in fields_in_order and default_role is not None:
        fields_in_order.append("role")
    return ImportPreview(
        sheet.name,
        cohort_id,
        tuple(fields_in_order),
        rows,
        fixed=fixed_values,
        not_asked=not_asked,
        notices=notices,
        file_notes=sheet.notes,
        keep_corrections=keep_corrections,
    )


def _stored_value(app: Application, name: str) -> Any:
    if FIELDS_BY_NAME[name].on_person:
        return getattr(app.person, name)
    return getattr(app, name)


def _shown_time(value: datetime, zone: tzinfo, *, seconds: bool = False) -> str:
    """A stored (naive UTC) time as the cohort's clock shows it."""
    local = value.replace(tzinfo=UTC).astimezone(zone)
    return local.strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


def _change(name: str, old: Any, new: Any, zone: tzinfo) -> FieldChange:
    """What a re-import changes, times in the cohort's zone (to the second when the minute
    is the same, so a change never reads "09:05 → 09:05")."""
    if isinstance(old, datetime) and isinstance(new, datetime):
        seconds = _shown_time(old, zone) == _shown_time(new, zone)
        return FieldChange(
            name,
            _shown_time(old, zone, seconds=seconds),
            _shown_time(new, zone, seconds=seconds),
        )
    if isinstance(new, datetime):
        return FieldChange(name, display_value(old), _shown_time(new, zone))
    if isinstance(old, datetime):
        return FieldChange(name, _shown_time(old, zone), display_value(new))
    return FieldChange(name, display_value(old), display_value(new))


def _compare_with_stored(
    session: Session, updates: list[PreviewRow], keep: bool, zone: tzinfo
) -> None:
    """For each update: what changes (old -> new) and which committee corrections stay."""
    ids = [r.existing_id for r in updates if r.existing_id is not None]
    apps: dict[int, Application] = {}
    for start in range(0, len(ids), 500):  # SQLite caps the parameters of one IN (…)
        for app in session.scalars(
            select(Application)
            .options(selectinload(Application.person))  # names are compared too: no query each
            .where(Application.id.in_(ids[start : start + 500]))
        ):
            apps[app.id] = app
    for row in updates:
        app = apps[row.existing_id or 0]
        stored_sources = dict(app.answer_sources or {})
        for name in list(row.values):
            if name not in FIELDS_BY_NAME or row.values[name] is None:
                continue
            old, new = _stored_value(app, name), row.values[name]
            if old == new:
                continue
            change = _change(name, old, new, zone)
            if stored_sources.get(name) == COMMITTEE:
                row.kept.append(change)
                if keep:
                    del row.values[name]  # the committee's correction stays
                    row.sources.pop(name, None)
                else:
                    row.changes.append(change)
            else:
                row.changes.append(change)
        # A field the committee filled in is not "not asked" any more.
        for name, source in list(row.sources.items()):
            if source == NOT_ASKED and (
                stored_sources.get(name) in (COMMITTEE, FIXED)
                or _stored_value(app, name) is not None
            ):
                del row.sources[name]
        row.stored_sources = stored_sources


def _as_application(row: PreviewRow) -> Any:
    stored = row.stored_sources
    known = {name: row.values.get(name) for name in FIELDS_BY_NAME}
    return SimpleNamespace(
        **known,
        answer_sources={**stored, **row.sources},
        eligibility_override=None,
        eligibility_note=None,
    )


def run_import(
    session: Session,
    cohort_id: int,
    sheet: Sheet,
    mapping: Mapping,
    *,
    default_role: Role | None = None,
    fixed: dict[str, Any] | None = None,
    keep_corrections: bool = True,
    progress: Progress | None = None,
    dry_run: bool = False,
) -> ImportResult:
    """Preview, then write every accepted row in the caller's transaction (nothing on dry run).

    The mapping (and the fixed answers) are remembered with the program, so next year's
    export maps itself.
    """
    progress = progress or no_progress()
    preview = preview_import(
        session,
        cohort_id,
        sheet,
        mapping,
        default_role=default_role,
        fixed=fixed,
        keep_corrections=keep_corrections,
        progress=progress,
    )
    result = result_of(preview, dry_run=dry_run)
    if dry_run:
        return result
    apply_preview(session, preview, progress)
    remember_mapping(session, get_cohort(session, cohort_id).program_id, mapping, dict(fixed or {}))
    session.flush()
    return result


def result_of(preview: ImportPreview, *, dry_run: bool = False) -> ImportResult:
    """What the import did (or, on a dry run, would do), from its preview."""
    return ImportResult(
        imported=preview.count(RowAction.NEW),
        updated=preview.count(RowAction.UPDATE),
        skipped=preview.count(RowAction.SKIP),
        errors=tuple(preview.problems),
        dry_run=dry_run,
        notices=tuple(preview.notices),
        warnings=tuple(preview.warnings),
        file_notes=preview.file_notes,
        not_asked=dict(preview.not_asked),
        fixed=dict(preview.fixed),
        replaced=preview.count(RowAction.REPLACED),
        rows=tuple(
            r for r in preview.rows if r.action is RowAction.UPDATE and (r.changes or r.kept)
        ),
    )


def apply_preview(session: Session, preview: ImportPreview, progress: Progress) -> None:
    """Write the preview's new and updated rows (the caller's transaction commits them).

    New applications (and the people they bring) go in batches of SQLAlchemy Core inserts,
    each batch with one insert of its audit entries, the very entries the session hook
    records for objects (``storage/bulk.py``); updates of applications already in the
    cohort go through the unit of work, one object each, as an edit does.
    """
    cohort = get_cohort(session, preview.cohort_id)
    rules = program_rules(cohort.program)
    writes = (RowAction.NEW, RowAction.UPDATE)  # once: an Enum member costs a look-up
    todo = [r for r in preview.rows if r.action in writes]
    emails = [r.email for r in todo]
    people: dict[str, Person] = {}
    for start in range(0, len(emails), 500):  # SQLite caps the parameters of one IN (…)
        chunk = emails[start : start + 500]
        for person in session.scalars(select(Person).where(Person.email.in_(chunk))):
            people[person.email] = person
    updated_ids = [r.existing_id for r in todo if r.existing_id is not None]
    apps: dict[int, Application] = {}
    for start in range(0, len(updated_ids), 500):
        chunk_ids = updated_ids[start : start + 500]
        for app in session.scalars(
            select(Application)
            .options(selectinload(Application.person))
            .where(Application.id.in_(chunk_ids))
        ):
            apps[app.id] = app
    written: dict[str, dict[str, Any]] = {}  # email -> the person row this import wrote
    total = len(todo)
    for start in range(0, total, _BATCH):
        batch = todo[start : start + _BATCH]
        progress.step(start, total, f"Importing row {batch[0].row} ({start} of {total})")
        new_people: list[dict[str, Any]] = []
        new_apps: list[tuple[dict[str, Any], dict[str, Any], dict[str, Any] | None]] = []
        for row in batch:
            values = row.values
            if row.existing_id is not None:
                app = apps[row.existing_id]
                merged = {**(app.answer_sources or {}), **row.sources}
                if not row.changes and merged == (app.answer_sources or {}):
                    # The preview compared every answer: nothing to write (re-importing
                    # last week's file touches none of its 10,000 applications).
                    continue
                apply_answers(app, app.person, values)
                app.answer_sources = merged
                continue
            columns = new_application_columns(values, rules)
            columns.update(cohort_id=cohort.id, answer_sources=dict(row.sources))
            known = people.get(row.email)
            newcomer = written.get(row.email)
            if known is None and newcomer is not None and "id" in newcomer:
                # Someone new whose other application an earlier batch wrote (the preview
                # keeps one row per address, so only another caller gets here).
                known = people[row.email] = session.get_one(Person, newcomer["id"])
            if known is not None:
                apply_person_answers(known, values)  # an update of someone already known
                columns["person_id"] = known.id
                newcomer = None
            elif newcomer is not None:  # their other application is in this batch
                for name in ("first_name", "last_name", "phone"):
                    if values.get(name) is not None:
                        newcomer[name] = values[name]
            else:
                newcomer = written[row.email] = new_person_columns(values)
                new_people.append(newcomer)
            new_apps.append((values, columns, newcomer))
        _write_new(session, new_people, new_apps)
    progress.step(total, total, "Saving")
    session.flush()
    progress.check()


def _write_new(
    session: Session,
    people: list[dict[str, Any]],
    apps: list[tuple[dict[str, Any], dict[str, Any], dict[str, Any] | None]],
) -> None:
    """One batch of new applications and the people new to the database, with their audit
    entries in the order the session hook gives objects (each person before their
    application)."""
    people_rows = complete(Person, people)
    add_rows(session, Person, people_rows)
    written: dict[int, dict[str, Any]] = {}  # id(person as given) -> its row as written
    for given, row in zip(people, people_rows, strict=True):
        given["id"] = row["id"]  # a later batch may give them another application
        written[id(given)] = row
    rows = complete(Application, (columns for _v, columns, _p in apps))
    for row, (_values, _columns, newcomer) in zip(rows, apps, strict=True):
        if newcomer is not None:
            row["person_id"] = newcomer["id"]
    add_rows(session, Application, rows)
    entries: list[tuple[type[Base], dict[str, Any]]] = []
    for row, (_values, _columns, newcomer) in zip(rows, apps, strict=True):
        if newcomer is not None and id(newcomer) in written:
            entries.append((Person, written.pop(id(newcomer))))
        entries.append((Application, row))
    audit_created(session, entries)


def describe_problem(problem: RowProblem) -> str:
    """ "row 4, column 'Email': Missing email": a Sentence, which the window says in its
    language (the column's header and a reader's own message as written)."""
    if problem.column:
        return Sentence(
            "row %1, column %2: %3", (str(problem.row), repr(problem.column), problem.message)
        )
    return Sentence("row %1: %2", (str(problem.row), problem.message))


def _left_empty(refused: ValidationError) -> str:
    return Sentence("%1; left empty", (refused.message,))
