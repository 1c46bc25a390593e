"""The cohort's calendar: create, edit, move and cancel events, repeat them, and plan the year from the rules.

Events are stored in UTC together with the IANA time zone they were planned in; the
committee always types and sees local wall-clock times, so "10:00 in Albuquerque"
stays 10:00 on both sides of a daylight-saving change. A repeating event is stored as
one ``Event`` row per occurrence sharing a ``series_id`` and the RRULE text, so each
occurrence can be moved, attended and exported on its own.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from dateutil.rrule import rrulestr
from sqlalchemy import Select, select
from sqlalchemy.orm import Session, aliased

from mentordesk.core.collector import collector_paused
from mentordesk.core.errors import ConflictError, NotFoundError, ValidationError
from mentordesk.core.programs.cohorts import get_cohort, program_rules
from mentordesk.core.progress import Progress, no_progress
from mentordesk.core.sentences import Sentence
from mentordesk.core.storage.audit_trail import last_changed_by
from mentordesk.core.storage.models import (
    Application,
    Attendance,
    Audience,
    Cohort,
    Event,
    EventKind,
    MeetingLog,
    Pairing,
    PairingStatus,
    Person,
)

#: Kinds that belong to one pair and are only ever shown to that pair.
PAIR_KINDS = frozenset({EventKind.INITIAL_MEETING, EventKind.PAIR_MEETING})

KIND_LABELS: dict[EventKind, str] = {
    EventKind.ORIENTATION: "Orientation",
    EventKind.WORKSHOP: "Workshop",
    EventKind.COMMITTEE_CALL: "Committee call",
    EventKind.INITIAL_MEETING: "Initial meeting",
    EventKind.PAIR_MEETING: "Pair meeting",
    EventKind.CLOSEOUT: "Close-out",
    EventKind.OTHER: "Other",
}

AUDIENCE_LABELS: dict[Audience, str] = {
    Audience.EVERYONE: "Everyone",
    Audience.MENTEES: "Mentees",
    Audience.MENTORS: "Mentors",
    Audience.PAIR: "One pair",
    Audience.COMMITTEE: "Committee",
}

#: A series never grows beyond this many occurrences (a typo like FREQ=DAILY for ten years).
MAX_OCCURRENCES = 200
# Events may sit a little outside the cohort's dates (an initial call before the start).
_SLACK = timedelta(days=183)

EditScope = Literal["one", "series"]


# --- time zones -----------------------------------------------------------------------


def zone(name: str) -> ZoneInfo:
    """The IANA time zone of that name, or a ValidationError naming it."""
    text = (name or "").strip()
    if not text:
        raise ValidationError("An event needs a time zone (e.g. America/Denver)", "timezone")
    try:
        return ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(
            f"Unknown time zone {text!r}; use an IANA name such as America/Denver", "timezone"
        ) from None


def timezone_names() -> list[str]:
    """Every IANA zone name, sorted, for the event dialog's chooser."""
    return sorted(available_timezones())


def to_utc(local: datetime, tz: str) -> datetime:
    """A wall-clock time in ``tz`` (naive, or aware in any zone) as naive UTC for storage."""
    aware = local if local.tzinfo is not None else local.replace(tzinfo=zone(tz))
    return aware.astimezone(UTC).replace(tzinfo=None)


def to_local(utc: datetime, tz: str) -> datetime:
    """A stored naive-UTC time as an aware datetime in ``tz``."""
    return utc.replace(tzinfo=UTC).astimezone(zone(tz))


# --- recurrence -----------------------------------------------------------------------

# How often, once and every so many (whole words, for the window to translate).
_EVERY = {
    "DAILY": ("Every day", "Every %1 days"),
    "WEEKLY": ("Every week", "Every %1 weeks"),
    "MONTHLY": ("Every month", "Every %1 months"),
}
_DAY_NAMES = {
    "MO": "Monday",
    "TU": "Tuesday",
    "WE": "Wednesday",
    "TH": "Thursday",
    "FR": "Friday",
    "SA": "Saturday",
    "SU": "Sunday",
}
_DAY_CODES = list(_DAY_NAMES)
_ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth", -1: "last"}


def _rule_parts(rule: str) -> dict[str, str]:
    text = rule.strip()
    if text.upper().startswith("RRULE:"):
        text = text[6:]
    parts: dict[str, str] = {}
    for chunk in filter(None, text.split(";")):
        key, sep, value = chunk.partition("=")
        if not sep or not value:
            raise ValidationError(
                f"Cannot read the repeat rule {rule!r} at {chunk!r}", "recurrence"
            )
        parts[key.strip().upper()] = value.strip().upper()
    return parts


def recurrence_rule(
    frequency: str,
    *,
    interval: int = 1,
    weekday: int | None = None,
    count: int | None = None,
    until: date | None = None,
) -> str:
    """RRULE text from the event dialog's choices (weekday 0 = Monday, as in Python)."""
    frequency = frequency.upper()
    if frequency not in _EVERY:
        raise ValidationError(f"Repeat daily, weekly or monthly, not {frequency!r}", "recurrence")
    if interval < 1:
        raise ValidationError("Repeat every 1 or more days, weeks or months", "recurrence")
    parts = [f"FREQ={frequency}"]
    if interval != 1:
        parts.append(f"INTERVAL={interval}")
    if frequency == "WEEKLY" and weekday is not None:
        parts.append(f"BYDAY={_DAY_CODES[weekday]}")
    if count is not None:
        parts.append(f"COUNT={count}")
    elif until is not None:
        parts.append(f"UNTIL={until:%Y%m%d}")
    return ";".join(parts)


def describe_recurrence(rule: str | None) -> str:
    """The repeat rule in words: "Every 2 weeks on Tuesday, 10 times" (a Sentence, which
    the window says in its language)."""
    if not rule:
        return Sentence("Does not repeat")
    parts = _rule_parts(rule)
    freq = parts.get("FREQ", "")
    interval = int(parts.get("INTERVAL", "1") or 1)
    one, many = _EVERY.get(freq, ("Every time", "Every %1 times"))
    text = Sentence(one) if interval == 1 else Sentence(many, (interval,))
    byday = parts.get("BYDAY")
    if byday:
        names: list[Sentence] = []
        for code in byday.split(","):
            ordinal = code[:-2]
            day = code[-2:]
            name = Sentence(_DAY_NAMES[day]) if day in _DAY_NAMES else Sentence(code)
            if ordinal and ordinal.lstrip("+-").isdigit():
                which = int(ordinal)
                name = Sentence(
                    "the %1 %2",
                    (Sentence(_ORDINALS[which]) if which in _ORDINALS else ordinal, name),
                )
            names.append(name)
        days = names[0]
        for name in names[1:]:
            days = Sentence("%1, %2", (days, name))
        text = Sentence("%1 on %2", (text, days))
    if "COUNT" in parts:
        text = Sentence("%1, %2 times", (text, parts["COUNT"]))
    elif "UNTIL" in parts:
        until = parts["UNTIL"][:8]
        text = Sentence("%1, until %2", (text, f"{until[:4]}-{until[4:6]}-{until[6:8]}"))
    return text


def expand_recurrence(rule: str, first: datetime, last_day: date) -> list[datetime]:
    """The wall-clock starts of a series: ``first`` and its repeats, none after ``last_day``.

    Expansion runs on naive local times, so a weekly 10:00 stays 10:00 across a
    daylight-saving change.
    """
    parts = _rule_parts(rule)
    if parts.get("FREQ") not in _EVERY:
        raise ValidationError(
            f"The repeat rule {rule!r} must say FREQ=DAILY, WEEKLY or MONTHLY", "recurrence"
        )
    first = first.replace(tzinfo=None)
    text = ";".join(f"{k}={v}" for k, v in parts.items())
    try:
        rule_set = rrulestr(f"RRULE:{text}", dtstart=first, forceset=True)
    except (ValueError, TypeError) as exc:
        raise ValidationError(f"Cannot read the repeat rule {rule!r}: {exc}", "recurrence") from exc
    horizon = datetime.combine(last_day, time.max)
    starts: list[datetime] = []
    for start in rule_set:
        start = start.replace(tzinfo=None)
        if start > horizon:
            break
        starts.append(start)
        if len(starts) > MAX_OCCURRENCES:
            raise ValidationError(
                f"The repeat rule {describe_recurrence(rule).lower()} makes more than "
                f"{MAX_OCCURRENCES} events; repeat less often or end it sooner",
                "recurrence",
            )
    if not starts or starts[0] != first:
        # RRULE semantics drop a DTSTART that does not match BYDAY; the committee expects it.
        starts.insert(0, first)
    return starts


# --- snapshots -------------------------------------------------------------------------


def _name(app: Application) -> str:
    return app.person.full_name or app.person.email


@dataclass(frozen=True, slots=True)
class PairInfo:
    """A pair as the calendar names it."""

    id: int
    mentor_id: int
    mentee_id: int
    mentor_name: str
    mentee_name: str
    active: bool

    @property
    def label(self) -> str:
        return f"{self.mentee_name} & {self.mentor_name}"


def pair_info(pairing: Pairing) -> PairInfo:
    return PairInfo(
        id=pairing.id,
        mentor_id=pairing.mentor_id,
        mentee_id=pairing.mentee_id,
        mentor_name=_name(pairing.mentor),
        mentee_name=_name(pairing.mentee),
        active=pairing.status is PairingStatus.ACTIVE,
    )


# Pairs are read as plain rows joined to their two people, never as ORM objects: a cohort
# of 20,000 applications has 6,667 pairs, and loading each with its mentor, mentee and
# their people (40,000 ORM objects) took seconds and left the collector a heap to walk.
_MENTOR, _MENTEE = aliased(Application), aliased(Application)
_MENTOR_PERSON, _MENTEE_PERSON = aliased(Person), aliased(Person)


def pairs_named(*columns: Any) -> Select[*tuple[Any, ...]]:
    """A select of a cohort's pairs with their mentor's and mentee's names (first name, last
    name, e-mail: ``pair_info_of`` makes them a ``PairInfo``), then ``columns``."""
    return (
        select(
            Pairing.id,
            Pairing.mentor_id,
            Pairing.mentee_id,
            Pairing.status,
            _MENTEE_PERSON.first_name,
            _MENTEE_PERSON.last_name,
            _MENTEE_PERSON.email,
            _MENTOR_PERSON.first_name,
            _MENTOR_PERSON.last_name,
            _MENTOR_PERSON.email,
            *columns,
        )
        .join(_MENTEE, Pairing.mentee_id == _MENTEE.id)
        .join(_MENTEE_PERSON, _MENTEE.person_id == _MENTEE_PERSON.id)
        .join(_MENTOR, Pairing.mentor_id == _MENTOR.id)
        .join(_MENTOR_PERSON, _MENTOR.person_id == _MENTOR_PERSON.id)
    )


def _person_name(first: str, last: str, email: str) -> str:
    return f"{first} {last}".strip() or email


def pair_info_of(row: Sequence[Any]) -> PairInfo:
    """The ``PairInfo`` of a row of ``pairs_named``."""
    return PairInfo(
        id=row[0],
        mentor_id=row[1],
        mentee_id=row[2],
        mentor_name=_person_name(row[7], row[8], row[9]),
        mentee_name=_person_name(row[4], row[5], row[6]),
        active=row[3] is PairingStatus.ACTIVE,
    )


def cohort_pairs(session: Session, cohort_id: int, *, active_only: bool = True) -> list[PairInfo]:
    """The cohort's pairs (mentee name order), as the calendar's pair filter lists them."""
    query = pairs_named().where(Pairing.cohort_id == cohort_id)
    if active_only:
        query = query.where(Pairing.status == PairingStatus.ACTIVE)
    with collector_paused():
        pairs = [pair_info_of(row) for row in session.execute(query).all()]
    return sorted(pairs, key=lambda p: (p.mentee_name.lower(), p.id))


def pair_labels(session: Session, cohort_id: int) -> dict[int, str]:
    """Every pair of the cohort (ended ones too) by id, named "Mentee & Mentor"."""
    query = pairs_named().where(Pairing.cohort_id == cohort_id)
    return {
        row[0]: f"{_person_name(*row[4:7])} & {_person_name(*row[7:10])}"
        for row in session.execute(query).all()
    }


@dataclass(frozen=True, slots=True)
class EventInfo:
    """One event as the committee sees it: local times in the event's own time zone."""

    id: int
    cohort_id: int
    kind: EventKind
    title: str
    start: datetime  # aware, in ``timezone``
    end: datetime  # aware, in ``timezone``
    timezone: str
    location: str | None
    description: str | None
    audience: Audience
    pairing_id: int | None
    pair_label: str | None
    series_id: str | None
    recurrence: str | None
    uid: str
    cancelled: bool

    @property
    def day(self) -> date:
        return self.start.date()

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]

    @property
    def minutes(self) -> int:
        return int((self.end - self.start).total_seconds() // 60)

    def draft(self) -> EventDraft:
        """The event as a draft to edit (wall-clock times, naive)."""
        return EventDraft(
            title=self.title,
            start=self.start.replace(tzinfo=None),
            end=self.end.replace(tzinfo=None),
            timezone=self.timezone,
            kind=self.kind,
            audience=self.audience,
            location=self.location,
            description=self.description,
            pairing_id=self.pairing_id,
            recurrence=self.recurrence,
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "uid": self.uid,
            "kind": self.kind.value,
            "title": self.title,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "timezone": self.timezone,
            "location": self.location,
            "audience": self.audience.value,
            "pairing_id": self.pairing_id,
            "pair": self.pair_label,
            "series_id": self.series_id,
            "recurrence": self.recurrence,
            "cancelled": self.cancelled,
        }


def event_info(event: Event) -> EventInfo:
    return EventInfo(
        id=event.id,
        cohort_id=event.cohort_id,
        kind=event.kind,
        title=event.title,
        start=to_local(event.starts_at, event.timezone),
        end=to_local(event.ends_at, event.timezone),
        timezone=event.timezone,
        location=event.location,
        description=event.description,
        audience=event.audience,
        pairing_id=event.pairing_id,
        pair_label=pair_info(event.pairing).label if event.pairing is not None else None,
        series_id=event.series_id,
        recurrence=event.recurrence,
        uid=event.uid,
        cancelled=event.cancelled,
    )


@dataclass(slots=True)
class EventDraft:
    """What the event dialog collects; ``start``/``end`` are wall-clock times in ``timezone``."""

    title: str
    start: datetime
    end: datetime
    timezone: str
    kind: EventKind = EventKind.OTHER
    audience: Audience = Audience.EVERYONE
    location: str | None = None
    description: str | None = None
    pairing_id: int | None = None
    recurrence: str | None = None


#: An event's parts in the committee's words, for saying which another desk changed.
_DRAFT_WORDS = {
    "title": "its title",
    "start": "its start",
    "end": "its end",
    "timezone": "its time zone",
    "kind": "its kind",
    "audience": "who is invited",
    "location": "its place",
    "description": "its description",
    "pairing_id": "its pair",
    "recurrence": "its repeat rule",
}


# --- reading ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CohortSpan:
    """The cohort's dates, zone and terms, for views that draw the year."""

    id: int
    name: str
    start: date
    end: date
    timezone: str
    terms: tuple[tuple[str, date, date], ...]


def cohort_span(session: Session, cohort_id: int) -> CohortSpan:
    cohort = get_cohort(session, cohort_id)
    return CohortSpan(
        id=cohort.id,
        name=cohort.name,
        start=cohort.start_date,
        end=cohort.end_date,
        timezone=cohort.timezone,
        terms=tuple((t.name, t.start_date, t.end_date) for t in cohort.terms),
    )


_EVENT_COLUMNS = (
    Event.id,
    Event.cohort_id,
    Event.kind,
    Event.title,
    Event.starts_at,
    Event.ends_at,
    Event.timezone,
    Event.location,
    Event.description,
    Event.audience,
    Event.pairing_id,
    Event.series_id,
    Event.recurrence,
    Event.uid,
    Event.cancelled,
)


def list_events(
    session: Session,
    cohort_id: int,
    *,
    start: date | None = None,
    end: date | None = None,
    kinds: Sequence[EventKind] | None = None,
    pairing_id: int | None = None,
    include_cancelled: bool = False,
) -> list[EventInfo]:
    """The cohort's events in time order; ``start``/``end`` are days in the cohort's zone."""
    cohort = get_cohort(session, cohort_id)
    # Plain rows and one lookup of pair names: a year of thousands of events stays quick.
    query = (
        select(*_EVENT_COLUMNS)
        .where(Event.cohort_id == cohort_id)
        .order_by(Event.starts_at, Event.id)
    )
    if start is not None:
        query = query.where(
            Event.ends_at >= to_utc(datetime.combine(start, time.min), cohort.timezone)
        )
    if end is not None:
        query = query.where(
            Event.starts_at <= to_utc(datetime.combine(end, time.max), cohort.timezone)
        )
    if kinds is not None:
        query = query.where(Event.kind.in_(list(kinds)))
    if pairing_id is not None:
        query = query.where(Event.pairing_id == pairing_id)
    if not include_cancelled:
        query = query.where(Event.cancelled.is_(False))
    labels = pair_labels(session, cohort_id)
    return [
        EventInfo(
            id=row.id,
            cohort_id=row.cohort_id,
            kind=row.kind,
            title=row.title,
            start=to_local(row.starts_at, row.timezone),
            end=to_local(row.ends_at, row.timezone),
            timezone=row.timezone,
            location=row.location,
            description=row.description,
            audience=row.audience,
            pairing_id=row.pairing_id,
            pair_label=labels.get(row.pairing_id) if row.pairing_id is not None else None,
            series_id=row.series_id,
            recurrence=row.recurrence,
            uid=row.uid,
            cancelled=row.cancelled,
        )
        for row in session.execute(query).all()
    ]


def get_event(session: Session, event_id: int) -> Event:
    event = session.get(Event, event_id)
    if event is None:
        raise NotFoundError(f"No event with id {event_id}")
    return event


def get_event_info(session: Session, event_id: int) -> EventInfo:
    return event_info(get_event(session, event_id))


# --- writing ---------------------------------------------------------------------------


def new_uid() -> str:
    return f"{uuid.uuid4()}@mentordesk"


def _validated(session: Session, cohort: Cohort, draft: EventDraft) -> EventDraft:
    title = " ".join((draft.title or "").split())
    if not title:
        raise ValidationError("An event needs a title", "title")
    if len(title) > 300:
        raise ValidationError("An event's title is at most 300 characters", "title")
    zone(draft.timezone)
    if draft.end <= draft.start:
        raise ValidationError(
            f"{title!r} ends ({draft.end:%Y-%m-%d %H:%M}) before it starts "
            f"({draft.start:%Y-%m-%d %H:%M})",
            "end",
        )
    if draft.end - draft.start > timedelta(days=14):
        raise ValidationError(f"{title!r} would last more than two weeks", "end")
    first = datetime.combine(cohort.start_date, time.min) - _SLACK
    last = datetime.combine(cohort.end_date, time.max) + _SLACK
    if not first <= draft.start.replace(tzinfo=None) <= last:
        raise ValidationError(
            f"{title!r} on {draft.start:%Y-%m-%d} lies outside the year of cohort {cohort.name!r} "
            f"({cohort.start_date} – {cohort.end_date})",
            "start",
        )
    location = (draft.location or "").strip() or None
    if location and len(location) > 500:
        raise ValidationError("A location or link is at most 500 characters", "location")
    kind, audience = EventKind(draft.kind), Audience(draft.audience)
    pairing_id = draft.pairing_id
    if kind in PAIR_KINDS and audience is not Audience.PAIR:
        raise ValidationError(f"A {KIND_LABELS[kind].lower()} is for one pair", "audience")
    if audience is Audience.PAIR:
        if pairing_id is None:
            raise ValidationError(f"Choose the pair {title!r} is for", "pairing")
        pairing = session.get(Pairing, pairing_id)
        if pairing is None or pairing.cohort_id != cohort.id:
            raise ValidationError(
                f"The pair of {title!r} is not in cohort {cohort.name!r}", "pairing"
            )
    else:
        pairing_id = None  # only pair events belong to a pair
    recurrence = (draft.recurrence or "").strip() or None
    return replace(
        draft,
        title=title,
        start=draft.start.replace(tzinfo=None),
        end=draft.end.replace(tzinfo=None),
        timezone=draft.timezone.strip(),
        kind=kind,
        audience=audience,
        location=location,
        description=(draft.description or "").strip() or None,
        pairing_id=pairing_id,
        recurrence=recurrence,
    )


def _apply(event: Event, draft: EventDraft, start: datetime, end: datetime) -> None:
    event.kind = draft.kind
    event.title = draft.title
    event.timezone = draft.timezone
    event.starts_at = to_utc(start, draft.timezone)
    event.ends_at = to_utc(end, draft.timezone)
    event.location = draft.location
    event.description = draft.description
    event.audience = draft.audience
    event.pairing_id = draft.pairing_id


def _add_series(
    session: Session,
    cohort: Cohort,
    draft: EventDraft,
    *,
    series_id: str | None = None,
    uids: Sequence[str] = (),
    skip_first: bool = False,
) -> list[Event]:
    assert draft.recurrence
    series_id = series_id or uuid.uuid4().hex
    duration = draft.end - draft.start
    starts = expand_recurrence(draft.recurrence, draft.start, cohort.end_date)
    reused = list(uids)
    events: list[Event] = []
    for i, start in enumerate(starts):
        if skip_first and i == 0:
            continue
        event = Event(
            cohort_id=cohort.id,
            uid=reused.pop(0) if reused else new_uid(),
            series_id=series_id,
            recurrence=draft.recurrence,
        )
        _apply(event, draft, start, start + duration)
        session.add(event)
        events.append(event)
    session.flush()
    return events


def create_event(session: Session, cohort_id: int, draft: EventDraft) -> list[Event]:
    """Add an event (or every occurrence of a repeating one) to the cohort's calendar."""
    cohort = get_cohort(session, cohort_id)
    draft = _validated(session, cohort, draft)
    if draft.recurrence:
        return _add_series(session, cohort, draft)
    event = Event(cohort_id=cohort.id, uid=new_uid())
    _apply(event, draft, draft.start, draft.end)
    session.add(event)
    session.flush()
    return [event]


def _has_records(session: Session, event_id: int) -> bool:
    return bool(
        session.scalar(select(Attendance.id).where(Attendance.event_id == event_id).limit(1))
        or session.scalar(select(MeetingLog.id).where(MeetingLog.event_id == event_id).limit(1))
    )


def series_events(session: Session, series_id: str) -> list[Event]:
    return list(
        session.scalars(
            select(Event).where(Event.series_id == series_id).order_by(Event.starts_at, Event.id)
        )
    )


def update_event(
    session: Session,
    event_id: int,
    draft: EventDraft,
    *,
    scope: EditScope = "one",
    expected: EventDraft | None = None,
) -> list[Event]:
    """Change one event, or with ``scope="series"`` every occurrence of its series.

    A series edit moves every occurrence by the same number of days and gives each the
    new time of day and length. Changing the repeat rule replaces the occurrences from
    this one on (those with attendance or meeting logs stay) and keeps their UIDs, so
    calendar programs update rather than duplicate. ``expected``: the event as the dialog
    opened it; one another desk has changed since is refused, naming what they changed.
    """
    event = get_event(session, event_id)
    cohort = get_cohort(session, event.cohort_id)
    if expected is not None:
        now = event_info(event).draft()
        differ = [k for k in _DRAFT_WORDS if getattr(now, k) != getattr(expected, k)]
        if differ:
            by = last_changed_by(session, "event", event.id, cohort.timezone)
            raise ConflictError(
                f"“{now.title}” was changed since it was opened ("
                + ", ".join(_DRAFT_WORDS[k] for k in differ)
                + f"{', ' + by if by else ''}); nothing was saved. Open it again to see theirs"
            )
    draft = _validated(session, cohort, draft)
    if event.series_id is None or scope == "one":
        if event.series_id is None and draft.recurrence:
            # Turning a single event into a series: it becomes the first occurrence.
            event.series_id = uuid.uuid4().hex
            event.recurrence = draft.recurrence
            _apply(event, draft, draft.start, draft.end)
            _add_series(session, cohort, draft, series_id=event.series_id, skip_first=True)
            return series_events(session, event.series_id)
        _apply(event, draft, draft.start, draft.end)
        session.flush()
        return [event]

    series_id = event.series_id
    old_local = to_local(event.starts_at, event.timezone).replace(tzinfo=None)
    if draft.recurrence and draft.recurrence != event.recurrence:
        later = [e for e in series_events(session, series_id) if e.starts_at >= event.starts_at]
        uids = []
        for other in later:
            if not _has_records(session, other.id):
                uids.append(other.uid)
                session.delete(other)
        session.flush()
        _add_series(session, cohort, draft, series_id=series_id, uids=uids)
        for other in series_events(session, series_id):
            other.recurrence = draft.recurrence
        session.flush()
        return series_events(session, series_id)

    day_shift = draft.start.date() - old_local.date()
    duration = draft.end - draft.start
    occurrences = series_events(session, series_id)
    for other in occurrences:
        local = to_local(other.starts_at, other.timezone).replace(tzinfo=None)
        start = datetime.combine(local.date() + day_shift, draft.start.time())
        _apply(other, draft, start, start + duration)
        if not draft.recurrence:
            other.recurrence = None
    session.flush()
    return occurrences


def move_event(
    session: Session, event_id: int, day: date, *, expected_day: date | None = None
) -> Event:
    """Move an event to another day, keeping its wall-clock time and length.

    ``expected_day``: the day the caller saw the event on (the calendar as shown, or as the
    step being undone left it); an event another desk has moved since is refused, saying
    where it is now, never moved from under them.
    """
    event = get_event(session, event_id)
    cohort = get_cohort(session, event.cohort_id)
    local_start = to_local(event.starts_at, event.timezone).replace(tzinfo=None)
    local_end = to_local(event.ends_at, event.timezone).replace(tzinfo=None)
    if expected_day is not None and local_start.date() != expected_day:
        by = last_changed_by(session, "event", event.id, cohort.timezone)
        raise ConflictError(
            f"“{event.title}” was moved since (to {local_start:%A %d %B %Y}"
            f"{', ' + by if by else ''}), not on {expected_day:%A %d %B} any more; nothing "
            "was changed. Look at the calendar again (F5)"
        )
    shift = day - local_start.date()
    draft = _validated(
        session,
        cohort,
        EventDraft(
            title=event.title,
            start=local_start + shift,
            end=local_end + shift,
            timezone=event.timezone,
            kind=event.kind,
            audience=event.audience,
            location=event.location,
            description=event.description,
            pairing_id=event.pairing_id,
        ),
    )
    event.starts_at = to_utc(draft.start, draft.timezone)
    event.ends_at = to_utc(draft.end, draft.timezone)
    session.flush()
    return event


def cancel_event(
    session: Session, event_id: int, *, scope: EditScope = "one", cancelled: bool = True
) -> list[Event]:
    """Cancel (or with ``cancelled=False`` restore) an event or its whole series.

    Cancelled events stay, so a re-exported calendar tells calendar programs to drop them.
    """
    event = get_event(session, event_id)
    events = (
        series_events(session, event.series_id)
        if scope == "series" and event.series_id
        else [event]
    )
    for other in events:
        other.cancelled = cancelled
    session.flush()
    return events


def delete_event(session: Session, event_id: int) -> None:
    """Remove an event that was never held (no attendance, no meeting logged against it)."""
    event = get_event(session, event_id)
    if _has_records(session, event_id):
        raise ConflictError(
            f"{event.title!r} has attendance or meeting logs; cancel it instead of deleting it"
        )
    session.delete(event)
    session.flush()


# --- planning the year from the rules -------------------------------------------------------

ORIENTATION_LENGTH = timedelta(hours=2)
WORKSHOP_LENGTH = timedelta(minutes=90)
PAIR_MEETING_LENGTH = timedelta(hours=1)
CLOSEOUT_LENGTH = timedelta(hours=2)
COMMITTEE_CALL_LENGTH = timedelta(hours=1)
WORKSHOP_TIME = time(12, 0)
PAIR_MEETING_TIME = time(16, 0)
#: Committee calls: the first Tuesday of every month, until the cohort ends.
COMMITTEE_CALL_RULE = "FREQ=MONTHLY;BYDAY=1TU"


def _weekday_on_or_after(day: date, weekday: int = 0) -> date:
    """The first working day (Mon–Fri) on or after ``day``; with weekday set, that weekday."""
    while day.weekday() >= 5 or (weekday and day.weekday() != weekday):
        day += timedelta(days=1)
    return day


@dataclass(slots=True)
class YearPlanRequest:
    """The dates the committee chose in "Plan the year…"; suggestions fill what is left out."""

    orientation: datetime | None = None
    workshops: list[datetime] = field(default_factory=list)
    closeout: datetime | None = None
    committee_call: datetime | None = None
    timezone: str | None = None
    location: str | None = None


@dataclass(frozen=True, slots=True)
class YearPlanNeeds:
    """What the rules ask the plan for, to build the dialog."""

    orientation: bool
    workshop_count: int
    initial_meetings: bool
    meetings_per_term: int
    closeout: bool
    supervisors_invited: bool
    committee_calls: bool
    active_pairs: int
    terms: int


def plan_needs(session: Session, cohort_id: int) -> YearPlanNeeds:
    cohort = get_cohort(session, cohort_id)
    rules = program_rules(cohort.program)
    return YearPlanNeeds(
        orientation=rules.orientation_required,
        workshop_count=rules.workshop_count,
        initial_meetings=rules.initial_meeting_before_start,
        meetings_per_term=rules.min_meetings_per_term,
        closeout=rules.ends_with_celebration,
        supervisors_invited=rules.supervisor_invited_to_closeout,
        committee_calls=rules.committee_calls,
        active_pairs=len(cohort_pairs(session, cohort_id)),
        terms=len(cohort.terms),
    )


def suggest_year_plan(session: Session, cohort_id: int) -> YearPlanRequest:
    """Sensible dates for everything the rules ask for; the committee adjusts them."""
    cohort = get_cohort(session, cohort_id)
    rules = program_rules(cohort.program)
    start = _weekday_on_or_after(cohort.start_date)
    plan = YearPlanRequest(timezone=cohort.timezone)
    if rules.orientation_required:
        plan.orientation = datetime.combine(start, time(10, 0))
    if rules.workshop_count:
        # Spread evenly between the orientation and the last month.
        first = start + timedelta(days=21)
        last = max(first, cohort.end_date - timedelta(days=30))
        step = (last - first) / max(rules.workshop_count - 1, 1)
        terms = [(t.start_date, t.end_date) for t in cohort.terms]
        days = []
        for i in range(rules.workshop_count):
            day = _weekday_on_or_after(first + step * i, 2)
            # Between terms (the winter break) nobody comes: the next term's first Wednesday.
            if terms and not any(a <= day <= b for a, b in terms):
                later = [a for a, _b in terms if a > day]
                if later:
                    day = _weekday_on_or_after(later[0], 2)
            while day in days:
                day += timedelta(days=7)
            days.append(day)
        plan.workshops = [datetime.combine(day, WORKSHOP_TIME) for day in days]
    if rules.ends_with_celebration:
        end = cohort.end_date
        while end.weekday() >= 5:
            end -= timedelta(days=1)
        plan.closeout = datetime.combine(end, time(15, 0))
    if rules.committee_calls:
        plan.committee_call = datetime.combine(_weekday_on_or_after(start, 1), time(12, 0))
    return plan


@dataclass(frozen=True, slots=True)
class YearPlanResult:
    counts: dict[str, int]  # event kind value -> events created

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def summary(self) -> str:
        """ "1 orientation, 4 workshops": a Sentence, which the window says in its language."""
        parts = [
            Sentence(_PLANNED[EventKind(k)][0])
            if n == 1
            else Sentence(_PLANNED[EventKind(k)][1], (n,))
            for k, n in self.counts.items()
            if n
        ]
        if not parts:
            return Sentence("nothing (the rules ask for no events)")
        said = parts[0]
        for part in parts[1:]:
            said = Sentence("%1, %2", (said, part))
        return said


# Events of a kind by how many, one and more (whole words, for the window to translate).
_PLANNED = {
    EventKind.ORIENTATION: ("1 orientation", "%1 orientations"),
    EventKind.WORKSHOP: ("1 workshop", "%1 workshops"),
    EventKind.COMMITTEE_CALL: ("1 committee call", "%1 committee calls"),
    EventKind.INITIAL_MEETING: ("1 initial meeting", "%1 initial meetings"),
    EventKind.PAIR_MEETING: ("1 pair meeting", "%1 pair meetings"),
    EventKind.CLOSEOUT: ("1 close-out", "%1 close-outs"),
    EventKind.OTHER: ("1 other", "%1 others"),
}


_PLANNED_KINDS = (
    EventKind.ORIENTATION,
    EventKind.WORKSHOP,
    EventKind.INITIAL_MEETING,
    EventKind.CLOSEOUT,
)


def year_planned(session: Session, cohort_id: int) -> bool:
    """Whether the cohort already has the events "plan the year" makes (so it would refuse)."""
    return bool(
        session.scalar(
            select(Event.id)
            .where(
                Event.cohort_id == cohort_id,
                Event.kind.in_(_PLANNED_KINDS),
                Event.cancelled.is_(False),
            )
            .limit(1)
        )
    )


def plan_year(
    session: Session,
    cohort_id: int,
    *,
    orientation: datetime | None = None,
    workshop_dates: Sequence[date | datetime] = (),
    closeout: datetime | None = None,
    committee_call: datetime | None = None,
    timezone: str | None = None,
    location: str | None = None,
    progress: Progress | None = None,
) -> YearPlanResult:
    """Put on the calendar everything the program's rules ask for, in one transaction.

    Orientation, the workshops on the dates given (a date alone means the usual
    workshop time), a suggested initial meeting per active pair before the start, a
    meeting slot per pair and term where the rules ask for meetings per term, the
    close-out (supervisors invited where the rules say so) and monthly committee
    calls. Dates left out get the suggestion of ``suggest_year_plan``.
    """
    progress = progress or no_progress()
    cohort = get_cohort(session, cohort_id)
    rules = program_rules(cohort.program)
    suggestion = suggest_year_plan(session, cohort_id)
    tz = timezone or cohort.timezone
    zone(tz)
    if year_planned(session, cohort_id):
        raise ConflictError(
            f"The year of cohort {cohort.name!r} is already planned; edit its events instead"
        )
    workshops = [
        d if isinstance(d, datetime) else datetime.combine(d, WORKSHOP_TIME) for d in workshop_dates
    ]
    if rules.workshop_count and len(workshops) != rules.workshop_count:
        raise ValidationError(
            f"The program's rules plan {rules.workshop_count} workshops; "
            f"{len(workshops)} date(s) were given",
            "workshops",
        )
    if len(set(w.date() for w in workshops)) != len(workshops):
        raise ValidationError("Two workshops are on the same day", "workshops")
    for w in workshops:
        if not cohort.start_date <= w.date() <= cohort.end_date:
            raise ValidationError(
                f"The workshop on {w:%Y-%m-%d} is outside the cohort's dates "
                f"({cohort.start_date} – {cohort.end_date})",
                "workshops",
            )
    pairs = cohort_pairs(session, cohort_id)
    counts: dict[str, int] = {k.value: 0 for k in EventKind}
    total_steps = 3 + len(pairs)
    progress.step(0, total_steps, "Planning the year")

    def add(draft: EventDraft) -> None:
        for event in create_event(session, cohort_id, draft):
            counts[event.kind.value] += 1

    if rules.orientation_required:
        at = orientation or suggestion.orientation
        assert at is not None
        add(
            EventDraft(
                title="Orientation",
                start=at,
                end=at + ORIENTATION_LENGTH,
                timezone=tz,
                kind=EventKind.ORIENTATION,
                location=location,
                description="Mandatory for mentors and mentees: meet your partner and the program.",
            )
        )
    for n, at in enumerate(sorted(workshops), start=1):
        add(
            EventDraft(
                title=f"Workshop {n}",
                start=at,
                end=at + WORKSHOP_LENGTH,
                timezone=tz,
                kind=EventKind.WORKSHOP,
                location=location,
                description=(
                    f"Mentees attend at least {rules.mentee_min_workshops} of the "
                    f"{rules.workshop_count} workshops; mentors are encouraged to come along."
                    if rules.mentee_min_workshops
                    else None
                ),
            )
        )
    progress.step(1, total_steps, "Pair meetings")
    for i, pair in enumerate(pairs):
        if rules.initial_meeting_before_start:
            # A week before the start, staggered over the working days so no evening is crowded.
            day = cohort.start_date - timedelta(days=7 + i % 5)
            while day.weekday() >= 5:
                day -= timedelta(days=1)
            at = datetime.combine(day, PAIR_MEETING_TIME)
            add(
                EventDraft(
                    title=f"Initial meeting: {pair.label}",
                    start=at,
                    end=at + PAIR_MEETING_LENGTH,
                    timezone=tz,
                    kind=EventKind.INITIAL_MEETING,
                    audience=Audience.PAIR,
                    pairing_id=pair.id,
                    description="Suggested: talk about needs, set goals and hopes for the year.",
                )
            )
        if rules.min_meetings_per_term:
            for term in cohort.terms:
                length = (term.end_date - term.start_date).days
                day = _weekday_on_or_after(
                    term.start_date + timedelta(days=max(length // 4, 0) + i % 5)
                )
                if day > term.end_date:
                    day = term.start_date
                at = datetime.combine(day, PAIR_MEETING_TIME)
                add(
                    EventDraft(
                        title=f"{term.name} meeting: {pair.label}",
                        start=at,
                        end=at + PAIR_MEETING_LENGTH,
                        timezone=tz,
                        kind=EventKind.PAIR_MEETING,
                        audience=Audience.PAIR,
                        pairing_id=pair.id,
                        description=(
                            f"A reminder slot: the program asks for at least "
                            f"{rules.min_meetings_per_term} meeting(s) in {term.name}; "
                            f"move it to a time that suits you both."
                        ),
                    )
                )
        progress.step(2 + i, total_steps, f"Pair meetings: {pair.label}")
    if rules.committee_calls:
        at = committee_call or suggestion.committee_call
        assert at is not None
        add(
            EventDraft(
                title="Committee call",
                start=at,
                end=at + COMMITTEE_CALL_LENGTH,
                timezone=tz,
                kind=EventKind.COMMITTEE_CALL,
                location=location,
                recurrence=COMMITTEE_CALL_RULE,
                description="Optional call with the committee for all participants.",
            )
        )
    if rules.ends_with_celebration:
        at = closeout or suggestion.closeout
        assert at is not None
        add(
            EventDraft(
                title="Close-out celebration",
                start=at,
                end=at + CLOSEOUT_LENGTH,
                timezone=tz,
                kind=EventKind.CLOSEOUT,
                location=location,
                description=(
                    "Celebrating the end of the mentoring partnerships. Supervisors are invited."
                    if rules.supervisor_invited_to_closeout
                    else "Celebrating the end of the mentoring partnerships."
                ),
            )
        )
    progress.step(total_steps, total_steps, "Done")
    return YearPlanResult({k: n for k, n in counts.items() if n})


def closeout_guests(session: Session, event: Event) -> list[tuple[str, str]]:
    """Supervisors (name, email) invited to a close-out, when the rules invite them."""
    cohort = get_cohort(session, event.cohort_id)
    if (
        event.kind is not EventKind.CLOSEOUT
        or not program_rules(cohort.program).supervisor_invited_to_closeout
    ):
        return []
    seen: dict[str, str] = {}
    for pairing in session.scalars(
        select(Pairing).where(Pairing.cohort_id == cohort.id, Pairing.status != PairingStatus.ENDED)
    ):
        for app in (pairing.mentor, pairing.mentee):
            if app.supervisor_email:
                seen.setdefault(app.supervisor_email.lower(), app.supervisor_name or "")
    return sorted(((name, email) for email, name in seen.items()), key=lambda t: t[1])
