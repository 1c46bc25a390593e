"""Eligibility by the program's rules: one reason per broken rule, and the committee's override."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy import select

from mentordesk.core.applications.eligibility import (
    NOT_ASKED,
    EligibilityJudge,
    eligibility,
    rule_reasons,
)
from mentordesk.core.applications.records import get_application_row, set_eligibility_override
from mentordesk.core.errors import ValidationError
from mentordesk.core.programs.rules import ProgramRules
from mentordesk.core.storage.models import AuditEntry, EligibilityOverride, Role
from tests.factories import make_application, make_cohort


def applicant(role: Role = Role.MENTEE, **answers: Any) -> Any:
    """An applicant who meets every preset's rules unless ``answers`` say otherwise."""
    values: dict[str, Any] = {
        "role": role,
        "membership_id": "H-100",
        "years_experience": 5.0,
        "credentials": "CCM",
        "supervisor_approved": True,
        "supervisor_name": "Beth Young",
        "organization": "UNM HSC",
        "employment_type": "Staff",
        "consent": True,
        "eligibility_override": None,
        "eligibility_note": None,
    }
    values.update(answers)
    return SimpleNamespace(**values)


@pytest.mark.parametrize("preset", ["association", "credential", "staff"])
@pytest.mark.parametrize("role", [Role.MENTOR, Role.MENTEE])
def test_an_applicant_who_meets_every_rule_is_eligible_in_each_program(
    preset: str, role: Role
) -> None:
    assert rule_reasons(applicant(role), ProgramRules.preset(preset)) == []


@pytest.mark.parametrize(
    ("preset", "role", "answers", "reason"),
    [
        (
            "association",
            Role.MENTEE,
            {"membership_id": None},
            "Mentee gave no membership number; the program is for members only",
        ),
        (
            "association",
            Role.MENTOR,
            {"membership_id": "No"},
            "Mentor gave no membership number; the program is for members only",
        ),
        (
            "association",
            Role.MENTOR,
            {"years_experience": 0.5},
            "Mentor has 0.5 years; the program asks for at least 1 year",
        ),
        (
            "association",
            Role.MENTOR,
            {"years_experience": None},
            "Mentor gave no years of experience; the program asks for at least 1 year",
        ),
        (
            "credential",
            Role.MENTOR,
            {"credentials": "RN, PMP"},
            "Mentor holds RN, PMP; the program asks for an active CCM or CCMret",
        ),
        (
            "credential",
            Role.MENTOR,
            {"credentials": None},
            "Mentor lists no credential; the program asks for an active CCM or CCMret",
        ),
        (
            "credential",
            Role.MENTOR,
            {"credentials": "CCM (expired 2019)"},
            "Mentor holds CCM (expired 2019); the program asks for an active CCM or CCMret",
        ),
        (
            "staff",
            Role.MENTEE,
            {"supervisor_approved": False},
            "Mentee's supervisor did not approve; the program requires approval",
        ),
        (
            "staff",
            Role.MENTEE,
            {"supervisor_approved": None},
            "Mentee's supervisor approval is missing; the program requires it",
        ),
        (
            "staff",
            Role.MENTOR,
            {"supervisor_approved": None, "supervisor_name": None},
            "Mentor named no supervisor; the program requires the supervisor's approval",
        ),
        (
            "staff",
            Role.MENTEE,
            {"organization": "UNM Main Campus"},
            "Mentee is from UNM Main Campus; the program is for HSC only",
        ),
        (
            "staff",
            Role.MENTEE,
            {"organization": None},
            "Mentee gave no organization; the program is for HSC only",
        ),
        (
            "staff",
            Role.MENTOR,
            {"employment_type": "Faculty"},
            "Mentor is Faculty; the program is for staff only",
        ),
        (
            "staff",
            Role.MENTOR,
            {"employment_type": ""},
            "Mentor gave no employment type; the program is for staff only",
        ),
        (
            "association",
            Role.MENTEE,
            {"consent": None},
            "Mentee has not given consent to take part and share their data",
        ),
        (
            "credential",
            Role.MENTEE,
            {"consent": False},
            "Mentee declined consent; the program needs it to take part",
        ),
        ("association", None, {}, "Applicant did not say whether they apply as mentor or mentee"),
    ],
)
def test_each_broken_rule_gives_its_reason(
    preset: str, role: Role | None, answers: dict[str, Any], reason: str
) -> None:
    assert reason in rule_reasons(applicant(role, **answers), ProgramRules.preset(preset))  # type: ignore[arg-type]


def test_rules_apply_to_the_role_they_name() -> None:
    # Mentees need neither years nor the credential; credential holders need no years.
    rules = ProgramRules.preset("credential")
    assert (
        rule_reasons(applicant(Role.MENTEE, credentials=None, years_experience=None), rules) == []
    )
    assert (
        rule_reasons(applicant(Role.MENTOR, credentials="CCM #44120", years_experience=0), rules)
        == []
    )


def test_every_reason_is_listed_not_only_the_first() -> None:
    who = applicant(
        Role.MENTOR, organization="Main campus", employment_type="Faculty", consent=None
    )
    assert len(rule_reasons(who, ProgramRules.preset("staff"))) == 3


def test_rules_with_nothing_required_let_everyone_in() -> None:
    rules = ProgramRules(consent_required=False)
    assert eligibility(applicant(Role.MENTOR, membership_id=None, consent=None), rules).eligible


def test_the_committee_overrides_with_a_note_that_is_shown_and_audited(db) -> None:
    with db.transaction() as session:
        cohort = make_cohort(session, preset="association")
        app = make_application(session, cohort, "mentor", years_experience="0.5")
        app_id = app.id
    with db.reading() as session:
        before = get_application_row(session, app_id).eligibility
    assert not before.eligible
    with db.transaction(actor="chair") as session, pytest.raises(ValidationError, match="Say why"):
        set_eligibility_override(session, app_id, EligibilityOverride.ELIGIBLE, "  ")
    with db.transaction(actor="chair") as session:
        set_eligibility_override(
            session, app_id, EligibilityOverride.ELIGIBLE, "Six months as lead case manager"
        )
    with db.reading() as session:
        after = get_application_row(session, app_id).eligibility
        entries = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity == "application", AuditEntry.entity_id == app_id)
            .where(AuditEntry.action == "update")
        ).all()
        last = (entries[-1].actor, entries[-1].changes)
    assert after.eligible and after.overridden and after.label == "Eligible (committee)"
    assert after.reasons[0] == "Committee decision: Six months as lead case manager"
    assert "Mentor has 0.5 years" in after.reasons[1]
    assert last[0] == "chair"
    assert last[1]["eligibility_override"] == [None, "eligible"]


# Applicants whose answers differ in every way a rule reads (and some ways none does).
VARIED_ANSWERS: list[tuple[Role | None, dict[str, Any]]] = [
    (Role.MENTEE, {}),
    (Role.MENTOR, {}),
    (Role.MENTEE, {"membership_id": "H-101"}),  # another number: the same decision
    (Role.MENTEE, {"membership_id": None}),
    (Role.MENTEE, {"membership_id": "  "}),
    (Role.MENTOR, {"membership_id": "n/a"}),
    (Role.MENTOR, {"years_experience": 0.5}),
    (Role.MENTOR, {"years_experience": 0.25}),
    (Role.MENTEE, {"years_experience": 0.5}),
    (Role.MENTOR, {"years_experience": None}),
    (Role.MENTOR, {"credentials": "CCM (expired 2019)"}),
    (Role.MENTOR, {"credentials": "RN, PMP"}),
    (Role.MENTOR, {"credentials": None}),
    (Role.MENTEE, {"supervisor_approved": None}),
    (Role.MENTEE, {"supervisor_approved": None, "supervisor_name": " "}),
    (Role.MENTEE, {"supervisor_approved": False}),
    (Role.MENTEE, {"organization": "UNM Main Campus"}),
    (Role.MENTEE, {"organization": "Main Campus"}),
    (Role.MENTOR, {"employment_type": "Faculty"}),
    (Role.MENTOR, {"employment_type": ""}),
    (Role.MENTEE, {"consent": False}),
    (Role.MENTEE, {"consent": None}),
    (None, {}),
    (Role.MENTEE, {"membership_id": None, "_not_asked": ["membership_id"]}),
    (Role.MENTEE, {"consent": None, "_not_asked": ["consent", "membership_id"]}),
    (Role.MENTEE, {"consent": None, "_not_asked": ["department"]}),
    (Role.MENTEE, {"eligibility_override": EligibilityOverride.ELIGIBLE, "consent": False}),
    (
        Role.MENTEE,
        {
            "eligibility_override": EligibilityOverride.ELIGIBLE,
            "eligibility_note": "Consent given by phone",
            "consent": False,
        },
    ),
    (
        Role.MENTOR,
        {"eligibility_override": EligibilityOverride.INELIGIBLE, "eligibility_note": "x"},
    ),
]


@pytest.mark.parametrize("preset", ["association", "credential", "staff"])
def test_a_whole_cohort_judged_at_once_gets_each_applicants_own_decision(preset: str) -> None:
    """The table judges thousands of applications and reuses decisions on the same answers:
    every applicant still gets exactly what the rules say about them alone."""
    rules = ProgramRules.preset(preset)
    judge = EligibilityJudge(rules)
    for _round in range(2):  # the second time, every decision is one already made
        for role, answers in VARIED_ANSWERS:
            fields = dict(answers)
            not_asked = fields.pop("_not_asked", [])
            one = applicant(role, **fields)
            sources = {name: NOT_ASKED for name in not_asked}
            one.answer_sources = sources
            given = {
                k: v
                for k, v in vars(one).items()
                if k not in ("eligibility_override", "eligibility_note", "answer_sources")
            }
            judged = judge(
                given,
                override=one.eligibility_override,
                note=one.eligibility_note,
                sources=sources or None,
            )
            assert judged == eligibility(one, rules), (role, answers)
