"""What watching for other desks' changes costs: one look at the change mark, next to ``SELECT 1``.

Run: python bench/bench_other_desks.py [AUDIT_ENTRIES] [POSTGRESQL_URL]. Fills a database
with a year's worth of audit entries (default 200,000), then times ``last_change`` (what
the window reads on focus and every 5 seconds) against the cheapest possible query on
the same connection, measured in the same run, and prints the ratio and what polling
every 5 seconds costs per hour. With a PostgreSQL URL, the server is measured too.
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

from sqlalchemy import insert, text

from mentordesk.core.storage.audit import last_change
from mentordesk.core.storage.database import Database
from mentordesk.core.storage.models import AuditEntry

LOOKS = 2000
POLL_SECONDS = 5


def fill(db: Database, entries: int) -> None:
    rows = [
        {
            "at": datetime(2026, 9, 1),
            "actor": "marie",
            "action": "update",
            "entity": "application",
            "entity_id": i % 5000,
            "changes": {"department": ["Nursing", "Pharmacy"], "version": [i, i + 1]},
            "note": None,
        }
        for i in range(entries)
    ]
    with db.engine.begin() as connection:
        connection.execute(insert(AuditEntry), rows)


def per_look(db: Database, look: str) -> float:
    with db.reading() as session:
        session.execute(text("SELECT 1"))  # connected and warm before timing
        start = time.perf_counter()
        for _ in range(LOOKS):
            if look == "mark":
                last_change(session)
            else:
                session.execute(text("SELECT 1")).scalar()
        return (time.perf_counter() - start) / LOOKS


def measure(name: str, db: Database, entries: int) -> None:
    fill(db, entries)
    reference = per_look(db, "select 1")
    mark = per_look(db, "mark")
    # The window opens its own short read for each look: measure that whole step too.
    start = time.perf_counter()
    for _ in range(200):
        with db.reading() as session:
            last_change(session)
    whole = (time.perf_counter() - start) / 200
    per_hour = whole * 3600 / POLL_SECONDS
    print(
        f"{name}: {entries:,} audit entries; change mark {mark * 1e6:.0f} µs, SELECT 1 "
        f"{reference * 1e6:.0f} µs (ratio {mark / reference:.2f}); one look with its own "
        f"session {whole * 1e3:.2f} ms = {per_hour * 1e3:.0f} ms of each hour at one look "
        f"per {POLL_SECONDS} s"
    )


def main() -> None:
    entries = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
    with tempfile.TemporaryDirectory() as folder:
        db = Database(Path(folder) / "bench.db")
        measure("SQLite", db, entries)
        db.close()
    if len(sys.argv) > 2:
        db = Database(sys.argv[2])
        measure("PostgreSQL", db, entries)
        db.close()


if __name__ == "__main__":
    main()
