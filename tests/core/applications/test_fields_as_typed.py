"""Values as people type them into forms, parsed into what MentorDesk stores."""

from __future__ import annotations

import contextlib
from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mentordesk.core.applications.fields import FIELDS, dates_look_day_first, parse_value
from mentordesk.core.errors import ValidationError
from mentordesk.core.storage.models import Role


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("3", 3.0),
        ("2.5", 2.5),
        ("3 years", 3.0),
        ("15+", 15.0),
        ("less than 1", 0.5),
        ("6 months", 0.5),
        ("over 10 years", 10.0),
        ("3-5 years", 3.0),
        ("2,5", 2.5),
    ],
)
def test_years_of_experience(text: str, years: float) -> None:
    assert parse_value("years_experience", text) == years


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Mentor", Role.MENTOR),
        ("mentee", Role.MENTEE),
        ("I want to be mentored", Role.MENTEE),
        ("Mentee (I would like a mentor)", Role.MENTEE),
        ("CMIT (mentee)", Role.MENTEE),
        ("Protégé", Role.MENTEE),
        ("As a mentor", Role.MENTOR),
    ],
)
def test_roles(text: str, role: Role) -> None:
    assert parse_value("role", text) is role


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Yes", True),
        ("Y", True),
        ("true", True),
        ("No", False),
        ("Yes, I agree to the guidelines", True),
        ("I agree", True),
        ("No – not yet", False),
        ("Not yet", None),  # not decided yet: no answer, not a refusal
        ("Pending", None),
        ("N/A", None),
    ],
)
def test_yes_and_no(text: str, value: bool) -> None:
    assert parse_value("consent", text) is value


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("2026/03/14 9:41:07 AM GMT-4", datetime(2026, 3, 14, 13, 41, 7)),
        ("3/14/2026 9:41:07", datetime(2026, 3, 14, 9, 41, 7)),
        ("4/1/26 9:00:12", datetime(2026, 4, 1, 9, 0, 12)),
        ("2026-03-14T09:41:07Z", datetime(2026, 3, 14, 9, 41, 7)),
        ("March 14, 2026", datetime(2026, 3, 14)),
    ],
)
def test_form_timestamps_in_their_own_format(text: str, when: datetime) -> None:
    assert parse_value("submitted_at", text) == when


def test_day_first_columns_are_recognised_by_a_day_above_twelve() -> None:
    assert dates_look_day_first(["03/04/2026", "25/04/2026 10:00"])
    assert not dates_look_day_first(["03/04/2026", "04/25/2026"])
    assert parse_value("submitted_at", "03/04/2026", day_first=True) == datetime(2026, 4, 3)


def test_a_list_answer_joined_with_semicolons_is_stored_with_commas() -> None:
    assert parse_value("interests", "Crisis response;Documentation; crisis response") == (
        "Crisis response, Documentation"
    )


def test_nonsense_is_refused_with_the_field_named() -> None:
    with pytest.raises(ValidationError, match="Years of experience: 'six'") as caught:
        parse_value("years_experience", "six")
    assert caught.value.field == "years_experience"


@given(text=st.text(max_size=40))
@settings(max_examples=300, deadline=None)
def test_any_answer_in_any_field_parses_or_is_refused_with_a_reason(text: str) -> None:
    for spec in FIELDS:
        with contextlib.suppress(ValidationError):
            parse_value(spec.name, text)


@pytest.mark.parametrize("text", ["nan", "inf", "1e999", "99999999999", "-1", "2.5"])
def test_capacity_must_be_a_sensible_whole_number(text: str) -> None:
    with pytest.raises(ValidationError, match="Mentee capacity"):
        parse_value("capacity", text)


def test_spreadsheet_numbers_are_checked_too() -> None:
    assert parse_value("capacity", 2.0) == 2
    with pytest.raises(ValidationError, match="working life"):
        parse_value("years_experience", float("inf"))


def test_an_answer_longer_than_its_column_is_refused_before_the_database_sees_it() -> None:
    with pytest.raises(ValidationError, match="Job title is 250 characters long; at most 200 fit"):
        parse_value("job_title", "x" * 250)
    assert len(parse_value("goals", "y" * 5000)) == 5000  # paragraphs have no limit
