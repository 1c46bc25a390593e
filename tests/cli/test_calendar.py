"""The calendar from the command line: plan, list, export (whole cohort or one person), attention."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from icalendar import Calendar

from mentordesk.cli import main
from mentordesk.core.storage.database import Database
from tests.factories import make_active_pair, make_cohort

WORKSHOPS = ["2026-10-07", "2026-11-04", "2026-12-02", "2027-02-03", "2027-03-03", "2027-04-07"]


def _staff_cohort(db: Database) -> str:
    with db.transaction() as s:
        cohort = make_cohort(s, preset="staff", name="Rollout 5")
        cohort.timezone = "America/Denver"
        make_active_pair(s, cohort)
        return make_active_pair(s, cohort).mentee.person.email


def test_plan_then_export_the_cohort_and_one_persons_calendar(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    email = _staff_cohort(db)
    base = ["--db", str(db_path)]
    args = [a for d in WORKSHOPS for a in ("--workshop", d)]
    assert main([*base, "calendar", "plan", "--cohort", "Rollout 5", *args]) == 0
    assert "6 workshops" in capsys.readouterr().out
    out = tmp_path / "cohort.ics"
    assert main([*base, "export", "calendar", "--cohort", "rollout 5", "--out", str(out)]) == 0
    assert "Wrote 8 events" in capsys.readouterr().out
    assert len(list(Calendar.from_ical(out.read_bytes()).walk("VEVENT"))) == 8
    mine = tmp_path / "mine.ics"
    code = main(
        [
            *base,
            "export",
            "calendar",
            "--cohort",
            "Rollout 5",
            "--out",
            str(mine),
            "--person",
            email,
            "--json",
        ]
    )
    assert code == 0 and json.loads(capsys.readouterr().out)["events"] == 8
    assert (
        main(
            [
                *base,
                "calendar",
                "attention",
                "--cohort",
                "Rollout 5",
                "--today",
                "2027-01-10",
                "--json",
            ]
        )
        == 0
    )
    report = json.loads(capsys.readouterr().out)
    assert len(report["pairs"]) == 2
    assert {a["topic"] for a in report["needs_attention"]} == {"hours", "orientation"}


def test_export_for_someone_not_in_the_cohort_fails_with_one_line(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _staff_cohort(db)
    out = tmp_path / "x.ics"
    code = main(
        [
            "--db",
            str(db_path),
            "export",
            "calendar",
            "--cohort",
            "Rollout 5",
            "--out",
            str(out),
            "--person",
            "who@example.org",
        ]
    )
    err = capsys.readouterr().err
    assert code == 1 and err.startswith("mentordesk: Nobody with the email") and not out.exists()
