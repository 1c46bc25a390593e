"""The command line, as a script or a committee member's terminal would use it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mentordesk import __version__
from mentordesk.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_program_and_cohort_from_the_command_line(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    db = str(db_path)
    code, out, _ = run(
        capsys, "--db", db, "program", "create", "HSC Staff Mentoring", "--preset", "staff"
    )
    assert code == 0 and "Created program 'HSC Staff Mentoring' from the staff preset" in out
    code, out, _ = run(
        capsys,
        "cohort",
        "create",
        "Rollout 2026",
        "--program",
        "HSC Staff Mentoring",
        "--start",
        "2026-09-14",
        "--end",
        "2027-05-14",
        "--timezone",
        "America/Denver",
        "--db",
        db,
    )
    assert code == 0 and "1 term(s)" in out  # a staff rollout is one term
    assert "times in America/Denver" in out
    code, out, _ = run(capsys, "--db", db, "cohorts", "--json")
    data = json.loads(out)
    (program,) = data["programs"]
    assert program["preset"] == "staff"
    assert program["cohorts"][0]["name"] == "Rollout 2026"
    assert program["cohorts"][0]["start"] == "2026-09-14"
    assert program["cohorts"][0]["timezone"] == "America/Denver"
    code, out, _ = run(capsys, "--db", db, "cohorts")
    assert "2026-09-14 – 2027-05-14 (America/Denver)" in out


def test_demo_is_realistic(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    code, out, _ = run(capsys, "--db", str(db_path), "demo")
    assert code == 0 and "3 programs" in out
    code, out, _ = run(capsys, "--db", str(db_path), "cohorts", "--json")
    programs = json.loads(out)["programs"]
    assert sorted(p["preset"] for p in programs) == ["association", "credential", "staff"]
    apps: list[dict[str, object]] = []
    for program in programs:
        (cohort,) = program["cohorts"]
        _code, out, _ = run(
            capsys, "--db", str(db_path), "applicants", "--cohort", cohort["name"], "--json"
        )
        apps += json.loads(out)["applications"]
    assert len(apps) >= 120
    names = " ".join(f"{a['first_name']} {a['last_name']}" for a in apps)
    assert "'" in names and any(ch in names for ch in "éëñøãọ")
    assert len({a["department"] for a in apps}) >= 5
    assert sum(1 for a in apps if not a["eligible"]) >= 5
    mentor_emails = {a["email"] for a in apps if a["role"] == "mentor"}
    assert any(a["supervisor_email"] in mentor_emails for a in apps if a["role"] == "mentee")
    assert {a["capacity"] for a in apps if a["role"] == "mentor"} == {1, 2, 3}


def test_demo_is_the_same_every_time(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    outputs = []
    for name in ("one.db", "two.db"):
        run(capsys, "--db", str(tmp_path / name), "demo")
        _code, out, _ = run(
            capsys, "--db", str(tmp_path / name), "applicants", "--cohort", "2026–27", "--json"
        )
        outputs.append(
            [(a["email"], a["goals"], a["capacity"]) for a in json.loads(out)["applications"]]
        )
    assert outputs[0] == outputs[1]


def test_unknown_cohort_is_one_clear_line(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    run(capsys, "--db", str(db_path), "program", "create", "HECMA", "--preset", "association")
    code, out, err = run(capsys, "--db", str(db_path), "applicants", "--cohort", "Nope")
    assert code == 1 and out == ""
    assert err == "mentordesk: No cohort named 'Nope' (cohorts: none yet)\n"


def test_a_mistyped_database_path_is_refused_and_nothing_is_created(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    typo = tmp_path / "no-such-folder" / "mentorship.db"
    for command in (["cohorts"], ["applicants", "--cohort", "2026"], ["match", "--cohort", "2026"]):
        code, out, err = run(capsys, "--db", str(typo), *command)
        assert code == 2 and out == ""
        assert err.startswith(f"mentordesk: There is no MentorDesk database at {typo}")
    assert not typo.parent.exists()


def test_unreadable_database_is_one_clear_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    not_a_db = tmp_path / "notes.db"
    not_a_db.write_text("These are my meeting notes, not a database.\n" * 50)
    code, _out, err = run(capsys, "--db", str(not_a_db), "cohorts")
    assert code == 2
    assert err.startswith("mentordesk: ") and err.count("\n") == 1 and "Traceback" not in err


def test_bad_preset_is_refused_by_the_parser(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--db", str(db_path), "program", "create", "X", "--preset", "school"])
    assert info.value.code == 2
    assert "invalid choice: 'school'" in capsys.readouterr().err


def test_environment_variable_chooses_the_database(
    capsys: pytest.CaptureFixture[str], db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MENTORDESK_DB", str(db_path))
    run(capsys, "program", "create", "From env", "--preset", "credential")
    assert db_path.exists()
    _code, out, _ = run(capsys, "--db", str(db_path), "cohorts")
    assert "From env (credential)" in out


def test_command_line_never_imports_qt(db_path: Path) -> None:
    code = (
        "import sys; from mentordesk.cli import main; "
        f"rc = main(['--db', {str(db_path)!r}, 'demo']); "
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'; "
        "sys.exit(rc)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def test_version_and_help_as_a_module() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "mentordesk", "--version"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.stdout.strip() == f"MentorDesk {__version__}"
    result = subprocess.run(
        [sys.executable, "-m", "mentordesk", "--help"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 0
    for command in ("demo", "program", "cohort", "cohorts", "applicants"):
        assert command in result.stdout


def test_cohort_terms_are_shown_and_set_from_the_command_line(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    db = str(db_path)
    run(capsys, "--db", db, "program", "create", "HECMA", "--preset", "association")
    run(capsys, "--db", db, "cohort", "create", "2026-27", "--program", "HECMA",
        "--start", "2026-08-17", "--end", "2027-05-28")  # fmt: skip
    code, out, _ = run(capsys, "--db", db, "cohort", "terms", "2026-27")
    assert code == 0 and "Fall 2026: 2026-08-17 – 2026-12-31" in out
    code, out, _ = run(
        capsys, "--db", db, "cohort", "terms", "2026-27", "--json",
        "--set", "Fall 2026=2026-08-17..2026-12-18",
        "--set", "Spring 2027=2027-01-11..2027-05-07",
    )  # fmt: skip
    assert code == 0
    assert json.loads(out)["terms"][1] == {
        "name": "Spring 2027",
        "start": "2027-01-11",
        "end": "2027-05-07",
    }
    code, _, err = run(
        capsys, "--db", db, "cohort", "terms", "2026-27", "--set", "Fall=2026-08..2026-12-01"
    )
    assert code == 1 and err.count("\n") == 1 and "is not a date" in err
