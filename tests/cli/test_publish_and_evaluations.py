"""`mentordesk publish` and `mentordesk evaluations`: the staff demo told and evaluated from a terminal."""

from __future__ import annotations

import csv
import email
import json
import shutil
from email import policy
from pathlib import Path

import pytest

from mentordesk.cli import main
from mentordesk.core.matching.publishing import active_pairs
from mentordesk.core.programs.cohorts import find_cohort
from mentordesk.core.storage.database import Database
from mentordesk.demo.cohorts import build_demo

STAFF = "Rollout 2026"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo, built once for this module (it takes a while); each test gets a copy."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    db = Database(path)
    with db.transaction(note="demo") as session:
        build_demo(session)
    db.close()  # the last connection folds the WAL into the file
    return path


@pytest.fixture
def demo(demo_file: Path, db_path: Path) -> Path:
    shutil.copyfile(demo_file, db_path)
    db_path.chmod(0o600)
    return db_path


def test_publish_writes_one_parseable_introduction_per_pair_with_its_agreement(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "drafts"
    assert main(["--db", str(demo), "publish", "--cohort", STAFF, "--out", str(out), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["published"] and len(report["drafts"]) == len(report["published"])
    db = Database(demo)
    with db.reading() as s:
        pairs = active_pairs(s, find_cohort(s, STAFF).id)
    assert all(p.published_at is not None for p in pairs if p.blocked is None)
    # Again with --all: one draft per published pair, every one parses with its agreement.
    assert main(["--db", str(demo), "publish", "--cohort", STAFF, "--out", str(out), "--all"]) == 0
    assert "Published 0 pair(s)" in capsys.readouterr().out
    files = sorted(out.glob("*.eml"))
    assert len(files) == len(pairs)
    for path in files:
        message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        assert len(message["To"].addresses) == 2
        [pdf] = [p for p in message.iter_attachments() if p.get_content_type() == "application/pdf"]
        assert pdf.get_filename().startswith("agreement-")
    db.close()


def _survey(path: Path, rows: list[list[str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            [
                "Timestamp",
                "Email Address",
                "Your partner's email (mentors with several mentees)",
                "Overall, how satisfied are you with the mentoring partnership?",
                "We meet as often as we agreed.",
                "Comments",
            ]
        )
        writer.writerows(rows)


def test_midpoint_and_closeout_imported_from_a_survey_csv_show_in_the_report(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = Database(demo)
    with db.reading() as s:
        pairs = active_pairs(s, find_cohort(s, STAFF).id)[:3]
    db.close()
    midpoint, closeout = tmp_path / "mid.csv", tmp_path / "close.csv"
    _survey(midpoint, [["2027-01-10 10:00", p.mentee_email, "", "4", "5", "Fine"] for p in pairs])
    # Mentors of two mentees name the mentee the answers are about.
    _survey(
        closeout,
        [["2027-05-01 10:00", p.mentor_email, p.mentee_email, "5", "", ""] for p in pairs[:2]],
    )
    base = ["--db", str(demo), "evaluations"]
    assert main([*base, "import", str(midpoint), "--cohort", STAFF, "--phase", "midpoint"]) == 0
    assert "Imported 3 midpoint evaluation(s)" in capsys.readouterr().out
    assert main([*base, "import", str(closeout), "--cohort", STAFF, "--phase", "closeout"]) == 0
    assert "Imported 2 closeout evaluation(s)" in capsys.readouterr().out
    assert main([*base, "--cohort", STAFF, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["received"] == 5
    overall = {
        (q["phase"], q["evaluator"]): q for q in report["questions"] if q["question"] == "overall"
    }
    assert overall["midpoint", "mentee"]["average"] == 4.0
    assert overall["closeout", "mentor"]["ratings"] == [0, 0, 0, 0, 2]
    # A mapping file naming something that is not a question is refused in one line.
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"Comments": "q:shoe_size"}), encoding="utf-8")
    code = main([*base, "import", str(midpoint), "--cohort", STAFF, "--phase", "midpoint",
                 "--mapping", str(mapping)])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and "'q:shoe_size'" in err
