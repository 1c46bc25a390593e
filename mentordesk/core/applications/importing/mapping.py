"""Which form question goes into which MentorDesk field: proposed from the question texts, saved with the program.

A mapping is ``{header: field_name}`` (``None`` or ``""`` = ignore the column). Fixed
answers give a field one value for every row (a form sent only to one organization's
staff never asks which organization). Mapping files and ``Program.import_mapping`` hold
``{"columns": {header: field}, "fixed": {field: value}}``; the flat ``{header: field}``
form of older files stays valid.

The columns form tools add around the questions (Google Forms, Microsoft Forms,
Typeform, Jotform: response ids, start and completion times, the anonymous respondent's
"Email" and "Name") are recognised, so they never take a field from the real question.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from mentordesk.core.applications.eligibility import rule_answers, rule_fields
from mentordesk.core.applications.fields import FIELDS, FIELDS_BY_NAME, parse_value
from mentordesk.core.errors import MentorDeskError, ValidationError
from mentordesk.core.programs.cohorts import get_cohort, get_program, program_rules

Mapping = dict[str, str | None]

#: Not a stored field: a "Name" column split into first and last name on import.
FULL_NAME = "full_name"

#: Fields a form column can go into, in the order the wizard offers them. Status and the
#: committee's notes are the committee's own, not the applicant's answers.
IMPORT_FIELDS: tuple[str, ...] = (
    "first_name",
    "last_name",
    FULL_NAME,
    *(f.name for f in FIELDS if f.name not in {"first_name", "last_name", "status", "notes"}),
)


def field_label(name: str) -> str:
    if name == FULL_NAME:
        return "Full name (split into first and last)"
    return FIELDS_BY_NAME[name].label


def normalize(text: str) -> str:
    """A header as compared: no case, accents, punctuation or surrounding spaces."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w]+", " ", plain).replace("_", " ").split())


# Ordered: the first rule whose words all occur in a header decides, so specific rules
# ("supervisor email") come before general ones ("email"). A word also matches with a
# common ending, so "approv" matches "approved" and "approval" but "state" not "statement".
_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("submitted_at", ("timestamp",)),
    ("submitted_at", ("submitted",)),
    ("submitted_at", ("submission", "date")),
    ("submitted_at", ("completion", "time")),
    ("supervisor_approved", ("supervisor", "approv")),
    ("supervisor_approved", ("supervisor", "support")),
    ("supervisor_approved", ("supervisor", "agree")),
    ("supervisor_email", ("supervisor", "email")),
    ("supervisor_email", ("supervisor", "mail")),
    ("supervisor_name", ("supervisor",)),
    ("supervisor_name", ("manager", "name")),
    ("consent", ("consent",)),
    ("consent", ("i", "agree")),
    ("consent", ("agree", "to")),
    ("consent", ("privacy",)),
    ("consent", ("permission", "share")),
    ("requested_mentor", ("request", "mentor")),
    ("requested_mentor", ("prefer", "mentor")),
    ("requested_mentor", ("mentor", "in", "mind")),
    ("requested_mentor", ("particular", "mentor")),
    ("requested_mentor", ("specific", "mentor")),
    ("requested_mentor", ("mentor", "directory")),
    ("requested_mentor", ("mentor", "registry")),
    ("requested_mentor", ("someone", "mentor")),
    ("email", ("email",)),
    ("email", ("e", "mail")),
    ("email", ("courriel",)),
    ("first_name", ("first", "name")),
    ("first_name", ("given", "name")),
    ("first_name", ("forename",)),
    ("first_name", ("prenom",)),
    ("last_name", ("last", "name")),
    ("last_name", ("family", "name")),
    ("last_name", ("surname",)),
    ("last_name", ("nom", "de", "famille")),
    ("membership_id", ("member",)),
    ("phone", ("phone",)),
    ("phone", ("telephone",)),
    ("phone", ("mobile",)),
    ("phone", ("cell",)),
    ("capacity", ("how", "many", "mentee")),
    ("capacity", ("number", "of", "mentee")),
    ("capacity", ("capacity",)),
    ("role", ("mentor", "or", "mentee")),
    ("role", ("mentee", "or", "mentor")),
    ("role", ("applying", "as")),
    ("role", ("role", "in")),
    ("role", ("participate", "as")),
    ("role", ("role",)),
    ("years_experience", ("years",)),
    ("years_experience", ("how", "long")),
    ("years_experience", ("experience", "as")),
    ("credentials", ("credential",)),
    ("credentials", ("certification",)),
    ("credentials", ("certified",)),
    ("credentials", ("designation",)),
    ("credentials", ("licens",)),
    ("employment_type", ("employment",)),
    ("employment_type", ("staff", "or", "faculty")),
    ("employment_type", ("faculty", "or", "staff")),
    ("employment_type", ("appointment", "type")),
    ("employment_type", ("position", "type")),
    ("job_title", ("job", "title")),
    ("job_title", ("title",)),
    ("job_title", ("position",)),
    ("job_title", ("job",)),
    ("department", ("department",)),
    ("department", ("dept",)),
    ("department", ("unit",)),
    ("department", ("division",)),
    ("organization", ("organi",)),
    ("organization", ("institution",)),
    ("organization", ("employer",)),
    ("organization", ("campus",)),
    ("organization", ("company",)),
    ("organization", ("school",)),
    ("organization", ("university",)),
    ("location", ("location",)),
    ("location", ("city",)),
    ("location", ("where", "based")),
    ("location", ("where", "located")),
    ("location", ("time", "zone")),
    ("meeting_formats", ("meet",)),
    ("meeting_formats", ("format",)),
    ("meeting_formats", ("contact", "prefer")),
    ("goals", ("goal",)),
    ("goals", ("hope", "to")),
    ("goals", ("achieve",)),
    ("goals", ("gain",)),
    ("goals", ("why", "do", "you")),
    ("goals", ("what", "would", "you", "like")),
    ("goals", ("objective",)),
    ("goals", ("expect",)),
    ("expertise", ("expertise",)),
    ("expertise", ("strength",)),
    ("expertise", ("offer",)),
    ("expertise", ("skills", "share")),
    ("expertise", ("areas", "you", "can")),
    ("expertise", ("specialt",)),
    ("interests", ("interest",)),
    ("interests", ("topic",)),
    ("interests", ("subject",)),
    ("interests", ("areas",)),
    ("interests", ("focus",)),
    ("interests", ("emphasis",)),
    (FULL_NAME, ("full", "name")),
    (FULL_NAME, ("your", "name")),
    (FULL_NAME, ("name",)),
    (FULL_NAME, ("nom",)),
)


_ENDINGS = (
    "",
    "s",
    "es",
    "e",
    "ed",
    "d",
    "ing",
    "al",
    "als",
    "y",
    "ies",
    "ial",
    "ials",
    "ation",
    "ations",
    "ship",
    "ships",
    "er",
    "ers",
    "red",
    "ence",
    "ences",
    "ization",
    "isation",
    "zation",
    "sation",
    "ure",
    "ly",
)


def _words_match(header_words: list[str], wanted: tuple[str, ...]) -> bool:
    return all(
        any(word.startswith(w) and word[len(w) :] in _ENDINGS for word in header_words)
        for w in wanted
    )


#: Columns a form tool adds itself (normalized header -> the field it may fill, or None).
#: Google Forms: Timestamp, Email Address, Score. Microsoft Forms: ID, Start time,
#: Completion time, Email, Name, Last modified time. Typeform: #, Response Type,
#: Start/Stage/Submit Date (UTC), Network ID, Tags, Ending. Jotform: Submission Date,
#: Submission ID, Submission IP, Last Update Date, Edit Link.
TOOL_COLUMNS: dict[str, str | None] = {
    "timestamp": "submitted_at",
    "score": None,
    "total score": None,
    "id": None,
    "start time": None,
    "completion time": "submitted_at",
    "last modified time": None,
    "response type": None,
    "start date utc": None,
    "stage date utc": None,
    "submit date utc": "submitted_at",
    "network id": None,
    "tags": None,
    "ending": None,
    "submission date": "submitted_at",
    "submission id": None,
    "submission ip": None,
    "last update date": None,
    "edit link": None,
    "ip": None,
    "ip address": None,
    "user agent": None,
    "response id": None,
}
#: Microsoft Forms puts the respondent's account in "Email" and "Name" ("anonymous" when
#: the form does not record it); a question asking for them is the better source.
_MS_FORMS_SIGNATURE = frozenset({"id", "start time", "completion time"})
_RESPONDENT_COLUMNS = {"email": "email", "name": FULL_NAME}
_ANONYMOUS = frozenset({"anonymous", "anonyme", "anonym", "anónimo", ""})


def is_tool_column(header: str, headers: Sequence[str] = ()) -> bool:
    """Whether a column is one the form tool added (an id, a time, the respondent account)."""
    norm = normalize(header)
    if norm in TOOL_COLUMNS or (not norm and header.strip().startswith("#")):
        return True
    return norm in _RESPONDENT_COLUMNS and {normalize(h) for h in headers} >= _MS_FORMS_SIGNATURE


def propose_fields(header: str) -> list[str]:
    """The fields a form question may answer, most likely first."""
    norm = normalize(header)
    if norm in TOOL_COLUMNS:
        tool = TOOL_COLUMNS[norm]
        return [tool] if tool else []
    if not norm:
        return []
    found = [n for n in IMPORT_FIELDS if norm in {normalize(n), normalize(field_label(n))}]
    words = norm.split()
    for name, wanted in _RULES:
        if name not in found and _words_match(words, wanted):
            found.append(name)
    return found


def propose_field(header: str) -> str | None:
    """The field a form question most likely answers, or None."""
    return next(iter(propose_fields(header)), None)


def propose_mapping(
    headers: tuple[str, ...] | list[str],
    saved: Mapping | None = None,
    *,
    guess: bool = True,
    samples: dict[str, list[Any]] | None = None,
) -> Mapping:
    """A field (or None) for every header: the saved choice first, else a guess (unless ``guess`` is off).

    Each field goes to one column only; the first column that claims it keeps it, so a
    second "Email" column (a confirmation, say) stays ignored until the user says otherwise.
    A Microsoft Forms respondent column ("Email", "Name") only fills a field no question
    answers, and never when its answers are "anonymous" (``samples``: header -> cells).
    The result always passes ``check_mapping``'s name rule: never both Full name and
    First/Last name.
    """
    saved_norm = {normalize(h): f for h, f in (saved or {}).items()}
    mapping: Mapping = {}
    taken: set[str] = set()
    respondent: list[str] = []
    for header in headers:
        norm = normalize(header)
        if norm in saved_norm:
            chosen = saved_norm[norm] or None
            if chosen not in IMPORT_FIELDS:
                chosen = None
            if chosen in taken:
                chosen = None
        elif guess and norm in _RESPONDENT_COLUMNS and is_tool_column(header, headers):
            respondent.append(header)  # decided once every question has had its say
            chosen = None
        elif guess:
            chosen = next((f for f in propose_fields(header) if f not in taken), None)
        else:
            chosen = None
        if chosen is not None:
            taken.add(chosen)
        mapping[header] = chosen
    for header in respondent:
        wanted = _RESPONDENT_COLUMNS[normalize(header)]
        cells = (samples or {}).get(header, [])
        anonymous = bool(cells) and all(
            str(c).strip().casefold() in _ANONYMOUS for c in cells if c is not None
        )
        names_given = wanted == FULL_NAME and {"first_name", "last_name"} & taken
        if wanted not in taken and not anonymous and not names_given:
            mapping[header] = wanted
            taken.add(wanted)
    if FULL_NAME in taken and {"first_name", "last_name"} & taken:
        # The separate questions are the more precise answer; the wizard refuses both.
        for header, chosen in mapping.items():
            if chosen == FULL_NAME and normalize(header) not in saved_norm:
                mapping[header] = None
    return mapping


def check_mapping(mapping: Mapping) -> None:
    """Raise ValidationError for an unknown field, a field used twice, or no email column."""
    used: dict[str, str] = {}
    for header, name in mapping.items():
        if not name:
            continue
        if name not in IMPORT_FIELDS:
            raise ValidationError(f"Column {header!r} maps to unknown field {name!r}", header)
        if name in used:
            raise ValidationError(
                f"Columns {used[name]!r} and {header!r} both map to {field_label(name)}; "
                "choose one",
                header,
            )
        used[name] = header
    if "email" not in used:
        raise ValidationError("No column is mapped to Email; every application needs one", None)
    if FULL_NAME in used and ("first_name" in used or "last_name" in used):
        raise ValidationError(
            "Map either Full name or First name and Last name, not both", used[FULL_NAME]
        )


def mapping_from_json(data: Any, source: str = "the mapping") -> Mapping:
    """The column mapping of a mapping file, in either shape (with "columns"/"fixed" or flat)."""
    if isinstance(data, dict) and isinstance(data.get("columns"), dict):
        data = data["columns"]
    if not isinstance(data, dict):
        raise ValidationError(f"{source} is not a JSON object of {{column header: field name}}")
    mapping: Mapping = {}
    for header, name in data.items():
        if name is not None and not isinstance(name, str):
            raise ValidationError(f"In {source}, {header!r} maps to {name!r}, not a field name")
        if name and name not in IMPORT_FIELDS:
            raise ValidationError(
                f"In {source}, {header!r} maps to unknown field {name!r} "
                f"(fields: {', '.join(IMPORT_FIELDS)})"
            )
        mapping[str(header)] = name or None
    return mapping


#: Fields a fixed answer may give: not who the person is (email, name) or their role's
#: own column, which must come from each row.
FIXED_FIELDS: tuple[str, ...] = tuple(
    f for f in IMPORT_FIELDS if f not in {"email", "first_name", "last_name", FULL_NAME}
)


def fixed_from_json(data: Any, source: str = "the mapping") -> dict[str, str]:
    """The "fixed" answers of a mapping file ({} for the flat shape)."""
    if (
        not isinstance(data, dict)
        or "fixed" not in data
        or not isinstance(data.get("columns"), dict)
    ):
        return {}
    fixed = data["fixed"]
    if not isinstance(fixed, dict):
        raise ValidationError(f'In {source}, "fixed" is not a JSON object of {{field: value}}')
    return {str(k): "" if v is None else str(v) for k, v in fixed.items()}


def parse_fixed(raw: dict[str, Any]) -> dict[str, Any]:
    """Fixed answers as typed ({field: text}) -> stored values; a bad one says which and why."""
    out: dict[str, Any] = {}
    for name, text in raw.items():
        if name not in FIXED_FIELDS:
            if name in IMPORT_FIELDS:
                raise ValidationError(
                    f"{field_label(name)} cannot be a fixed answer; it must come from each row",
                    name,
                )
            raise ValidationError(
                f"Unknown field {name!r} for a fixed answer (fields: {', '.join(FIXED_FIELDS)})",
                name,
            )
        try:
            value = parse_value(name, text)
        except ValidationError as exc:
            raise ValidationError(f"Fixed answer {name}={text!r}: {exc.message}", name) from None
        if value is None:
            raise ValidationError(f"Fixed answer {name}= is empty; give a value", name)
        out[name] = value
    return out


def parse_set_options(items: Sequence[str]) -> dict[str, str]:
    """``FIELD=VALUE`` texts (the CLI's --set) -> {field: value}."""
    out: dict[str, str] = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise ValidationError(f"--set {item!r}: write FIELD=VALUE, e.g. organization=HSC")
        out[name.strip()] = value.strip()
    return out


@dataclass(frozen=True)
class MappingFile:
    """What a mapping file holds: the columns' fields and the fixed answers."""

    columns: Mapping
    fixed: dict[str, str] = field(default_factory=dict)


def load_mapping_file(path: str | Path) -> MappingFile:
    data = read_mapping_json(path)
    name = Path(path).name
    return MappingFile(mapping_from_json(data, name), fixed_from_json(data, name))


def load_mapping(path: str | Path) -> Mapping:
    return load_mapping_file(path).columns


def read_mapping_json(path: str | Path) -> dict[str, Any]:
    """A mapping file's JSON object as it is (evaluation imports check it against their own
    columns; applicant imports read its columns and fixed answers from it)."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise MentorDeskError(f"There is no mapping file {path}") from None
    except IsADirectoryError:
        raise MentorDeskError(f"{path} is a folder, not a mapping file") from None
    except UnicodeDecodeError:
        raise ValidationError(f"{path.name} is not a mapping file (not UTF-8 JSON text)") from None
    except OSError as exc:  # the reason, not Python's "[Errno 13] …: 'path'"
        raise MentorDeskError(
            f"Cannot read the mapping file {path}: {exc.strerror or exc}"
        ) from None
    except json.JSONDecodeError as exc:
        raise ValidationError(
            f"{path.name} is not valid JSON (line {exc.lineno}, column {exc.colno})"
        ) from None
    if not isinstance(data, dict):
        raise ValidationError(f"{path.name} is not a JSON object of {{column header: field name}}")
    return data


def save_mapping(mapping: Mapping, path: str | Path, fixed: dict[str, str] | None = None) -> None:
    path = Path(path)
    data: Any = {"columns": mapping, "fixed": fixed} if fixed else mapping
    try:
        path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    except OSError as exc:
        raise MentorDeskError(f"Cannot write the mapping file {path}: {exc.strerror}") from None


def program_mapping(session: Session, program_id: int) -> Mapping:
    """The mapping the program's last import used (empty for a first import)."""
    stored = get_program(session, program_id).import_mapping or {}
    try:
        return mapping_from_json(stored, "the program's saved mapping")
    except ValidationError:
        return {}  # an older mapping naming a retired field: start afresh, don't block


def program_fixed_answers(session: Session, program_id: int) -> dict[str, str]:
    """The fixed answers the program's last import gave (as typed)."""
    return fixed_from_json(get_program(session, program_id).import_mapping or {})


@dataclass(frozen=True)
class ImportSetting:
    """What an import into a cohort starts from, read in one snapshot (the wizard's first page)."""

    cohort_name: str
    timezone: str
    program_id: int
    #: The program's last mapping and fixed answers, offered again.
    mapping: Mapping
    fixed: dict[str, str]
    #: The fields the program's rules read, each with what the rule asks.
    rule_fields: dict[str, str]
    #: For those fields, the answers that pass the rule (offered as fixed answers).
    rule_answers: dict[str, list[str]] = field(default_factory=dict)


def import_setting(session: Session, cohort_id: int) -> ImportSetting:
    cohort = get_cohort(session, cohort_id)
    return ImportSetting(
        cohort_name=cohort.name,
        timezone=cohort.timezone,
        program_id=cohort.program_id,
        mapping=program_mapping(session, cohort.program_id),
        fixed=program_fixed_answers(session, cohort.program_id),
        rule_fields=rule_fields(program_rules(cohort.program)),
        rule_answers=rule_answers(program_rules(cohort.program)),
    )


def remember_mapping(
    session: Session, program_id: int, mapping: Mapping, fixed: dict[str, str] | None = None
) -> None:
    """Store the mapping with the program, keeping earlier years' headers the file didn't have."""
    program = get_program(session, program_id)
    stored = program.import_mapping or {}
    columns = dict(stored["columns"] if isinstance(stored.get("columns"), dict) else stored)
    columns.update(mapping)
    program.import_mapping = {"columns": columns, "fixed": dict(fixed or {})}
    session.flush()
