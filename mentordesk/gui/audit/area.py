"""The Audit area: every change, newest first, filtered by person, record, field, date and desk."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentordesk.core.applications.fields import FIELDS_BY_NAME, display_value
from mentordesk.core.applications.records import count_applications
from mentordesk.core.progress import Progress
from mentordesk.core.storage.audit_trail import (
    FIELD_LABELS,
    RECORD_KINDS,
    AuditFilter,
    AuditRow,
    FieldChange,
    audit_choices,
    audit_fields,
    audit_rows,
    show_value,
)
from mentordesk.core.storage.models import (
    AttendanceStatus,
    Audience,
    CohortStatus,
    EvaluationPhase,
    EvaluatorRole,
    EventKind,
    MeetingFormat,
    PairingEndReason,
    PairingStatus,
    Role,
)
from mentordesk.gui.area import Area
from mentordesk.gui.choice_model import use_choices
from mentordesk.gui.context import AppContext
from mentordesk.gui.core_words import SENTENCE_CONTEXT, core_text, core_word
from mentordesk.gui.data import Kind, tell
from mentordesk.gui.languages import local_number
from mentordesk.gui.reading import AreaReader, ReadingNotice, reads_in_background
from mentordesk.gui.rows_model import RowsTableModel

#: Rows the view reads at most; narrower filters show older changes.
SHOWN = 2000
_NO_DATE = QDate(2000, 1, 1)
_INDEX = QModelIndex | QPersistentModelIndex
People = list[tuple[str, int | None]]  # the person filter's choices: (label, person id)


class AuditModel(RowsTableModel[AuditRow]):
    """Audit entries as rows: when, who, desk, what happened to which record, the changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headers = (
            self.tr("When"),
            self.tr("Who"),
            self.tr("Desk"),
            self.tr("Action"),
            self.tr("Record"),
            self.tr("Changes"),
            self.tr("Note"),
        )
        self.actions = {
            "create": self.tr("Added"),
            "update": self.tr("Changed"),
            "delete": self.tr("Removed"),
            "purge": self.tr("Purged"),
        }

    def data(self, index: _INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.local_at.strftime("%Y-%m-%d %H:%M"),  # the cohort's clock
                row.actor,
                row.desk,
                self.actions.get(row.action, row.action),
                core_text(row.record_label),
                "; ".join(
                    _change_text(row, c) for c in row.shown_changes() if c.field != "version"
                ),
                row.note,
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 5:
            return "\n".join(_change_text(row, c) for c in row.shown_changes())
        return None


def field_label(name: str, record: str | None = None) -> str:
    """A field as the committee calls it, in the window's language: an application's and
    a person's by the form's labels, any other record's by the audit log's
    (``FIELD_LABELS``); a name neither knows, as it is."""
    spec = FIELDS_BY_NAME.get(name)
    if spec is not None and (record in (None, "application", "person") or name not in FIELD_LABELS):
        return core_word(spec.label)
    return core_word(FIELD_LABELS[name]) if name in FIELD_LABELS else name


def _change_text(row: AuditRow, change: FieldChange) -> str:
    """One change in the window's words: "Estado: enviada → aceptada" on an application
    (its statuses and yes/no translated), "Minutos: 60 → 75" on a meeting log: each field
    by its label, as the Field filter lists it."""
    name = field_label(change.field, row.record)
    return (
        f"{name}: {_value_text(row, change, change.old)} → {_value_text(row, change, change.new)}"
    )


#: Fields whose stored values are the core's own words ("planning", "video", "workshop"),
#: said as the window says them elsewhere.
_WORDED: dict[tuple[str, str], type[StrEnum]] = {
    ("application", "role"): Role,
    ("cohort", "status"): CohortStatus,
    ("pairing", "status"): PairingStatus,
    ("pairing", "end_reason"): PairingEndReason,
    ("attendance", "status"): AttendanceStatus,
    ("meeting_log", "format"): MeetingFormat,
    ("event", "kind"): EventKind,
    ("event", "audience"): Audience,
    ("evaluation", "phase"): EvaluationPhase,
    ("evaluation", "evaluator_role"): EvaluatorRole,
}


def _value_text(row: AuditRow, change: FieldChange, value: Any) -> str:
    if isinstance(value, bool):
        return core_word("Yes") if value else core_word("No")
    if row.record == "application" and change.field == "status" and isinstance(value, str):
        # the statuses as a refusal names them ("dada de baja")
        return QCoreApplication.translate(SENTENCE_CONTEXT, value)
    kind = _WORDED.get((row.record, change.field))
    if kind is not None and isinstance(value, str) and value in kind._value2member_map_:
        return core_word(display_value(kind(value)))
    return show_value(value)


class _DateFilterEdit(QDateEdit):
    """A date filter Tab leaves at once (arrow keys move between day, month and year).

    Qt's date edit spends Tab on its sections, and on the "Any day" value it never
    reaches the last one: a keyboard user was trapped in the first date filter.
    """

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class AuditArea(Area):
    """The Audit page of the main window: follows the chosen cohort (or shows all of them)."""

    # Every change is audited, the committee's settings too (another desk's change arrives
    # as a change of everything).
    shows = Kind.EVERYTHING | Kind.SETTINGS

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)

        self.person_combo = QComboBox(self)
        self.person_combo.setObjectName("auditPerson")
        self.person_combo.setEditable(True)
        self.person_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.person_combo.setMinimumContentsLength(24)
        self.person_choices = use_choices(self.person_combo)
        self.person_edit = QLineEdit(self.person_combo)
        self.person_edit.setPlaceholderText(self.tr("Anyone"))
        self.person_combo.setLineEdit(self.person_edit)
        self.record_combo = QComboBox(self)
        self.record_combo.setObjectName("auditRecord")
        self.record_combo.setAccessibleName(self.tr("Kind of record"))
        self.record_combo.addItem(self.tr("Any record"), None)
        for kind, label in RECORD_KINDS.items():
            self.record_combo.addItem(core_word(label), kind)
        self.field_combo = QComboBox(self)
        self.field_combo.setObjectName("auditField")
        self.field_combo.setAccessibleName(self.tr("Field"))
        self.field_combo.setEditable(True)
        self.field_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.field_edit = QLineEdit(self.field_combo)
        self.field_edit.setPlaceholderText(self.tr("Any field"))
        self.field_combo.setLineEdit(self.field_edit)
        self.field_combo.addItem("", None)
        for label, name in sorted(
            ((field_label(name), name) for name in audit_fields()), key=lambda f: f[0].casefold()
        ):
            self.field_combo.addItem(label, name)
        self.since_edit = self._date_edit("auditSince", self.tr("Any day"))
        self.since_edit.setAccessibleName(self.tr("Changes from"))
        self.until_edit = self._date_edit("auditUntil", self.tr("Any day"))
        self.until_edit.setAccessibleName(self.tr("Changes until"))
        self.desk_combo = QComboBox(self)
        self.desk_combo.setObjectName("auditDesk")
        self.desk_combo.setAccessibleName(self.tr("Desk (computer)"))
        # "Any desk" whole in every language ("Cualquier equ" in Spanish at 1024 pixels).
        self.desk_combo.setMinimumWidth(
            self.desk_combo.fontMetrics().horizontalAdvance(self.tr("Any desk")) + 40
        )
        self.all_cohorts = QCheckBox(self.tr("All cohorts"), self)
        self.all_cohorts.setObjectName("auditAllCohorts")
        self.clear_button = QPushButton(self.tr("Clear filters"), self)

        filters = QFormLayout()
        first = QHBoxLayout()
        first.addWidget(self.person_combo, 2)
        first.addWidget(QLabel(self.tr("Record:"), self))
        first.addWidget(self.record_combo, 1)
        first.addWidget(QLabel(self.tr("Field:"), self))
        first.addWidget(self.field_combo, 1)
        person_label = QLabel(self.tr("Pe&rson:"), self)
        person_label.setBuddy(self.person_combo)
        filters.addRow(person_label, first)
        second = QHBoxLayout()
        second.addWidget(self.since_edit)
        second.addWidget(QLabel(self.tr("to"), self))
        second.addWidget(self.until_edit)
        second.addWidget(QLabel(self.tr("Desk:"), self))
        second.addWidget(self.desk_combo, 1)
        second.addWidget(self.all_cohorts)
        second.addStretch(1)
        second.addWidget(self.clear_button)
        since_label = QLabel(self.tr("Fro&m:"), self)
        since_label.setBuddy(self.since_edit)
        filters.addRow(since_label, second)

        self.model = AuditModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("auditTable")
        self.table.setAccessibleName(self.tr("Audit trail"))
        self.table.setTabKeyNavigation(False)  # a list to read: Tab moves on, arrows move within
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # The action column as wide as its longest word in the window's language
        # ("Modificado" was cut to "Modifica…" in Spanish).
        metrics = self.table.fontMetrics()
        action = max(metrics.horizontalAdvance(word) for word in self.model.actions.values())
        widths = (120, 90, 90, max(70, action + 16), 220, 380)
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, width)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("auditCount")

        self.reading_notice = ReadingNotice(self)
        self.reader = AreaReader(self, self.data, self.reading_notice)

        layout = QVBoxLayout(self)
        layout.addWidget(self.reading_notice)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self.person_combo.activated.connect(lambda _i: self.reload_rows())
        self.person_edit.editingFinished.connect(self.reload_rows)
        self.record_combo.currentIndexChanged.connect(lambda _i: self.reload_rows())
        self.field_combo.activated.connect(lambda _i: self.reload_rows())
        self.field_edit.editingFinished.connect(self.reload_rows)
        self.since_edit.dateChanged.connect(lambda _d: self.reload_rows())
        self.until_edit.dateChanged.connect(lambda _d: self.reload_rows())
        self.desk_combo.currentIndexChanged.connect(lambda _i: self.reload_rows())
        self.all_cohorts.toggled.connect(lambda _on: self.reload())
        self.clear_button.clicked.connect(self.clear_filters)
        self._loading = False
        # The filter of the rows last asked for.
        self._read_filter: AuditFilter | None = None

    def _date_edit(self, name: str, empty: str) -> QDateEdit:
        edit = _DateFilterEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(_NO_DATE)
        edit.setSpecialValueText(empty)  # shown at the minimum: no limit that way
        edit.setDate(_NO_DATE)
        return edit

    # --- loading -------------------------------------------------------------------------

    def show_refusal(self, _title: str, message: str) -> None:
        self.show_message(message)  # in the status bar: the filters stay usable

    @property
    def loading(self) -> bool:
        """True while a big cohort's log is read off the GUI thread."""
        return self.reader.loading

    def _big(self) -> bool:
        """Whether the log in view is read in a worker: every cohort's, or a big cohort's."""
        if self.all_cohorts.isChecked():
            return True
        if self.cohort_id is None:
            return False
        size = self.data.query(self, self.tr("Audit"), count_applications, self.cohort_id)
        return bool(size) and reads_in_background(size.result)

    def cohorts_shown(self) -> int | None:
        return None if self.all_cohorts.isChecked() else self.cohort_id

    def reload(self) -> None:
        """Refill the choices (people, desks) for the cohort, then the rows."""
        scope = None if self.all_cohorts.isChecked() else self.cohort_id
        flt, data = self.current_filter(), self.data
        self._read_filter = flt

        def work(progress: Progress) -> tuple[People, list[str], list[AuditRow] | None]:
            choices = data.read(audit_choices, scope)
            # The labels too, off the GUI thread: 20,000 people in a big cohort's trail.
            people = [("", None), *((p.label, p.person_id) for p in choices.people)]
            progress.step(1, 2)
            rows = None if flt.person_id == -1 else data.read(audit_rows, flt)
            return people, choices.desks, rows

        self.reader.read(
            work,
            self._show_all,
            in_background=self._big(),
            text=self.tr("Reading the audit trail…"),
            refused=lambda exc: tell(self, self.tr("Audit"), exc),
        )

    def _show_all(self, read: tuple[People, list[str], list[AuditRow] | None]) -> None:
        people, desks, rows = read
        self._loading = True
        try:
            typed = self.person_combo.currentText()
            self.person_choices.set_choices(people)
            self.person_combo.setEditText(typed)
            desk = self.desk_combo.currentData()
            self.desk_combo.clear()
            self.desk_combo.addItem(self.tr("Any desk"), None)
            for name in desks:
                self.desk_combo.addItem(name, name)
            index = self.desk_combo.findData(desk)
            self.desk_combo.setCurrentIndex(max(index, 0))
        finally:
            self._loading = False
        if self.current_filter() != self._read_filter:
            self.reload_rows()  # the choices give a typed name or a desk another meaning
        else:
            self._show_rows(rows)

    def clear_filters(self) -> None:
        self._loading = True
        self.person_combo.setEditText("")
        self.record_combo.setCurrentIndex(0)
        self.field_combo.setEditText("")
        self.since_edit.setDate(_NO_DATE)
        self.until_edit.setDate(_NO_DATE)
        self.desk_combo.setCurrentIndex(0)
        self._loading = False
        self.reload_rows()

    def _person_id(self) -> int | None:
        text = self.person_combo.currentText().strip()
        if not text:
            return None
        labels = self.person_choices.labels()
        if text in labels:
            index = labels.index(text)
        else:  # typed: an address or the start of a name
            wanted = text.casefold()
            index = next((i for i in range(1, len(labels)) if wanted in labels[i].casefold()), -1)
        return self.person_combo.itemData(index) if index > 0 else -1

    @staticmethod
    def _day(edit: QDateEdit) -> date | None:
        value = edit.date()
        if value == _NO_DATE:
            return None
        return date(value.year(), value.month(), value.day())

    def _field(self) -> str | None:
        """The field chosen or typed: by its label (any case), or by its name in the
        database, as a script would give it."""
        typed = self.field_combo.currentText().strip()
        if not typed:
            return None
        for i in range(1, self.field_combo.count()):
            if self.field_combo.itemText(i).casefold() == typed.casefold():
                return str(self.field_combo.itemData(i))
        return typed

    def current_filter(self) -> AuditFilter:
        return AuditFilter(
            cohort_id=None if self.all_cohorts.isChecked() else self.cohort_id,
            person_id=self._person_id(),
            record=self.record_combo.currentData(),
            field=self._field(),
            since=self._day(self.since_edit),
            until=self._day(self.until_edit),
            desk=self.desk_combo.currentData(),
            limit=SHOWN,
        )

    def reload_rows(self) -> None:
        if self._loading:
            return
        flt, data = self.current_filter(), self.data
        self._read_filter = flt
        if flt.person_id == -1:
            self.reader.cancel()
            self._show_rows(None)
            return
        self.reader.read(
            lambda _progress: data.read(audit_rows, flt),
            self._show_rows,
            in_background=self._big(),
            text=self.tr("Reading the audit trail…"),
            refused=lambda exc: tell(self, self.tr("Audit"), exc),
        )

    def _show_rows(self, rows: list[AuditRow] | None) -> None:
        if rows is None:
            self.model.set_rows([])
            self.count_label.setText(self.tr("Nobody of that name or address"))
            return
        self.model.set_rows(rows)
        if len(rows) >= SHOWN:
            self.count_label.setText(
                self.tr("The newest %1 changes; narrow the filters to see older ones").replace(
                    "%1", local_number(SHOWN)
                )
            )
        else:
            self.count_label.setText(self.tr("%Ln change(s)", "", len(rows)))
