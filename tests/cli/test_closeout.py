"""cohort close, reopen, purge, create --carry-over-from, and audit, as a terminal uses them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mentordesk.cli import main
from mentordesk.core.storage.database import Database
from mentordesk.core.storage.models import ApplicationStatus
from tests.factories import make_application, make_cohort, make_pairing


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_close_refuse_reopen_purge_and_carry_over_from_the_command_line(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    database = Database(db_path)
    with database.transaction() as session:
        cohort = make_cohort(session, preset="staff", name="Rollout 2026")
        program = cohort.program.name
        make_pairing(session, cohort)
        waiting = make_application(
            session, cohort, "mentee", first_name="Wanda", last_name="Waitwell"
        )
        waiting.status = ApplicationStatus.WAITLISTED
    database.close()
    db = str(db_path)

    code, out, _ = run(capsys, "--db", db, "cohort", "close", "Rollout 2026", "--check", "--json")
    assert code == 1 and json.loads(out)["unsigned_agreements"]
    code, _, err = run(capsys, "--db", db, "cohort", "close", "Rollout 2026")
    assert code == 1 and "not ready to close" in err and "--force" in err
    assert len(err.strip().splitlines()) == 1

    code, out, _ = run(
        capsys, "--db", db, "cohort", "create", "Rollout 2027", "--program", program,
        "--start", "2027-09-01", "--end", "2028-05-01", "--carry-over-from", "Rollout 2026",
    )  # fmt: skip
    assert code == 0 and "carried 1 waitlisted mentee from 'Rollout 2026'" in out

    summary = tmp_path / "final.pdf"
    code, out, _ = run(
        capsys, "--db", db, "cohort", "close", "Rollout 2026", "--force",
        "--summary-out", str(summary),
    )  # fmt: skip
    assert code == 0 and "Closed 'Rollout 2026': 1 pair completed" in out
    assert summary.read_bytes().startswith(b"%PDF")

    csv = tmp_path / "late.csv"
    csv.write_text("Email,Role\nlate@example.org,mentee\n", encoding="utf-8")
    code, _, err = run(capsys, "--db", db, "import", str(csv), "--cohort", "Rollout 2026")
    assert code != 0 and "'Rollout 2026' is closed" in err
    assert len(err.strip().splitlines()) == 1

    with pytest.raises(SystemExit):  # argparse: the reason is required
        run(capsys, "--db", db, "cohort", "reopen", "Rollout 2026")
    assert "--reason" in capsys.readouterr().err
    code, out, _ = run(
        capsys, "--db", db, "cohort", "reopen", "Rollout 2026", "--reason", "late evaluation"
    )
    assert code == 0 and "Reopened 'Rollout 2026'" in out
    code, _, err = run(capsys, "--db", db, "cohort", "purge", "Rollout 2026", "--yes")
    assert code == 1 and "Close the cohort" in err
    assert run(capsys, "--db", db, "cohort", "close", "Rollout 2026", "--force")[0] == 0

    code, _, err = run(capsys, "--db", db, "cohort", "purge", "Rollout 2026")
    assert code == 1 and "--yes" in err  # no terminal to confirm in
    code, out, _ = run(capsys, "--db", db, "cohort", "purge", "Rollout 2026", "--yes", "--json")
    result = json.loads(out)
    assert result["applications"] == 3 and Path(result["backup"]).exists()
    # Wanda is in the new cohort too: her name stays there.
    assert result["kept_people"] == 1

    code, out, _ = run(capsys, "--db", db, "audit", "--cohort", "Rollout 2026", "--json")
    entries = json.loads(out)["entries"]
    assert entries[0]["action"] == "purge"
    assert any(e["note"] == "Reopened: late evaluation" for e in entries)
    code, out, _ = run(capsys, "--db", db, "audit", "--person", "nobody@example.org")
    assert code == 1
    code, out, _ = run(capsys, "--db", db, "audit", "--since", "2000-01-01", "--limit", "3")
    assert code == 0 and len(out.strip().splitlines()) == 3
