"""Mapping form questions to fields: proposed from the texts, saved with the program and in JSON files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mentordesk.core.applications.importing import (
    check_mapping,
    load_mapping,
    program_mapping,
    propose_field,
    propose_mapping,
    read_sheet,
    remember_mapping,
    save_mapping,
)
from mentordesk.core.errors import MentorDeskError, ValidationError
from tests.factories import make_program

DATA = Path(__file__).resolve().parents[3] / "data"


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("What do you hope to achieve through this program?", "goals"),
        ("  EMAIL ADDRESS: ", "email"),
        ("E-mail", "email"),
        ("Supervisor's e-mail", "supervisor_email"),
        ("Has your supervisor approved your participation?", "supervisor_approved"),
        ("Are you applying to be a mentor or a mentee?", "role"),
        ("How many years have you worked as a case manager?", "years_experience"),
        ("If you are a mentor, how many mentees can you take on?", "capacity"),
        ("Prénom", "first_name"),
        ("Years of experience", "years_experience"),
        ("Personal statement", None),
    ],
)
def test_form_questions_propose_the_field_they_answer(header: str, field: str | None) -> None:
    assert propose_field(header) == field


def test_each_program_form_maps_itself_completely() -> None:
    expected = {
        "association_google_form.csv": {
            "Timestamp": "submitted_at",
            "HECMA Membership Number": "membership_id",
        },
        "credential_registry_excel.csv": {
            "Full Name": "full_name",
            "Consent to share my profile in the Mentor Directory": "consent",
            "Preferred mentor from the Mentor Directory (name or email)": "requested_mentor",
        },
        "staff_msforms_unicode.txt": {
            "Are you staff or faculty?": "employment_type",
            "Is there someone you'd like as your mentor?": "requested_mentor",
            "ID": None,
        },
    }
    for name, wanted in expected.items():
        mapping = propose_mapping(read_sheet(DATA / name).headers)
        check_mapping(mapping)
        for header, field in wanted.items():
            assert mapping[header] == field, (name, header)


def test_a_field_goes_to_one_column_only() -> None:
    mapping = propose_mapping(["Email", "Confirm your email"])
    assert mapping == {"Email": "email", "Confirm your email": None}


def test_the_saved_mapping_wins_over_the_guess_ignoring_case_and_punctuation() -> None:
    saved = {"what do you hope to achieve through this program": "interests", "Timestamp": None}
    mapping = propose_mapping(
        ["Timestamp", "What do you hope to achieve through this program?", "Email"], saved
    )
    assert mapping == {
        "Timestamp": None,
        "What do you hope to achieve through this program?": "interests",
        "Email": "email",
    }


def test_mapping_round_trips_through_a_json_file(tmp_path: Path) -> None:
    path = tmp_path / "mapping.json"
    save_mapping({"Adresse électronique": "email", "Horodateur": None}, path)
    assert json.loads(path.read_text(encoding="utf-8")) == {
        "Adresse électronique": "email",
        "Horodateur": None,
    }
    assert load_mapping(path) == {"Adresse électronique": "email", "Horodateur": None}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid JSON"),
        ('["email"]', "not a JSON object"),
        ('{"Email": "e_mail"}', "unknown field 'e_mail'"),
        ('{"Email": 3}', "not a field name"),
    ],
)
def test_a_broken_mapping_file_says_what_is_wrong(
    tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "m.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(MentorDeskError, match=message):
        load_mapping(path)


def test_a_mapping_without_email_or_with_a_field_twice_is_refused() -> None:
    with pytest.raises(ValidationError, match="No column is mapped to Email"):
        check_mapping({"Name": "full_name"})
    with pytest.raises(ValidationError, match="both map to Goals"):
        check_mapping({"Email": "email", "A": "goals", "B": "goals"})


def test_the_program_remembers_mappings_across_years(db) -> None:
    with db.transaction() as session:
        program = make_program(session)
        remember_mapping(session, program.id, {"Email Address": "email", "Old question": "goals"})
        remember_mapping(session, program.id, {"Email Address": "email", "New question": "goals"})
        program_id = program.id
    with db.reading() as session:
        assert program_mapping(session, program_id) == {
            "Email Address": "email",
            "Old question": "goals",
            "New question": "goals",
        }


def test_a_mapping_path_that_is_a_folder_or_not_utf8_says_so_in_words(tmp_path: Path) -> None:
    with pytest.raises(MentorDeskError) as folder:
        load_mapping(tmp_path)
    assert folder.value.message == f"{tmp_path} is a folder, not a mapping file"  # not "[Errno 21]"
    path = tmp_path / "m.json"
    path.write_bytes('{"Email": "email"}'.encode("utf-16"))
    with pytest.raises(MentorDeskError) as encoded:
        load_mapping(path)
    assert encoded.value.message == "m.json is not a mapping file (not UTF-8 JSON text)"
