"""Every change leaves an audit entry saying who changed what from what to what."""

from __future__ import annotations

import getpass

import pytest
from sqlalchemy import select

from mentordesk.core.applications.records import update_application
from mentordesk.core.errors import ConflictError, ValidationError
from mentordesk.core.storage.database import Database
from mentordesk.core.storage.models import Application, AuditEntry, Cohort, Person, Term
from tests.factories import make_application, make_cohort


def entries(db: Database, entity: str | None = None) -> list[AuditEntry]:
    with db.reading() as session:
        query = select(AuditEntry).order_by(AuditEntry.id)
        if entity:
            query = query.where(AuditEntry.entity == entity)
        return list(session.scalars(query))


def test_a_new_application_is_recorded_with_its_values_and_who_entered_it(db: Database) -> None:
    with db.transaction(actor="Marie-Ève", note="typed in from a paper form") as session:
        cohort = make_cohort(session)
        app_id = make_application(session, cohort, first_name="Zoë", department="Nursing").id
    [created] = entries(db, "application")
    assert (created.actor, created.action, created.entity_id) == ("Marie-Ève", "create", app_id)
    assert created.note == "typed in from a paper form"
    assert created.changes is not None
    assert created.changes["department"] == [None, "Nursing"]
    assert created.changes["role"] == [None, "mentee"]
    [person] = entries(db, "person")
    assert person.changes is not None and person.changes["first_name"] == [None, "Zoë"]


def test_an_edit_records_the_old_and_new_value(db: Database) -> None:
    with db.transaction() as session:
        app_id = make_application(session, make_cohort(session), department="Nursing").id
    with db.transaction(actor="ann") as session:
        update_application(session, app_id, "department", "Pharmacy")
    [update] = [e for e in entries(db, "application") if e.action == "update"]
    assert update.actor == "ann"
    assert update.entity_id == app_id
    # The version the change raised is recorded too: a stale save finds it by it.
    assert update.changes == {"department": ["Nursing", "Pharmacy"], "version": [1, 2]}


def test_moving_an_application_to_another_person_records_the_foreign_key(db: Database) -> None:
    with db.transaction() as session:
        app_id = make_application(session, make_cohort(session)).id
        old_person = session.get(Application, app_id).person_id  # type: ignore[union-attr]
    with db.transaction(actor="ann") as session:
        app = session.get(Application, app_id)
        assert app is not None
        app.person = Person(email="zoe.obrien@example.org", first_name="Zoë", last_name="O'Brien")
    [update] = [e for e in entries(db, "application") if e.action == "update"]
    new_person = entries(db, "person")[-1].entity_id
    assert update.changes == {"person_id": [old_person, new_person], "version": [1, 2]}


def test_two_edits_of_one_field_in_one_transaction_are_both_recorded(db: Database) -> None:
    with db.transaction() as session:
        app_id = make_application(session, make_cohort(session)).id
    with db.transaction(actor="ann") as session:
        update_application(session, app_id, "job_title", "Nurse")
        update_application(session, app_id, "job_title", "Charge nurse")
    updates = [e.changes for e in entries(db, "application") if e.action == "update"]
    assert updates == [
        {"job_title": [None, "Nurse"], "version": [1, 2]},
        {"job_title": ["Nurse", "Charge nurse"], "version": [2, 3]},
    ]


def test_a_deletion_records_what_was_deleted(db: Database) -> None:
    with db.transaction() as session:
        cohort = make_cohort(session)
        term_id = cohort.terms[0].id
    with db.transaction(actor="bob", note="duplicate term") as session:
        term = session.get(Term, term_id)
        session.delete(term)
    [deleted] = [e for e in entries(db, "term") if e.action == "delete"]
    assert (deleted.actor, deleted.entity_id, deleted.note) == ("bob", term_id, "duplicate term")
    assert deleted.changes is not None and deleted.changes["name"] == ["Fall 2026", None]


def test_without_an_actor_the_login_name_is_recorded(db: Database) -> None:
    with db.transaction() as session:
        make_cohort(session)
    assert {e.actor for e in entries(db)} == {getpass.getuser()}


def test_a_rolled_back_change_leaves_no_audit_entry(db: Database) -> None:
    with pytest.raises(ValidationError), db.transaction(actor="ann") as session:
        app = make_application(session, make_cohort(session))
        session.flush()
        update_application(session, app.id, "email", "not an address")
    assert entries(db) == []


def test_changes_after_a_rollback_in_the_same_session_are_recorded_once(db: Database) -> None:
    session = db.session()
    try:
        cohort = make_cohort(session)
        session.flush()
        session.rollback()  # the flush's pending entries must go with it
        make_cohort(session, name="Second try")
        session.commit()
    finally:
        session.close()
    created = [(e.entity, e.action) for e in entries(db)]
    assert created.count(("cohort", "create")) == 1
    assert cohort not in session


def test_what_another_desk_saved_since_a_mark_is_each_record_kind_and_cohort_once(
    any_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = any_db  # SQLite, and the PostgreSQL server a shared committee uses
    from mentordesk.core.storage import audit
    from mentordesk.core.storage.audit import changed_since, last_change

    with db.transaction() as session:
        cohort = make_cohort(session)
        ana = make_application(session, cohort, first_name="Ana").id
        ben = make_application(session, cohort, first_name="Ben").id
    with db.reading() as session:
        mark = last_change(session)
        assert changed_since(session, mark) == []  # nothing saved since: nothing to show
    with db.transaction() as session:
        update_application(session, ana, "department", "Nursing")
        update_application(session, ben, "department", "Pharmacy")
    with db.reading() as session:
        assert changed_since(session, mark) == [("application", cohort.id)]
        # An import of thousands at the other desk: everything, not a long sort.
        monkeypatch.setattr(audit, "CHANGES_LOOKED_AT", 1)
        assert changed_since(session, mark) is None


def test_a_desks_own_changes_are_left_out_of_what_others_saved_around_them(
    any_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mentordesk.core.storage import audit
    from mentordesk.core.storage.audit import changed_since, last_change, own_changes_end

    db = any_db
    with db.transaction() as session:
        cohort = make_cohort(session)
        make_application(session, cohort, first_name="Ana")
    with db.reading() as session:
        mark = last_change(session)
    # This desk adds applicants: a change of its own, of several entries...
    with db.transaction() as session:
        before = last_change(session)
        for i in range(5):
            make_application(session, cohort, first_name=f"Own {i}")
        own = (before, own_changes_end(session))
    assert own[1] - own[0] >= 5
    # ...and another desk then renames the program: a change of no one cohort.
    with db.transaction() as session:
        cohort_row = session.get(Cohort, cohort.id)
        assert cohort_row is not None
        cohort_row.program.name = "Renamed elsewhere"
    with db.reading() as session:
        assert changed_since(session, mark, excluding=[own]) == [("program", None)]
        assert ("application", cohort.id) in (changed_since(session, mark) or [])
        # Only this desk's own entries count towards "too many to sort out".
        monkeypatch.setattr(audit, "CHANGES_LOOKED_AT", 2)
        assert changed_since(session, mark, excluding=[own]) == [("program", None)]
        assert changed_since(session, mark) is None


def test_a_desks_own_range_covers_everything_its_change_sets_off(any_db: Database) -> None:
    """A mentor declined ends her pair, and the pair ended sends her mentee back to accepted:
    three flushes, the last at the commit. The range the desk notes covers all three, or the
    mentee's change would show as another desk's."""
    from mentordesk.core.storage.audit import OwnChanges, last_change
    from mentordesk.core.storage.models import ApplicationStatus, Pairing, PairingStatus
    from tests.factories import make_pairing

    db = any_db
    with db.transaction() as session:
        cohort = make_cohort(session)
        pairing = make_pairing(session, cohort)
        mentor_id, mentee_id, pairing_id = pairing.mentor_id, pairing.mentee_id, pairing.id
    watch = OwnChanges()
    with db.noting_own_changes(watch), db.transaction() as session:
        mentor = session.get(Application, mentor_id)
        assert mentor is not None and mentor.status is ApplicationStatus.MATCHED
        mentor.status = ApplicationStatus.DECLINED  # no flush: the commit writes it
    ((lo, hi),) = watch.take()
    with db.reading() as session:
        assert last_change(session) == hi
        assert session.get(Pairing, pairing_id).status is not PairingStatus.ACTIVE  # type: ignore[union-attr]
        assert session.get(Application, mentee_id).status is ApplicationStatus.ACCEPTED  # type: ignore[union-attr]
        inside = session.scalars(
            select(AuditEntry).where(AuditEntry.id > lo, AuditEntry.id <= hi)
        ).all()
    assert {(e.entity, e.entity_id) for e in inside} >= {
        ("application", mentor_id),
        ("pairing", pairing_id),
        ("application", mentee_id),
    }


def test_a_change_that_fails_to_commit_leaves_no_range_behind(any_db: Database) -> None:
    from mentordesk.core.storage.audit import OwnChanges

    db = any_db
    with db.transaction() as session:
        cohort = make_cohort(session)
        make_application(session, cohort, email="ana@example.org")
    watch = OwnChanges()
    with pytest.raises(ConflictError), db.noting_own_changes(watch), db.transaction() as session:
        make_application(session, cohort, email="ana@example.org")  # the same address again
    assert watch.take() == []
