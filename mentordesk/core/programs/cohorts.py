"""Programs and cohorts: create them, find them by the names committees use, list them."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import tzlocal
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mentordesk.core.errors import ConflictError, NotFoundError, ValidationError
from mentordesk.core.programs.rules import ProgramRules
from mentordesk.core.programs.terms import TermSpan, check_terms, planned_terms, worded
from mentordesk.core.storage.audit_trail import last_changed_by
from mentordesk.core.storage.models import (
    Application,
    ApplicationStatus,
    Cohort,
    Pairing,
    PairingStatus,
    Program,
    Role,
    Term,
)

# Hyphen, en dash, em dash, minus...: "2026-27" typed in a terminal names the cohort "2026–27".
_DASHES = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"))


def name_key(name: str) -> str:
    """How names of programs and cohorts compare: case, spacing and dash style aside."""
    return " ".join(name.split()).translate(_DASHES).casefold()


def program_rules(program: Program) -> ProgramRules:
    return ProgramRules.from_json(program.rules_json)


def create_program(
    session: Session,
    name: str,
    preset: str,
    *,
    rules: ProgramRules | None = None,
    contact_email: str | None = None,
) -> Program:
    name = " ".join(name.split())
    if not name:
        raise ValidationError("A program needs a name", "name")
    existing = next(
        (n for n in session.scalars(select(Program.name)) if name_key(n) == name_key(name)), None
    )
    if existing is not None:
        # Names differ only in case at most: say which program is already there.
        raise ConflictError(f"A program named {existing!r} already exists")
    rules = rules or ProgramRules.preset(preset)
    rules.validate()
    program = Program(
        name=name, preset=preset, rules_json=rules.to_json(), contact_email=contact_email
    )
    session.add(program)
    session.flush()
    return program


def set_program_rules(
    session: Session, program_id: int, rules: ProgramRules, *, expected: ProgramRules | None = None
) -> Program:
    """Replace the program's rules. ``expected``: the rules as the caller showed them (or as
    the step being undone left them); if another desk changed them since, nothing changes
    and the refusal names the rules that differ and who changed them."""
    rules.validate()
    program = get_program(session, program_id)
    if expected is not None:
        # Compared as stored (JSON): a tuple read back as a list is no change.
        seen = json.loads(expected.to_json())
        now = json.loads(program_rules(program).to_json())
        differ = sorted(k for k in {*now, *seen} if now.get(k) != seen.get(k))
        if differ:
            shown = ", ".join(
                f"{k.replace('_', ' ')}: {seen.get(k)!r} → {now.get(k)!r}" for k in differ[:3]
            )
            more = f" and {len(differ) - 3} more" if len(differ) > 3 else ""
            by = last_changed_by(session, "program", program.id)
            raise ConflictError(
                f"The rules of {program.name} were changed since ({shown}{more}"
                f"{', ' + by if by else ''}); nothing was changed. Open the rules again"
            )
    program.rules_json = rules.to_json()
    session.flush()
    return program


def get_program(session: Session, program_id: int) -> Program:
    program = session.get(Program, program_id)
    if program is None:
        raise NotFoundError(f"No program with id {program_id}")
    return program


def find_program(session: Session, name: str) -> Program:
    program = next(
        (p for p in session.scalars(select(Program)) if name_key(p.name) == name_key(name)), None
    )
    if program is None:
        known = (
            ", ".join(session.scalars(select(Program.name).order_by(Program.name))) or "none yet"
        )
        raise NotFoundError(f"No program named {name!r} (programs: {known})")
    return program


def list_programs(session: Session) -> list[Program]:
    return list(session.scalars(select(Program).order_by(Program.name)))


def local_timezone() -> str:
    """The computer's IANA time zone name ("Europe/Oslo"), or UTC when it cannot be told."""
    try:
        name = tzlocal.get_localzone_name()
    except Exception:  # tzlocal raises its own errors on an unusual system setup
        return "UTC"
    try:
        ZoneInfo(name or "")
    except (ZoneInfoNotFoundError, ValueError):
        return "UTC"
    return name or "UTC"


def check_timezone(name: str) -> str:
    """An IANA zone name as given, or a ValidationError that says what is expected."""
    name = name.strip()
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(
            f"Unknown time zone {name!r}; use a name such as America/Denver or Europe/Berlin",
            "timezone",
        ) from None
    return name


def create_cohort(
    session: Session,
    program: Program,
    name: str,
    start: date,
    end: date,
    *,
    terms: list[tuple[str, date, date]] | None = None,
    timezone: str | None = None,
    term_words: Callable[[str], str] = str,
) -> Cohort:
    """A cohort of the program; its time zone defaults to the computer's. Without
    ``terms``, those the rules plan, named by ``term_words`` (a window's language; the
    English by default)."""
    name = " ".join(name.split())
    if not name:
        raise ValidationError("A cohort needs a name", "name")
    timezone = check_timezone(timezone) if timezone else local_timezone()
    if end < start:
        raise ValidationError(
            f"The cohort ends ({end.isoformat()}) before it starts ({start.isoformat()})", "end"
        )
    existing = next(
        (
            n
            for n in session.scalars(select(Cohort.name).where(Cohort.program_id == program.id))
            if name_key(n) == name_key(name)
        ),
        None,
    )
    if existing is not None:
        raise ConflictError(f"Program {program.name!r} already has a cohort named {existing!r}")
    cohort = Cohort(program=program, name=name, start_date=start, end_date=end, timezone=timezone)
    spans = (
        [TermSpan(n, s, e) for n, s, e in terms]
        if terms
        else worded(planned_terms(start, end, program_rules(program).terms), term_words)
    )
    for span in check_terms(spans, start, end):
        cohort.terms.append(Term(name=span.name, start_date=span.start, end_date=span.end))
    session.add(cohort)
    session.flush()
    return cohort


def start_program(
    session: Session,
    name: str,
    preset: str,
    cohort_name: str,
    start: date,
    end: date,
    *,
    timezone: str | None = None,
    term_words: Callable[[str], str] = str,
) -> Cohort:
    """A new program from a preset with its first cohort (what "New Program…" does)."""
    program = create_program(session, name, preset)
    return create_cohort(
        session, program, cohort_name, start, end, timezone=timezone, term_words=term_words
    )


def add_cohort(
    session: Session,
    program_id: int,
    name: str,
    start: date,
    end: date,
    *,
    timezone: str | None = None,
    term_words: Callable[[str], str] = str,
) -> Cohort:
    """Another cohort of a program that exists (what "New Cohort…" does)."""
    program = get_program(session, program_id)
    return create_cohort(
        session, program, name, start, end, timezone=timezone, term_words=term_words
    )


def get_cohort(session: Session, cohort_id: int) -> Cohort:
    cohort = session.get(Cohort, cohort_id)
    if cohort is None:
        raise NotFoundError(f"No cohort with id {cohort_id}")
    return cohort


def find_cohort(session: Session, name: str, program: str | None = None) -> Cohort:
    """The cohort the user named; a name two programs share needs the program too."""
    query = select(Cohort)
    names = select(Cohort.name).order_by(Cohort.name)
    if program:
        # A misspelt program is the mistake to report, not the cohort (which may exist).
        owner = find_program(session, program)
        query = query.where(Cohort.program_id == owner.id)
        names = names.where(Cohort.program_id == owner.id)
    # A database holds a handful of cohorts: compare names in Python, dash style aside.
    found = [c for c in session.scalars(query) if name_key(c.name) == name_key(name)]
    if not found:
        known = ", ".join(session.scalars(names)) or "none yet"
        where = f" in {owner.name!r}" if program else ""
        raise NotFoundError(f"No cohort named {name!r}{where} (cohorts: {known})")
    if len(found) > 1:
        programs = ", ".join(sorted(c.program.name for c in found))
        raise ConflictError(
            f"Several programs have a cohort named {name!r} ({programs}); name the program"
        )
    return found[0]


@dataclass(frozen=True)
class CohortOverview:
    id: int
    name: str
    program_id: int
    program: str
    preset: str | None
    start_date: date
    end_date: date
    status: str
    mentors: int
    mentees: int
    withdrawn: int
    active_pairs: int
    timezone: str = "UTC"  # every time of the cohort is shown in it

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "program": self.program,
            "preset": self.preset,
            "start": self.start_date.isoformat(),
            "end": self.end_date.isoformat(),
            "timezone": self.timezone,
            "status": self.status,
            "mentors": self.mentors,
            "mentees": self.mentees,
            "withdrawn": self.withdrawn,
            "active_pairs": self.active_pairs,
        }


@dataclass(frozen=True, slots=True)
class CohortChoice:
    """A cohort as the window's cohort selector lists it."""

    id: int
    name: str
    program_id: int
    program: str
    status: str


def cohort_choices(session: Session) -> list[CohortChoice]:
    """Every cohort, in ``cohort_overviews``' order, without its counts: what the window's
    selector reads at every F5 and every change from another desk (the counts took the
    window's thread 10-45 ms from 20,000 to 100,000 applications, this a millisecond)."""
    rows = session.execute(
        select(Cohort.id, Cohort.name, Cohort.program_id, Program.name, Cohort.status)
        .join(Program)
        .order_by(Program.name, Cohort.start_date, Cohort.name)
    )
    return [
        CohortChoice(
            id=c_id, name=name, program_id=program_id, program=program, status=status.value
        )
        for c_id, name, program_id, program, status in rows
    ]


def find_cohort_id(session: Session, name: str, program: str | None = None) -> int:
    """The id of the cohort the user named (``find_cohort``, for callers that keep no session)."""
    return find_cohort(session, name, program).id


def cohort_overviews(session: Session, program_id: int | None = None) -> list[CohortOverview]:
    """Every cohort with its counts, programs in name order, cohorts by start date."""
    # Applications by cohort and role, read from the index on those two alone; the few
    # withdrawn ones found apart and taken off. (Grouped by status too, the count sorted
    # every application of the file: 124 ms for 100,000, on the window's thread as it
    # opens, against 20 ms.)
    counts: dict[tuple[int, str], int] = {}
    rows = session.execute(
        select(Application.cohort_id, Application.role, func.count()).group_by(
            Application.cohort_id, Application.role
        )
    )
    for cohort_id, role, n in rows:
        counts[(cohort_id, role.value)] = n
    withdrawn = session.execute(
        select(Application.cohort_id, Application.role).where(
            Application.status == ApplicationStatus.WITHDRAWN
        )
    )
    for cohort_id, role in withdrawn:
        counts[(cohort_id, role.value)] -= 1
        counts[(cohort_id, "withdrawn")] = counts.get((cohort_id, "withdrawn"), 0) + 1
    pairs = dict(
        session.execute(
            select(Pairing.cohort_id, func.count())
            .where(Pairing.status == PairingStatus.ACTIVE)
            .group_by(Pairing.cohort_id)
        ).all()
    )
    query = select(Cohort).join(Program).order_by(Program.name, Cohort.start_date, Cohort.name)
    if program_id is not None:
        query = query.where(Cohort.program_id == program_id)
    return [
        CohortOverview(
            id=c.id,
            name=c.name,
            program_id=c.program_id,
            program=c.program.name,
            preset=c.program.preset,
            start_date=c.start_date,
            end_date=c.end_date,
            status=c.status.value,
            mentors=counts.get((c.id, Role.MENTOR.value), 0),
            mentees=counts.get((c.id, Role.MENTEE.value), 0),
            withdrawn=counts.get((c.id, "withdrawn"), 0),
            active_pairs=pairs.get(c.id, 0),
            timezone=c.timezone,
        )
        for c in session.scalars(query)
    ]
