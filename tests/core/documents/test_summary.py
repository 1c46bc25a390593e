"""The cohort summary: its figures, and the PDF, XLSX and CSV read back with other readers."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from mentordesk.core.applications.records import withdraw_application
from mentordesk.core.documents import summary_export
from mentordesk.core.documents.summary import cohort_summary
from mentordesk.core.documents.summary_export import export_summary
from mentordesk.core.errors import ValidationError
from mentordesk.core.storage.database import Database
from mentordesk.core.storage.models import ApplicationStatus, PairingStatus
from tests.factories import (
    make_application,
    make_attendance,
    make_cohort,
    make_evaluation,
    make_event,
    make_meeting,
    make_pairing,
)


def staff_year(db: Database) -> int:
    """A small staff-program year: 3 pairs, a waitlisted, a withdrawn and an ineligible mentee."""
    with db.transaction() as s:
        cohort = make_cohort(s, preset="staff", start=date(2026, 9, 1), end=date(2027, 6, 30))
        pairs = [make_pairing(s, cohort, score=score) for score in (0.92, 0.55, 0.58)]
        pairs[0].agreement_signed_on = date(2026, 9, 10)
        make_application(s, cohort, "mentee", status="waitlisted")
        gone = make_application(s, cohort, "mentee")
        withdraw_application(s, gone.id, "Moved to another campus")
        make_application(s, cohort, "mentee", employment_type="faculty")  # not eligible
        pairs[2].status = PairingStatus.COMPLETED
        pairs[2].mentee.status = ApplicationStatus.COMPLETED
        # Term 1: pair 0 meets twice, pair 1 once; term 2: pair 0 once.
        make_meeting(s, pairs[0], date(2026, 9, 20), minutes=90)
        make_meeting(s, pairs[0], date(2026, 11, 2), minutes=30)
        make_meeting(s, pairs[1], date(2026, 10, 5))
        make_meeting(s, pairs[0], date(2027, 3, 1))
        orientation = make_event(
            s, cohort, "orientation", title="Orientation", starts_at=datetime(2026, 9, 5, 16)
        )
        workshop = make_event(
            s, cohort, "workshop", title="Giving feedback", starts_at=datetime(2026, 10, 12, 16)
        )
        for p in pairs:
            make_attendance(s, orientation, p.mentee)
            make_attendance(s, orientation, p.mentor)
        make_attendance(s, workshop, pairs[0].mentee)
        make_attendance(s, workshop, pairs[1].mentee, "excused")
        make_evaluation(s, cohort, pairs[0], phase="midpoint", role="mentee", rating=5)
        make_evaluation(s, cohort, pairs[1], phase="midpoint", role="mentee", rating=3)
        make_evaluation(s, cohort, pairs[0], phase="closeout", role="supervisor", rating=4)
        return cohort.id


def test_summary_counts_the_committees_year(any_db: Database) -> None:
    cohort_id = staff_year(any_db)
    with any_db.reading() as s:
        summary = cohort_summary(s, cohort_id)
    assert summary.count("Applicants").mentees == 6
    assert summary.count("Applicants").mentors == 3
    assert summary.count("Matched").mentees == 3
    assert summary.count("Waitlisted").mentees == 1
    assert summary.count("Withdrawn").mentees == 1
    assert summary.count("Completed").mentees == 1
    assert summary.count("Eligible").mentees == 5  # the faculty member is not
    assert summary.match_rate == pytest.approx(3 / 5)
    assert sum(b.pairs for b in summary.scores) == 3
    assert summary.score_mean == pytest.approx((0.92 + 0.55 + 0.58) / 3, abs=1e-3)
    assert (summary.active_pairs, summary.agreements_signed) == (2, 1)


def test_meetings_are_counted_per_term_against_the_rules(any_db: Database) -> None:
    cohort_id = staff_year(any_db)
    with any_db.reading() as s:
        summary = cohort_summary(s, cohort_id)
    term1, term2 = summary.terms
    assert (term1.pairs, term1.meetings, term1.hours) == (3, 3, 3.0)
    assert (term2.meetings, term2.hours) == (1, 1.0)


def test_workshop_attendance_and_evaluations_are_summed(any_db: Database) -> None:
    cohort_id = staff_year(any_db)
    with any_db.reading() as s:
        summary = cohort_summary(s, cohort_id)
    orientation, workshop = summary.workshops
    assert (orientation.present, orientation.mentees_present, orientation.mentors_present) == (
        6,
        3,
        3,
    )
    assert (workshop.present, workshop.excused) == (1, 1)
    assert summary.mentee_min_workshops == 3
    assert summary.mentees_meeting_workshop_minimum == 0
    midpoint = next(e for e in summary.evaluations if e.phase == "midpoint")
    assert (midpoint.role, midpoint.responses, midpoint.average) == ("mentee", 2, 4.0)
    assert midpoint.ratings == (0, 0, 1, 0, 1)


def test_xlsx_has_a_sheet_per_table_with_real_numbers_and_dates(
    db: Database, tmp_path: Path
) -> None:
    cohort_id = staff_year(db)
    with db.reading() as s:
        path = export_summary(cohort_summary(s, cohort_id), tmp_path / "summary.xlsx")
    book = load_workbook(path)
    assert book.sheetnames == [
        "Overview",
        "Counts",
        "Match scores",
        "Meetings",
        "Workshops",
        "Evaluations",
    ]
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2"
    counts = book["Counts"]
    assert [c.value for c in counts[1]] == ["Measure", "Mentees", "Mentors", "Total"]
    applicants = [c.value for c in counts[2]]
    assert applicants == ["Applicants", 6, 3, 9]
    meetings = book["Meetings"]
    assert isinstance(meetings["B2"].value, datetime)  # a date cell, not text
    assert meetings["B2"].value.date() == date(2026, 9, 1)
    assert meetings["F2"].value == 3 and isinstance(meetings["F2"].value, int | float)
    overview = {row[0].value: row[1] for row in book["Overview"].iter_rows(min_row=2)}
    rate = overview["Match rate (matched of eligible mentees)"]
    assert rate.value == pytest.approx(0.6) and rate.number_format == "0.0%"
    workshops = book["Workshops"]
    assert workshops["B2"].value == "Orientation" and workshops["D2"].value == 6


def test_csv_lists_each_table_under_its_name(db: Database, tmp_path: Path) -> None:
    cohort_id = staff_year(db)
    with db.reading() as s:
        path = export_summary(cohort_summary(s, cohort_id), tmp_path / "summary.csv")
    rows = list(csv.reader(path.open(encoding="utf-8-sig")))
    start = rows.index(["Counts"])
    assert rows[start + 1] == ["Measure", "Mentees", "Mentors", "Total"]
    assert rows[start + 2] == ["Applicants", "6", "3", "9"]
    assert ["Workshops"] in rows and ["Evaluations"] in rows


def test_pdf_shows_the_figures_and_tables(db: Database, tmp_path: Path) -> None:
    cohort_id = staff_year(db)
    with db.reading() as s:
        path = export_summary(cohort_summary(s, cohort_id), tmp_path / "summary.pdf")
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    assert "Cohort summary" in text
    assert "60.0%" in text  # match rate
    assert "Giving feedback" in text
    assert "Meetings held, per term" in text
    assert "supervisor" in text


@pytest.mark.parametrize("suffix", [".pdf", ".xlsx", ".csv"])
def test_empty_cohort_still_gives_a_summary(db: Database, tmp_path: Path, suffix: str) -> None:
    with db.transaction() as s:
        cohort_id = make_cohort(s).id
    with db.reading() as s:
        summary = cohort_summary(s, cohort_id)
    assert summary.is_empty and summary.match_rate is None
    path = export_summary(summary, tmp_path / f"empty{suffix}")
    assert path.stat().st_size > 0
    if suffix == ".pdf":
        assert "No applications" in PdfReader(path).pages[0].extract_text()


def test_summary_refuses_an_unknown_format_and_keeps_the_old_file(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with db.transaction() as s:
        cohort_id = make_cohort(s).id
    with db.reading() as s:
        summary = cohort_summary(s, cohort_id)
    with pytest.raises(ValidationError, match=r"\.pdf, \.xlsx or \.csv"):
        export_summary(summary, tmp_path / "summary.docx")
    good = tmp_path / "summary.xlsx"
    good.write_bytes(b"old")

    class Boom(Exception):
        pass

    def failing(_summary: object, target: Path) -> None:
        target.write_bytes(b"half a workbook")
        raise Boom

    monkeypatch.setattr(summary_export, "write_xlsx", failing)
    with pytest.raises(Boom):
        export_summary(summary, good)
    assert good.read_bytes() == b"old"
    assert not list(tmp_path.glob("*.partial"))


def test_printed_xlsx_fits_each_sheet_to_the_page_width_with_its_header_repeated(
    db: Database, tmp_path: Path
) -> None:
    with db.reading() as s:
        summary = cohort_summary(s, staff_year(db))
    path = export_summary(summary, tmp_path / "summary.xlsx")
    book = load_workbook(path)
    for sheet in book.worksheets:
        assert sheet.sheet_properties.pageSetUpPr.fitToPage, sheet.title
        assert sheet.page_setup.fitToWidth == 1, sheet.title
        assert sheet.page_setup.fitToHeight == 0, sheet.title  # as many pages down as needed
        assert sheet.print_title_rows == "$1:$1", sheet.title


def test_summary_pdf_embeds_every_font_it_names(db: Database, tmp_path: Path) -> None:
    with db.reading() as s:
        summary = cohort_summary(s, staff_year(db))
    path = export_summary(summary, tmp_path / "summary.pdf")
    reader = PdfReader(path)
    assert reader.trailer["/Root"].get("/Lang") == "en"
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            base = str(font.get("/BaseFont"))
            descendants = [d.get_object() for d in font.get("/DescendantFonts", [])]
            descriptors = [
                font.get("/FontDescriptor"),
                *(d.get("/FontDescriptor") for d in descendants),
            ]
            assert any(
                d is not None
                and any(k in d.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3"))
                for d in descriptors
            ), f"{base} is named but not embedded"
