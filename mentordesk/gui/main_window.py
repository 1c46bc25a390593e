"""The main window: menus, the cohort selector, the five areas, recent files and settings.

The window is shown before anything heavy is imported: its frame (menus, sidebar, the
status "Opening demo.db…") needs Qt alone. ``attach`` then shows a database once the
modules a database needs (``gui.loading.DESK_MODULES``) are loaded, which ``gui.app`` does
(their core in a worker thread, their Qt on the GUI thread a module a turn); each area is created when
it is first shown, and a dialog's module is imported when the dialog is first asked for. (SQLAlchemy, the core and the areas would otherwise
hold the first paint for several times the whole start-up of a bare Qt window.)
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QComboBox, QLabel, QListWidgetItem, QMainWindow, QWidget

from mentordesk.core.paths import user_data_dir
from mentordesk.gui.core_words import core_text
from mentordesk.gui.forms.ui_main_window import Ui_MainWindow
from mentordesk.gui.icons import action_icon, area_icon
from mentordesk.gui.languages import local_number

if TYPE_CHECKING:
    # (Imported for the annotations alone: PySide builds a class's enums as it is imported,
    # and the events' make QEvent's 180-member Type before the first paint.)
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDragMoveEvent, QDropEvent
    from PySide6.QtWidgets import QDialog

    from mentordesk.core.applications.first_read import FirstRead
    from mentordesk.core.programs.cohorts import CohortChoice
    from mentordesk.core.storage.database import Database
    from mentordesk.gui.applicants.area import ApplicantsArea
    from mentordesk.gui.area import Area
    from mentordesk.gui.audit import AuditArea
    from mentordesk.gui.calendar import CalendarArea
    from mentordesk.gui.cohort_actions import CohortLifecycleActions
    from mentordesk.gui.context import AppContext
    from mentordesk.gui.data import Change
    from mentordesk.gui.guide import GuideWindow
    from mentordesk.gui.import_wizard import ImportWizard
    from mentordesk.gui.other_desks import OtherDesks
    from mentordesk.gui.pairing.history_dialog import PersonHistoryDialog
    from mentordesk.gui.preferences import Preferences
    from mentordesk.gui.preferences_dialog import PreferencesDialog

#: The sidebar's areas: icon, module and class, created when first shown.
AREAS = (
    ("applicants", "mentordesk.gui.applicants.area", "ApplicantsArea"),
    ("pairing", "mentordesk.gui.pairing.area", "PairingArea"),
    ("calendar", "mentordesk.gui.calendar.area", "CalendarArea"),
    ("reports", "mentordesk.gui.reports.area", "ReportsArea"),
    ("audit", "mentordesk.gui.audit.area", "AuditArea"),
)
CALENDAR, AUDIT = 2, 4
MAX_RECENT = 8
#: What a dropped file may be to start an import: a form's export.
FORM_EXPORTS = (".csv", ".tsv", ".xlsx")


#: The settings group of the cohort each database showed last.
LAST_COHORT = "lastCohort"


def _cohort_setting(database_name: str) -> str:
    """A database's key in ``LAST_COHORT`` (a "/" there would open a settings group)."""
    return database_name.replace("/", "|")


def _cohort_id(value: object) -> int | None:
    try:
        return int(value) if value is not None else None  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return None


def _form_export(mime: QMimeData) -> str | None:
    """The one local spreadsheet file being dragged, if that is what it is."""
    files = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
    if len(files) == 1 and files[0].lower().endswith(FORM_EXPORTS):
        return files[0]
    return None


class MainWindow(QMainWindow):
    """One window per open database; areas follow the cohort chosen in the toolbar."""

    cohort_changed = Signal(object)  # int | None

    def __init__(
        self, database: Database | None = None, parent: QWidget | None = None, *, opening: str = ""
    ) -> None:
        """The window on ``database``; without one, its frame only, saying it is ``opening``
        that file until ``attach`` gives it the database."""
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.settings = QSettings()
        self.undo_stack = QUndoStack(self)
        self.cohort_id: int | None = None
        #: The areas by their place in the sidebar, each created when first needed.
        self._areas: list[Area | None] = [None] * len(AREAS)
        self.history_dialog: PersonHistoryDialog | None = None
        self.import_wizard: ImportWizard | None = None
        self.new_applicant_dialog: QDialog | None = None
        self.preferences_dialog: PreferencesDialog | None = None
        self.attached = False
        self._first_cohort: int | None = None
        self.setAcceptDrops(True)

        self.cohort_combo = QComboBox(self)
        self.cohort_combo.setMinimumContentsLength(36)
        self.cohort_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.cohort_combo.setAccessibleName(self.tr("Program and cohort"))
        cohort_label = QLabel(self.tr("&Cohort:"), self)
        cohort_label.setBuddy(self.cohort_combo)
        self.ui.mainToolBar.addWidget(cohort_label)
        self.ui.mainToolBar.addWidget(self.cohort_combo)
        self.cohort_combo.currentIndexChanged.connect(self._cohort_chosen)
        self.db_label = QLabel(self)
        self.ui.statusbar.addPermanentWidget(self.db_label)

        self._setup_actions()
        self._build_sidebar()
        self._restore_geometry()
        if database is not None:
            self.attach(database)
            return
        # Until the database is open: its name, and nothing that needs it.
        self.ui.mainToolBar.setVisible(False)
        self.ui.pages.setCurrentWidget(self.ui.workPage)
        # (Not findChildren: wrapping every child widget for Python costs the paint 20 ms.)
        actions = [a for n, a in vars(self.ui).items() if n.startswith("action")]
        actions += [self.guide_action, self.undo_action, self.redo_action]
        self._waiting = [a for a in actions if a.isEnabled()]
        for action in self._waiting:
            action.setEnabled(action in (self.ui.actionQuit, self.ui.actionAbout))
        if opening:
            self.setWindowTitle(f"{opening} — MentorDesk")
            self.ui.statusbar.showMessage(self.tr("Opening %s…") % opening)

    def attach(
        self,
        database: Database,
        *,
        cohort_id: int | None = None,
        first_read: FirstRead | None = None,
    ) -> None:
        """Show ``database`` (on ``cohort_id``, else the cohort last shown): build what needs
        a database, then show its cohorts, the first one's applications read already where
        ``first_read`` read them. Once only: then ``set_database`` shows another."""
        from mentordesk.gui.context import AppContext
        from mentordesk.gui.forms.ui_welcome_page import Ui_WelcomePage  # (not for the paint)
        from mentordesk.gui.other_desks import OtherDesks
        from mentordesk.gui.preferences import Preferences

        self.context: AppContext = AppContext(database, self.undo_stack, first_read)
        self.attached = True
        # The first-run page, for a database without a program (not shown while opening).
        self._welcome = Ui_WelcomePage()
        self._welcome.setupUi(self.ui.welcomePage)
        self._welcome.createProgramButton.clicked.connect(self.new_program)
        self._welcome.openDemoButton.clicked.connect(self.open_demo)
        for action in getattr(self, "_waiting", []):
            action.setEnabled(True)
        self.ui.statusbar.clearMessage()
        self._setup_application_actions()
        self.apply_preferences(Preferences.load(self.settings))
        # Watched from what the first read saw: a change saved since is shown (core.first_read).
        mark = first_read.mark() if first_read is not None else None
        self.other_desks: OtherDesks = OtherDesks(self.context, self, mark=mark)
        self.other_desks.changed.connect(self._changed_elsewhere)
        # This window's own saves move the database's change mark too: take them in.
        self.context.data.changed.connect(lambda _change: self.other_desks.take_in_own_change())
        self._area(self.ui.areaList.currentRow())
        self._first_cohort = cohort_id
        self.set_database(database)

    # --- construction -----------------------------------------------------------------

    def _setup_actions(self) -> None:
        ui = self.ui
        ui.actionNew.setShortcut(QKeySequence.StandardKey.New)
        ui.actionOpen.setShortcut(QKeySequence.StandardKey.Open)
        ui.actionQuit.setShortcut(QKeySequence.StandardKey.Quit)
        ui.actionRefresh.setShortcut(QKeySequence.StandardKey.Refresh)
        ui.actionNew.triggered.connect(self.new_database)
        ui.actionOpen.triggered.connect(self.open_database_dialog)
        ui.actionOpenDemo.triggered.connect(self.open_demo)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionRefresh.triggered.connect(self.refresh)
        ui.actionNewProgram.triggered.connect(self.new_program)
        ui.actionNewCohort.triggered.connect(self.new_cohort)
        ui.actionAbout.triggered.connect(self.about)
        self.guide_action = QAction(self.tr("MentorDesk &Guide"), self)
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.guide_action.triggered.connect(self.show_guide)
        ui.menuHelp.insertAction(ui.actionAbout, self.guide_action)
        ui.menuHelp.insertSeparator(ui.actionAbout)
        self._guide: GuideWindow | None = None
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        ui.menuEdit.addAction(undo)
        ui.menuEdit.addAction(redo)
        self.undo_action, self.redo_action = undo, redo
        for action, icon in (
            (ui.actionNew, "new-database"),
            (ui.actionOpen, "open"),
            (ui.actionQuit, "quit"),
            (ui.actionRefresh, "refresh"),
            (ui.actionAbout, "about"),
            (self.guide_action, "guide"),
            (undo, "undo"),
            (redo, "redo"),
        ):
            action.setIcon(action_icon(icon))
        ui.menuRecent.aboutToShow.connect(self._fill_recent_menu)
        for index, action in enumerate(
            (ui.actionApplicants, ui.actionPairing, ui.actionCalendar, ui.actionReports)
        ):
            action.triggered.connect(lambda _checked=False, i=index: self.show_area(i))

    def _setup_application_actions(self) -> None:
        """File ▸ Import Applications…, Program ▸ Rules…, and the applicants' Override Eligibility…"""
        from mentordesk.gui.cohort_actions import CohortLifecycleActions

        ui = self.ui
        self.import_action = QAction(self.tr("&Import Applications…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.import_applications)
        ui.menuFile.insertAction(ui.actionOpenDemo, self.import_action)
        self.restore_action = QAction(self.tr("Restore a &Backup…"), self)
        self.restore_action.triggered.connect(self.restore_backup)
        ui.menuFile.insertAction(ui.actionOpenDemo, self.restore_action)
        ui.menuFile.insertSeparator(ui.actionOpenDemo)
        self.rules_action = QAction(self.tr("&Rules…"), self)
        self.rules_action.triggered.connect(self.edit_rules)
        ui.menuProgram.addSeparator()
        ui.menuProgram.addAction(self.rules_action)
        self.terms_action = QAction(self.tr("Cohort &Terms…"), self)
        self.terms_action.triggered.connect(self.edit_terms)
        ui.menuProgram.addAction(self.terms_action)
        self.evaluations_action = QAction(self.tr("&Evaluations…"), self)
        self.evaluations_action.triggered.connect(self.edit_evaluations)
        ui.menuProgram.addAction(self.evaluations_action)
        self.rules_action.setIcon(action_icon("rules"))
        self.import_action.setIcon(action_icon("import"))
        self.mail_action = QAction(action_icon("mail"), self.tr("&Mail Server…"), self)
        self.mail_action.triggered.connect(self.edit_mail_settings)
        ui.menuProgram.addAction(self.mail_action)
        self.override_action = QAction(self.tr("Override &Eligibility…"), self)
        self.override_action.triggered.connect(self.override_eligibility)
        self.applicants.extra_actions.append(self.override_action)
        self.new_applicant_action = QAction(
            action_icon("new-applicant"), self.tr("New &Applicant…"), self
        )
        self.new_applicant_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_applicant_action.setToolTip(
            self.tr("Type in an application that came on paper, by mail or by phone")
        )
        self.new_applicant_action.triggered.connect(self.new_applicant)
        ui.menuEdit.addSeparator()
        ui.menuEdit.addAction(self.new_applicant_action)
        self.preferences_action = QAction(
            action_icon("preferences"), self.tr("&Preferences…"), self
        )
        # The platform's own key where it has one (Ctrl+, elsewhere, as most programs use).
        platform = QKeySequence(QKeySequence.StandardKey.Preferences)
        keys = [QKeySequence("Ctrl+,")]
        self.preferences_action.setShortcuts(keys if platform.isEmpty() else [platform, *keys])
        self.preferences_action.triggered.connect(self.edit_preferences)
        ui.menuEdit.addSeparator()
        ui.menuEdit.addAction(self.preferences_action)
        self.applicants.extra_actions.append(self.new_applicant_action)
        self.history_action = QAction(action_icon("history"), self.tr("&History…"), self)
        self.history_action.triggered.connect(self.show_history)
        self.applicants.extra_actions.append(self.history_action)
        self.lifecycle: CohortLifecycleActions = CohortLifecycleActions(
            self.context, self, ui.menuProgram, lambda: self.cohort_id, self._cohort_lifecycle
        )
        self.audit_action = QAction(self.tr("A&udit"), self)
        self.audit_action.setShortcut(QKeySequence("Ctrl+5"))
        self.audit_action.triggered.connect(lambda _checked=False: self.show_area(4))
        ui.menuView.insertAction(ui.actionRefresh, self.audit_action)

    def edit_preferences(self) -> None:
        """Edit ▸ Preferences…; what is saved takes effect at once."""
        from mentordesk.gui.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.context, self.preferences, self)
        self.preferences_dialog = dialog
        dialog.accepted.connect(lambda: self.apply_preferences(dialog.preferences))
        dialog.accepted.connect(lambda: self.show_message(self.tr("Preferences saved")))
        dialog.finished.connect(lambda _r: setattr(self, "preferences_dialog", None))
        dialog.open()

    def apply_preferences(self, preferences: Preferences) -> None:
        """Changes from now on carry the chosen name; Needs attention counts to the chosen day."""
        self.preferences = preferences
        self.context.data.actor = preferences.actor or None
        calendar = self._areas[CALENDAR]
        if calendar is not None:  # (else it is told when created)
            calendar.today = preferences.as_of or date.today()  # type: ignore[attr-defined]
            if calendar.cohort_id is not None:
                calendar.refresh()  # type: ignore[attr-defined]

    def edit_mail_settings(self) -> None:
        """Program ▸ Mail Server…"""
        from mentordesk.gui.mail_dialogs import MailSettingsDialog

        MailSettingsDialog(self.context, self).exec()

    def new_applicant(self) -> None:
        """Edit ▸ New Applicant…, shown beside the Applicants table it adds to."""
        if self.cohort_id is None:
            self.show_message(self.tr("Create a program and cohort first"))
            return
        self.show_area(0)
        self.new_applicant_dialog = self.applicants.new_applicant(self.cohort_combo.currentText())

    def show_history(self) -> None:
        """The selected applicant's applications and pairs across every cohort."""
        from mentordesk.core.matching.history import application_history
        from mentordesk.gui.pairing.history_dialog import PersonHistoryDialog

        row = self.applicants.current_row()
        if row is None:
            self.show_message(self.tr("Select one applicant to see their history"))
            return
        found = self.context.data.query(self, self.tr("History"), application_history, row.id)
        if not found:
            return
        self.history_dialog = PersonHistoryDialog(found.result, self)
        self.history_dialog.finished.connect(lambda _r: setattr(self, "history_dialog", None))
        self.history_dialog.open()

    def _cohort_lifecycle(self, message: str) -> None:
        """After a close, reopen or purge: every area rereads the cohort."""
        self.undo_stack.clear()  # steps made before may no longer apply
        self.refresh()
        self.show_message(message)

    def import_applications(self) -> None:
        wizard = self._import_wizard()
        if wizard is not None:
            wizard.exec()

    def _import_wizard(self) -> ImportWizard | None:
        from mentordesk.gui.import_wizard import ImportWizard

        if self.cohort_id is None:
            self.show_message(self.tr("Create a program and cohort first"))
            return None
        wizard = ImportWizard(self.context, self.cohort_id, self)
        wizard.imported.connect(lambda _result: self.refresh())
        wizard.imported.connect(lambda result: self.show_message(core_text(result.summary())))
        return wizard

    def import_dropped_file(self, path: str) -> None:
        """A form's export dropped on the window: the import wizard, already reading it."""
        wizard = self._import_wizard()
        if wizard is None:
            return
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.ui.pathEdit.setText(path)
        self.import_wizard = wizard
        wizard.finished.connect(lambda _r: setattr(self, "import_wizard", None))
        # open(), not exec(): the file manager that dropped the file waits until we return.
        wizard.open()
        wizard.next()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._offer_drop(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._offer_drop(event)

    def _offer_drop(self, event: QDragMoveEvent) -> None:
        if _form_export(event.mimeData()) is not None and self.cohort_id is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _form_export(event.mimeData())
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.import_dropped_file(path)

    def edit_rules(self) -> None:
        from mentordesk.gui.rules_dialog import RulesDialog

        program_id = self._current_program_id()
        if program_id is None:
            return
        RulesDialog(self.context, program_id, self, on_change=self.applicants.reload).exec()

    def edit_terms(self) -> None:
        from mentordesk.gui.terms_dialog import TermsDialog

        if self.cohort_id is None:
            self.show_message(self.tr("Create a program and cohort first"))
            return
        TermsDialog(self.context, self.cohort_id, self).exec()

    def edit_evaluations(self) -> None:
        from mentordesk.gui.evaluation_dialog import EvaluationDialog

        if self.cohort_id is None:
            self.show_message(self.tr("Create a program and cohort first"))
            return
        EvaluationDialog(self.context, self.cohort_id, self).exec()

    def override_eligibility(self) -> None:
        from mentordesk.gui.override_dialog import override_eligibility

        row = self.applicants.current_row()
        if row is None:
            self.show_message(self.tr("Select one applicant to override their eligibility"))
            return

        def changed(application_id: int) -> None:
            self.applicants.reload()
            self.applicants.select_application(application_id)

        def written(application_id: int, version: int) -> None:
            # This window's own write: the table's undo of an earlier edit is not a conflict.
            self.applicants.written_versions[application_id] = version

        override_eligibility(self.context, row.id, self, on_change=changed, on_written=written)

    def _build_sidebar(self) -> None:
        """The sidebar's entries, each over an empty page until its area is first needed."""
        titles = (
            self.tr("Applicants"),
            self.tr("Pairing"),
            self.tr("Calendar"),
            self.tr("Reports"),
            self.tr("Audit"),
        )
        for title, (icon, _module, _name) in zip(titles, AREAS, strict=True):
            item = QListWidgetItem(area_icon(icon), title)
            item.setSizeHint(QSize(140, 44))
            self.ui.areaList.addItem(item)
            self.ui.areaStack.addWidget(QWidget(self.ui.areaStack))
        self.ui.areaList.currentRowChanged.connect(self._turn_to)
        self.ui.areaList.setCurrentRow(0)
        self._fit_area_list()

    def _fit_area_list(self) -> None:
        """The sidebar as wide as its longest title in the language on screen ("Emparejamiento")."""
        area_list = self.ui.areaList
        area_list.ensurePolished()
        metrics = area_list.fontMetrics()
        widest = max(
            metrics.horizontalAdvance(area_list.item(i).text()) for i in range(area_list.count())
        )
        # The icon, its gap, the item's padding and margins (style.qss) and the frame.
        width = widest + area_list.iconSize().width() + 44
        area_list.setMinimumWidth(max(150, width))
        area_list.setMaximumWidth(max(170, width))

    def _turn_to(self, index: int) -> None:
        """Show the sidebar's ``index``-th area (created now if this is its first time)."""
        if self.attached and index >= 0:
            self._area(index)
        self.ui.areaStack.setCurrentIndex(index)

    def _area(self, index: int) -> Area:
        """The ``index``-th area, created (and given the cohort, read when shown) if new."""
        area = self._areas[index]
        if area is None:
            _icon, module, name = AREAS[index]
            area = getattr(importlib.import_module(module), name)(self.context, self)
            assert area is not None
            if index == 0:
                area.counts_changed.connect(self._show_counts)  # type: ignore[attr-defined]
            if index == CALENDAR:
                area.today = self.preferences.as_of or date.today()  # type: ignore[attr-defined]
            self._put_area(index, area)
        return area

    def _put_area(self, index: int, area: Area) -> None:
        stack = self.ui.areaStack
        old = stack.widget(index)
        assert old is not None
        was_current = stack.currentIndex() == index
        stack.insertWidget(index, area)
        stack.removeWidget(old)
        old.deleteLater()
        if was_current:
            stack.setCurrentIndex(index)
        self._areas[index] = area
        area.status_message.connect(self.show_message)
        area.show_cohort_when_shown(self.cohort_id)

    @property
    def areas(self) -> list[Area]:
        """Every area, in the sidebar's order (those not yet shown are created now)."""
        return [self._area(i) for i in range(len(AREAS))]

    def _created_areas(self) -> list[Area]:
        return [area for area in self._areas if area is not None]

    @property
    def applicants(self) -> ApplicantsArea:
        return self._area(0)  # type: ignore[return-value]

    @property
    def calendar(self) -> CalendarArea:
        return self._area(CALENDAR)  # type: ignore[return-value]

    @property
    def audit(self) -> AuditArea:
        return self._area(AUDIT)  # type: ignore[return-value]

    def replace_area(self, index: int, widget: Area) -> None:
        """Put a capability's area in place of another (each area owns one page)."""
        self._put_area(index, widget)

    def show_area(self, index: int) -> None:
        self.ui.areaList.setCurrentRow(index)

    # --- database ---------------------------------------------------------------------

    def set_database(self, database: Database) -> None:
        """Show ``database``: the first-run screen when it has no program, else its cohorts."""
        from PySide6.QtWidgets import QMessageBox

        self.undo_stack.clear()
        if database is not self.context.database:
            self.context.data.switch_to(database)
        title = f"{Path(database.name).name} — MentorDesk"
        label = database.name
        if database.read_only:
            who = database.holder.describe() if database.holder else self.tr("another window")
            title = self.tr("%s (read-only)") % title
            label = self.tr("%1 — read-only: open by %2").replace("%1", label).replace("%2", who)
        self.setWindowTitle(title)
        self.db_label.setText(label)
        self.restore_action.setEnabled(database.path is not None)
        self._welcome.databaseLabel.setText(self.tr("Database: %s") % database.name)
        if database.path is not None:
            self._remember_recent(str(database.path))
        self.refresh()
        if database.notices:
            # Not modal: what opening did is news, not a question.
            box = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Opened %s") % Path(database.name).name,
                "\n\n".join(database.notices),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.setModal(False)
            box.show()
            self.notice_box = box
        if database.upgrade_report:
            self._show_upgrade_report(database)

    def _show_upgrade_report(self, database: Database) -> None:
        """An older file was upgraded: say what was repaired and what the committee decides."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Database upgraded"))
        box.setText(
            self.tr(
                "%s was written by an older MentorDesk. Upgrading it repaired what had one "
                "right answer; the details are in the audit log."
            )
            % Path(database.name).name
        )
        box.setDetailedText("\n".join(database.upgrade_report))
        self.upgrade_box = box
        box.open()

    def _changed_elsewhere(self, changes: list[Change]) -> None:
        """Another desk saved something: show it wherever it is shown (an area hidden now
        when it is next shown), unless the person is typing in a cell."""
        from PySide6.QtWidgets import QAbstractItemView

        applicants: ApplicantsArea | None = self._areas[0]  # type: ignore[assignment]
        editing = QAbstractItemView.State.EditingState
        if applicants is not None and applicants.ui.table.state() == editing:
            self.other_desks.put_off(changes)  # shown at the next look, after the edit
            return
        self._read_cohorts()
        for change in changes:
            self.context.data.announce(change)
        for area in self._created_areas():
            area.catch_up()
        self.show_message(self.tr("Changes saved at another desk are shown"))

    def refresh(self) -> None:
        """F5: the cohorts and the area on screen read again, and what other desks saved
        since the last look shown where it is shown. An area out of sight is read again
        when next shown only if something it shows changed (the audit trail says what)."""
        if self._read_cohorts():
            return  # a cohort just chosen was read by the area on screen already
        if self.attached:
            self.other_desks.check()
        for area in self._created_areas():
            if area.cohort_id == self.cohort_id and area.isVisible():
                area.reload_now()

    def _read_cohorts(self) -> bool:
        """Read the cohort selector's list again; True if that chose another cohort."""
        from mentordesk.core.programs.cohorts import cohort_choices

        overviews = (
            self.context.data.query(self, self.tr("Cannot read the cohorts"), cohort_choices).value
            or []
        )
        chosen = self._fill_cohorts(overviews)
        has_cohorts = bool(overviews)
        self.ui.pages.setCurrentWidget(self.ui.workPage if has_cohorts else self.ui.welcomePage)
        self.ui.mainToolBar.setVisible(has_cohorts)
        self.ui.actionNewCohort.setEnabled(has_cohorts)
        return chosen

    def _fill_cohorts(self, overviews: list[CohortChoice]) -> bool:
        """Fill the cohort selector; True if that chose another cohort (the areas read it)."""
        wanted = self.cohort_id or self._first_cohort or self._last_cohort()
        self._first_cohort = None
        self.cohort_combo.blockSignals(True)
        self.cohort_combo.clear()
        for o in overviews:
            closed = self.tr(" (closed)") if o.status == "closed" else ""
            self.cohort_combo.addItem(f"{o.program} — {o.name}{closed}", o.id)
        index = self.cohort_combo.findData(wanted) if wanted is not None else -1
        self.cohort_combo.setCurrentIndex(index if index >= 0 else (0 if overviews else -1))
        self.cohort_combo.blockSignals(False)
        return self._cohort_chosen()

    def _cohort_chosen(self, *_args: object) -> bool:
        cohort_id = self.cohort_combo.currentData()
        if cohort_id == self.cohort_id and self.cohort_id is not None:
            return False
        self.cohort_id = cohort_id
        self.undo_stack.clear()  # undo steps belong to the cohort they were made in
        self.ui.statusbar.clearMessage()  # news of the last cohort is not news of this one
        if cohort_id is not None:
            self.settings.setValue(self._cohort_key(), cohort_id)
        for area in self._created_areas():
            area.show_cohort_when_shown(cohort_id)
        self.cohort_changed.emit(cohort_id)
        return True

    def _cohort_key(self) -> str:
        return f"{LAST_COHORT}/{_cohort_setting(self.context.database.name)}"

    def _last_cohort(self) -> int | None:
        return _cohort_id(self.settings.value(self._cohort_key()))

    def remembered_cohorts(self) -> Callable[[str], int | None]:
        """The cohort each database showed last, by the database's name: read from the
        settings now, on the GUI thread, for a worker to look up (``core.first_read``)."""
        self.settings.beginGroup(LAST_COHORT)
        try:
            shown = {key: _cohort_id(self.settings.value(key)) for key in self.settings.childKeys()}
        finally:
            self.settings.endGroup()
        return lambda name: shown.get(_cohort_setting(name))

    def open_path(self, path: str | Path, *, create: bool = False) -> bool:
        """Show the database file ``path``; only File ▸ New may create one."""
        from mentordesk.gui.opening import open_for_window

        database = open_for_window(path, self, create=create)
        if database is None:
            return False
        self.cohort_id = None
        self.set_database(database)
        return True

    def new_database(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("New MentorDesk database"),
            str(Path.home() / "mentorship.db"),
            self.tr("MentorDesk database (*.db)"),
        )
        if path:
            if not path.endswith(".db"):
                path += ".db"
            if Path(path).exists():
                QMessageBox.warning(
                    self,
                    self.tr("Not created"),
                    self.tr("%s already exists; open it instead, or choose another name.") % path,
                )
                return
            self.open_path(path, create=True)

    def open_database_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a MentorDesk database"),
            str(Path.home()),
            self.tr("MentorDesk database (*.db);;All files (*)"),
        )
        if path:
            self.open_path(path)

    def open_demo(self) -> None:
        """Open (creating it the first time) the demo database in the user's data folder."""
        from mentordesk.demo.cohorts import build_demo_once
        from mentordesk.gui.data import Change, Data, Kind
        from mentordesk.gui.opening import open_for_window

        path = user_data_dir() / "demo.db"
        title = self.tr("Cannot open the demo")
        database = open_for_window(path, self)
        if database is None:
            return
        # The demo is built once, by its own Data (the window still shows the old database).
        if not Data(database).change(
            self, title, Change(Kind.EVERYTHING, note="demo"), build_demo_once
        ):
            database.close()
            return
        self.cohort_id = None
        self.set_database(database)
        self.show_message(self.tr("Opened the demo: three programs with their applicants"))

    def restore_backup(self) -> None:
        """File ▸ Restore a Backup…: put one of the file's backups back, then show it."""
        from PySide6.QtWidgets import QMessageBox

        from mentordesk.gui.opening import open_for_window
        from mentordesk.gui.restore_dialog import RestoreDialog

        path = self.context.database.path
        if path is None:
            QMessageBox.information(
                self,
                self.tr("Restore a Backup"),
                self.tr("A server database is restored with pg_restore by its administrator."),
            )
            return
        if self.context.database.read_only:
            QMessageBox.information(
                self,
                self.tr("Restore a Backup"),
                self.tr(
                    "This window is read-only; restore from the window that has the file open."
                ),
            )
            return
        dialog = RestoreDialog(path, self, release=self.context.database.close)
        dialog.exec()
        if not dialog.released:
            return
        database = open_for_window(path, self, create=False)
        if database is None:
            self.close()
            return
        self.cohort_id = None
        self.set_database(database)
        if dialog.restored is not None:
            self.show_message(self.tr("Restored %s") % dialog.restored.backup.name)

    # --- programs ---------------------------------------------------------------------

    def new_program(self) -> None:
        from mentordesk.gui.dialogs import NewProgramDialog

        dialog = NewProgramDialog(self.context, self)
        if dialog.exec() and dialog.created:
            self.refresh()
            self.select_cohort(dialog.created.cohort_id)
            self.show_message(self.tr("Program created"))

    def new_cohort(self) -> None:
        from mentordesk.gui.dialogs import NewProgramDialog

        program_id = self._current_program_id()
        if program_id is None:
            return
        dialog = NewProgramDialog(self.context, self, program_id=program_id)
        if dialog.exec() and dialog.created:
            self.refresh()
            self.select_cohort(dialog.created.cohort_id)
            if dialog.created.carried:
                self.show_message(self.tr("Cohort created; %s") % dialog.created.carried)

    def select_cohort(self, cohort_id: int) -> None:
        """Show ``cohort_id`` as if chosen in the toolbar, so every area follows it.

        Setting ``self.cohort_id`` first would make ``_cohort_chosen`` see no change and
        leave the areas on the previous cohort under the new cohort's name.
        """
        index = self.cohort_combo.findData(cohort_id)
        if index >= 0:
            self.cohort_combo.setCurrentIndex(index)

    def select_cohort_named(self, name: str) -> None:
        """Show the cohort of this name (``mentordesk --cohort NAME``); raises if none is."""
        from mentordesk.core.programs.cohorts import find_cohort_id

        self.select_cohort(self.context.data.read(find_cohort_id, name))

    def is_ready(self) -> bool:
        """Whether the database is shown and the area on screen has its data (an area
        loading off the GUI thread says so with ``loading``)."""
        area = self.ui.areaStack.currentWidget()
        return self.attached and not getattr(area, "loading", False)

    def _current_program_id(self) -> int | None:
        from mentordesk.core.programs.cohorts import cohort_choices

        for o in self.context.data.read(cohort_choices):
            if o.id == self.cohort_id:
                return o.program_id
        return None

    # --- recent files, settings ---------------------------------------------------------

    def recent_files(self) -> list[str]:
        value = self.settings.value("recentFiles", [])
        if isinstance(value, str):
            return [value]
        if isinstance(value, list | tuple):
            return [str(v) for v in value]
        return []

    def _remember_recent(self, path: str) -> None:
        files = [path] + [f for f in self.recent_files() if f != path]
        self.settings.setValue("recentFiles", files[:MAX_RECENT])

    def _fill_recent_menu(self) -> None:
        menu = self.ui.menuRecent
        menu.clear()
        files = self.recent_files()
        for path in files:
            action = menu.addAction(path)
            action.setEnabled(Path(path).exists())
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        if not files:
            empty = menu.addAction(self.tr("No recent databases"))
            empty.setEnabled(False)
        else:
            menu.addSeparator()
            clear: QAction = menu.addAction(self.tr("Clear the list"))
            clear.triggered.connect(lambda: self.settings.setValue("recentFiles", []))

    def _restore_geometry(self) -> None:
        geometry = self.settings.value("mainWindow/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.value("mainWindow/state")
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("mainWindow/geometry", self.saveGeometry())
        self.settings.setValue("mainWindow/state", self.saveState())
        self._keep_settings_private()
        if self.attached:
            self.context.database.close()
        super().closeEvent(event)

    def _keep_settings_private(self) -> None:
        """Recent files name the committee's databases: the settings file is the owner's only."""
        self.settings.sync()
        path = Path(self.settings.fileName())
        if path.is_file():
            path.chmod(0o600)

    # --- status -----------------------------------------------------------------------

    def show_message(self, text: str) -> None:
        self.ui.statusbar.showMessage(text, 6000)

    def _show_counts(self, shown: int, total: int) -> None:
        if self.cohort_id is None:
            return  # the first-run screen has no applications to count
        if shown == total:
            self.show_message(self.tr("%Ln application(s)", "", total))
        else:
            self.show_message(
                self.tr("Showing %1 of %Ln application(s)", "", total).replace(
                    "%1", local_number(shown)
                )
            )

    def show_guide(self) -> None:
        """The guide in a window of its own, beside the work (one, raised if already open)."""
        from mentordesk.gui.guide import GuideWindow

        if self._guide is None:
            self._guide = GuideWindow(self)
        self._guide.show()
        self._guide.raise_()
        self._guide.activateWindow()

    def about(self) -> None:
        from mentordesk.gui.dialogs import AboutDialog

        AboutDialog(self.context.database.name, self).exec()
