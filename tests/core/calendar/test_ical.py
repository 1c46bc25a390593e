"""Calendar files read back with the icalendar library: time zones, UIDs, people, pairs, import."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from mentordesk.core.calendar.events import (
    EventDraft,
    cancel_event,
    create_event,
    get_event_info,
    list_events,
    move_event,
)
from mentordesk.core.calendar.ical import export_calendar, import_calendar
from mentordesk.core.errors import Cancelled, NotFoundError, ValidationError
from mentordesk.core.progress import Progress
from mentordesk.core.storage.database import Database
from mentordesk.core.storage.models import Audience, EventKind
from tests.factories import make_active_pair, make_cohort

DENVER = ZoneInfo("America/Denver")


def _vevents(data: bytes) -> list:  # type: ignore[type-arg]
    return list(Calendar.from_ical(data).walk("VEVENT"))


def _workshop(s, cohort_id: int, day: date, hour: int = 10, **extra) -> int:  # type: ignore[no-untyped-def]
    (event,) = create_event(
        s,
        cohort_id,
        EventDraft(
            title=extra.pop("title", f"Workshop {day}"),
            start=datetime.combine(day, datetime.min.time()).replace(hour=hour),
            end=datetime.combine(day, datetime.min.time()).replace(hour=hour + 1),
            timezone="America/Denver",
            kind=extra.pop("kind", EventKind.WORKSHOP),
            **extra,
        ),
    )
    return event.id


def test_denver_events_in_march_and_november_read_back_at_ten_local_and_the_right_utc(
    db: Database,
) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s, start=date(2026, 9, 1), end=date(2027, 6, 30))
        # Either side of both changes: 1 Nov 2026 (MDT→MST) and 14 Mar 2027 (MST→MDT).
        for day in (date(2026, 10, 27), date(2026, 11, 3), date(2027, 3, 9), date(2027, 3, 16)):
            _workshop(s, cohort.id, day)
        data = export_calendar(s, cohort.id).data
    cal = Calendar.from_ical(data)
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["America/Denver"]
    starts = [e.decoded("dtstart") for e in cal.walk("VEVENT")]
    assert {(d.hour, d.minute) for d in starts} == {(10, 0)}
    assert all(str(e["DTSTART"].params["TZID"]) == "America/Denver" for e in cal.walk("VEVENT"))
    assert [d.astimezone(ZoneInfo("UTC")).hour for d in starts] == [16, 17, 17, 16]
    assert [d.utcoffset() for d in starts] == [
        timedelta(hours=-6),
        timedelta(hours=-7),
        timedelta(hours=-7),
        timedelta(hours=-6),
    ]


def test_re_export_keeps_uids_and_tells_calendars_what_changed(db: Database) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s)
        moved = _workshop(s, cohort.id, date(2026, 10, 6))
        dropped = _workshop(s, cohort.id, date(2026, 10, 13))
        first = _vevents(export_calendar(s, cohort.id).data)
    with db.transaction() as s:
        move_event(s, moved, date(2026, 10, 8))
    with db.transaction() as s:
        cancel_event(s, dropped)
    with db.reading() as s:
        second = _vevents(export_calendar(s, cohort.id).data)
        uids = [get_event_info(s, moved).uid, get_event_info(s, dropped).uid]
    assert [str(e["UID"]) for e in first] == [str(e["UID"]) for e in second] == uids
    assert [int(e["SEQUENCE"]) for e in first] == [0, 0]
    assert [int(e["SEQUENCE"]) for e in second] == [1, 1]
    assert second[0].decoded("dtstart").date() == date(2026, 10, 8)
    assert [str(e["STATUS"]) for e in second] == ["CONFIRMED", "CANCELLED"]


def test_one_persons_calendar_has_everything_they_are_invited_to_and_nothing_else(
    db: Database,
) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s)
        mine, theirs = make_active_pair(s, cohort), make_active_pair(s, cohort)
        _workshop(s, cohort.id, date(2026, 10, 6), title="For everyone")
        _workshop(s, cohort.id, date(2026, 10, 7), title="Mentors only", audience=Audience.MENTORS)
        for pair, title in ((mine, "Our meeting"), (theirs, "Their meeting")):
            _workshop(
                s,
                cohort.id,
                date(2026, 10, 8),
                title=title,
                kind=EventKind.PAIR_MEETING,
                audience=Audience.PAIR,
                pairing_id=pair.id,
            )
        email = mine.mentee.person.email
        person = export_calendar(s, cohort.id, person_email=email.upper())
        pair = export_calendar(s, cohort.id, pairing_id=mine.id)
        with pytest.raises(NotFoundError, match=r"nobody@example\.org"):
            export_calendar(s, cohort.id, person_email="nobody@example.org")
    assert [str(e["SUMMARY"]) for e in _vevents(person.data)] == ["For everyone", "Our meeting"]
    assert [str(e["SUMMARY"]) for e in _vevents(pair.data)] == [
        "For everyone",
        "Mentors only",
        "Our meeting",
    ]


def test_a_long_calendar_reports_progress_and_stops_at_cancel(db: Database) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s)
        for week in range(3):
            _workshop(s, cohort.id, date(2026, 10, 6) + timedelta(weeks=week))
    steps: list[tuple[int, int]] = []
    with db.reading() as s:
        export_calendar(s, cohort.id, progress=Progress(lambda d, t, _m: steps.append((d, t))))
    assert steps[-1] == (3, 6)  # the events laid out; writing them as text is the other half

    def cancel_at_once(_done: int, _total: int, _message: str) -> None:
        progress.cancel()

    progress = Progress(cancel_at_once)
    with db.reading() as s, pytest.raises(Cancelled):
        export_calendar(s, cohort.id, progress=progress)


ICS_WORKSHOPS = b"""BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Committee//Sheet//EN\r
BEGIN:VEVENT\r
UID:ws-1@committee\r
DTSTAMP:20260801T000000Z\r
SUMMARY:Workshop: setting goals\r
DTSTART;TZID=America/Denver:20261014T120000\r
DTEND;TZID=America/Denver:20261014T133000\r
LOCATION:Domenici Hall 2010\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:ws-2@committee\r
DTSTAMP:20260801T000000Z\r
SUMMARY:Workshop: feedback\r
DTSTART:20270310T190000Z\r
DURATION:PT2H\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:ws-3@committee\r
DTSTAMP:20260801T000000Z\r
SUMMARY:Workshop: networking\r
DTSTART;VALUE=DATE:20270421\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_importing_workshop_dates_twice_creates_them_once(db: Database) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s)
        cohort.timezone = "America/Denver"
        first = import_calendar(s, cohort.id, ICS_WORKSHOPS)
        again = import_calendar(s, cohort.id, ICS_WORKSHOPS)
        events = list_events(s, cohort.id)
    assert (first.created, again.created, again.unchanged) == (3, 0, 3)
    assert [e.kind for e in events] == [EventKind.WORKSHOP] * 3
    assert [e.uid for e in events] == ["ws-1@committee", "ws-2@committee", "ws-3@committee"]
    assert (events[0].start.hour, events[0].minutes, events[0].location) == (
        12,
        90,
        "Domenici Hall 2010",
    )
    assert events[1].start.astimezone(DENVER).hour == 12 and events[1].minutes == 120
    assert events[2].day == date(2027, 4, 21)


def test_importing_a_moved_workshop_updates_it(db: Database) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s)
        import_calendar(s, cohort.id, ICS_WORKSHOPS)
        moved = ICS_WORKSHOPS.replace(b"20261014T", b"20261021T")
        result = import_calendar(s, cohort.id, moved)
        days = [e.day for e in list_events(s, cohort.id)]
    assert (result.created, result.updated, result.unchanged) == (0, 1, 2)
    assert days[0] == date(2026, 10, 21)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"name,date\nWorkshop,2026-10-01\n", "Not a calendar"),
        (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", "no events"),
        (ICS_WORKSHOPS.replace(b"20270421", b"20310421"), "Workshop: networking"),
    ],
)
def test_a_bad_calendar_file_is_refused_and_nothing_is_imported(
    db: Database, data: bytes, message: str
) -> None:
    with db.transaction() as s:
        cohort_id = make_cohort(s).id
    with pytest.raises(ValidationError, match=message), db.transaction() as s:
        import_calendar(s, cohort_id, data)
    with db.reading() as s:
        assert list_events(s, cohort_id) == []
