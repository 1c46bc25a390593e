"""The cohort summary as tables: one list of named tables that every format is written from.

Numbers stay numbers and dates stay dates until each format's writer decides how to show them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from mentordesk.core.documents.summary import CohortSummary

Cell = str | int | float | date | None


@dataclass(frozen=True)
class SummaryTable:
    """One table of the summary: a sheet in XLSX, a block in CSV, a table in PDF."""

    name: str
    headers: tuple[str, ...]
    rows: list[tuple[Cell, ...]]
    #: Column index -> number format for spreadsheets ("0.0%", "0.00").
    formats: dict[int, str]
    #: Relative column widths in the PDF, where guessing from the text would squeeze a column.
    pdf_weights: tuple[float, ...] | None = None


def summary_tables(summary: CohortSummary) -> list[SummaryTable]:
    overview: list[tuple[Cell, ...]] = [
        ("Program", summary.program),
        ("Cohort", summary.cohort),
        ("Starts", summary.start_date),
        ("Ends", summary.end_date),
        ("Summary made on", summary.generated_on),
        ("Match rate (matched of eligible mentees)", summary.match_rate),
        ("Average match score", summary.score_mean),
        ("Active pairs", summary.active_pairs),
        ("Signed agreements back", summary.agreements_signed),
        ("Minimum meetings per term (rules)", summary.min_meetings_per_term),
        ("Workshops a mentee attends at least (rules)", summary.mentee_min_workshops),
        ("Mentees in pairs", summary.mentees_in_pairs),
        ("Mentees meeting the workshop minimum", summary.mentees_meeting_workshop_minimum),
    ]
    return [
        SummaryTable("Overview", ("Item", "Value"), overview, {}),
        SummaryTable(
            "Counts",
            ("Measure", "Mentees", "Mentors", "Total"),
            [(c.measure, c.mentees, c.mentors, c.total) for c in summary.counts],
            {},
        ),
        SummaryTable(
            "Match scores",
            ("Score from", "Score to", "Pairs"),
            [(b.low, b.high, b.pairs) for b in summary.scores],
            {0: "0.00", 1: "0.00"},
        ),
        SummaryTable(
            "Meetings",
            (
                "Term",
                "Starts",
                "Ends",
                "Pairs",
                "Meetings held",
                "Hours",
                "Required per pair",
                "Pairs meeting the minimum",
            ),
            [
                (
                    t.term,
                    t.start,
                    t.end,
                    t.pairs,
                    t.meetings,
                    t.hours,
                    t.required_per_pair,
                    t.pairs_meeting_minimum,
                )
                for t in summary.terms
            ],
            {5: "0.0"},
        ),
        SummaryTable(
            "Workshops",
            (
                "Date",
                "Event",
                "Kind",
                "Present",
                "Absent",
                "Excused",
                "Mentees present",
                "Mentors present",
            ),
            [
                (
                    w.held_on,
                    w.title,
                    w.kind,
                    w.present,
                    w.absent,
                    w.excused,
                    w.mentees_present,
                    w.mentors_present,
                )
                for w in summary.workshops
            ],
            {},
        ),
        SummaryTable(
            "Evaluations",
            ("Phase", "Evaluator", "Responses", "Average rating", "1", "2", "3", "4", "5"),
            [(e.phase, e.role, e.responses, e.average, *e.ratings) for e in summary.evaluations],
            {3: "0.00"},
        ),
        SummaryTable(
            "Satisfaction by question",
            (
                "Phase",
                "Evaluator",
                "Question",
                "Answers",
                "Average rating",
                "1",
                "2",
                "3",
                "4",
                "5",
            ),
            [
                (q.phase, q.role, q.question, q.answers, q.average, *q.ratings)
                for q in summary.questions
            ],
            {4: "0.00"},
            (12, 12, 29, 12, 12, 5, 5, 5, 5, 5),
        ),
    ]
