"""A cohort's terms (semesters): cut from the rules when the cohort is made, renamed and re-dated later.

Per-term rules ("one call per semester") count meetings against these terms, so a term
must lie within its cohort, and terms may not overlap (a meeting counts once).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from operator import attrgetter

from sqlalchemy.orm import Session

from mentordesk.core.errors import ConflictError, NotFoundError, ValidationError
from mentordesk.core.programs.rules import ProgramRules
from mentordesk.core.sentences import Sentence
from mentordesk.core.storage.models import Cohort, Term


def _name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _cohort(session: Session, cohort_id: int) -> Cohort:
    # Not cohorts.get_cohort: cohorts.py cuts a new cohort's terms with this module.
    cohort = session.get(Cohort, cohort_id)
    if cohort is None:
        raise NotFoundError(f"No cohort with id {cohort_id}")
    return cohort


@dataclass(frozen=True)
class TermSpan:
    """One term as the committee names it: "Fall 2026", 2026-08-17 to 2026-12-18."""

    name: str
    start: date
    end: date

    def as_json(self) -> dict[str, str]:
        return {"name": self.name, "start": self.start.isoformat(), "end": self.end.isoformat()}

    def __str__(self) -> str:
        return f"{self.name}={self.start.isoformat()}..{self.end.isoformat()}"


def season_name(start: date, end: date) -> str:
    """What a committee calls a period: the season it mostly falls in, and its year (a
    Sentence: a window names the terms it makes in its language)."""
    middle = start + (end - start) / 2
    year = str(middle.year)  # a year, not a count: never "2.026"
    if middle.month >= 8:
        return Sentence("Fall %1", (year,))
    if middle.month <= 5:
        return Sentence("Spring %1", (year,))
    return Sentence("Summer %1", (year,))


def planned_terms(start: date, end: date, plan: str) -> list[TermSpan]:
    """The terms a new cohort starts with: one term, or semesters split at the new year.

    A cohort that does not cross a new year (or is too short for two semesters) has one
    term; one that does is cut on 31 December, as academic years are. The names are
    Sentences, English as they are stored by the command line; a window words them in its
    language before it stores or shows them (``worded``).
    """
    if plan == "one" or (end - start).days < 120:
        name = season_name(start, end) if plan == "semesters" else Sentence("Whole cohort")
        return [TermSpan(name, start, end)]
    if start.year == end.year:
        middle = start + timedelta(days=(end - start).days // 2)
    else:
        middle = date(start.year, 12, 31)
        # A sliver of a semester (a cohort starting on 20 December) joins the next one.
        if (middle - start).days < 30 or (end - middle).days < 30:
            middle = start + timedelta(days=(end - start).days // 2)
    first = TermSpan(season_name(start, middle), start, middle)
    second = TermSpan(season_name(middle + timedelta(days=1), end), middle + timedelta(days=1), end)
    if first.name == second.name:
        first = TermSpan(Sentence("%1 (1)", (first.name,)), first.start, first.end)
        second = TermSpan(Sentence("%1 (2)", (second.name,)), second.start, second.end)
    return [first, second]


def worded(terms: list[TermSpan], say: Callable[[str], str]) -> list[TermSpan]:
    """The terms with their names said by ``say`` (a window's language)."""
    return [TermSpan(say(term.name), term.start, term.end) for term in terms]


_SPEC = re.compile(
    r"^\s*(?P<name>[^=]+?)\s*=\s*(?P<start>\S+)\s*(?:\.\.|–|—|\bto\b)\s*(?P<end>\S+)\s*$"
)


def parse_term(text: str) -> TermSpan:
    """ "Fall 2026=2026-08-17..2026-12-18" as a term; a mistake is said in words."""
    match = _SPEC.match(text)
    if not match:
        raise ValidationError(
            f"{text!r} is not a term; write NAME=START..END, e.g. "
            '"Fall 2026=2026-08-17..2026-12-18"',
            "terms",
        )
    dates = []
    for part in ("start", "end"):
        try:
            dates.append(date.fromisoformat(match.group(part)))
        except ValueError:
            raise ValidationError(
                f"In {text!r}, {match.group(part)!r} is not a date (YYYY-MM-DD)", "terms"
            ) from None
    return TermSpan(" ".join(match.group("name").split()), dates[0], dates[1])


def check_terms(terms: list[TermSpan], cohort_start: date, cohort_end: date) -> list[TermSpan]:
    """The terms in date order, or ValidationError naming the first that cannot be."""
    if not terms:
        raise ValidationError("A cohort needs at least one term", "terms")
    seen: dict[str, str] = {}
    for term in terms:
        if not term.name:
            raise ValidationError("Every term needs a name", "terms")
        if len(term.name) > 100:
            raise ValidationError(f"The term name {term.name[:40]!r}… is too long", "terms")
        if term.end < term.start:
            raise ValidationError(
                f"{term.name} ends ({term.end.isoformat()}) before it starts "
                f"({term.start.isoformat()})",
                "terms",
            )
        if term.start < cohort_start or term.end > cohort_end:
            raise ValidationError(
                f"{term.name} ({term.start.isoformat()} – {term.end.isoformat()}) does not lie "
                f"within the cohort's dates ({cohort_start.isoformat()} – "
                f"{cohort_end.isoformat()})",
                "terms",
            )
        key = _name_key(term.name)
        if key in seen:
            raise ValidationError(f"Two terms are named {term.name!r}", "terms")
        seen[key] = term.name
    ordered = sorted(terms, key=lambda t: (t.start, t.end))
    for before, after in itertools.pairwise(ordered):
        if after.start <= before.end:
            raise ValidationError(
                f"{before.name} and {after.name} overlap ({after.start.isoformat()} is in both); "
                "a meeting must count in one term only",
                "terms",
            )
    return ordered


def cohort_terms(session: Session, cohort_id: int) -> list[TermSpan]:
    cohort = _cohort(session, cohort_id)
    return [TermSpan(t.name, t.start_date, t.end_date) for t in cohort.terms]


def set_terms(
    session: Session,
    cohort_id: int,
    terms: list[TermSpan],
    *,
    expected: list[TermSpan] | None = None,
) -> list[TermSpan]:
    """Replace the cohort's terms; a term kept by name keeps its row (and audit history).

    ``expected``: the terms as the caller showed them (or as the step being undone left
    them); if another desk changed them since, nothing changes and the refusal says so.
    """
    cohort = _cohort(session, cohort_id)
    if expected is not None:
        order = attrgetter("start", "end", "name")
        now = sorted(cohort_terms(session, cohort_id), key=order)
        if now != sorted(expected, key=order):
            said = "; ".join(f"{t.name} {t.start.isoformat()}..{t.end.isoformat()}" for t in now)
            raise ConflictError(
                f"The terms of {cohort.name} were changed since (they are now: "
                f"{said or 'none'}); nothing was changed. Open the terms again"
            )
    ordered = check_terms(terms, cohort.start_date, cohort.end_date)
    existing = {_name_key(t.name): t for t in cohort.terms}
    kept: list[Term] = []
    for span in ordered:
        row = existing.pop(_name_key(span.name), None)
        if row is None:
            row = Term(name=span.name, start_date=span.start, end_date=span.end)
        else:
            row.name, row.start_date, row.end_date = span.name, span.start, span.end
        kept.append(row)
    for row in existing.values():
        session.delete(row)
    cohort.terms = kept
    session.flush()
    session.expire(cohort, ["terms"])
    return cohort_terms(session, cohort_id)


def default_cohort_terms(session: Session, cohort_id: int) -> list[TermSpan]:
    """The terms the rules would give this cohort (the editor's "Reset from the rules")."""
    cohort = _cohort(session, cohort_id)
    return planned_terms(
        cohort.start_date, cohort.end_date, ProgramRules.from_json(cohort.program.rules_json).terms
    )


@dataclass(frozen=True)
class TermsOfCohort:
    """What the terms editor shows: the cohort, its terms, and those the rules would give."""

    cohort: str
    start: date
    end: date
    terms: list[TermSpan]
    from_rules: list[TermSpan]


def terms_of_cohort(session: Session, cohort_id: int) -> TermsOfCohort:
    cohort = _cohort(session, cohort_id)
    return TermsOfCohort(
        cohort.name,
        cohort.start_date,
        cohort.end_date,
        cohort_terms(session, cohort_id),
        default_cohort_terms(session, cohort_id),
    )
