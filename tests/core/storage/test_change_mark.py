"""The change mark every window watches never moves past a change still to be committed.

Windows learn that another desk saved something from the newest audit entry's id
(``audit.last_change``) and read what changed after the mark they saw. On PostgreSQL the
ids come from a sequence, taken when an entry is inserted: two desks' changes could commit
in the other order than their ids, and a third desk that read the mark in between would
never see the earlier one. Proven here with real processes on SQLite and PostgreSQL: one
desk holds its written change open while a second saves, and the mark read right after the
second's save must already cover everything it will ever cover.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.engine import URL

from mentordesk.core.applications.records import update_application
from mentordesk.core.errors import DatabaseError
from mentordesk.core.storage import database as database_module
from mentordesk.core.storage.audit import changed_since, last_change
from mentordesk.core.storage.database import Database
from mentordesk.core.storage.models import Application, AuditEntry
from tests.factories import make_application, make_cohort

ROOT = Path(__file__).resolve().parents[3]
TIMEOUT = 60  # seconds for any one process: the test is bounded even when something hangs
HOLD = 2.0  # seconds the first desk holds its written change open


def _desk(db: Database, application: int, hold: float, name: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.core.storage.held_write",
            db.url.render_as_string(hide_password=False),
            str(application),
            str(hold),
            name,
        ],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _line(process: subprocess.Popen[str]) -> str:
    assert process.stdout is not None
    line = process.stdout.readline().strip()
    assert line, f"the desk said nothing: {process.stderr.read() if process.stderr else ''}"
    return line


def _two_applications(db: Database) -> tuple[int, int]:
    with db.transaction() as s:
        cohort = make_cohort(s)
        return make_application(s, cohort).id, make_application(s, cohort).id


def _audit_ids(db: Database) -> set[int]:
    with db.reading() as s:
        return set(s.scalars(select(AuditEntry.id)))


def test_a_change_committed_late_never_hides_below_the_mark_another_desk_read(
    any_db: Database,
) -> None:
    first_app, second_app = _two_applications(any_db)
    slow = _desk(any_db, first_app, HOLD, "slow desk")
    try:
        written = _line(slow)
        assert written.startswith("written ")
        quick = _desk(any_db, second_app, 0, "quick desk")
        out, err = quick.communicate(timeout=TIMEOUT)
        # The quick desk's save returned: a third desk looks now.
        with any_db.reading() as s:
            mark = last_change(s)
        seen = _audit_ids(any_db)
        assert quick.returncode == 0, err
        assert out.splitlines()[-1] == "committed", out
        assert _line(slow) == "committed"
        assert slow.wait(timeout=TIMEOUT) == 0
    finally:
        slow.kill()
    # Both saved: every attempt accounted for.
    with any_db.reading() as s:
        departments = {a.id: a.department for a in s.scalars(select(Application))}
        assert changed_since(s, mark) == []
    assert departments[first_app] == "slow desk" and departments[second_app] == "quick desk"
    # Everything at or below the mark was already there when the mark was read.
    assert {i for i in _audit_ids(any_db) if i <= mark} == seen
    # The quick desk took its turn after the slow one: its entries come after.
    with any_db.reading() as s:
        by_actor = {e.actor: e.id for e in s.scalars(select(AuditEntry))}
    assert by_actor["slow desk"] < by_actor["quick desk"]


@pytest.mark.postgres
def test_a_change_that_waited_too_long_for_another_desk_is_refused_whole(
    pg_url: URL, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = Database(pg_url)
    try:
        first_app, second_app = _two_applications(db)
        slow = _desk(db, first_app, 4.0, "slow desk")
        try:
            assert _line(slow).startswith("written ")
            monkeypatch.setattr(database_module, "WRITE_TURN_WAIT_SECONDS", 1)
            started = time.monotonic()
            with (
                pytest.raises(DatabaseError, match="Another desk or window is still saving"),
                db.transaction(actor="this desk") as s,
            ):
                update_application(s, second_app, "department", "this desk")
            assert time.monotonic() - started < 3.5  # refused after its wait, not after theirs
            assert _line(slow) == "committed"
        finally:
            slow.kill()
        with db.reading() as s:
            assert s.get(Application, second_app).department != "this desk"  # type: ignore[union-attr]
            assert "this desk" not in set(s.scalars(select(AuditEntry.actor)))
    finally:
        db.close()
