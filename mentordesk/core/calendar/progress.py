"""How each pair is doing against the program's rules, and the "needs attention" list that follows.

Meetings per term, hours per month, the mentee's workshops, orientation and the
initial meeting are all read from ``ProgramRules``; a rule a program leaves at zero
or unset is simply not checked.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentordesk.core.calendar.events import PairInfo, pair_info_of, pairs_named, to_local
from mentordesk.core.programs.cohorts import get_cohort, program_rules
from mentordesk.core.sentences import Sentence
from mentordesk.core.storage.models import (
    Attendance,
    AttendanceStatus,
    Event,
    EventKind,
    MeetingLog,
    Pairing,
    PairingStatus,
)

#: A term whose end is this close, with meetings missing, is flagged before it is too late.
DUE_SOON_DAYS = 30
_DAYS_PER_MONTH = 30.44


@dataclass(frozen=True, slots=True)
class TermProgress:
    name: str
    start: date
    end: date
    held: int
    required: int
    minutes: int
    state: str  # upcoming, open, due, done, behind

    def as_json(self) -> dict[str, Any]:
        return {
            "term": self.name,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "held": self.held,
            "required": self.required,
            "minutes": self.minutes,
            "state": self.state,
        }


@dataclass(frozen=True, slots=True)
class HoursProgress:
    """A person's hours in the program (meetings and events attended) against the monthly rule."""

    hours: float
    months: int  # whole months elapsed
    per_month: tuple[float, float] | None  # the rule's low–high hours a month

    @property
    def expected_min(self) -> float | None:
        return None if self.per_month is None else self.per_month[0] * self.months

    @property
    def behind(self) -> bool:
        minimum = self.expected_min
        return minimum is not None and self.months > 0 and self.hours + 1e-9 < minimum

    def as_json(self) -> dict[str, Any]:
        return {
            "hours": round(self.hours, 2),
            "months": self.months,
            "per_month": list(self.per_month) if self.per_month else None,
            "expected_min": self.expected_min,
        }


@dataclass(frozen=True, slots=True)
class PairProgress:
    pair: PairInfo
    terms: list[TermProgress]
    meetings: int
    meeting_minutes: int
    mentee_hours: HoursProgress
    mentor_hours: HoursProgress
    workshops_attended: int
    workshops_required: int
    workshops_left: int  # planned and not yet held
    orientation: dict[str, bool | None]  # role -> attended; None: not required or not held yet
    initial_meeting: bool | None  # None: the rules do not ask for one

    def as_json(self) -> dict[str, Any]:
        return {
            "pairing_id": self.pair.id,
            "pair": self.pair.label,
            "mentor": self.pair.mentor_name,
            "mentee": self.pair.mentee_name,
            "terms": [t.as_json() for t in self.terms],
            "meetings": self.meetings,
            "meeting_minutes": self.meeting_minutes,
            "mentee_hours": self.mentee_hours.as_json(),
            "mentor_hours": self.mentor_hours.as_json(),
            "workshops_attended": self.workshops_attended,
            "workshops_required": self.workshops_required,
            "workshops_left": self.workshops_left,
            "orientation": self.orientation,
            "initial_meeting": self.initial_meeting,
        }


@dataclass(frozen=True, slots=True)
class AttentionItem:
    """One thing a committee member should follow up, with the reason in words."""

    pairing_id: int
    pair_label: str
    topic: str  # meetings, hours, workshops, orientation, initial_meeting
    reason: str

    def as_json(self) -> dict[str, Any]:
        return {
            "pairing_id": self.pairing_id,
            "pair": self.pair_label,
            "topic": self.topic,
            "reason": self.reason,
        }


@dataclass(frozen=True, slots=True)
class CohortProgress:
    cohort_id: int
    cohort_name: str
    today: date
    pairs: list[PairProgress] = field(default_factory=list)
    attention: list[AttentionItem] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "cohort": self.cohort_name,
            "today": self.today.isoformat(),
            "pairs": [p.as_json() for p in self.pairs],
            "needs_attention": [a.as_json() for a in self.attention],
        }


class _PairRow(NamedTuple):
    pair: PairInfo
    status: PairingStatus
    started_on: date | None
    ended_on: date | None
    mentee_full_name: str


class _TermRow(NamedTuple):
    name: str
    start_date: date
    end_date: date


class _EventRow(NamedTuple):
    id: int
    kind: EventKind
    starts_at: datetime
    ends_at: datetime
    timezone: str


class _LogRow(NamedTuple):
    met_on: date
    duration_minutes: int
    event_id: int | None


#: Who missed the mandatory orientation, and how the attendance says so.
_MISSED_ORIENTATION = {
    ("mentee", "excused"): "Mentee %1 was excused from the mandatory orientation (%2)",
    ("mentee", "absent"): "Mentee %1 was absent from the mandatory orientation (%2)",
    (
        "mentee",
        "unmarked",
    ): "Mentee %1 has no attendance recorded at the mandatory orientation (%2)",
    ("mentor", "excused"): "Mentor %1 was excused from the mandatory orientation (%2)",
    ("mentor", "absent"): "Mentor %1 was absent from the mandatory orientation (%2)",
    (
        "mentor",
        "unmarked",
    ): "Mentor %1 has no attendance recorded at the mandatory orientation (%2)",
}


def _h(hours: float) -> str:
    return f"{hours:.1f} h" if hours % 1 else f"{hours:.0f} h"


def year_progress(
    session: Session,
    cohort_id: int,
    *,
    today: date | None = None,
    known: Mapping[int, PairInfo] | None = None,
) -> CohortProgress:
    """Every active or completed pair's progress against the rules, as of ``today``.

    ``known``: pairs already read from the same snapshot (the calendar's pair filter), by
    id, shown as those same objects rather than made again.
    """
    known = known or {}
    today = today or date.today()
    cohort = get_cohort(session, cohort_id)
    rules = program_rules(cohort.program)
    # Plain rows throughout, never ORM objects: 6,667 pairs with their people, their events
    # and meeting logs took seconds as objects and left a heap for the collector to walk.
    pairings = [
        _PairRow(
            known.get(row[0]) or pair_info_of(row),
            row[3],
            row[10],
            row[11],
            f"{row[4]} {row[5]}".strip(),
        )
        for row in session.execute(
            pairs_named(Pairing.started_on, Pairing.ended_on).where(
                Pairing.cohort_id == cohort_id, Pairing.status != PairingStatus.ENDED
            )
        ).all()
    ]
    events = [
        _EventRow(*row)
        for row in session.execute(
            select(Event.id, Event.kind, Event.starts_at, Event.ends_at, Event.timezone).where(
                Event.cohort_id == cohort_id, Event.cancelled.is_(False)
            )
        ).all()
    ]
    event_days = {e.id: to_local(e.starts_at, e.timezone).date() for e in events}
    event_hours = {e.id: (e.ends_at - e.starts_at).total_seconds() / 3600 for e in events}
    held_events = {e.id for e in events if event_days[e.id] <= today}
    initial_meetings = {e.id for e in events if e.kind is EventKind.INITIAL_MEETING}
    present: dict[int, set[int]] = {}  # application id -> event ids attended
    marks: dict[tuple[int, int], AttendanceStatus] = {}
    for application_id, event_id, status in session.execute(
        select(Attendance.application_id, Attendance.event_id, Attendance.status)
        .join(Event)
        .where(Event.cohort_id == cohort_id)
    ).all():
        marks[(application_id, event_id)] = status
        if status is AttendanceStatus.PRESENT:
            present.setdefault(application_id, set()).add(event_id)
    logs: dict[int, list[_LogRow]] = {}
    for row in session.execute(
        select(
            MeetingLog.pairing_id,
            MeetingLog.met_on,
            MeetingLog.duration_minutes,
            MeetingLog.event_id,
        )
        .join(Pairing)
        .where(Pairing.cohort_id == cohort_id)
        .order_by(MeetingLog.id)
    ).all():
        logs.setdefault(row[0], []).append(_LogRow(*row[1:]))

    workshops = [e for e in events if e.kind is EventKind.WORKSHOP]
    workshops_left = sum(1 for e in workshops if e.id not in held_events)
    orientations = [e for e in events if e.kind is EventKind.ORIENTATION]
    orientation_held = [e for e in orientations if e.id in held_events]
    # Plain values, not the ORM's attributes: the loop below reads them for every pair.
    terms = [_TermRow(t.name, t.start_date, t.end_date) for t in cohort.terms]
    cohort_start, cohort_end = cohort.start_date, cohort.end_date
    # One tuple of each rule for every pair's hours, not two new ones per pair.
    mentee_per_month, mentor_per_month = (
        (float(per_month[0]), float(per_month[1])) if per_month else None
        for per_month in (rules.mentee_hours_per_month, rules.mentor_hours_per_month)
    )
    result = CohortProgress(cohort_id=cohort.id, cohort_name=cohort.name, today=today)

    # Mentee name order (the name as written, an e-mail address not standing in for it).
    for pairing in sorted(pairings, key=lambda p: (p.mentee_full_name.lower(), p.pair.id)):
        pair = pairing.pair
        active = pairing.status is PairingStatus.ACTIVE
        attention: list[AttentionItem] = []

        def flag(
            topic: str, reason: str, pair: PairInfo = pair, into: list[AttentionItem] = attention
        ) -> None:
            into.append(AttentionItem(pair.id, pair.label, topic, reason))

        pair_logs = [log for log in logs.get(pair.id, []) if log.met_on <= today]
        term_rows: list[TermProgress] = []
        for index, term in enumerate(terms):
            # An initial meeting before the start counts toward the first term.
            in_term = [
                log
                for log in pair_logs
                if log.met_on <= term.end_date and (log.met_on >= term.start_date or index == 0)
            ]
            held, required = len(in_term), rules.min_meetings_per_term
            if today < term.start_date:
                state = "upcoming"
            elif held >= required:
                state = "done"
            elif today > term.end_date:
                state = "behind"
                flag(
                    "meetings",
                    Sentence(
                        "%1 of %Ln meeting(s) logged in %2 (%3 – %4), which has ended",
                        (held, term.name, str(term.start_date), str(term.end_date)),
                        how_many=required,
                    ),
                )
            elif (term.end_date - today).days <= DUE_SOON_DAYS:
                state = "due"
                flag(
                    "meetings",
                    Sentence(
                        "%1 ends on %2 (%3 days); %4 of %Ln meeting(s) logged so far",
                        (term.name, str(term.end_date), (term.end_date - today).days, held),
                        how_many=required,
                    ),
                )
            else:
                state = "open"
            term_rows.append(
                TermProgress(
                    name=term.name,
                    start=term.start_date,
                    end=term.end_date,
                    held=held,
                    required=required,
                    minutes=sum(log.duration_minutes for log in in_term),
                    state=state,
                )
            )

        meeting_minutes = sum(log.duration_minutes for log in pair_logs)
        period_start = pairing.started_on or cohort_start
        period_end = min(today, pairing.ended_on or cohort_end, cohort_end)
        months = max(int(((period_end - period_start).days + 1) / _DAYS_PER_MONTH), 0)

        mentee_hours, mentor_hours = (
            HoursProgress(
                hours=meeting_minutes / 60
                + sum(event_hours[e] for e in present.get(person, set()) & held_events),
                months=months,
                per_month=per_month,
            )
            for person, per_month in (
                (pair.mentee_id, mentee_per_month),
                (pair.mentor_id, mentor_per_month),
            )
        )
        for behind, name, hp in (
            (
                "Mentee %1: %2 in %Ln month(s); the program expects %3–%4 a month "
                "(at least %5 by now)",
                pair.mentee_name,
                mentee_hours,
            ),
            (
                "Mentor %1: %2 in %Ln month(s); the program expects %3–%4 a month "
                "(at least %5 by now)",
                pair.mentor_name,
                mentor_hours,
            ),
        ):
            if hp.behind and hp.per_month is not None:
                hours = (_h(hp.hours), _h(hp.per_month[0]), _h(hp.per_month[1]))
                flag(
                    "hours",
                    Sentence(behind, (name, *hours, _h(hp.expected_min or 0)), how_many=hp.months),
                )

        attended_workshops = sum(1 for e in workshops if e.id in present.get(pair.mentee_id, set()))
        required_workshops = rules.mentee_min_workshops
        if required_workshops and attended_workshops + workshops_left < required_workshops:
            flag(
                "workshops",
                Sentence(
                    "Mentee %1 attended %Ln workshop(s) with %2 left; "
                    "the program asks for at least %3",
                    (pair.mentee_name, workshops_left, required_workshops),
                    how_many=attended_workshops,
                ),
            )

        orientation: dict[str, bool | None] = {"mentee": None, "mentor": None}
        if rules.orientation_required and orientation_held:
            held_ids = {e.id for e in orientation_held}
            for role, application_id, name in (
                ("mentee", pair.mentee_id, pair.mentee_name),
                ("mentor", pair.mentor_id, pair.mentor_name),
            ):
                done = bool(present.get(application_id, set()) & held_ids)
                orientation[role] = done
                if not done:
                    day = min(event_days[e.id] for e in orientation_held)
                    marked = {marks.get((application_id, e)) for e in held_ids} - {None}
                    how = (
                        "excused"
                        if marked == {AttendanceStatus.EXCUSED}
                        else "absent"
                        if marked
                        else "unmarked"
                    )
                    flag("orientation", Sentence(_MISSED_ORIENTATION[role, how], (name, str(day))))

        initial: bool | None = None
        if rules.initial_meeting_before_start:
            initial = any(log.met_on <= cohort_start for log in pair_logs) or any(
                log.event_id in initial_meetings for log in pair_logs
            )
            if not initial and today > cohort_start:
                flag(
                    "initial_meeting",
                    Sentence(
                        "No initial meeting logged before the start on %1", (str(cohort_start),)
                    ),
                )

        result.pairs.append(
            PairProgress(
                pair=pair,
                terms=term_rows,
                meetings=len(pair_logs),
                meeting_minutes=meeting_minutes,
                mentee_hours=mentee_hours,
                mentor_hours=mentor_hours,
                workshops_attended=attended_workshops,
                workshops_required=required_workshops,
                workshops_left=workshops_left,
                orientation=orientation,
                initial_meeting=initial,
            )
        )
        if active:
            result.attention.extend(attention)
    return result
