"""Small dialogs of the main window: a new program from a preset, a new cohort, About."""

from __future__ import annotations

import html
from datetime import date
from zoneinfo import available_timezones

from PySide6.QtCore import QDate, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from mentordesk import __version__
from mentordesk.core.applications.carry_over import (
    NewCohort,
    add_cohort_carrying_over,
    carry_over_sources,
)
from mentordesk.core.programs.cohorts import get_program, local_timezone, start_program
from mentordesk.core.programs.rules import PRESETS, ProgramRules
from mentordesk.gui import theme
from mentordesk.gui.context import AppContext
from mentordesk.gui.core_words import core_text
from mentordesk.gui.data import Change, Kind
from mentordesk.gui.forms.ui_about_dialog import Ui_AboutDialog
from mentordesk.gui.forms.ui_new_program_dialog import Ui_NewProgramDialog
from mentordesk.gui.languages import local_number
from mentordesk.gui.theme import NamedColor


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _academic_year(today: date) -> tuple[date, date]:
    start_year = today.year if today.month < 9 else today.year + 1
    return date(start_year, 9, 1), date(start_year + 1, 6, 30)


class NewProgramDialog(QDialog):
    """Create a program from one of the presets, with its first cohort, in one transaction.

    With ``program_id`` it only adds a cohort to that program.
    """

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, *, program_id: int | None = None
    ):
        super().__init__(parent)
        self.context = context
        self.program_id = program_id
        self.created: NewCohort | None = None  # what the dialog made, and who came along
        self.ui = Ui_NewProgramDialog()
        self.ui.setupUi(self)
        for name in PRESETS:
            rules = ProgramRules.preset(name)
            self.ui.presetCombo.addItem(self.tr(rules.label), name)
        self.ui.presetCombo.currentIndexChanged.connect(self._show_preset)
        start, end = _academic_year(date.today())
        self.ui.startEdit.setDate(QDate(start.year, start.month, start.day))
        self.ui.endEdit.setDate(QDate(end.year, end.month, end.day))
        self.ui.cohortEdit.setText(f"{start.year}–{str(end.year)[-2:]}")
        # Every IANA zone, the computer's chosen: submission times and events show in it.
        zones = sorted(available_timezones())
        self.ui.timezoneCombo.addItems(zones)
        here = local_timezone()
        self.ui.timezoneCombo.setCurrentIndex(max(0, self.ui.timezoneCombo.findText(here)))
        self.ui.timezoneCombo.setCurrentText(here)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        if program_id is not None:
            program_name = context.data.read(get_program, program_id).name
            self.setWindowTitle(self.tr("New Cohort of %s") % program_name)
            for widget in (
                self.ui.presetCombo,
                self.ui.presetLabel,
                self.ui.presetDescription,
                self.ui.nameEdit,
                self.ui.nameLabel,
            ):
                widget.hide()
            self.ui.cohortLabel.setText(self.tr("&Cohort name:"))
            self._fill_carry_over(program_id)
        else:
            self.ui.carryGroup.hide()
        # The one thing to type: the program's name (the cohort's when adding a cohort).
        (self.ui.nameEdit if program_id is None else self.ui.cohortEdit).setFocus()
        self._show_preset()

    def _fill_carry_over(self, program_id: int) -> None:
        """The program's earlier cohorts, each with who could come along; the newest first."""
        combo = self.ui.carryFromCombo
        sources = self.context.data.read(carry_over_sources, program_id)
        for source in sources:
            combo.addItem(
                self.tr("%1 (%2 waitlisted, %3 mentors continuing)")
                .replace("%2", local_number(source.choice.waitlisted_mentees))
                .replace("%3", local_number(source.choice.continuing_mentors))
                .replace("%1", source.name),
                source.cohort_id,
            )
        if not sources:
            self.ui.carryGroup.hide()
            return
        # Offered, not imposed: on when the newest cohort has someone waiting.
        self.ui.carryGroup.setChecked(sources[0].choice.waitlisted_mentees > 0)

    def _show_preset(self) -> None:
        preset = self.ui.presetCombo.currentData()
        if preset:
            self.ui.presetDescription.setText(ProgramRules.preset(preset).description)

    def show_refusal(self, _title: str, message: str) -> None:
        self.ui.errorLabel.setText(message)

    def accept(self) -> None:
        data = self.context.data
        title = self.windowTitle()
        name = self.ui.cohortEdit.text()
        start, end = _to_date(self.ui.startEdit.date()), _to_date(self.ui.endEdit.date())
        zone = self.ui.timezoneCombo.currentText().strip() or None
        if self.program_id is None:
            started = data.change(
                self,
                title,
                Change(Kind.PROGRAMS),
                start_program,
                self.ui.nameEdit.text(),
                self.ui.presetCombo.currentData(),
                name,
                start,
                end,
                timezone=zone,
                term_words=core_text,  # the terms it plans, named in the window's language
            )
            if not started:
                return
            cohort = started.result
            self.created = NewCohort(cohort.program_id, cohort.id)
        else:
            carrying = self.ui.carryGroup.isChecked() and self.ui.carryFromCombo.count() > 0
            added = data.change(
                self,
                title,
                Change(Kind.PROGRAMS | Kind.APPLICATIONS),
                add_cohort_carrying_over,
                self.program_id,
                name,
                start,
                end,
                carry_from=self.ui.carryFromCombo.currentData() if carrying else None,
                mentors=self.ui.carryMentorsCheck.isChecked(),
                timezone=zone,
                term_words=core_text,
            )
            if not added:
                return
            self.created = added.result
        super().accept()


class AboutDialog(QDialog):
    def __init__(self, database_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.text.setText(
            "<h2>MentorDesk "
            + html.escape(__version__)
            + "</h2>"
            + "<p>"
            + html.escape(
                self.tr(
                    "Run a mentorship program's year: applications, eligibility, matching, the "
                    "calendar, agreements and the cohort summary. Your data stays on your computer "
                    "or your committee's own server."
                )
            )
            + "</p>"
            + "<p><b>"
            + html.escape(self.tr("Database:"))
            + "</b> "
            + html.escape(database_name)
            + "</p>"
            + f"<p style='color:{theme.hex_of(NamedColor.MUTED_TEXT)}'>Qt "
            + qVersion()
            + "</p>"
        )
