"""Exports shaped like each form tool's own file import as the committee expects, for each program."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from mentordesk.core.applications.importing import (
    check_mapping,
    is_tool_column,
    preview_import,
    propose_mapping,
    read_bytes,
    read_sheet,
    run_import,
    sheet_samples,
)
from mentordesk.core.applications.records import list_applications, update_application
from mentordesk.core.matching.solver import propose_pairing
from mentordesk.core.storage.database import Database
from tests.factories import make_cohort, write_xlsx

FORMS = Path(__file__).resolve().parents[3] / "data" / "forms"


def _cohort(db: Database, preset: str, timezone: str = "UTC") -> int:
    with db.transaction() as session:
        return make_cohort(session, preset=preset, timezone=timezone).id


def _import(db: Database, cohort_id: int, path: Path, **options: Any) -> Any:
    sheet = read_sheet(path)
    mapping = propose_mapping(sheet.headers, samples=sheet_samples(sheet))
    check_mapping(mapping)  # never a proposal the wizard would then refuse
    with db.transaction() as session:
        return run_import(session, cohort_id, sheet, mapping, **options)


#: Every form tool meets every program: Google Forms, Microsoft Forms, Typeform, Jotform.
EXPORTS = [
    ("association", "association_mixed_encoding.csv", 4),  # Google Forms
    ("association", "association_microsoft_forms.xlsx", 4),
    ("association", "association_typeform.csv", 4),
    ("association", "association_jotform.xlsx", 4),
    ("credential", "credential_google_forms.csv", 6),
    ("credential", "credential_microsoft_forms_requests.xlsx", 6),
    ("credential", "credential_typeform.xlsx", 6),
    ("credential", "credential_jotform_requests.csv", 6),
    ("staff", "staff_google_forms_no_org.csv", 6),
    ("staff", "staff_microsoft_forms_no_org.xlsx", 6),
    ("staff", "staff_typeform.csv", 6),
    ("staff", "staff_jotform.xlsx", 6),
]


@pytest.mark.parametrize(("preset", "name", "imported"), EXPORTS)
def test_each_tools_export_imports_every_applicant(
    db: Database, preset: str, name: str, imported: int
) -> None:
    cohort_id = _cohort(db, preset, "America/Denver")
    sheet = read_sheet(FORMS / name)
    mapping = propose_mapping(sheet.headers, samples=sheet_samples(sheet))
    # The tool's own columns (ids, start times, the anonymous respondent) take no field.
    assert [h for h in sheet.headers if is_tool_column(h, sheet.headers) and mapping[h]] in (
        [],
        [h for h in sheet.headers if mapping[h] == "submitted_at"],
    )
    result = _import(db, cohort_id, FORMS / name)
    assert (result.imported, result.skipped, result.errors) == (imported, 0, ())
    with db.reading() as session:
        rows = list_applications(session, cohort_id)
    assert all(r.values["submitted_at"] for r in rows)  # each tool's time style is read
    assert not {"anonymous", ""} & {r.values["first_name"] or "" for r in rows}


@pytest.mark.parametrize("name", [name for preset, name, _n in EXPORTS if preset == "credential"])
def test_every_tools_credential_export_keeps_the_mentors_the_mentees_typed(
    db: Database, name: str
) -> None:
    cohort_id = _cohort(db, "credential")
    _import(db, cohort_id, FORMS / name)
    with db.reading() as session:
        proposal = propose_pairing(session, cohort_id)
    assert {p.mentee_email: p.mentor_email for p in proposal.pairs} == {
        "t.okafor@hosp.example": "ingrid.sorensen@ccm.example",  # "Ingrid Sorensen"
        "j.doe@hosp.example": "h.wisniewski@ccm.example",  # "harold wisniewski"
        "k.lee@care.example": "r.adams@health.example",  # "Adams, Rosa"
    }


def test_microsoft_forms_anonymous_columns_never_take_the_real_questions() -> None:
    sheet = read_sheet(FORMS / "staff_microsoft_forms_no_org.xlsx")
    mapping = propose_mapping(sheet.headers, samples=sheet_samples(sheet))
    assert mapping["Email"] is None and mapping["Name"] is None  # "anonymous"
    assert mapping["Email address"] == "email"
    assert (mapping["First name"], mapping["Last name"]) == ("first_name", "last_name")
    assert mapping["ID"] is None and mapping["Start time"] is None
    assert mapping["Completion time"] == "submitted_at"


def test_a_microsoft_form_that_records_names_uses_its_email_and_name_columns() -> None:
    sheet = read_bytes(
        b"ID,Start time,Completion time,Email,Name,Role\n"
        b"1,4/1/26 9:00,4/1/26 9:14,ana@x.org,Ana Garcia,Mentee\n"
    )
    mapping = propose_mapping(sheet.headers, samples=sheet_samples(sheet))
    assert (mapping["Email"], mapping["Name"]) == ("email", "full_name")


def test_typeform_and_jotform_metadata_columns_are_left_out(db: Database) -> None:
    sheet = read_sheet(FORMS / "association_typeform.csv")
    mapping = propose_mapping(sheet.headers)
    for header in ("#", "Response Type", "Start Date (UTC)", "Stage Date (UTC)", "Network ID"):
        assert mapping[header] is None
    assert mapping["Submit Date (UTC)"] == "submitted_at"
    jot = read_sheet(FORMS / "credential_jotform_requests.csv")
    jot_mapping = propose_mapping(jot.headers)
    assert jot_mapping["Submission ID"] is None and jot_mapping["Submission IP"] is None
    assert jot_mapping["Submission Date"] == "submitted_at"


def test_times_with_zone_names_and_utc_columns_are_stored_in_utc(db: Database) -> None:
    cohort_id = _cohort(db, "association", "America/Denver")
    _import(db, cohort_id, FORMS / "association_jotform.xlsx")  # "1:00:00 PM MST"
    typeform = _cohort(db, "association", "America/Denver")
    _import(db, typeform, FORMS / "association_typeform.csv")  # "Submit Date (UTC)"
    with db.reading() as session:
        jot = {r.email: r for r in list_applications(session, cohort_id)}
        tf = {r.email: r for r in list_applications(session, typeform)}
    maria = jot["maria.nunez@uni.example"]
    assert maria.values["submitted_at"] == datetime(2027, 1, 1, 20, 0)
    assert maria.display("submitted_at") == "2027-01-01 13:00"  # shown in the cohort's zone
    assert maria.as_json()["submitted_at"] == "2027-01-01T13:00:00-07:00"
    assert tf["maria.nunez@uni.example"].values["submitted_at"] == datetime(2026, 3, 2, 14, 41, 7)


def test_a_time_without_a_zone_is_the_cohorts_local_time(db: Database) -> None:
    cohort_id = _cohort(db, "association", "America/Chicago")
    sheet = read_bytes(b'Submitted,Email,Role\n"Mar 14, 2026 9:05 AM",a@x.org,mentee\n')
    with db.reading() as session:
        preview = preview_import(session, cohort_id, sheet, propose_mapping(sheet.headers))
    assert preview.rows[0].values["submitted_at"] == datetime(2026, 3, 14, 14, 5)  # CDT


def test_a_mixed_encoding_file_is_repaired_line_by_line_with_a_warning(db: Database) -> None:
    cohort_id = _cohort(db, "association")
    result = _import(db, cohort_id, FORMS / "association_mixed_encoding.csv")
    assert any("Lines 3, 5" in note and "Windows-1252" in note for note in result.file_notes)
    with db.reading() as session:
        names = sorted(r.full_name for r in list_applications(session, cohort_id))
    assert names == ["Amélie Durand", "José Benítez", "María Núñez", "Zoë Müller"]


def test_pending_approval_is_no_answer_yet_not_a_lost_row(db: Database) -> None:
    cohort_id = _cohort(db, "staff")
    _import(db, cohort_id, FORMS / "staff_google_forms_no_org.csv", fixed={"organization": "HSC"})
    with db.reading() as session:
        priya = next(r for r in list_applications(session, cohort_id) if r.email.startswith("p.s"))
    assert priya.values["supervisor_approved"] is None
    assert priya.eligibility.eligible is False
    assert any("approval is missing" in r for r in priya.eligibility.reasons)


def test_the_staff_form_without_organization_employment_or_consent_needs_a_decision(
    db: Database,
) -> None:
    cohort_id = _cohort(db, "staff")
    sheet = read_sheet(FORMS / "staff_google_forms_no_org.csv")
    with db.reading() as session:
        preview = preview_import(session, cohort_id, sheet, propose_mapping(sheet.headers))
    assert set(preview.not_asked) == {"organization", "employment_type", "consent"}
    assert any("Organization" in m for m in preview.not_asked_messages())
    _import(db, cohort_id, FORMS / "staff_google_forms_no_org.csv")
    with db.reading() as session:
        rows = {r.email: r for r in list_applications(session, cohort_id)}
    ana = rows["ana.garcia@salud.unm.edu"]
    assert ana.eligibility.eligible is None
    assert ana.eligibility.label == "Needs a decision"
    assert "Organization not asked on the form" in ana.eligibility.reasons[0]
    assert ana.as_json()["eligible"] is None
    # An answer that was asked and is missing still fails: Priya's approval is pending.
    assert rows["p.singh@salud.unm.edu"].eligibility.eligible is False


def test_fixed_answers_give_every_row_the_value_the_form_never_asked(db: Database) -> None:
    cohort_id = _cohort(db, "staff")
    result = _import(
        db,
        cohort_id,
        FORMS / "staff_microsoft_forms_no_org.xlsx",
        fixed={"organization": "HSC", "employment_type": "Staff", "consent": "yes"},
    )
    assert result.not_asked == {}
    with db.reading() as session:
        rows = {r.email: r for r in list_applications(session, cohort_id)}
    ana = rows["ana.garcia@salud.unm.edu"]
    assert ana.eligibility.eligible is True
    assert ana.values["organization"] == "HSC" and ana.source("organization") == "fixed"


def test_a_reimport_keeps_a_corrected_name_and_its_preview_says_so(
    db: Database, tmp_path: Path
) -> None:
    cohort_id = _cohort(db, "association")
    headers = ["Timestamp", "Email", "First name", "Last name", "Role", "Department"]
    first = write_xlsx(
        tmp_path / "form.xlsx",
        headers,
        [[datetime(2026, 3, 1, 9), "jb@x.org", "Jose", "Benitez", "Mentee", "Nursing"]],
    )
    _import(db, cohort_id, first)
    with db.transaction() as session:
        (row,) = list_applications(session, cohort_id)
        update_application(session, row.id, "first_name", "José")
        update_application(session, row.id, "last_name", "Benítez")
    again = write_xlsx(
        tmp_path / "again.xlsx",
        headers,
        [[datetime(2026, 3, 2, 9), "jb@x.org", "Jose", "Benitez", "Mentee", "Pharmacy"]],
    )
    preview = _import(db, cohort_id, again, dry_run=True)
    (updated,) = preview.rows
    assert ("department", "Nursing", "Pharmacy") in {
        (c.field, c.old, c.new) for c in updated.changes
    }
    assert {c.field for c in updated.changes} == {"submitted_at", "department"}
    assert {(c.field, c.old, c.new) for c in updated.kept} == {
        ("first_name", "José", "Jose"),
        ("last_name", "Benítez", "Benitez"),
    }
    assert preview.as_json()["rows"][0]["kept_corrections"][0]["old"] in {"José", "Benítez"}
    _import(db, cohort_id, again)
    with db.reading() as session:
        (row,) = list_applications(session, cohort_id)
    assert row.full_name == "José Benítez" and row.values["department"] == "Pharmacy"
    # The committee may choose the form's spelling after all.
    _import(db, cohort_id, again, keep_corrections=False)
    with db.reading() as session:
        (row,) = list_applications(session, cohort_id)
    assert row.full_name == "Jose Benitez" and row.source("first_name") == "form"


def test_an_older_submission_than_the_cohorts_is_a_notice_in_the_cohorts_time(
    db: Database,
) -> None:
    # The registry's Jotform export first, then the Microsoft form some filled in earlier.
    cohort_id = _cohort(db, "credential", "America/Chicago")
    _import(db, cohort_id, FORMS / "credential_jotform_requests.csv")
    result = _import(db, cohort_id, FORMS / "credential_microsoft_forms_requests.xlsx")
    assert (result.updated, result.replaced, result.skipped, result.errors) == (1, 5, 0, ())
    harold = next(n for n in result.notices if "h.wisniewski" in n.message)
    # Jotform's "Mar 15, 2026 10:05 AM" is shown as the cohort's clock reads it, not in UTC.
    assert harold.message.endswith("(2026-03-15 10:05); the later one wins")
    (ingrid,) = [r for r in result.rows if r.changes]
    # Ingrid's second answer came 12 seconds later: the change says so, not "09:05 → 09:05".
    assert [c.describe() for c in ingrid.changes] == [
        "Submitted: 2026-03-14 09:05:00 → 2026-03-14 09:05:12"
    ]


def test_a_question_asked_and_left_blank_still_fails_its_rule(db: Database) -> None:
    cohort_id = _cohort(db, "association")
    sheet = read_bytes(
        b"Email,Name,Role,HECMA Membership Number,I agree to the program guidelines\n"
        b"ana@uni.example,Ana Lima,Mentee,H-1,Yes\n"
        b"ben@uni.example,Ben Ode,Mentee,H-2,\n"
    )
    with db.transaction() as session:
        run_import(session, cohort_id, sheet, propose_mapping(sheet.headers))
    with db.reading() as session:
        rows = {r.email: r for r in list_applications(session, cohort_id)}
    assert rows["ana@uni.example"].eligibility.eligible is True
    ben = rows["ben@uni.example"].eligibility
    assert ben.eligible is False  # asked, not answered: the rule fails, no decision needed
    assert not any("not asked" in r for r in ben.reasons)
