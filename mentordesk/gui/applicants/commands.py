"""Undo steps of the applicants table beyond one field: a new applicant, and a name corrected."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication

from mentordesk.core.applications.records import (
    ApplicationRow,
    add_applicant,
    delete_application,
    get_application_row,
    rename_applicant,
)
from mentordesk.gui.context import AppContext
from mentordesk.gui.data import Change, Data, Kind
from mentordesk.gui.undo import DatabaseCommand


class ApplicantsTable(Protocol):
    """What these steps need of the Applicants area (which imports them)."""

    context: AppContext
    data: Data
    cohort_id: int | None
    written_versions: dict[int, int]

    def change(self, kinds: Kind, note: str | None = None) -> Change: ...

    def reload(self) -> None: ...

    def select_application(self, application_id: int) -> None: ...

    def show_row(self, row: ApplicationRow) -> None: ...


def _tr(text: str) -> str:
    return QCoreApplication.translate("ApplicantsArea", text)


class AddApplicantCommand(DatabaseCommand):
    """An application typed in by the committee; undo removes it again (it has no history yet)."""

    def __init__(self, area: ApplicantsTable, answers: dict[str, Any]) -> None:
        who = " ".join(
            str(answers.get(k) or "").strip() for k in ("first_name", "last_name")
        ).strip()
        super().__init__(area.data, _tr("add %s") % (who or answers.get("email") or "?"))
        self._area = area
        self._cohort_id = area.cohort_id
        self._answers = dict(answers)
        self.application_id: int | None = None
        self._added: ApplicationRow | None = None  # as added: what undo expects to remove

    def apply_redo(self) -> None:
        assert self._cohort_id is not None
        change = self._area.change(Kind.APPLICATIONS)
        row = self.data.write(change, add_applicant, self._cohort_id, self._answers)
        self.application_id = row.id  # a redo after an undo makes a new record
        self._added = row
        self.expected_version = None
        self._area.reload()
        self._area.select_application(row.id)

    def apply_undo(self) -> None:
        assert self.application_id is not None
        # Another desk's change to the applicant since (a status, an address corrected) is
        # shown in the conflict dialog; only "apply mine" (which sets the version it saw)
        # removes the applicant all the same.
        seen = None if self.expected_version is not None else self._added
        self.data.write(
            self._area.change(Kind.APPLICATIONS),
            delete_application,
            self.application_id,
            expected=seen,
        )
        self._area.reload()

    def describe_mine(self, undoing: bool) -> str:
        who = self._added.full_name or self._added.email if self._added else self.text()
        if not undoing:
            return self.text()
        return QCoreApplication.translate("ApplicantsArea", "Remove %s (entered by mistake)") % who

    def theirs_kept(self) -> None:
        self._area.reload()  # the applicant stays, as the other desk left them


class RenameApplicantCommand(DatabaseCommand):
    """First and last name corrected together in the Name cell: one transaction each way."""

    def __init__(self, area: ApplicantsTable, row: ApplicationRow, names: tuple[str, str]) -> None:
        super().__init__(area.data, _tr("rename %s") % (row.full_name or row.email))
        self._area = area
        self._id = row.id
        self._old = (row.values.get("first_name") or "", row.values.get("last_name") or "")
        self._new = names
        # The name the next write expects to find, and the version it was seen at: as the
        # table showed it, then as this step's last write left it.
        self._found, self._seen_version = self._old, row.version

    def apply_redo(self) -> None:
        self._apply(*self._new)

    def apply_undo(self) -> None:
        self._apply(*self._old)

    def describe_mine(self, undoing: bool) -> str:
        was, wanted = (self._new, self._old) if undoing else (self._old, self._new)
        return f"{_tr('Name')}: {' '.join(was).strip()} → {' '.join(wanted).strip()}"

    def theirs_kept(self) -> None:
        self._area.show_row(self.data.read(get_application_row, self._id))

    def _apply(self, first: str, last: str) -> None:
        change = self._area.change(Kind.APPLICATIONS)
        # "Apply mine again" in the conflict dialog sets the version it saw: no check then.
        forced = self.expected_version is not None
        row = self.data.write(
            change,
            rename_applicant,
            self._id,
            first,
            last,
            expected=None if forced else self._found,
            seen_version=self._seen_version,
        )
        self.expected_version = None
        self._found = (row.values.get("first_name") or "", row.values.get("last_name") or "")
        self._seen_version = row.version
        self._area.written_versions[self._id] = row.version  # not "another desk's change"
        self._area.show_row(row)
