"""What an import will do, row by row, before anything is written, and then doing it in one transaction.

``preview_import`` parses every row with the mapping and says for each one whether it
adds an application, updates a resubmitted one, or is skipped and why. ``run_import``
writes the rows the preview accepts; a Cancel or a crash rolls the whole import back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from types import SimpleNamespace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentordesk.core.applications.eligibility import Eligibility, eligibility
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
    remember_mapping,
)
from mentordesk.core.applications.importing.reader import Sheet
from mentordesk.core.applications.records import apply_answers, new_application
from mentordesk.core.errors import ValidationError
from mentordesk.core.programs.cohorts import get_cohort, program_rules
from mentordesk.core.progress import Progress, no_progress
from mentordesk.core.storage.models import Application, Person, Role

_STEP = 250  # rows between progress reports (and Cancel checks)


class RowAction(StrEnum):
    NEW = "new"
    UPDATE = "update"
    SKIP = "skip"


@dataclass(frozen=True)
class RowProblem:
    """Why a row is skipped: its number (1 = first after the header), the column, the reason."""

    row: int
    column: str
    message: str

    def as_json(self) -> dict[str, Any]:
        return {"row": self.row, "column": self.column, "message": self.message}


@dataclass
class PreviewRow:
    row: int
    action: RowAction
    values: dict[str, Any]  # field name -> value as it will be stored
    problems: list[RowProblem] = field(default_factory=list)
    note: str = ""  # what an update replaces, or which row replaced this one
    eligibility: Eligibility | None = None
    existing_id: int | None = None

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

    def count(self, action: RowAction) -> int:
        return sum(1 for r in self.rows if r.action is action)

    @property
    def problems(self) -> list[RowProblem]:
        return [p for r in self.rows for p in r.problems]

    def summary(self) -> str:
        return (
            f"{self.count(RowAction.NEW)} new, {self.count(RowAction.UPDATE)} updates, "
            f"{self.count(RowAction.SKIP)} skipped"
        )


@dataclass(frozen=True)
class ImportResult:
    imported: int
    updated: int
    skipped: int
    errors: tuple[RowProblem, ...]
    dry_run: bool = False

    def as_json(self) -> dict[str, Any]:
        return {
            "imported": self.imported,
            "updated": self.updated,
            "skipped": self.skipped,
            "errors": [p.as_json() for p in self.errors],
        }

    def summary(self) -> str:
        verb = "would import" if self.dry_run else "imported"
        return (
            f"{verb} {self.imported}, updated {self.updated}, skipped {self.skipped} "
            f"({len(self.errors)} problem{'s' if len(self.errors) != 1 else ''})"
        )


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


def _check_columns(sheet: Sheet, mapping: Mapping, default_role: Role | None) -> None:
    present = {h: f for h, f in mapping.items() if h in sheet.headers}
    check_mapping(present)
    if "role" not in present.values() and default_role is None:
        raise ValidationError(
            "No column is mapped to Role; map one, or say whether every row is a mentor or a mentee"
        )


def _parse_row(
    number: int,
    cells: tuple[Any, ...],
    columns: list[tuple[int, str, str]],
    day_first: dict[str, bool],
    default_role: Role | None,
) -> tuple[dict[str, Any], list[RowProblem]]:
    values: dict[str, Any] = {}
    problems: list[RowProblem] = []
    role_header = email_header = ""
    for col, header, name in columns:
        raw = cells[col]
        if name == FULL_NAME:
            if raw is not None and str(raw).strip():
                first, last = split_full_name(str(raw))
                try:
                    values["first_name"] = parse_value("first_name", first)
                    values["last_name"] = parse_value("last_name", last)
                except ValidationError as exc:
                    problems.append(RowProblem(number, header, exc.message))
            continue
        if name == "role":
            role_header = header
            if (raw is None or not str(raw).strip()) and default_role is not None:
                values["role"] = default_role
                continue
        if name == "email":
            email_header = header
        try:
            values[name] = parse_value(name, raw, day_first=day_first.get(name, False))
        except ValidationError as exc:
            message = exc.message
            if name == "email" and (raw is None or not str(raw).strip()):
                message = "Missing email"
            problems.append(RowProblem(number, header, message))
    if "role" not in values and default_role is not None:
        values["role"] = default_role
    if "email" not in values and not email_header:
        problems.append(RowProblem(number, "", "Missing email"))
    if values.get("role") is None and not any(p.column == role_header for p in problems):
        problems.append(RowProblem(number, role_header, "Missing role (mentor or mentee)"))
    return values, problems


def preview_import(
    session: Session,
    cohort_id: int,
    sheet: Sheet,
    mapping: Mapping,
    *,
    default_role: Role | None = None,
    progress: Progress | None = None,
) -> ImportPreview:
    """Every row as it will be stored, with its action and problems; writes nothing."""
    progress = progress or no_progress()
    cohort = get_cohort(session, cohort_id)
    rules = program_rules(cohort.program)
    _check_columns(sheet, mapping, default_role)
    columns = _columns(sheet, mapping)
    day_first = {
        name: dates_look_day_first(str(v) for v in sheet.column(col) if isinstance(v, str))
        for col, _h, name in columns
        if name in FIELDS_BY_NAME and FIELDS_BY_NAME[name].kind is Kind.DATETIME
    }
    email_header = next(h for _c, h, f in columns if f == "email")

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
    winner: dict[str, PreviewRow] = {}  # email -> the row that currently wins
    total = len(sheet.rows)
    for i, (number, cells) in enumerate(zip(sheet.numbers, sheet.rows, strict=True)):
        if i % _STEP == 0:
            progress.step(i, total, f"Checking row {number} of {total}")
        values, problems = _parse_row(number, cells, columns, day_first, default_role)
        row = PreviewRow(number, RowAction.NEW, values, problems)
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
                row.action = RowAction.SKIP
                row.problems.append(
                    RowProblem(
                        number,
                        email_header,
                        f"Row {earlier.row} is a later submission from {email}; the later one wins",
                    )
                )
                continue
            row.action, row.existing_id = earlier.action, earlier.existing_id
            row.note = earlier.note
            earlier.action = RowAction.SKIP
            earlier.problems.append(
                RowProblem(
                    earlier.row,
                    email_header,
                    f"Row {number} is a later submission from {email}; the later one wins",
                )
            )
            earlier.note = f"replaced by row {number}"
            winner[email] = row
            continue
        matches = existing.get(email)
        if matches:
            app_id, _role, stored_time = next(
                (m for m in matches if m[1] is values["role"]), matches[0]
            )
            if submitted and stored_time and submitted < stored_time:
                row.action = RowAction.SKIP
                row.problems.append(
                    RowProblem(
                        number,
                        email_header,
                        f"The cohort already has a later submission from {email} "
                        f"({stored_time:%Y-%m-%d %H:%M}); the later one wins",
                    )
                )
                continue
            row.action, row.existing_id = RowAction.UPDATE, app_id
            row.note = "updates the application already in the cohort"
        winner[email] = row
    for row in rows:
        if row.action is not RowAction.SKIP:
            row.eligibility = eligibility(_as_application(row.values), rules)
    fields_in_order: list[str] = []
    for _c, _h, name in columns:
        for stored in ("first_name", "last_name") if name == FULL_NAME else (name,):
            if stored not in fields_in_order:
                fields_in_order.append(stored)
    if "role" not in fields_in_order and default_role is not None:
        fields_in_order.append("role")
    return ImportPreview(sheet.name, cohort_id, tuple(fields_in_order), rows)


def _as_application(values: dict[str, Any]) -> Any:
    known = {name: values.get(name) for name in FIELDS_BY_NAME}
    return SimpleNamespace(**known, eligibility_override=None, eligibility_note=None)


def run_import(
    session: Session,
    cohort_id: int,
    sheet: Sheet,
    mapping: Mapping,
    *,
    default_role: Role | None = None,
    progress: Progress | None = None,
    dry_run: bool = False,
) -> ImportResult:
    """Preview, then write every accepted row in the caller's transaction (nothing on dry run).

    The mapping is remembered with the program, so next year's export maps itself.
    """
    progress = progress or no_progress()
    preview = preview_import(
        session, cohort_id, sheet, mapping, default_role=default_role, progress=progress
    )
    result = ImportResult(
        imported=preview.count(RowAction.NEW),
        updated=preview.count(RowAction.UPDATE),
        skipped=preview.count(RowAction.SKIP),
        errors=tuple(preview.problems),
        dry_run=dry_run,
    )
    if dry_run:
        return result
    apply_preview(session, preview, progress)
    remember_mapping(session, get_cohort(session, cohort_id).program_id, mapping)
    session.flush()
    return result


def apply_preview(session: Session, preview: ImportPreview, progress: Progress) -> None:
    """Write the preview's new and updated rows (the caller's transaction commits them)."""
    cohort = get_cohort(session, preview.cohort_id)
    rules = program_rules(cohort.program)
    todo = [r for r in preview.rows if r.action is not RowAction.SKIP]
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
        for app in session.scalars(select(Application).where(Application.id.in_(chunk_ids))):
            apps[app.id] = app
    total = len(todo)
    for i, row in enumerate(todo):
        if i % _STEP == 0:
            progress.step(i, total, f"Importing row {row.row} ({i} of {total})")
        if row.existing_id is not None:
            app = apps[row.existing_id]
            apply_answers(app, app.person, row.values)
        else:
            app = new_application(session, cohort, people.get(row.email), row.values, rules)
            people[row.email] = app.person
    progress.step(total, total, "Saving")
    session.flush()
    progress.check()


def describe_problem(problem: RowProblem) -> str:
    where = f"row {problem.row}" + (f", column {problem.column!r}" if problem.column else "")
    return f"{where}: {problem.message}"
