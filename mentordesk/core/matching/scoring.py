"""How well a mentor suits a mentee: a weighted sum of named components in [0, 1], each with its reason.

Scoring is vectorized with numpy: a block of mentees against every mentor (a matrix), or
a list of pairs one by one (the optimizer's allowed pairs, the proposal's pairs). A pair's score depends only on the two applications,
the program's rules and the mentor's past evaluations, never on who else applied, so a
pair scored alone (the board's drag preview, a stored Pairing) matches the cohort's scoring.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import numpy as np

from mentordesk.core.applications.fields import split_list
from mentordesk.core.applications.names import Candidate, NameIndex, NameResolution, Outcome
from mentordesk.core.programs.rules import SCORE_COMPONENTS, ProgramRules
from mentordesk.core.sentences import Figure, Sentence

if TYPE_CHECKING:
    from scipy import sparse

#: What the committee reads for each component.
COMPONENT_LABELS: dict[str, str] = {
    "interests": "Interests and expertise",
    "goals": "Goals and expertise",
    "meeting_format": "Meeting format",
    "location": "Location",
    "department": "Department",
    "experience": "Experience gap",
    "requested": "Requested mentor",
    "evaluations": "Past evaluations",
}

#: A component whose answer is missing on the mentee's side tells nothing: neutral.
UNKNOWN = 0.5
#: Years more than the mentee at which the experience gap counts in full.
FULL_EXPERIENCE_GAP = 5.0

_STOPWORD_TEXT = """a about above after again all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further
    get got had has have having he her here hers him his how i if in into is it its itself just
    like me more most my myself new no nor not now of off on once only or other our ours out over
    own same she should so some such than that the their them then there these they this those
    through to too under until up very want was way we well were what when where which while who
    whom why will with would you your yours year years help better learn learning more
    improve develop developing grow growing work working role"""
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())
_WORD_RE = re.compile(r"[a-zà-ÿ]{3,}")
_FORMAT_WORDS = {
    "in person": "in person",
    "in-person": "in person",
    "inperson": "in person",
    "face to face": "in person",
    "face-to-face": "in person",
    "on site": "in person",
    "video": "video",
    "video call": "video",
    "zoom": "video",
    "teams": "video",
    "online": "video",
    "virtual": "video",
    "phone": "phone",
    "telephone": "phone",
    "phone call": "phone",
    "call": "phone",
    "email": "email",
    "e-mail": "email",
}
_REMOTE_FORMATS = frozenset({"video", "phone", "email"})


def normalize_tag(text: str) -> str:
    return " ".join(text.casefold().split())


def mentor_index(mentors: Sequence[Profile]) -> NameIndex:
    """The cohort's mentors as a name index whose candidate ids are their columns."""
    return NameIndex(Candidate(j, m.name, m.email) for j, m in enumerate(mentors))


def meeting_format_of(text: str) -> str:
    tag = normalize_tag(text)
    return _FORMAT_WORDS.get(tag, tag)


def _stem(word: str) -> str:
    # Plurals only: enough for "grants"/"grant" without a stemming library.
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def words_of(text: str) -> frozenset[str]:
    """The meaningful words of free text (lower-cased, no stop words, plurals folded)."""
    return (
        frozenset(_stem(w) for w in _WORD_RE.findall(text.casefold()) if w not in _STOPWORDS)
        - _STOPWORDS
    )


# One set for every application with the same answer: a cohort of 20,000 read for the
# board made 60,000 small sets, each walked by the garbage collector after the read.
@lru_cache(maxsize=8192)
def tags_of(text: str | None) -> frozenset[str]:
    return frozenset(normalize_tag(t) for t in split_list(text or "") if t.strip())


@lru_cache(maxsize=1024)
def formats_of(text: str | None) -> frozenset[str]:
    """The meeting formats an application names (in person, video…), as tags."""
    return frozenset(meeting_format_of(t) for t in tags_of(text))


@dataclass(frozen=True, slots=True)
class Profile:
    """What scoring and the hard rules need of one application (plain data, no session)."""

    id: int
    person_id: int
    name: str
    email: str
    department: str = ""
    location: str = ""
    years: float | None = None
    formats: frozenset[str] = frozenset()
    interests: frozenset[str] = frozenset()  # tags the mentee asks for / the mentor offers too
    expertise: frozenset[str] = frozenset()
    goals: str = ""
    interests_text: str = ""
    expertise_text: str = ""
    requested_mentor: str = ""
    supervisor_name: str = ""
    supervisor_email: str = ""
    capacity: int = 1
    eligible: bool = True
    eligibility_reasons: tuple[str, ...] = ()
    undecided: bool = False  # a rule's question was never asked: the committee decides first
    status: str = "submitted"

    @property
    def offered_tags(self) -> frozenset[str]:
        """A mentor's expertise and interests: what a mentee's interests are compared with."""
        return self.expertise | self.interests

    @property
    def offered_words(self) -> frozenset[str]:
        return words_of(" ".join([self.expertise_text, self.interests_text]))

    @property
    def interest_words(self) -> frozenset[str]:
        return words_of(self.interests_text)

    @property
    def goal_words(self) -> frozenset[str]:
        return words_of(self.goals)


@dataclass(frozen=True, slots=True)
class ComponentScore:
    """One component of one pair: its value in [0, 1], weight, share of the score, and why."""

    name: str
    label: str
    value: float
    weight: float  # normalized: the weights of a program sum to 1
    contribution: float  # value × weight
    reason: str


def effective_weights(rules: ProgramRules) -> dict[str, float]:
    """The rules' weights, normalized to sum 1, with evaluations off when the rules say so."""
    raw = {name: max(0.0, float(rules.weights.get(name, 0.0))) for name in SCORE_COMPONENTS}
    if not rules.evaluations_inform_matching:
        raw["evaluations"] = 0.0
    total = sum(raw.values())
    if total <= 0:
        return dict.fromkeys(SCORE_COMPONENTS, 0.0)
    return {name: value / total for name, value in raw.items()}


def _incidence(
    sets: Sequence[frozenset[str]], vocabulary: dict[str, int], scale: np.ndarray
) -> sparse.csr_matrix:
    """Rows of 0/1 membership, row i scaled by scale[i]."""
    rows: list[int] = []
    cols: list[int] = []
    for i, items in enumerate(sets):
        for item in items:
            rows.append(i)
            cols.append(vocabulary.setdefault(item, len(vocabulary)))
    data = scale[np.asarray(rows, dtype=np.int64)].astype(np.float32)
    from scipy import sparse  # loaded when matching runs, not at start-up

    return sparse.csr_matrix((data, (rows, cols)), shape=(len(sets), max(len(vocabulary), 1)))


def _sizes(sets: Sequence[frozenset[str]]) -> np.ndarray:
    return np.array([len(s) for s in sets], dtype=np.float64)


def _inverse(values: np.ndarray) -> np.ndarray:
    return np.divide(1.0, values, out=np.zeros_like(values), where=values > 0)


def mentor_ratings(ratings: Mapping[int, Sequence[int]], mentors: Sequence[Profile]) -> np.ndarray:
    """Average past rating (1–5) per mentor as [0, 1], NaN where the mentor has none."""
    out = np.full(len(mentors), np.nan)
    for j, mentor in enumerate(mentors):
        given = ratings.get(mentor.person_id)
        if given:
            out[j] = (sum(given) / len(given) - 1.0) / 4.0
    return out


@dataclass
class ScoreTable:
    """Scores of every mentee (rows) with every mentor (columns), by component."""

    mentees: list[Profile]
    mentors: list[Profile]
    weights: dict[str, float]
    components: dict[str, np.ndarray]  # name -> float32 (mentees × mentors)
    total: np.ndarray  # float64 (mentees × mentors), Σ weight × component, in [0, 1]
    requested: np.ndarray  # bool: the mentee asked for this mentor
    ratings: np.ndarray  # per mentor: past rating in [0, 1] or NaN
    rating_counts: dict[int, int] = field(default_factory=dict)  # person id -> evaluations
    # Per mentee: which mentor (column) the typed request was resolved to, and how.
    request_resolutions: list[NameResolution] = field(default_factory=list)

    def request_of(self, i: int) -> NameResolution:
        if i < len(self.request_resolutions):
            return self.request_resolutions[i]
        return NameResolution(self.mentees[i].requested_mentor, Outcome.UNRESOLVED)

    @property
    def shape(self) -> tuple[int, int]:
        return len(self.mentees), len(self.mentors)

    def components_of(self, i: int, j: int) -> dict[str, float]:
        return {name: round(float(self.components[name][i, j]), 4) for name in SCORE_COMPONENTS}

    def weights_for(self, mentee: Profile) -> dict[str, float]:
        """The weights a mentee's scores use: without a request, the others share its weight."""
        if mentee.requested_mentor or self.weights.get("requested", 0.0) >= 1.0:
            return dict(self.weights)
        rest = 1.0 - self.weights.get("requested", 0.0)
        out = {name: w / rest for name, w in self.weights.items()}
        out["requested"] = 0.0
        return out

    def explain(self, i: int, j: int) -> list[ComponentScore]:
        """Every component of the pair (mentee i, mentor j) with the reason in words."""
        mentee, mentor = self.mentees[i], self.mentors[j]
        weights = self.weights_for(mentee)
        out: list[ComponentScore] = []
        for name in SCORE_COMPONENTS:
            value = float(self.components[name][i, j])
            weight = weights.get(name, 0.0)
            out.append(
                ComponentScore(
                    name=name,
                    label=COMPONENT_LABELS[name],
                    value=value,
                    weight=weight,
                    contribution=value * weight,
                    reason=_reason(name, mentee, mentor, self, i, j, weight),
                )
            )
        return out


def _listing(items: Iterable[str], limit: int = 4) -> str:
    shown = sorted(items)
    text = ", ".join(shown[:limit])
    return text + ("…" if len(shown) > limit else "")


def _reason(
    name: str, mentee: Profile, mentor: Profile, table: ScoreTable, i: int, j: int, weight: float
) -> Sentence:
    """Why component ``name`` scores what it does for mentee ``i`` and mentor ``j``: a
    Sentence, which the window says in its language (names and listed words as written)."""
    if name == "interests":
        if not mentee.interests and not mentee.interest_words:
            return Sentence("The mentee listed no interests")
        if not mentor.offered_tags and not mentor.offered_words:
            return Sentence("The mentor listed no expertise or interests")
        shared = mentee.interests & mentor.offered_tags
        if shared:
            return Sentence("Both name %1", (_listing(shared),))
        words = mentee.interest_words & mentor.offered_words
        if words:
            return Sentence("Related words: %1", (_listing(words),))
        return Sentence("No interest of the mentee in the mentor's expertise")
    if name == "goals":
        if not mentee.goal_words:
            return Sentence("The mentee wrote no goals")
        words = mentee.goal_words & mentor.offered_words
        if words:
            return Sentence("Goals mention the mentor's %1", (_listing(words),))
        return Sentence("The mentee's goals share no words with the mentor's expertise")
    if name == "meeting_format":
        if not mentee.formats or not mentor.formats:
            return Sentence("Meeting formats not stated on both sides")
        common = mentee.formats & mentor.formats
        if common:
            return Sentence("Both can meet by %1", (_listing(common),))
        return Sentence(
            "No common format (mentee: %1; mentor: %2)",
            (_listing(mentee.formats), _listing(mentor.formats)),
        )
    if name == "location":
        if not mentee.location or not mentor.location:
            return Sentence("Location not stated on both sides")
        if normalize_tag(mentee.location) == normalize_tag(mentor.location):
            return Sentence("Both in %1", (mentor.location,))
        remote = mentee.formats & mentor.formats & _REMOTE_FORMATS
        if remote:
            return Sentence("%1 and %2, but both meet remotely", (mentee.location, mentor.location))
        return Sentence("%1 and %2", (mentee.location, mentor.location))
    if name == "department":
        if not mentee.department or not mentor.department:
            return Sentence("Department not stated on both sides")
        if normalize_tag(mentee.department) == normalize_tag(mentor.department):
            return Sentence("Both in %1", (mentor.department,))
        return Sentence("%1 and %2", (mentee.department, mentor.department))
    if name == "experience":
        if mentor.years is None:
            return Sentence("The mentor gave no years of experience")
        if mentee.years is None:
            return Sentence("Mentor has %1 years; the mentee gave none", (_years(mentor.years),))
        gap = mentor.years - mentee.years
        if gap <= 0:
            return Sentence(
                "Mentor has %1 years, no more than the mentee's %2",
                (_years(mentor.years), _years(mentee.years)),
            )
        return Sentence(
            "Mentor has %1 more years (%2 against %3)",
            (_years(gap), _years(mentor.years), _years(mentee.years)),
        )
    if name == "requested":
        if not mentee.requested_mentor:
            return Sentence("The mentee requested no one")
        resolution = table.request_of(i)
        if table.requested[i, j]:
            if resolution.outcome is Outcome.EXACT:
                return Sentence("The mentee asked for this mentor")
            return Sentence("The mentee asked for this mentor: %1", (resolution.describe(),))
        if resolution.candidate is not None:
            return Sentence("The mentee asked for %1", (resolution.describe(),))
        return Sentence(
            "The mentee asked for %1", (resolution.describe(Sentence("this cohort’s mentors")),)
        )
    if name == "evaluations":
        if weight == 0:
            return Sentence("The program's rules do not use past evaluations for matching")
        rating = table.ratings[j]
        if math.isnan(rating):
            return Sentence("No past evaluations of this mentor")
        count = table.rating_counts.get(mentor.person_id, 0)
        return Sentence("Rated %1 of 5 by %Ln past mentee(s)", (Figure(1 + 4 * rating, 1),), count)
    raise KeyError(name)


def _years(value: float) -> Figure | int:
    """Years as the profile gave them: 12, or 2.5 (the window puts its decimal mark in)."""
    if float(value).is_integer():
        return int(value)
    return Figure(value, 1 if round(value, 1) == value else 2)


@dataclass
class MenteeSide:
    """What scoring needs of a list of mentees, as arrays prepared once (row i: mentee i)."""

    tags: sparse.csr_matrix  # interests in the mentors' tag vocabulary, scaled 1/|tags|
    words: sparse.csr_matrix  # interest words, scaled 1/sqrt(|words|)
    goals: sparse.csr_matrix  # goal words, scaled 1/sqrt(|words|)
    has_tags: np.ndarray
    silent: np.ndarray  # neither interest tags nor words: interests unknown
    no_goals: np.ndarray
    formats: np.ndarray  # bit mask in the mentors' formats
    formats_stated: np.ndarray
    location: np.ndarray  # -1 unknown, -2 a place no mentor names
    department: np.ndarray
    years: np.ndarray
    requested: np.ndarray  # the requested mentor's column, -1 for none (or not found)
    asked_someone: np.ndarray

    def take(self, rows: np.ndarray) -> MenteeSide:
        """The same arrays for these rows (repeats allowed): one row per pair to score."""
        return MenteeSide(
            **{
                f: getattr(self, f)[rows]
                for f in (
                    "tags", "words", "goals", "has_tags", "silent", "no_goals", "formats",
                    "formats_stated", "location", "department", "years", "requested",
                    "asked_someone",
                )
            }
        )  # fmt: skip


class Scorer:
    """The mentor side of a cohort's scoring, prepared once, to score any mentees against it.

    The optimizer scores the cohort a block of mentees at a time and keeps only the pairs
    the hard rules allow (memory grows with them, never with mentees × mentors); the board
    scores one mentee's row on demand; both give the numbers of scoring the whole cohort
    at once, since a pair's score depends on the two applications alone.
    """

    def __init__(
        self,
        mentors: Sequence[Profile],
        rules: ProgramRules,
        ratings: Mapping[int, Sequence[int]] | None = None,
    ) -> None:
        ratings = ratings or {}
        self.mentors = list(mentors)
        self.rules = rules
        self.weights = effective_weights(rules)
        self.rating_counts = {pid: len(r) for pid, r in ratings.items()}
        m = len(self.mentors)
        # Vocabularies come from the mentors alone: a mentee's word no mentor uses can
        # never be shared, so leaving it out changes no overlap (set sizes still count it).
        self._tag_vocab: dict[str, int] = {}
        self._word_vocab: dict[str, int] = {}
        mentor_words = [p.offered_words for p in self.mentors]
        self._mentor_tags = _incidence(
            [p.offered_tags for p in self.mentors], self._tag_vocab, np.ones(m)
        ).T.tocsc()
        self._mentor_words = _incidence(
            mentor_words, self._word_vocab, np.sqrt(_inverse(_sizes(mentor_words)))
        ).T.tocsc()
        formats = sorted({f for p in self.mentors for f in p.formats})
        self._format_bit = {f: 1 << k for k, f in enumerate(formats[:62])}
        self._mentor_formats = np.array([self._format_mask(p) for p in self.mentors], np.int64)
        self._mentor_formats_stated = np.array([bool(p.formats) for p in self.mentors], bool)
        self._remote_bits = sum(self._format_bit.get(f, 0) for f in _REMOTE_FORMATS)
        self._location_codes: dict[str, int] = {}
        self._mentor_location = _mentor_codes(
            [normalize_tag(p.location) for p in self.mentors], self._location_codes
        )
        self._department_codes: dict[str, int] = {}
        self._mentor_department = _mentor_codes(
            [normalize_tag(p.department) for p in self.mentors], self._department_codes
        )
        self._mentor_years = np.array(
            [np.nan if p.years is None else p.years for p in self.mentors], dtype=np.float32
        )
        self._index = mentor_index(self.mentors)
        self.ratings = mentor_ratings(ratings, self.mentors)
        self._per_mentor_rating = np.where(np.isnan(self.ratings), UNKNOWN, self.ratings).astype(
            np.float32
        )

    def _format_mask(self, profile: Profile) -> int:
        return sum(self._format_bit.get(f, 0) for f in profile.formats)

    @property
    def mentor_names(self) -> NameIndex:
        """The mentors by name and email (candidate ids: their columns)."""
        return self._index

    def resolve_request(self, mentee: Profile) -> NameResolution:
        """Which mentor the mentee's request names (by email, or by name as people type
        it: accents, order, typos), and how sure that is."""
        return self._index.resolve(mentee.requested_mentor)

    def requested_mentor(self, mentee: Profile) -> int | None:
        """The column of the mentor the mentee asked for, or None."""
        if not mentee.requested_mentor.strip():
            return None
        return self.resolve_request(mentee).candidate_id

    def side(self, mentees: Sequence[Profile]) -> MenteeSide:
        """The mentees' arrays for scoring against these mentors."""
        tag_sets = [p.interests for p in mentees]
        word_sets = [p.interest_words for p in mentees]
        goal_sets = [p.goal_words for p in mentees]
        tag_count = _sizes(tag_sets)
        requested = [self.requested_mentor(p) for p in mentees]
        return MenteeSide(
            tags=_lookup(tag_sets, self._tag_vocab, _inverse(tag_count)),
            words=_lookup(word_sets, self._word_vocab, np.sqrt(_inverse(_sizes(word_sets)))),
            goals=_lookup(goal_sets, self._word_vocab, np.sqrt(_inverse(_sizes(goal_sets)))),
            has_tags=tag_count > 0,
            silent=(tag_count == 0) & (_sizes(word_sets) == 0),
            no_goals=_sizes(goal_sets) == 0,
            formats=np.array([self._format_mask(p) for p in mentees], dtype=np.int64),
            formats_stated=np.array([bool(p.formats) for p in mentees], dtype=bool),
            location=_mentee_codes(
                [normalize_tag(p.location) for p in mentees], self._location_codes
            ),
            department=_mentee_codes(
                [normalize_tag(p.department) for p in mentees], self._department_codes
            ),
            years=np.array([0.0 if p.years is None else p.years for p in mentees], np.float32),
            requested=np.array([-1 if j is None else j for j in requested], dtype=np.int64),
            asked_someone=np.array([bool(p.requested_mentor) for p in mentees], dtype=bool),
        )

    def table(self, mentees: Sequence[Profile]) -> ScoreTable:
        """Score these mentees against every mentor (dense: mentees × mentors)."""
        comps, total = self.components(self.side(mentees))
        resolutions = [self.resolve_request(p) for p in mentees]
        return ScoreTable(
            mentees=list(mentees),
            mentors=self.mentors,
            weights=self.weights,
            components=comps,
            total=total,
            requested=comps["requested"] > 0,
            ratings=self.ratings,
            rating_counts=self.rating_counts,
            request_resolutions=resolutions,
        )

    def components(
        self, side: MenteeSide, mentor_cols: np.ndarray | None = None
    ) -> tuple[dict[str, np.ndarray], np.ndarray]:
        """Every component and the total: of each row with every mentor (a matrix), or,
        given ``mentor_cols``, of row k with mentor ``mentor_cols[k]`` only (one per pair)."""
        pairwise = mentor_cols is not None
        cols = mentor_cols if mentor_cols is not None else slice(None)
        n = side.years.shape[0]
        m = len(self.mentors)
        shape: tuple[int, ...] = (n,) if pairwise else (n, m)

        def row(values: np.ndarray) -> np.ndarray:
            return values if pairwise else values[:, None]

        def col(values: np.ndarray) -> np.ndarray:
            return values[cols] if pairwise else values[None, :]

        def cols_where(mask: np.ndarray) -> tuple[Any, ...]:
            return (mask[cols],) if pairwise else (slice(None), mask)

        def overlap(left: sparse.csr_matrix, right: sparse.csc_matrix) -> np.ndarray:
            if pairwise:
                chosen = right[:, cols].T.tocsr()
                return np.asarray(left.multiply(chosen).sum(axis=1), np.float32).reshape(n)
            return np.asarray((left @ right).toarray(), dtype=np.float32)

        comps: dict[str, np.ndarray] = {}
        # Interests: coverage of the mentee's tags by the mentor's, blended with word similarity.
        coverage = overlap(side.tags, self._mentor_tags)
        word_sim = overlap(side.words, self._mentor_words)
        np.minimum(word_sim, 1.0, out=word_sim)  # rounding may overshoot 1 by an ulp
        coverage *= row(np.where(side.has_tags, 0.6, 0.0).astype(np.float32))
        word_sim *= row(np.where(side.has_tags, 0.4, 1.0).astype(np.float32))
        coverage += word_sim
        coverage[side.silent, ...] = UNKNOWN
        comps["interests"] = coverage

        # Goals: the mentee's goal words against what the mentor offers.
        goals = overlap(side.goals, self._mentor_words)
        np.minimum(goals, 1.0, out=goals)
        goals[side.no_goals, ...] = UNKNOWN
        comps["goals"] = goals

        # Meeting format: a common format, none, or not stated.
        common = row(side.formats) & col(self._mentor_formats)
        meeting = np.asarray(common != 0, dtype=np.float32)
        meeting[~side.formats_stated, ...] = UNKNOWN
        meeting[cols_where(~self._mentor_formats_stated)] = UNKNOWN
        comps["meeting_format"] = meeting

        # Location: same place (1), apart but both meet remotely (0.5), apart (0), unknown (0.5).
        location = np.asarray((common & self._remote_bits) != 0, dtype=np.float32)
        location *= 0.5
        location[row(side.location) == col(self._mentor_location)] = 1.0
        location[side.location == -1, ...] = UNKNOWN
        location[cols_where(self._mentor_location == -1)] = UNKNOWN
        comps["location"] = location

        # Department: the same department counts (program C's "someone in my department").
        department = np.asarray(
            row(side.department) == col(self._mentor_department), dtype=np.float32
        )
        department[side.department == -1, ...] = UNKNOWN
        department[cols_where(self._mentor_department == -1)] = UNKNOWN
        comps["department"] = department

        # Experience: more years than the mentee, in full from FULL_EXPERIENCE_GAP on.
        experience = np.asarray(col(self._mentor_years) - row(side.years), dtype=np.float32)
        experience /= FULL_EXPERIENCE_GAP
        np.clip(experience, 0.0, 1.0, out=experience)
        experience[cols_where(np.isnan(self._mentor_years))] = UNKNOWN
        comps["experience"] = experience

        # Requested mentor: by email or by name.
        if pairwise:
            requested = np.asarray(side.requested == mentor_cols, dtype=np.float32)
        else:
            requested = np.zeros(shape, dtype=np.float32)
            asked = np.flatnonzero(side.requested >= 0)
            requested[asked, side.requested[asked]] = 1.0
        comps["requested"] = requested

        # Past evaluations of the mentor by earlier mentees (the same for every mentee).
        comps["evaluations"] = np.broadcast_to(col(self._per_mentor_rating), shape)

        weights = self.weights
        total = np.zeros(shape, dtype=np.float32)
        for name in SCORE_COMPONENTS:
            if weights[name]:
                total += np.float32(weights[name]) * comps[name]
        total64 = total.astype(np.float64)
        # A mentee who asked for no one is scored on the other components alone.
        silent = ~side.asked_someone
        if weights["requested"] < 1.0 and silent.any():
            total64[silent, ...] /= 1.0 - weights["requested"]
        np.clip(total64, 0.0, 1.0, out=total64)
        return comps, total64


def _mentor_codes(values: Sequence[str], table: dict[str, int]) -> np.ndarray:
    """Integer codes for the mentors' categorical text; '' (unknown) is -1."""
    return np.array([table.setdefault(v, len(table)) if v else -1 for v in values], dtype=np.int64)


def _mentee_codes(values: Sequence[str], table: dict[str, int]) -> np.ndarray:
    """The mentees' codes in the mentors' table: -1 unknown, -2 a value no mentor has."""
    return np.array([table.get(v, -2) if v else -1 for v in values], dtype=np.int64)


def _lookup(
    sets: Sequence[frozenset[str]], vocabulary: Mapping[str, int], scale: np.ndarray
) -> sparse.csr_matrix:
    """Rows of membership in a fixed vocabulary (unknown items dropped), row i scaled."""
    rows: list[int] = []
    cols: list[int] = []
    for i, items in enumerate(sets):
        for item in items:
            k = vocabulary.get(item)
            if k is not None:
                rows.append(i)
                cols.append(k)
    data = scale[np.asarray(rows, dtype=np.int64)].astype(np.float32)
    from scipy import sparse  # loaded when matching runs, not at start-up

    return sparse.csr_matrix((data, (rows, cols)), shape=(len(sets), max(len(vocabulary), 1)))


def _product(left: sparse.csr_matrix, right_t: sparse.csr_matrix) -> np.ndarray:
    """left @ right_t as a dense float32 array (right_t: vocabulary × mentors)."""
    width = max(left.shape[1], 1)
    right = right_t
    if right.shape[0] != width:
        right = right.copy()
        right.resize((width, right.shape[1]))
    return np.asarray((left @ right).toarray(), dtype=np.float32)


def score_table(
    mentees: Sequence[Profile],
    mentors: Sequence[Profile],
    rules: ProgramRules,
    ratings: Mapping[int, Sequence[int]] | None = None,
) -> ScoreTable:
    """Score every mentee against every mentor, vectorized (2,000 × 1,000 in well under a second)."""
    return Scorer(mentors, rules, ratings).table(mentees)
