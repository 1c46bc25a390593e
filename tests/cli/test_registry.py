"""`mentordesk registry`: the mentor directory for mentees who choose, and their requests coming back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from mentordesk.cli import main
from mentordesk.core.storage.database import Database
from tests.factories import make_active_pair, make_application, make_cohort


def _registry_cohort(db: Database) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s, name="2026 Registry", preset="credential")
        ingrid = make_application(
            s,
            cohort,
            "mentor",
            first_name="Ingrid",
            last_name="Sørensen",
            credentials="CCM",
            expertise="claims, scheduling",
            capacity=2,
            location="Chicago, IL",
        )
        make_application(
            s,
            cohort,
            "mentor",
            first_name="Harold",
            last_name="Wiśniewski",
            credentials="CCM",
            expertise="cost management",
            capacity=1,
        )
        make_application(
            s, cohort, "mentor", first_name="Nora", last_name="Nocredential", credentials=""
        )
        make_application(
            s,
            cohort,
            "mentee",
            first_name="Ann",
            last_name="Lee",
            requested_mentor="Sorensen, Ingrid",
        )
        make_application(
            s,
            cohort,
            "mentee",
            first_name="Raj",
            last_name="Patel",
            requested_mentor="Harold Wisniewski",
        )
        make_application(
            s, cohort, "mentee", first_name="Zoe", last_name="Kim", requested_mentor="Somebody Else"
        )
        make_active_pair(s, cohort, mentor=ingrid)


def test_the_registry_lists_eligible_mentors_with_free_places_as_pdf_and_xlsx(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _registry_cohort(db)
    pdf, xlsx = tmp_path / "registry.pdf", tmp_path / "registry.xlsx"
    assert (
        main(["--db", str(db_path), "registry", "--cohort", "2026 Registry", "--out", str(pdf)])
        == 0
    )
    out = capsys.readouterr().out
    assert "Registry of 2 mentors (2 free places)" in out
    assert "2 of 3 requests resolved to a mentor" in out
    assert "'Somebody Else' matches no one" in out
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Ingrid Sørensen" in text and "Harold Wiśniewski" in text
    assert "Nocredential" not in text
    assert (
        main(
            [
                "--db",
                str(db_path),
                "registry",
                "--cohort",
                "2026 Registry",
                "--out",
                str(xlsx),
                "--json",
            ]
        )
        == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert data["format"] == "xlsx"
    book = load_workbook(xlsx)
    rows = list(book["Mentors"].iter_rows(values_only=True))
    assert rows[0][0] == "Mentor" and rows[0][-1] == "Free places"
    by_name = {r[0]: r for r in rows[1:]}
    assert by_name["Ingrid Sørensen"][-1] == 1  # two places, one taken
    assert by_name["Harold Wiśniewski"][-1] == 1
    requests = {r[0]: r[2] for r in list(book["Requests"].iter_rows(values_only=True))[1:]}
    assert requests["Ann Lee"] == "Ingrid Sørensen"
    assert requests["Raj Patel"] == "Harold Wiśniewski"
    assert requests["Zoe Kim"] in (None, "")


def test_the_registry_is_written_as_pdf_or_xlsx_only(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _registry_cohort(db)
    code = main(
        [
            "--db",
            str(db_path),
            "registry",
            "--cohort",
            "2026 Registry",
            "--out",
            str(tmp_path / "r.docx"),
        ]
    )
    assert code != 0
    assert "written as .pdf or .xlsx" in capsys.readouterr().err
