"""What the Calendar area shows of a cohort, read in one unit of work: its year at a glance."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from mentordesk.core.calendar.attendance import MeetingLogRow, meeting_logs
from mentordesk.core.calendar.events import (
    CohortSpan,
    EventInfo,
    PairInfo,
    YearPlanNeeds,
    YearPlanRequest,
    cohort_pairs,
    cohort_span,
    list_events,
    plan_needs,
    suggest_year_plan,
    year_planned,
)
from mentordesk.core.calendar.progress import CohortProgress, year_progress
from mentordesk.core.progress import Progress, no_progress


@dataclass(frozen=True)
class CohortCalendar:
    span: CohortSpan
    events: list[EventInfo]
    pairs: list[PairInfo]
    logs: list[MeetingLogRow]
    progress: CohortProgress


def cohort_calendar(
    session: Session, cohort_id: int, today: date, progress: Progress | None = None
) -> CohortCalendar:
    """The cohort's dates, events, pairs, meeting logs and progress as of ``today``.

    ``progress`` hears of each of the five parts (a big cohort's Calendar area shows it).
    """
    progress = progress or no_progress()
    progress.step(0, 5)
    span = cohort_span(session, cohort_id)
    events = list_events(session, cohort_id)
    progress.step(1, 5)
    pairs = cohort_pairs(session, cohort_id)
    progress.step(2, 5)
    logs = meeting_logs(session, cohort_id=cohort_id)
    progress.step(3, 5)
    year = year_progress(session, cohort_id, today=today, known={p.id: p for p in pairs})
    progress.step(5, 5)
    return CohortCalendar(span=span, events=events, pairs=pairs, logs=logs, progress=year)


@dataclass(frozen=True)
class YearPlanStart:
    """What "Plan the year…" opens with: whether it was done, what the rules ask, suggested dates."""

    planned: bool
    needs: YearPlanNeeds
    suggestion: YearPlanRequest


def year_plan_start(session: Session, cohort_id: int) -> YearPlanStart:
    return YearPlanStart(
        planned=year_planned(session, cohort_id),
        needs=plan_needs(session, cohort_id),
        suggestion=suggest_year_plan(session, cohort_id),
    )
