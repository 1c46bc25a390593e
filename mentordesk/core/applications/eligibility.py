"""Who may take part, by the program's rules, with every reason a person is not eligible.

A rule whose answer is missing because the form never asked the question (the import
records the field as ``not_asked``) neither passes nor fails: the application is
undecided ("Needs a decision") until the committee decides or fills the answer in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter
from types import SimpleNamespace
from typing import Any, Protocol

from mentordesk.core.applications.fields import FIELDS_BY_NAME, Kind, split_list
from mentordesk.core.programs.rules import ProgramRules
from mentordesk.core.sentences import Figure, Sentence, Word
from mentordesk.core.storage.models import EligibilityOverride, Role


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


#: The source recorded for a field the form did not ask (see ``Application.answer_sources``).
NOT_ASKED = "not_asked"
NOT_ASKED_REASON = "not asked on the form"


@dataclass(frozen=True)
class Eligibility:
    """The decision: eligible True/False, or None while a rule's question was never asked."""

    eligible: bool | None
    reasons: tuple[str, ...] = field(default_factory=tuple)  # why not (or why overridden)
    overridden: bool = False

    @property
    def undecided(self) -> bool:
        return self.eligible is None

    @property
    def label(self) -> str:
        if self.eligible is None:
            return "Needs a decision"
        word = "Eligible" if self.eligible else "Not eligible"
        return f"{word} (committee)" if self.overridden else word


def rule_fields(rules: ProgramRules) -> dict[str, str]:
    """The fields the rules read, each with what the rule asks, in the committee's words."""
    out: dict[str, str] = {}
    if rules.membership_required:
        out["membership_id"] = Sentence("the program is for members only")
    if rules.mentor_min_years is not None:
        out["years_experience"] = Sentence(
            "mentors need at least %1 of experience", (_fmt_years(rules.mentor_min_years),)
        )
    if rules.mentor_credentials_any:
        out["credentials"] = Sentence(
            "mentors need an active %1", (_either(rules.mentor_credentials_any),)
        )
    if rules.supervisor_approval_required:
        out["supervisor_approved"] = Sentence("the program requires the supervisor's approval")
    if rules.allowed_organizations:
        out["organization"] = Sentence(
            "the program is for %1 only", (_either(rules.allowed_organizations),)
        )
    if rules.allowed_employment_types:
        out["employment_type"] = Sentence(
            "the program is for %1 only", (_either(rules.allowed_employment_types),)
        )
    if rules.consent_required:
        out["consent"] = Sentence("the program needs consent to take part and share data")
    return out


def rule_answers(rules: ProgramRules) -> dict[str, list[str]]:
    """For each field a rule reads, the answers that pass it (what a fixed answer offers)."""
    out: dict[str, list[str]] = {}
    for name in rule_fields(rules):
        if FIELDS_BY_NAME[name].kind is Kind.BOOLEAN:
            out[name] = ["Yes", "No"]
    if rules.allowed_organizations:
        out["organization"] = list(rules.allowed_organizations)
    if rules.allowed_employment_types:
        out["employment_type"] = list(rules.allowed_employment_types)
    if rules.mentor_credentials_any:
        out["credentials"] = list(rules.mentor_credentials_any)
    return out


def not_asked_fields(app: Any) -> set[str]:
    sources = getattr(app, "answer_sources", None) or {}
    return {name for name, source in sources.items() if source == NOT_ASKED}


def _fmt_years(value: float) -> str:
    """ "1 year", "2.5 years" (a Sentence: "2,5 años" in Spanish)."""
    shown = f"{value:g}"
    places = 0 if "e" in shown else len(shown.partition(".")[2])
    if value == 1:
        return Sentence("%1 year", (Figure(value, places),))
    return Sentence("%1 years", (Figure(value, places),))


def _either(names: list[str]) -> str:
    """ "CCM or CCMret": the names a rule allows, as the program's settings spell them."""
    if len(names) == 2:
        return Sentence("%1 or %2", (names[0], names[1]))
    if len(names) == 3:
        return Sentence("%1 or %2 or %3", (names[0], names[1], names[2]))
    return " or ".join(names)


_NOT_A_MEMBER = {"no", "n", "none", "n/a", "na", "-", "not a member", "pending", "tbd", "unknown"}
_INACTIVE = {"inactive", "expired", "lapsed", "pending", "suspended", "retiring", "former"}


_WORD = re.compile(r"[^\W_]+")


@lru_cache(maxsize=8192)
def _words(text: str) -> tuple[str, ...]:
    # Cached: a cohort's thousands of applications repeat a few organizations and types.
    return tuple(_WORD.findall(text.casefold()))


def _names_match(given: str, allowed: list[str]) -> bool:
    """Whether ``given`` names one of ``allowed``, as whole words: 'UNM HSC' is 'HSC', 'Main campus' is not."""
    words = _words(given)
    for option in allowed:
        wanted = _words(option)
        if wanted and any(
            words[i : i + len(wanted)] == wanted for i in range(len(words) - len(wanted) + 1)
        ):
            return True
    return False


def active_credentials(credentials: str | None, wanted: list[str]) -> list[str]:
    """The wanted credentials the applicant holds, not marked inactive/expired ('CCM #4411' counts)."""
    wanted_by_word = {w.casefold(): w for w in wanted}
    held: list[str] = []
    for item in split_list(credentials or ""):
        words = _words(item)
        if _INACTIVE & set(words):
            continue
        held.extend(wanted_by_word[w] for w in words if w in wanted_by_word)
    return held


def _is_member(membership_id: str | None) -> bool:
    member = (membership_id or "").strip()
    return bool(member) and member.casefold() not in _NOT_A_MEMBER


def rule_reasons(app: ApplicationLike, rules: ProgramRules) -> list[str]:
    """Every rule the application breaks, in words a committee member can act on."""
    return rule_findings(app, rules)[0]


def _label(name: str) -> str:
    return FIELDS_BY_NAME[name].label


def rule_findings(app: ApplicationLike, rules: ProgramRules) -> tuple[list[str], list[str]]:
    """The rules the application breaks, and those it cannot be judged on (never asked)."""
    never_asked = not_asked_fields(app)
    undecided: list[str] = []

    def unasked(name: str, value: Any) -> bool:
        blank = value is None or (isinstance(value, str) and not value.strip())
        if blank and name in never_asked:
            why = rule_fields(rules).get(name, "")
            label = Word(_label(name))
            undecided.append(
                Sentence("%1 not asked on the form; %2", (label, why))
                if why
                else Sentence("%1 not asked on the form", (label,))
            )
            return True
        return False

    role = Role(app.role) if app.role is not None else None
    who = (
        Sentence("Mentor")
        if role is Role.MENTOR
        else Sentence("Mentee")
        if role is Role.MENTEE
        else Sentence("Applicant")
    )
    reasons: list[str] = []
    if role is None:
        reasons.append(Sentence("Applicant did not say whether they apply as mentor or mentee"))
    if rules.membership_required and unasked("membership_id", app.membership_id):
        pass
    elif rules.membership_required and not _is_member(app.membership_id):
        reasons.append(
            Sentence("%1 gave no membership number; the program is for members only", (who,))
        )
    if role is Role.MENTOR and rules.mentor_min_years is not None:
        years = app.years_experience
        if unasked("years_experience", years):
            pass
        elif years is None:
            reasons.append(
                Sentence(
                    "Mentor gave no years of experience; the program asks for at least %1",
                    (_fmt_years(rules.mentor_min_years),),
                )
            )
        elif years < rules.mentor_min_years:
            reasons.append(
                Sentence(
                    "Mentor has %1; the program asks for at least %2",
                    (_fmt_years(years), _fmt_years(rules.mentor_min_years)),
                )
            )
    if role is Role.MENTOR and rules.mentor_credentials_any:
        wanted = rules.mentor_credentials_any
        if unasked("credentials", app.credentials):
            pass
        elif not active_credentials(app.credentials, wanted):
            reasons.append(
                Sentence(
                    "Mentor holds %1; the program asks for an active %2",
                    (app.credentials, _either(wanted)),
                )
                if app.credentials
                else Sentence(
                    "Mentor lists no credential; the program asks for an active %1",
                    (_either(wanted),),
                )
            )
    if rules.supervisor_approval_required and app.supervisor_approved is not True:
        if unasked("supervisor_approved", app.supervisor_approved):
            pass
        elif app.supervisor_approved is False:
            reasons.append(
                Sentence("%1's supervisor did not approve; the program requires approval", (who,))
            )
        elif not (app.supervisor_name or "").strip():
            reasons.append(
                Sentence(
                    "%1 named no supervisor; the program requires the supervisor's approval",
                    (who,),
                )
            )
        else:
            reasons.append(
                Sentence("%1's supervisor approval is missing; the program requires it", (who,))
            )
    if rules.allowed_organizations:
        org = (app.organization or "").strip()
        only = Sentence("the program is for %1 only", (_either(rules.allowed_organizations),))
        if unasked("organization", org):
            pass
        elif not org:
            reasons.append(Sentence("%1 gave no organization; %2", (who, only)))
        elif not _names_match(org, rules.allowed_organizations):
            reasons.append(Sentence("%1 is from %2; %3", (who, org, only)))
    if rules.allowed_employment_types:
        kind = (app.employment_type or "").strip()
        only = Sentence("the program is for %1 only", (_either(rules.allowed_employment_types),))
        if unasked("employment_type", kind):
            pass
        elif not kind:
            reasons.append(Sentence("%1 gave no employment type; %2", (who, only)))
        elif not _names_match(kind, rules.allowed_employment_types):
            reasons.append(Sentence("%1 is %2; %3", (who, kind, only)))
    if rules.consent_required and app.consent is not True:
        if unasked("consent", app.consent):
            pass
        elif app.consent is False:
            reasons.append(
                Sentence("%1 declined consent; the program needs it to take part", (who,))
            )
        else:
            reasons.append(
                Sentence("%1 has not given consent to take part and share their data", (who,))
            )
    return reasons, undecided


def eligibility(app: ApplicationLike, rules: ProgramRules) -> Eligibility:
    """The decision for one application: the rules' verdict unless the committee overrode it."""
    reasons, undecided = rule_findings(app, rules)
    override = app.eligibility_override
    if override is not None:
        decided = EligibilityOverride(override) is EligibilityOverride.ELIGIBLE
        note = (app.eligibility_note or "").strip()
        why = (
            Sentence("Committee decision: %1", (note,)) if note else Sentence("Committee decision")
        )
        return Eligibility(decided, (why, *reasons, *undecided), overridden=True)
    if reasons:  # a rule that fails decides, whatever was not asked
        return Eligibility(False, tuple(reasons + undecided))
    if undecided:
        return Eligibility(None, tuple(undecided))
    return Eligibility(True, ())


class EligibilityJudge:
    """``eligibility`` for many applications under one program's rules, each distinct set of
    the answers the rules read judged once.

    A cohort's thousands of applications repeat a few organizations, employment types,
    years and yes/no answers, so a table of 20,000 applicants judges a few dozen of them;
    the decision (a frozen ``Eligibility``) is shared by the applications that gave the same
    answers. A membership number counts only as given or not, which is all the rule reads.
    """

    def __init__(self, rules: ProgramRules) -> None:
        self.rules = rules
        read = [name for name in rule_fields(rules) if name != "membership_id"]
        self._answers = itemgetter("role", *read)
        self._membership = rules.membership_required
        self._supervisor = rules.supervisor_approval_required
        self._decided: dict[tuple[Any, ...], Eligibility] = {}

    def __call__(
        self,
        answers: dict[str, Any],
        *,
        override: EligibilityOverride | None,
        note: str | None,
        sources: dict[str, str] | None,
    ) -> Eligibility:
        """The decision on an application's ``answers`` (field name -> stored value), the
        committee's override and its note, and where each answer came from."""
        membership = answers["membership_id"] if self._membership else None
        key = (
            self._answers(answers),
            override,
            note,
            frozenset(name for name, source in sources.items() if source == NOT_ASKED)
            if sources
            else None,
            (_is_member(membership), not (membership or "").strip()) if self._membership else None,
            bool((answers["supervisor_name"] or "").strip()) if self._supervisor else None,
        )
        decided = self._decided.get(key)
        if decided is None:
            app = SimpleNamespace(
                **answers,
                eligibility_override=override,
                eligibility_note=note,
                answer_sources=sources,
            )
            decided = self._decided[key] = eligibility(app, self.rules)
        return decided
