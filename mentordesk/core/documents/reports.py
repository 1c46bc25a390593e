"""What the Reports area shows of a cohort, read in one unit of work: its summary and agreements."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from mentordesk.core.documents.agreements import AgreementRow, agreement_rows
from mentordesk.core.documents.summary import CohortSummary, cohort_summary
from mentordesk.core.progress import Progress, no_progress


@dataclass(frozen=True)
class CohortReports:
    summary: CohortSummary
    agreements: list[AgreementRow]


def cohort_reports(
    session: Session, cohort_id: int, progress: Progress | None = None
) -> CohortReports:
    """The cohort's summary and its pairs' agreements, from one snapshot of the data."""
    progress = progress or no_progress()
    progress.step(0, 2)
    summary = cohort_summary(session, cohort_id)
    progress.step(1, 2)
    agreements = agreement_rows(session, cohort_id)
    progress.step(2, 2)
    return CohortReports(summary, agreements)
