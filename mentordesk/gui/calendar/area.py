"""The Calendar area of the main window: month grid and agenda, attendance, meeting logs, progress, .ics."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QBoxLayout,
    QFileDialog,
    QInputDialog,
    QListView,
    QMenu,
    QMessageBox,
    QToolButton,
    QWidget,
)

from mentordesk.core.applications.records import count_applications
from mentordesk.core.calendar.attendance import (
    MeetingLogRow,
    log_meeting,
)
from mentordesk.core.calendar.events import (
    KIND_LABELS,
    CohortSpan,
    EditScope,
    EventDraft,
    EventInfo,
    PairInfo,
    cancel_event,
    create_event,
    plan_year,
    timezone_names,
    update_event,
)
from mentordesk.core.calendar.ical import CalendarExport, export_calendar, import_calendar
from mentordesk.core.calendar.overview import (
    CohortCalendar,
    YearPlanStart,
    cohort_calendar,
    year_plan_start,
)
from mentordesk.core.calendar.progress import AttentionItem, CohortProgress, year_progress
from mentordesk.core.errors import ConflictError, ValidationError
from mentordesk.core.private_files import write_private
from mentordesk.core.progress import Progress
from mentordesk.core.storage.models import EventKind, MeetingFormat
from mentordesk.gui.area import Area
from mentordesk.gui.calendar.agenda_panel import AgendaPanel
from mentordesk.gui.calendar.attendance_panel import AttendancePanel
from mentordesk.gui.calendar.commands import MoveEventCommand
from mentordesk.gui.calendar.dialogs import EventDialog, MeetingLogDialog, PlanYearDialog
from mentordesk.gui.calendar.meetings_panel import MeetingsPanel
from mentordesk.gui.calendar.models import (
    MonthModel,
)
from mentordesk.gui.calendar.timeline import PairTimeline
from mentordesk.gui.choice_model import use_choices
from mentordesk.gui.context import AppContext
from mentordesk.gui.core_words import core_text, core_word
from mentordesk.gui.data import Kind, tell
from mentordesk.gui.forms.ui_calendar_area import Ui_CalendarArea
from mentordesk.gui.icons import action_icon
from mentordesk.gui.jobs import Job
from mentordesk.gui.languages import local_date, local_decimal, local_number
from mentordesk.gui.reading import AreaReader, ReadingNotice, reads_in_background
from mentordesk.gui.undo import push

PairingIdRole = Qt.ItemDataRole.UserRole + 2
_Index = QModelIndex | QPersistentModelIndex


class AttentionModel(QAbstractListModel):
    """The pairs behind the rules, two lines each: thousands on a big cohort, so a model."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[AttentionItem] = []

    def set_entries(self, entries: list[AttentionItem]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{entry.pair_label}\n    {core_text(entry.reason)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "CalendarArea", "Double-click to see this pair's year"
            )
        if role == PairingIdRole:
            return entry.pairing_id
        return None


class CalendarArea(Area):
    """Everything about keeping a cohort's year on track, for one cohort at a time."""

    # A withdrawal or a rematch changes whom the calendar shows; rules change the plan.
    shows = Kind.EVENTS | Kind.PAIRINGS | Kind.APPLICATIONS | Kind.PROGRAMS

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.span: CohortSpan | None = None
        self.events: list[EventInfo] = []
        self.pairs: list[PairInfo] = []
        #: The pair filter's choices, as the read made them: (label, pairing id) per pair.
        self._pair_choices: list[tuple[str, int]] = []
        self.logs: list[MeetingLogRow] = []
        self.progress: CohortProgress | None = None
        self.selected_day = date.today()
        self.selected_event_id: int | None = None
        self.today = date.today()
        self.event_dialog: EventDialog | None = None
        self.meeting_dialog: MeetingLogDialog | None = None
        self.plan_dialog: PlanYearDialog | None = None
        self._timezones: list[str] | None = None
        self._month_due = False
        self._build()
        self.set_cohort(None)

    # --- layout ------------------------------------------------------------------------

    def _build(self) -> None:
        self.ui = Ui_CalendarArea()
        self.ui.setupUi(self)
        ui = self.ui
        self.reading_notice = ReadingNotice(self)
        layout = self.layout()
        assert isinstance(layout, QBoxLayout)
        layout.insertWidget(0, self.reading_notice)
        self.reader = AreaReader(self, self.data, self.reading_notice)
        self.progress_reader = AreaReader(self, self.data, self.reading_notice)
        self.plan_reader = AreaReader(self, self.data, self.reading_notice)
        # Only New event… carries its icon: with one on every button the row no longer fits
        # a 1024-pixel window in Spanish.
        ui.newButton.setIcon(action_icon("new-event"))
        export_menu = QMenu(ui.exportButton)
        export_menu.addAction(self.tr("Whole cohort…"), self._ask_export_cohort)
        export_menu.addAction(self.tr("Selected pair…"), self._ask_export_pair)
        export_menu.addAction(self.tr("One person…"), self._ask_export_person)
        ui.exportButton.setMenu(export_menu)
        ui.exportButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        kind_menu = QMenu(ui.kindButton)
        self.kind_actions: dict[EventKind, QAction] = {}
        for kind, label in KIND_LABELS.items():
            action = kind_menu.addAction(core_word(label))
            action.setCheckable(True)
            action.setChecked(True)
            action.toggled.connect(self._filters_changed)
            self.kind_actions[kind] = action
        ui.kindButton.setMenu(kind_menu)
        ui.kindButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        font = ui.monthLabel.font()
        font.setPointSizeF(font.pointSizeF() + 3)
        ui.monthLabel.setFont(font)
        self.month_model = MonthModel(self)
        self.pair_choices = use_choices(ui.pairCombo)
        ui.monthView.setModel(self.month_model)

        self.agenda = AgendaPanel()
        self.agenda.range_changed.connect(lambda: self.show_day(self.selected_day))
        self.agenda.event_chosen.connect(self._event_chosen)
        self.agenda.edit_requested.connect(lambda event: self.open_event_dialog(event_id=event.id))
        self.agenda.cancel_requested.connect(self._cancel)
        self.ui.tabs.addTab(self.agenda, self.tr("Agenda"))
        self.attendance = AttendancePanel(self)
        self.attendance.marked.connect(self._refresh_progress)
        self.ui.tabs.addTab(self.attendance, self.tr("Attendance"))
        self.meetings = MeetingsPanel(self)
        self.meetings.log_requested.connect(lambda: self.open_meeting_dialog())
        self.meetings.deleted.connect(self.refresh)
        self.ui.tabs.addTab(self.meetings, self.tr("Meetings"))
        self.ui.tabs.setTabToolTip(
            self.ui.tabs.count() - 1, self.tr("Meeting logs: when each pair met, how long and how")
        )
        self.attention_model = AttentionModel(self)
        self.attention_list = QListView()
        self.attention_list.setModel(self.attention_model)
        self.attention_list.setWordWrap(True)
        self.attention_list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.attention_list.setAccessibleName(self.tr("Needs attention"))
        self.ui.tabs.addTab(self.attention_list, self.tr("Needs attention"))
        self.timeline = PairTimeline()
        self.ui.tabs.addTab(self.timeline, self.tr("Timeline"))
        self.ui.tabs.setTabToolTip(
            self.ui.tabs.count() - 1, self.tr("Pair timeline: one pair's year at a glance")
        )
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        ui.splitter.setChildrenCollapsible(False)
        self._keep_tabs_whole()

        self.ui.newButton.clicked.connect(lambda: self.open_event_dialog())
        self.ui.planButton.clicked.connect(self.open_plan_dialog)
        self.ui.logButton.clicked.connect(lambda: self.open_meeting_dialog())
        self.ui.importButton.clicked.connect(self._ask_import)
        self.ui.pairCombo.currentIndexChanged.connect(self._filters_changed)
        self.ui.prevButton.clicked.connect(lambda: self._step_month(-1))
        self.ui.nextButton.clicked.connect(lambda: self._step_month(1))
        self.ui.todayButton.clicked.connect(lambda: self.show_day(date.today()))
        self.ui.monthView.clicked.connect(
            lambda index: self.show_day(self.month_model.day_at(index))
        )
        self.ui.monthView.doubleClicked.connect(
            lambda index: self.open_event_dialog(day=self.month_model.day_at(index))
        )
        self.month_model.eventDropped.connect(
            self.move_event_to, Qt.ConnectionType.QueuedConnection
        )
        self.attention_list.doubleClicked.connect(self._attention_chosen)

    # --- loading ------------------------------------------------------------------------

    def set_cohort(self, cohort_id: int | None) -> None:
        changed = cohort_id != self.cohort_id
        self.cohort_id = cohort_id
        self.selected_event_id = None
        if changed:
            self.plan_reader.cancel()  # never the last cohort's plan for this one
            # Never the last cohort's year under this one's name while it is read.
            self.span, self.events, self.pairs, self.logs, self.progress = None, [], [], [], None
            self._pair_choices = []
            self._show_year()
        self._month_due = True
        self.refresh()

    def reload(self) -> None:
        """What the main window calls after the database changed elsewhere."""
        self.refresh()

    @property
    def loading(self) -> bool:
        """True while a big cohort's year (its progress, what its plan needs, an attendance
        sheet) is read or saved off the GUI thread."""
        return (
            self.reader.loading
            or self.progress_reader.loading
            or self.plan_reader.loading
            or self.attendance.loading
        )

    def refresh(self) -> None:
        """Read everything shown again (after any change); a big cohort in a worker, the
        notice above the month saying so, and shown in one step when read."""
        cohort_id, today, data = self.cohort_id, self.today, self.data
        self.progress_reader.cancel()  # the whole year's read brings the progress too
        if cohort_id is None:
            self.reader.cancel()
            self.span, self.events, self.pairs, self.logs, self.progress = None, [], [], [], None
            self._pair_choices = []
            self._month_due = False
            self._show_year()
            return
        size = self.data.query(self, self.tr("Calendar"), count_applications, cohort_id)
        if not size:
            return
        self._enable(self.span is not None)
        self.attendance.big = reads_in_background(size.result)

        def work(progress: Progress) -> tuple[CohortCalendar, list[tuple[str, int]]]:
            year = data.read(cohort_calendar, cohort_id, today, progress=progress)
            # The pair filter's 6,667 labels of a cohort of 20,000 took the GUI thread 13-23 ms.
            return year, [(pair.label, pair.id) for pair in year.pairs]

        self.reader.read(
            work,
            self._show_read,
            in_background=self.attendance.big,
            text=self.tr("Reading the calendar of %Ln application(s)…", "", size.result),
            refused=lambda exc: tell(self, self.tr("Calendar"), exc),
        )

    def _show_read(self, read: tuple[CohortCalendar, list[tuple[str, int]]]) -> None:
        year, self._pair_choices = read
        self.span, self.events, self.pairs = year.span, year.events, year.pairs
        self.logs, self.progress = year.logs, year.progress
        if self._month_due:
            self._month_due = False
            today = date.today()
            start = self.span.start if not self.span.start <= today <= self.span.end else today
            self.selected_day = start
            self.month_model.set_month(start)
        self._show_year()

    def _show_year(self) -> None:
        self._enable(self.span is not None)
        self.agenda.set_events(self.events)
        self._fill_pairs()
        self._apply_filters()
        self._fill_attention()
        self._fill_meetings()
        self._fill_timeline()
        self._load_sheet()

    def _enable(self, enabled: bool) -> None:
        for widget in (
            self.ui.newButton,
            self.ui.planButton,
            self.ui.logButton,
            self.ui.importButton,
            self.ui.exportButton,
        ):
            widget.setEnabled(enabled)

    def _fill_pairs(self) -> None:
        current = self.ui.pairCombo.currentData()
        self.ui.pairCombo.blockSignals(True)
        self.pair_choices.set_choices([(self.tr("All pairs"), None), *self._pair_choices])
        self.ui.pairCombo.setCurrentIndex(max(self.pair_choices.row_of(current), 0))
        self.ui.pairCombo.blockSignals(False)

    def selected_kinds(self) -> set[EventKind]:
        return {kind for kind, action in self.kind_actions.items() if action.isChecked()}

    def selected_pair(self) -> int | None:
        data = self.ui.pairCombo.currentData()
        return int(data) if data is not None else None

    def _filters_changed(self) -> None:
        self._apply_filters()
        self._fill_meetings()
        self._fill_timeline()

    def _apply_filters(self) -> None:
        self.agenda.set_filter(self.selected_kinds(), self.selected_pair())
        self.month_model.set_events(self.agenda.shown(self.events))
        self.show_day(self.selected_day)

    def _step_month(self, months: int) -> None:
        month = self.month_model.month
        index = month.year * 12 + month.month - 1 + months
        self.month_model.set_month(date(index // 12, index % 12 + 1, 1))
        self._update_month_label()

    def _update_month_label(self) -> None:
        self.ui.monthLabel.setText(local_date(self.month_model.month, "MMMM yyyy"))

    def show_day(self, day: date) -> None:
        """Select a day: the month grid shows its month, the agenda its day or week."""
        self.selected_day = day
        if (day.year, day.month) != (self.month_model.month.year, self.month_model.month.month):
            self.month_model.set_month(day)
        self._update_month_label()
        self.ui.monthView.select_day(day)
        self.agenda.show_range_of(day)

    # --- events ---------------------------------------------------------------------------

    def _event_chosen(self, event: EventInfo | None) -> None:
        self.selected_event_id = event.id if event else None
        self._load_sheet()

    def timezones(self) -> list[str]:
        if self._timezones is None:
            self._timezones = timezone_names()
        return self._timezones

    def open_event_dialog(self, event_id: int | None = None, day: date | None = None) -> None:
        if self.cohort_id is None:
            return
        existing = next((e for e in self.events if e.id == event_id), None)
        if existing is not None:
            draft = existing.draft()
        else:
            start = datetime.combine(day or self.selected_day, time(12, 0))
            draft = EventDraft(
                title="",
                start=start,
                end=start + timedelta(hours=1),
                timezone=self.span.timezone if self.span else "UTC",
                kind=EventKind.WORKSHOP,
                pairing_id=self.selected_pair(),
            )

        def save(new: EventDraft, scope: EditScope) -> bool:
            assert self.cohort_id is not None and self.event_dialog is not None
            dialog, title, change = (
                self.event_dialog,
                self.event_dialog.windowTitle(),
                self.change(Kind.EVENTS),
            )
            if existing is None:
                saved = self.data.change(dialog, title, change, create_event, self.cohort_id, new)
            else:
                saved = self.data.change(
                    dialog,
                    title,
                    change,
                    update_event,
                    existing.id,
                    new,
                    scope=scope,
                    # As the dialog opened it: another desk's change since is not overwritten.
                    expected=draft,
                )
            if not saved:
                return False
            self.show_day(new.start.date())
            self.refresh()
            self.ui.statusLabel.setText(self.tr("Saved “%s”") % new.title.strip())
            return True

        self.event_dialog = EventDialog(
            self,
            draft=draft,
            pairs=self.pairs,
            timezones=self.timezones(),
            on_save=save,
            in_series=existing is not None and existing.series_id is not None,
            editing=existing is not None,
            last_day=self.span.end if self.span else None,
        )
        self.event_dialog.open()

    def move_event_to(self, event_id: int, day: date) -> None:
        """Move an event to another day (what dropping it on the month grid does); undoable."""
        event = next((e for e in self.events if e.id == event_id), None)
        if event is None or event.day == day:
            return
        command = MoveEventCommand(
            self.data,
            self.change(Kind.EVENTS),
            event_id,
            event.title,
            event.day,
            day,
            self.refresh,
            where=self,
        )
        if not push(self.context.undo_stack, command, title=self.tr("Move event")):
            return
        self.ui.statusLabel.setText(
            self.tr("Moved “%s” to %s") % (event.title, local_date(day, "dddd d MMMM"))
        )

    def _cancel(self, event: EventInfo) -> None:
        scope: EditScope = "one"
        if event.series_id:
            box = QMessageBox(self)
            box.setWindowTitle(self.tr("Cancel event"))
            box.setText(self.tr("Cancel only “%s” or every event of its series?") % event.title)
            one = box.addButton(self.tr("This event"), QMessageBox.ButtonRole.AcceptRole)
            series = box.addButton(self.tr("Whole series"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if box.clickedButton() not in (one, series):
                return
            scope = "series" if box.clickedButton() is series else "one"
        change = self.change(Kind.EVENTS)
        if not self.data.change(
            self, self.tr("Cancel event"), change, cancel_event, event.id, scope=scope
        ):
            return
        self.refresh()
        self.ui.statusLabel.setText(self.tr("Cancelled “%s”") % event.title)

    # --- plan the year ----------------------------------------------------------------------

    def open_plan_dialog(self) -> None:
        """Plan the year…: what the rules ask and suggested dates are read first (a big
        cohort's in a worker, the notice above the month saying so), then the dialog opens."""
        if self.cohort_id is None:
            return
        cohort_id, data = self.cohort_id, self.data
        self.plan_reader.read(
            lambda _progress: data.read(year_plan_start, cohort_id),
            self._show_plan_dialog,
            in_background=self.attendance.big,
            text=self.tr("Reading what the rules ask of the year…"),
            refused=lambda exc: tell(self, self.tr("Plan the year"), exc),
        )

    def _show_plan_dialog(self, start: YearPlanStart) -> None:
        if start.planned:
            QMessageBox.information(
                self,
                self.tr("Plan the year"),
                self.tr(
                    "This cohort's year is already planned. Edit, move or cancel its events, "
                    "or add new ones."
                ),
            )
            return
        self.plan_dialog = PlanYearDialog(
            self, needs=start.needs, suggestion=start.suggestion, timezones=self.timezones()
        )
        self.plan_dialog.accepted.connect(self._plan_accepted)
        self.plan_dialog.open()

    def _plan_accepted(self) -> None:
        assert self.plan_dialog is not None and self.cohort_id is not None
        request = self.plan_dialog.request()
        cohort_id = self.cohort_id
        change = self.change(Kind.EVENTS, note="plan the year")

        def work(progress: Progress) -> str:
            return self.data.write(
                change,
                plan_year,
                cohort_id,
                orientation=request.orientation,
                workshop_dates=request.workshops,
                closeout=request.closeout,
                committee_call=request.committee_call,
                timezone=request.timezone,
                location=request.location,
                progress=progress,
            ).summary()

        def done(summary: str) -> None:
            self.refresh()
            self.ui.statusLabel.setText(self.tr("Planned the year: %s") % core_text(summary))

        self.data.in_background(self, self.tr("Plan the year"), work, done)

    # --- attendance ----------------------------------------------------------------------------

    def _load_sheet(self) -> None:
        chosen = self.selected_event_id
        known = chosen is not None and any(e.id == chosen for e in self.events)
        self.attendance.show_event(chosen if known else None)

    # --- meeting logs, progress, timeline ------------------------------------------------------

    def open_meeting_dialog(self, pairing_id: int | None = None) -> None:
        if self.cohort_id is None:
            return

        def save(pair_id: int, day: date, minutes: int, how: MeetingFormat) -> bool:
            assert self.meeting_dialog is not None
            dialog = self.meeting_dialog
            change = self.change(Kind.EVENTS)
            # The pair's logs this window shows: a meeting another desk logged for that day
            # meanwhile is named, not counted twice.
            shown = [log.id for log in self.logs if log.pairing_id == pair_id]
            logged = self.data.change(
                dialog, dialog.windowTitle(), change, log_meeting, pair_id, day, minutes, how,
                shown=shown,
            )  # fmt: skip
            if not logged:
                if isinstance(logged.error, ConflictError):
                    self.refresh()  # the other desk's log appears behind the dialog
                return False
            self.refresh()
            self.ui.statusLabel.setText(
                self.tr("Logged a meeting on %s") % local_date(day, "d MMMM yyyy")
            )
            return True

        self.meeting_dialog = MeetingLogDialog(
            self,
            pairs=self.pairs,
            pairing_id=pairing_id or self.selected_pair(),
            day=min(date.today(), self.span.end) if self.span else date.today(),
            on_save=save,
        )
        self.meeting_dialog.open()

    def _fill_meetings(self) -> None:
        self.meetings.show_logs(self.logs, self.selected_pair())

    def _refresh_progress(self) -> None:
        """Attendance was marked: only the pairs' progress changes (workshops attended)."""
        cohort_id, today, data = self.cohort_id, self.today, self.data
        if cohort_id is None:
            return
        self.progress_reader.read(
            lambda _progress: data.read(year_progress, cohort_id, today=today),
            self._show_progress,
            in_background=self.attendance.big,
            text=self.tr("Checking each pair against the rules…"),
            refused=lambda exc: tell(self, self.tr("Calendar"), exc),
        )

    def _show_progress(self, progress: CohortProgress) -> None:
        self.progress = progress
        self._fill_attention()
        self._fill_timeline()

    def _fill_attention(self) -> None:
        items = self.progress.attention if self.progress else []
        self.attention_model.set_entries(items)
        index = self.ui.tabs.indexOf(self.attention_list)
        self.ui.tabs.setTabText(
            index,
            self.tr("Needs attention (%1)").replace("%1", local_number(len(items)))
            if items
            else self.tr("Needs attention"),
        )
        self._keep_tabs_whole()

    def _keep_tabs_whole(self) -> None:
        """The tab pane is never narrower than its titles: no "endance", no scroll arrows."""
        bar = self.ui.tabs.tabBar()
        width = sum(bar.tabSizeHint(i).width() for i in range(bar.count()))
        self.ui.tabs.setMinimumWidth(width + 8)

    def _attention_chosen(self, index: QModelIndex) -> None:
        self.ui.pairCombo.setCurrentIndex(
            max(self.pair_choices.row_of(index.data(PairingIdRole)), 0)
        )
        self.ui.tabs.setCurrentWidget(self.timeline)

    def _fill_timeline(self) -> None:
        pair_id = self.selected_pair()
        pair = next((p for p in self.pairs if p.id == pair_id), None)
        if pair is None or self.span is None:
            self.timeline.set_data(None, [], [], "")
            return
        events = [
            e
            for e in self.events
            if e.pairing_id == pair.id or (e.pairing_id is None and e.kind in self.selected_kinds())
        ]
        logs = [log for log in self.logs if log.pairing_id == pair.id]
        progress = next(
            (p for p in (self.progress.pairs if self.progress else []) if p.pair.id == pair.id),
            None,
        )
        caption = pair.label
        if progress is not None:
            caption += self.tr(" — %Ln meeting(s), %1 h", "", progress.meetings).replace(
                "%1", local_decimal(progress.meeting_minutes / 60, 1)
            )
            if progress.workshops_required:
                caption += self.tr(
                    ", %Ln workshop(s) attended, %1 required", "", progress.workshops_attended
                ).replace("%1", local_number(progress.workshops_required))
        counts = {}
        for term in progress.terms if progress is not None else []:
            if term.state == "upcoming":
                continue
            counts[term.name] = (
                self.tr("%1 of %Ln meeting(s)", "", term.required).replace(
                    "%1", local_number(term.held)
                )
                if term.required
                else self.tr("%Ln meeting(s)", "", term.held)
            )
        self.timeline.set_data(self.span, events, logs, caption, self.today, counts)

    # --- calendar files ---------------------------------------------------------------------------

    def export_ics(
        self, path: Path, *, person_email: str | None = None, pairing_id: int | None = None
    ) -> Job:
        """Write the cohort's (or a person's, or a pair's) calendar, off the GUI thread.

        A year of fortnightly meetings for thousands of pairs takes seconds to lay out.
        """
        assert self.cohort_id is not None
        cohort_id, data = self.cohort_id, self.data
        cannot_write = self.tr("Cannot write %s: %s")

        def work(progress: Progress) -> CalendarExport:
            export = data.read(
                export_calendar,
                cohort_id,
                person_email=person_email,
                pairing_id=pairing_id,
                progress=progress,
            )
            try:
                write_private(path, export.data)
            except OSError as exc:
                raise ValidationError(cannot_write % (path, exc.strerror)) from exc
            return export

        def done(export: CalendarExport) -> None:
            self.ui.statusLabel.setText(
                self.tr("Wrote %Ln event(s) of %s to %s", "", export.events) % (export.name, path)
            )

        return data.in_background(
            self,
            self.tr("Export calendar"),
            work,
            done,
            on_cancelled=lambda: self.ui.statusLabel.setText(
                self.tr("Export cancelled; nothing was written.")
            ),
        )

    def import_ics(self, path: Path) -> Job:
        """Add a calendar file's events to the cohort, off the GUI thread with progress and
        Cancel (a file of thousands of events takes seconds); the status line says what
        changed."""
        assert self.cohort_id is not None
        cohort_id, data = self.cohort_id, self.data
        change = self.change(Kind.EVENTS, note=f"import {path.name}")
        cannot_read = self.tr("Cannot read %s: %s")

        def work(progress: Progress) -> str:
            try:
                content = path.read_bytes()
            except OSError as exc:
                raise ValidationError(cannot_read % (path, exc.strerror)) from exc
            return data.write(
                change, import_calendar, cohort_id, content, progress=progress
            ).summary()

        def done(summary: str) -> None:
            # Read again now only if on screen: a hidden Calendar reading 20,000 in a worker
            # would compete with the area in front for the interpreter while it shows the import.
            self.reload_when_shown()
            self.ui.statusLabel.setText(
                self.tr("Imported %s: %s") % (path.name, core_text(summary))
            )

        return data.in_background(
            self,
            self.tr("Import calendar"),
            work,
            done,
            on_cancelled=lambda: self.ui.statusLabel.setText(
                self.tr("Import cancelled; the calendar was left as it was.")
            ),
        )

    def _ask_path_and_export(self, suggested: str, **which: Any) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export calendar"), suggested, self.tr("Calendar files (*.ics)")
        )
        if not path or self.cohort_id is None:
            return
        self.export_ics(Path(path), **which)

    def _ask_export_cohort(self) -> None:
        name = self.span.name if self.span else "cohort"
        self._ask_path_and_export(f"{name}.ics")

    def _ask_export_pair(self) -> None:
        pair_id = self.selected_pair()
        if pair_id is None:
            QMessageBox.information(
                self, self.tr("Export calendar"), self.tr("Choose a pair in the pair filter first")
            )
            return
        self._ask_path_and_export("pair.ics", pairing_id=pair_id)

    def _ask_export_person(self) -> None:
        email, ok = QInputDialog.getText(
            self, self.tr("Export calendar"), self.tr("The person's email address:")
        )
        if ok and email.strip():
            self._ask_path_and_export(f"{email.strip()}.ics", person_email=email.strip())

    def _ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import calendar"), "", self.tr("Calendar files (*.ics)")
        )
        if path and self.cohort_id is not None:
            self.import_ics(Path(path))
