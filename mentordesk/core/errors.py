"""Errors a committee member can cause, each with a message meant for a person.

A message may be a ``Sentence``: its English words and its values kept apart, so the
command line prints the English and the window says it in its own language (the GUI's
``core_words.error_text`` translates the words, then puts in the values).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

_MARKER = re.compile(r"%(\d+)")


@dataclass(frozen=True)
class Sentence:
    """English words with %1, %2… (Qt Linguist's markers) and the values that fill them.

    A value is a name or other text (shown as it is), a count (an int: "1,000" in
    English, as the window's language groups digits in the window) or a Sentence of its
    own. A number that is not a count (a row, an id) is passed as text.
    """

    words: str
    values: tuple[object, ...] = ()

    def __str__(self) -> str:
        return fill_in(self.words, self.values, _english)


def fill_in(words: str, values: tuple[object, ...], show: Callable[[object], str]) -> str:
    """``words`` with each %N replaced by ``show(values[N-1])``, in one pass (a value that
    itself holds "%2" stays as it is)."""
    return _MARKER.sub(lambda m: show(values[int(m.group(1)) - 1]), words)


def _english(value: object) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return str(value)


class MentorDeskError(Exception):
    """An error a user can cause and fix; the GUI shows it, the CLI prints it."""

    exit_code = 1

    def __init__(self, message: str | Sentence) -> None:
        self.sentence = message if isinstance(message, Sentence) else None
        self.message = str(message)
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message


class NotFoundError(MentorDeskError):
    """A program, cohort, person or record the user named does not exist."""


class ConflictError(MentorDeskError):
    """The change would clash with data already there (a duplicate name, say)."""


class ValidationError(MentorDeskError):
    """A value the user typed is not acceptable; ``field`` says where."""

    def __init__(self, message: str | Sentence, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class DatabaseError(MentorDeskError):
    """The database cannot be opened, read or upgraded."""

    exit_code = 2


class RuleViolation(MentorDeskError):
    """A change would break one of the program's hard rules."""


class Cancelled(MentorDeskError):
    """Long work was cancelled by the user; nothing was written."""


class StaleEditError(ConflictError):
    """A save or an undo read a record at a version someone has changed since.

    ``other`` describes that other change (who, when, each field old → new), so the
    person can keep theirs or apply their own again; nothing was overwritten.
    """

    exit_code = 3

    def __init__(
        self, message: str | Sentence, other: object | None = None, version: int = 0
    ) -> None:
        super().__init__(message)
        self.other = other
        self.version = version


class PairsChangedError(ConflictError):
    """A board change (an undo, a redo, an edit) met pairs changed since it was made or shown.

    ``mentee_ids``: whose pairs, so a window can show them as they are now.
    """

    def __init__(self, message: str | Sentence, mentee_ids: tuple[int, ...] = ()) -> None:
        super().__init__(message)
        self.mentee_ids = mentee_ids


class CohortClosedError(RuleViolation):
    """A change to a closed cohort: it is read-only until the committee reopens it."""
