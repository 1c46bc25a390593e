"""Mentoring agreements: what each active pair signs, filled from the committee's template.

The data of every pair is snapshotted from the database first (``agreement_data``), so
the PDFs can be built in other processes; ``export_agreements`` writes one PDF per pair
and one combined PDF for printing, each atomically. ``set_agreement_signed`` records when
the signed copy came back.
"""

from __future__ import annotations

import re
import string
import tomllib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from babel.core import UnknownLocaleError
from babel.dates import format_date
from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from mentordesk.core.calendar.events import pairs_named
from mentordesk.core.documents.agreement_text import Block, FilledAgreement, Signer
from mentordesk.core.errors import (
    MentorDeskError,
    NotFoundError,
    StaleEditError,
    ValidationError,
)
from mentordesk.core.paths import resource_path
from mentordesk.core.programs.cohorts import get_cohort, program_rules
from mentordesk.core.programs.rules import ProgramRules
from mentordesk.core.sentences import Sentence
from mentordesk.core.storage.models import Application, Cohort, Pairing, PairingStatus

#: A blank to fill in by hand where the data has nothing yet (an emphasis area not chosen).
BLANK = "________________________________"

_LENGTH_TEXT = {
    "academic_year": "one academic year",
    "until_credential": "until the mentee has earned the credential",
    "cohort": "the whole rollout of the cohort",
}
_TIMES = {1: "once", 2: "twice"}
_PHASES = {"midpoint": "at mid-point", "final": "at the end", "closeout": "at the close-out"}
_FORMATS = {
    "video": "video call",
    "phone": "phone call",
    "in person": "in person",
    "in_person": "in person",
    "email": "email",
}


class TemplateError(MentorDeskError):
    """The agreement template cannot be used as it stands (a placeholder, a section)."""


# --- the data of one agreement ---------------------------------------------------------


@dataclass(frozen=True)
class AgreementData:
    """Everything one agreement prints, as plain values (picklable for worker processes)."""

    pairing_id: int
    program: str
    preset: str | None
    cohort: str
    start_date: date
    end_date: date
    terms: tuple[tuple[str, date, date], ...]
    mentor: Signer
    mentee: Signer
    supervisors: tuple[Signer, ...]
    goals: str
    emphasis_area: str
    meeting_formats: str
    contact_email: str
    signed_on: date | None
    rules: dict[str, Any] = field(default_factory=dict)

    @property
    def signers(self) -> tuple[Signer, ...]:
        return (self.mentor, self.mentee, *self.supervisors)

    @property
    def file_stem(self) -> str:
        return f"agreement-{self.pairing_id:04d}-{slug(self.mentee.name)}-{slug(self.mentor.name)}"


@dataclass(frozen=True)
class AgreementRow:
    """A pair as the Reports area lists it, with its agreement status."""

    pairing_id: int
    mentor: str
    mentee: str
    emphasis_area: str
    signed_on: date | None
    version: int = 0  # the pair's, as read: a step saved on it checks nobody changed it since
    mentor_id: int = 0
    mentee_id: int = 0


def slug(text: str) -> str:
    """A file-name-safe form of a name: letters of any script kept, accents dropped."""
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[^\w]+", "-", kept).strip("-_").lower()[:40] or "x"


def long_date(value: date, language: str = "en") -> str:
    """A date as the agreement's language writes it in full (Babel's CLDR data, so "14
    de septiembre de 2026" in Spanish), never an English list of months."""
    try:
        return format_date(value, format="long", locale=language.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return format_date(value, format="long", locale="en")


def _signer(app: Application, role: str) -> Signer:
    detail = ", ".join(x for x in (app.job_title, app.department, app.organization) if x)
    return Signer(role=role, name=app.person.full_name, detail=detail, email=app.person.email)


def _formats(text: str | None) -> list[str]:
    return [f.strip().lower() for f in re.split(r"[,;/]", text or "") if f.strip()]


def _shared_formats(mentor: Application, mentee: Application) -> str:
    mentor_f, mentee_f = _formats(mentor.meeting_formats), _formats(mentee.meeting_formats)
    shared = [f for f in mentee_f if f in mentor_f] or mentee_f or mentor_f
    names = list(dict.fromkeys(_FORMATS.get(f, f) for f in shared))
    if not names:
        return "as we agree"
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


def _snapshot(pairing: Pairing, cohort: Cohort, rules: ProgramRules) -> AgreementData:
    mentor, mentee = pairing.mentor, pairing.mentee
    supervisors: list[Signer] = []
    if rules.supervisor_approval_required:
        # Program rules ask the applicant's supervisor to approve, so each one signs too.
        for app, of_role in ((mentee, "mentee"), (mentor, "mentor")):
            supervisors.append(
                Signer(
                    role="supervisor",
                    name=app.supervisor_name or "",
                    email=app.supervisor_email or "",
                    of_role=of_role,
                )
            )
    return AgreementData(
        pairing_id=pairing.id,
        program=cohort.program.name,
        preset=cohort.program.preset,
        cohort=cohort.name,
        start_date=pairing.started_on or cohort.start_date,
        end_date=cohort.end_date,
        terms=tuple((t.name, t.start_date, t.end_date) for t in cohort.terms),
        mentor=_signer(mentor, "mentor"),
        mentee=_signer(mentee, "mentee"),
        supervisors=tuple(supervisors),
        goals=(mentee.goals or "").strip(),
        emphasis_area=(pairing.emphasis_area or "").strip(),
        meeting_formats=_shared_formats(mentor, mentee),
        contact_email=cohort.program.contact_email or "",
        signed_on=pairing.agreement_signed_on,
        rules=rules.to_dict(),
    )


def _is_active_pair_of(cohort_id: int) -> Any:
    return (Pairing.cohort_id == cohort_id) & (Pairing.status == PairingStatus.ACTIVE)


def active_pair_count(session: Session, cohort_id: int) -> int:
    """How many agreements ``agreement_data`` will return: one count, no rows read."""
    query = select(func.count()).select_from(Pairing).where(_is_active_pair_of(cohort_id))
    return int(session.scalar(query) or 0)


def _active_pairings(session: Session, cohort_id: int) -> list[Pairing]:
    query = (
        select(Pairing)
        .where(_is_active_pair_of(cohort_id))
        .options(
            selectinload(Pairing.mentor).selectinload(Application.person),
            selectinload(Pairing.mentee).selectinload(Application.person),
        )
        .order_by(Pairing.id)
    )
    pairings = list(session.scalars(query))
    # Mentee name order is how the committee files the signed copies.
    pairings.sort(key=lambda p: (p.mentee.person.last_name.lower(), p.mentee.person.first_name))
    return pairings


def agreement_data(session: Session, cohort_id: int) -> list[AgreementData]:
    """A snapshot of every active pair of the cohort (a proposal not applied is not a pair)."""
    cohort = get_cohort(session, cohort_id)
    rules = program_rules(cohort.program)
    return [_snapshot(p, cohort, rules) for p in _active_pairings(session, cohort_id)]


def pairing_agreement_data(session: Session, pairing_id: int) -> AgreementData:
    pairing = session.get(Pairing, pairing_id)
    if pairing is None:
        raise NotFoundError(f"No pair with id {pairing_id}")
    return _snapshot(pairing, pairing.cohort, program_rules(pairing.cohort.program))


def _row(pairing: Pairing) -> AgreementRow:
    return AgreementRow(
        pairing_id=pairing.id,
        mentor=pairing.mentor.person.full_name,
        mentee=pairing.mentee.person.full_name,
        emphasis_area=pairing.emphasis_area or "",
        signed_on=pairing.agreement_signed_on,
        version=pairing.version,
        mentor_id=pairing.mentor_id,
        mentee_id=pairing.mentee_id,
    )


def agreement_rows(session: Session, cohort_id: int) -> list[AgreementRow]:
    """The cohort's active pairs with when their signed agreement came back, in the order
    the committee files the signed copies (``_active_pairings``'s)."""
    get_cohort(session, cohort_id)
    # Plain rows of the names, never ORM objects: the Reports area lists thousands of
    # pairs, and their pairs, applications and people as objects took seconds to read.
    rows = sorted(
        session.execute(
            pairs_named(Pairing.emphasis_area, Pairing.agreement_signed_on, Pairing.version)
            .where(Pairing.cohort_id == cohort_id, Pairing.status == PairingStatus.ACTIVE)
            .order_by(Pairing.id)
        ).all(),
        key=lambda r: (r[5].lower(), r[4]),  # the mentee's last name, then first name
    )
    return [
        AgreementRow(
            pairing_id=row[0],
            mentor=f"{row[7]} {row[8]}".strip(),
            mentee=f"{row[4]} {row[5]}".strip(),
            emphasis_area=row[10] or "",
            signed_on=row[11],
            version=row[12],
            mentor_id=row[1],
            mentee_id=row[2],
        )
        for row in rows
    ]


def set_agreement_signed(
    session: Session,
    pairing_id: int,
    signed_on: date | None,
    *,
    expected: AgreementRow | None = None,
) -> AgreementRow:
    """Record the day the pair's signed agreement came back (``None``: not back yet).

    ``expected``: the pair as the committee last saw or saved it (an undo or redo). The
    day is written only if the pair is still that pair (the same mentor and mentee, the
    same signed day, whatever its version); otherwise StaleEditError, and nothing is
    written: an undo never lands on a pair moved to another mentor meanwhile, nor
    overwrites another desk's day. The people and the day are compared even when the
    version matches: a pair brought back by an undo keeps its id but starts again at
    version 1, so a version alone can name another pair's state.
    """
    pairing = session.get(Pairing, pairing_id)
    if pairing is None:
        raise NotFoundError(
            f"The pair {expected.mentee} and {expected.mentor} is no longer there "
            "(another desk took it apart); nothing was changed"
            if expected is not None
            else f"No pair with id {pairing_id}"
        )
    if expected is not None:
        # A later version is still this step's pair when only what the agreement's day
        # does not depend on changed (a lock, say, set and undone here since).
        same_people = (pairing.mentor_id, pairing.mentee_id) == (
            expected.mentor_id,
            expected.mentee_id,
        )
        if not same_people or pairing.agreement_signed_on != expected.signed_on:
            now = _row(pairing)
            what = (
                Sentence("it is now %1 with %2", (now.mentee, now.mentor))
                if not same_people
                else Sentence("its signed day is now %1", (now.signed_on.isoformat(),))
                if now.signed_on
                else Sentence("its signed day is now empty")
            )
            raise StaleEditError(
                Sentence(
                    "The pair %1 and %2 was changed since (%3); "
                    "nothing was changed. Look at the agreements again",
                    (expected.mentee, expected.mentor, what),
                ),
                version=pairing.version,
            )
    if signed_on is not None and signed_on > date.today():
        raise ValidationError(
            f"The agreement of {pairing.mentee.person.full_name} and "
            f"{pairing.mentor.person.full_name} cannot come back signed on "
            f"{signed_on.isoformat()}, a day still to come",
            "agreement_signed_on",
        )
    pairing.agreement_signed_on = signed_on
    session.flush()
    return _row(pairing)


# --- the template ----------------------------------------------------------------------


@dataclass(frozen=True)
class Section:
    heading: str
    text: str
    when: str | None = None
    unless: str | None = None


@dataclass(frozen=True)
class AgreementTemplate:
    """The committee's agreement text (see resources/templates/agreement.toml)."""

    name: str  # the file name, for messages
    title: str
    subtitle: str
    #: The language the template is written in (BCP 47, e.g. "en", "es"): set in the PDF so
    #: screen readers and hyphenation use the right one.
    language: str
    parties: dict[str, str]
    signatures: dict[str, str]
    sections: tuple[Section, ...]


def template_path(preset: str | None) -> Path:
    """The program's own template when the committee has one, else the shared one."""
    if preset:
        own = resource_path("templates", f"agreement-{preset}.toml")
        if own.exists():
            return own
    return resource_path("templates", "agreement.toml")


@cache
def _load_template_cached(path: str, mtime: float) -> AgreementTemplate:
    name = Path(path).name
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise TemplateError(f"Cannot read the agreement template {path}: {exc.strerror}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise TemplateError(f"The agreement template {name} is not valid: {exc}") from exc
    sections = []
    for i, raw in enumerate(data.get("section", []), start=1):
        if not isinstance(raw, dict) or not isinstance(raw.get("text", ""), str):
            raise TemplateError(f"Section {i} of the agreement template {name} has no text")
        sections.append(
            Section(
                heading=str(raw.get("heading", "")),
                text=str(raw.get("text", "")),
                when=raw.get("when"),
                unless=raw.get("unless"),
            )
        )
    return AgreementTemplate(
        name=name,
        title=str(data.get("title", "Mentoring agreement")),
        subtitle=str(data.get("subtitle", "")),
        language=str(data.get("language", "en")),
        parties={str(k): str(v) for k, v in dict(data.get("parties", {})).items()},
        signatures={str(k): str(v) for k, v in dict(data.get("signatures", {})).items()},
        sections=tuple(sections),
    )


def load_template(path: Path) -> AgreementTemplate:
    try:
        mtime = path.stat().st_mtime
    except OSError as exc:
        raise TemplateError(f"Cannot read the agreement template {path}: {exc.strerror}") from exc
    return _load_template_cached(str(path), mtime)


def _and(items: list[str]) -> str:
    return (
        items[0]
        if len(items) == 1
        else ", ".join(items[:-1]) + " and " + items[-1]
        if items
        else ""
    )


def _times(n: int) -> str:
    return _TIMES.get(n, f"{n} times")


def _hours(value: Any) -> str:
    if not value:
        return ""
    low, high = (f"{float(v):g}" for v in value)
    return low if low == high else f"{low}–{high}"


def placeholders(data: AgreementData, language: str = "en") -> dict[str, Any]:
    """Every value a template may name, and every rule (for ``when``/``unless``)."""

    def in_full(value: date) -> str:
        return long_date(value, language)

    rules = ProgramRules.from_dict(data.rules)
    values: dict[str, Any] = dict(data.rules)
    values.update(
        program=data.program,
        cohort=data.cohort,
        start_date=in_full(data.start_date),
        end_date=in_full(data.end_date),
        length_text=_LENGTH_TEXT.get(rules.length, rules.length),
        period=(
            f"from {in_full(data.start_date)} {_LENGTH_TEXT['until_credential']}"
            if rules.length == "until_credential"
            else f"from {in_full(data.start_date)} to {in_full(data.end_date)}, "
            f"{_LENGTH_TEXT.get(rules.length, rules.length)}"
        ),
        evaluation_text=_and([_PHASES.get(p, p) for p in rules.evaluation_phases]),
        terms=", ".join(
            f"{name}: {in_full(start)} – {in_full(end)}" for name, start, end in data.terms
        ),
        mentor_name=data.mentor.name or BLANK,
        mentor_email=data.mentor.email,
        mentor_detail=data.mentor.detail,
        mentee_name=data.mentee.name or BLANK,
        mentee_email=data.mentee.email,
        mentee_detail=data.mentee.detail,
        goals=data.goals or BLANK,
        emphasis_area=data.emphasis_area or BLANK,
        meeting_formats=data.meeting_formats,
        min_meetings_text=_times(rules.min_meetings_per_term),
        mentee_hours=_hours(rules.mentee_hours_per_month),
        mentor_hours=_hours(rules.mentor_hours_per_month),
        max_rematches_text=_times(rules.max_rematches or 0),
        rematch_limited=rules.max_rematches is not None,
        contact=(
            f"the program committee ({data.contact_email})"
            if data.contact_email
            else "the program committee"
        ),
        focus_goals=rules.focus == "goals",
        goals_focus_agreed=rules.focus == "goals" and bool(data.emphasis_area),
        focus_emphasis_area=rules.focus == "emphasis_area",
        focus_credential=rules.focus == "credential",
        has_meeting_rule=bool(
            rules.initial_meeting_before_start
            or rules.min_meetings_per_term
            or rules.mentee_hours_per_month
            or rules.mentor_hours_per_month
        ),
        has_events=bool(
            rules.orientation_required
            or rules.workshop_count
            or rules.roundtable
            or rules.committee_calls
            or rules.ends_with_celebration
        ),
        pairing_id=data.pairing_id,
        today=in_full(date.today()),
    )
    return values


def fill(text: str, values: dict[str, Any], template: str, where: str) -> str:
    """``text`` with its placeholders filled; an unknown one is an error naming it."""
    out: list[str] = []
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError as exc:
        raise TemplateError(
            f"The agreement template {template} has a stray brace in {where} ({exc}); "
            "write {{ or }} for a literal brace"
        ) from exc
    for literal, name, spec, conversion in parsed:
        out.append(literal)
        if name is None:
            continue
        if name not in values or spec or conversion:
            shown = (
                "{"
                + name
                + (f"!{conversion}" if conversion else "")
                + (f":{spec}" if spec else "")
                + "}"
            )
            raise TemplateError(
                f"The agreement template {template} uses the placeholder {shown} in {where}, "
                f"which MentorDesk does not know; known placeholders: "
                f"{', '.join(sorted(k for k in values if not isinstance(values[k], (bool, list, dict))))}"
            )
        value = values[name]
        out.append(str(value) if value is not None else BLANK)
    return "".join(out)


def _condition(name: str | None, values: dict[str, Any], template: str, where: str) -> bool:
    if name is None:
        return True
    if name not in values:
        raise TemplateError(
            f"The agreement template {template} makes {where} depend on {name!r}, "
            "which is neither a rule nor a placeholder MentorDesk knows"
        )
    return bool(values[name])


def fill_agreement(data: AgreementData, template: AgreementTemplate) -> FilledAgreement:
    """The template's text for this pair, sections chosen by the rules, placeholders filled."""
    values = placeholders(data, template.language)
    name = template.name

    def f(text: str, where: str) -> str:
        return fill(text, values, name, where)

    blocks: list[Block] = []
    for i, section in enumerate(template.sections, start=1):
        where = f"section {i}" + (f" ({section.heading!r})" if section.heading else "")
        if not _condition(section.when, values, name, where):
            continue
        if section.unless is not None and _condition(section.unless, values, name, where):
            continue
        if section.heading:
            blocks.append(Block("heading", f(section.heading, where)))
        for paragraph in re.split(r"\n\s*\n", section.text.strip()):
            if not paragraph.strip():
                continue
            lines = [line.strip() for line in paragraph.splitlines()]
            if all(line.startswith("- ") for line in lines):
                blocks.extend(Block("bullet", f(line[2:], where)) for line in lines)
            else:
                blocks.append(Block("paragraph", f(" ".join(lines), where)))
    labels = template.parties
    parties: list[tuple[str, Signer]] = [
        (f(labels.get("mentor", "Mentor"), "the partners"), data.mentor),
        (f(labels.get("mentee", "Mentee"), "the partners"), data.mentee),
    ]
    for supervisor in data.supervisors:
        label = fill(
            labels.get("supervisor", "Supervisor of the {role}"),
            {**values, "role": supervisor.of_role},
            name,
            "the partners",
        )
        parties.append((label, supervisor))
    sig = template.signatures
    return FilledAgreement(
        title=f(template.title, "the title"),
        subtitle=f(template.subtitle, "the subtitle"),
        language=template.language,
        parties_heading=f(labels.get("heading", "The partners"), "the partners"),
        parties=tuple(parties),
        blocks=tuple(blocks),
        signatures_heading=f(sig.get("heading", "Signatures"), "the signatures"),
        signatures_text=f(sig.get("text", ""), "the signatures"),
        signature_label=sig.get("signature", "Signature"),
        date_label=sig.get("date", "Date"),
        empty=labels.get("empty", "—"),
    )


def filled_agreements(items: Iterable[AgreementData]) -> list[FilledAgreement]:
    return [fill_agreement(d, load_template(template_path(d.preset))) for d in items]
