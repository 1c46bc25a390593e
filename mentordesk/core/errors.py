"""Errors a committee member can cause, each with a message meant for a person.

A message may be a ``Sentence`` (``core/sentences.py``): the command line prints its
English, the window says it in its own language (``gui/core_words.error_text``).
"""

from __future__ import annotations

from mentordesk.core.sentences import Sentence


class MentorDeskError(Exception):
    """An error a user can cause and fix; the GUI shows it, the CLI prints it."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        self.sentence = message if isinstance(message, Sentence) else None
        self.message = str(message)
        super().__init__(message)

    def __str__(self) -> str:
        return self.message


class NotFoundError(MentorDeskError):
    """A program, cohort, person or record the user named does not exist."""


class ConflictError(MentorDeskError):
    """The change would clash with data already there (a duplicate name, say)."""


class ValidationError(MentorDeskError):
    """A value the user typed is not acceptable; ``field`` says where."""

    def __init__(self, message: str, field: str | None = None) -> None:
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

    def __init__(self, message: str, other: object | None = None, version: int = 0) -> None:
        super().__init__(message)
        self.other = other
        self.version = version


class PairsChangedError(ConflictError):
    """A board change (an undo, a redo, an edit) met pairs changed since it was made or shown.

    ``mentee_ids``: whose pairs, so a window can show them as they are now. Exit status 3
    on the command line, like a stale edit: someone changed it since.
    """

    exit_code = 3

    def __init__(self, message: str, mentee_ids: tuple[int, ...] = ()) -> None:
        super().__init__(message)
        self.mentee_ids = mentee_ids


class StatusesChangedError(PairsChangedError):
    """A change (an undo, a redo, a decision on what a desk showed) met application statuses
    changed since: withdrawn, declined, accepted or waitlisted at another desk meanwhile.

    A kind of ``PairsChangedError`` because a mentee's status is part of the board as shown
    (a window that shows pairs again after a refusal shows these people too);
    ``application_ids`` names them, mentors or mentees.
    """

    @property
    def application_ids(self) -> tuple[int, ...]:
        return self.mentee_ids


class DecisionsChangedError(ConflictError):
    """An eligibility decision (an override and its note) changed since a step made it or a
    desk showed it; ``application_ids`` names whose. Exit status 3 on the command line."""

    exit_code = 3

    def __init__(self, message: str, application_ids: tuple[int, ...] = ()) -> None:
        super().__init__(message)
        self.application_ids = application_ids


class CohortClosedError(RuleViolation):
    """A change to a closed cohort: it is read-only until the committee reopens it."""
