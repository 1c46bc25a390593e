"""Calendar files (RFC 5545): export a cohort's, a person's or a pair's events, import workshop dates.

Every event keeps the UID it got when it was created, and SEQUENCE counts its edits,
so importing a re-exported file updates events in people's calendars instead of
duplicating them; cancelled events go out with STATUS:CANCELLED so they disappear.
Times carry their TZID with a VTIMEZONE built from the IANA database, so a weekly
10:00 in America/Denver is 10:00 before and after the daylight-saving change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Row, func, select
from sqlalchemy.orm import Session

from mentordesk import __version__
from mentordesk.core.applications.records import find_application
from mentordesk.core.calendar.attendance import participants
from mentordesk.core.calendar.events import (
    KIND_LABELS,
    WORKSHOP_LENGTH,
    WORKSHOP_TIME,
    EventDraft,
    create_event,
    to_local,
    update_event,
    zone,
)
from mentordesk.core.errors import NotFoundError, ValidationError
from mentordesk.core.programs.cohorts import get_cohort
from mentordesk.core.progress import Progress, no_progress
from mentordesk.core.sentences import Sentence
from mentordesk.core.storage.models import (
    Application,
    Audience,
    AuditEntry,
    Event,
    EventKind,
    Pairing,
    Role,
    utcnow,
)

PRODID = f"-//MentorDesk//MentorDesk {__version__}//EN"
KIND_PROPERTY = "X-MENTORDESK-KIND"


def _audience_includes(event: Row[Any], app: Application, in_program: bool) -> bool:
    if event.audience is Audience.PAIR:
        return app.id in (event.mentor_id, event.mentee_id)
    if event.audience is Audience.EVERYONE:
        return in_program
    if event.audience is Audience.MENTEES:
        return in_program and app.role is Role.MENTEE
    if event.audience is Audience.MENTORS:
        return in_program and app.role is Role.MENTOR
    return False


def _calendar_rows(session: Session, cohort_id: int) -> list[Row[Any]]:
    """The cohort's events as plain rows, in time order, with their pair's two people.

    Rows, not ORM objects: a year of fortnightly meetings is thousands of events and the
    file needs their values only (8,008 events as objects with their pairs: a tenth of
    the whole export's time; as rows, a fiftieth).
    """
    return list(
        session.execute(
            select(
                Event.id,
                Event.uid,
                Event.title,
                Event.starts_at,
                Event.ends_at,
                Event.timezone,
                Event.kind,
                Event.cancelled,
                Event.location,
                Event.description,
                Event.audience,
                Pairing.mentor_id,
                Pairing.mentee_id,
            )
            .outerjoin(Pairing, Pairing.id == Event.pairing_id)
            .where(Event.cohort_id == cohort_id)
            .order_by(Event.starts_at, Event.id)
        )
    )


def _edit_counts(session: Session, cohort_id: int) -> dict[int, int]:
    """How often each event of the cohort was edited (its SEQUENCE), from the audit log."""
    rows = session.execute(
        select(AuditEntry.entity_id, func.count())
        .where(
            AuditEntry.entity == "event",
            AuditEntry.action == "update",
            # A subquery, not the ids as parameters: a cohort has thousands of events.
            AuditEntry.entity_id.in_(select(Event.id).where(Event.cohort_id == cohort_id)),
        )
        .group_by(AuditEntry.entity_id)
    )
    return {int(entity_id): int(n) for entity_id, n in rows if entity_id is not None}


@dataclass(frozen=True, slots=True)
class CalendarExport:
    data: bytes
    events: int
    name: str


def export_calendar(
    session: Session,
    cohort_id: int,
    *,
    person_email: str | None = None,
    pairing_id: int | None = None,
    stamp: datetime | None = None,
    progress: Progress | None = None,
) -> CalendarExport:
    """The cohort's calendar as .ics bytes: everything, one person's events, or one pair's."""
    progress = progress or no_progress()
    cohort = get_cohort(session, cohort_id)
    progress.step(0, 0, "Reading the calendar…")
    events = _calendar_rows(session, cohort_id)
    name = f"{cohort.program.name} — {cohort.name}"
    if person_email:
        app = find_application(session, cohort_id, person_email)
        if app is None:
            raise NotFoundError(f"Nobody with the email {person_email!r} in cohort {cohort.name!r}")
        in_program_on = {
            day: {a.id for a in participants(session, cohort_id, day)}
            for day in {to_local(e.starts_at, e.timezone).date() for e in events}
        }
        events = [
            e
            for e in events
            if _audience_includes(
                e, app, app.id in in_program_on[to_local(e.starts_at, e.timezone).date()]
            )
        ]
        name = f"{name} — {app.person.full_name or app.person.email}"
    elif pairing_id is not None:
        pairing = session.get(Pairing, pairing_id)
        if pairing is None or pairing.cohort_id != cohort_id:
            raise NotFoundError(f"No pair with id {pairing_id} in cohort {cohort.name!r}")
        events = [
            e
            for e in events
            if _audience_includes(e, pairing.mentor, True)
            or _audience_includes(e, pairing.mentee, True)
        ]
        name = f"{name} — {pairing.mentee.person.full_name} & {pairing.mentor.person.full_name}"

    stamp = (stamp or utcnow()).replace(tzinfo=UTC)
    edits = _edit_counts(session, cohort_id) if events else {}
    # icalendar loads when a calendar file is made, not at start-up.
    from icalendar import Calendar
    from icalendar import Event as VEvent

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    first: datetime | None = None
    last: datetime | None = None
    # Laying the events out is about half the work, writing them as text the other half.
    total = 2 * len(events)
    for n, event in enumerate(events):
        if n % 500 == 0:
            progress.step(n, total, "Writing the calendar…")
        starts = to_local(event.starts_at, event.timezone)
        ends = to_local(event.ends_at, event.timezone)
        first = starts if first is None or starts < first else first
        last = ends if last is None or ends > last else last
        vevent = VEvent()
        vevent.add("uid", event.uid)
        vevent.add("dtstamp", stamp)
        vevent.add("dtstart", starts)
        vevent.add("dtend", ends)
        vevent.add("summary", event.title)
        vevent.add("sequence", edits.get(event.id, 0))
        vevent.add("status", "CANCELLED" if event.cancelled else "CONFIRMED")
        vevent.add("categories", [KIND_LABELS[event.kind]])
        vevent.add(KIND_PROPERTY, event.kind.value)
        if event.location:
            vevent.add("location", event.location)
            if event.location.startswith(("http://", "https://")):
                vevent.add("url", event.location)
        if event.description:
            vevent.add("description", event.description)
        cal.add_component(vevent)
    progress.step(len(events), total, "Writing the calendar…")
    if first is not None and last is not None:
        cal.add_missing_timezones(
            first_date=(first - timedelta(days=1)).date(),
            last_date=(last + timedelta(days=1)).date(),
        )
    return CalendarExport(data=cal.to_ical(), events=len(events), name=name)


# --- import ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CalendarImport:
    created: int
    updated: int
    unchanged: int

    def summary(self) -> str:
        """ "3 new, 1 updated, 0 unchanged": a Sentence, which the window says in its language."""
        return Sentence(
            "%1 new, %2 updated, %3 unchanged", (self.created, self.updated, self.unchanged)
        )


def _as_local(value: Any, default_tz: str) -> tuple[datetime, str, bool]:
    """(wall-clock start, IANA zone, all-day) of an iCalendar date or date-time."""
    if isinstance(value, datetime):
        if value.tzinfo is None:  # floating time: the cohort's zone
            return value, default_tz, False
        key = getattr(value.tzinfo, "key", None)
        if key:
            return value.replace(tzinfo=None), str(key), False
        local = value.astimezone(zone(default_tz))
        return local.replace(tzinfo=None), default_tz, False
    if isinstance(value, date):
        return datetime.combine(value, WORKSHOP_TIME), default_tz, True
    raise ValidationError(f"Cannot read the date {value!r}", "dtstart")


def _kind_of(component: Any, default: EventKind) -> EventKind:
    own = component.get(KIND_PROPERTY)
    if own is not None:
        try:
            return EventKind(str(own))
        except ValueError:
            pass
    return default


def import_calendar(
    session: Session,
    cohort_id: int,
    data: bytes,
    *,
    kind: EventKind = EventKind.WORKSHOP,
    progress: Progress | None = None,
) -> CalendarImport:
    """Add a calendar file's events (workshop dates, usually) to the cohort.

    An event whose UID is already in the cohort is updated, so importing the same file
    twice changes nothing. A bad event stops the whole import, naming the event.
    """
    progress = progress or no_progress()
    cohort = get_cohort(session, cohort_id)
    from icalendar import Calendar

    try:
        cal = Calendar.from_ical(data)
    except (ValueError, IndexError, KeyError) as exc:
        raise ValidationError(f"Not a calendar (.ics) file: {exc}", "file") from exc
    components = [c for c in cal.walk("VEVENT")]
    if not components:
        raise ValidationError("The calendar file has no events", "file")
    created = updated = unchanged = 0
    for n, component in enumerate(components, start=1):
        progress.step(n - 1, len(components), "Importing events")
        title = str(component.get("summary") or "").strip() or KIND_LABELS[kind]
        where = f"event {n} ({title!r})"
        if component.get("dtstart") is None:
            raise ValidationError(f"The calendar's {where} has no start", "dtstart")
        try:
            start, tz, all_day = _as_local(component.decoded("dtstart"), cohort.timezone)
            end = start + WORKSHOP_LENGTH
            if not all_day and component.get("dtend") is not None:
                raw_end = component.decoded("dtend")
                if isinstance(raw_end, datetime) and raw_end.tzinfo is not None:
                    # An end in another zone than the start: the same instant, in the start's zone.
                    end = raw_end.astimezone(zone(tz)).replace(tzinfo=None)
                elif isinstance(raw_end, datetime):
                    end = raw_end
            elif not all_day and component.get("duration") is not None:
                end = start + component.decoded("duration")
        except ValidationError as exc:
            raise ValidationError(f"The calendar's {where}: {exc.message}", exc.field) from exc
        location = str(component.get("location") or "").strip() or None
        description = str(component.get("description") or "").strip() or None
        event_kind = _kind_of(component, kind)
        if event_kind in (EventKind.INITIAL_MEETING, EventKind.PAIR_MEETING):
            event_kind = kind  # pair events cannot be imported without their pair
        uid = str(component.get("uid") or "").strip()
        cancelled = str(component.get("status") or "").upper() == "CANCELLED"
        existing = (
            session.scalar(select(Event).where(Event.uid == uid, Event.cohort_id == cohort_id))
            if uid
            else None
        )
        if uid and existing is None and session.scalar(select(Event.id).where(Event.uid == uid)):
            uid = f"{uid}-cohort{cohort_id}"  # the same file imported into a second cohort
            existing = session.scalar(select(Event).where(Event.uid == uid))
        draft = EventDraft(
            title=title,
            start=start,
            end=end,
            timezone=tz,
            kind=event_kind,
            audience=Audience.EVERYONE,
            location=location,
            description=description,
        )
        try:
            if existing is None:
                event = create_event(session, cohort_id, draft)[0]
                if uid:
                    event.uid = uid
                event.cancelled = cancelled
                created += 1
                continue
            before = (
                existing.title,
                existing.starts_at,
                existing.ends_at,
                existing.timezone,
                existing.location,
                existing.cancelled,
            )
            draft.kind, draft.audience = existing.kind, existing.audience
            draft.pairing_id = existing.pairing_id
            update_event(session, existing.id, draft, scope="one")
            existing.cancelled = cancelled
            after = (
                existing.title,
                existing.starts_at,
                existing.ends_at,
                existing.timezone,
                existing.location,
                existing.cancelled,
            )
            if after == before:
                unchanged += 1
            else:
                updated += 1
        except ValidationError as exc:
            raise ValidationError(f"The calendar's {where}: {exc.message}", exc.field) from exc
    session.flush()
    progress.step(len(components), len(components), "Done")
    return CalendarImport(created=created, updated=updated, unchanged=unchanged)
