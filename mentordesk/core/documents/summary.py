"""The cohort summary the committee hands its board: counts, matching, meetings, workshops, evaluations.

``cohort_summary`` reads the cohort once and returns plain data; the PDF, XLSX and CSV
writers (``summary_export``) and the Reports area all show the same numbers.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentordesk.core.applications.eligibility import EligibilityJudge
from mentordesk.core.applications.records import APPLICATION_COLUMNS
from mentordesk.core.matching.evaluations import PHASE_LABELS, program_forms, question_results
from mentordesk.core.programs.cohorts import get_cohort, program_rules
from mentordesk.core.storage.models import (
    Application,
    ApplicationStatus,
    Attendance,
    AttendanceStatus,
    Evaluation,
    Event,
    EventKind,
    MeetingLog,
    Pairing,
    PairingStatus,
    Role,
)

#: Event kinds whose attendance the summary reports.
WORKSHOP_KINDS = (EventKind.ORIENTATION, EventKind.WORKSHOP)
MEASURES = ("Applicants", "Eligible", "Matched", "Waitlisted", "Withdrawn", "Completed")


@dataclass(frozen=True)
class CountRow:
    measure: str
    mentees: int
    mentors: int

    @property
    def total(self) -> int:
        return self.mentees + self.mentors


@dataclass(frozen=True)
class ScoreBin:
    low: float
    high: float
    pairs: int

    @property
    def label(self) -> str:
        return f"{self.low:g}–{self.high:g}"


@dataclass(frozen=True)
class TermMeetings:
    term: str
    start: date
    end: date
    pairs: int  # pairs together during the term
    meetings: int
    hours: float
    required_per_pair: int  # the rules' minimum meetings per term
    pairs_meeting_minimum: int


@dataclass(frozen=True)
class WorkshopAttendance:
    title: str
    kind: str
    held_on: date
    present: int
    absent: int
    excused: int
    mentees_present: int
    mentors_present: int


@dataclass(frozen=True)
class EvaluationResult:
    phase: str
    role: str
    responses: int
    average: float | None  # of the ratings given
    ratings: tuple[int, int, int, int, int]  # how many gave 1, 2, 3, 4, 5


@dataclass(frozen=True)
class QuestionSatisfaction:
    """One rating question of the program's forms, as the evaluators answered it."""

    phase: str
    role: str
    question: str
    answers: int
    average: float | None
    ratings: tuple[int, int, int, int, int]


@dataclass(frozen=True)
class CohortSummary:
    program: str
    cohort: str
    start_date: date
    end_date: date
    generated_on: date
    counts: list[CountRow]
    match_rate: float | None  # matched mentees / eligible mentees
    scores: list[ScoreBin]
    score_mean: float | None
    terms: list[TermMeetings]
    min_meetings_per_term: int
    workshops: list[WorkshopAttendance]
    mentee_min_workshops: int
    mentees_meeting_workshop_minimum: int
    mentees_in_pairs: int
    evaluations: list[EvaluationResult]
    active_pairs: int = 0
    agreements_signed: int = 0  # active pairs whose signed agreement came back
    notes: list[str] = field(default_factory=list)
    questions: list[QuestionSatisfaction] = field(default_factory=list)

    def count(self, measure: str) -> CountRow:
        return next(c for c in self.counts if c.measure == measure)

    @property
    def is_empty(self) -> bool:
        return self.count("Applicants").total == 0


class _ApplicationRow(NamedTuple):
    id: int
    role: Role
    status: ApplicationStatus
    eligible: bool | None


class _PairingRow(NamedTuple):
    id: int
    mentor_id: int
    mentee_id: int
    status: PairingStatus
    score: float | None
    started_on: date | None
    ended_on: date | None
    agreement_signed_on: date | None


class _MeetingRow(NamedTuple):
    met_on: date
    duration_minutes: int


def _score_bins(scores: list[float]) -> list[ScoreBin]:
    """Ten equal bins over the scale the scores use (0–1, or 0–100 for percentages)."""
    if not scores:
        return []
    top = 1.0 if max(scores) <= 1.0 else 100.0 if max(scores) <= 100 else math.ceil(max(scores))
    width = top / 10
    counts = Counter(min(int(max(s, 0) / width), 9) for s in scores)
    return [
        ScoreBin(round(i * width, 6), round((i + 1) * width, 6), counts.get(i, 0))
        for i in range(10)
    ]


def cohort_summary(session: Session, cohort_id: int, *, today: date | None = None) -> CohortSummary:
    """Every figure of the cohort summary, computed from the records of the year."""
    cohort = get_cohort(session, cohort_id)
    rules = program_rules(cohort.program)
    # Plain rows of the columns counted, never ORM objects: a cohort of 20,000 took seconds
    # as objects (and left the collector a heap to walk); the eligibility of applications
    # that gave the same answers is decided once (``EligibilityJudge``).
    judge = EligibilityJudge(rules)
    apps: list[_ApplicationRow] = []
    for row in session.execute(
        select(
            Application.id,
            Application.eligibility_override,
            Application.eligibility_note,
            Application.answer_sources,
            *(getattr(Application, name) for name in APPLICATION_COLUMNS),
        ).where(Application.cohort_id == cohort_id)
    ).all():
        answers = dict(zip(APPLICATION_COLUMNS, row[4:], strict=True))
        decision = judge(answers, override=row[1], note=row[2], sources=row[3])
        apps.append(_ApplicationRow(row[0], answers["role"], answers["status"], decision.eligible))
    role_of = {a.id: a.role for a in apps}
    pairings = [
        _PairingRow(*row)
        for row in session.execute(
            select(
                Pairing.id,
                Pairing.mentor_id,
                Pairing.mentee_id,
                Pairing.status,
                Pairing.score,
                Pairing.started_on,
                Pairing.ended_on,
                Pairing.agreement_signed_on,
            ).where(Pairing.cohort_id == cohort_id)
        ).all()
    ]
    held = [p for p in pairings if p.status in (PairingStatus.ACTIVE, PairingStatus.COMPLETED)]

    withdrawn = {a.id for a in apps if a.status is ApplicationStatus.WITHDRAWN}
    # Someone who left is counted once, as withdrawn, even where a pair of theirs completed.
    matched = ({p.mentor_id for p in held} | {p.mentee_id for p in held}) - withdrawn
    completed = {a.id for a in apps if a.status is ApplicationStatus.COMPLETED}
    for p in pairings:
        if p.status is PairingStatus.COMPLETED:
            completed |= {p.mentor_id, p.mentee_id}
    groups: dict[str, set[int]] = {
        "Applicants": {a.id for a in apps},
        "Eligible": {a.id for a in apps if a.eligible},
        "Matched": matched,
        "Waitlisted": {a.id for a in apps if a.status is ApplicationStatus.WAITLISTED},
        "Withdrawn": withdrawn,
        "Completed": completed,
    }
    counts = [
        CountRow(
            measure,
            mentees=sum(1 for i in groups[measure] if role_of.get(i) is Role.MENTEE),
            mentors=sum(1 for i in groups[measure] if role_of.get(i) is Role.MENTOR),
        )
        for measure in MEASURES
    ]
    eligible_mentees = counts[1].mentees
    match_rate = counts[2].mentees / eligible_mentees if eligible_mentees else None

    scores = [p.score for p in held if p.score is not None]

    by_pair: dict[int, list[_MeetingRow]] = defaultdict(list)
    for pairing_id, met_on, minutes in session.execute(
        select(MeetingLog.pairing_id, MeetingLog.met_on, MeetingLog.duration_minutes)
        .join(Pairing, MeetingLog.pairing_id == Pairing.id)
        .where(Pairing.cohort_id == cohort_id)
        .order_by(MeetingLog.id)
    ).all():
        by_pair[pairing_id].append(_MeetingRow(met_on, minutes))
    terms: list[TermMeetings] = []
    cohort_start = cohort.start_date
    for term in cohort.terms:
        term_start, term_end = term.start_date, term.end_date
        # A pair counts in a term it was together for, ended pairs included up to their end.
        in_term = [
            p
            for p in pairings
            if (p.started_on or cohort_start) <= term_end
            and (p.ended_on is None or p.ended_on >= term_start)
        ]
        per_pair = {
            p.id: [m for m in by_pair[p.id] if term_start <= m.met_on <= term_end] for p in in_term
        }
        term_meetings = [m for ms in per_pair.values() for m in ms]
        terms.append(
            TermMeetings(
                term=term.name,
                start=term_start,
                end=term_end,
                pairs=len(in_term),
                meetings=len(term_meetings),
                hours=round(sum(m.duration_minutes for m in term_meetings) / 60, 2),
                required_per_pair=rules.min_meetings_per_term,
                pairs_meeting_minimum=sum(
                    1 for ms in per_pair.values() if len(ms) >= rules.min_meetings_per_term
                ),
            )
        )

    events = session.execute(
        select(Event.id, Event.title, Event.kind, Event.starts_at)
        .where(
            Event.cohort_id == cohort_id,
            Event.kind.in_(WORKSHOP_KINDS),
            Event.cancelled.is_(False),
        )
        .order_by(Event.starts_at)
    ).all()
    by_event: dict[int, list[tuple[int, AttendanceStatus]]] = defaultdict(list)
    for event_id, application_id, status in session.execute(
        select(Attendance.event_id, Attendance.application_id, Attendance.status)
        .join(Event)
        .where(Event.cohort_id == cohort_id)
    ).all():
        by_event[event_id].append((application_id, status))
    workshops = []
    workshops_attended: Counter[int] = Counter()
    for event_id, title, kind, starts_at in events:
        rows = by_event[event_id]
        present = [who for who, status in rows if status is AttendanceStatus.PRESENT]
        if kind is EventKind.WORKSHOP:
            workshops_attended.update(present)
        workshops.append(
            WorkshopAttendance(
                title=title,
                kind=kind.value,
                held_on=starts_at.date(),
                present=len(present),
                absent=sum(1 for _who, status in rows if status is AttendanceStatus.ABSENT),
                excused=sum(1 for _who, status in rows if status is AttendanceStatus.EXCUSED),
                mentees_present=sum(1 for who in present if role_of.get(who) is Role.MENTEE),
                mentors_present=sum(1 for who in present if role_of.get(who) is Role.MENTOR),
            )
        )
    paired_mentees = {p.mentee_id for p in held}
    meeting_workshop_minimum = sum(
        1 for m in paired_mentees if workshops_attended[m] >= rules.mentee_min_workshops
    )

    evaluations = session.execute(
        select(
            Evaluation.phase, Evaluation.evaluator_role, Evaluation.rating, Evaluation.answers
        ).where(Evaluation.cohort_id == cohort_id)
    ).all()
    grouped: dict[tuple[str, str], list[int | None]] = defaultdict(list)
    for phase_of, role_of_evaluator, rating, _answers in evaluations:
        grouped[(phase_of.value, role_of_evaluator.value)].append(rating)
    phase_order = {"midpoint": 0, "final": 1, "closeout": 2}
    role_order = {"mentee": 0, "mentor": 1, "supervisor": 2}
    results = []
    for (phase, role), group in sorted(
        grouped.items(), key=lambda kv: (phase_order[kv[0][0]], role_order[kv[0][1]])
    ):
        ratings = [rating for rating in group if rating is not None]
        dist = Counter(ratings)
        results.append(
            EvaluationResult(
                phase=phase,
                role=role,
                responses=len(group),
                average=round(sum(ratings) / len(ratings), 2) if ratings else None,
                ratings=(dist[1], dist[2], dist[3], dist[4], dist[5]),
            )
        )

    questions = [
        QuestionSatisfaction(
            phase=PHASE_LABELS.get(q.phase, q.phase),
            role=q.evaluator,
            question=q.text,
            answers=q.answers,
            average=round(q.average, 2) if q.average is not None else None,
            ratings=q.counts,
        )
        for q in question_results(
            program_forms(cohort.program), ((e[0], e[1], e[3]) for e in evaluations)
        )
        if q.answers
    ]

    notes = []
    if not apps:
        notes.append("No applications in this cohort yet.")
    elif not held:
        notes.append("No pairs in this cohort yet.")
    return CohortSummary(
        program=cohort.program.name,
        cohort=cohort.name,
        start_date=cohort.start_date,
        end_date=cohort.end_date,
        generated_on=today or date.today(),
        counts=counts,
        match_rate=match_rate,
        scores=_score_bins(scores),
        score_mean=round(sum(scores) / len(scores), 3) if scores else None,
        terms=terms,
        min_meetings_per_term=rules.min_meetings_per_term,
        workshops=workshops,
        mentee_min_workshops=rules.mentee_min_workshops,
        mentees_meeting_workshop_minimum=meeting_workshop_minimum,
        mentees_in_pairs=len(paired_mentees),
        evaluations=results,
        active_pairs=sum(1 for p in pairings if p.status is PairingStatus.ACTIVE),
        agreements_signed=sum(
            1
            for p in pairings
            if p.status is PairingStatus.ACTIVE and p.agreement_signed_on is not None
        ),
        notes=notes,
        questions=questions,
    )
