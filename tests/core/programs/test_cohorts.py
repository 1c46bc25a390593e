"""Setting up programs and cohorts from the presets."""

from __future__ import annotations

from datetime import date

import pytest

from mentordesk.core.errors import ConflictError, NotFoundError, ValidationError
from mentordesk.core.programs.cohorts import (
    cohort_overviews,
    create_cohort,
    create_program,
    find_cohort,
    find_program,
    program_rules,
)
from mentordesk.core.programs.rules import PRESETS, ProgramRules
from mentordesk.core.storage.database import Database
from tests.factories import make_application, make_cohort, make_program


@pytest.mark.parametrize("preset", PRESETS)
def test_every_preset_is_valid_and_round_trips_through_json(preset: str) -> None:
    rules = ProgramRules.preset(preset)
    rules.validate()
    assert ProgramRules.from_json(rules.to_json()) == rules


def test_presets_carry_the_three_programs_rules() -> None:
    association, credential, staff = (ProgramRules.preset(p) for p in PRESETS)
    assert association.membership_required and association.mentor_min_years == 1
    assert association.min_meetings_per_term == 1 and association.initial_meeting_before_start
    assert credential.mentor_credentials_any == ["CCM", "CCMret"]
    assert credential.matching_mode == "mentee_choice" and credential.mutual_evaluation
    assert staff.supervisor_approval_required and staff.allowed_employment_types == ["staff"]
    assert staff.workshop_count == 6 and staff.mentee_min_workshops == 3
    assert staff.max_rematches == 1 and staff.waitlist_unmatched and staff.orientation_required


def test_rules_from_a_newer_version_keep_working() -> None:
    rules = ProgramRules.from_dict({"membership_required": True, "a_rule_from_the_future": 3})
    assert rules.membership_required
    assert rules.weights["interests"] > 0  # missing weights take their defaults


def test_nonsense_rules_are_refused_with_the_rule_named() -> None:
    rules = ProgramRules.preset("staff")
    rules.mentee_min_workshops = 9
    with pytest.raises(ValidationError, match="9 workshops") as info:
        rules.validate()
    assert info.value.field == "mentee_min_workshops"


def test_program_names_are_unique_ignoring_case(db: Database) -> None:
    with db.transaction() as s:
        create_program(s, "HECMA Mentorship", "association")
    with pytest.raises(ConflictError), db.transaction() as s:
        create_program(s, "hecma  mentorship", "staff")


def test_an_academic_year_gets_a_fall_and_a_spring_semester_cut_at_new_year(db: Database) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s, start=date(2026, 9, 1), end=date(2027, 6, 30))
        assert [(t.name, t.start_date, t.end_date) for t in cohort.terms] == [
            ("Fall 2026", date(2026, 9, 1), date(2026, 12, 31)),
            ("Spring 2027", date(2027, 1, 1), date(2027, 6, 30)),
        ]


def test_a_staff_rollout_is_one_term_as_its_rules_say(db: Database) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s, preset="staff", start=date(2026, 9, 1), end=date(2027, 6, 30))
        assert [(t.name, t.start_date, t.end_date) for t in cohort.terms] == [
            ("Whole cohort", date(2026, 9, 1), date(2027, 6, 30))
        ]


def test_cohort_ending_before_it_starts_is_refused(db: Database) -> None:
    with db.transaction() as s:
        program = make_program(s)
        with pytest.raises(ValidationError, match="ends"):
            create_cohort(s, program, "Backwards", date(2027, 1, 1), date(2026, 1, 1))


def test_a_cohort_name_two_programs_share_needs_the_program(db: Database) -> None:
    with db.transaction() as s:
        make_cohort(s, make_program(s, name="A"), name="2026")
        make_cohort(s, make_program(s, name="B"), name="2026")
    with db.reading() as s:
        with pytest.raises(ConflictError, match="name the program"):
            find_cohort(s, "2026")
        assert find_cohort(s, "2026", program="b").program.name == "B"
        with pytest.raises(NotFoundError, match="cohorts: 2026"):
            find_cohort(s, "2027")


def test_overview_counts_mentors_mentees_and_withdrawals(db: Database) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s)
        make_application(s, cohort, "mentor")
        make_application(s, cohort, "mentee")
        make_application(s, cohort, "mentee", status="withdrawn")
        rules = program_rules(cohort.program)
        assert rules.membership_required
    with db.reading() as s:
        (overview,) = cohort_overviews(s)
    assert (overview.mentors, overview.mentees, overview.withdrawn) == (1, 1, 1)


def test_overview_counts_each_cohorts_withdrawals_apart_from_who_is_still_in(
    db: Database,
) -> None:
    with db.transaction() as s:
        autumn = make_cohort(s, name="Autumn")
        spring = make_cohort(s, name="Spring")
        make_application(s, autumn, "mentor", status="withdrawn")
        make_application(s, autumn, "mentor")
        make_application(s, autumn, "mentee", status="withdrawn")
        make_application(s, spring, "mentor", status="withdrawn")
        make_application(s, spring, "mentee")
        make_application(s, spring, "mentee")
    with db.reading() as s:
        counts = {o.name: (o.mentors, o.mentees, o.withdrawn) for o in cohort_overviews(s)}
    assert counts == {"Autumn": (1, 0, 2), "Spring": (0, 2, 1)}


def test_a_misspelt_program_is_named_as_the_mistake_not_the_cohort(db: Database) -> None:
    with db.transaction() as s:
        make_cohort(s, make_program(s, name="HECMA Mentorship"), name="2026–27")
        make_cohort(s, make_program(s, name="Staff"), name="Rollout")
    with db.reading() as s:
        with pytest.raises(NotFoundError, match=r"^No program named 'HECMA' \(programs: HECMA"):
            find_cohort(s, "2026–27", "HECMA")
        with pytest.raises(
            NotFoundError,
            match=r"^No cohort named 'Rollout' in 'HECMA Mentorship' \(cohorts: 2026–27\)$",
        ):
            find_cohort(s, "Rollout", "hecma mentorship")
        assert find_cohort(s, "2026–27", " hecma mentorship ").name == "2026–27"


def test_a_name_taken_in_another_case_names_what_is_there(db: Database) -> None:
    with db.transaction() as s:
        program = make_program(s, name="HECMA Mentorship")
        make_cohort(s, program, name="Spring Cohort")
    with (
        db.transaction() as s,
        pytest.raises(ConflictError, match=r"^A program named 'HECMA Mentorship' already"),
    ):
        create_program(s, "hecma  mentorship", "staff")
    with db.transaction() as s:
        program = find_program(s, "HECMA Mentorship")
        with pytest.raises(ConflictError, match=r"already has a cohort named 'Spring Cohort'$"):
            create_cohort(s, program, "spring cohort", date(2026, 1, 5), date(2026, 6, 30))


def test_a_cohort_is_found_whether_its_dash_is_typed_as_hyphen_or_en_dash(db: Database) -> None:
    with db.transaction() as s:
        make_cohort(s, make_program(s, name="HECMA – Mentorship"), name="2026–27")
    with db.reading() as s:
        # Terminals and keyboards type "-"; the window and the demo write "–".
        assert find_cohort(s, "2026-27", "HECMA - Mentorship").name == "2026–27"
    with (
        db.transaction() as s,
        pytest.raises(ConflictError, match="already has a cohort named '2026–27'"),
    ):
        create_cohort(
            s, find_program(s, "hecma - mentorship"), "2026-27", date(2026, 9, 1), date(2027, 6, 30)
        )


def test_a_new_cohort_keeps_time_in_the_computers_zone_unless_told(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tzlocal

    monkeypatch.setattr(tzlocal, "get_localzone_name", lambda: "America/Denver")
    with db.transaction() as s:
        program = make_program(s, "staff")
        here = create_cohort(s, program, "Rollout 3", date(2027, 2, 1), date(2027, 12, 15))
        told = create_cohort(
            s, program, "Rollout 4", date(2028, 2, 1), date(2028, 12, 15), timezone="Europe/Oslo"
        )
        assert (here.timezone, told.timezone) == ("America/Denver", "Europe/Oslo")
        with pytest.raises(ValidationError, match="Unknown time zone 'Mars/Olympus'"):
            create_cohort(
                s,
                program,
                "Rollout 5",
                date(2029, 2, 1),
                date(2029, 12, 1),
                timezone="Mars/Olympus",
            )


def test_the_cohort_selector_lists_every_cohort_as_the_overview_orders_them(db: Database) -> None:
    from mentordesk.core.programs.cohorts import cohort_choices

    with db.transaction() as s:
        staff = make_cohort(s, preset="staff", name="Rollout 4", start=date(2027, 1, 1))
        make_cohort(s, staff.program, name="Rollout 3", start=date(2026, 1, 1))
        make_cohort(s, preset="association", name="2026–27")
    with db.reading() as s:
        choices = cohort_choices(s)
        overviews = cohort_overviews(s)
    assert [(c.id, c.name, c.program, c.status) for c in choices] == [
        (o.id, o.name, o.program, o.status) for o in overviews
    ]
    assert [c.name for c in choices if c.program_id == staff.program_id] == [
        "Rollout 3",
        "Rollout 4",
    ]
