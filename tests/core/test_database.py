"""Opening, creating and upgrading the database file."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import text

from mentordesk.core.database import Database
from mentordesk.core.errors import ConflictError
from mentordesk.core.models import Program


def test_new_file_is_created_migrated_and_private(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "folder" / "new.db"
    db = Database(path)
    assert db.schema_revision() is not None
    assert {
        "program",
        "cohort",
        "application",
        "pairing",
        "event",
        "evaluation",
        "audit_entry",
    } <= set(db.table_names())
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    with db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    db.close()


def test_opening_again_keeps_data_and_revision(db_path: Path) -> None:
    db = Database(db_path)
    with db.transaction() as s:
        s.add(Program(name="Kept", rules_json="{}"))
    revision = db.schema_revision()
    db.close()
    again = Database(db_path)
    assert again.schema_revision() == revision
    with again.reading() as s:
        assert s.query(Program).one().name == "Kept"
    again.close()


def test_a_failed_transaction_leaves_nothing_behind(db: Database) -> None:
    with pytest.raises(ConflictError), db.transaction() as s:
        s.add(Program(name="Half", rules_json="{}"))
        s.flush()
        raise ConflictError("stop")
    with db.reading() as s:
        assert s.query(Program).count() == 0
