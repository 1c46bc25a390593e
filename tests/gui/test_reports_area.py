"""The Reports area, driven as a committee member would: click, edit a date, preview, print, export."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDateEdit, QFileDialog, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from mentordesk.core.documents.agreements import agreement_rows
from mentordesk.core.progress import Progress
from mentordesk.core.storage.database import Database
from mentordesk.gui.context import AppContext
from mentordesk.gui.reports import ReportsArea
from mentordesk.gui.reports import agreements_panel as area_module
from mentordesk.gui.reports.agreements_model import SIGNED
from tests.factories import make_application, make_cohort, make_meeting, make_pairing


@pytest.fixture
def cohort_id(db: Database) -> int:
    with db.transaction() as s:
        cohort = make_cohort(s, preset="staff", name="2026 rollout")
        first = make_pairing(
            s,
            cohort,
            make_application(s, cohort, "mentor", first_name="Ольга", last_name="Петрова"),
            make_application(s, cohort, "mentee", first_name="Nguyễn", last_name="An"),
            emphasis_area="Budgets",
        )
        make_pairing(
            s,
            cohort,
            make_application(s, cohort, "mentor", first_name="Seán", last_name="O'Brien"),
            make_application(s, cohort, "mentee", first_name="王", last_name="小明"),
        )
        make_application(s, cohort, "mentee", status="waitlisted")
        make_meeting(s, first, date(2026, 9, 20))
        return cohort.id


@pytest.fixture
def area(qtbot: QtBot, db: Database, cohort_id: int) -> ReportsArea:
    widget = ReportsArea(AppContext(db, QUndoStack()))
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    widget.set_cohort(cohort_id)
    return widget


def click_row(qtbot: QtBot, area: ReportsArea, row: int, column: int = 0) -> None:
    area.ui.tabs.setCurrentIndex(1)
    rect = area.agreements.ui.table.visualRect(area.agreements.model.index(row, column))
    qtbot.mouseClick(
        area.agreements.ui.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
    )


def signed_days(db: Database, cohort_id: int) -> dict[str, date | None]:
    with db.reading() as s:
        return {r.mentee: r.signed_on for r in agreement_rows(s, cohort_id)}


def test_summary_shows_the_cohorts_figures_and_charts(area: ReportsArea) -> None:
    assert "2026 rollout" in area.ui.heading.text()
    labels = area.summary_panel.ui.summaryView.figure_labels
    assert labels["applicants"].text() == "5"
    assert labels["matched"].text() == "2"
    assert labels["waitlisted"].text() == "1"
    assert {"counts", "scores", "meetings", "evaluations"} <= set(
        area.summary_panel.ui.summaryView.charts
    )
    area.set_cohort(None)
    assert area.summary_panel.ui.summaryView.charts == {}
    assert not area.summary_panel.ui.exportSummaryButton.isEnabled()


def test_committee_records_a_signed_agreement_and_can_undo_it(
    qtbot: QtBot, area: ReportsArea, db: Database, cohort_id: int
) -> None:
    assert area.agreements.ui.signedCount.text().startswith("0 of 2")
    click_row(qtbot, area, 0)
    mentee = area.agreements.model.rows()[0].mentee
    qtbot.mouseClick(area.agreements.ui.signedTodayButton, Qt.MouseButton.LeftButton)
    assert signed_days(db, cohort_id)[mentee] == date.today()
    assert area.agreements.ui.signedCount.text().startswith("1 of 2")
    assert area.summary_panel.ui.summaryView.figure_labels["signed"].text() == "1/2"
    area.context.undo_stack.undo()
    assert signed_days(db, cohort_id)[mentee] is None
    assert area.agreements.model.rows()[0].signed_on is None
    area.context.undo_stack.redo()
    assert signed_days(db, cohort_id)[mentee] == date.today()


def test_signed_day_is_typed_into_the_table(
    qtbot: QtBot, area: ReportsArea, db: Database, cohort_id: int
) -> None:
    click_row(qtbot, area, 1, SIGNED)
    rect = area.agreements.ui.table.visualRect(area.agreements.model.index(1, SIGNED))
    qtbot.mouseDClick(
        area.agreements.ui.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
    )
    editor = area.agreements.ui.table.viewport().findChild(QDateEdit)
    assert editor is not None
    editor.setDate(QDate(2026, 9, 14))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    mentee = area.agreements.model.rows()[1].mentee
    # The delegate commits on the next turn of the event loop.
    qtbot.waitUntil(lambda: signed_days(db, cohort_id)[mentee] == date(2026, 9, 14))
    assert area.agreements.model.index(1, SIGNED).data() == "2026-09-14"
    area.context.undo_stack.undo()
    assert signed_days(db, cohort_id)[mentee] is None


def test_preview_shows_the_agreement_and_prints_it(
    qtbot: QtBot, area: ReportsArea, tmp_path: Path
) -> None:
    click_row(qtbot, area, 0)
    qtbot.mouseClick(area.agreements.ui.previewButton, Qt.MouseButton.LeftButton)
    # Laid out off the GUI thread (the first preview loads ReportLab), then shown.
    qtbot.waitUntil(lambda: area.agreements.preview_dialog is not None, timeout=15_000)
    dialog = area.agreements.preview_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.page_count > 0)
    assert area.agreements.model.rows()[0].mentee in dialog.ui.titleLabel.text()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    dialog.print_document(printer)
    assert len(PdfReader(out).pages) == dialog.page_count
    dialog.close()


def test_export_agreements_writes_every_pair_and_the_print_file(
    qtbot: QtBot, area: ReportsArea, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    area.ui.tabs.setCurrentIndex(1)
    qtbot.mouseClick(area.agreements.ui.exportAgreementsButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: area.agreements.last_export is not None, timeout=15000)
    assert area.agreements.last_export is not None
    assert len(area.agreements.last_export.files) == 2
    assert all(p.exists() for p in area.agreements.last_export.all_files)
    assert "Wrote 2 agreement" in area.ui.status.text()


def test_export_summary_saves_the_chosen_format(
    qtbot: QtBot, area: ReportsArea, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "board.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(area.summary_panel.ui.exportSummaryButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: area.summary_panel.last_summary_file is not None, timeout=15000)
    assert load_workbook(target)["Counts"]["B2"].value == 3  # three mentees applied


def test_cancel_stops_the_agreement_export(
    qtbot: QtBot, area: ReportsArea, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def slow_export(
        _items: object, _out: Path, _name: str, progress: Progress, **_kw: object
    ) -> None:
        for i in range(500):
            progress.step(i, 500, "Writing agreements…")
            time.sleep(0.01)
        raise AssertionError("the export should have been cancelled")

    monkeypatch.setattr(area_module, "export_agreement_data", slow_export)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    qtbot.mouseClick(area.agreements.ui.exportAgreementsButton, Qt.MouseButton.LeftButton)
    dialog = area.findChild(QProgressDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    cancel = next(b for b in dialog.findChildren(QPushButton) if "Cancel" in b.text())
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "cancelled" in area.ui.status.text(), timeout=5000)
    assert area.agreements.last_export is None
