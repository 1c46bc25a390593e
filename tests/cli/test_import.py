"""`mentordesk import`: the same import as the wizard, for scripts, with a JSON report."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from mentordesk.cli import main
from mentordesk.core.applications.records import list_applications
from mentordesk.core.programs.cohorts import find_cohort
from mentordesk.core.storage.database import Database
from tests.factories import make_cohort, make_program

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture
def cohort(db: Database) -> str:
    with db.transaction() as session:
        make_cohort(session, make_program(session, "association", "HECMA"), name="2026-27")
    return "2026-27"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_json_report_counts_rows_and_lists_errors(
    db: Database, db_path: Path, cohort: str, capsys: Any
) -> None:
    code, out, _ = _run(
        capsys,
        "--db",
        str(db_path),
        "import",
        str(DATA / "association_google_form.csv"),
        "--cohort",
        cohort,
        "--json",
    )
    assert code == 0
    report = json.loads(out)
    assert {"imported", "updated", "skipped", "errors", "notices", "warnings"} <= set(report)
    assert (report["imported"], report["updated"], report["skipped"]) == (5, 0, 3)
    assert {"row": 7, "column": "Email Address", "message": "Missing email"} in report["errors"]
    # Seán's earlier submission is a notice, not an error.
    assert [n["row"] for n in report["notices"]] == [3]
    assert all(e["row"] != 3 for e in report["errors"])
    code, out, _ = _run(
        capsys,
        "--db",
        str(db_path),
        "import",
        str(DATA / "association_google_form.csv"),
        "--cohort",
        cohort,
        "--json",
    )
    assert json.loads(out)["updated"] == 5  # a second run updates, never duplicates


def test_dry_run_prints_what_would_happen_and_writes_nothing(
    db: Database, db_path: Path, cohort: str, capsys: Any
) -> None:
    code, out, _ = _run(
        capsys,
        "--db",
        str(db_path),
        "import",
        str(DATA / "association_google_form.csv"),
        "--cohort",
        cohort,
        "--dry-run",
    )
    assert code == 0
    assert out.startswith(
        "Dry run: would import 5, updated 0, skipped 3, 1 replaced by a later submission"
    )
    assert "row 5, column 'Email Address': Email 'not-an-email' is not a valid email address" in out
    with db.reading() as session:
        assert list_applications(session, find_cohort(session, cohort).id) == []


def test_a_mapping_file_decides_the_columns(
    db: Database, db_path: Path, cohort: str, tmp_path: Path, capsys: Any
) -> None:
    data = tmp_path / "mentors.csv"
    data.write_text("Courriel;Nom complet;Années\nann@x.org;Ann Lee;4\n", encoding="utf-8")
    mapping = tmp_path / "mapping.json"
    mapping.write_text(
        json.dumps({"Courriel": "email", "Nom complet": "full_name", "Années": "years_experience"}),
        encoding="utf-8",
    )
    code, out, _ = _run(
        capsys,
        "--db",
        str(db_path),
        "import",
        str(data),
        "--cohort",
        cohort,
        "--mapping",
        str(mapping),
        "--role",
        "mentor",
        "--json",
    )
    assert code == 0, out
    assert json.loads(out)["imported"] == 1
    with db.reading() as session:
        (row,) = list_applications(session, find_cohort(session, cohort).id)
    assert (row.full_name, row.values["years_experience"]) == ("Ann Lee", 4.0)


def test_a_file_that_cannot_be_read_exits_2_with_one_line(
    db: Database, db_path: Path, cohort: str, tmp_path: Path, capsys: Any
) -> None:
    bad = tmp_path / "photo.csv"
    bad.write_bytes(bytes(range(256)) * 10)
    code, _out, err = _run(capsys, "--db", str(db_path), "import", str(bad), "--cohort", cohort)
    assert code == 2
    assert err == "mentordesk: photo.csv is not a spreadsheet (it holds binary data)\n"
    code, _, err = _run(
        capsys, "--db", str(db_path), "import", str(tmp_path / "gone.csv"), "--cohort", cohort
    )
    assert code == 2 and "There is no file" in err


def test_an_unknown_cohort_is_a_one_line_error(db: Database, db_path: Path, capsys: Any) -> None:
    code, _, err = _run(
        capsys,
        "--db",
        str(db_path),
        "import",
        str(DATA / "association_google_form.csv"),
        "--cohort",
        "1999",
    )
    assert code == 1 and err.startswith("mentordesk: No cohort named '1999'")


def test_a_mapping_naming_columns_the_file_lacks_says_which(
    db: Database, db_path: Path, cohort: str, tmp_path: Path, capsys: Any
) -> None:
    data = tmp_path / "mentors.csv"
    data.write_text("E-mail address,Name\nann@x.org,Ann Lee\n", encoding="utf-8")
    mapping = tmp_path / "last_year.json"
    mapping.write_text(json.dumps({"Courriel": "email", "Name": "full_name"}), encoding="utf-8")
    code, _out, err = _run(
        capsys, "--db", str(db_path), "import", str(data), "--cohort", cohort,
        "--mapping", str(mapping), "--role", "mentor",
    )  # fmt: skip
    assert code == 1
    assert err == (
        "mentordesk: No column is mapped to Email; every application needs one "
        f"({mapping} names columns mentors.csv does not have: 'Courriel')\n"
    )
