"""Qt item models over a cohort's applications: the table model and its filter proxy."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import Enum, StrEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush

from mentordesk.core.applications.fields import FIELDS_BY_NAME, FieldSpec, Kind, normalize_email
from mentordesk.core.applications.names import possible_duplicates
from mentordesk.core.applications.records import ApplicationRow, local_time
from mentordesk.gui import theme
from mentordesk.gui.core_words import core_text, core_word
from mentordesk.gui.theme import NamedColor

AnyIndex = QModelIndex | QPersistentModelIndex

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the ApplicationRow
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a value that sorts naturally (numbers as numbers)
ELIGIBILITY_COLUMN = "eligibility"

#: Columns in the order the committee reads them; all other fields can be shown from the header.
#: Eligibility comes before the email so "Needs a decision" is on screen at 1024 pixels wide.
DEFAULT_COLUMNS: tuple[str, ...] = (
    "name",
    "role",
    "status",
    ELIGIBILITY_COLUMN,
    "email",
    "department",
    "organization",
    "job_title",
    "years_experience",
    "capacity",
    "interests",
    "expertise",
    "meeting_formats",
    "location",
    "credentials",
    "membership_id",
    "supervisor_name",
    "supervisor_approved",
    "requested_mentor",
    "consent",
    "submitted_at",
    "first_name",
    "last_name",
    "phone",
    "employment_type",
    "supervisor_email",
    "goals",
    "notes",
)
HIDDEN_BY_DEFAULT = frozenset(
    {
        "first_name",
        "last_name",
        "phone",
        "employment_type",
        "supervisor_email",
        "goals",
        "notes",
        "credentials",
        "membership_id",
        "requested_mentor",
        "location",
        "expertise",
        "meeting_formats",
    }
)

#: The eligibility filter's value for "Needs a decision" (True/False are the others).
UNDECIDED = "undecided"


def _eligibility_rank(eligible: bool | None) -> int:
    return 0 if eligible is True else 1 if eligible is None else 2


EditHandler = Callable[[ApplicationRow, str, Any], bool]


def column_label(name: str) -> str:
    if name == "name":
        return "Name"
    if name == ELIGIBILITY_COLUMN:
        return "Eligibility"
    return FIELDS_BY_NAME[name].label


# Letters that do not decompose into a base letter and an accent.
_FOLD = str.maketrans({"ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe"})


def fold(text: str) -> str:
    """Text as search compares it: case and accents aside, so "nguyen" finds "Nguyễn"."""
    if text.isascii():  # most answers: no accent to take off
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_FOLD)


def search_text(row: ApplicationRow) -> str:
    """What the search box looks in: name, email, department, interests, expertise."""
    v = row.values
    parts = (
        row.full_name,
        v.get("email"),
        v.get("department"),
        v.get("interests"),
        v.get("expertise"),
        v.get("organization"),
        v.get("job_title"),
    )
    return fold(" ".join(map(str, filter(None, parts))))


class ApplicantsTableModel(QAbstractTableModel):
    """One row per application; edits go through ``edit_handler`` (the area's undo command)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ApplicationRow] = []
        self._search: list[str] = []
        self._duplicates: dict[int, str] = {}
        self._columns: tuple[str, ...] = DEFAULT_COLUMNS
        self._row_of_id: dict[int, int] = {}
        self.edit_handler: EditHandler | None = None
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None
        #: Counts changes of the rows (a reload, a sort, an edit): what a filter worked out
        #: for one generation of rows is stale in the next.
        self.generation = 0

    # --- loading ----------------------------------------------------------------------

    def set_rows(self, rows: Sequence[ApplicationRow]) -> None:
        self.show_prepared(self.prepare(rows))

    def prepare(self, rows: Sequence[ApplicationRow]) -> PreparedRows:
        """Everything ``set_rows`` works out from the rows (search text, possible duplicates,
        the order of the sorted column), as plain data: a worker thread may call it, so a
        big cohort is shown by ``show_prepared`` without holding the window."""
        ordered = list(rows)
        sorted_by = self._sorted_by
        if sorted_by is not None and 0 <= sorted_by[0] < len(self._columns):
            ordered = self._in_order(ordered, self._columns[sorted_by[0]], sorted_by[1])
        return PreparedRows(
            rows=ordered,
            search=[search_text(r) for r in ordered],
            duplicates=_possible_duplicates(ordered),
            sorted_by=sorted_by,
            row_of_id={r.id: i for i, r in enumerate(ordered)},
        )

    def show_prepared(self, prepared: PreparedRows) -> None:
        """Show rows ``prepare`` worked out (one model reset; sorted already)."""
        self.beginResetModel()
        # The rows shown until now are let go on the next turn of the event loop: freeing
        # 20,000 of them is a hold of its own, not to be added to the reset's.
        shown_until_now = (self._rows, self._search, self._row_of_id, self._duplicates)
        QTimer.singleShot(0, shown_until_now.__len__)
        self._rows = prepared.rows
        self.generation += 1
        self._search = prepared.search
        self._row_of_id = prepared.row_of_id
        self._duplicates = prepared.duplicates
        self.endResetModel()
        del shown_until_now
        if self._sorted_by is not None and self._sorted_by != prepared.sorted_by:
            self.sort(*self._sorted_by)  # the person sorted another way meanwhile

    def replace_row(self, row: ApplicationRow) -> None:
        """Show the stored state of one application after an edit."""
        i = self._row_of_id.get(row.id)
        if i is None:
            return
        before = self._rows[i]
        self._rows[i] = row
        self.generation += 1
        self._search[i] = search_text(row)
        # Most edits (a department, a status, a decision) leave who is who alone: looking
        # through a 20,000-applicant cohort again for each would hold the window.
        if (before.full_name, before.email) != (row.full_name, row.email):
            self._duplicates = _possible_duplicates(self._rows)
        self.dataChanged.emit(self.index(i, 0), self.index(i, len(self._columns) - 1))

    def rows(self) -> list[ApplicationRow]:
        return list(self._rows)

    def row_by_id(self, application_id: int) -> ApplicationRow | None:
        i = self._row_of_id.get(application_id)
        return None if i is None else self._rows[i]

    def row_number(self, application_id: int) -> int | None:
        return self._row_of_id.get(application_id)

    def column_of(self, name: str) -> int:
        return self._columns.index(name)

    def column_name(self, column: int) -> str:
        return self._columns[column]

    def columns(self) -> tuple[str, ...]:
        return self._columns

    def search_text_at(self, row: int) -> str:
        return self._search[row]

    def row_at(self, row: int) -> ApplicationRow:
        return self._rows[row]

    def is_possible_duplicate(self, row: int) -> bool:
        return self._rows[row].id in self._duplicates

    def rows_found(self, words: Sequence[str]) -> list[bool]:
        """Whether each row's search text holds every one of ``words`` (folded already).

        A comprehension over the prepared texts alone: the search box's filter on 100,000
        applications takes 5-10 ms, where calling a test with each row took 70."""
        texts = self._search
        if not words:
            return [True] * len(texts)
        if len(words) == 1:
            word = words[0]
            return [word in text for text in texts]
        return [all(word in text for word in words) for text in texts]

    def rows_passing(self, test: Callable[[ApplicationRow, str, bool], bool]) -> list[bool]:
        """``test(row, search text, possible duplicate)`` for every row, in one pass."""
        duplicates = self._duplicates
        return [
            test(row, text, row.id in duplicates)
            for row, text in zip(self._rows, self._search, strict=True)
        ]

    # --- Qt model interface -----------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return core_word(column_label(self._columns[section]))
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base
        name = self._columns[index.column()]
        if name == "name":
            return base | Qt.ItemFlag.ItemIsEditable  # first and last, in the name editor
        spec = FIELDS_BY_NAME.get(name)
        if spec is not None and spec.editable and spec.kind is Kind.BOOLEAN:
            return base | Qt.ItemFlag.ItemIsUserCheckable  # a checkbox, not a typed yes
        if spec is not None and spec.editable:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        name = self._columns[index.column()]
        if role == ROW_ROLE:
            return row
        if name == ELIGIBILITY_COLUMN:
            return self._eligibility_data(row, role)
        if name == "name":
            if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
                return (
                    row.full_name
                    if role == Qt.ItemDataRole.DisplayRole
                    else row.full_name.casefold()
                )
            if role == Qt.ItemDataRole.ToolTipRole and row.id in self._duplicates:
                return self.tr("Possible duplicate: %s") % self._duplicates[row.id]
            if role == Qt.ItemDataRole.ForegroundRole and row.values["status"] == "withdrawn":
                return QBrush(theme.color(NamedColor.WITHDRAWN_TEXT))
            return None
        value = row.values.get(name)
        if FIELDS_BY_NAME[name].kind is Kind.BOOLEAN:
            return self._yes_no_data(value, role)
        if role == Qt.ItemDataRole.DisplayRole:
            shown = row.display(name)
            # Statuses, roles and yes/no are the core's words: shown in the window's language.
            return core_word(shown) if isinstance(value, (bool, StrEnum)) else shown
        if role == Qt.ItemDataRole.EditRole:  # times as the cohort's clock shows them
            return _edit_text(FIELDS_BY_NAME[name], local_time(value, row.timezone))
        if role == SORT_ROLE:
            return _sort_key(value)
        if role == Qt.ItemDataRole.ToolTipRole and FIELDS_BY_NAME[name].kind in (
            Kind.LONGTEXT,
            Kind.LIST,
        ):
            return row.display(name) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and FIELDS_BY_NAME[name].kind in (
            Kind.YEARS,
            Kind.INTEGER,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _yes_no_data(self, value: bool | None, role: int) -> Any:
        """A yes/no answer as a checkbox; an unanswered one is neither ticked nor cleared."""
        if role == Qt.ItemDataRole.CheckStateRole:
            if value is None:
                return Qt.CheckState.PartiallyChecked
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if value is None else self.tr("Yes") if value else self.tr("No")
        if role == Qt.ItemDataRole.ToolTipRole and value is None:
            return self.tr("Not answered")
        if role == SORT_ROLE:
            return _sort_key(value)
        return None

    def _eligibility_data(self, row: ApplicationRow, role: int) -> Any:
        result = row.eligibility
        if role == Qt.ItemDataRole.DisplayRole:
            return core_word(result.label)
        if role == SORT_ROLE:
            return (_eligibility_rank(result.eligible), len(result.reasons))
        if role == Qt.ItemDataRole.ToolTipRole:
            if not result.reasons:
                return self.tr("Meets every rule of the program")
            return "\n".join(f"• {core_text(reason)}" for reason in result.reasons)
        if role == Qt.ItemDataRole.ForegroundRole:
            if result.eligible is None:
                # A question the form never asked: the committee decides.
                return QBrush(theme.color(NamedColor.WARNING_TEXT))
            return QBrush(
                theme.color(NamedColor.GOOD_TEXT if result.eligible else NamedColor.ERROR_TEXT)
            )
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows themselves: one key per row, in Python's sort (not a comparison per pair)."""
        if not 0 <= column < len(self._columns):
            return
        self._sorted_by = (column, order)
        ordered = self._in_order(self._rows, self._columns[column], order)
        self.layoutAboutToBeChanged.emit()
        old_ids = [row.id for row in self._rows]
        searchable = {row.id: text for row, text in zip(self._rows, self._search, strict=True)}
        self._rows = ordered
        self.generation += 1
        self._search = [searchable[r.id] for r in self._rows]  # moved, not recomputed
        self._row_of_id = {r.id: i for i, r in enumerate(self._rows)}
        # Keep selections and the current cell on the same applications.
        moved_from = self.persistentIndexList()
        moved_to = [
            self.index(self._row_of_id[old_ids[index.row()]], index.column())
            for index in moved_from
        ]
        self.changePersistentIndexList(moved_from, moved_to)
        self.layoutChanged.emit()

    def _in_order(
        self, rows: Sequence[ApplicationRow], name: str, order: Qt.SortOrder
    ) -> list[ApplicationRow]:
        """``rows`` sorted by the column ``name``: one key per row, in Python's sort."""
        key = self._key_function(name)
        filled: list[tuple[Any, ApplicationRow]] = []
        blanks: list[tuple[Any, ApplicationRow]] = []
        for row in rows:
            value = key(row)
            (blanks if _is_blank(value) else filled).append((value, row))
        filled.sort(key=lambda item: item[0], reverse=order == Qt.SortOrder.DescendingOrder)
        # Blank answers stay at the bottom whichever way the column is sorted.
        return [row for _key, row in filled + blanks]

    def _key_function(self, name: str) -> Callable[[ApplicationRow], Any]:
        if name == "name":
            # People look each other up by family name, as on a class list.
            return lambda row: (
                (0, (str(row.values.get("last_name") or "").casefold(), row.full_name.casefold()))
                if row.full_name
                else (1, "")
            )
        if name == ELIGIBILITY_COLUMN:
            return lambda row: (
                0,
                (_eligibility_rank(row.eligibility.eligible), len(row.eligibility.reasons)),
            )
        return lambda row: _sort_key(row.values.get(name))

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.edit_handler is None:
            return False
        row = self._rows[index.row()]
        name = self._columns[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole:
            ticked = Qt.CheckState(value) == Qt.CheckState.Checked
            return self.edit_handler(row, name, ticked)
        if role != Qt.ItemDataRole.EditRole:
            return False
        if name == "name":
            first, last = value
            if (first, last) == (row.values.get("first_name"), row.values.get("last_name")):
                return False
            return self.edit_handler(row, name, (first, last))
        shown = local_time(row.values.get(name), row.timezone)
        if _edit_text(FIELDS_BY_NAME[name], shown) == value:
            return False  # nothing changed: no transaction, no undo step
        return self.edit_handler(row, name, value)


def _edit_text(spec: FieldSpec, value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, Enum):
        return str(value.value)
    return str(value)


def _sort_key(value: Any) -> Any:
    # Blank values sort last in ascending order, whatever the column's type.
    if value is None:
        return (1, "")
    if isinstance(value, bool):
        return (0, int(value))
    if isinstance(value, int | float):
        return (0, float(value))
    if isinstance(value, datetime):
        return (0, value.isoformat())
    if isinstance(value, Enum):
        return (0, str(value.value))
    return (0, str(value).casefold())


def _is_blank(key: Any) -> bool:
    return isinstance(key, tuple) and len(key) == 2 and key[0] == 1


@dataclass(frozen=True)
class PreparedRows:
    """Rows ready to show: in the table's order, with their search text and duplicates."""

    rows: list[ApplicationRow]
    search: list[str]
    duplicates: dict[int, str]
    sorted_by: tuple[int, Qt.SortOrder] | None
    row_of_id: dict[int, int]  # application id -> its row in ``rows``


def _possible_duplicates(rows: Sequence[ApplicationRow]) -> dict[int, str]:
    """Applications that may be one person twice, with why (names folded as the resolver does)."""
    return possible_duplicates((r.id, r.full_name, normalize_email(r.email)) for r in rows)


class ApplicantsFilterProxy(QSortFilterProxyModel):
    """Search text, role, status, eligibility and duplicates filters; sorting by SORT_ROLE."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._role: str | None = None
        self._status: str | None = None
        self._eligible: bool | str | None = None  # None: all; UNDECIDED: needs a decision
        self._duplicates_only = False
        self._filtering = False  # whether any of the above hides a row
        self._words: list[str] = []  # the search's words, each to be found
        # Each source row's verdict, worked out in one pass for one generation of the rows.
        self._verdicts: list[bool] = []
        self._verdicts_of: int | None = None
        self.setDynamicSortFilter(False)

    def _source(self) -> ApplicantsTableModel:
        model = self.sourceModel()
        assert isinstance(model, ApplicantsTableModel)
        return model

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        assert isinstance(model, ApplicantsTableModel)
        self._model = model
        super().setSourceModel(model)

    def set_search(self, text: str) -> None:
        needle = fold(text.strip())
        if needle != self._needle:
            self._refilter(lambda: setattr(self, "_needle", needle))

    def set_role(self, role: str | None) -> None:
        self._refilter(lambda: setattr(self, "_role", role))

    def set_status(self, status: str | None) -> None:
        self._refilter(lambda: setattr(self, "_status", status))

    def set_eligible(self, eligible: bool | str | None) -> None:
        self._refilter(lambda: setattr(self, "_eligible", eligible))

    def set_duplicates_only(self, on: bool) -> None:
        self._refilter(lambda: setattr(self, "_duplicates_only", on))

    def _refilter(self, change: Callable[[], None]) -> None:
        self.beginFilterChange()
        change()
        self._words = self._needle.split()
        self._verdicts_of = None
        self._filtering = bool(
            self._needle
            or self._role is not None
            or self._status is not None
            or self._eligible is not None
            or self._duplicates_only
        )
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        # Qt asks once per row, 20,000 times for a big cohort: the verdicts are worked out
        # for all rows in one pass and only looked up here.
        if not self._filtering:
            return True
        if self._verdicts_of != self._model.generation:
            self._verdicts = self._work_out_verdicts()
            self._verdicts_of = self._model.generation
        return self._verdicts[source_row]

    def _work_out_verdicts(self) -> list[bool]:
        """Every row's verdict: the search text first (the box typed in at every keystroke),
        the other filters, row by row, only when one of them is set."""
        model = self._model
        found = model.rows_found(self._words)
        if (
            self._role is None
            and self._status is None
            and self._eligible is None
            and not self._duplicates_only
        ):
            return found
        return [
            seen and passes
            for seen, passes in zip(found, model.rows_passing(self._test()), strict=True)
        ]

    def _test(self) -> Callable[[ApplicationRow, str, bool], bool]:
        """Whether a row passes the filters other than the search text, as they are set now
        (their values bound once)."""
        role, status, eligible = self._role, self._status, self._eligible
        undecided, duplicates_only = eligible == UNDECIDED, self._duplicates_only

        def passes(row: ApplicationRow, _search_text: str, duplicate: bool) -> bool:
            if role is not None and row.values["role"] != role:
                return False
            if status is not None and row.values["status"] != status:
                return False
            if undecided:
                if row.eligibility.eligible is not None:
                    return False
            elif eligible is not None and row.eligibility.eligible is not eligible:
                return False
            return duplicate or not duplicates_only

        return passes

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # The source model sorts its rows with one key per row; a proxy sort would call
        # lessThan in Python for every comparison (seconds for 20,000 applicants).
        self._source().sort(column, order)
