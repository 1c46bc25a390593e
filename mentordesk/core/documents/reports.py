"""What the Reports area shows of a cohort, read in one unit of work: its summary and agreements."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from mentordesk.core.documents.agreements import AgreementRow, agreement_rows
from mentordesk.core.documents.summary import CohortSummary, cohort_summary


@dataclass(frozen=True)
class CohortReports:
    summary: CohortSummary
    agreements: list[AgreementRow]


def cohort_reports(session: Session, cohort_id: int) -> CohortReports:
    """The cohort's summary and its pairs' agreements, from one snapshot of the data."""
    return CohortReports(cohort_summary(session, cohort_id), agreement_rows(session, cohort_id))
