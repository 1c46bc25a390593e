"""Whatever a person typed into a form, the preview lists it as a row or a problem, never a traceback."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mentordesk.core.applications.importing import RowAction, Sheet, preview_import, propose_mapping
from mentordesk.core.storage.database import Database
from tests.factories import make_cohort

HEADERS = (
    "Timestamp",
    "Email Address",
    "Name",
    "Mentor or mentee?",
    "Years of experience",
    "How many mentees can you take?",
    "I consent",
    "Which topics interest you?",
    "Job title",
)
_cell = st.one_of(
    st.none(),
    st.text(max_size=30),
    st.sampled_from(["Mentor", "mentee", "a@b.org", "less than 1", "15+", "Yes", "nan", "3"]),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
)

_cohorts: dict[str, int] = {}


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=st.lists(st.tuples(*[_cell] * len(HEADERS)), min_size=1, max_size=6))
def test_any_cells_preview_as_rows_or_problems(
    db: Database, rows: list[tuple[object, ...]]
) -> None:
    if db.name not in _cohorts:  # one cohort per database; examples only read
        with db.transaction() as session:
            _cohorts[db.name] = make_cohort(session).id
    cohort_id = _cohorts[db.name]
    sheet = Sheet("fuzz.xlsx", HEADERS, list(rows), list(range(1, len(rows) + 1)), "xlsx")  # type: ignore[arg-type]
    with db.reading() as session:
        preview = preview_import(session, cohort_id, sheet, propose_mapping(HEADERS))
    for row in preview.rows:
        assert (row.action is RowAction.SKIP) == bool(row.problems)
