"""Evaluations of the pairs: the program's forms (data), answers entered or imported, results by question.

Forms come from the program (``Program.evaluation_forms``) or else from its preset's file in
``resources/evaluations``; the rules decide which phases are asked and whether supervisors
give feedback. A form's ``overall`` rating question is the evaluation's satisfaction rating,
which the summary reports and, where the rules say so, the mentor's evaluations component
of future matching reads. Imports reuse the application import's reader and header
matching, so a survey tool's CSV or XLSX export is read exactly as an application form's.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from mentordesk.core.applications.importing import Sheet, propose_field
from mentordesk.core.applications.importing.mapping import normalize, read_mapping_json
from mentordesk.core.errors import ConflictError, MentorDeskError, NotFoundError, ValidationError
from mentordesk.core.paths import resource_path
from mentordesk.core.programs.cohorts import get_cohort, program_rules
from mentordesk.core.programs.rules import PRESETS, ProgramRules
from mentordesk.core.progress import Progress, no_progress
from mentordesk.core.sentences import Sentence
from mentordesk.core.storage.audit_trail import last_changed_by
from mentordesk.core.storage.models import (
    Application,
    Evaluation,
    EvaluationPhase,
    EvaluatorRole,
    Pairing,
    PairingStatus,
    Person,
    Program,
    utcnow,
)

QUESTION_KINDS = ("rating", "text")
OVERALL = "overall"
PHASE_LABELS = {"midpoint": "mid-point", "final": "final", "closeout": "close-out"}
ROLE_LABELS = {"mentor": "mentor", "mentee": "mentee", "supervisor": "supervisor"}
#: The same, inside a sentence the window says in its language.
_PHASE_WORDS = {
    "midpoint": Sentence("mid-point"),
    "final": Sentence("final"),
    "closeout": Sentence("close-out"),
}
_ROLE_WORDS = {
    "mentor": Sentence("mentor"),
    "mentee": Sentence("mentee"),
    "supervisor": Sentence("supervisor"),
}
#: Import targets besides the questions (``q:<key>``).
EVALUATOR_EMAIL = "evaluator_email"
ABOUT_EMAIL = "about_email"
SUBMITTED_AT = "submitted_at"
COMMENTS = "comments"


@dataclass(frozen=True)
class Question:
    key: str
    text: str
    kind: str = "rating"  # rating: 1 (poor) to 5 (excellent); text: free answer


@dataclass(frozen=True)
class EvaluationForm:
    """What one kind of evaluator answers in one phase (about the pair, or about the other side)."""

    phase: str
    evaluator: str  # mentor, mentee, supervisor
    title: str
    questions: tuple[Question, ...]
    about: str | None = None  # "mentor"/"mentee": evaluates that person (mutual evaluation)

    @property
    def key(self) -> str:
        return f"{self.phase}/{self.evaluator}"

    def question(self, key: str) -> Question | None:
        return next((q for q in self.questions if q.key == key), None)

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "phase": self.phase,
            "evaluator": self.evaluator,
            "title": self.title,
            "questions": [{"key": q.key, "text": q.text, "kind": q.kind} for q in self.questions],
        }
        if self.about:
            data["about"] = self.about
        return data


def forms_from_json(data: Any, source: str) -> list[EvaluationForm]:
    """Forms from their JSON; a mistake names the form and question."""
    items = data.get("forms") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise ValidationError(f"{source} has no list of forms")
    forms = []
    for i, item in enumerate(items, start=1):
        where = f"form {i} of {source}"
        if not isinstance(item, dict):
            raise ValidationError(f"{where} is not an object")
        phase, evaluator = item.get("phase"), item.get("evaluator")
        if phase not in PHASE_LABELS:
            raise ValidationError(f"{where} has an unknown phase {phase!r}")
        if evaluator not in ROLE_LABELS:
            raise ValidationError(f"{where} has an unknown evaluator {evaluator!r}")
        about = item.get("about")
        if about not in (None, "mentor", "mentee") or about == evaluator:
            raise ValidationError(f"{where} evaluates {about!r}, not the other side of the pair")
        questions = []
        for q in item.get("questions") or []:
            kind = q.get("kind", "rating")
            if not q.get("key") or not q.get("text") or kind not in QUESTION_KINDS:
                raise ValidationError(f"{where} has a question without key or text: {q!r}")
            questions.append(Question(str(q["key"]), str(q["text"]), kind))
        if len({q.key for q in questions}) != len(questions):
            raise ValidationError(f"{where} asks two questions with the same key")
        forms.append(
            EvaluationForm(
                phase=phase,
                evaluator=evaluator,
                title=str(item.get("title") or f"{PHASE_LABELS[phase]} ({evaluator})"),
                questions=tuple(questions),
                about=about,
            )
        )
    return forms


def preset_forms(preset: str | None) -> list[EvaluationForm]:
    name = preset if preset in PRESETS else "association"
    path = resource_path("evaluations", f"{name}.json")
    return forms_from_json(json.loads(path.read_text(encoding="utf-8")), path.name)


def program_forms(program: Program) -> list[EvaluationForm]:
    """The forms this program asks, in the phases its rules name (supervisors where they say so)."""
    rules = program_rules(program)
    forms = (
        forms_from_json(program.evaluation_forms, f"the forms of {program.name!r}")
        if program.evaluation_forms
        else preset_forms(program.preset)
    )
    return [f for f in forms if _asked(f, rules)]


def _asked(form: EvaluationForm, rules: ProgramRules) -> bool:
    if form.phase not in rules.evaluation_phases:
        return False
    if form.evaluator == "supervisor" and not rules.supervisor_feedback:
        return False
    return not (form.about and not rules.mutual_evaluation)


def cohort_forms(session: Session, cohort_id: int) -> list[EvaluationForm]:
    return program_forms(get_cohort(session, cohort_id).program)


def find_form(forms: Iterable[EvaluationForm], phase: str, evaluator: str) -> EvaluationForm:
    for form in forms:
        if form.phase == phase and form.evaluator == evaluator:
            return form
    raise NotFoundError(
        f"The program has no {PHASE_LABELS.get(phase, phase)} evaluation for the {evaluator}"
    )


# --- recording answers --------------------------------------------------------------------


def _rating(value: Any, question: Question) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    text = str(value).strip()
    # Survey tools write "4", "4.0", "4 - Agree" or "4/5".
    head = text.split()[0].split("/")[0].rstrip(".-")
    try:
        number = float(head.replace(",", "."))
    except ValueError:
        words = {
            "strongly disagree": 1, "disagree": 2, "neutral": 3, "agree": 4, "strongly agree": 5,
            "very dissatisfied": 1, "dissatisfied": 2, "satisfied": 4, "very satisfied": 5,
            "poor": 1, "fair": 2, "good": 3, "very good": 4, "excellent": 5,
        }  # fmt: skip
        found = words.get(" ".join(text.casefold().split()))
        if found is None:
            raise ValidationError(_not_a_rating(question, text), question.key) from None
        return found
    if number != int(number) or not 1 <= number <= 5:
        raise ValidationError(_not_a_rating(question, text), question.key)
    return int(number)


def _not_a_rating(question: Question, text: str) -> str:
    return Sentence("%1: %2 is not a rating from 1 to 5", (repr(question.text), repr(text)))


def clean_answers(form: EvaluationForm, answers: dict[str, Any]) -> dict[str, Any]:
    """The answers as stored: ratings as whole numbers 1–5, texts trimmed, unknown keys refused."""
    clean: dict[str, Any] = {}
    for key, value in answers.items():
        question = form.question(key)
        if question is None:
            raise ValidationError(Sentence("%1 has no question %2", (form.title, repr(key))), key)
        if question.kind == "rating":
            rating = _rating(value, question)
            if rating is not None:
                clean[key] = rating
        else:
            text = str(value or "").strip()
            if text:
                clean[key] = text
    return clean


@dataclass(frozen=True)
class EvaluationEntry:
    """One evaluation to record: who, for which pair and phase, and the answers."""

    pairing_id: int
    phase: str
    evaluator: str
    answers: dict[str, Any]
    comments: str | None = None
    evaluator_name: str | None = None
    submitted_at: datetime | None = None
    #: ``checked``: the desk showed what was recorded (``replaces``: the answers and
    #: comments, None for nothing yet); another desk's evaluation recorded since is not
    #: replaced unseen. Unchecked: a resubmission replaces whatever is there (an import).
    replaces: tuple[dict[str, Any], str | None] | None = None
    checked: bool = False


def record_evaluation(session: Session, entry: EvaluationEntry) -> Evaluation:
    """Record (or replace: a resubmission) one evaluation of a pair."""
    pairing = session.get(Pairing, entry.pairing_id)
    if pairing is None:
        raise NotFoundError(f"No pair #{entry.pairing_id}")
    if entry.checked:
        _refuse_if_recorded_since(session, pairing, entry)
    form = find_form(program_forms(pairing.cohort.program), entry.phase, entry.evaluator)
    answers = clean_answers(form, entry.answers)
    if not answers and not (entry.comments or "").strip():
        raise ValidationError("The evaluation has no answers; fill in at least one question")
    evaluator_id = {"mentor": pairing.mentor_id, "mentee": pairing.mentee_id}.get(entry.evaluator)
    subject_id = {"mentor": pairing.mentor_id, "mentee": pairing.mentee_id}.get(form.about or "")
    name = entry.evaluator_name
    if entry.evaluator == "supervisor" and not name:
        name = pairing.mentee.supervisor_name
    existing = session.scalar(
        select(Evaluation).where(
            Evaluation.pairing_id == pairing.id,
            Evaluation.phase == EvaluationPhase(entry.phase),
            Evaluation.evaluator_role == EvaluatorRole(entry.evaluator),
        )
    )
    evaluation = existing or Evaluation(
        cohort_id=pairing.cohort_id,
        pairing_id=pairing.id,
        phase=EvaluationPhase(entry.phase),
        evaluator_role=EvaluatorRole(entry.evaluator),
    )
    evaluation.evaluator_id = evaluator_id
    evaluation.evaluator_name = name
    evaluation.subject_id = subject_id
    evaluation.rating = answers.get(OVERALL) if isinstance(answers.get(OVERALL), int) else None
    evaluation.answers = answers
    evaluation.comments = (entry.comments or "").strip() or None
    evaluation.submitted_at = entry.submitted_at or utcnow()
    if existing is None:
        session.add(evaluation)
    session.flush()
    return evaluation


def _pair_label(pairing: Pairing) -> str:
    return f"{pairing.mentee.person.full_name} & {pairing.mentor.person.full_name}"


def _refuse_if_recorded_since(session: Session, pairing: Pairing, entry: EvaluationEntry) -> None:
    now = stored_answers(session, pairing.id, entry.phase, entry.evaluator)
    if now == entry.replaces:
        return
    found = session.scalar(
        select(Evaluation.id).where(
            Evaluation.pairing_id == pairing.id,
            Evaluation.phase == EvaluationPhase(entry.phase),
            Evaluation.evaluator_role == EvaluatorRole(entry.evaluator),
        )
    )
    by = (
        last_changed_by(session, "evaluation", found, pairing.cohort.timezone)
        if found is not None
        else ""
    )
    what = "was recorded" if entry.replaces is None else "was changed"
    if now is None:
        what = "was removed"
    raise ConflictError(
        f"The {entry.phase} evaluation by the {entry.evaluator} of {_pair_label(pairing)} {what} "
        f"since you opened it{' (' + by + ')' if by else ''}; nothing was saved. Choose the "
        "pair again to see theirs"
    )


def stored_answers(
    session: Session, pairing_id: int, phase: str, evaluator: str
) -> tuple[dict[str, Any], str | None] | None:
    """The answers already recorded for this pair, phase and evaluator (for editing), or None."""
    found = session.scalar(
        select(Evaluation).where(
            Evaluation.pairing_id == pairing_id,
            Evaluation.phase == EvaluationPhase(phase),
            Evaluation.evaluator_role == EvaluatorRole(evaluator),
        )
    )
    if found is None:
        return None
    return dict(found.answers or {}), found.comments


# --- what is in, what is missing -------------------------------------------------------------


@dataclass(frozen=True)
class PairEvaluations:
    pairing_id: int
    label: str
    mentor: str
    mentee: str
    received: dict[str, int | None]  # "midpoint/mentee" -> overall rating (None: not rated)
    expected: tuple[str, ...]  # form keys this pair should return

    @property
    def missing(self) -> list[str]:
        return [k for k in self.expected if k not in self.received]

    def as_json(self) -> dict[str, Any]:
        return {
            "pairing_id": self.pairing_id,
            "pair": self.label,
            "received": self.received,
            "missing": self.missing,
        }


@dataclass(frozen=True)
class QuestionResult:
    phase: str
    evaluator: str
    key: str
    text: str
    answers: int
    average: float | None
    counts: tuple[int, int, int, int, int]  # ratings 1..5

    def as_json(self) -> dict[str, Any]:
        return {
            "phase": self.phase,
            "evaluator": self.evaluator,
            "question": self.key,
            "text": self.text,
            "answers": self.answers,
            "average": None if self.average is None else round(self.average, 2),
            "ratings": list(self.counts),
        }


@dataclass(frozen=True)
class CohortEvaluations:
    cohort: str
    forms: list[EvaluationForm]
    pairs: list[PairEvaluations]
    questions: list[QuestionResult] = field(default_factory=list)
    program: str = ""  # printed on the blank forms

    @property
    def received(self) -> int:
        return sum(len(p.received) for p in self.pairs)

    @property
    def expected(self) -> int:
        return sum(len(p.expected) for p in self.pairs)

    def as_json(self) -> dict[str, Any]:
        return {
            "cohort": self.cohort,
            "forms": [f.as_json() for f in self.forms],
            "received": self.received,
            "expected": self.expected,
            "pairs": [p.as_json() for p in self.pairs],
            "questions": [q.as_json() for q in self.questions],
        }


def _expected(form: EvaluationForm, mentee_has_supervisor: bool) -> bool:
    return mentee_has_supervisor if form.evaluator == "supervisor" else True


# Pairs are read as plain rows joined to their two people, never as ORM objects: loading the
# 6,667 pairs of a cohort of 20,000 with their mentors, mentees and people took about 4 s.
# The aliases are made once: a new ``aliased()`` per call leaves cycles for the collector.
_MENTOR, _MENTEE = aliased(Application), aliased(Application)
_MENTOR_PERSON, _MENTEE_PERSON = aliased(Person), aliased(Person)


def _full_name(first: str, last: str) -> str:
    """As ``Person.full_name`` says it."""
    return f"{first} {last}".strip()


def question_results(
    forms: Iterable[EvaluationForm],
    answered: Iterable[tuple[EvaluationPhase, EvaluatorRole, dict[str, Any] | None]],
) -> list[QuestionResult]:
    """The rating questions of ``forms`` with their answers summed, from each evaluation's
    phase, evaluator and answers."""
    answers_by_form: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for phase, evaluator, answers in answered:
        answers_by_form[(phase.value, evaluator.value)].append(answers or {})
    questions = []
    for form in forms:
        mine = answers_by_form.get((form.phase, form.evaluator), [])
        for q in form.questions:
            if q.kind != "rating":
                continue
            values = [int(v) for answers in mine if isinstance(v := answers.get(q.key), int)]
            counts = tuple(values.count(r) for r in range(1, 6))
            questions.append(
                QuestionResult(
                    phase=form.phase,
                    evaluator=form.evaluator,
                    key=q.key,
                    text=q.text,
                    answers=len(values),
                    average=sum(values) / len(values) if values else None,
                    counts=(counts[0], counts[1], counts[2], counts[3], counts[4]),
                )
            )
    return questions


def cohort_questions(session: Session, cohort_id: int) -> list[QuestionResult]:
    """The cohort's rating questions with their answers summed (what the summary reports),
    read as plain rows: no pair is needed for them."""
    cohort = get_cohort(session, cohort_id)
    return question_results(
        program_forms(cohort.program),
        session.execute(
            select(Evaluation.phase, Evaluation.evaluator_role, Evaluation.answers).where(
                Evaluation.cohort_id == cohort_id
            )
        ).all(),
    )


def cohort_evaluations(session: Session, cohort_id: int) -> CohortEvaluations:
    """Every pair that ran (active or completed) with the evaluations received and missing,
    and the answers summed by question."""
    cohort = get_cohort(session, cohort_id)
    forms = program_forms(cohort.program)
    pairings = session.execute(
        select(
            Pairing.id,
            _MENTEE_PERSON.first_name,
            _MENTEE_PERSON.last_name,
            _MENTOR_PERSON.first_name,
            _MENTOR_PERSON.last_name,
            _MENTEE.supervisor_email,
            _MENTEE.supervisor_name,
        )
        .join(_MENTEE, Pairing.mentee_id == _MENTEE.id)
        .join(_MENTEE_PERSON, _MENTEE.person_id == _MENTEE_PERSON.id)
        .join(_MENTOR, Pairing.mentor_id == _MENTOR.id)
        .join(_MENTOR_PERSON, _MENTOR.person_id == _MENTOR_PERSON.id)
        .where(
            Pairing.cohort_id == cohort_id,
            Pairing.status.in_((PairingStatus.ACTIVE, PairingStatus.COMPLETED)),
        )
        .order_by(Pairing.id)
    ).all()
    evaluations = session.execute(
        select(
            Evaluation.pairing_id,
            Evaluation.phase,
            Evaluation.evaluator_role,
            Evaluation.rating,
            Evaluation.answers,
        ).where(Evaluation.cohort_id == cohort_id)
    ).all()
    by_pair: dict[int, dict[str, int | None]] = defaultdict(dict)
    for pairing_id, phase, evaluator, rating, _answers in evaluations:
        if pairing_id is not None:
            by_pair[pairing_id][f"{phase.value}/{evaluator.value}"] = rating
    pairs = []
    for pairing_id, *names, supervisor_email, supervisor_name in pairings:
        mentee, mentor = _full_name(names[0], names[1]), _full_name(names[2], names[3])
        has_supervisor = bool(supervisor_email or supervisor_name)
        pairs.append(
            PairEvaluations(
                pairing_id=pairing_id,
                label=f"{mentee} & {mentor}",
                mentor=mentor,
                mentee=mentee,
                received=dict(by_pair.get(pairing_id, {})),
                expected=tuple(f.key for f in forms if _expected(f, has_supervisor)),
            )
        )
    pairs.sort(key=lambda r: r.label.casefold())
    questions = question_results(
        forms,
        ((phase, evaluator, answers) for _id, phase, evaluator, _rating, answers in evaluations),
    )
    return CohortEvaluations(
        cohort=cohort.name,
        forms=forms,
        pairs=pairs,
        questions=questions,
        program=cohort.program.name,
    )


# --- importing a survey tool's export -------------------------------------------------------

EvaluationMapping = dict[str, str | None]


def import_targets(forms: Iterable[EvaluationForm]) -> dict[str, str]:
    """Every column target an evaluation import knows, with its label."""
    targets = {
        EVALUATOR_EMAIL: "Evaluator's email",
        ABOUT_EMAIL: "Email of the person evaluated / the partner",
        SUBMITTED_AT: "Submitted at",
        COMMENTS: "Comments",
    }
    for form in forms:
        for q in form.questions:
            targets.setdefault(f"q:{q.key}", q.text)
    return targets


def propose_evaluation_mapping(
    headers: Iterable[str], forms: list[EvaluationForm], saved: EvaluationMapping | None = None
) -> EvaluationMapping:
    """A target for every header: the saved one, else the question whose text or key it is."""
    by_text: dict[str, str] = {}
    for form in forms:
        for q in form.questions:
            by_text.setdefault(normalize(q.text), f"q:{q.key}")
            by_text.setdefault(normalize(q.key), f"q:{q.key}")
    saved_norm = {normalize(h): t for h, t in (saved or {}).items()}
    targets = import_targets(forms)
    mapping: EvaluationMapping = {}
    taken: set[str] = set()
    for header in headers:
        norm = normalize(header)
        chosen: str | None
        if norm in saved_norm:
            chosen = saved_norm[norm] or None
        elif norm in by_text:
            chosen = by_text[norm]
        elif "email" in norm.split() and any(
            w in norm.split() for w in ("partner", "about", "evaluated")
        ):
            # "Your partner's email" names whom the answers are about, wherever it stands.
            chosen = ABOUT_EMAIL
        elif propose_field(header) == "email":
            chosen = EVALUATOR_EMAIL if EVALUATOR_EMAIL not in taken else ABOUT_EMAIL
        elif propose_field(header) == "submitted_at":
            chosen = SUBMITTED_AT
        elif any(w in norm.split() for w in ("comment", "comments", "anything")):
            chosen = COMMENTS
        elif any(w in norm.split() for w in ("partner", "mentee", "mentor")) and "email" in norm:
            chosen = ABOUT_EMAIL
        else:
            chosen = None
        if chosen is not None and (chosen in taken or chosen not in targets):
            chosen = None
        if chosen is not None:
            taken.add(chosen)
        mapping[header] = chosen
    return mapping


def load_evaluation_mapping(path: str | Path, forms: list[EvaluationForm]) -> EvaluationMapping:
    data = read_mapping_json(path)
    targets = import_targets(forms)
    mapping: EvaluationMapping = {}
    for header, target in data.items():
        if target is not None and not isinstance(target, str):
            raise ValidationError(f"In {Path(path).name}, {header!r} maps to {target!r}")
        if target and target not in targets:
            raise ValidationError(
                f"In {Path(path).name}, {header!r} maps to {target!r}, which is neither a "
                f"question of the program's forms nor one of {EVALUATOR_EMAIL}, {ABOUT_EMAIL}, "
                f"{SUBMITTED_AT}, {COMMENTS}"
            )
        mapping[str(header)] = target or None
    return mapping


@dataclass(frozen=True)
class EvaluationRowProblem:
    row: int  # as the spreadsheet numbers it (header = 1)
    reason: str

    def as_json(self) -> dict[str, Any]:
        return {"row": self.row, "reason": self.reason}


@dataclass(frozen=True)
class EvaluationImportResult:
    phase: str
    imported: int
    replaced: int
    problems: list[EvaluationRowProblem]
    dry_run: bool = False

    def as_json(self) -> dict[str, Any]:
        return {
            "phase": self.phase,
            "imported": self.imported,
            "replaced": self.replaced,
            "problems": [p.as_json() for p in self.problems],
            "dry_run": self.dry_run,
        }


def _people_by_email(session: Session, cohort_id: int) -> dict[str, list[Pairing]]:
    """Everyone who can answer an evaluation, by email: mentors, mentees, supervisors."""
    pairings = session.scalars(
        select(Pairing).where(
            Pairing.cohort_id == cohort_id,
            Pairing.status.in_((PairingStatus.ACTIVE, PairingStatus.COMPLETED)),
        )
    )
    found: dict[str, list[Pairing]] = defaultdict(list)
    for p in pairings:
        for email in (p.mentor.person.email, p.mentee.person.email, p.mentee.supervisor_email):
            if email:
                found[email.strip().lower()].append(p)
    return found


def _evaluator_role(pairing: Pairing, email: str) -> str:
    if pairing.mentee.person.email == email:
        return "mentee"
    if pairing.mentor.person.email == email:
        return "mentor"
    return "supervisor"


def import_evaluations(
    session: Session,
    cohort_id: int,
    sheet: Sheet,
    phase: str,
    mapping: EvaluationMapping,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> EvaluationImportResult:
    """Record a phase's evaluations from a survey export: all valid rows, every problem by row.

    The evaluator is found by email among the pairs' mentors, mentees and supervisors; a
    mentor with several mentees (or a supervisor of several) names the partner in a second
    email column. Nothing is written when the caller's transaction rolls back (dry run).
    """
    progress = progress or no_progress()
    if phase not in PHASE_LABELS:
        raise ValidationError(f"Unknown phase {phase!r}; choose midpoint or closeout", "phase")
    cohort = get_cohort(session, cohort_id)
    forms = [f for f in program_forms(cohort.program) if f.phase == phase]
    if not forms:
        raise ValidationError(
            f"The rules of {cohort.program.name!r} ask for no {PHASE_LABELS[phase]} evaluation",
            "phase",
        )
    columns = {t: sheet.headers.index(h) for h, t in mapping.items() if t and h in sheet.headers}
    if EVALUATOR_EMAIL not in columns:
        raise ValidationError(
            "No column is mapped to the evaluator's email; every answer needs one", None
        )
    if not any(t.startswith("q:") for t in columns):
        raise ValidationError("No column is mapped to a question of the program's forms", None)
    people = _people_by_email(session, cohort_id)
    existing = {
        (e.pairing_id, e.evaluator_role.value)
        for e in session.scalars(
            select(Evaluation).where(
                Evaluation.cohort_id == cohort_id, Evaluation.phase == EvaluationPhase(phase)
            )
        )
    }
    problems: list[EvaluationRowProblem] = []
    imported = replaced = 0
    total = len(sheet.rows)
    # sheet.numbers are the spreadsheet's own row numbers (the header is row 1).
    for index, (row, number) in enumerate(zip(sheet.rows, sheet.numbers, strict=True)):
        if index % 50 == 0:
            progress.step(index, total, f"Row {number}")

        def cell(target: str, row: Any = row) -> Any:
            i = columns.get(target)
            return row[i] if i is not None and i < len(row) else None

        email = str(cell(EVALUATOR_EMAIL) or "").strip().lower()
        if not email:
            problems.append(EvaluationRowProblem(number, Sentence("No evaluator email")))
            continue
        candidates = people.get(email, [])
        if not candidates:
            problems.append(
                EvaluationRowProblem(
                    number, Sentence("%1 is not in a pair of %2", (email, cohort.name))
                )
            )
            continue
        # A mentor may also supervise another pair's mentee: their own pair comes first.
        own = [p for p in candidates if _evaluator_role(p, email) != "supervisor"]
        candidates = own or candidates
        about = str(cell(ABOUT_EMAIL) or "").strip().lower()
        if len(candidates) > 1 and about:
            candidates = [
                p for p in candidates if about in (p.mentor.person.email, p.mentee.person.email)
            ]
        if len(candidates) != 1:
            problems.append(
                EvaluationRowProblem(
                    number,
                    Sentence(
                        "%1 is in several pairs; say which partner in the partner's email column",
                        (email,),
                    )
                    if candidates
                    else Sentence("%1 is not paired with %2", (email, about)),
                )
            )
            continue
        pairing = candidates[0]
        role = _evaluator_role(pairing, email)
        form = next((f for f in forms if f.evaluator == role), None)
        if form is None:
            problems.append(
                EvaluationRowProblem(
                    number,
                    Sentence(
                        "The program asks no %1 evaluation of the %2",
                        (_PHASE_WORDS[phase], _ROLE_WORDS[role]),
                    ),
                )
            )
            continue
        answers = {t[2:]: cell(t) for t in columns if t.startswith("q:") and form.question(t[2:])}
        submitted = cell(SUBMITTED_AT)
        try:
            entry = EvaluationEntry(
                pairing_id=pairing.id,
                phase=phase,
                evaluator=role,
                answers=answers,
                comments=str(cell(COMMENTS) or "") or None,
                submitted_at=submitted if isinstance(submitted, datetime) else None,
            )
            with session.begin_nested():
                record_evaluation(session, entry)
        except MentorDeskError as exc:
            problems.append(
                EvaluationRowProblem(
                    number, exc.sentence if exc.sentence is not None else exc.message
                )
            )
            continue
        if (pairing.id, role) in existing:
            replaced += 1
        else:
            imported += 1
            existing.add((pairing.id, role))
    progress.step(total, total, "Done")
    return EvaluationImportResult(phase, imported, replaced, problems, dry_run)
