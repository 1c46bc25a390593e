"""Events on the cohort's calendar: time zones, repeats, edits, moves, and planning the year."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from mentordesk.core.calendar.events import (
    EventDraft,
    cancel_event,
    create_event,
    describe_recurrence,
    get_event_info,
    list_events,
    move_event,
    plan_needs,
    plan_year,
    suggest_year_plan,
    update_event,
)
from mentordesk.core.errors import ConflictError, ValidationError
from mentordesk.core.storage.database import Database
from mentordesk.core.storage.models import Audience, Event, EventKind
from tests.factories import make_active_pair, make_cohort

DENVER = "America/Denver"


def _draft(**overrides: object) -> EventDraft:
    values: dict[str, object] = {
        "title": "Workshop: giving feedback",
        "start": datetime(2026, 10, 6, 10, 0),
        "end": datetime(2026, 10, 6, 11, 30),
        "timezone": DENVER,
        "kind": EventKind.WORKSHOP,
    }
    values.update(overrides)
    return EventDraft(**values)  # type: ignore[arg-type]


def test_event_is_stored_in_utc_and_shown_at_its_local_time(db: Database) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s)
        (event,) = create_event(s, cohort.id, _draft())
        assert event.starts_at == datetime(2026, 10, 6, 16, 0)  # 10:00 MDT is 16:00 UTC
        info = get_event_info(s, event.id)
    assert info.start.hour == 10 and info.start.tzname() == "MDT"
    assert info.uid.endswith("@mentordesk")
    assert info.minutes == 90


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"title": "  "}, "title"),
        ({"end": datetime(2026, 10, 6, 9, 0)}, "end"),
        ({"timezone": "Mars/Olympus"}, "timezone"),
        ({"start": datetime(2030, 1, 1, 10), "end": datetime(2030, 1, 1, 11)}, "start"),
        ({"kind": EventKind.PAIR_MEETING}, "audience"),
        ({"kind": EventKind.PAIR_MEETING, "audience": Audience.PAIR}, "pairing"),
    ],
)
def test_an_event_that_makes_no_sense_is_refused_with_the_field(
    db: Database, overrides: dict[str, object], field: str
) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s)
        with pytest.raises(ValidationError) as caught:
            create_event(s, cohort.id, _draft(**overrides))
    assert caught.value.field == field


def test_every_second_tuesday_keeps_ten_oclock_across_the_daylight_saving_change(
    db: Database,
) -> None:
    rule = "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=6"
    with db.transaction() as s:
        cohort = make_cohort(s)
        events = create_event(s, cohort.id, _draft(recurrence=rule))
        infos = list_events(s, cohort.id)
    assert len(events) == 6 and len({e.series_id for e in events}) == 1
    assert [i.day for i in infos] == [date(2026, 10, 6) + timedelta(weeks=2 * n) for n in range(6)]
    assert {(i.start.hour, i.start.minute) for i in infos} == {(10, 0)}
    assert {i.start.tzname() for i in infos} == {"MDT", "MST"}  # crosses 1 November
    assert len({i.uid for i in infos}) == 6
    assert describe_recurrence(rule) == "Every 2 weeks on Tuesday, 6 times"


def test_a_repeat_without_end_stops_at_the_end_of_the_cohort(db: Database) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s, start=date(2026, 9, 1), end=date(2026, 12, 31))
        events = create_event(s, cohort.id, _draft(recurrence="FREQ=MONTHLY"))
    assert len(events) == 3  # October, November, December


def test_editing_one_occurrence_leaves_the_rest_of_the_series(db: Database) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s)
        events = create_event(s, cohort.id, _draft(recurrence="FREQ=WEEKLY;COUNT=3"))
        second = get_event_info(s, events[1].id).draft()
        second.title = "Workshop (guest speaker)"
        update_event(s, events[1].id, second, scope="one")
        titles = [e.title for e in list_events(s, cohort.id)]
    assert titles == [
        "Workshop: giving feedback",
        "Workshop (guest speaker)",
        "Workshop: giving feedback",
    ]


def test_editing_the_series_gives_every_occurrence_the_new_time(db: Database) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s)
        events = create_event(s, cohort.id, _draft(recurrence="FREQ=WEEKLY;COUNT=3"))
        draft = get_event_info(s, events[0].id).draft()
        draft.start, draft.end = datetime(2026, 10, 7, 14, 0), datetime(2026, 10, 7, 15, 0)
        draft.location = "Room 101"
        update_event(s, events[0].id, draft, scope="series")
        infos = list_events(s, cohort.id)
    assert [i.day for i in infos] == [date(2026, 10, 7), date(2026, 10, 14), date(2026, 10, 21)]
    assert {(i.start.hour, i.minutes, i.location) for i in infos} == {(14, 60, "Room 101")}


def test_changing_the_repeat_rule_keeps_the_uids_calendars_know(db: Database) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s)
        events = create_event(s, cohort.id, _draft(recurrence="FREQ=WEEKLY;COUNT=3"))
        uids = [e.uid for e in events]
        draft = get_event_info(s, events[0].id).draft()
        draft.recurrence = "FREQ=WEEKLY;INTERVAL=2;COUNT=4"
        update_event(s, events[0].id, draft, scope="series")
        infos = list_events(s, cohort.id)
    assert [i.uid for i in infos][:3] == uids
    assert [i.day for i in infos] == [date(2026, 10, 6) + timedelta(weeks=2 * n) for n in range(4)]


def test_moving_an_event_to_a_day_after_the_clock_change_keeps_its_local_time(
    db: Database,
) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s)
        (event,) = create_event(s, cohort.id, _draft())
        move_event(s, event.id, date(2026, 11, 10))
        info = get_event_info(s, event.id)
    assert info.day == date(2026, 11, 10)
    assert (info.start.hour, info.start.tzname(), info.minutes) == (10, "MST", 90)


def test_cancelled_events_leave_the_calendar_but_stay_in_the_database(db: Database) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s)
        events = create_event(s, cohort.id, _draft(recurrence="FREQ=WEEKLY;COUNT=3"))
        cancel_event(s, events[0].id, scope="series")
        assert list_events(s, cohort.id) == []
        assert len(list_events(s, cohort.id, include_cancelled=True)) == 3


def test_filtering_by_kind_pair_and_days(db: Database) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s)
        pair = make_active_pair(s, cohort)
        create_event(s, cohort.id, _draft())
        create_event(
            s,
            cohort.id,
            _draft(
                title="Coffee",
                kind=EventKind.PAIR_MEETING,
                audience=Audience.PAIR,
                pairing_id=pair.id,
                start=datetime(2026, 10, 20, 8),
                end=datetime(2026, 10, 20, 9),
            ),
        )
        assert [e.title for e in list_events(s, cohort.id, kinds=[EventKind.PAIR_MEETING])] == [
            "Coffee"
        ]
        assert [e.title for e in list_events(s, cohort.id, pairing_id=pair.id)] == ["Coffee"]
        assert [
            e.title
            for e in list_events(s, cohort.id, start=date(2026, 10, 1), end=date(2026, 10, 10))
        ] == ["Workshop: giving feedback"]


# --- planning the year from each preset's rules ---------------------------------------------


def _kinds(s: object, cohort_id: int) -> dict[EventKind, int]:
    counts: dict[EventKind, int] = {}
    for e in list_events(s, cohort_id):  # type: ignore[arg-type]
        counts[e.kind] = counts.get(e.kind, 0) + 1
    return counts


def test_staff_year_has_orientation_six_workshops_and_a_celebration_for_supervisors(
    db: Database,
) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s, preset="staff")
        for _ in range(3):
            make_active_pair(s, cohort)
        workshops = [date(2026, 10, 7) + timedelta(weeks=6 * n) for n in range(6)]
        result = plan_year(s, cohort.id, workshop_dates=workshops, timezone=DENVER)
        kinds = _kinds(s, cohort.id)
        closeout = next(e for e in list_events(s, cohort.id) if e.kind is EventKind.CLOSEOUT)
    assert kinds == {EventKind.ORIENTATION: 1, EventKind.WORKSHOP: 6, EventKind.CLOSEOUT: 1}
    assert result.total == 8
    assert "Supervisors are invited" in (closeout.description or "")
    assert closeout.day == date(2027, 6, 30)


def test_association_year_has_initial_calls_before_the_start_and_a_slot_per_term(
    db: Database,
) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s, preset="association", start=date(2026, 9, 1), end=date(2027, 6, 30))
        pairs = [make_active_pair(s, cohort) for _ in range(4)]
        plan_year(s, cohort.id)
        kinds = _kinds(s, cohort.id)
        initial = list_events(s, cohort.id, kinds=[EventKind.INITIAL_MEETING])
        calls = list_events(s, cohort.id, kinds=[EventKind.COMMITTEE_CALL])
    assert kinds[EventKind.INITIAL_MEETING] == 4
    assert kinds[EventKind.PAIR_MEETING] == 4 * 2  # two terms
    assert EventKind.WORKSHOP not in kinds and EventKind.ORIENTATION not in kinds
    assert all(e.day < date(2026, 9, 1) for e in initial)
    assert {e.pairing_id for e in initial} == {p.id for p in pairs}
    assert len(calls) == 10 and {c.start.weekday() for c in calls} == {1}  # monthly, Tuesdays
    assert len({c.series_id for c in calls}) == 1


def test_credential_year_plans_nothing_the_rules_do_not_ask_for(db: Database) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s, preset="credential")
        make_active_pair(s, cohort)
        result = plan_year(s, cohort.id)
        assert result.total == 0 and list_events(s, cohort.id) == []
        needs = plan_needs(s, cohort.id)
    assert needs.workshop_count == 0 and not needs.orientation and needs.active_pairs == 1


def test_the_plan_needs_as_many_workshop_dates_as_the_rules_plan(db: Database) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s, preset="staff")
        with pytest.raises(ValidationError, match="6 workshops; 2 date"):
            plan_year(s, cohort.id, workshop_dates=[date(2026, 10, 7), date(2026, 11, 4)])


def test_a_failed_plan_writes_nothing(db: Database) -> None:
    with db.transaction() as s:
        cohort_id = make_cohort(s, preset="staff").id
    dates = [date(2026, 10, 7) + timedelta(weeks=4 * n) for n in range(5)] + [date(2031, 1, 1)]
    with pytest.raises(ValidationError, match="outside the cohort"), db.transaction() as s:
        plan_year(s, cohort_id, workshop_dates=dates)
    with db.reading() as s:
        assert s.query(Event).count() == 0


def test_planning_a_planned_year_again_is_refused(db: Database) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s, preset="staff")
        plan = suggest_year_plan(s, cohort.id)
        assert len(plan.workshops) == 6
        assert all(cohort.start_date <= w.date() <= cohort.end_date for w in plan.workshops)
        plan_year(s, cohort.id, workshop_dates=plan.workshops)
        with pytest.raises(ConflictError, match="already planned"):
            plan_year(s, cohort.id, workshop_dates=plan.workshops)
