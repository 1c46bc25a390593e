"""Sentences the core says to a person, with their English words and values kept apart.

The command line prints a ``Sentence`` as the plain English string it is (it is a
``str``); the window, seeing a ``Sentence``, says it in its own language
(``gui/core_words.core_text``): it translates the words and puts in the values, counts
grouped as the language groups digits. Written by hand: gettext-style catalogues in the
core would need a second translation tool beside Qt Linguist, and the core never
imports Qt.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

_MARKER = re.compile(r"%(L?n|\d+)")


class Sentence(str):
    """English words with %1, %2… (Qt Linguist's markers), the values that fill them and,
    for words with %Ln, the count that picks the singular or the plural.

    A value is a name or other text (shown as it is), a count (an int: "1000" in
    English as Python writes it, "1,000" as a ``GroupedCount``; the window groups digits
    as its language does), a ``Figure`` (a score, a number of hours) or a Sentence of
    its own, a ``Word`` (one of the core's labels) or a ``Day``. A number that is neither
    (a row) is passed as text. The English of words
    with a count keeps its "(s)": the command line prints it as it always has, and the
    window's catalogues hold the singular and the plural.
    """

    words: str
    values: tuple[object, ...]
    how_many: int | None

    def __new__(
        cls, words: str, values: tuple[object, ...] = (), how_many: int | None = None
    ) -> Sentence:
        sentence = super().__new__(cls, fill_in(words, values, _english, how_many))
        sentence.words, sentence.values, sentence.how_many = words, values, how_many
        return sentence

    def __getnewargs__(self) -> tuple[str, tuple[object, ...], int | None]:  # type: ignore[override]
        return (self.words, self.values, self.how_many)


class GroupedCount(int):
    """A count the English groups by thousands ("and 1,000 more"), as the command line
    has always printed it there."""

    def __str__(self) -> str:
        return f"{int(self):,}"


@dataclass(frozen=True)
class Figure:
    """A number with decimals in a sentence: "13.300" in English, "13,300" in Spanish."""

    value: float
    places: int

    def __str__(self) -> str:
        return f"{self.value:.{self.places}f}"


class Word(str):
    """One of the core's own labels (a field's name, "Yes", a status as the table shows
    it) in a sentence: the window says it as it says the label elsewhere
    (``gui/core_words.WORDS``)."""


@dataclass(frozen=True)
class Day:
    """A day with its month's whole name: "20 October 2026" in English, "20 de octubre
    de 2026" in Spanish."""

    value: date

    def __str__(self) -> str:
        return f"{self.value:%d %B %Y}"


def joined(parts: Iterable[str]) -> str:
    """ "a; b; c" (reasons one after another), a Sentence when any part is one, so the
    window says each part in its language."""
    said = list(parts)
    if not any(isinstance(part, Sentence) for part in said):
        return "; ".join(said)
    out = said[0]
    for part in said[1:]:
        out = Sentence("%1; %2", (out, part))
    return out


def fill_in(
    words: str, values: tuple[object, ...], show: Callable[[object], str], how_many: int | None
) -> str:
    """``words`` with each %N replaced by ``show(values[N-1])`` and %Ln by the count, in
    one pass (a value that itself holds "%2" stays as it is)."""

    def value(marker: re.Match[str]) -> str:
        name = marker.group(1)
        if name in ("n", "Ln"):
            return show(how_many)
        return show(values[int(name) - 1])

    return _MARKER.sub(value, words)


def _english(value: object) -> str:
    return str(value)
