"""The messages MentorDesk drafts for the pairs: introductions, reminders, evaluation requests.

Texts come from an editable template with placeholders (the program's own copy, else
``resources/templates/messages.toml``); each message is a plain ``Draft`` (recipients,
subject, body, attachments) that ``mail.py`` writes as an ``.eml`` draft or sends.
Nothing here sends anything: the committee looks first, then clicks.
"""

from __future__ import annotations

import string
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy.orm import Session

from mentordesk.core.calendar.events import list_events
from mentordesk.core.calendar.progress import year_progress
from mentordesk.core.documents.agreements import (
    fill_agreement,
    load_template,
    long_date,
    pairing_agreement_data,
    template_path,
)
from mentordesk.core.errors import NotFoundError, ValidationError
from mentordesk.core.matching.evaluations import PHASE_LABELS, program_forms
from mentordesk.core.matching.publishing import published_pairings
from mentordesk.core.paths import resource_path
from mentordesk.core.programs.cohorts import get_cohort, get_program, program_rules
from mentordesk.core.storage.models import Audience, Pairing, Program

KINDS = ("introduction", "reminder", "evaluation_request")
KIND_LABELS = {
    "introduction": "Introduction",
    "reminder": "Reminder",
    "evaluation_request": "Evaluation request",
}
_FOCUS_LABELS = {
    "emphasis_area": "Your emphasis area",
    "goals": "Your goals",
    "credential": "Working toward the credential",
}


@dataclass(frozen=True)
class MessageTemplate:
    subject: str
    body: str


@dataclass(frozen=True)
class Attachment:
    filename: str
    content: bytes
    mime: str = "application/pdf"


@dataclass(frozen=True)
class Draft:
    """One message as the committee previews it, before it is written or sent."""

    kind: str
    cohort_id: int
    pairing_id: int | None
    to: tuple[tuple[str, str], ...]  # (name, email)
    subject: str
    body: str
    cc: tuple[tuple[str, str], ...] = ()
    attachments: tuple[Attachment, ...] = field(default_factory=tuple)
    label: str = ""  # "Ana Ruiz & Ben Ode": what the dialog lists

    @property
    def recipients(self) -> list[str]:
        return [email for _, email in (*self.to, *self.cc)]

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "pairing_id": self.pairing_id,
            "pair": self.label,
            "to": [email for _, email in self.to],
            "cc": [email for _, email in self.cc],
            "subject": self.subject,
            "attachments": [a.filename for a in self.attachments],
        }


def default_templates() -> dict[str, MessageTemplate]:
    path = resource_path("templates", "messages.toml")
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return {k: MessageTemplate(data[k]["subject"], data[k]["body"].strip() + "\n") for k in KINDS}


def program_templates(program: Program) -> dict[str, MessageTemplate]:
    """The program's own texts where it has them, the shipped ones otherwise."""
    templates = default_templates()
    for kind, value in (program.message_templates or {}).items():
        if kind in KINDS and isinstance(value, dict):
            templates[kind] = MessageTemplate(
                str(value.get("subject", templates[kind].subject)),
                str(value.get("body", templates[kind].body)),
            )
    return templates


def templates_of_program(session: Session, program_id: int) -> dict[str, MessageTemplate]:
    """The texts the template editor starts from (the program's own, else the shipped ones)."""
    return program_templates(get_program(session, program_id))


def sample_values() -> dict[str, str]:
    """Every placeholder with an example value (to check a template the committee typed)."""
    names = [
        "program",
        "cohort",
        "start_date",
        "end_date",
        "mentor_name",
        "mentor_first_name",
        "mentor_email",
        "mentee_name",
        "mentee_first_name",
        "mentee_email",
        "supervisor_name",
        "focus",
        "focus_label",
        "meeting_plan",
        "contact",
        "events",
        "behind",
        "phase",
        "form",
        "recipient_first_name",
    ]
    return {n: f"<{n}>" for n in names}


def fill_message(text: str, values: dict[str, str], where: str) -> str:
    out = []
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError:
        raise ValidationError(
            f"The {where} has a stray brace; write {{{{ or }}}} for a literal brace"
        ) from None
    for literal, name, spec, conversion in parsed:
        out.append(literal)
        if name is None:
            continue
        if name not in values or spec or conversion:
            raise ValidationError(
                f"The {where} uses {{{name}}}, which MentorDesk does not know; known: "
                + ", ".join("{" + n + "}" for n in sorted(values))
            )
        out.append(values[name])
    return "".join(out)


def check_template(kind: str, template: MessageTemplate) -> None:
    """ValidationError naming the unknown placeholder or the stray brace, if any."""
    label = KIND_LABELS[kind].lower()
    if not template.subject.strip():
        raise ValidationError(f"The {label} needs a subject", "subject")
    if "\n" in template.subject.strip():
        raise ValidationError(f"The {label}'s subject must be one line", "subject")
    fill_message(template.subject, sample_values(), f"{label}'s subject")
    fill_message(template.body, sample_values(), f"{label}'s text")


def save_templates(
    session: Session, program_id: int, templates: dict[str, MessageTemplate]
) -> None:
    """Store the program's own texts (only those that differ from the shipped ones)."""
    for kind, template in templates.items():
        check_template(kind, template)
    shipped = default_templates()
    program = get_program(session, program_id)
    program.message_templates = {
        kind: {"subject": t.subject.strip(), "body": t.body}
        for kind, t in templates.items()
        if t != shipped[kind]
    } or None
    # A JSON column is compared by value; say it changed even when only nested text did.
    session.flush()


def _first(name: str) -> str:
    return (name.split() or [name])[0]


def _meeting_plan(rules: Any) -> str:
    parts = []
    if rules.initial_meeting_before_start:
        parts.append(
            "We recommend a first call before the year starts to talk about needs and set goals."
        )
    if rules.min_meetings_per_term:
        n = rules.min_meetings_per_term
        parts.append(f"Please meet at least {'once' if n == 1 else f'{n} times'} each term.")
    if rules.mentee_hours_per_month:
        low, high = rules.mentee_hours_per_month
        parts.append(f"Mentees can expect about {low:g}–{high:g} hours a month for the program.")
    if rules.orientation_required:
        parts.append("The orientation is mandatory for both of you.")
    if rules.mentee_min_workshops:
        parts.append(
            f"Mentees attend at least {rules.mentee_min_workshops} of the "
            f"{rules.workshop_count} workshops."
        )
    return " ".join(parts) or "Meet as often as you agree; keep in touch by email between meetings."


def _values(pairing: Pairing) -> dict[str, str]:
    cohort = pairing.cohort
    rules = program_rules(cohort.program)
    mentor, mentee = pairing.mentor, pairing.mentee
    focus = (pairing.emphasis_area or "").strip()
    if not focus and rules.focus == "goals":
        focus = (mentee.goals or "").strip()
    contact = cohort.program.contact_email
    return {
        "program": cohort.program.name,
        "cohort": cohort.name,
        "start_date": long_date(pairing.started_on or cohort.start_date),
        "end_date": long_date(cohort.end_date),
        "mentor_name": mentor.person.full_name,
        "mentor_first_name": _first(mentor.person.first_name or mentor.person.full_name),
        "mentor_email": mentor.person.email,
        "mentee_name": mentee.person.full_name,
        "mentee_first_name": _first(mentee.person.first_name or mentee.person.full_name),
        "mentee_email": mentee.person.email,
        "supervisor_name": mentee.supervisor_name or "",
        "focus": focus or "to be agreed at your first meeting",
        "focus_label": _FOCUS_LABELS.get(rules.focus, "Your focus"),
        "meeting_plan": _meeting_plan(rules),
        "contact": f"the program committee ({contact})" if contact else "the program committee",
        "events": "",
        "behind": "",
        "phase": "",
        "form": "",
        "recipient_first_name": "",
    }


def _pair_people(pairing: Pairing) -> tuple[tuple[str, str], ...]:
    return (
        (pairing.mentee.person.full_name, pairing.mentee.person.email),
        (pairing.mentor.person.full_name, pairing.mentor.person.email),
    )


def _label(pairing: Pairing) -> str:
    return f"{pairing.mentee.person.full_name} & {pairing.mentor.person.full_name}"


def _pairings(session: Session, cohort_id: int, pairing_ids: Iterable[int] | None) -> list[Pairing]:
    pairs = published_pairings(session, cohort_id)
    if pairing_ids is None:
        return pairs
    wanted = set(pairing_ids)
    chosen = [p for p in pairs if p.id in wanted]
    missing = wanted - {p.id for p in chosen}
    if missing:
        raise NotFoundError(
            f"{len(missing)} of the chosen pairs are not published (or have ended); "
            "publish them first"
        )
    return chosen


def introduction_drafts(
    session: Session, cohort_id: int, pairing_ids: Iterable[int] | None = None
) -> list[Draft]:
    """One introduction per published pair: both people (and the supervisor where the rules
    ask for approval), the agreement attached."""
    cohort = get_cohort(session, cohort_id)
    rules = program_rules(cohort.program)
    template = program_templates(cohort.program)["introduction"]
    agreement_template = load_template(template_path(cohort.program.preset))
    # ReportLab is loaded when drafts are written, not when the window starts (mail
    # settings import this module).
    from mentordesk.core.documents.agreement_pdf import agreement_pdf_bytes

    drafts = []
    for pairing in _pairings(session, cohort_id, pairing_ids):
        values = _values(pairing)
        cc: tuple[tuple[str, str], ...] = ()
        if rules.supervisor_approval_required and pairing.mentee.supervisor_email:
            cc = ((pairing.mentee.supervisor_name or "", pairing.mentee.supervisor_email),)
        data = pairing_agreement_data(session, pairing.id)
        pdf = agreement_pdf_bytes([fill_agreement(data, agreement_template)])
        drafts.append(
            Draft(
                kind="introduction",
                cohort_id=cohort_id,
                pairing_id=pairing.id,
                to=_pair_people(pairing),
                cc=cc,
                subject=fill_message(template.subject, values, "introduction's subject"),
                body=fill_message(template.body, values, "introduction's text"),
                attachments=(Attachment(f"{data.file_stem}.pdf", pdf),),
                label=_label(pairing),
            )
        )
    return drafts


def reminder_drafts(
    session: Session, cohort_id: int, *, today: date | None = None, days: int = 14
) -> list[Draft]:
    """A reminder to each published pair with an event in the coming ``days`` or behind the
    rules this term; pairs with nothing to remind are left alone."""
    today = today or date.today()
    cohort = get_cohort(session, cohort_id)
    template = program_templates(cohort.program)["reminder"]
    events = list_events(session, cohort_id, start=today, end=today + timedelta(days=days))
    behind: dict[int, list[str]] = {}
    for item in year_progress(session, cohort_id, today=today).attention:
        behind.setdefault(item.pairing_id, []).append(item.reason)
    drafts = []
    for pairing in _pairings(session, cohort_id, None):
        mine = [
            e
            for e in events
            if not e.cancelled
            and (
                e.pairing_id == pairing.id
                or (e.pairing_id is None and e.audience is not Audience.COMMITTEE)
            )
        ]
        reasons = behind.get(pairing.id, [])
        if not mine and not reasons:
            continue
        values = _values(pairing)
        if mine:
            lines = [
                f"  - {e.start:%A %d %B, %H:%M}: {e.title}"
                + (f" ({e.location})" if e.location else "")
                for e in mine
            ]
            values["events"] = "Coming up in the next days:\n" + "\n".join(lines) + "\n"
        if reasons:
            values["behind"] = (
                "Where the program's rules ask for more:\n"
                + "\n".join(f"  - {r}" for r in reasons)
                + "\n"
            )
        drafts.append(
            Draft(
                kind="reminder",
                cohort_id=cohort_id,
                pairing_id=pairing.id,
                to=_pair_people(pairing),
                subject=fill_message(template.subject, values, "reminder's subject"),
                body=fill_message(template.body, values, "reminder's text"),
                label=_label(pairing),
            )
        )
    return drafts


def evaluation_request_drafts(session: Session, cohort_id: int, phase: str) -> list[Draft]:
    """One request per evaluator the phase's forms ask (mentor, mentee, supervisor), with the
    form's questions in the text."""
    cohort = get_cohort(session, cohort_id)
    forms = [f for f in program_forms(cohort.program) if f.phase == phase]
    if not forms:
        raise ValidationError(
            f"The rules of {cohort.program.name!r} ask for no "
            f"{PHASE_LABELS.get(phase, phase)} evaluation",
            "phase",
        )
    template = program_templates(cohort.program)["evaluation_request"]
    drafts = []
    for pairing in _pairings(session, cohort_id, None):
        for form in forms:
            if form.evaluator == "supervisor":
                who = (pairing.mentee.supervisor_name or "", pairing.mentee.supervisor_email or "")
            else:
                app = pairing.mentor if form.evaluator == "mentor" else pairing.mentee
                who = (app.person.full_name, app.person.email)
            if not who[1]:
                continue
            values = _values(pairing)
            values["phase"] = PHASE_LABELS[phase]
            values["recipient_first_name"] = _first(who[0]) if who[0] else "colleague"
            values["form"] = "\n".join(
                f"{i}. {q.text}" + (" (1 = poor … 5 = excellent)" if q.kind == "rating" else "")
                for i, q in enumerate(form.questions, start=1)
            )
            drafts.append(
                Draft(
                    kind="evaluation_request",
                    cohort_id=cohort_id,
                    pairing_id=pairing.id,
                    to=(who,),
                    subject=fill_message(template.subject, values, "request's subject"),
                    body=fill_message(template.body, values, "request's text"),
                    label=f"{_label(pairing)} ({form.evaluator})",
                )
            )
    return drafts


def drafts_of_kind(
    session: Session,
    cohort_id: int,
    kind: str,
    phase: str = "",
    pairing_ids: Iterable[int] | None = None,
) -> list[Draft]:
    """The messages of one kind for the cohort: introductions (of ``pairing_ids``, or every
    published pair), reminders of the next days, or the evaluation requests of ``phase``."""
    if kind == "introduction":
        return introduction_drafts(session, cohort_id, pairing_ids)
    if kind == "reminder":
        return reminder_drafts(session, cohort_id)
    if kind == "evaluation_request":
        return evaluation_request_drafts(session, cohort_id, phase)
    raise ValidationError(f"Unknown kind of message {kind!r}", "kind")
