"""Applications: adding, editing one field, eligibility, withdrawal, and the audit trail."""

from __future__ import annotations

from datetime import UTC
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from mentordesk.core.applications.records import (
    add_applicant,
    add_application,
    get_application_row,
    list_applications,
    rename_applicant,
    set_eligibility_override,
    update_application,
    withdraw_application,
)
from mentordesk.core.errors import ConflictError, StaleEditError, ValidationError
from mentordesk.core.storage.database import Database
from mentordesk.core.storage.models import (
    Application,
    ApplicationStatus,
    AuditEntry,
    EligibilityOverride,
)
from tests.factories import make_application, make_cohort


def test_applying_twice_to_one_cohort_is_a_conflict(db: Database) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s)
        make_application(s, cohort, email="ana@example.org")
        with pytest.raises(ConflictError, match="already applied"):
            add_application(s, cohort, {"email": "ANA@example.org", "role": "mentor"})


def test_mentor_without_capacity_gets_the_programs_default(db: Database) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s, preset="credential")
        app = make_application(s, cohort, "mentor", capacity="")
        assert app.capacity == 2


def test_a_bad_email_edit_is_refused_and_nothing_is_saved(db: Database) -> None:
    with db.transaction() as s:
        app_id = make_application(s, make_cohort(s), email="ok@example.org").id
    with pytest.raises(ValidationError, match="valid email"), db.transaction() as s:
        update_application(s, app_id, "email", "broken@")
    with db.reading() as s:
        assert s.get(AuditEntry, 1) is not None
        rows = list_applications(s, 1)
    assert rows[0].email == "ok@example.org"


def test_editing_a_field_is_audited_with_old_and_new_value(db: Database) -> None:
    with db.transaction() as s:
        app_id = make_application(s, make_cohort(s), department="Nursing").id
    with db.transaction(actor="committee-chair") as s:
        update_application(s, app_id, "department", "Pharmacy")
    with db.reading() as s:
        entry = s.scalars(
            select(AuditEntry).where(
                AuditEntry.action == "update", AuditEntry.entity == "application"
            )
        ).one()
    assert entry.actor == "committee-chair"
    assert entry.changes == {"department": ["Nursing", "Pharmacy"], "version": [1, 2]}


def test_mentor_below_minimum_years_is_not_eligible_with_the_reason(db: Database) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s, preset="association")
        make_application(s, cohort, "mentor", years_experience="less than 1")
        (row,) = list_applications(s, cohort.id)
    assert not row.eligibility.eligible
    assert row.eligibility.reasons == (
        "Mentor has 0.5 years; the program asks for at least 1 year",
    )


def test_committee_override_needs_a_note_and_is_shown(db: Database) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s, preset="association")
        app_id = make_application(s, cohort, "mentee", membership_id="").id
        with pytest.raises(ValidationError, match="why"):
            set_eligibility_override(s, app_id, EligibilityOverride.ELIGIBLE, " ")
        row = set_eligibility_override(
            s, app_id, EligibilityOverride.ELIGIBLE, "Membership renewing"
        )
    assert row.eligibility.eligible and row.eligibility.overridden
    assert row.eligibility.reasons[0] == "Committee decision: Membership renewing"
    assert row.eligibility.label == "Eligible (committee)"


def test_withdrawal_keeps_the_application_with_its_reason(db: Database) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s)
        app_id = make_application(s, cohort).id
        with pytest.raises(ValidationError, match="reason"):
            withdraw_application(s, app_id, "")
        row = withdraw_application(s, app_id, "Moved to another institution")
    assert row.status is ApplicationStatus.WITHDRAWN
    with db.reading() as s:
        assert len(list_applications(s, cohort.id)) == 1


def test_json_snapshot_has_every_field(db: Database) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s)
        make_application(s, cohort, "mentor", first_name="Zoë", last_name="O'Brien")
        (row,) = list_applications(s, cohort.id)
    data = row.as_json()
    assert data["first_name"] == "Zoë" and data["last_name"] == "O'Brien"
    assert data["role"] == "mentor" and data["capacity"] == 1 and data["eligible"] is True
    assert isinstance(data["submitted_at"], str)


def test_a_mistaken_entry_can_be_deleted_but_not_one_with_history(db: Database) -> None:
    from mentordesk.core.applications.records import delete_application
    from mentordesk.core.storage.models import Pairing, Person

    with db.transaction() as s:
        cohort = make_cohort(s)
        mistake = make_application(s, cohort, email="test@example.org").id
        mentor = make_application(s, cohort, "mentor")
        mentee = make_application(s, cohort, "mentee")
        s.add(Pairing(cohort_id=cohort.id, mentor_id=mentor.id, mentee_id=mentee.id))
        paired = mentee.id
    with db.transaction() as s:
        delete_application(s, mistake)
    with db.reading() as s:
        assert s.scalar(select(Person).where(Person.email == "test@example.org")) is None
        deleted = s.scalars(select(AuditEntry).where(AuditEntry.action == "delete")).all()
        assert {e.entity for e in deleted} == {"application", "person"}
    with (
        pytest.raises(ConflictError, match="withdraw the application instead"),
        db.transaction() as s,
    ):
        delete_application(s, paired)


def test_deleting_applications_another_desk_changed_since_they_were_shown_removes_none(
    db: Database, db_path: Path
) -> None:
    from mentordesk.core.applications.records import delete_applications, get_application_row

    with db.transaction() as s:
        cohort = make_cohort(s)
        ids = [make_application(s, cohort, last_name=n).id for n in ("Test", "Dupe")]
    with db.reading() as s:
        shown = {i: get_application_row(s, i) for i in ids}  # the table, with both selected
    other = Database(db_path)
    with other.transaction(actor="marie") as s:  # "Dupe" is the real one: marie fixes it
        update_application(s, ids[1], "department", "Pharmacy")
    other.close()

    with pytest.raises(StaleEditError) as refused, db.transaction() as s:
        delete_applications(s, ids, expected=shown)  # Delete permanently, as shown

    assert refused.value.exit_code == 3
    assert "was changed by marie" in refused.value.message
    assert "(Department: – → Pharmacy); nothing was removed" in refused.value.message
    with db.reading() as s:
        assert len(list_applications(s, shown[ids[0]].cohort_id)) == 2


def test_withdrawing_by_editing_the_status_cell_needs_a_reason_too(db: Database) -> None:
    with db.transaction() as s:
        app_id = make_application(s, make_cohort(s)).id
    with pytest.raises(ValidationError, match="reason for the withdrawal"), db.transaction() as s:
        update_application(s, app_id, "status", "withdrawn")
    with db.transaction() as s:
        withdraw_application(s, app_id, "Took a job elsewhere")
        update_application(s, app_id, "status", "accepted")
        # Undoing the edit above puts the status back; the reason is still on record.
        row = update_application(s, app_id, "status", ApplicationStatus.WITHDRAWN)
        assert s.get(Application, app_id).status_reason == "Took a job elsewhere"  # type: ignore[union-attr]
    assert row.status is ApplicationStatus.WITHDRAWN


def test_an_applicant_typed_in_by_the_committee_is_checked_like_a_form(db: Database) -> None:
    with db.transaction() as s:
        cohort_id = make_cohort(s).id
    with pytest.raises(ValidationError, match="valid email"), db.transaction() as s:
        add_applicant(s, cohort_id, {"first_name": "Ana", "email": "ana@", "role": "mentee"})
    with db.transaction() as s:
        row = add_applicant(
            s, cohort_id, {"first_name": "Ana", "email": "ana@example.org", "role": "mentor"}
        )
    assert (row.full_name, row.role.value, row.values["capacity"]) == ("Ana", "mentor", 1)
    with pytest.raises(ConflictError, match="already applied"), db.transaction() as s:
        add_applicant(s, cohort_id, {"email": "ANA@example.org", "role": "mentee"})


def test_a_name_is_corrected_first_and_last_together_and_never_emptied(db: Database) -> None:
    with db.transaction() as s:
        app_id = make_application(s, make_cohort(s), first_name="Gracie", last_name="Hoper").id
    with db.transaction() as s:
        row = rename_applicant(s, app_id, "  Grace ", "Murray  Hopper")
    assert (row.values["first_name"], row.values["last_name"]) == ("Grace", "Murray Hopper")
    with pytest.raises(ValidationError, match="first or a last name"), db.transaction() as s:
        rename_applicant(s, app_id, " ", "")
    with db.reading() as s:
        changes = [
            e.changes
            for e in s.scalars(select(AuditEntry).where(AuditEntry.entity == "person"))
            if e.action == "update"
        ]
    assert changes == [{"first_name": ["Gracie", "Grace"], "last_name": ["Hoper", "Murray Hopper"]}]


def test_another_desks_change_is_named_at_the_cohorts_clock(db: Database) -> None:
    with db.transaction() as s:
        app = make_application(s, make_cohort(s, timezone="America/Denver"), department="HR")
        app_id, read = app.id, app.version
    with db.transaction(actor="marie") as s:
        update_application(s, app_id, "department", "Pharmacy")
    with db.reading() as s:
        at = s.scalars(select(AuditEntry.at).order_by(AuditEntry.id.desc())).first()
    assert at is not None
    denver = at.replace(tzinfo=UTC).astimezone(ZoneInfo("America/Denver"))
    with pytest.raises(StaleEditError) as refused, db.transaction() as s:
        update_application(s, app_id, "department", "Nursing", expected_version=read)
    assert f"was changed by marie on {denver:%Y-%m-%d at %H:%M}" in refused.value.message
    assert "UTC" not in refused.value.message


def test_the_table_lists_each_application_as_it_is_shown_alone(db: Database) -> None:
    # The table's read builds its rows in one loop of its own: field for field the same.
    with db.transaction() as s:
        cohort = make_cohort(s, preset="association")
        ids = [
            make_application(s, cohort, "mentee", membership_id="").id,
            make_application(s, cohort, "mentor", first_name="Zoë", last_name="O'Brien").id,
            make_application(s, cohort, "mentee").id,
        ]
        set_eligibility_override(s, ids[0], EligibilityOverride.ELIGIBLE, "Membership renewing")
        withdraw_application(s, ids[2], "Moved to another institution")
    with db.reading() as s:
        listed = {row.id: row for row in list_applications(s, cohort.id)}
        alone = {app_id: get_application_row(s, app_id) for app_id in ids}
    assert listed == alone
    assert listed[ids[0]].eligibility_note == "Membership renewing"
    assert listed[ids[2]].status_reason == "Moved to another institution"
    assert listed[ids[1]].full_name == "Zoë O'Brien"
