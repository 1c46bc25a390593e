"""The one way the GUI reads and changes data: units of work, refusals shown, changes announced.

Every area, dialog and undo command goes through the window's ``Data`` (``context.data``);
none of them opens a unit of work or sees a database session. The pattern, after Anki's
``CollectionOp``/``QueryOp``:

- **Read**: ``rows = data.read(list_applications, cohort_id)``. The core service gets the
  session as its first argument; the GUI passes only the rest. A read that needs several
  services at once is a core function of its own (``load_board``, ``calendar_of``), so one
  snapshot serves the screen.
- **Change**: ``data.write(Change(Kind.APPLICATIONS, cohort_id, origin=self), set_statuses,
  ids, status, reason)`` runs the service in one transaction (the user action), then emits
  ``changed`` with the ``Change`` so every open area that shows those kinds of record for
  that cohort reloads itself. ``origin`` is the widget that made the change: it updates
  itself precisely and the base area skips its own changes.
- **Refusals**: ``read`` and ``write`` raise our ``MentorDeskError``; ``query`` and ``change``
  are the same calls that instead show the refusal to the user (``tell``: the one place
  that turns an error into a message) and return an ``Outcome`` that is false when refused.
  A widget that shows refusals its own way (a status line) defines ``show_refusal``.
- **Long work**: ``data.in_background(parent, title, work, on_done)`` runs ``work(progress)``
  in the thread pool with a progress dialog and Cancel (``gui/jobs.py``); ``work`` uses
  ``data.read``/``data.write`` like any other caller (both are thread-safe, and ``changed``
  reaches the areas on the GUI thread). An area reading a big cohort uses ``data.in_place``
  instead: no dialog, the area shows the progress itself (``gui/reading.py``).
- **Undo**: every undo step derives from ``mentordesk.gui.undo.DatabaseCommand`` and writes
  through ``data.write``; a step the database refuses is shown and dropped.
"""

from __future__ import annotations

import enum
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Concatenate, Generic, ParamSpec, Protocol, TypeVar, runtime_checkable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from mentordesk.core.errors import MentorDeskError
from mentordesk.core.progress import Progress
from mentordesk.core.storage.audit import OwnChanges
from mentordesk.core.storage.database import Database
from mentordesk.gui.core_words import error_text
from mentordesk.gui.jobs import Job, run_job, start_job

P = ParamSpec("P")
T = TypeVar("T")


class Kind(enum.Flag):
    """Which kinds of record a change touched (areas reload for the kinds they show)."""

    APPLICATIONS = enum.auto()  # people, answers, statuses, eligibility overrides
    PAIRINGS = enum.auto()  # pairs, their flags, rematches, exclusions
    AGREEMENTS = enum.auto()  # signed or not
    EVENTS = enum.auto()  # calendar events, attendance, meeting logs
    PROGRAMS = enum.auto()  # programs, cohorts, terms, rules
    EVERYTHING = APPLICATIONS | PAIRINGS | AGREEMENTS | EVENTS | PROGRAMS
    #: The mail server and message texts: read by the dialogs that use them, shown by no area.
    SETTINGS = enum.auto()


@dataclass(frozen=True)
class Change:
    """What one user action changed: kinds of record, in which cohort (None: any), by whom."""

    kinds: Kind
    cohort_id: int | None = None
    #: The widget that made the change (it shows the change itself); None: nobody in particular.
    origin: object | None = None
    #: Kept with the change in the audit log.
    note: str | None = None

    def concerns(self, kinds: Kind, cohort_id: int | None) -> bool:
        """True if an area showing ``kinds`` of ``cohort_id`` must reload for this change."""
        if not self.kinds & kinds:
            return False
        return self.cohort_id is None or cohort_id is None or self.cohort_id == cohort_id


#: The kind of record each audited table holds: what another desk saved is announced by
#: kind and cohort (``changes_elsewhere``), so only the areas showing it read again.
KIND_OF_RECORD: dict[str, Kind] = {
    "application": Kind.APPLICATIONS,
    "person": Kind.APPLICATIONS,
    "pairing": Kind.PAIRINGS | Kind.AGREEMENTS,  # an agreement's signature is the pair's
    "exclusion": Kind.PAIRINGS,
    "evaluation": Kind.PAIRINGS,
    "sent_message": Kind.PAIRINGS,
    "event": Kind.EVENTS,
    "attendance": Kind.EVENTS,
    "meeting_log": Kind.EVENTS,
    "program": Kind.PROGRAMS,
    "cohort": Kind.PROGRAMS,
    "term": Kind.PROGRAMS,
    "setting": Kind.SETTINGS,
}


def changes_elsewhere(records: list[tuple[str, int | None]] | None) -> list[Change]:
    """The ``Change`` per cohort that another desk's saved records make (``records``: each
    audited table and cohort once, as ``core.storage.audit.changed_since`` reads them; None:
    too many to sort out, so everything changed)."""
    if records is None:
        return [Change(Kind.EVERYTHING | Kind.SETTINGS)]
    kinds: dict[int | None, Kind] = {}
    for entity, cohort_id in records:
        # A table added later and not named above: every area that shows anything reads.
        kind = KIND_OF_RECORD.get(entity, Kind.EVERYTHING | Kind.SETTINGS)
        kinds[cohort_id] = kinds.get(cohort_id, Kind(0)) | kind
    return [Change(kind, cohort_id) for cohort_id, kind in kinds.items()]


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """The result of a ``query``/``change``: false when refused (the user was told why)."""

    value: T | None = None
    error: MentorDeskError | None = None

    def __bool__(self) -> bool:
        return self.error is None

    @property
    def result(self) -> T:
        """The service's result; only valid on a successful outcome."""
        if self.error is not None:
            raise self.error
        return self.value  # type: ignore[return-value]


@runtime_checkable
class ShowsRefusals(Protocol):
    """A widget that shows a refusal its own way (the pairing board's status line, say)."""

    def show_refusal(self, title: str, message: str) -> None: ...


def tell(where: QWidget | None, title: str, error: BaseException) -> None:
    """The one place an error becomes a message for the user; a bug is named as such."""
    if isinstance(error, MentorDeskError):
        show_refusal(where, title, error_text(error))
    else:
        QMessageBox.critical(
            where or QApplication.activeWindow(),
            title,
            QCoreApplication.translate("data", "Unexpected error: %s") % error,
        )


def show_refusal(where: QWidget | None, title: str, message: str) -> None:
    """Show why something was refused: in ``where``'s own way if it has one, else a message box."""
    if isinstance(where, ShowsRefusals):
        where.show_refusal(title, message)
    else:
        QMessageBox.warning(where or QApplication.activeWindow(), title, message)


def open_database(
    where: QWidget | None, title: str, target: str | os.PathLike[str] | None
) -> Database | None:
    """Open (creating, upgrading) a database; None when it cannot be, and the user was told why."""
    try:
        return Database(target)
    except MentorDeskError as exc:
        tell(where, title, exc)
        return None


class Data(QObject):
    """The open database as the GUI sees it: reads, changes, and the ``changed`` signal."""

    #: Emitted after every committed change, with its ``Change``.
    changed = Signal(object)

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = database
        #: Who the audit trail names for this window's changes (Preferences); None: the login.
        self.actor: str | None = None
        # The audit ids this window's own changes write, for other_desks.
        self._own = OwnChanges()

    @property
    def database(self) -> Database:
        """The open database (its name and place; never open a unit of work on it in the GUI)."""
        return self._database

    def switch_to(self, database: Database) -> None:
        """Show another database: the old one is closed and every area reloads."""
        if database is not self._database:
            self._database.close()
        self._database = database
        self._own.take()  # ids of the database shown before
        self.changed.emit(Change(Kind.EVERYTHING))

    # --- raising -----------------------------------------------------------------------

    def read(
        self, service: Callable[Concatenate[Any, P], T], /, *args: P.args, **kwargs: P.kwargs
    ) -> T:
        """``service(session, *args, **kwargs)`` in one read-only unit of work."""
        with self._database.reading() as session:
            return service(session, *args, **kwargs)

    def write(
        self,
        change: Change,
        service: Callable[Concatenate[Any, P], T],
        /,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> T:
        """``service(session, …)`` in one transaction, then announce ``change``; raises if refused."""
        with (
            self._database.noting_own_changes(self._own),
            self._database.transaction(actor=self.actor, note=change.note) as session,
        ):
            result = service(session, *args, **kwargs)
        self.changed.emit(change)
        return result

    @property
    def own_changes(self) -> OwnChanges:
        """The audit ids this window's own changes wrote (``write``'s and
        ``write_with_backup``'s): what another desk saved is the rest."""
        return self._own

    def write_with_backup(
        self,
        change: Change,
        operation: Callable[Concatenate[Database, P], T],
        /,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> T:
        """``operation(database, …)`` for a change that backs the whole file up before its
        transaction (closing or purging a cohort), so it opens its own units of work; then
        announce ``change``. Raises if refused; long, so call it from ``in_background``."""
        with self._database.noting_own_changes(self._own):
            result = operation(self._database, *args, **kwargs)
        self.changed.emit(change)
        return result

    def announce(self, change: Change) -> None:
        """Tell the areas about a change committed elsewhere (another window's import, say)."""
        self.changed.emit(change)

    # --- telling the user --------------------------------------------------------------

    def query(
        self,
        where: QWidget | None,
        title: str,
        service: Callable[Concatenate[Any, P], T],
        /,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> Outcome[T]:
        """``read``, showing a refusal to the user (under ``title``) instead of raising."""
        try:
            return Outcome(self.read(service, *args, **kwargs))
        except MentorDeskError as exc:
            tell(where, title, exc)
            return Outcome(error=exc)

    def change(
        self,
        where: QWidget | None,
        title: str,
        change: Change,
        service: Callable[Concatenate[Any, P], T],
        /,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> Outcome[T]:
        """``write``, showing a refusal to the user (under ``title``) instead of raising."""
        try:
            return Outcome(self.write(change, service, *args, **kwargs))
        except MentorDeskError as exc:
            tell(where, title, exc)
            return Outcome(error=exc)

    # --- long work ---------------------------------------------------------------------

    def in_background(
        self,
        parent: QWidget,
        title: str,
        work: Callable[[Progress], T],
        on_done: Callable[[T], None],
        *,
        on_cancelled: Callable[[], None] | None = None,
        on_refused: Callable[[MentorDeskError], None] | None = None,
        label: str = "",
    ) -> Job:
        """Run ``work(progress)`` off the GUI thread with a progress dialog and Cancel.

        ``work`` reads and writes through this object. A refusal is shown to the user (or
        handed to ``on_refused``); a bug is reported as an unexpected error.
        """

        def failed(exc: BaseException) -> None:
            if on_refused is not None and isinstance(exc, MentorDeskError):
                on_refused(exc)
            else:
                tell(parent, title, exc)

        return run_job(
            parent,
            title,
            work,
            on_done,
            on_cancelled=on_cancelled,
            on_failed=failed,
            label=label,
        )

    def in_place(
        self,
        work: Callable[[Progress], T],
        on_done: Callable[[T], None],
        *,
        on_failed: Callable[[BaseException], None],
        on_cancelled: Callable[[], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
    ) -> Job:
        """Run ``work(progress)`` off the GUI thread with no dialog: the caller shows its
        progress in place (``on_progress``) and its failure (``on_failed``, on the GUI thread).
        """
        return start_job(
            work, on_done, on_failed=on_failed, on_cancelled=on_cancelled, on_progress=on_progress
        )
