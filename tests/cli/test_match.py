"""`mentordesk match`: the proposal as text or JSON, the matrix, and --apply."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mentordesk.cli import main
from mentordesk.core.matching.pairs import board_state
from mentordesk.core.storage.database import Database
from tests.factories import make_application, make_cohort


def _cohort(db: Database) -> int:
    with db.transaction() as s:
        cohort = make_cohort(s, name="Fall 2026", preset="staff")
        make_application(s, cohort, "mentor", email="grace@hsc.org", expertise="grants")
        make_application(s, cohort, "mentee", email="ada@hsc.org", interests="grants")
        make_application(s, cohort, "mentee", email="bob@hsc.org", department="Nursing")
        return cohort.id


def test_match_json_prints_pairs_total_and_unmatched_without_saving(
    db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cohort_id = _cohort(db)
    assert main(["--db", str(db_path), "match", "--cohort", "fall 2026", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) >= {"pairs", "total_score", "unmatched", "certificate"}
    [pair] = out["pairs"]
    assert (pair["mentor"], pair["mentee"]) == ("grace@hsc.org", "ada@hsc.org")
    assert set(pair) >= {"mentor", "mentee", "score", "components", "reasons"}
    assert set(pair["components"]) >= {"interests", "goals", "requested"}
    assert out["total_score"] == pair["score"]
    assert out["unmatched"][0]["mentee"] == "bob@hsc.org"
    assert "Nursing" in out["unmatched"][0]["reason"]
    with db.reading() as s:
        assert board_state(s, cohort_id).pairs == []


def test_match_apply_saves_the_pairs(
    db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cohort_id = _cohort(db)
    assert main(["--db", str(db_path), "match", "--cohort", "Fall 2026", "--apply"]) == 0
    assert "Saved: 1 pairs added, 0 removed, 0 kept, 1 waitlisted" in capsys.readouterr().out
    with db.reading() as s:
        board = board_state(s, cohort_id)
    assert len(board.pairs) == 1
    assert [m.status for m in board.mentees if m.email == "bob@hsc.org"] == ["waitlisted"]


def test_match_matrix_json(db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _cohort(db)
    argv = ["--db", str(db_path), "match", "--cohort", "Fall 2026", "--matrix", "--json"]
    assert main(argv) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["mentors"] == [{"email": "grace@hsc.org", "capacity": 1}]
    assert set(out["mentees"]) == {"ada@hsc.org", "bob@hsc.org"}
    assert len(out["scores"]) == 2 and all(len(row) == 1 for row in out["scores"])
    assert out["locked"] == []


def test_match_unknown_cohort_is_one_line_and_non_zero(
    db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db_path), "match", "--cohort", "Nope"]) == 1
    assert capsys.readouterr().err.startswith("mentordesk: No cohort named 'Nope'")
