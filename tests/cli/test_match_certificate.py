"""`mentordesk match`: the certificate, "why not this pair?", fill, fairness, the printed page."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from mentordesk.cli import main
from mentordesk.core.matching.pairs import board_state
from mentordesk.core.storage.database import Database
from mentordesk.core.storage.models import Application, ApplicationStatus, Cohort, Exclusion
from tests.factories import make_active_pair, make_application, make_cohort


def _cohort(db: Database) -> dict[str, int]:
    """Grace knows grants, Hal knows budgets; Ada and Bea want grants, Cy wants budgets."""
    with db.transaction() as s:
        cohort = make_cohort(s, name="Fall 2026", preset="association")
        grace = make_application(
            s,
            cohort,
            "mentor",
            first_name="Grace",
            last_name="Hopper",
            email="grace@x.org",
            expertise="grants",
            capacity=1,
        )
        hal = make_application(
            s,
            cohort,
            "mentor",
            first_name="Hal",
            last_name="Abelson",
            email="hal@x.org",
            expertise="budgets",
            capacity=2,
        )
        ada = make_application(
            s,
            cohort,
            "mentee",
            first_name="Ada",
            last_name="Lovelace",
            email="ada@x.org",
            interests="grants",
        )
        bea = make_application(
            s,
            cohort,
            "mentee",
            first_name="Bea",
            last_name="Arthur",
            email="bea@x.org",
            interests="grants, budgets",
        )
        cy = make_application(
            s,
            cohort,
            "mentee",
            first_name="Cy",
            last_name="Young",
            email="cy@x.org",
            interests="budgets",
        )
        s.add(Exclusion(cohort_id=cohort.id, mentor_id=grace.id, mentee_id=cy.id))
        return {
            "cohort": cohort.id,
            "grace": grace.id,
            "hal": hal.id,
            "ada": ada.id,
            "bea": bea.id,
            "cy": cy.id,
        }


def _run(db_path: Path, capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    assert main(["--db", str(db_path), "match", "--cohort", "Fall 2026", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_every_suggestion_comes_with_its_certificate_and_each_pair_with_its_reasons(
    db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _cohort(db)
    out = _run(db_path, capsys, "--stable")
    certificate = out["certificate"]
    assert certificate["optimal"] is True
    assert certificate["gap"] == 0
    assert certificate["bound"] == pytest.approx(certificate["total"], abs=1e-6)
    assert certificate["total"] == pytest.approx(out["total_score"], abs=1e-4)
    assert certificate["matched"] == 3 and certificate["unmatched"] == []
    assert isinstance(certificate["blocking_pairs"], int)
    assert certificate["stable"]["blocking_pairs"] == 0
    assert certificate["stable"]["cost"] >= 0
    grace = next(p for p in out["pairs"] if p["mentor"] == "grace@x.org")
    assert grace["mentee"] == "ada@x.org"
    assert grace["reasons"]["interests"]["reason"] == "Both name grants"


def test_why_not_names_the_rule_that_forbids_the_pair(
    db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _cohort(db)
    out = _run(db_path, capsys, "--why-not", "Cy Young", "grace@x.org")
    assert out["forbidden"] == "The committee excluded pairing Grace Hopper with Cy Young"
    assert out["total_forced"] is None and out["moves"] == []


def test_why_not_shows_the_cohort_with_the_pair_forced_beside_todays_optimum(
    db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _cohort(db)
    out = _run(db_path, capsys, "--why-not", "Lovelace, Ada", "Hal Abelson")
    assert out["forbidden"] is None
    assert {"total", "total_forced", "matched", "matched_forced", "moves"} <= set(out)
    assert out["matched"] == out["matched_forced"] == 3
    assert out["total_forced"] < out["total"]
    moves = {m["mentee"]: (m["from"], m["to"]) for m in out["moves"]}
    assert moves["ada@x.org"] == ("grace@x.org", "hal@x.org")
    assert moves["bea@x.org"] == ("hal@x.org", "grace@x.org")
    assert (
        main(
            [
                "--db",
                str(db_path),
                "match",
                "--cohort",
                "Fall 2026",
                "--why-not",
                "Ada Lovelace",
                "Hal Abelson",
            ]
        )
        == 0
    )
    text = capsys.readouterr().out
    assert "Ada Lovelace: from Grace Hopper to Hal Abelson" in text
    assert "costs the cohort" in text


def test_why_not_someone_unknown_is_one_line_on_stderr(
    db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _cohort(db)
    code = main(
        ["--db", str(db_path), "match", "--cohort", "Fall 2026", "--why-not", "Zed", "Hal Abelson"]
    )
    assert code != 0
    err = capsys.readouterr().err
    assert "No mentee called 'Zed'" in err and "Traceback" not in err


def test_fill_keeps_every_pair_and_places_the_waitlist_in_free_places(
    db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = _cohort(db)
    with db.transaction() as s:
        cohort = s.get(Cohort, ids["cohort"])
        assert cohort is not None
        # Mid-year: Bea is with Grace (not the optimum), Cy waits.
        make_active_pair(
            s,
            cohort,
            mentor=s.get(Application, ids["grace"]),
            mentee=s.get(Application, ids["bea"]),
        )
        cy = s.get(Application, ids["cy"])
        assert cy is not None
        cy.status = ApplicationStatus.WAITLISTED
    out = _run(db_path, capsys, "--fill")
    assert out["applied"] is False and out["free_places"] == 2
    assert {(p["mentee"], p["to"]) for p in out["new_pairs"]} == {
        ("ada@x.org", "hal@x.org"),
        ("cy@x.org", "hal@x.org"),
    }
    out = _run(db_path, capsys, "--fill", "--apply")
    assert out["applied"] is True
    with db.reading() as s:
        board = board_state(s, ids["cohort"])
        pairs = {(p.mentee_id, p.mentor_id) for p in board.pairs}
        statuses = {m.id: m.status for m in board.mentees}
    assert pairs == {(ids["bea"], ids["grace"]), (ids["ada"], ids["hal"]), (ids["cy"], ids["hal"])}
    assert statuses[ids["cy"]] == "matched"  # off the waitlist, and paired


def test_fairness_is_shown_with_its_cost_against_the_plain_optimum(
    db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _cohort(db)
    for mode in ("lowest-first", "departments"):
        out = _run(db_path, capsys, "--fair", mode)
        fairness = out["fairness"]
        assert fairness["mode"] == mode
        assert fairness["cost"] == pytest.approx(
            fairness["total_plain"] - fairness["total"], abs=1e-4
        )
        assert fairness["matched"] == fairness["matched_plain"]


def test_the_certificate_prints_on_one_page(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _cohort(db)
    pdf = tmp_path / "certificate.pdf"
    assert (
        main(
            [
                "--db",
                str(db_path),
                "match",
                "--cohort",
                "Fall 2026",
                "--stable",
                "--certificate",
                str(pdf),
            ]
        )
        == 0
    )
    reader = PdfReader(pdf)
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "Matching certificate: Fall 2026" in text
    assert "optimal for the program's rules" in text
