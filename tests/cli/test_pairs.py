"""`pairs`, `pair`, `unpair`, `withdraw` and `edit`: one change per command, one line each."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mentordesk.cli import main
from mentordesk.core.documents.summary import cohort_summary
from mentordesk.core.programs.cohorts import find_cohort
from mentordesk.core.storage.database import Database
from tests.factories import make_application, make_cohort

Capture = pytest.CaptureFixture[str]


@pytest.fixture
def cohort(db: Database) -> str:
    with db.transaction() as s:
        cohort = make_cohort(s, name="Fall 2026", preset="staff")
        make_application(
            s, cohort, "mentor", email="grace@hsc.org", first_name="Grace", last_name="Hopper"
        )
        make_application(
            s, cohort, "mentor", email="alan@hsc.org", first_name="Alan", last_name="Turing"
        )
        make_application(s, cohort, email="ada@hsc.org", first_name="Ada", last_name="Lovelace")
        make_application(s, cohort, email="bob@hsc.org", first_name="Bob", last_name="Kahn")
    return "Fall 2026"


def run(db_path: Path, *argv: str) -> int:
    return main(["--db", str(db_path), *argv])


def test_pair_then_pairs_lists_the_pair_with_its_score_and_state(
    db_path: Path, cohort: str, capsys: Capture
) -> None:
    assert run(db_path, "pair", "--cohort", cohort, "Ada Lovelace", "grace@hsc.org") == 0
    assert capsys.readouterr().out.startswith("Paired Ada Lovelace with Grace Hopper in Fall 2026")
    assert run(db_path, "pairs", "--cohort", cohort, "--json") == 0
    out = json.loads(capsys.readouterr().out)
    [pair] = out["pairs"]
    assert (pair["mentee"], pair["mentor"], pair["state"]) == (
        "Ada Lovelace",
        "Grace Hopper",
        "proposed",
    )
    assert isinstance(pair["score"], float)
    assert run(db_path, "pairs", "--cohort", cohort) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "1 active pair in Fall 2026"


def test_a_refused_pair_says_which_rule_in_one_line(
    db_path: Path, cohort: str, capsys: Capture
) -> None:
    assert run(db_path, "pair", "--cohort", cohort, "ada@hsc.org", "grace@hsc.org") == 0
    capsys.readouterr()
    assert run(db_path, "pair", "--cohort", cohort, "ada@hsc.org", "alan@hsc.org") == 1
    [line] = capsys.readouterr().err.splitlines()
    assert line == (
        "mentordesk: Ada Lovelace is already paired with Grace Hopper; unpair them first, "
        "or move them to Alan Turing (pair --move)"
    )
    assert run(db_path, "pair", "--cohort", cohort, "bob@hsc.org", "grace@hsc.org") == 1
    [line] = capsys.readouterr().err.splitlines()
    assert line == "mentordesk: Grace Hopper takes 1 mentee; this would make 2"


def test_pair_move_moves_a_mentee_and_says_from_whom(
    db_path: Path, cohort: str, capsys: Capture
) -> None:
    run(db_path, "pair", "--cohort", cohort, "ada@hsc.org", "grace@hsc.org")
    capsys.readouterr()
    assert run(db_path, "pair", "--cohort", cohort, "ada@hsc.org", "alan@hsc.org", "--move") == 0
    assert capsys.readouterr().out.startswith(
        "Moved Ada Lovelace from Grace Hopper to Alan Turing in Fall 2026 (score "
    )
    assert run(db_path, "pair", "--cohort", cohort, "ada@hsc.org", "alan@hsc.org", "--move") == 1
    [line] = capsys.readouterr().err.splitlines()
    assert line == "mentordesk: Ada Lovelace is already paired with Alan Turing"
    run(db_path, "pairs", "--cohort", cohort, "--json")
    [pair] = json.loads(capsys.readouterr().out)["pairs"]
    assert (pair["mentee"], pair["mentor"]) == ("Ada Lovelace", "Alan Turing")


def test_expect_mentor_none_pairs_only_a_mentee_still_without_a_mentor(
    db_path: Path, cohort: str, capsys: Capture
) -> None:
    argv = ["pair", "--cohort", cohort, "ada@hsc.org", "grace@hsc.org", "--expect-mentor"]
    assert run(db_path, *argv, "none") == 0
    capsys.readouterr()
    move = ["pair", "--cohort", cohort, "ada@hsc.org", "alan@hsc.org", "--move"]
    assert run(db_path, *move, "--expect-mentor", "none") == 3
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith("mentordesk: Ada Lovelace has a mentor now (Grace Hopper, paired by "), (
        line
    )
    assert line.endswith("); nothing was changed")


def test_unpair_ends_the_pair_with_the_reason(db_path: Path, cohort: str, capsys: Capture) -> None:
    run(db_path, "pair", "--cohort", cohort, "ada@hsc.org", "grace@hsc.org")
    assert run(db_path, "unpair", "--cohort", cohort, "ada@hsc.org", "--reason", "clash") == 0
    assert "Ended the pair of Ada Lovelace and Grace Hopper" in capsys.readouterr().out
    run(db_path, "pairs", "--cohort", cohort, "--json")
    assert json.loads(capsys.readouterr().out)["pairs"] == []
    assert run(db_path, "unpair", "--cohort", cohort, "ada@hsc.org", "--reason", "again") == 1
    assert "Ada Lovelace has no active pair" in capsys.readouterr().err


def test_withdraw_ends_the_pair_offers_the_partner_and_recounts_the_summary(
    db: Database, db_path: Path, cohort: str, capsys: Capture
) -> None:
    run(db_path, "pair", "--cohort", cohort, "ada@hsc.org", "grace@hsc.org")
    capsys.readouterr()
    argv = ["withdraw", "--cohort", cohort, "Grace Hopper", "--reason", "retired"]
    assert run(db_path, *argv, "--date", "2026-11-02") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Grace Hopper withdrew on 2026-11-02; the pair with Ada Lovelace ended."
    assert lines[1].startswith("  Ada Lovelace can be paired with Alan Turing (score")
    with db.reading() as s:
        summary = cohort_summary(s, find_cohort(s, cohort).id)
    assert summary.count("Matched").mentors == 0
    assert summary.count("Withdrawn").mentors == 1


def test_applicants_json_gives_versions_and_a_stale_edit_exits_3_naming_who(
    db: Database, db_path: Path, cohort: str, capsys: Capture
) -> None:
    run(db_path, "applicants", "--cohort", cohort, "--json")
    [ada] = [
        a for a in json.loads(capsys.readouterr().out)["applications"] if a["first_name"] == "Ada"
    ]
    read = ada["version"]
    with db.transaction(actor="marie") as s:
        from mentordesk.core.applications.records import update_application

        update_application(s, ada["id"], "department", "Pharmacy")
    argv = ["edit", "--cohort", cohort, "ada@hsc.org", "department=Nursing"]
    assert run(db_path, *argv, "--expect-version", str(read)) == 3
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith("mentordesk: Ada Lovelace was changed by marie on ")
    assert "(Department: – → Pharmacy)" in line and f"not {read}" in line
    assert run(db_path, *argv, "--expect-version", str(read + 1)) == 0
    assert (
        capsys.readouterr().out.strip() == f"Saved department of Ada Lovelace (version {read + 2})"
    )


def test_edit_names_a_bad_assignment(db_path: Path, cohort: str, capsys: Capture) -> None:
    assert run(db_path, "edit", "--cohort", cohort, "ada@hsc.org", "department") == 1
    assert "is not FIELD=VALUE" in capsys.readouterr().err
