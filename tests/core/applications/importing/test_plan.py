"""The committee's import: preview every row, skip bad ones with reasons, update resubmissions, all or nothing."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from mentordesk.core.applications.importing import (
    RowAction,
    preview_import,
    program_mapping,
    propose_mapping,
    read_bytes,
    read_sheet,
    run_import,
    split_full_name,
)
from mentordesk.core.applications.records import list_applications
from mentordesk.core.errors import Cancelled, ValidationError
from mentordesk.core.progress import Progress
from mentordesk.core.storage.database import Database
from mentordesk.core.storage.models import Application, Person, Role
from tests.factories import make_application, make_cohort, write_xlsx

DATA = Path(__file__).resolve().parents[3] / "data"


def _cohort(db: Any, preset: str) -> int:
    with db.transaction() as session:
        return make_cohort(session, preset=preset).id


def _import(db: Any, cohort_id: int, name: str, **options: Any) -> Any:
    sheet = read_sheet(DATA / name)
    with db.transaction() as session:
        return run_import(session, cohort_id, sheet, propose_mapping(sheet.headers), **options)


def test_association_form_imports_good_rows_and_lists_every_bad_one(db) -> None:
    cohort_id = _cohort(db, "association")
    result = _import(db, cohort_id, "association_google_form.csv")
    # Only rows without a usable email or role are refused; row numbers are the sheet's.
    assert (result.imported, result.updated, result.skipped, result.replaced) == (5, 0, 3, 1)
    problems = {(p.row, p.column): p.message for p in result.errors}
    assert problems[(5, "Email Address")] == "Email 'not-an-email' is not a valid email address"
    assert problems[(7, "Email Address")] == "Missing email"
    assert (
        "Unknown role 'Observer'" in problems[(6, "Are you applying to be a mentor or a mentee?")]
    )
    # An unreadable optional answer is flagged and left empty; the applicant stays.
    warnings = {(w.row, w.column): w.message for w in result.warnings}
    assert (
        "'lots' is not a number; left empty"
        in (warnings[(8, "If you are a mentor, how many mentees can you take on?")])
    )
    notices = {(n.row, n.column): n.message for n in result.notices}
    assert "Row 10 is a later submission" in notices[(3, "Email Address")]
    assert (3, "Email Address") not in problems
    with db.reading() as session:
        rows = {r.email: r for r in list_applications(session, cohort_id)}
    assert set(rows) == {
        "maria.lopez@uni.edu",
        "sean.obrien@college.edu",
        "j.nguyen@state.edu",
        "amelie.durand@ecole.ca",
        "dana.white@uni.edu",
    }
    assert rows["dana.white@uni.edu"].values["capacity"] == 1  # the program's default
    sean = rows["sean.obrien@college.edu"]
    assert sean.values["years_experience"] == 1.0  # from the later submission
    assert sean.values["meeting_formats"] == "In person, Video call"
    # Google's "GMT-5" timestamps are stored in UTC.
    assert sean.values["submitted_at"] == datetime(2026, 3, 6, 14, 0, 0)
    maria = rows["maria.lopez@uni.edu"]
    assert maria.values["interests"] == "Crisis response, Students of concern"
    assert maria.values["capacity"] == 2
    assert rows["j.nguyen@state.edu"].values["years_experience"] == 15.0
    assert rows["amelie.durand@ecole.ca"].role is Role.MENTEE  # "I want to be mentored"
    assert not rows["amelie.durand@ecole.ca"].eligibility.eligible


def test_credential_registry_semicolon_export_splits_full_names(db) -> None:
    cohort_id = _cohort(db, "credential")
    result = _import(db, cohort_id, "credential_registry_excel.csv")
    # "two" mentees and "six" years are flagged and left empty: Li Chen and Kim Lee stay.
    assert (result.imported, result.skipped) == (6, 0)
    assert {(w.row, w.column) for w in result.warnings} == {
        (4, "Maximum number of mentees"),
        (7, "Years in case management"),
    }
    with db.reading() as session:
        rows = {r.email: r for r in list_applications(session, cohort_id)}
    muller = rows["g.muller@care.org"]
    assert (muller.values["first_name"], muller.values["last_name"]) == ("Günter", "Müller")
    assert muller.eligibility.eligible  # CCMret counts
    assert rows["t.okafor@hosp.org"].values["requested_mentor"] == "Rosa Adams"
    assert rows["j.doe@hosp.org"].role is Role.MENTEE  # "Protégé"


def test_staff_program_export_checks_supervisor_campus_and_staff_rules(db) -> None:
    cohort_id = _cohort(db, "staff")
    result = _import(db, cohort_id, "staff_msforms_unicode.txt")
    assert (result.imported, result.skipped) == (5, 0)
    with db.reading() as session:
        rows = {r.email: r for r in list_applications(session, cohort_id)}
    assert rows["ana.garcia@salud.unm.edu"].eligibility.eligible
    assert rows["mark.jones@salud.unm.edu"].eligibility.eligible
    assert "Mentee is from Main campus" in rows["p.singh@unm.edu"].eligibility.reasons[0]
    wu = rows["dr.wu@salud.unm.edu"]
    assert (wu.values["first_name"], wu.values["last_name"]) == ("Helen", "Wu")
    assert any("Mentor is Faculty" in r for r in wu.eligibility.reasons)
    luis = rows["l.martinez@salud.unm.edu"].eligibility.reasons
    assert any("supervisor approval is missing" in r for r in luis)  # "Not yet": pending


def test_xlsx_with_real_dates_and_a_form_for_mentors_only(db) -> None:
    cohort_id = _cohort(db, "association")
    path = write_xlsx(
        Path(db.path).parent / "mentors.xlsx",
        ["Timestamp", "Email", "Name", "Membership #", "Years as a case manager", "I consent"],
        [
            [datetime(2026, 5, 1, 8, 0), "ann@x.org", "Ann Lee", "H-1", 4, True],
            [datetime(2026, 5, 2, 9, 30), "bo@x.org", "Bo Diaz", "H-2", "less than 1", "Yes"],
        ],
    )
    sheet = read_sheet(path)
    with db.transaction() as session:
        result = run_import(
            session, cohort_id, sheet, propose_mapping(sheet.headers), default_role=Role.MENTOR
        )
    assert (result.imported, result.skipped) == (2, 0)
    with db.reading() as session:
        rows = {r.email: r for r in list_applications(session, cohort_id)}
    assert rows["ann@x.org"].values["submitted_at"] == datetime(2026, 5, 1, 8, 0)
    assert rows["ann@x.org"].values["capacity"] == 1  # the program's default
    assert rows["bo@x.org"].eligibility.reasons == (
        "Mentor has 0.5 years; the program asks for at least 1 year",
    )


def test_a_resubmission_updates_the_application_and_the_preview_says_so(db) -> None:
    with db.transaction() as session:
        cohort = make_cohort(session)
        old = make_application(
            session,
            cohort,
            "mentee",
            email="sam@x.org",
            goals="Old goals",
            submitted_at="2026-03-01 10:00",
        )
        cohort_id, old_id = cohort.id, old.id
    sheet = read_bytes(
        b"Timestamp,Email,Role,Goals\n"
        b"2026-03-05 10:00,SAM@x.org,Mentee,New goals\n"
        b"2026-02-01 10:00,sam@x.org,Mentee,Ancient goals\n"
    )
    mapping = propose_mapping(sheet.headers)
    with db.reading() as session:
        preview = preview_import(session, cohort_id, sheet, mapping)
    assert [r.action for r in preview.rows] == [RowAction.UPDATE, RowAction.REPLACED]
    assert preview.rows[0].existing_id == old_id
    assert "later submission" in preview.notices[0].message
    assert preview.problems == []
    with db.transaction() as session:
        result = run_import(session, cohort_id, sheet, mapping)
    assert (result.imported, result.updated, result.skipped, result.replaced) == (0, 1, 0, 1)
    with db.reading() as session:
        (row,) = list_applications(session, cohort_id)
        assert row.id == old_id and row.values["goals"] == "New goals"
        assert session.scalar(select(func.count()).select_from(Person)) == 1


def test_reimporting_the_same_file_duplicates_nothing(db) -> None:
    cohort_id = _cohort(db, "association")
    _import(db, cohort_id, "association_google_form.csv")
    again = _import(db, cohort_id, "association_google_form.csv")
    assert (again.imported, again.updated) == (0, 5)
    with db.reading() as session:
        assert len(list_applications(session, cohort_id)) == 5


def test_cancel_midway_leaves_the_database_exactly_as_it_was(db) -> None:
    cohort_id = _cohort(db, "association")
    lines = ["Email,Role,Name"] + [f"p{i}@x.org,Mentee,Person {i}" for i in range(1200)]
    sheet = read_bytes("\n".join(lines).encode())
    seen: list[int] = []
    progress = Progress()

    def report(done: int, total: int, message: str) -> None:
        seen.append(done)
        if message.startswith("Importing") and done >= 500:
            progress.cancel()

    progress = Progress(report)
    with pytest.raises(Cancelled), db.transaction() as session:
        run_import(session, cohort_id, sheet, propose_mapping(sheet.headers), progress=progress)
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Application)) == 0
        assert session.scalar(select(func.count()).select_from(Person)) == 0
        assert program_mapping(session, 1) == {}


def test_dry_run_writes_nothing_and_a_real_run_remembers_the_mapping(db) -> None:
    cohort_id = _cohort(db, "association")
    result = _import(db, cohort_id, "association_google_form.csv", dry_run=True)
    assert result.imported == 5
    with db.reading() as session:
        assert list_applications(session, cohort_id) == []
    _import(db, cohort_id, "association_google_form.csv")
    with db.reading() as session:
        from mentordesk.core.programs.cohorts import get_cohort

        saved = program_mapping(session, get_cohort(session, cohort_id).program_id)
    assert saved["What do you hope to achieve through this program?"] == "goals"


def test_without_a_role_column_the_committee_must_say_which_role(db) -> None:
    cohort_id = _cohort(db, "association")
    sheet = read_bytes(b"Email,Name\na@x.org,Ann\n")
    with db.reading() as session, pytest.raises(ValidationError, match="Role"):
        preview_import(session, cohort_id, sheet, propose_mapping(sheet.headers))


def test_day_first_dates_are_read_as_the_form_wrote_them(db) -> None:
    cohort_id = _cohort(db, "association")
    sheet = read_bytes(
        b"Submitted,Email,Role\n03/04/2026 10:00,a@x.org,mentee\n25/04/2026 10:00,b@x.org,mentee\n"
    )
    with db.reading() as session:
        preview = preview_import(session, cohort_id, sheet, propose_mapping(sheet.headers))
    assert preview.rows[0].values["submitted_at"] == datetime(2026, 4, 3, 10, 0)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("Ana López", "Ana", "López"),
        ("López, Ana", "Ana", "López"),
        ("Ludwig van Beethoven", "Ludwig", "van Beethoven"),
        ("Dr. Helen Wu", "Helen", "Wu"),
        ("Cher", "Cher", ""),
    ],
)
def test_full_names_split_into_first_and_last(text: str, first: str, last: str) -> None:
    assert split_full_name(text) == (first, last)


@pytest.mark.parametrize(
    ("preset", "name", "counts"),
    [
        ("association", "association_google_form.csv", (5, 3)),
        ("credential", "credential_registry_excel.csv", (6, 0)),
        ("staff", "staff_msforms_unicode.txt", (5, 0)),
    ],
)
def test_each_program_export_imports_alike_on_sqlite_and_postgresql(
    any_db: Database, preset: str, name: str, counts: tuple[int, int]
) -> None:
    cohort_id = _cohort(any_db, preset)
    first = _import(any_db, cohort_id, name)
    assert (first.imported, first.skipped) == counts
    again = _import(any_db, cohort_id, name)
    assert (again.imported, again.updated) == (0, counts[0])
    with any_db.reading() as session:
        assert len(list_applications(session, cohort_id)) == counts[0]


def test_an_answer_too_long_for_its_column_is_a_row_problem_on_postgresql_too(
    any_db: Database,
) -> None:
    cohort_id = _cohort(any_db, "association")
    sheet = read_bytes(
        (
            "Email,Role,Job title\na@x.org,Mentee,"
            + "Coordinator " * 30
            + "\nb@x.org,Mentee,Dean\n"
        ).encode()
    )
    with any_db.transaction() as session:
        result = run_import(session, cohort_id, sheet, propose_mapping(sheet.headers))
    # The answer is flagged and left empty; the applicant is not lost over it.
    assert (result.imported, result.skipped) == (2, 0)
    assert result.warnings[0].column == "Job title" and "at most 200" in result.warnings[0].message
