"""The calendar's dialogs (layouts in ui/*.ui): an event, a meeting log, and "Plan the year…"."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDateTimeEdit, QDialog, QLabel, QMessageBox, QWidget

from mentordesk.core.calendar.attendance import FORMAT_LABELS
from mentordesk.core.calendar.events import (
    AUDIENCE_LABELS,
    KIND_LABELS,
    PAIR_KINDS,
    EditScope,
    EventDraft,
    PairInfo,
    YearPlanNeeds,
    YearPlanRequest,
    describe_recurrence,
    recurrence_rule,
)
from mentordesk.core.errors import MentorDeskError
from mentordesk.core.storage.models import Audience, EventKind, MeetingFormat
from mentordesk.gui.core_words import core_text, core_word
from mentordesk.gui.data import tell
from mentordesk.gui.forms.ui_event_dialog import Ui_EventDialog
from mentordesk.gui.forms.ui_meeting_log_dialog import Ui_MeetingLogDialog
from mentordesk.gui.forms.ui_plan_year_dialog import Ui_PlanYearDialog

_FREQUENCIES = (None, "DAILY", "WEEKLY", "MONTHLY")


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def qdatetime(moment: datetime) -> QDateTime:
    return QDateTime(qdate(moment.date()), QTime(moment.hour, moment.minute))


def pydatetime(value: QDateTime) -> datetime:
    t = value.time()
    return datetime.combine(pydate(value.date()), time(t.hour(), t.minute()))


def _rule_values(rule: str | None) -> dict[str, str]:
    values: dict[str, str] = {}
    for chunk in (rule or "").removeprefix("RRULE:").split(";"):
        key, _, value = chunk.partition("=")
        if value:
            values[key.upper()] = value.upper()
    return values


class EventDialog(QDialog):
    """Create or edit an event, including how it repeats; saving calls ``on_save``."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        draft: EventDraft,
        pairs: Sequence[PairInfo],
        timezones: Sequence[str],
        on_save: Callable[[EventDraft, EditScope], bool],
        in_series: bool = False,
        editing: bool = False,
        last_day: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.form = Ui_EventDialog()
        self.form.setupUi(self)
        self.setWindowTitle(self.tr("Edit event") if editing else self.tr("New event"))
        self._on_save = on_save
        self._original_rule = draft.recurrence
        self._rule_touched = False
        f = self.form
        for kind, label in KIND_LABELS.items():
            f.kindCombo.addItem(core_word(label), kind.value)
        for audience, label in AUDIENCE_LABELS.items():
            f.audienceCombo.addItem(core_word(label), audience.value)
        f.pairCombo.addItem(self.tr("— no pair —"), None)
        for pair in pairs:
            f.pairCombo.addItem(pair.label, pair.id)
        f.timezoneCombo.addItems(list(timezones))
        for frequency, label in zip(
            _FREQUENCIES,
            (self.tr("Does not repeat"), self.tr("Daily"), self.tr("Weekly"), self.tr("Monthly")),
            strict=True,
        ):
            f.frequencyCombo.addItem(label, frequency)

        f.titleEdit.setText(draft.title)
        f.kindCombo.setCurrentIndex(f.kindCombo.findData(EventKind(draft.kind).value))
        f.dateEdit.setDate(qdate(draft.start.date()))
        f.startTimeEdit.setTime(QTime(draft.start.hour, draft.start.minute))
        f.endTimeEdit.setTime(QTime(draft.end.hour, draft.end.minute))
        f.timezoneCombo.setCurrentText(draft.timezone)
        f.locationEdit.setText(draft.location or "")
        f.audienceCombo.setCurrentIndex(f.audienceCombo.findData(Audience(draft.audience).value))
        f.pairCombo.setCurrentIndex(max(f.pairCombo.findData(draft.pairing_id), 0))
        f.descriptionEdit.setPlainText(draft.description or "")
        rule = _rule_values(draft.recurrence)
        f.frequencyCombo.setCurrentIndex(max(f.frequencyCombo.findData(rule.get("FREQ")), 0))
        f.intervalSpin.setValue(int(rule.get("INTERVAL", "1") or 1))
        if "COUNT" in rule:
            f.countSpin.setValue(int(rule["COUNT"]))
        until = rule.get("UNTIL", "")[:8]
        if until:
            f.untilRadio.setChecked(True)
            f.untilEdit.setDate(qdate(date(int(until[:4]), int(until[4:6]), int(until[6:8]))))
        else:
            f.untilEdit.setDate(qdate(last_day or draft.start.date() + timedelta(days=90)))
            if rule and "COUNT" not in rule:
                f.untilRadio.setChecked(True)  # a repeat without end runs until the cohort ends
        f.scopeGroup.setVisible(in_series)

        f.kindCombo.currentIndexChanged.connect(self._kind_changed)
        f.audienceCombo.currentIndexChanged.connect(self._update_enabled)
        f.startTimeEdit.timeChanged.connect(self._keep_length)
        self._length = max(int((draft.end - draft.start).total_seconds() // 60), 15)
        f.endTimeEdit.timeChanged.connect(self._remember_length)
        for signal in (
            f.frequencyCombo.currentIndexChanged,
            f.intervalSpin.valueChanged,
            f.countSpin.valueChanged,
            f.untilEdit.dateChanged,
            f.countRadio.toggled,
            f.dateEdit.dateChanged,
        ):
            signal.connect(self._rule_changed)
        f.buttonBox.accepted.connect(self.accept)
        f.buttonBox.rejected.connect(self.reject)
        self._kind_changed()
        self._update_repeat_summary()

    # --- behaviour ---------------------------------------------------------------------

    def _kind_changed(self) -> None:
        kind = EventKind(self.form.kindCombo.currentData())
        if kind in PAIR_KINDS:
            self.form.audienceCombo.setCurrentIndex(
                self.form.audienceCombo.findData(Audience.PAIR.value)
            )
        self._update_enabled()

    def _update_enabled(self) -> None:
        f = self.form
        pair_kind = EventKind(f.kindCombo.currentData()) in PAIR_KINDS
        f.audienceCombo.setEnabled(not pair_kind)
        f.pairCombo.setEnabled(f.audienceCombo.currentData() == Audience.PAIR.value)

    def _remember_length(self) -> None:
        f = self.form
        length = f.startTimeEdit.time().secsTo(f.endTimeEdit.time()) // 60
        if length > 0:
            self._length = length

    def _keep_length(self) -> None:
        # Moving the start moves the end with it, as in every calendar program.
        f = self.form
        f.endTimeEdit.blockSignals(True)
        f.endTimeEdit.setTime(f.startTimeEdit.time().addSecs(self._length * 60))
        f.endTimeEdit.blockSignals(False)

    def _rule_changed(self) -> None:
        self._rule_touched = True
        self._update_repeat_summary()

    def recurrence(self) -> str | None:
        f = self.form
        frequency = f.frequencyCombo.currentData()
        if not self._rule_touched:
            return self._original_rule
        if frequency is None:
            return None
        weekday = pydate(f.dateEdit.date()).weekday()
        if f.countRadio.isChecked():
            return recurrence_rule(
                frequency,
                interval=f.intervalSpin.value(),
                weekday=weekday,
                count=f.countSpin.value(),
            )
        return recurrence_rule(
            frequency,
            interval=f.intervalSpin.value(),
            weekday=weekday,
            until=pydate(f.untilEdit.date()),
        )

    def _update_repeat_summary(self) -> None:
        f = self.form
        frequency = f.frequencyCombo.currentData()
        repeats = frequency is not None
        for widget in (f.intervalSpin, f.countRadio, f.countSpin, f.untilRadio, f.untilEdit):
            widget.setEnabled(repeats)
        every = f.intervalSpin.value()
        units = {
            "DAILY": self.tr("day(s)", "", every),
            "WEEKLY": self.tr("week(s)", "", every),
            "MONTHLY": self.tr("month(s)", "", every),
        }
        f.unitLabel.setText(units.get(frequency or "", ""))
        try:
            f.repeatSummary.setText(core_text(describe_recurrence(self.recurrence())))
        except MentorDeskError as exc:
            f.repeatSummary.setText(str(exc))

    def draft(self) -> EventDraft:
        f = self.form
        day = pydate(f.dateEdit.date())
        start, end = f.startTimeEdit.time(), f.endTimeEdit.time()
        return EventDraft(
            title=f.titleEdit.text(),
            start=datetime.combine(day, time(start.hour(), start.minute())),
            end=datetime.combine(day, time(end.hour(), end.minute())),
            timezone=f.timezoneCombo.currentText(),
            kind=EventKind(f.kindCombo.currentData()),
            audience=Audience(f.audienceCombo.currentData()),
            location=f.locationEdit.text(),
            description=f.descriptionEdit.toPlainText(),
            pairing_id=f.pairCombo.currentData(),
            recurrence=self.recurrence(),
        )

    def scope(self) -> EditScope:
        return "series" if self.form.scopeSeriesRadio.isChecked() else "one"

    def accept(self) -> None:
        # A draft that cannot be (an end before its start) is refused by the save itself.
        try:
            draft = self.draft()
        except MentorDeskError as exc:
            tell(self, self.windowTitle(), exc)
            return
        if self._on_save(draft, self.scope()):
            super().accept()


class MeetingLogDialog(QDialog):
    """Log that a pair met: the day, how long and how. Nothing about what was said."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        pairs: Sequence[PairInfo],
        pairing_id: int | None,
        day: date,
        on_save: Callable[[int, date, int, MeetingFormat], bool],
    ) -> None:
        super().__init__(parent)
        self.form = Ui_MeetingLogDialog()
        self.form.setupUi(self)
        self._on_save = on_save
        f = self.form
        for pair in pairs:
            f.pairCombo.addItem(pair.label, pair.id)
        f.pairCombo.setCurrentIndex(max(f.pairCombo.findData(pairing_id), 0))
        for meeting_format, label in FORMAT_LABELS.items():
            f.formatCombo.addItem(core_word(label), meeting_format.value)
        f.dateEdit.setDate(qdate(day))
        f.buttonBox.accepted.connect(self.accept)
        f.buttonBox.rejected.connect(self.reject)

    def accept(self) -> None:
        f = self.form
        if f.pairCombo.currentData() is None:
            QMessageBox.warning(self, self.windowTitle(), self.tr("The cohort has no pairs yet"))
            return
        if self._on_save(
            int(f.pairCombo.currentData()),
            pydate(f.dateEdit.date()),
            f.durationSpin.value(),
            MeetingFormat(f.formatCombo.currentData()),
        ):
            super().accept()


class PlanYearDialog(QDialog):
    """The dates for everything the rules ask for, prefilled with suggestions."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        needs: YearPlanNeeds,
        suggestion: YearPlanRequest,
        timezones: Sequence[str],
    ) -> None:
        super().__init__(parent)
        self.form = Ui_PlanYearDialog()
        self.form.setupUi(self)
        self.needs = needs
        f = self.form
        lines = []
        if needs.orientation:
            lines.append(self.tr("a mandatory orientation"))
        if needs.workshop_count:
            lines.append(self.tr("%Ln workshop(s) on the dates below", "", needs.workshop_count))
        if needs.initial_meetings:
            lines.append(
                self.tr(
                    "an initial meeting before the start for each of the %Ln pair(s)",
                    "",
                    needs.active_pairs,
                )
            )
        if needs.meetings_per_term:
            lines.append(
                self.tr("a meeting slot per pair in each of the %Ln term(s)", "", needs.terms)
            )
        if needs.committee_calls:
            lines.append(self.tr("monthly committee calls"))
        if needs.closeout:
            lines.append(
                self.tr("a close-out celebration, supervisors invited")
                if needs.supervisors_invited
                else self.tr("a close-out celebration")
            )
        f.rulesLabel.setText(
            self.tr("The program's rules ask for: %s.") % "; ".join(lines)
            if lines
            else self.tr("The program's rules ask for no events; add them one by one instead.")
        )
        f.timezoneCombo.addItems(list(timezones))
        f.timezoneCombo.setCurrentText(suggestion.timezone or "UTC")
        self._set_row(
            f.orientationLabel, f.orientationEdit, needs.orientation, suggestion.orientation
        )
        self._set_row(
            f.committeeLabel, f.committeeEdit, needs.committee_calls, suggestion.committee_call
        )
        self._set_row(f.closeoutLabel, f.closeoutEdit, needs.closeout, suggestion.closeout)
        self.workshop_edits: list[QDateTimeEdit] = []
        for n, moment in enumerate(suggestion.workshops, start=1):
            edit = QDateTimeEdit(qdatetime(moment), f.workshopGroup)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
            edit.setCalendarPopup(True)
            edit.setAccessibleName(self.tr("Workshop %d") % n)
            f.workshopLayout.addWidget(edit)
            self.workshop_edits.append(edit)
        if not self.workshop_edits:
            f.workshopLayout.addWidget(
                QLabel(self.tr("No workshops in this program."), f.workshopGroup)
            )
        f.buttonBox.accepted.connect(self.accept)
        f.buttonBox.rejected.connect(self.reject)

    @staticmethod
    def _set_row(label: Any, edit: QDateTimeEdit, needed: bool, moment: datetime | None) -> None:
        label.setVisible(needed)
        edit.setVisible(needed)
        if moment is not None:
            edit.setDateTime(qdatetime(moment))

    def request(self) -> YearPlanRequest:
        f = self.form
        return YearPlanRequest(
            orientation=pydatetime(f.orientationEdit.dateTime())
            if self.needs.orientation
            else None,
            workshops=[pydatetime(e.dateTime()) for e in self.workshop_edits],
            closeout=pydatetime(f.closeoutEdit.dateTime()) if self.needs.closeout else None,
            committee_call=pydatetime(f.committeeEdit.dateTime())
            if self.needs.committee_calls
            else None,
            timezone=f.timezoneCombo.currentText().strip() or None,
            location=f.locationEdit.text().strip() or None,
        )
