"""`mentordesk export agreements|summary` from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from mentordesk.cli import main
from mentordesk.core.storage.database import Database
from tests.factories import make_cohort, make_pairing


def two_pairs(db: Database) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s, preset="association", name="2026–27")
        make_pairing(s, cohort, emphasis_area="Caseload")
        make_pairing(s, cohort, emphasis_area="Boundaries")


def test_export_agreements_prints_the_files_as_json(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    two_pairs(db)
    out = tmp_path / "agreements"
    code = main(
        [
            "--db",
            str(db_path),
            "export",
            "agreements",
            "--cohort",
            "2026–27",
            "--out",
            str(out),
            "--json",
        ]
    )
    assert code == 0
    printed = json.loads(capsys.readouterr().out)
    files = [Path(f) for f in printed["files"]]
    assert len(files) == 3  # two pairs and the combined print file
    assert printed["processes"] == 1  # too few pairs to start worker processes for
    assert all(f.parent == out and f.exists() for f in files)
    assert len(PdfReader(files[-1]).pages) >= 2


def test_export_summary_writes_the_format_the_name_asks_for(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    two_pairs(db)
    out = tmp_path / "summary.xlsx"
    assert (
        main(["--db", str(db_path), "export", "summary", "--cohort", "2026–27", "--out", str(out)])
        == 0
    )
    assert "2026–27" in capsys.readouterr().out
    assert load_workbook(out)["Counts"]["B4"].value == 2  # two mentees matched


def test_export_names_an_unknown_cohort_in_one_line(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    two_pairs(db)
    code = main(
        [
            "--db",
            str(db_path),
            "export",
            "summary",
            "--cohort",
            "1999",
            "--out",
            str(tmp_path / "s.pdf"),
        ]
    )
    assert code != 0
    err = capsys.readouterr().err
    assert err.startswith("mentordesk: No cohort named '1999'") and err.count("\n") == 1
