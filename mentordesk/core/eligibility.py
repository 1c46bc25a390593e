"""Who may take part, by the program's rules, with every reason a person is not eligible."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from mentordesk.core.fields import split_list
from mentordesk.core.models import EligibilityOverride, Role
from mentordesk.core.rules import ProgramRules


class ApplicationLike(Protocol):
    role: Any
    membership_id: str | None
    years_experience: float | None
    credentials: str | None
    supervisor_approved: bool | None
    supervisor_name: str | None
    organization: str | None
    employment_type: str | None
    consent: bool | None
    eligibility_override: Any
    eligibility_note: str | None


@dataclass(frozen=True)
class Eligibility:
    eligible: bool
    reasons: tuple[str, ...] = field(default_factory=tuple)  # why not (or why overridden)
    overridden: bool = False

    @property
    def label(self) -> str:
        word = "Eligible" if self.eligible else "Not eligible"
        return f"{word} (committee)" if self.overridden else word


def _fmt_years(value: float) -> str:
    return f"{value:g} year" + ("" if value == 1 else "s")


def rule_reasons(app: ApplicationLike, rules: ProgramRules) -> list[str]:
    """Every rule the application breaks, in words a committee member can act on."""
    role = Role(app.role) if app.role is not None else None
    who = "Mentor" if role is Role.MENTOR else "Mentee" if role is Role.MENTEE else "Applicant"
    reasons: list[str] = []
    if rules.membership_required and not (app.membership_id or "").strip():
        reasons.append(f"{who} gave no membership number; the program is for members only")
    if role is Role.MENTOR and rules.mentor_min_years is not None:
        years = app.years_experience
        if years is None:
            reasons.append(
                f"Mentor gave no years of experience; the program asks for at least "
                f"{_fmt_years(rules.mentor_min_years)}"
            )
        elif years < rules.mentor_min_years:
            reasons.append(
                f"Mentor has {_fmt_years(years)}; the program asks for at least "
                f"{_fmt_years(rules.mentor_min_years)}"
            )
    if role is Role.MENTOR and rules.mentor_credentials_any:
        held = {c.casefold() for c in split_list(app.credentials or "")}
        wanted = rules.mentor_credentials_any
        if not held & {c.casefold() for c in wanted}:
            have = f"holds {app.credentials}" if app.credentials else "lists no credential"
            reasons.append(f"Mentor {have}; the program asks for an active {' or '.join(wanted)}")
    if rules.supervisor_approval_required and app.supervisor_approved is not True:
        if app.supervisor_approved is False:
            reasons.append(f"{who}'s supervisor did not approve; the program requires approval")
        else:
            reasons.append(f"{who}'s supervisor approval is missing; the program requires it")
    if rules.allowed_organizations:
        allowed = {o.casefold() for o in rules.allowed_organizations}
        org = (app.organization or "").strip()
        if org.casefold() not in allowed:
            shown = org or "no organization"
            reasons.append(
                f"{who} is from {shown}; the program is for "
                f"{' or '.join(rules.allowed_organizations)} only"
            )
    if rules.allowed_employment_types:
        allowed = {t.casefold() for t in rules.allowed_employment_types}
        kind = (app.employment_type or "").strip()
        if kind.casefold() not in allowed:
            shown = kind or "no employment type"
            reasons.append(
                f"{who} is {shown}; the program is for "
                f"{' or '.join(rules.allowed_employment_types)} only"
            )
    if rules.consent_required and app.consent is not True:
        reasons.append(f"{who} has not given consent to take part and share their data")
    return reasons


def eligibility(app: ApplicationLike, rules: ProgramRules) -> Eligibility:
    """The decision for one application: the rules' verdict unless the committee overrode it."""
    reasons = rule_reasons(app, rules)
    override = app.eligibility_override
    if override is not None:
        decided = EligibilityOverride(override) is EligibilityOverride.ELIGIBLE
        note = (app.eligibility_note or "").strip()
        why = f"Committee decision: {note}" if note else "Committee decision"
        return Eligibility(decided, (why, *reasons), overridden=True)
    return Eligibility(not reasons, tuple(reasons))
