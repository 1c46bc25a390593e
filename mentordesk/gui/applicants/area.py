"""The Applicants area: a sortable, filterable table of the cohort's applications."""

from __future__ import annotations

import html
from contextlib import suppress
from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QHeaderView, QMenu, QMessageBox, QWidget
from shiboken6 import isValid

from mentordesk.core.applications.edits import DecisionSeen, StatusSeen
from mentordesk.core.applications.fields import FIELDS, display_value
from mentordesk.core.applications.fields import Kind as FieldKind
from mentordesk.core.applications.first_read import READ_AHEAD_FROM, FirstRead
from mentordesk.core.applications.names import NameIndex, Outcome
from mentordesk.core.applications.records import (
    ApplicationRow,
    applications_and_mentors,
    count_applications,
    decide_eligibility,
    delete_applications,
    get_application_row,
    restore_eligibility,
    restore_statuses,
    set_statuses,
    update_application,
)
from mentordesk.core.collector import collector_paused
from mentordesk.core.errors import DecisionsChangedError, MentorDeskError, StatusesChangedError
from mentordesk.core.progress import Progress
from mentordesk.core.sentences import Sentence
from mentordesk.core.storage.models import ApplicationStatus, EligibilityOverride, Role
from mentordesk.gui import theme
from mentordesk.gui.applicants.commands import RenameApplicantCommand
from mentordesk.gui.applicants.delegates import ApplicantsDelegate
from mentordesk.gui.applicants.model import (
    HIDDEN_BY_DEFAULT,
    ROW_ROLE,
    UNDECIDED,
    ApplicantsFilterProxy,
    ApplicantsTableModel,
    PreparedRows,
    column_label,
)
from mentordesk.gui.applicants.new_applicant_dialog import NewApplicantDialog
from mentordesk.gui.area import Area
from mentordesk.gui.context import AppContext
from mentordesk.gui.core_words import core_text, core_word
from mentordesk.gui.data import Change, Kind, tell
from mentordesk.gui.forms.ui_applicants_area import Ui_ApplicantsArea
from mentordesk.gui.icons import action_icon
from mentordesk.gui.jobs import Job
from mentordesk.gui.languages import local_number
from mentordesk.gui.theme import NamedColor
from mentordesk.gui.undo import DatabaseCommand, push


def _shown(value: Any) -> str:
    """A value as the conflict dialog names it: a yes, a no or a status in the window's
    language, what a committee member typed as typed."""
    text = display_value(value) or "–"
    return core_word(text) if isinstance(value, (bool, StrEnum)) else text


class EditApplicationCommand(DatabaseCommand):
    """One in-place edit of one field; redo and undo are each one transaction.

    Each write carries the field as the table showed it (or as this step's last write
    left it): another desk's change to that field is refused and shown, while its changes
    to other fields of the record are kept beside this one.
    """

    def __init__(self, area: ApplicantsArea, row: ApplicationRow, field: str, new: Any) -> None:
        super().__init__(
            area.data,
            QCoreApplication.translate("ApplicantsArea", "edit %s of %s")
            % (core_word(column_label(field)).lower(), row.full_name or row.email),
        )
        self._area = area
        self._id = row.id
        self._field = field
        self._old = row.values.get(field)
        self._new = new
        self._shown = self._old  # the field as the table showed it, then as a write left it

    def apply_redo(self) -> None:
        self._apply(self._new)

    def apply_undo(self) -> None:
        self._apply(self._old)

    def describe_mine(self, undoing: bool) -> str:
        old, new = (self._new, self._old) if undoing else (self._old, self._new)
        return f"{core_word(column_label(self._field))}: {_shown(old)} → {_shown(new)}"

    def theirs_kept(self) -> None:
        row = self.data.read(get_application_row, self._id)
        self._area.show_row(row)

    def _apply(self, value: Any) -> None:
        change = self._area.change(Kind.APPLICATIONS)
        if self.expected_version is not None:
            # The person saw the other desk's change (the conflict dialog) and chose theirs:
            # saved over it unless the record moved again since.
            row = self.data.write(
                change, update_application, self._id, self._field, value,
                expected_version=self.expected_version,
            )  # fmt: skip
        else:
            row = self.data.write(
                change, update_application, self._id, self._field, value,
                expected_value=self._shown,
            )  # fmt: skip
        self.expected_version = None
        self._shown = row.values.get(self._field)
        self._area.written_versions[self._id] = row.version
        self._area.show_row(row)


class SetStatusCommand(DatabaseCommand):
    """A status decision on a selection of applications, as one transaction."""

    def __init__(
        self,
        area: ApplicantsArea,
        rows: list[ApplicationRow],
        status: ApplicationStatus,
        reason: str | None,
        text: str,
    ) -> None:
        super().__init__(area.data, text)
        self._area = area
        self._ids = [r.id for r in rows]
        self._status = status
        self._reason = reason
        # The rows as the table shows them: what undo puts back, and what the decision
        # expects to find (another desk's status set meanwhile is refused, not overwritten).
        self._before = {r.id: (r.status, r.status_reason) for r in rows}
        self._seen = dict(self._before)
        self._left: dict[int, StatusSeen] = {}  # as the decision left them: what undo expects

    def apply_redo(self) -> None:
        change = self._area.change(Kind.APPLICATIONS)
        rows = written_and_shown(
            self._area, change, set_statuses, self._ids, self._status, self._reason,
            expected=self._seen,
        )  # fmt: skip
        self._left = {r.id: (r.status, r.status_reason) for r in rows}

    def apply_undo(self) -> None:
        change = self._area.change(Kind.APPLICATIONS)
        rows = written_and_shown(
            self._area, change, restore_statuses, self._before, expected=self._left
        )
        self._seen = {r.id: (r.status, r.status_reason) for r in rows}


def written_and_shown(
    area: ApplicantsArea, change: Change, *call: Any, **options: Any
) -> list[ApplicationRow]:
    """One write of a decision on some rows, and its rows shown; refused because another desk
    changed one of those decisions since, the table shows those rows as they are now (the
    refusal is about them) and the refusal goes on to the undo stack."""
    try:
        rows: list[ApplicationRow] = area.data.write(change, *call, **options)
    except (StatusesChangedError, DecisionsChangedError) as exc:
        with suppress(MentorDeskError):  # the refusal is said all the same
            for app_id in exc.application_ids:
                area.show_row(area.data.read(get_application_row, app_id))
        raise
    for row in rows:
        # This window's own write: an earlier step's undo must not take it for another desk's.
        area.written_versions[row.id] = row.version
        area.show_row(row)
    return rows


class DecideEligibilityCommand(DatabaseCommand):
    """The committee's eligibility decision on a selection (one click), as one transaction."""

    def __init__(
        self,
        area: ApplicantsArea,
        rows: list[ApplicationRow],
        decision: EligibilityOverride,
        note: str,
        text: str,
    ) -> None:
        super().__init__(area.data, text, where=area)
        self._area = area
        self._ids = [r.id for r in rows]
        self._decision = decision
        self._note = note
        # The decisions as the table shows them: what undo puts back, and what the decision
        # expects to find (another desk's decision meanwhile is refused, not overwritten).
        self._before = {r.id: (r.eligibility_override, r.eligibility_note) for r in rows}
        self._seen = dict(self._before)
        self._left: dict[int, DecisionSeen] = {}  # as the decision left them: what undo expects

    def apply_redo(self) -> None:
        change = self._area.change(Kind.APPLICATIONS)
        rows = written_and_shown(
            self._area, change, decide_eligibility, self._ids, self._decision, self._note,
            expected=self._seen,
        )  # fmt: skip
        self._left = {r.id: (r.eligibility_override, r.eligibility_note) for r in rows}

    def apply_undo(self) -> None:
        change = self._area.change(Kind.APPLICATIONS)
        rows = written_and_shown(
            self._area, change, restore_eligibility, self._before, expected=self._left
        )
        self._seen = {r.id: (r.eligibility_override, r.eligibility_note) for r in rows}


#: From this many applications on, the table is read and prepared in a worker thread (and a
#: window's first cohort is read before the area is built: ``core.applications.first_read``).
READ_IN_BACKGROUND_FROM = READ_AHEAD_FROM


class ApplicantsArea(Area):
    """Browse, search, filter and edit the applications of the selected cohort."""

    counts_changed = Signal(int, int)  # shown, total
    # Rules decide eligibility; a board change that changes a status says APPLICATIONS too.
    shows = Kind.APPLICATIONS | Kind.PROGRAMS

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        #: True while a big cohort is read off the GUI thread (``--ready-and-quit`` waits).
        self.loading = False
        self._load_generation = 0
        #: The cohort whose applications the table holds (None: none read yet).
        self._rows_of: int | None = None
        self._jobs: set[Job] = set()
        #: Actions other parts of the window add to the row menu (e.g. eligibility override).
        self.extra_actions: list[QAction] = []
        #: The version each application has after this window's last write to it.
        self.written_versions: dict[int, int] = {}
        self.ui = Ui_ApplicantsArea()
        self.ui.setupUi(self)

        self.model = ApplicantsTableModel(self)
        self.model.edit_handler = self._edit
        self.proxy = ApplicantsFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        table = self.ui.table
        table.setModel(self.proxy)
        self.delegate = ApplicantsDelegate(self.model, table)
        table.setItemDelegate(self.delegate)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(26)
        # Rows of one height: the view places 20,000 of them without measuring each.
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(130)
        header.setStretchLastSection(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        for column, name in enumerate(self.model.columns()):
            table.setColumnHidden(column, name in HIDDEN_BY_DEFAULT)
        metrics = table.fontMetrics()

        def widest(words: list[str]) -> int:
            # Role and status read whole in the window's language ("Emparejado/a").
            return max(metrics.horizontalAdvance(core_word(w)) for w in words) + 24

        for name, width in (
            ("name", 190),
            ("email", 230),
            ("role", max(70, widest([display_value(r) for r in Role]))),
            ("status", max(90, widest([display_value(s) for s in ApplicationStatus]))),
            ("eligibility", 110),
        ):
            table.setColumnWidth(self.model.column_of(name), width)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 1)

        self.ui.roleFilter.addItem(self.tr("All"), None)
        self.ui.roleFilter.addItem(self.tr("Mentors"), Role.MENTOR.value)
        self.ui.roleFilter.addItem(self.tr("Mentees"), Role.MENTEE.value)
        self.ui.statusFilter.addItem(self.tr("All"), None)
        for status in ApplicationStatus:
            self.ui.statusFilter.addItem(self.tr(status.value.capitalize()), status.value)
        self.ui.eligibilityFilter.addItem(self.tr("All"), None)
        self.ui.eligibilityFilter.addItem(self.tr("Eligible"), True)
        self.ui.eligibilityFilter.addItem(self.tr("Not eligible"), False)
        self.ui.eligibilityFilter.addItem(self.tr("Needs a decision"), UNDECIDED)
        self._mentors = NameIndex([])  # the cohort's mentors, to show whom a typed name means
        self.ui.showUndecidedButton.clicked.connect(self.show_undecided)
        self.ui.decideEligibleButton.clicked.connect(
            lambda: self.decide_selected(EligibilityOverride.ELIGIBLE)
        )
        self.ui.decideIneligibleButton.clicked.connect(
            lambda: self.decide_selected(EligibilityOverride.INELIGIBLE)
        )

        # Typing in the search box filters after a short pause, not on every key of a long name.
        self._search_timer = QTimer(self, singleShot=True, interval=150)
        self._search_timer.timeout.connect(lambda: self.proxy.set_search(self.ui.searchEdit.text()))
        self.ui.searchEdit.textChanged.connect(lambda _text: self._search_timer.start())
        self.ui.roleFilter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_role(self.ui.roleFilter.currentData())
        )
        self.ui.statusFilter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_status(self.ui.statusFilter.currentData())
        )
        self.ui.eligibilityFilter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_eligible(self.ui.eligibilityFilter.currentData())
        )
        self.ui.duplicatesOnly.toggled.connect(self.proxy.set_duplicates_only)
        # A search on a big cohort inserts and removes thousands of row ranges: the count
        # is written once, when the event loop is next free, not once per range.
        self._count_timer = QTimer(self, singleShot=True, interval=0)
        self._count_timer.timeout.connect(self._update_count)
        for signal in (
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.modelReset,
            self.proxy.layoutChanged,
        ):
            signal.connect(lambda *_args: self._count_timer.start())
        table.selectionModel().selectionChanged.connect(self._show_detail)
        table.customContextMenuRequested.connect(self._context_menu)
        self.find_action = QAction(action_icon("find"), self.tr("&Find Applicant"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self._focus_search)
        self.delete_action = QAction(self.tr("Delete Permanently…"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.withdraw_action = QAction(self.tr("&Withdraw…"), self)
        self.withdraw_action.setShortcut(QKeySequence("Ctrl+Shift+X"))
        self.withdraw_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.withdraw_action.setToolTip(
            self.tr("They leave the cohort: their pair ends, their partner gets an offer")
        )
        self.withdraw_action.triggered.connect(self.withdraw_selected)
        self.addAction(self.find_action)
        table.addAction(self.delete_action)
        table.addAction(self.withdraw_action)
        self._update_count()
        self._show_detail()

    # --- cohort -----------------------------------------------------------------------

    def set_cohort(self, cohort_id: int | None) -> None:
        if cohort_id != self.cohort_id:
            # Last cohort's search would show this one as an empty list.
            self._search_timer.stop()
            self.ui.searchEdit.clear()
            self._search_timer.stop()
            self.proxy.set_search("")
        super().set_cohort(cohort_id)

    def reload(self) -> None:
        """Read the cohort's applications again; a big cohort is read and prepared off the
        GUI thread (the count line says so), so the window never holds for it."""
        self._load_generation += 1
        if self.cohort_id is None:
            self._show_loaded([], NameIndex([]), None)
            return
        # What the window read while it was being built serves its first cohort's read only.
        first_read, self.context.first_read = self.context.first_read, None
        size = self.data.query(
            self, self.tr("Cannot show the applications"), count_applications, self.cohort_id
        )
        if size and size.result >= READ_IN_BACKGROUND_FROM:
            if self._rows_of not in (None, self.cohort_id):
                # Never the last cohort's people under this one's name while it is read.
                self.loading = True
                self._show_loaded([], NameIndex([]), None)
            self._reload_in_background(self.cohort_id, size.result, first_read)
            return
        read = self.data.query(
            self,
            self.tr("Cannot show the applications"),
            applications_and_mentors,
            self.cohort_id,
        )
        rows, mentors = read.result if read else ([], NameIndex([]))
        self._show_loaded(rows, mentors, None)

    def _reload_in_background(
        self, cohort_id: int, size: int, first_read: FirstRead | None = None
    ) -> None:
        generation, model, data = self._load_generation, self.model, self.data

        def work(_progress: Progress) -> tuple[PreparedRows, NameIndex]:
            with collector_paused():  # a hundred thousand objects made to stay: nothing to free
                read = first_read.take(cohort_id) if first_read is not None else None
                rows, mentors = read or data.read(applications_and_mentors, cohort_id)
                return model.prepare(rows), mentors

        def done(result: tuple[PreparedRows, NameIndex]) -> None:
            self._jobs.discard(job)
            if not isValid(self) or generation != self._load_generation:
                return  # another cohort, or a newer reload, was asked for meanwhile
            self.loading = False
            prepared, mentors = result
            self._show_loaded(prepared.rows, mentors, prepared)

        def failed(exc: BaseException) -> None:
            self._jobs.discard(job)
            if isValid(self) and generation == self._load_generation:
                self.loading = False
                tell(self, self.tr("Cannot show the applications"), exc)

        self.loading = True
        self.ui.countLabel.setText(self.tr("Reading %Ln application(s)…", "", size))
        job = Job(work)
        self._jobs.add(job)
        job.signals.finished.connect(done)
        job.signals.failed.connect(failed)
        QThreadPool.globalInstance().start(job)

    def _show_loaded(
        self, rows: list[ApplicationRow], mentors: NameIndex, prepared: PreparedRows | None
    ) -> None:
        self._mentors = mentors
        self._rows_of = self.cohort_id
        # Refreshing (F5, a rules change, an import) keeps the applicants the user selected.
        selected = [r.id for r in self.selected_rows() if r.cohort_id == self.cohort_id]
        if prepared is not None:
            self.model.show_prepared(prepared)
        else:
            self.model.set_rows(rows)
        # A reload tells its count at once (before whatever message follows it).
        self._count_timer.stop()
        self._update_count()
        for application_id in selected:
            self._select(application_id, QItemSelectionModel.SelectionFlag.Select)
        self._show_detail()

    def show_row(self, row: ApplicationRow) -> None:
        self.model.replace_row(row)
        self._show_detail()

    # --- decisions on what the form never asked ----------------------------------------

    def undecided_rows(self) -> list[ApplicationRow]:
        return [r for r in self.model.rows() if r.eligibility.eligible is None]

    def _update_decision_bar(self) -> None:
        undecided = self.undecided_rows()
        self.ui.decisionBar.setVisible(bool(undecided))
        if not undecided:
            return
        asked = sorted(
            {
                _field_not_asked(reason)
                for row in undecided
                for reason in row.eligibility.reasons
                if " not asked on the form" in reason
            }
        )
        count = self.tr("%Ln application(s) need a decision", "", len(undecided))
        why = self.tr(
            "the form did not ask %s, which the rules need. Select them and decide, or fill "
            "in the answer in the table."
        ) % ", ".join(asked)
        self.ui.decisionLabel.setText(f"<b>{html.escape(count)}</b>: {html.escape(why)}")
        chosen = bool(self.selected_rows())
        self.ui.decideEligibleButton.setEnabled(chosen)
        self.ui.decideIneligibleButton.setEnabled(chosen)

    def show_undecided(self) -> None:
        """Filter to the applications that need a decision and select them all."""
        self.ui.eligibilityFilter.setCurrentIndex(self.ui.eligibilityFilter.findData(UNDECIDED))
        self.ui.table.selectAll()

    def decide_selected(self, decision: EligibilityOverride) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        asked = sorted({r for row in rows for r in row.eligibility.reasons if "not asked" in r})
        note = self.tr("Decided for the selection") + (f": {'; '.join(asked)}" if asked else "")
        # The area words the undo step: lupdate gives a count's plural forms to tr() only.
        text = (
            self.tr("decide %Ln application(s) eligible", "", len(rows))
            if decision is EligibilityOverride.ELIGIBLE
            else self.tr("decide %Ln application(s) not eligible", "", len(rows))
        )
        command = DecideEligibilityCommand(self, rows, decision, note, text)
        if push(self.context.undo_stack, command, where=self):
            self.status_message.emit(self.tr("Decided %Ln application(s)", "", len(rows)))

    # --- selection --------------------------------------------------------------------

    def selected_rows(self) -> list[ApplicationRow]:
        indexes = self.ui.table.selectionModel().selectedRows()
        return [index.data(ROW_ROLE) for index in sorted(indexes, key=lambda i: i.row())]

    def current_row(self) -> ApplicationRow | None:
        rows = self.selected_rows()
        return rows[0] if len(rows) == 1 else None

    def select_application(self, application_id: int) -> None:
        self._select(application_id, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _select(self, application_id: int, how: QItemSelectionModel.SelectionFlag) -> None:
        source_row = self.model.row_number(application_id)
        if source_row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if index.isValid():
            self.ui.table.selectionModel().select(
                index, how | QItemSelectionModel.SelectionFlag.Rows
            )
            self.ui.table.scrollTo(index)

    def _update_count(self, *_args: Any) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.ui.countLabel.setText(
            self.tr("Showing %1 of %Ln application(s)", "", total).replace(
                "%1", local_number(shown)
            )
        )
        self.counts_changed.emit(shown, total)

    def _show_detail(self, *_args: Any) -> None:
        self._update_decision_bar()
        rows = self.selected_rows()
        if (
            not rows
            and self.cohort_id is not None
            and self.model.rowCount() == 0
            and not self.loading
        ):
            # A new cohort: say what to do next rather than show an empty table and nothing.
            self.ui.detail.setHtml(
                f"<p style='color:{theme.hex_of(NamedColor.MUTED_TEXT)}'>"
                + html.escape(
                    self.tr(
                        "No applications in this cohort yet. Bring in your form's export with "
                        "File ▸ Import Applications… (Ctrl+I)."
                    )
                )
                + "</p>"
            )
            return
        if not rows:
            self.ui.detail.setHtml(
                f"<p style='color:{theme.hex_of(NamedColor.MUTED_TEXT)}'>"
                + str(
                    html.escape(
                        self.tr("Select an applicant to see every answer of their application.")
                    )
                )
                + "</p>"
            )
            return
        if len(rows) > 1:
            self.ui.detail.setHtml(
                "<p>" + str(html.escape(self.tr("%Ln applicants selected", "", len(rows)))) + "</p>"
            )
            return
        self.ui.detail.setHtml(detail_html(rows[0], self._mentors))

    # --- editing ----------------------------------------------------------------------

    def _edit(self, row: ApplicationRow, field: str, value: Any) -> bool:
        command: DatabaseCommand
        if field == "name":
            command = RenameApplicantCommand(self, row, value)
        elif field == "status" and value == ApplicationStatus.WITHDRAWN.value:
            # Chosen from the list: ask why, as Set status ▸ Withdrawn does.
            self.select_application(row.id)
            self.set_status(ApplicationStatus.WITHDRAWN)
            return False
        else:
            command = EditApplicationCommand(self, row, field, value)
        if not push(self.context.undo_stack, command):
            self.status_message.emit(str(command.failure))
            return False
        return True

    def new_applicant(self, cohort_name: str) -> NewApplicantDialog | None:
        """New Applicant…: the dialog, opened over the window; the new row is selected."""
        if self.cohort_id is None:
            return None
        dialog = NewApplicantDialog(self, cohort_name, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def set_status(self, status: ApplicationStatus) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        reason: str | None = None
        if status is ApplicationStatus.WITHDRAWN:
            self.withdraw_selected()  # the one flow: pairs end, partners get an offer
            return
        text = self.tr("mark %Ln application(s) %1", "", len(rows)).replace(
            "%1", core_word(display_value(status)).lower()
        )
        push(self.context.undo_stack, SetStatusCommand(self, rows, status, reason, text))

    def withdraw_selected(self) -> None:
        """Withdraw… the selected applicants: day and reason, then their partners' offers."""
        rows = [r for r in self.selected_rows() if r.status is not ApplicationStatus.WITHDRAWN]
        if not rows:
            self.status_message.emit(self.tr("Select applicants who have not withdrawn yet"))
            return
        # Imported when asked for: it brings the matching core (and numpy), which the
        # first window does not need.
        from mentordesk.gui.withdrawal import WithdrawFlow

        self.withdraw_flow = WithdrawFlow(
            self.context, [r.id for r in rows], [r.full_name or r.email for r in rows], self
        )
        self.withdraw_flow.message.connect(self.status_message)
        self.withdraw_flow.start()

    # --- menus ------------------------------------------------------------------------

    def _context_menu(self, pos: QPoint) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        menu = QMenu(self)
        status_menu = menu.addMenu(self.tr("Set status"))
        for status in ApplicationStatus:
            if status is ApplicationStatus.MATCHED:
                continue  # follows the pairing board, never set by hand
            action = status_menu.addAction(self.tr(status.value.capitalize()))
            action.triggered.connect(lambda _checked=False, s=status: self.set_status(s))
        menu.addAction(self.withdraw_action)
        copy = menu.addAction(self.tr("Copy email addresses"))
        copy.triggered.connect(self.copy_emails)
        for action in self.extra_actions:
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        menu.exec(self.ui.table.viewport().mapToGlobal(pos))

    def _focus_search(self) -> None:
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()

    def delete_selected(self) -> None:
        """Delete applications entered by mistake, after the user confirms; not undoable."""
        rows = self.selected_rows()
        if not rows:
            return
        who = (
            rows[0].full_name or rows[0].email
            if len(rows) == 1
            else self.tr("%Ln applications", "", len(rows))
        )
        answer = QMessageBox.question(
            self,
            self.tr("Delete permanently"),
            self.tr(
                "Delete %s permanently? This cannot be undone. To keep the history of someone "
                "who leaves the program, set the status to Withdrawn instead."
            )
            % who,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        deleted = self.data.change(
            self,
            self.tr("Not deleted"),
            self.change(Kind.APPLICATIONS),
            delete_applications,
            [row.id for row in rows],
            # The rows as shown: one another desk changed meanwhile is not removed unseen.
            expected={row.id: row for row in rows},
        )
        if not deleted:
            return
        # Undo steps may name the deleted applications: they cannot be replayed now.
        self.context.undo_stack.clear()
        self.reload()
        self.status_message.emit(self.tr("Deleted %Ln application(s)", "", len(rows)))

    def copy_emails(self) -> None:
        emails = "; ".join(row.email for row in self.selected_rows())
        QGuiApplication.clipboard().setText(emails)
        self.status_message.emit(self.tr("Copied %Ln address(es)", "", len(self.selected_rows())))

    def _header_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        table = self.ui.table
        for column, name in enumerate(self.model.columns()):
            action = menu.addAction(self.tr(column_label(name)))
            action.setCheckable(True)
            action.setChecked(not table.isColumnHidden(column))
            action.toggled.connect(lambda on, c=column: table.setColumnHidden(c, not on))
        menu.exec(table.horizontalHeader().mapToGlobal(pos))

    def edit_index(self, row: int, column_name: str) -> QModelIndex:
        """The view index of a source row and field (used by tests and keyboard navigation)."""
        return self.proxy.mapFromSource(self.model.index(row, self.model.column_of(column_name)))


#: Fields whose values are the core's own words, said in the window's language.
_WORDED = (FieldKind.BOOLEAN, FieldKind.ROLE, FieldKind.STATUS)


def _field_not_asked(reason: str) -> str:
    """The field a "… not asked on the form" reason names, as the window labels it."""
    if isinstance(reason, Sentence):
        return core_word(str(reason.values[0]))
    return reason.split(" not asked on the form")[0]


def detail_html(row: ApplicationRow, mentors: NameIndex | None = None) -> str:
    """Every answer of one application, the eligibility decision with its reasons, and whom
    a typed mentor or supervisor name was taken to mean among the cohort's mentors."""
    e = html.escape
    result = row.eligibility
    color = theme.hex_of(
        NamedColor.WARNING_TEXT
        if result.eligible is None
        else NamedColor.GOOD_TEXT
        if result.eligible
        else NamedColor.ERROR_TEXT
    )
    muted = theme.hex_of(NamedColor.MUTED_TEXT)
    parts = [
        f"<h3 style='margin-bottom:2px'>{e(row.full_name or row.email)}</h3>",
        f"<div style='color:{muted}'>{e(core_word(display_value(row.role)))} · {e(core_word(display_value(row.status)))}"
        + (f": {e(row.status_reason)}" if row.status_reason else "")
        + "</div>",
        f"<p style='color:{color}; font-weight:600; margin-bottom:2px'>{e(core_word(result.label))}</p>",
    ]
    if result.reasons:
        parts.append(
            "<ul style='margin-top:0'>"
            + "".join(f"<li>{e(core_text(r))}</li>" for r in result.reasons)
            + "</ul>"
        )
    parts.append("<table cellspacing='0' cellpadding='3'>")
    for spec in FIELDS:
        if spec.name in ("first_name", "last_name"):
            continue
        value = row.display(spec.name)
        source = row.source(spec.name)
        if not value and source == "not_asked":
            value = QCoreApplication.translate("ApplicantsArea", "(not asked on the form)")
        elif spec.kind in _WORDED and value:
            value = core_word(value)  # "Sí", "Mentorado/a", "Enviada"
        if value:
            shown = e(value).replace(chr(10), "<br>")
            if spec.name in ("requested_mentor", "supervisor_name") and mentors is not None:
                shown += _resolution_html(mentors, value, spec.name)
            if source in ("committee", "fixed"):
                what = (
                    QCoreApplication.translate("ApplicantsArea", "corrected by the committee")
                    if source == "committee"
                    else QCoreApplication.translate("ApplicantsArea", "same for all")
                )
                shown += f" <span style='color:{muted}'>({e(what)})</span>"
            parts.append(
                f"<tr><td style='color:{muted}; vertical-align:top'>{e(core_word(spec.label))}</td>"
                f"<td>{shown}</td></tr>"
            )
    parts.append("</table>")
    return "".join(parts)


def _resolution_html(mentors: NameIndex, typed: str, field: str) -> str:
    """Under a typed name: the mentor it was taken to mean, or why none was."""
    resolution = mentors.resolve(typed)
    if resolution.outcome is Outcome.EXACT:
        return ""
    if resolution.candidate is not None:
        text, color = f"→ {resolution.candidate.name}", theme.hex_of(NamedColor.GOOD_TEXT)
    elif resolution.outcome is Outcome.AMBIGUOUS:
        names = [c.name for c in resolution.rivals]
        either = names[0]
        for name in names[1:]:
            either = (
                QCoreApplication.translate("ApplicantsArea", "%1 or %2")
                .replace("%2", name)
                .replace("%1", either)
            )
        text, color = (
            QCoreApplication.translate(
                "ApplicantsArea", "could be %1: the committee decides"
            ).replace("%1", either),
            theme.hex_of(NamedColor.WARNING_TEXT),
        )
    elif field == "supervisor_name":
        return ""  # most supervisors are not mentors: nothing to say
    else:
        text, color = (
            QCoreApplication.translate("ApplicantsArea", "matches no mentor of this cohort"),
            theme.hex_of(NamedColor.ERROR_TEXT),
        )
    return f"<br><span style='color:{color}'>{html.escape(text)}</span>"
