"""Reading the audit log by cohort, person, record, field, date and desk."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from mentordesk.core.applications.records import update_application
from mentordesk.core.calendar.events import EventDraft, create_event, move_event
from mentordesk.core.matching.pairs import move_mentee
from mentordesk.core.storage.audit_trail import AuditFilter, audit_desks, audit_rows
from mentordesk.core.storage.database import Database
from mentordesk.core.storage.models import AuditEntry, EventKind
from tests.factories import make_application, make_cohort


def test_the_audit_answers_who_changed_what_where_and_from_which_desk(db: Database) -> None:
    with db.transaction(actor="dana") as session:
        cohort = make_cohort(session, preset="staff", name="Rollout 2026")
        other = make_cohort(session, preset="staff", name="Other")
        mentee = make_application(session, cohort, "mentee", first_name="Rosa", last_name="Lind")
        mentor = make_application(session, cohort, "mentor", first_name="Bo", last_name="Chen")
        make_application(session, other, "mentee")
        ids = (cohort.id, mentee.id, mentor.id, mentee.person_id)
    cohort_id, mentee_id, mentor_id, rosa = ids
    with db.transaction(actor="lee") as session:
        session.info["desk"] = "front-desk"
        update_application(session, mentee_id, "department", "Finance")
    with db.transaction(actor="lee") as session:
        move_mentee(session, cohort_id, mentee_id, mentor_id)
    with db.transaction(actor="lee") as session:
        move_mentee(session, cohort_id, mentee_id, None)  # the pair is removed again

    with db.reading() as session:
        mine = audit_rows(session, AuditFilter(cohort_id=cohort_id))
        assert mine and all(r.cohort_id == cohort_id for r in mine)
        edits = audit_rows(session, AuditFilter(field="department"))
        assert [(r.actor, r.desk, r.record_label) for r in edits] == [
            ("lee", "front-desk", "Rosa Lind's application")
        ]
        assert edits[0].summary() == "department: — → Finance"
        about_rosa = audit_rows(session, AuditFilter(person_id=rosa))
        kinds = [(r.record, r.action) for r in about_rosa]
        # Her application, her person record, and the pair made and removed on the board.
        assert ("pairing", "create") in kinds and ("pairing", "delete") in kinds
        assert ("application", "update") in kinds and ("person", "create") in kinds
        assert all(r.record != "application" or r.record_id == mentee_id for r in about_rosa)
        assert audit_rows(session, AuditFilter(desk="front-desk"))[0].actor == "lee"
        assert "front-desk" in audit_desks(session)
        tomorrow = date.today() + timedelta(days=1)
        assert audit_rows(session, AuditFilter(since=tomorrow)) == []
        assert audit_rows(session, AuditFilter(until=date.today(), limit=2))[0].at
        assert audit_rows(session, AuditFilter(record="pairing", cohort_id=cohort_id))


def test_an_entry_is_shown_at_its_cohorts_clock(db: Database) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s, timezone="America/Denver")
        make_application(s, cohort)
        cohort_id = cohort.id
    with db.reading() as s:
        (row, *_rest) = audit_rows(s, AuditFilter(cohort_id=cohort_id, record="application"))
    assert row.timezone == "America/Denver"
    assert row.local_at == row.at.replace(tzinfo=UTC).astimezone(ZoneInfo("America/Denver"))
    assert row.as_json()["local_at"].endswith(("-07:00", "-06:00"))


def test_since_and_until_name_days_of_the_cohorts_clock(db: Database) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s, timezone="America/Denver")
        app_id, cohort_id = make_application(s, cohort).id, cohort.id
    with db.transaction() as s:
        update_application(s, app_id, "department", "Pharmacy")
    with db.transaction() as s:
        # 05:30 UTC on 3 March is 22:30 on 2 March in Denver: a change of the 2nd there.
        for entry in s.scalars(select(AuditEntry).where(AuditEntry.cohort_id == cohort_id)):
            entry.at = datetime(2027, 3, 3, 5, 30)

    def found(since: date, until: date) -> int:
        with db.reading() as s:
            flt = AuditFilter(cohort_id=cohort_id, since=since, until=until)
            return len(audit_rows(s, flt))

    assert found(date(2027, 3, 2), date(2027, 3, 2)) > 0
    assert found(date(2027, 3, 3), date(2027, 3, 3)) == 0


def test_times_in_a_change_read_on_the_cohorts_clock_while_json_keeps_utc(db: Database) -> None:
    denver = "America/Denver"
    with db.transaction() as s:
        cohort = make_cohort(s, timezone=denver)
        app_id, cohort_id = make_application(s, cohort).id, cohort.id
        (workshop,) = create_event(
            s,
            cohort_id,
            EventDraft(
                "Workshop 1",
                datetime(2026, 10, 7, 12),
                datetime(2026, 10, 7, 13, 30),
                denver,
                EventKind.WORKSHOP,
            ),
        )
    with db.transaction(actor="marie") as s:
        move_event(s, workshop.id, date(2026, 10, 14))
        update_application(s, app_id, "submitted_at", "2026-09-01 09:00")  # Denver's clock

    with db.reading() as s:
        [typed, moved] = [  # newest first
            r
            for r in audit_rows(s, AuditFilter(cohort_id=cohort_id, actor="marie"))
            if r.action == "update"
        ]
    # Noon in Denver, as the Calendar shows the workshop (18:00 UTC is stored).
    assert "starts_at: 2026-10-07 12:00 → 2026-10-14 12:00" in moved.summary()
    assert "ends_at: 2026-10-07 13:30 → 2026-10-14 13:30" in moved.summary()
    assert typed.summary().endswith(" → 2026-09-01 09:00")
    # Scripts read the stored values: the JSON contract is unchanged.
    assert moved.as_json()["changes"]["starts_at"] == ["2026-10-07T18:00:00", "2026-10-14T18:00:00"]
    assert typed.as_json()["changes"]["submitted_at"][1] == "2026-09-01T15:00:00"
