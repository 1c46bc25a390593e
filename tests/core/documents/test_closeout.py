"""The end of a cohort: what is missing, closing it read-only, reopening it, purging it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from mentordesk.core.applications.records import add_application, update_application
from mentordesk.core.documents.closeout import (
    close_cohort,
    closeout_check,
    purge_cohort,
    reopen_cohort,
    summary_figures,
)
from mentordesk.core.documents.summary import cohort_summary
from mentordesk.core.errors import CohortClosedError, ConflictError, ValidationError
from mentordesk.core.matching.pairs import add_exclusion, resign
from mentordesk.core.storage.audit_trail import AuditFilter, audit_rows
from mentordesk.core.storage.database import Database
from mentordesk.core.storage.models import (
    ApplicationStatus,
    Cohort,
    CohortStatus,
    Pairing,
    PairingStatus,
)
from tests.factories import (
    make_application,
    make_cohort,
    make_evaluation,
    make_event,
    make_meeting,
    make_pairing,
)


def _staff_year(db: Database) -> int:
    """A staff cohort with two pairs, one signed and fully evaluated, one not."""
    with db.transaction() as session:
        cohort = make_cohort(session, preset="staff", name="Rollout 2026")
        done = make_pairing(
            session,
            cohort,
            make_application(session, cohort, "mentor", first_name="Ines", last_name="Quiroga"),
            make_application(session, cohort, "mentee", first_name="Tobias", last_name="Whitlock"),
            agreement_signed_on=date(2026, 9, 20),
        )
        make_pairing(
            session,
            cohort,
            make_application(
                session, cohort, "mentor", first_name="Marguerite", last_name="Oyelaran"
            ),
            make_application(
                session, cohort, "mentee", first_name="Santiago", last_name="Belmonte"
            ),
        )
        for phase in ("midpoint", "closeout"):
            for role, who in (("mentee", done.mentee_id), ("mentor", done.mentor_id)):
                make_evaluation(session, cohort, done, phase=phase, role=role, evaluator_id=who)
        make_evaluation(session, cohort, done, phase="closeout", role="supervisor", rating=5)
        make_meeting(session, done, date(2026, 10, 2))
        return cohort.id


def test_the_close_out_check_names_missing_evaluations_and_unsigned_agreements(
    db: Database,
) -> None:
    cohort_id = _staff_year(db)
    with db.reading() as session:
        check = closeout_check(session, cohort_id)
    assert not check.complete
    assert check.unsigned_agreements == ["Marguerite Oyelaran and Santiago Belmonte"]
    missing = {(m.phase, m.role, m.who) for m in check.missing_evaluations}
    assert ("closeout", "mentee", "Santiago Belmonte") in missing
    assert ("midpoint", "mentor", "Marguerite Oyelaran") in missing
    assert not any("Tobias" in who for _p, _r, who in missing)
    assert check.short() == "5 evaluations and 1 signed agreement missing"


def test_closing_is_refused_while_things_are_missing_unless_forced(db: Database) -> None:
    cohort_id = _staff_year(db)
    refused = pytest.raises(ValidationError, match=r"not ready to close: .*1 agreement not signed")
    with refused, db.transaction() as session:
        close_cohort(session, cohort_id)
    with db.transaction() as session:
        result = close_cohort(session, cohort_id, force=True)
    assert result.completed_pairs == 2
    with db.reading() as session:
        cohort = session.get(Cohort, cohort_id)
        assert cohort is not None and cohort.status is CohortStatus.CLOSED
        assert cohort.final_summary is not None
        assert cohort.final_summary["counts"][2]["mentees"] == 2  # matched
        pairs = session.scalars(select(Pairing).where(Pairing.cohort_id == cohort_id)).all()
        assert {p.status for p in pairs} == {PairingStatus.COMPLETED}


def test_a_closed_cohort_refuses_every_change_until_reopened_with_a_reason(
    db: Database,
) -> None:
    cohort_id = _staff_year(db)
    with db.transaction() as session:
        close_cohort(session, cohort_id, force=True)
    with db.reading() as session:
        cohort = session.get(Cohort, cohort_id)
        assert cohort is not None
        app_id = cohort.applications[0].id
        mentee_id = next(a.id for a in cohort.applications if a.role.value == "mentee")
        mentor_id = next(a.id for a in cohort.applications if a.role.value == "mentor")

    attempts = {
        "import": lambda s: add_application(
            s, s.get(Cohort, cohort_id), {"email": "late@example.org", "role": "mentee"}
        ),
        "edit": lambda s: update_application(s, app_id, "department", "Finance"),
        "board": lambda s: add_exclusion(s, cohort_id, mentor_id, mentee_id, "never"),
        "resign": lambda s: resign(s, mentee_id, "moved away"),
        "calendar": lambda s: make_event(s, s.get(Cohort, cohort_id), "workshop"),
        "name": lambda s: setattr(s.get(Cohort, cohort_id), "name", "Renamed"),
    }
    refused = []
    for what, attempt in attempts.items():
        try:
            with db.transaction() as session:
                attempt(session)
                session.flush()
        except CohortClosedError as exc:
            assert "'Rollout 2026' is closed" in str(exc)
            refused.append(what)
    assert refused == list(attempts)

    with pytest.raises(ValidationError, match="reason"), db.transaction() as session:
        reopen_cohort(session, cohort_id, "  ")
    with db.transaction() as session:
        reopen_cohort(session, cohort_id, "A late evaluation came in")
    with db.transaction() as session:
        update_application(session, app_id, "department", "Finance")
    with db.reading() as session:
        reopened = audit_rows(session, AuditFilter(cohort_id=cohort_id, field="status", limit=1))
    assert reopened[0].note == "Reopened: A late evaluation came in"
    assert reopened[0].changes[0].old == "closed"


def test_purge_keeps_every_count_and_leaves_no_name_in_the_file(db: Database) -> None:
    cohort_id = _staff_year(db)
    with db.transaction() as session:
        other = make_cohort(session, preset="staff", name="Other")
        make_application(session, other, "mentee", first_name="Priya", last_name="Stays")
        cohort = session.get(Cohort, cohort_id)
        assert cohort is not None
        tobias = next(a for a in cohort.applications if a.person.first_name == "Tobias")
        tobias.notes = "Tobias Whitlock prefers mornings"
    with db.transaction() as session:
        resign(session, tobias.id, "Tobias Whitlock moved to Denver")
    with db.transaction() as session:
        close_cohort(session, cohort_id, force=True)
    with db.reading() as session:
        before = summary_figures(cohort_summary(session, cohort_id))
    result = purge_cohort(db, cohort_id)
    assert result.people == 4 and result.applications == 4
    assert result.backup is not None and result.backup.exists()
    assert result.compacted
    with db.reading() as session:
        after = summary_figures(cohort_summary(session, cohort_id))
    assert after["counts"] == before["counts"]
    assert after["evaluations"] == before["evaluations"]
    assert after["terms"] == before["terms"]
    assert after["match_rate"] == before["match_rate"]

    assert db.path is not None
    data = Path(db.path).read_bytes() + b"".join(
        p.read_bytes() for p in Path(db.path).parent.glob(f"{db.path.name}-*")
    )
    for name in ("Whitlock", "Quiroga", "Oyelaran", "Belmonte", "Denver", "mornings"):
        assert name.encode() not in data, name
    assert b"Priya" in data  # another cohort's applicant is untouched
    assert b"Whitlock" in result.backup.read_bytes()  # the backup made first has it all


def test_purge_needs_a_closed_cohort(db: Database) -> None:
    cohort_id = _staff_year(db)
    with pytest.raises(ConflictError, match="Close the cohort"):
        purge_cohort(db, cohort_id)
    with db.reading() as session:
        assert all(
            a.status is not ApplicationStatus.COMPLETED
            for a in session.get(Cohort, cohort_id).applications  # type: ignore[union-attr]
        )
