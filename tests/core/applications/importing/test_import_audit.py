"""A big import is written in batches, and its audit trail is exactly what adding the same
applications one by one through the session records: who, what, each value, in order."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from mentordesk.core.applications.importing import (
    RowAction,
    preview_import,
    propose_mapping,
    read_bytes,
    remember_mapping,
    run_import,
)
from mentordesk.core.applications.importing.reader import Sheet
from mentordesk.core.applications.records import (
    add_application,
    apply_answers,
    new_application,
    update_application,
)
from mentordesk.core.documents.closeout import close_cohort
from mentordesk.core.errors import CohortClosedError
from mentordesk.core.programs.cohorts import (
    create_cohort,
    create_program,
    get_cohort,
    program_rules,
)
from mentordesk.core.storage.database import Database
from mentordesk.core.storage.models import Application, Person
from tests.trail import last_entry, trail

ROWS = 1_100  # more than two batches of new applications


def _export() -> Sheet:
    lines = ["Timestamp,Email,Name,Role,Years,Capacity,Goals"]
    lines.append("2026-03-02 09:00,again@x.org,Sam Again,Mentee,2,,Newer goals")
    lines.append("2026-03-02 09:05,known@x.org,Kim Known-Better,Mentor,12,,")
    for i in range(ROWS):
        role = "Mentor" if i % 4 == 0 else "Mentee"
        capacity = "2" if i % 8 == 0 else ""
        goals = f'"Learn, {i}\nand grow"' if i % 3 else ""
        lines.append(
            f"2026-03-{1 + i % 28:02d} 10:{i % 60:02d},p{i}@x.org,Ana{i} López{i},{role},"
            f"{i % 20},{capacity},{goals}"
        )
    lines.append("2026-03-02 11:00,bad-address,Nobody,Mentee,1,,")
    return read_bytes("\n".join(lines).encode())


def _year_so_far(db: Database) -> int:
    """The same program year in every database: an earlier cohort with Kim, this year's with
    Sam (whose department the committee corrected). The new cohort's id."""
    with db.transaction(actor="setup") as s:
        program = create_program(s, "Case managers", "association")
        old = create_cohort(s, program, "2025", date(2025, 9, 1), date(2026, 6, 30))
        new = create_cohort(s, program, "2026", date(2026, 9, 1), date(2027, 6, 30))
        add_application(
            s,
            old,
            {
                "email": "known@x.org",
                "first_name": "Kim",
                "role": "mentor",
                "capacity": 1,
                "submitted_at": "2025-03-01 10:00",
            },
        )
        sam = add_application(
            s,
            new,
            {
                "email": "again@x.org",
                "first_name": "Sam",
                "role": "mentee",
                "goals": "Old goals",
                "submitted_at": "2026-03-01 10:00",
            },
        )
        update_application(s, sam.id, "department", "Nursing")
        return new.id


def _one_by_one(db: Database, cohort_id: int, sheet: Sheet) -> None:
    """The import as the unit of work wrote it: each application an object, one flush."""
    mapping = propose_mapping(sheet.headers)
    with db.transaction(actor="Marie", note="import export.csv") as s:
        preview = preview_import(s, cohort_id, sheet, mapping)
        cohort = get_cohort(s, cohort_id)
        rules = program_rules(cohort.program)
        people = {p.email: p for p in s.scalars(select(Person))}
        for row in preview.rows:
            if row.action is RowAction.UPDATE:
                app = s.get_one(Application, row.existing_id)
                apply_answers(app, app.person, row.values)
                app.answer_sources = {**(app.answer_sources or {}), **row.sources}
            elif row.action is RowAction.NEW:
                app = new_application(s, cohort, people.get(row.email), row.values, rules)
                app.answer_sources = dict(row.sources)
                people[row.email] = app.person
        s.flush()
        remember_mapping(s, cohort.program_id, mapping, {})


def test_a_big_import_records_exactly_what_adding_each_application_records(
    any_db: Database, tmp_path: Path
) -> None:
    sheet = _export()
    reference = Database(tmp_path / "one_by_one.db")
    cohort_id = _year_so_far(reference)
    before = last_entry(reference)
    _one_by_one(reference, cohort_id, sheet)
    expected = trail(reference, before)
    reference.close()

    cohort_id = _year_so_far(any_db)
    before = last_entry(any_db)
    with any_db.transaction(actor="Marie", note="import export.csv") as s:
        result = run_import(s, cohort_id, sheet, propose_mapping(sheet.headers))
    assert (result.imported, result.updated, result.skipped) == (ROWS + 1, 1, 1)
    got = trail(any_db, before)

    assert len(got) == len(expected) == 2 * ROWS + 1 + 1 + 1 + 1 + 1
    # Entry for entry: each new person before their application, and Kim's new application…
    created = [e for e in expected if e[3] == "create"]
    assert [e for e in got if e[3] == "create"] == created
    assert len(created) == 2 * ROWS + 1
    # …then the updates (Sam's answers, Sam's and Kim's names, the remembered mapping),
    # which the session itself writes in no set order.
    updated = sorted(repr(e) for e in expected if e[3] == "update")
    assert sorted(repr(e) for e in got if e[3] == "update") == updated
    assert len(updated) == 4


def test_the_rows_of_a_big_import_are_those_adding_one_by_one_writes(tmp_path: Path) -> None:
    sheet = _export()
    stored: list[list[tuple[Any, ...]]] = []
    for name, write in (("bulk", None), ("one_by_one", _one_by_one)):
        db = Database(tmp_path / f"{name}.db")
        cohort_id = _year_so_far(db)
        if write is None:
            with db.transaction(actor="Marie") as s:
                run_import(s, cohort_id, sheet, propose_mapping(sheet.headers))
        else:
            write(db, cohort_id, sheet)
        with db.reading() as s:
            columns = [
                c
                for c in Application.__table__.columns
                if c.key not in ("created_at", "updated_at")
            ]
            stored.append(
                [
                    (*row, email, first, last, phone)
                    for *row, email, first, last, phone in s.execute(
                        select(
                            *columns,
                            Person.email,
                            Person.first_name,
                            Person.last_name,
                            Person.phone,
                        )
                        .join(Person, Application.person_id == Person.id)
                        .order_by(Application.id)
                    )
                ]
            )
        db.close()
    assert stored[0] == stored[1]
    assert len(stored[0]) == ROWS + 3


def test_an_import_into_a_closed_cohort_is_refused_and_writes_nothing(db: Database) -> None:
    cohort_id = _year_so_far(db)
    with db.transaction() as s:
        close_cohort(s, cohort_id, force=True)
    before = last_entry(db)
    sheet = read_bytes(b"Email,Role\nnew@x.org,Mentee\n")
    with pytest.raises(CohortClosedError, match="2026"), db.transaction() as s:
        run_import(s, cohort_id, sheet, propose_mapping(sheet.headers))
    with db.reading() as s:
        assert (
            s.scalar(select(func.count()).select_from(Person).where(Person.email == "new@x.org"))
            == 0
        )
    assert last_entry(db) == before
