"""Finding the person a typed name means: accents, case, "Last, First" and small typos forgiven, ambiguity reported.

A mentee types the mentor they picked from the registry ("Ingrid Sorensen" for Ingrid
Sørensen, "Adams, Rosa"); an applicant types their supervisor's name. ``NameIndex`` is
built once over the people who could be meant (a cohort's mentors, a registry) and
resolves each typed name to one of them, or says that it is ambiguous or matches no one:
it never guesses between two people. The same folding finds possible duplicate
applications ("José Benítez" and "Jose Benitez").

Fuzzy matching is rapidfuzz's token-sort ratio (a well-kept C library); only the folding
of letters that Unicode does not decompose (ø, ł, ß, æ…) is written here, because no
library folds names the way a person reads them without also transliterating whole
scripts.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from rapidfuzz import fuzz, process
from sqlalchemy import select
from sqlalchemy.orm import Session

from mentordesk.core.sentences import Sentence
from mentordesk.core.storage.models import Application, ApplicationStatus, Person, Role

#: Fuzzy matches scoring below this (of 100) are not offered: "Ingrid Sorenson" is
#: Ingrid Sørensen (93), "Ingrid Larsen" is not (70).
FUZZY_THRESHOLD = 86.0
#: Two candidates scoring within this of each other are both plausible: ask, don't guess.
AMBIGUITY_MARGIN = 4.0

# Letters NFKD leaves whole; a person reading "Sorensen" for "Sørensen" folds them anyway.
_LETTERS = str.maketrans(
    {
        "ø": "o",
        "ł": "l",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "ı": "i",
        "ħ": "h",
        "ŀ": "l",
    }
)
_NOT_A_WORD = re.compile(r"[\W_]+")
_TITLES = frozenset({"dr", "mr", "mrs", "ms", "mx", "prof", "professor", "rev", "sir"})


def fold_text(text: str | None) -> str:
    """Lower case without accents or punctuation: 'Wiśniewski' and 'wisniewski' fold alike."""
    if not text:
        return ""
    plain = text.casefold()
    if not plain.isascii():  # most names are: they skip the decomposition (a big cohort's load)
        decomposed = unicodedata.normalize("NFKD", plain.translate(_LETTERS))
        plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        plain = plain.translate(_LETTERS)
    if plain.isascii() and plain.replace(" ", "").isalnum():
        return " ".join(plain.split())  # letters, digits and spaces only: nothing to take out
    return " ".join(_NOT_A_WORD.sub(" ", plain).split())


def name_words(text: str | None) -> list[str]:
    """A name's folded words in reading order: 'Adams, Rosa' gives ['rosa', 'adams']; titles go."""
    words: list[str] | None = None
    if text and text.isascii() and "," not in text:
        # Most names: plain letters and spaces, nothing to swap or take out (what the rest
        # would find, in one pass instead of five: a big cohort's load folds 20,000 of them).
        words = text.casefold().split()
        if not "".join(words).isalnum():
            words = None
    if words is None:
        raw = " ".join((text or "").split())
        if raw.count(",") == 1:
            last, _, first = raw.partition(",")
            if first.strip() and last.strip():
                raw = f"{first} {last}"
        words = fold_text(raw).split()
    while len(words) > 1 and words[0] in _TITLES:
        words = words[1:]
    return words


@lru_cache(maxsize=100_000)
def name_key(text: str | None) -> str:
    """What two spellings of one name share: folded words in sorted order (order-insensitive).

    Remembered: the Applicants table looks for duplicates again after each edit, and
    folding 20,000 names afresh would hold the window for half a second."""
    return " ".join(sorted(name_words(text)))


class Outcome(StrEnum):
    EXACT = "exact"  # the name (or email) as the person is recorded
    FOLDED = "folded"  # the same name once accents, case and order are set aside
    FUZZY = "fuzzy"  # a close spelling, above the threshold, with no rival
    AMBIGUOUS = "ambiguous"  # two or more people fit; the committee decides
    UNRESOLVED = "unresolved"  # nobody fits
    EMPTY = "empty"  # nothing was typed


@dataclass(frozen=True, slots=True)
class Candidate:
    """Someone a typed name may mean: any id the caller uses, the name as recorded, the email."""

    id: int
    name: str
    email: str = ""


@dataclass(frozen=True, slots=True)
class NameResolution:
    """What a typed name was resolved to, how, and the rivals when it is ambiguous."""

    typed: str
    outcome: Outcome
    candidate: Candidate | None = None
    score: float = 0.0
    rivals: tuple[Candidate, ...] = ()

    @property
    def resolved(self) -> bool:
        return self.candidate is not None

    @property
    def candidate_id(self) -> int | None:
        return self.candidate.id if self.candidate else None

    def describe(self, among: str | None = None) -> str:
        """The resolution in a sentence for the detail panel and the score's reason (a
        Sentence: the window says it in its language). ``among``: whom a name was looked
        for among, "the mentors" unless said."""
        typed = self.typed.strip()
        if self.outcome is Outcome.EMPTY:
            return Sentence("Nobody named")
        if self.outcome is Outcome.EXACT and self.candidate is not None:
            return f"{self.candidate.name}"
        if self.outcome is Outcome.FOLDED and self.candidate is not None:
            return Sentence("%1 (typed %2)", (self.candidate.name, repr(typed)))
        if self.outcome is Outcome.FUZZY and self.candidate is not None:
            return Sentence("%1 (typed %2, a close spelling)", (self.candidate.name, repr(typed)))
        if self.outcome is Outcome.AMBIGUOUS:
            names = [c.name for c in self.rivals]
            either = (
                Sentence("%1 or %2", (names[0], names[1]))
                if len(names) == 2
                else Sentence("%1 or %2 or %3", (names[0], names[1], names[2]))
                if len(names) == 3
                else " or ".join(names)
            )
            return Sentence("%1 could be %2; the committee decides", (repr(typed), either))
        return Sentence(
            "%1 matches no one among %2",
            (repr(typed), among if among is not None else Sentence("the mentors")),
        )


class NameIndex:
    """The people a typed name may mean, indexed once for many look-ups.

    Indexed at the first look-up, not when made: the Applicants area makes one of a
    cohort's mentors with every read (6,667 of them in a cohort of 20,000), and looks a
    name up only when someone selects an applicant.
    """

    def __init__(self, candidates: Iterable[Candidate]) -> None:
        self.candidates: list[Candidate] = list(candidates)
        self._by_email: dict[str, tuple[int, ...]] = {}
        self._by_exact: dict[str, tuple[int, ...]] = {}
        self._by_key: dict[str, tuple[int, ...]] = {}
        self._keys: list[str] = []
        self._indexed = False

    def _index(self) -> None:
        # Built whole, then put in place: two threads looking up at once build it twice.
        by_email: dict[str, list[int]] = {}
        by_exact: dict[str, list[int]] = {}
        by_key: dict[str, list[int]] = {}
        for i, c in enumerate(self.candidates):
            if c.email:
                by_email.setdefault(c.email.strip().casefold(), []).append(i)
            by_exact.setdefault(" ".join(c.name.split()).casefold(), []).append(i)
            key = name_key(c.name)
            if key:
                by_key.setdefault(key, []).append(i)
        # Positions in ``candidates`` as tuples of numbers, which the garbage collector
        # stops walking after its first look (an index of a cohort's 6,000 mentors kept
        # 20,000 lists for it to walk on every pass).
        self._by_email = {k: tuple(v) for k, v in by_email.items()}
        self._by_exact = {k: tuple(v) for k, v in by_exact.items()}
        self._by_key = {k: tuple(v) for k, v in by_key.items()}
        self._keys = list(self._by_key)
        self._indexed = True

    def resolve(self, typed: str | None) -> NameResolution:
        text = " ".join((typed or "").split())
        if not text:
            return NameResolution(text, Outcome.EMPTY)
        if not self._indexed:
            self._index()
        for table, lookup, outcome in (
            (self._by_email, text.casefold(), Outcome.EXACT),
            (self._by_exact, text.casefold(), Outcome.EXACT),
            (self._by_key, name_key(text), Outcome.FOLDED),
        ):
            found = _distinct(self.candidates[i] for i in table.get(lookup, ()))
            if len(found) == 1:
                return NameResolution(text, outcome, found[0], 100.0)
            if len(found) > 1:
                return NameResolution(text, Outcome.AMBIGUOUS, rivals=tuple(found))
        return self._fuzzy(text)

    def _fuzzy(self, text: str) -> NameResolution:
        key = name_key(text)
        if not key or not self._keys:
            return NameResolution(text, Outcome.UNRESOLVED)
        hits = process.extract(
            key,
            self._keys,
            scorer=fuzz.token_sort_ratio,
            score_cutoff=FUZZY_THRESHOLD - AMBIGUITY_MARGIN,
            limit=5,
        )
        if not hits or hits[0][1] < FUZZY_THRESHOLD:
            return NameResolution(text, Outcome.UNRESOLVED)
        best = hits[0][1]
        close = _distinct(
            self.candidates[i]
            for k, score, _ in hits
            if best - score <= AMBIGUITY_MARGIN
            for i in self._by_key[k]
        )
        if len(close) > 1:
            return NameResolution(text, Outcome.AMBIGUOUS, score=best, rivals=tuple(close))
        return NameResolution(text, Outcome.FUZZY, close[0], float(best))


def _distinct(found: Iterable[Candidate]) -> list[Candidate]:
    """One entry per candidate id (a name and an email may both point at one person)."""
    seen: dict[int, Candidate] = {}
    for c in found:
        seen.setdefault(c.id, c)
    return list(seen.values())


def resolve_name(typed: str | None, candidates: Sequence[Candidate]) -> NameResolution:
    """Resolve one typed name against a few candidates (build a ``NameIndex`` for many)."""
    return NameIndex(candidates).resolve(typed)


def possible_duplicates(people: Iterable[tuple[int, str, str]]) -> dict[int, str]:
    """Which applications may be one person twice: id -> why, from (id, full name, email).

    Names compare folded and in any order ("José Benítez", "Benitez, Jose"); emails compare
    without case. The reason names what they share, for the table's tooltip.
    """
    # Counted first (Counter counts in C), then grouped for the few shared ones: a cohort
    # of 20,000 has a handful of duplicates, and its load looks for them.
    listed = list(people)
    keys = [name_key(name) for _id, name, _email in listed]
    emails = [email.strip().casefold() if email else None for _id, _name, email in listed]
    named = Counter(key for key in keys if key)
    mailed = Counter(email for email in emails if email is not None)
    out: dict[int, str] = {}
    for (app_id, _name, _email), email in zip(listed, emails, strict=True):
        if email is not None and mailed[email] > 1:
            out[app_id] = "another application has the same email"
    by_name: dict[str, list[tuple[int, str]]] = {}
    for (app_id, name, _email), key in zip(listed, keys, strict=True):
        if key and named[key] > 1:
            by_name.setdefault(key, []).append((app_id, name))
    for group in by_name.values():
        for app_id, _name in group:
            others = sorted({name for other, name in group if other != app_id})
            spelled = ", ".join(others)
            out.setdefault(app_id, f"same name as {spelled}")
    return out


#: A mentor who withdrew or was declined is nobody a typed name should mean any more.
MENTORS_LEAVING = (ApplicationStatus.WITHDRAWN, ApplicationStatus.DECLINED)


def cohort_mentors(session: Session, cohort_id: int) -> NameIndex:
    """The cohort's mentors (not withdrawn or declined) as a name index keyed by application id."""
    rows = session.execute(
        select(Application.id, Person.first_name, Person.last_name, Person.email)
        .join(Person, Application.person_id == Person.id)
        .where(
            Application.cohort_id == cohort_id,
            Application.role == Role.MENTOR,
            Application.status.not_in(MENTORS_LEAVING),
        )
    )
    return NameIndex(
        Candidate(app_id, f"{first} {last}".strip() or email, email)
        for app_id, first, last, email in rows
    )
