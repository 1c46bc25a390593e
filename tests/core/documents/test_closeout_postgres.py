"""Close-out on the shared PostgreSQL server: read-only for every desk, purge keeps the counts."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text
from sqlalchemy.engine import URL

from mentordesk.core.documents.closeout import close_cohort, purge_cohort, summary_figures
from mentordesk.core.documents.summary import cohort_summary
from mentordesk.core.errors import CohortClosedError, MentorDeskError
from mentordesk.core.matching.pairs import resign
from mentordesk.core.storage.database import Database
from mentordesk.core.storage.models import AuditEntry
from tests.factories import make_application, make_cohort, make_pairing


@pytest.mark.postgres
def test_a_closed_cohort_on_the_server_refuses_changes_and_purges_cleanly(pg_url: URL) -> None:
    db = Database(pg_url)
    with db.transaction() as s:
        cohort = make_cohort(s, preset="staff", name="Rollout 2026")
        pair = make_pairing(
            s,
            cohort,
            make_application(s, cohort, "mentor", first_name="Quenby", last_name="Marchetti"),
            make_application(s, cohort, "mentee", first_name="Idris", last_name="Vantongeren"),
        )
        cohort_id, mentee_id = cohort.id, pair.mentee_id
    with db.transaction() as s:
        close_cohort(s, cohort_id, force=True)
    other_desk = Database(pg_url)
    with pytest.raises(CohortClosedError, match="is closed"), other_desk.transaction() as s:
        resign(s, mentee_id, "left")
    other_desk.close()
    with db.reading() as s:
        before = summary_figures(cohort_summary(s, cohort_id))
    with pytest.raises(MentorDeskError, match="pg_dump"):
        purge_cohort(db, cohort_id)  # no file to copy: the committee backs up the server
    result = purge_cohort(db, cohort_id, backup=False)
    assert result.people == 2 and result.backup is None
    with db.reading() as s:
        assert summary_figures(cohort_summary(s, cohort_id))["counts"] == before["counts"]
        logged = " ".join(str(changes) for changes in s.scalars(select(AuditEntry.changes)))
        people = s.execute(text("SELECT first_name || last_name || email FROM person")).scalars()
    assert "Vantongeren" not in logged and "Marchetti" not in logged
    assert not any("Vantongeren" in p or "Marchetti" in p for p in people)
    db.close()
