"""Who is expected at an event and who came, and the log of when each pair met (never what was said)."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentordesk.core.calendar.events import EventInfo, event_info, get_event, pair_info, pair_labels
from mentordesk.core.errors import ConflictError, NotFoundError, ValidationError
from mentordesk.core.sentences import Day, GroupedCount, Sentence
from mentordesk.core.storage.audit_trail import last_changed_by
from mentordesk.core.storage.models import (
    Application,
    ApplicationStatus,
    Attendance,
    AttendanceStatus,
    Audience,
    Cohort,
    Event,
    MeetingFormat,
    MeetingLog,
    Pairing,
    Person,
    Role,
    utcnow,
)

FORMAT_LABELS: dict[MeetingFormat, str] = {
    MeetingFormat.IN_PERSON: "In person",
    MeetingFormat.VIDEO: "Video",
    MeetingFormat.PHONE: "Phone",
    MeetingFormat.OTHER: "Other",
}

#: A meeting's format inside a sentence ("60 min, video").
_FORMAT_WORDS = {
    MeetingFormat.IN_PERSON: Sentence("in person"),
    MeetingFormat.VIDEO: Sentence("video"),
    MeetingFormat.PHONE: Sentence("phone"),
    MeetingFormat.OTHER: Sentence("other"),
}

_IN_PROGRAM = (ApplicationStatus.ACCEPTED, ApplicationStatus.MATCHED, ApplicationStatus.COMPLETED)


@dataclass(frozen=True, slots=True)
class Participant:
    """Someone taking part, as an attendance sheet lists them."""

    id: int  # the application's
    role: Role
    full_name: str
    email: str


# Plain rows, never ORM objects: a workshop for everyone in a cohort of 20,000 expects
# 13,000 people, and their applications and people as objects took a second to read.
_PARTICIPANT_COLUMNS = (
    Application.id,
    Application.role,
    Person.first_name,
    Person.last_name,
    Person.email,
)


def _participant(row: Sequence[Any]) -> Participant:
    return Participant(row[0], row[1], f"{row[2]} {row[3]}".strip(), row[4])


def _participants_by_id(session: Session, ids: Collection[int]) -> dict[int, Participant]:
    found: dict[int, Participant] = {}
    wanted = list(ids)
    for start in range(0, len(wanted), 900):  # within any database's parameter limit
        for row in session.execute(
            select(*_PARTICIPANT_COLUMNS)
            .join(Person, Application.person_id == Person.id)
            .where(Application.id.in_(wanted[start : start + 900]))
        ):
            found[row[0]] = _participant(row)
    return found


def participants(session: Session, cohort_id: int, on: date) -> list[Participant]:
    """Everyone taking part on that day: people in a pair then, and accepted applicants."""
    paired: list[int] = []
    for mentor_id, mentee_id, started_on, ended_on in session.execute(
        select(Pairing.mentor_id, Pairing.mentee_id, Pairing.started_on, Pairing.ended_on)
        .where(Pairing.cohort_id == cohort_id)
        .order_by(Pairing.id)
    ).all():
        if ended_on is not None and ended_on < on:
            continue
        if started_on is not None and started_on > on:
            continue
        paired += (mentor_id, mentee_id)
    in_pairs = set(paired)
    found = dict.fromkeys(paired)
    accepted: dict[int, Participant] = {}
    for row in session.execute(
        select(*_PARTICIPANT_COLUMNS, Application.status)
        .join(Person, Application.person_id == Person.id)
        .where(Application.cohort_id == cohort_id)
        .order_by(Application.id)
    ).all():
        if row[0] in in_pairs:
            found[row[0]] = _participant(row)
        elif row[5] in _IN_PROGRAM:
            accepted[row[0]] = _participant(row)
    return [p for p in found.values() if p is not None] + list(accepted.values())


def expected_people(session: Session, event: Event) -> list[Participant]:
    """Who the event is for, by its audience (a committee event expects no participant)."""
    if event.audience is Audience.PAIR:
        if event.pairing is None:
            return []
        pair = (event.pairing.mentee_id, event.pairing.mentor_id)
        people = _participants_by_id(session, pair)
        return [people[i] for i in pair if i in people]
    if event.audience is Audience.COMMITTEE:
        return []
    day = event_info(event).day
    everyone = participants(session, event.cohort_id, day)
    if event.audience is Audience.MENTEES:
        return [p for p in everyone if p.role is Role.MENTEE]
    if event.audience is Audience.MENTORS:
        return [p for p in everyone if p.role is Role.MENTOR]
    return everyone


@dataclass(frozen=True, slots=True)
class AttendanceRow:
    application_id: int
    name: str
    email: str
    role: Role
    expected: bool  # False: not in the audience, but a status was recorded anyway
    status: AttendanceStatus | None  # None: not marked yet


@dataclass(frozen=True, slots=True)
class AttendanceSheet:
    event: EventInfo
    rows: list[AttendanceRow]

    @property
    def counts(self) -> dict[str, int]:
        counts = {"expected": sum(r.expected for r in self.rows), "unmarked": 0}
        counts.update({s.value: 0 for s in AttendanceStatus})
        for row in self.rows:
            key = row.status.value if row.status else "unmarked"
            counts[key] += 1
        return counts

    def as_json(self) -> dict[str, Any]:
        return {
            "event": self.event.as_json(),
            "counts": self.counts,
            "people": [
                {
                    "application_id": r.application_id,
                    "name": r.name,
                    "email": r.email,
                    "role": r.role.value,
                    "expected": r.expected,
                    "status": r.status.value if r.status else None,
                }
                for r in self.rows
            ],
        }


def attendance_sheet(session: Session, event_id: int) -> AttendanceSheet:
    """The checklist of an event: everyone expected (mentees first) and their status."""
    event = get_event(session, event_id)
    return _sheet(session, event, expected_people(session, event))


def _sheet(session: Session, event: Event, expected: list[Participant]) -> AttendanceSheet:
    event_id = event.id
    marks: dict[int, AttendanceStatus] = dict(
        session.execute(
            select(Attendance.application_id, Attendance.status)
            .where(Attendance.event_id == event_id)
            .order_by(Attendance.id)
        ).all()
    )
    people = {p.id: p for p in expected}
    expected_ids = set(people)
    marked_only = _participants_by_id(session, [i for i in marks if i not in people])
    for application_id in marks:
        if application_id in marked_only:
            people.setdefault(application_id, marked_only[application_id])
    rows = [
        AttendanceRow(
            application_id=person.id,
            name=person.full_name or person.email,
            email=person.email,
            role=person.role,
            expected=person.id in expected_ids,
            status=marks.get(person.id),
        )
        for person in people.values()
    ]
    rows.sort(key=lambda r: (r.role is not Role.MENTEE, r.name.lower()))
    return AttendanceSheet(event=event_info(event), rows=rows)


def mark_attendance(
    session: Session,
    event_id: int,
    marks: Mapping[int, AttendanceStatus | None],
    *,
    expected: Mapping[int, AttendanceStatus | None] | None = None,
) -> AttendanceSheet:
    """Record statuses ({application id: status}); None clears a mark.

    ``expected``: each person's mark as the sheet showed it (None: not marked). A mark
    another desk has changed since, which this save would change again, is refused
    (ConflictError) naming whose it is, what it is now and who set it; nothing is saved.
    A mark that is already what this desk wants stands in no one's way.
    """
    # Held until the commit: two desks ticking one event at once take turns, so neither
    # adds a second mark for one person nor writes over one it never saw (PostgreSQL;
    # SQLite lets one desk write at a time anyway).
    event = session.get(Event, event_id, with_for_update=_TURN)
    if event is None:
        raise NotFoundError(f"No event with id {event_id}")
    if event.cancelled:
        # Perhaps at another desk while this sheet was open: say who, if the log knows.
        zone = session.scalar(select(Cohort.timezone).where(Cohort.id == event.cohort_id))
        by = last_changed_by(session, "event", event.id, zone or "UTC", frozenset({"cancelled"}))
        raise ValidationError(
            Sentence("%1 was cancelled (%2); nobody can attend it", (repr(event.title), by))
            if by
            else Sentence("%1 was cancelled; nobody can attend it", (repr(event.title),)),
            "event",
        )
    # Only the marks being changed as objects: a workshop of a big cohort has thousands.
    marked = set(
        session.scalars(select(Attendance.application_id).where(Attendance.event_id == event_id))
    )
    changing = [i for i in marks if i in marked]
    query = select(Attendance).where(Attendance.event_id == event_id)
    if len(changing) <= 500:  # a few ticks by name; "everyone present" reads them all
        query = query.where(Attendance.application_id.in_(changing))
    existing = {a.application_id: a for a in session.scalars(query)} if changing else {}
    if expected:
        _refuse_if_marks_changed(session, event, marks, existing, expected)
    expected_people_ = expected_people(session, event)
    allowed = {p.id for p in expected_people_} | marked
    for application_id, status in marks.items():
        if application_id not in allowed:
            app = session.get(Application, application_id)
            who = (
                app.person.full_name
                if app is not None
                else Sentence("application %1", (str(application_id),))
            )
            where = repr(event.title)
            refusal = Sentence("%1 is not expected at %2", (who, where))
            if app is not None and app.status not in _IN_PROGRAM:
                # Withdrawn or declined at another desk (or by `mentordesk withdraw`) while
                # this sheet still listed them: say so, and who.
                by = last_changed_by(
                    session, "application", app.id, app.cohort.timezone, frozenset({"status"})
                )
                now = Sentence(ApplicationStatus(app.status).value)
                refusal = (
                    Sentence("%1 is not expected at %2 (%3 now, %4)", (who, where, now, by))
                    if by
                    else Sentence("%1 is not expected at %2 (%3 now)", (who, where, now))
                )
            raise ValidationError(refusal, "attendance")
        mark = existing.get(application_id)
        if status is None:
            if mark is not None:
                session.delete(mark)
        elif mark is None:
            session.add(
                Attendance(
                    event_id=event_id,
                    application_id=application_id,
                    status=AttendanceStatus(status),
                )
            )
        elif mark.status is not status:
            mark.status = AttendanceStatus(status)
            mark.recorded_at = utcnow()
    session.flush()
    return _sheet(session, event, expected_people_)


#: The row lock that makes two desks take turns (FOR NO KEY UPDATE on PostgreSQL): the
#: records that name the row (marks, logs, evaluations) need not wait for it.
_TURN: dict[str, bool] = {"key_share": True}

_MARK_WORDS = {
    None: Sentence("not marked"),
    AttendanceStatus.PRESENT: Sentence("present"),
    AttendanceStatus.ABSENT: Sentence("absent"),
    AttendanceStatus.EXCUSED: Sentence("excused"),
}


def _refuse_if_marks_changed(
    session: Session,
    event: Event,
    marks: Mapping[int, AttendanceStatus | None],
    existing: Mapping[int, Attendance],
    expected: Mapping[int, AttendanceStatus | None],
) -> None:
    def now(application_id: int) -> AttendanceStatus | None:
        mark = existing.get(application_id)
        return AttendanceStatus(mark.status) if mark is not None else None

    def wanted(value: AttendanceStatus | None) -> AttendanceStatus | None:
        return AttendanceStatus(value) if value is not None else None

    changed = [
        i
        for i, seen in expected.items()
        if i in marks and now(i) != wanted(seen) and now(i) != wanted(marks[i])
    ]
    if not changed:
        return
    names = {p.id: p.full_name or p.email for p in _participants_by_id(session, changed).values()}
    changed.sort(key=lambda i: (names.get(i, "").casefold(), i))
    title = f"“{event.title}”"

    def name(i: int) -> str:
        return names.get(i) or Sentence("Application %1", (str(i),))

    if len(changed) == 1:
        [i] = changed
        by: str = ""
        if i in existing:
            zone = session.scalar(select(Cohort.timezone).where(Cohort.id == event.cohort_id))
            by = last_changed_by(session, "attendance", existing[i].id, zone or "UTC")
        seen, marked = wanted(expected[i]), now(i)
        if marked is None:
            how = (
                Sentence("the mark was cleared %1", (by,))
                if by
                else Sentence("the mark was cleared")
            )
        else:
            how = (
                Sentence("now %1 %2", (_MARK_WORDS[marked], by))
                if by
                else Sentence("now %1", (_MARK_WORDS[marked],))
            )
        raise ConflictError(
            Sentence(
                "%1's attendance at %2 was changed since (%3; the sheet showed “%4”); "
                "nothing was saved. Look at the sheet again (F5)",
                (name(i), title, how, _MARK_WORDS[seen]),
            )
        )
    said = [Sentence("%1 (%2 now)", (name(i), _MARK_WORDS[now(i)])) for i in changed]
    if len(said) == 2:
        listed = Sentence("%1 and %2", tuple(said))
    elif len(said) == 3:
        listed = Sentence("%1, %2 and %3", tuple(said))
    else:  # "everyone present" on a big workshop: three names and how many more
        listed = Sentence("%1, %2, %3 and %4 more", (*said[:3], GroupedCount(len(said) - 3)))
    raise ConflictError(
        Sentence(
            "The attendance of %1 at %2 was changed since; "
            "nothing was saved. Look at the sheet again (F5)",
            (listed, title),
        )
    )


# --- meeting logs ----------------------------------------------------------------------------

MAX_MEETING_MINUTES = 12 * 60
_YEAR = timedelta(days=366)


@dataclass(frozen=True, slots=True)
class MeetingLogRow:
    """That a pair met: when, how long and how. Nothing about what was said."""

    id: int
    pairing_id: int
    pair_label: str
    met_on: date
    duration_minutes: int
    format: MeetingFormat
    event_id: int | None

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "pairing_id": self.pairing_id,
            "pair": self.pair_label,
            "met_on": self.met_on.isoformat(),
            "duration_minutes": self.duration_minutes,
            "format": self.format.value,
            "event_id": self.event_id,
        }


def _log_row(log: MeetingLog) -> MeetingLogRow:
    return MeetingLogRow(
        id=log.id,
        pairing_id=log.pairing_id,
        pair_label=pair_info(log.pairing).label,
        met_on=log.met_on,
        duration_minutes=log.duration_minutes,
        format=log.format,
        event_id=log.event_id,
    )


def log_meeting(
    session: Session,
    pairing_id: int,
    met_on: date,
    duration_minutes: int,
    format: MeetingFormat | str,
    *,
    event_id: int | None = None,
    shown: Collection[int] | None = None,
) -> MeetingLogRow:
    """Record that a pair met (date, minutes, format); confidentiality: no notes are taken.

    ``shown``: the ids of the pair's logs the desk showed. A meeting of the pair on that
    day logged since, at another desk, is refused (ConflictError) saying who logged it,
    so one meeting is not counted twice; one the desk showed is a second meeting that day.
    """
    # Held until the commit: two desks logging one pair's meeting at once take turns, so
    # the second sees the first's log (PostgreSQL; SQLite lets one desk write at a time).
    pairing = session.get(Pairing, pairing_id, with_for_update=_TURN if shown is not None else None)
    if pairing is None:
        raise NotFoundError(f"No pair with id {pairing_id}")
    label = pair_info(pairing).label
    if shown is not None:
        unseen = session.scalars(
            select(MeetingLog)
            .where(MeetingLog.pairing_id == pairing_id, MeetingLog.met_on == met_on)
            .where(MeetingLog.id.not_in(list(shown)))
            .order_by(MeetingLog.id)
        ).first()
        if unseen is not None:
            by = last_changed_by(session, "meeting_log", unseen.id, pairing.cohort.timezone)
            how = _FORMAT_WORDS[MeetingFormat(unseen.format)]
            minutes = unseen.duration_minutes
            raise ConflictError(
                Sentence(
                    "A meeting of %1 on %2 was logged since (%3 min, %4, %5); nothing was "
                    "logged. Look at the logs again (F5), and log it again if it was another "
                    "meeting",
                    (label, Day(met_on), minutes, how, by),
                )
                if by
                else Sentence(
                    "A meeting of %1 on %2 was logged since (%3 min, %4); nothing was "
                    "logged. Look at the logs again (F5), and log it again if it was another "
                    "meeting",
                    (label, Day(met_on), minutes, how),
                )
            )
    if duration_minutes <= 0:
        raise ValidationError(f"The meeting of {label} needs a length in minutes", "duration")
    if duration_minutes > MAX_MEETING_MINUTES:
        raise ValidationError(
            f"A meeting of {duration_minutes} minutes for {label} is longer than 12 hours",
            "duration",
        )
    try:
        meeting_format = MeetingFormat(format)
    except ValueError:
        raise ValidationError(
            f"Unknown meeting format {format!r}; use " + ", ".join(f.value for f in MeetingFormat),
            "format",
        ) from None
    cohort = pairing.cohort
    if not cohort.start_date - _YEAR <= met_on <= cohort.end_date + _YEAR:
        raise ValidationError(
            f"{met_on} is far outside the year of cohort {cohort.name!r}", "met_on"
        )
    if event_id is not None:
        event = get_event(session, event_id)
        if event.pairing_id not in (None, pairing_id):
            raise ValidationError(f"{event.title!r} belongs to another pair", "event")
    log = MeetingLog(
        pairing_id=pairing_id,
        met_on=met_on,
        duration_minutes=int(duration_minutes),
        format=meeting_format,
        event_id=event_id,
    )
    session.add(log)
    session.flush()
    return _log_row(log)


def delete_meeting_log(
    session: Session, log_id: int, *, shown: MeetingLogRow | None = None
) -> None:
    """Remove a meeting logged by mistake. ``shown``: the log as the desk showed it, so that
    one another desk removed already is reported in words (who, when), not by its id."""
    # Held until the commit: a second desk removing it at the same moment finds it gone.
    log = session.get(MeetingLog, log_id, with_for_update=True)
    if log is None:
        if shown is not None:
            pairing = session.get(Pairing, shown.pairing_id)
            zone = pairing.cohort.timezone if pairing is not None else "UTC"
            by = last_changed_by(session, "meeting_log", log_id, zone)
            raise NotFoundError(
                Sentence(
                    "The meeting of %1 on %2 was removed since (%3); nothing was changed. "
                    "Look at the logs again (F5)",
                    (shown.pair_label, Day(shown.met_on), by),
                )
                if by
                else Sentence(
                    "The meeting of %1 on %2 was removed since; nothing was changed. "
                    "Look at the logs again (F5)",
                    (shown.pair_label, Day(shown.met_on)),
                )
            )
        raise NotFoundError(f"No meeting log with id {log_id}")
    session.delete(log)
    session.flush()


def meeting_logs(
    session: Session, *, cohort_id: int | None = None, pairing_id: int | None = None
) -> list[MeetingLogRow]:
    """Meeting logs of a pair or of a whole cohort, oldest first."""
    if cohort_id is None and pairing_id is None:
        raise ValueError("meeting_logs needs a cohort or a pair")
    if cohort_id is None:
        pairing = session.get(Pairing, pairing_id)
        if pairing is None:
            raise NotFoundError(f"No pair with id {pairing_id}")
        cohort_id = pairing.cohort_id
    labels = pair_labels(session, cohort_id)
    query = (
        select(
            MeetingLog.id,
            MeetingLog.pairing_id,
            MeetingLog.met_on,
            MeetingLog.duration_minutes,
            MeetingLog.format,
            MeetingLog.event_id,
        )
        .join(Pairing)
        .where(Pairing.cohort_id == cohort_id)
        .order_by(MeetingLog.met_on, MeetingLog.id)
    )
    if pairing_id is not None:
        query = query.where(MeetingLog.pairing_id == pairing_id)
    # Plain rows: a year of a big cohort has thousands of logs, and ORM objects of them
    # cost seconds and a heap for the collector to walk.
    return [
        MeetingLogRow(
            id=log_id,
            pairing_id=pair_id,
            pair_label=labels[pair_id],
            met_on=met_on,
            duration_minutes=minutes,
            format=how,
            event_id=event_id,
        )
        for log_id, pair_id, met_on, minutes, how, event_id in session.execute(query).all()
    ]
