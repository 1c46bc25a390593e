"""From the file a committee has to the right pairs, on the command line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from mentordesk.cli import main
from mentordesk.core.storage.database import Database
from tests.factories import make_cohort, make_program

FORMS = Path(__file__).resolve().parents[1] / "data" / "forms"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _cohort(db: Database, preset: str, program: str) -> None:
    with db.transaction() as session:
        make_cohort(session, make_program(session, preset, program), name="2027")


def test_staff_form_without_org_questions_needs_a_decision_and_matching_says_so(
    db: Database, db_path: Path, capsys: Any
) -> None:
    _cohort(db, "staff", "HSC Staff")
    code, out, _ = _run(
        capsys, "--db", str(db_path), "import", str(FORMS / "staff_google_forms_no_org.csv"),
        "--cohort", "2027", "--json",
    )  # fmt: skip
    assert code == 0, out
    report = json.loads(out)
    assert {n["field"] for n in report["not_asked"]} == {
        "organization",
        "employment_type",
        "consent",
    }
    assert [n["row"] for n in report["notices"]] == [6]  # Luis resubmitted on row 8
    assert report["errors"] == []
    code, out, _ = _run(capsys, "--db", str(db_path), "applicants", "--cohort", "2027", "--json")
    apps = json.loads(out)["applications"]
    assert {a["eligible"] for a in apps} == {None, False}  # Priya's approval is pending
    assert (
        "Needs a decision"
        in _run(capsys, "--db", str(db_path), "applicants", "--cohort", "2027")[1]
    )
    code, out, _ = _run(capsys, "--db", str(db_path), "match", "--cohort", "2027", "--json")
    proposal = json.loads(out)
    assert proposal["pairs"] == []
    reasons = [u["reason"] for u in proposal["unmatched"]]
    assert reasons and all("Needs a decision" in r or "not eligible" in r.lower() for r in reasons)
    assert any("not asked on the form" in r for r in reasons)


def test_the_same_form_with_fixed_answers_is_eligible_and_pairs(
    db: Database, db_path: Path, capsys: Any
) -> None:
    _cohort(db, "staff", "HSC Staff")
    code, out, err = _run(
        capsys, "--db", str(db_path), "import", str(FORMS / "staff_microsoft_forms_no_org.xlsx"),
        "--cohort", "2027", "--set", "organization=HSC", "--set", "employment_type=Staff",
        "--set", "consent=yes",
    )  # fmt: skip
    assert code == 0, err
    assert out.startswith("Imported 6, updated 0, skipped 0")
    assert "not asked" not in out
    code, out, _ = _run(capsys, "--db", str(db_path), "applicants", "--cohort", "2027", "--json")
    eligible = {a["email"]: a["eligible"] for a in json.loads(out)["applications"]}
    assert eligible["ana.garcia@salud.unm.edu"] is True
    assert eligible["p.singh@salud.unm.edu"] is False  # approval pending
    code, out, _ = _run(capsys, "--db", str(db_path), "match", "--cohort", "2027", "--json")
    pairs = {p["mentee"]: p["mentor"] for p in json.loads(out)["pairs"]}
    # Ana (Nursing, leadership) gets Mark; Luis is never paired with his own supervisor.
    assert pairs["ana.garcia@salud.unm.edu"] == "mark.jones@salud.unm.edu"
    assert "l.martinez@salud.unm.edu" in pairs


def test_a_mapping_file_may_hold_fixed_answers(
    db: Database, db_path: Path, tmp_path: Path, capsys: Any
) -> None:
    _cohort(db, "staff", "HSC Staff")
    mapping = tmp_path / "staff.json"
    mapping.write_text(
        json.dumps(
            {
                "columns": {
                    "Email address": "email",
                    "First name": "first_name",
                    "Last name": "last_name",
                    "I would like to participate as a": "role",
                    "Has your supervisor approved your participation?": "supervisor_approved",
                },
                "fixed": {"organization": "HSC", "employment_type": "staff", "consent": "Yes"},
            }
        ),
        encoding="utf-8",
    )
    code, out, err = _run(
        capsys, "--db", str(db_path), "import", str(FORMS / "staff_microsoft_forms_no_org.xlsx"),
        "--cohort", "2027", "--mapping", str(mapping), "--json",
    )  # fmt: skip
    assert code == 0, err
    report = json.loads(out)
    assert report["fixed"] == {"organization": "HSC", "employment_type": "staff", "consent": True}
    assert report["not_asked"] == []


def test_a_bad_fixed_answer_is_one_line_naming_it(db: Database, db_path: Path, capsys: Any) -> None:
    _cohort(db, "staff", "HSC Staff")
    code, _, err = _run(
        capsys, "--db", str(db_path), "import", str(FORMS / "staff_google_forms_no_org.csv"),
        "--cohort", "2027", "--set", "consent=perhaps",
    )  # fmt: skip
    assert code == 1
    assert err.startswith("mentordesk: Fixed answer consent='perhaps':") and err.count("\n") == 1


def test_credential_requests_typed_without_accents_are_honoured_by_matching(
    db: Database, db_path: Path, capsys: Any
) -> None:
    _cohort(db, "credential", "CCM Registry")
    code, _, err = _run(
        capsys, "--db", str(db_path), "import",
        str(FORMS / "credential_microsoft_forms_requests.xlsx"), "--cohort", "2027",
    )  # fmt: skip
    assert code == 0, err
    code, out, _ = _run(capsys, "--db", str(db_path), "match", "--cohort", "2027", "--json")
    proposal = json.loads(out)
    pairs = {p["mentee"]: p["mentor"] for p in proposal["pairs"]}
    assert pairs == {
        "t.okafor@hosp.example": "ingrid.sorensen@ccm.example",  # "Ingrid Sorensen"
        "j.doe@hosp.example": "h.wisniewski@ccm.example",  # "harold wisniewski"
        "k.lee@care.example": "r.adams@health.example",  # "Adams, Rosa"
    }
    assert all(p["components"]["requested"] == 1.0 for p in proposal["pairs"])


def test_set_gives_a_column_less_field_and_outranks_a_guessed_column(
    db: Database, db_path: Path, tmp_path: Path, capsys: Any
) -> None:
    _cohort(db, "staff", "HSC Staff")
    data = tmp_path / "mentors.csv"
    data.write_text("Email,Name,Campus\nann@salud.example,Ann Lee,Main campus\n", encoding="utf-8")
    code, out, err = _run(
        capsys, "--db", str(db_path), "import", str(data), "--cohort", "2027",
        "--set", "role=mentor", "--set", "organization=HSC", "--json",
    )  # fmt: skip
    assert code == 0, err
    code, out, _ = _run(capsys, "--db", str(db_path), "applicants", "--cohort", "2027", "--json")
    (ann,) = json.loads(out)["applications"]
    assert (ann["role"], ann["organization"]) == ("mentor", "HSC")
    assert ann["answer_sources"]["organization"] == "fixed"
