"""`mentordesk audit`: the times in a change read on the cohort's clock; `--json` keeps UTC."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from mentordesk.cli import main
from mentordesk.core.calendar.events import EventDraft, create_event, move_event
from mentordesk.core.storage.database import Database
from mentordesk.core.storage.models import EventKind
from tests.factories import make_cohort

Capture = pytest.CaptureFixture[str]


def test_audit_says_when_a_moved_workshop_now_starts_on_the_cohorts_clock(
    db: Database, db_path: Path, capsys: Capture
) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s, name="Fall 2026", timezone="America/Denver")
        (workshop,) = create_event(
            s,
            cohort.id,
            EventDraft(
                "Workshop 1",
                datetime(2026, 10, 7, 12),
                datetime(2026, 10, 7, 13, 30),
                "America/Denver",
                EventKind.WORKSHOP,
            ),
        )
    with db.transaction(actor="marie") as s:
        move_event(s, workshop.id, date(2026, 10, 14))
    argv = ["--db", str(db_path), "audit", "--cohort", "Fall 2026", "--record", "event"]

    assert main(argv) == 0
    moved = capsys.readouterr().out.splitlines()[0]  # newest first
    assert "marie@" in moved and "Event “Workshop 1”" in moved
    assert "starts_at: 2026-10-07 12:00 → 2026-10-14 12:00" in moved  # noon in Denver

    assert main([*argv, "--json"]) == 0
    entry = json.loads(capsys.readouterr().out)["entries"][0]
    assert entry["changes"]["starts_at"] == ["2026-10-07T18:00:00", "2026-10-14T18:00:00"]
