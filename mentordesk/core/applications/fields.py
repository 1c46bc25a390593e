"""The fields of an application as the committee sees them, and how each value is parsed.

One catalogue serves the applicants table, the detail panel, the CLI's JSON, the
import wizard's mapping and in-place editing, so a field is described only here.
Parsing accepts values as people type them into forms ("Yes", "3 years", "15+").
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from enum import StrEnum
from typing import Any

from dateutil import parser as dateutil_parser

from mentordesk.core.errors import ValidationError
from mentordesk.core.storage.models import ApplicationStatus, Role


class Kind(StrEnum):
    TEXT = "text"  # one line
    LONGTEXT = "longtext"  # paragraphs (goals)
    LIST = "list"  # multi-choice answers, stored "a, b"
    EMAIL = "email"
    YEARS = "years"
    INTEGER = "integer"
    BOOLEAN = "boolean"
    DATETIME = "datetime"
    ROLE = "role"
    STATUS = "status"


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    kind: Kind
    on_person: bool = False  # stored on Person rather than Application
    required: bool = False
    editable: bool = True


FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("first_name", "First name", Kind.TEXT, on_person=True),
    FieldSpec("last_name", "Last name", Kind.TEXT, on_person=True),
    FieldSpec("email", "Email", Kind.EMAIL, on_person=True, required=True),
    FieldSpec("phone", "Phone", Kind.TEXT, on_person=True),
    FieldSpec("role", "Role", Kind.ROLE, required=True),
    FieldSpec("status", "Status", Kind.STATUS),
    FieldSpec("job_title", "Job title", Kind.TEXT),
    FieldSpec("department", "Department", Kind.TEXT),
    FieldSpec("organization", "Organization", Kind.TEXT),
    FieldSpec("employment_type", "Employment type", Kind.TEXT),
    FieldSpec("location", "Location", Kind.TEXT),
    FieldSpec("years_experience", "Years of experience", Kind.YEARS),
    FieldSpec("credentials", "Credentials", Kind.LIST),
    FieldSpec("membership_id", "Membership number", Kind.TEXT),
    FieldSpec("supervisor_name", "Supervisor", Kind.TEXT),
    FieldSpec("supervisor_email", "Supervisor email", Kind.EMAIL),
    FieldSpec("supervisor_approved", "Supervisor approved", Kind.BOOLEAN),
    FieldSpec("goals", "Goals", Kind.LONGTEXT),
    FieldSpec("interests", "Interests", Kind.LIST),
    FieldSpec("expertise", "Expertise", Kind.LIST),
    FieldSpec("meeting_formats", "Meeting formats", Kind.LIST),
    FieldSpec("capacity", "Mentee capacity", Kind.INTEGER),
    FieldSpec("requested_mentor", "Requested mentor", Kind.TEXT),
    FieldSpec("consent", "Consent", Kind.BOOLEAN),
    FieldSpec("wants_to_continue", "Would mentor again", Kind.BOOLEAN),
    FieldSpec("submitted_at", "Submitted", Kind.DATETIME),
    FieldSpec("notes", "Committee notes", Kind.LONGTEXT),
)

FIELDS_BY_NAME: dict[str, FieldSpec] = {f.name: f for f in FIELDS}

EMAIL_RE = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>]{2,}$")
_TRUE = {"yes", "y", "true", "t", "1", "x", "oui", "ja", "si", "sí", "agree", "i agree", "approved"}
_FALSE = {"no", "n", "false", "f", "0", "non", "nein", "disagree", "not approved"}
_ROLE_WORDS = {
    "mentor": Role.MENTOR,
    "mentors": Role.MENTOR,
    "mentee": Role.MENTEE,
    "mentees": Role.MENTEE,
    "protege": Role.MENTEE,
    "protégé": Role.MENTEE,
    "cmit": Role.MENTEE,
    "mentored": Role.MENTEE,
    "mentoring": Role.MENTOR,
}
_DATETIME_FORMATS = (
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d",
    "%m/%d/%Y %H:%M:%S",
    "%m/%d/%Y %H:%M",
    "%m/%d/%Y %I:%M:%S %p",
    "%m/%d/%Y %I:%M %p",
    "%m/%d/%Y",
    "%d.%m.%Y %H:%M",
    "%d.%m.%Y",
    "%Y/%m/%d %I:%M:%S %p",
    "%Y/%m/%d %H:%M:%S",
    "%d/%m/%Y %H:%M",
    "%Y/%m/%d %H:%M",
    "%Y/%m/%d",
    "%m/%d/%y %H:%M:%S",
    "%m/%d/%y %H:%M",
    "%m/%d/%y %I:%M:%S %p",
    "%m/%d/%y %I:%M %p",
    "%m/%d/%y",
    "%d %B %Y %H:%M",
    "%d %b %Y %H:%M",
    "%B %d, %Y %I:%M %p",
    "%b %d, %Y %I:%M %p",
    "%B %d, %Y",
    "%d %B %Y",
)
# Day-first readings of the same shapes, for a form whose dates say 31/12/2026.
_DAY_FIRST_FORMATS = tuple(
    f.replace("%m/%d/", "%d/%m/") for f in _DATETIME_FORMATS if f.startswith("%m/%d/")
)
# Google Forms writes "2026/03/14 9:41:07 AM GMT-4"; other forms "… UTC" or "… EST".
_ZONE_RE = re.compile(
    r"\s*(?:(?:GMT|UTC)\s*(?P<sign>[+-])(?P<h>\d{1,2})(?::?(?P<m>\d{2}))?|GMT|UTC|Z)$"
)


def normalize_email(text: str) -> str:
    return text.strip().lower()


def parse_email(text: str, label: str = "Email") -> str:
    value = normalize_email(text)
    if not EMAIL_RE.match(value):
        raise ValidationError(f"{label} {text.strip()!r} is not a valid email address")
    return value


#: Answers that say "not yet decided": no value, not a refusal ("Pending" approval).
PENDING_WORDS = frozenset(
    {"pending", "not yet", "n/a", "na", "tbd", "unknown", "awaiting", "in progress", "?", "-"}
)


def parse_boolean(text: str, label: str = "value") -> bool | None:
    """Yes or no as people answer it; None for "Pending", "Not yet", "N/A" (no answer yet)."""
    word = text.strip().lower().rstrip(".!")
    if word in PENDING_WORDS or word.startswith(("pending", "awaiting", "not yet")):
        return None
    if word in _TRUE:
        return True
    if word in _FALSE:
        return False
    # Forms phrase the choice as a sentence: "Yes, I agree to…", "I consent to…", "No – not yet".
    first = re.split(r"[\s,;:.!–—-]+", word, maxsplit=1)[0]
    if first in {"yes", "y", "oui", "ja", "sí", "si"} or word.startswith(
        ("i agree", "i consent", "i understand and agree", "i have read and agree")
    ):
        return True
    if first in {"no", "n", "non", "nein"} or word.startswith(
        ("i do not agree", "i don't agree", "i disagree", "not yet")
    ):
        return False
    raise ValidationError(f"{label}: {text.strip()!r} is neither yes nor no")


def parse_role(text: str) -> Role:
    """'Mentor', 'mentee', 'I would like to be mentored', 'Mentee – I'd like a mentor'…"""
    # The first role word wins: "Mentee (I would like a mentor)" is a mentee.
    for word in re.findall(r"[^\W\d_]+", text.lower()):
        if word in _ROLE_WORDS:
            return _ROLE_WORDS[word]
    raise ValidationError(f"Unknown role {text.strip()!r}: expected mentor or mentee")


_YEARS_RE = re.compile(r"^(?P<num>\d+(?:[.,]\d+)?)\s*(?P<plus>\+)?\s*(?:years?|yrs?|y)?\.?\s*$")


_MONTHS_RE = re.compile(r"^(?P<num>\d+(?:[.,]\d+)?)\s*(?:months?|mos?)\.?$")


def parse_years(text: str, label: str = "Years of experience") -> float:
    """'3', '2.5', '3 years', '15+', 'less than 1', '6 months', 'none' → a number of years."""
    word = " ".join(text.strip().lower().split())
    if word in {"none", "no experience", "0", "n/a", "new", "just started"}:
        return 0.0
    months = _MONTHS_RE.match(word)
    if months:
        return round(float(months.group("num").replace(",", ".")) / 12, 2)
    for more in ("more than ", "over ", "at least ", "> ", ">", "about ", "approximately ", "~"):
        if word.startswith(more):
            return parse_years(word[len(more) :], label)
    for less in ("less than ", "under ", "< ", "<"):
        if word.startswith(less):
            inner = parse_years(word[len(less) :], label)
            return max(0.0, inner / 2) if inner <= 1 else max(0.0, inner - 0.5)
    match = re.match(r"^(\d+)\s*[-–]\s*(\d+)\s*(?:years?|yrs?)?$", word)
    if match:  # a range "3-5 years": the lower bound is what we can vouch for
        return _check_years(float(match.group(1)), label)
    match = _YEARS_RE.match(word)
    if not match:
        if _YEARS_RE.match(word.removeprefix("-").lstrip()) and word.startswith("-"):
            raise ValidationError(f"{label}: {text.strip()!r} cannot be negative")
        raise ValidationError(f"{label}: {text.strip()!r} is not a number of years")
    return _check_years(float(match.group("num").replace(",", ".")), label)


MAX_YEARS = 80.0


def _check_years(years: float, label: str) -> float:
    if not math.isfinite(years) or years > MAX_YEARS:
        raise ValidationError(f"{label}: {years:g} is more years than a working life")
    return years


MAX_INTEGER = 10_000  # no count a form asks for (mentees per mentor) comes near this


def parse_integer(text: str, label: str) -> int:
    word = text.strip()
    match = re.fullmatch(r"\+?(\d{1,9})(?:[.,]0+)?", word)
    if not match:
        if re.fullmatch(r"-\d+(?:[.,]\d+)?", word):
            raise ValidationError(f"{label}: {word!r} is not a whole number of 0 or more")
        if re.fullmatch(r"\d+[.,]\d+", word):
            raise ValidationError(f"{label}: {word!r} is not a whole number of 0 or more")
        raise ValidationError(f"{label}: {word!r} is not a number")
    number = int(match.group(1))
    if number > MAX_INTEGER:
        raise ValidationError(f"{label}: {word} is more than MentorDesk accepts ({MAX_INTEGER:,})")
    return number


def parse_datetime(
    text: str, label: str = "Submitted", *, day_first: bool = False, zone: tzinfo | None = None
) -> datetime:
    """A timestamp as forms write it, in UTC; ``day_first`` reads 03/04 as 3 April (the file decides).

    A time with a zone ("GMT-5", "MST", "+02:00") is converted from it; a time without one
    is the cohort's local time (``zone``; UTC when not given).
    """
    word = " ".join(text.strip().split())
    try:
        return _in_utc(datetime.fromisoformat(word), zone)
    except ValueError:
        pass
    offset: timedelta | None = None
    zone_match = _ZONE_RE.search(word)
    if zone_match and zone_match.start() > 0:
        offset = timedelta(0)
        if zone_match.group("sign"):
            minutes = int(zone_match.group("h")) * 60 + int(zone_match.group("m") or 0)
            offset = timedelta(minutes=minutes if zone_match.group("sign") == "+" else -minutes)
        word = word[: zone_match.start()]
    formats = (*_DAY_FIRST_FORMATS, *_DATETIME_FORMATS) if day_first else _DATETIME_FORMATS
    # A file's timestamps share one format: try the one that worked last time first.
    last = _last_format.get(day_first)
    for fmt in (last, *formats) if last else formats:
        try:
            value = datetime.strptime(word, fmt)
        except ValueError:
            continue
        _last_format[day_first] = fmt
        return value - offset if offset is not None else _in_utc(value, zone)
    if not day_first and re.match(r"^\d{1,2}/\d{1,2}/", word):
        try:  # No month-first reading fits, so 31/12/2026 can only mean 31 December.
            return parse_datetime(text, label, day_first=True, zone=zone)
        except ValidationError:
            pass
    # Anything else ("Mar 14, 2026 9:05 AM", "2027/01/01 1:00:00 PM MST", "14 March 2026,
    # 09:05 CET") goes to dateutil, with the zone names forms print.
    try:
        value = dateutil_parser.parse(word, dayfirst=day_first, tzinfos=_ZONE_NAMES)
    except (ValueError, OverflowError, TypeError):
        raise ValidationError(
            f"{label}: {text.strip()!r} is not a date and time MentorDesk can read"
        ) from None
    if offset is not None and value.tzinfo is None:
        return value - offset
    return _in_utc(value, zone)


def _in_utc(value: datetime, zone: tzinfo | None) -> datetime:
    """A naive local time (in ``zone``) or an aware one, as naive UTC."""
    if value.tzinfo is None:
        if zone is None:
            return value
        value = value.replace(tzinfo=zone)
    return value.astimezone(UTC).replace(tzinfo=None)


# The zone names form tools print after a time, as fixed offsets in seconds.
_ZONE_NAMES: dict[str, int] = {
    name: hours * 3600
    for name, hours in (
        ("UTC", 0),
        ("GMT", 0),
        ("Z", 0),
        ("WET", 0),
        ("BST", 1),
        ("CET", 1),
        ("CEST", 2),
        ("WEST", 1),
        ("EET", 2),
        ("EEST", 3),
        ("MSK", 3),
        ("EST", -5),
        ("EDT", -4),
        ("CST", -6),
        ("CDT", -5),
        ("MST", -7),
        ("MDT", -6),
        ("PST", -8),
        ("PDT", -7),
        ("AKST", -9),
        ("AKDT", -8),
        ("HST", -10),
        ("AST", -4),
        ("ADT", -3),
        ("NST", -3),
        ("NDT", -2),
        ("AEST", 10),
        ("AEDT", 11),
        ("ACST", 9),
        ("AWST", 8),
        ("NZST", 12),
        ("NZDT", 13),
        ("JST", 9),
        ("KST", 9),
        ("SGT", 8),
        ("HKT", 8),
    )
}


_last_format: dict[bool, str] = {}


def dates_look_day_first(texts: Iterable[str]) -> bool:
    """Whether a column of slash dates is written day first (some first number above 12)."""
    for text in texts:
        match = re.match(r"^\s*(\d{1,2})/(\d{1,2})/\d{2,4}", text)
        if match and int(match.group(1)) > 12 >= int(match.group(2)):
            return True
    return False


def _to_utc_naive(value: datetime) -> datetime:
    return value.astimezone(UTC).replace(tzinfo=None)


def split_list(text: str) -> list[str]:
    """Multi-choice answers joined with ', ' or '; ' (or new lines) → the choices."""
    parts = re.split(r"\s*[;,\n]\s*", text.strip())
    seen: list[str] = []
    for part in parts:
        if part and part.lower() not in {p.lower() for p in seen}:
            seen.append(part)
    return seen


_DATETIME = Kind.DATETIME  # a module name: an Enum member's look-up costs 0.3 µs a cell


def parse_value(name: str, raw: Any, *, day_first: bool = False, zone: tzinfo | None = None) -> Any:
    """Turn what a person typed for field ``name`` into the stored value (None when blank)."""
    spec = FIELDS_BY_NAME.get(name)
    if spec is None:
        raise ValidationError(f"Unknown field {name!r}", name)
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        if spec.required:
            raise ValidationError(f"{spec.label} is required", name)
        return None
    try:
        if spec.kind is _DATETIME:
            if isinstance(raw, str):
                return parse_datetime(raw, spec.label, day_first=day_first, zone=zone)
            if isinstance(raw, datetime):
                return _in_utc(raw, zone)  # a spreadsheet's own date cell: the form's local time
        value = _parse(spec, raw)
        limit = _max_lengths().get(name)
        if isinstance(value, str) and limit is not None and len(value) > limit:
            # SQLite would store it, a shared PostgreSQL server would refuse the whole import.
            raise ValidationError(
                f"{spec.label} is {len(value)} characters long; at most {limit} fit"
            )
        return value
    except ValidationError as exc:
        exc.field = name
        raise


def _parse(spec: FieldSpec, raw: Any) -> Any:
    kind = spec.kind
    if type(raw) is str:  # a cell of a file: straight to its kind's reader (10,000 rows × 13)
        return _READERS[kind](raw, spec.label)
    if kind is Kind.BOOLEAN and isinstance(raw, bool):
        return raw
    if (
        kind in (Kind.YEARS, Kind.INTEGER)
        and isinstance(raw, int | float)
        and not isinstance(raw, bool)
    ):
        if raw < 0:
            raise ValidationError(f"{spec.label} cannot be negative")
        if kind is Kind.INTEGER:
            return parse_integer(str(raw), spec.label)
        return _check_years(float(raw), spec.label)
    if kind is Kind.DATETIME and isinstance(raw, datetime):
        return raw if raw.tzinfo is None else _to_utc_naive(raw)
    if kind is Kind.ROLE and isinstance(raw, Role):
        return raw
    if kind is Kind.STATUS and isinstance(raw, ApplicationStatus):
        return raw
    return _READERS[kind](str(raw), spec.label)


def _parse_status(text: str, _label: str) -> ApplicationStatus:
    try:
        return ApplicationStatus(text.strip().lower())
    except ValueError:
        choices = ", ".join(s.value for s in ApplicationStatus)
        raise ValidationError(f"Unknown status {text!r}: one of {choices}") from None


_READERS: dict[Kind, Callable[[str, str], Any]] = {
    Kind.TEXT: lambda text, _label: " ".join(text.split()),
    Kind.LONGTEXT: lambda text, _label: text.strip(),
    Kind.LIST: lambda text, _label: ", ".join(split_list(text)) or None,
    Kind.EMAIL: parse_email,
    Kind.YEARS: parse_years,
    Kind.INTEGER: parse_integer,
    Kind.BOOLEAN: parse_boolean,
    Kind.DATETIME: lambda text, label: parse_datetime(text, label),
    Kind.ROLE: lambda text, _label: parse_role(text),
    Kind.STATUS: _parse_status,
}


_LENGTHS: dict[str, int] = {}


def _max_lengths() -> dict[str, int]:
    """Each field's column length in the schema (text columns have none)."""
    if not _LENGTHS:
        from mentordesk.core.storage.models import Application, Person

        for table in (Person.__table__, Application.__table__):
            for column in table.columns:
                length = getattr(column.type, "length", None)
                if isinstance(length, int) and column.name in FIELDS_BY_NAME:
                    _LENGTHS[column.name] = length
    return _LENGTHS


def display_value(value: Any) -> str:
    """A stored value as the table shows it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, StrEnum):
        return value.value.replace("_", " ").capitalize()
    return str(value)
