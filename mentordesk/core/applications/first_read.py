"""The applications of the cohort a window shows first, read on a thread of its own as soon as
the file is open, while the window still loads its modules and builds itself.

Opening a cohort of 20,000 spends ~0.3 s reading its applications and ~0.15 s building the
window around them; Qt builds widgets mostly without holding Python's interpreter lock, so
on a second core the two overlap. Only a cohort the Applicants area would read in a worker
anyway (``READ_AHEAD_FROM`` applications and more) is read ahead; a small one is read when
shown. What stops the read (a damaged file) is raised to the area when it takes the rows,
as its own read would have met it.

The read begins with the database's change mark (``storage.audit.last_change``), in the
same snapshot: a window that watches other desks' changes starts from that mark, so a
change saved between this read and the window showing it is noticed and shown.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from sqlalchemy.orm import Session

from mentordesk.core.applications.names import NameIndex
from mentordesk.core.applications.records import (
    ApplicationRow,
    applications_and_mentors,
    count_applications,
)
from mentordesk.core.collector import collector_paused
from mentordesk.core.errors import MentorDeskError
from mentordesk.core.programs.cohorts import cohort_overviews, find_cohort_id
from mentordesk.core.storage.audit import last_change
from mentordesk.core.storage.database import Database

#: From this many applications on, the Applicants area reads a cohort in a worker (it takes
#: the number from here), and a window's first cohort is read ahead. Reading and showing
#: 2,000 on the GUI thread took 30-60 ms on a quiet machine and 80-125 ms on a busy one.
READ_AHEAD_FROM = 1000

Applications = tuple[list[ApplicationRow], NameIndex]


class FirstRead:
    """Reads, on a thread of its own, the cohort a window will show first: the one named
    (``--cohort``), else the one it showed last (``remembered``, given the database's name),
    else the first, as the window's cohort selector picks them."""

    def __init__(
        self,
        database: Database,
        *,
        cohort_name: str | None = None,
        remembered: Callable[[str], int | None] = lambda _name: None,
    ) -> None:
        self._database = database
        self._cohort_name = cohort_name
        self._remembered = remembered
        self._marked = threading.Event()
        self._mark: int | None = None
        #: The cohort read (None until read, or when none was read ahead).
        self.cohort_id: int | None = None
        self._applications: Applications | None = None
        self._failure: MentorDeskError | None = None
        self._thread = threading.Thread(target=self._read, name="first read", daemon=True)
        self._thread.start()

    def mark(self) -> int | None:
        """The change mark the read saw (waits the moment it takes to read it); None if the
        database could not be read."""
        self._marked.wait()
        return self._mark

    def take(self, cohort_id: int) -> Applications | None:
        """Wait for the read; its applications if it read ``cohort_id``, once (None otherwise:
        the caller reads for itself). Raises what stopped the read of that cohort."""
        self._thread.join()
        applications, self._applications = self._applications, None
        failure, self._failure = self._failure, None
        if cohort_id != self.cohort_id:
            return None
        if failure is not None:
            raise failure
        return applications

    def _read(self) -> None:
        try:
            with collector_paused(), self._database.reading() as session:
                try:
                    self._mark = last_change(session)  # first: it begins the snapshot
                finally:
                    self._marked.set()
                cohort_id = self._chosen(session)
                if cohort_id is None or count_applications(session, cohort_id) < READ_AHEAD_FROM:
                    return
                self.cohort_id = cohort_id
                self._applications = applications_and_mentors(session, cohort_id)
        except MentorDeskError as exc:  # the area says it when it takes the rows
            self._failure = exc

    def _chosen(self, session: Session) -> int | None:
        if self._cohort_name is not None:
            try:
                return find_cohort_id(session, self._cohort_name)
            except MentorDeskError:
                return None  # the window says the name matches no cohort
        cohorts = [o.id for o in cohort_overviews(session)]
        remembered = self._remembered(self._database.name)
        if remembered in cohorts:
            return remembered
        return cohorts[0] if cohorts else None
