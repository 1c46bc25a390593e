"""Values as people type them into application forms."""

from __future__ import annotations

from datetime import datetime

import pytest

from mentordesk.core.applications.fields import parse_value, split_list
from mentordesk.core.errors import ValidationError
from mentordesk.core.storage.models import Role


@pytest.mark.parametrize(
    ("typed", "years"),
    [
        ("3", 3.0),
        ("2.5", 2.5),
        ("3 years", 3.0),
        ("15+", 15.0),
        ("less than 1", 0.5),
        ("1 year", 1.0),
        ("4 yrs", 4.0),
        ("3-5 years", 3.0),
        ("none", 0.0),
        ("2,5", 2.5),
    ],
)
def test_years_of_experience_are_read_as_people_write_them(typed: str, years: float) -> None:
    assert parse_value("years_experience", typed) == years


@pytest.mark.parametrize(
    ("typed", "value"),
    [("Yes", True), ("y", True), ("TRUE", True), ("No", False), ("n", False), ("false", False)],
)
def test_yes_and_no_answers(typed: str, value: bool) -> None:
    assert parse_value("consent", typed) is value


@pytest.mark.parametrize(
    ("typed", "role"),
    [("Mentor", Role.MENTOR), ("mentee", Role.MENTEE), ("I want to be a mentor", Role.MENTOR)],
)
def test_roles(typed: str, role: Role) -> None:
    assert parse_value("role", typed) is role


def test_unknown_role_says_what_was_typed() -> None:
    with pytest.raises(ValidationError, match="'coach'") as info:
        parse_value("role", "coach")
    assert info.value.field == "role"


def test_malformed_email_is_refused_with_the_value() -> None:
    with pytest.raises(ValidationError, match="not-an-address"):
        parse_value("email", "not-an-address")


def test_email_is_stored_lower_case() -> None:
    assert parse_value("email", "  Zoe.OBrien@Example.ORG ") == "zoe.obrien@example.org"


def test_multi_choice_answers_joined_by_commas_or_semicolons() -> None:
    assert split_list("video; phone, in person") == ["video", "phone", "in person"]
    assert parse_value("meeting_formats", "Video;  Phone") == "Video, Phone"


def test_capacity_must_be_a_whole_number() -> None:
    assert parse_value("capacity", "2") == 2
    with pytest.raises(ValidationError, match="whole number"):
        parse_value("capacity", "1.5")
    with pytest.raises(ValidationError, match="not a number"):
        parse_value("capacity", "two")


def test_form_timestamps() -> None:
    assert parse_value("submitted_at", "3/14/2026 9:05:00") == datetime(2026, 3, 14, 9, 5)
    assert parse_value("submitted_at", "2026-03-14T09:05:00+01:00") == datetime(2026, 3, 14, 8, 5)


def test_blank_required_field_is_refused() -> None:
    with pytest.raises(ValidationError, match="Email is required"):
        parse_value("email", "  ")


def test_a_date_that_can_only_be_day_first_is_read_so() -> None:
    # Typed in the Submitted cell by someone outside the US: no month 31 exists.
    assert parse_value("submitted_at", "31/12/2026") == datetime(2026, 12, 31)
    assert parse_value("submitted_at", "03/04/2026") == datetime(2026, 3, 4)
    with pytest.raises(ValidationError, match="not a date and time"):
        parse_value("submitted_at", "31/13/2026")


def test_negative_years_say_so_rather_than_not_a_number() -> None:
    with pytest.raises(ValidationError, match=r"^Years of experience: '-3' cannot be negative$"):
        parse_value("years_experience", "-3")
    with pytest.raises(ValidationError, match="is not a number of years"):
        parse_value("years_experience", "lots")
