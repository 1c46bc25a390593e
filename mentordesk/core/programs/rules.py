"""A program's rules as data: who may apply, how matching works, what the year asks.

Rules are stored with the program as JSON and edited in the rules dialog; the three
programs MentorDesk ships for start from the presets in ``resources/presets``.
Behaviour that differs between programs reads a rule here, never a program's name.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from mentordesk.core.errors import ValidationError
from mentordesk.core.paths import resource_path

PRESETS: tuple[str, ...] = ("association", "credential", "staff")

MATCHING_MODES = ("committee", "mentee_choice")
LENGTHS = ("academic_year", "until_credential", "cohort")
FOCUSES = ("emphasis_area", "credential", "goals")
EVALUATION_PHASES = ("midpoint", "final", "closeout")
#: How a new cohort is cut into terms: semesters (fall, spring) or one term for the whole.
TERM_PLANS = ("semesters", "one")

#: Score components of a pair, in the order the committee sees them.
SCORE_COMPONENTS: tuple[str, ...] = (
    "interests",
    "goals",
    "meeting_format",
    "location",
    "department",
    "experience",
    "requested",
    "evaluations",
)


def _default_weights() -> dict[str, float]:
    return {
        "interests": 0.35,
        "goals": 0.25,
        "meeting_format": 0.1,
        "location": 0.05,
        "department": 0.1,
        "experience": 0.1,
        "requested": 0.3,
        "evaluations": 0.05,
    }


@dataclass
class ProgramRules:
    """Every rule of DESIGN.md's table, with defaults for a rule a program leaves unstated."""

    label: str = ""
    description: str = ""
    # Who may apply
    membership_required: bool = False
    mentor_min_years: float | None = None
    mentor_credentials_any: list[str] = field(default_factory=list)
    supervisor_approval_required: bool = False
    supervisor_invited_to_closeout: bool = False
    supervisor_feedback: bool = False
    allowed_organizations: list[str] = field(default_factory=list)
    allowed_employment_types: list[str] = field(default_factory=list)
    consent_required: bool = True
    # Matching
    matching_mode: str = "committee"
    default_mentor_capacity: int = 1
    weights: dict[str, float] = field(default_factory=_default_weights)
    # The year
    length: str = "academic_year"
    terms: str = "semesters"
    initial_meeting_before_start: bool = False
    min_meetings_per_term: int = 0
    mentee_hours_per_month: list[float] | None = None
    mentor_hours_per_month: list[float] | None = None
    orientation_required: bool = False
    workshop_count: int = 0
    mentee_min_workshops: int = 0
    committee_calls: bool = False
    roundtable: bool = False
    ends_with_celebration: bool = False
    # Changes
    max_rematches: int | None = None
    resignation_allowed: bool = True
    waitlist_unmatched: bool = False
    # Evaluation
    evaluation_phases: list[str] = field(default_factory=list)
    mutual_evaluation: bool = False
    evaluations_inform_matching: bool = False
    focus: str = "goals"

    def validate(self) -> None:
        """Raise ValidationError naming the first rule whose value makes no sense."""
        if self.matching_mode not in MATCHING_MODES:
            raise ValidationError(
                f"Matching mode must be one of {', '.join(MATCHING_MODES)}, "
                f"not {self.matching_mode!r}",
                "matching_mode",
            )
        if self.length not in LENGTHS:
            raise ValidationError(f"Unknown program length {self.length!r}", "length")
        if self.terms not in TERM_PLANS:
            raise ValidationError(
                f"Unknown way of cutting a cohort into terms {self.terms!r}", "terms"
            )
        if self.focus not in FOCUSES:
            raise ValidationError(f"Unknown focus {self.focus!r}", "focus")
        for phase in self.evaluation_phases:
            if phase not in EVALUATION_PHASES:
                raise ValidationError(f"Unknown evaluation phase {phase!r}", "evaluation_phases")
        if self.mentor_min_years is not None and self.mentor_min_years < 0:
            raise ValidationError(
                "Minimum years of experience cannot be negative", "mentor_min_years"
            )
        for name in ("min_meetings_per_term", "workshop_count", "mentee_min_workshops"):
            if getattr(self, name) < 0:
                raise ValidationError(f"{name.replace('_', ' ')} cannot be negative", name)
        if self.mentee_min_workshops > self.workshop_count:
            raise ValidationError(
                f"Mentees cannot be asked to attend {self.mentee_min_workshops} workshops "
                f"when the program plans {self.workshop_count}",
                "mentee_min_workshops",
            )
        if self.max_rematches is not None and self.max_rematches < 0:
            raise ValidationError("Rematches allowed cannot be negative", "max_rematches")
        if self.default_mentor_capacity < 1:
            raise ValidationError("A mentor takes at least one mentee", "default_mentor_capacity")
        for hours_rule in ("mentee_hours_per_month", "mentor_hours_per_month"):
            hours = getattr(self, hours_rule)
            if hours is not None and (len(hours) != 2 or hours[0] < 0 or hours[0] > hours[1]):
                raise ValidationError(
                    "Hours per month is a range: a low and a high number, low first", hours_rule
                )
        for component, weight in self.weights.items():
            if component not in SCORE_COMPONENTS:
                raise ValidationError(f"Unknown score component {component!r}", "weights")
            if weight < 0:
                raise ValidationError(f"The weight of {component} cannot be negative", "weights")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), sort_keys=True)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ProgramRules:
        """Build rules from stored JSON; keys from a newer version are ignored, missing ones default."""
        known = {f.name for f in fields(cls)}
        rules = cls(**{k: v for k, v in data.items() if k in known})
        weights = _default_weights()
        weights.update(rules.weights or {})
        rules.weights = {k: float(v) for k, v in weights.items()}
        return rules

    @classmethod
    def from_json(cls, text: str | None) -> ProgramRules:
        return cls.from_dict(json.loads(text) if text else {})

    @classmethod
    def preset(cls, name: str) -> ProgramRules:
        if name not in PRESETS:
            raise ValidationError(
                f"Unknown preset {name!r}; choose one of {', '.join(PRESETS)}", "preset"
            )
        path = resource_path("presets", f"{name}.json")
        rules = cls.from_dict(json.loads(path.read_text(encoding="utf-8")))
        rules.validate()
        return rules
