"""The committee names its semesters and sets their dates; "one call per semester" counts in them."""

from __future__ import annotations

from datetime import date

import pytest

from mentordesk.core.calendar.progress import year_progress
from mentordesk.core.errors import ValidationError
from mentordesk.core.programs.terms import (
    TermSpan,
    cohort_terms,
    parse_term,
    planned_terms,
    set_terms,
)
from mentordesk.core.storage.database import Database
from tests.factories import make_cohort, make_meeting, make_pairing


def test_a_term_is_written_as_name_equals_start_dot_dot_end() -> None:
    assert parse_term("Fall 2026=2026-08-17..2026-12-18") == TermSpan(
        "Fall 2026", date(2026, 8, 17), date(2026, 12, 18)
    )
    with pytest.raises(ValidationError, match="is not a term"):
        parse_term("Fall 2026 2026-08-17")
    with pytest.raises(ValidationError, match="'2026-13-01' is not a date"):
        parse_term("Fall=2026-13-01..2026-12-18")


def test_semesters_are_named_after_their_season_and_a_short_cohort_is_one_term() -> None:
    assert [t.name for t in planned_terms(date(2026, 1, 5), date(2026, 12, 17), "semesters")] == [
        "Spring 2026",
        "Fall 2026",
    ]
    assert planned_terms(date(2026, 9, 1), date(2026, 11, 30), "semesters") == [
        TermSpan("Fall 2026", date(2026, 9, 1), date(2026, 11, 30))
    ]


def test_renamed_and_redated_terms_replace_the_old_ones_and_overlaps_are_refused(
    db: Database,
) -> None:
    with db.transaction() as s:
        cohort_id = make_cohort(s, start=date(2026, 8, 17), end=date(2027, 5, 28)).id
    fall = TermSpan("Fall 2026", date(2026, 8, 17), date(2026, 12, 18))
    spring = TermSpan("Spring 2027", date(2027, 1, 11), date(2027, 5, 28))
    with db.transaction() as s:
        assert set_terms(s, cohort_id, [spring, fall]) == [fall, spring]
    with pytest.raises(ValidationError, match="overlap"), db.transaction() as s:
        set_terms(s, cohort_id, [fall, TermSpan("Winter", date(2026, 12, 1), date(2027, 1, 5))])
    with pytest.raises(ValidationError, match="does not lie within"), db.transaction() as s:
        set_terms(s, cohort_id, [TermSpan("Summer", date(2027, 5, 1), date(2027, 7, 1))])
    with db.reading() as s:
        assert cohort_terms(s, cohort_id) == [fall, spring]


def test_one_call_per_semester_counts_against_the_committees_semesters(db: Database) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s, start=date(2026, 8, 17), end=date(2027, 5, 28))
        pair = make_pairing(s, cohort)
        make_meeting(s, pair, date(2027, 1, 5))  # between the semesters as the committee set them
        make_meeting(s, pair, date(2027, 2, 1))
        set_terms(
            s,
            cohort.id,
            [
                TermSpan("Fall 2026", date(2026, 8, 17), date(2026, 12, 18)),
                TermSpan("Spring 2027", date(2027, 1, 11), date(2027, 5, 28)),
            ],
        )
        cohort_id, pair_id = cohort.id, pair.id
    with db.reading() as s:
        progress = year_progress(s, cohort_id, today=date(2027, 3, 1))
    [row] = [p for p in progress.pairs if p.pair.id == pair_id]
    assert [(t.name, t.held) for t in row.terms] == [("Fall 2026", 0), ("Spring 2027", 1)]
