"""Mentoring agreements: what each pair signs, read back from the PDFs with pypdf."""

from __future__ import annotations

import errno
import multiprocessing
import os
import re
from concurrent.futures.process import BrokenProcessPool
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab import rl_config
from sqlalchemy import update

from mentordesk.core.documents import agreement_export, agreements
from mentordesk.core.documents.agreement_export import AgreementHelpers, export_agreements
from mentordesk.core.documents.agreements import (
    TemplateError,
    agreement_data,
    agreement_rows,
    fill_agreement,
    load_template,
    set_agreement_signed,
)
from mentordesk.core.errors import (
    Cancelled,
    MentorDeskError,
    NotFoundError,
    StaleEditError,
    ValidationError,
)
from mentordesk.core.programs.cohorts import program_rules, set_program_rules
from mentordesk.core.progress import Progress
from mentordesk.core.storage.database import Database
from mentordesk.core.storage.models import Cohort, Pairing
from tests.factories import make_application, make_cohort, make_pairing

LONG_GOALS = (
    "Build confidence in leading difficult conversations with students and their families, " * 25
) + "and finally write the handbook for new case managers."


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def international_cohort(db: Database, preset: str = "staff") -> int:
    """A cohort with a Vietnamese, a Russian, a Chinese and an Irish name, and long goals."""
    with db.transaction() as s:
        cohort = make_cohort(s, preset=preset, name="2026 rollout")
        mentor = make_application(
            s,
            cohort,
            "mentor",
            first_name="Ольга",
            last_name="Петрова",
            job_title="Senior case manager",
            supervisor_name="Seán O'Brien",
            meeting_formats="video, phone",
        )
        mentee = make_application(
            s,
            cohort,
            "mentee",
            first_name="Nguyễn Thị",
            last_name="Minh Khai",
            goals=LONG_GOALS,
            supervisor_name="王小明",
            meeting_formats="phone",
        )
        make_pairing(s, cohort, mentor, mentee, emphasis_area="Crisis de-escalation")
        make_pairing(
            s,
            cohort,
            make_application(s, cohort, "mentor", first_name="Zoë", last_name="D'Arcy"),
            make_application(s, cohort, "mentee", first_name="李", last_name="娜"),
        )
        return cohort.id


def test_each_active_pair_gets_its_own_agreement_and_one_combined_file(
    any_db: Database, tmp_path: Path
) -> None:
    with any_db.transaction() as s:
        cohort = make_cohort(s, preset="association")
        make_pairing(s, cohort, emphasis_area="Documentation")
        make_pairing(s, cohort, emphasis_area="Boundaries")
        ended = make_pairing(s, cohort, status="ended")
        ended_mentee = ended.mentee.person.full_name
        cohort_id = cohort.id
    with any_db.reading() as s:
        result = export_agreements(s, cohort_id, tmp_path)
    assert len(result.files) == 2
    assert result.combined is not None
    combined = pdf_text(result.combined)
    for path in result.files:
        assert path.exists()
        assert "Mentoring agreement" in pdf_text(path)
    assert combined.count("Mentoring agreement") >= 2
    assert "Documentation" in combined and "Boundaries" in combined
    assert ended_mentee not in combined  # an ended pair signs nothing new
    assert not list(tmp_path.glob(".*partial"))


def test_names_in_any_script_print_and_long_goals_wrap_inside_the_page(
    db: Database, tmp_path: Path
) -> None:
    cohort_id = international_cohort(db)
    with db.reading() as s:
        result = export_agreements(s, cohort_id, tmp_path)
    first = next(p for p in result.files if "minh-khai" in p.name)
    text = pdf_text(first)
    for name in ("Nguyễn Thị Minh Khai", "Ольга Петрова", "王小明", "Seán O'Brien"):
        assert name in text
    assert "write the handbook for new case managers" in " ".join(text.split())
    reader = PdfReader(first)
    assert len(reader.pages) >= 2  # the goals needed more than a page
    # Nothing runs off the page: every piece of text starts inside the margins.
    for page in reader.pages:
        width = float(page.mediabox.width)
        xs: list[float] = []
        page.extract_text(
            visitor_text=lambda t, cm, tm, *_, xs=xs: xs.append(tm[4] * cm[0] + cm[4])
        )
        assert xs and all(0 <= x < width - 40 for x in xs)
    assert "李 娜" in pdf_text(result.combined)  # type: ignore[arg-type]


def test_staff_rules_bring_supervisors_workshops_hours_and_the_rematch_limit(
    db: Database, tmp_path: Path
) -> None:
    cohort_id = international_cohort(db, "staff")
    with db.reading() as s:
        path = export_agreements(s, cohort_id, tmp_path).files[0]
    text = " ".join(pdf_text(path).split())
    assert "Supervisor of the mentee" in text and "Supervisor of the mentor" in text
    assert len(re.findall(r"\bSignature\b", text)) == 4  # mentor, mentee and both supervisors sign
    # The signature lines stay together, on the page where the heading is.
    signature_page = next(
        page.extract_text() for page in PdfReader(path).pages if "Signatures" in page.extract_text()
    )
    assert len(re.findall(r"\bSignature\b", signature_page)) == 4
    assert "orientation" in text
    assert "attends at least 3 of them" in text
    assert "about 2–3 hours a month" in text
    assert "rematched at most once" in text
    assert "resign" in text
    assert "without fault" in text
    assert "Confidentiality" in text


def test_association_rules_ask_for_a_first_call_and_one_meeting_per_term(
    db: Database, tmp_path: Path
) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s, preset="association", start=date(2026, 9, 1))
        make_pairing(s, cohort, emphasis_area="Caseload triage")
        cohort_id = cohort.id
    with db.reading() as s:
        path = export_agreements(s, cohort_id, tmp_path).files[0]
    text = " ".join(pdf_text(path).split())
    assert "first meeting before September 1, 2026" in text
    assert "at least once in each term" in text
    assert "Caseload triage" in text
    assert "conference calls" in text
    assert "Supervisor" not in text
    assert "rematched" not in text  # the association states no rematch rule
    assert len(re.findall(r"\bSignature\b", text)) == 2
    # A short agreement is two pages, the signatures right after the text, not on a page alone.
    pages = [page.extract_text() for page in PdfReader(path).pages]
    assert len(pages) == 2
    assert "Ending the partnership" in pages[1] and "Signatures" in pages[1]


def test_unknown_placeholder_is_reported_with_the_template_never_printed(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cohort_id = international_cohort(db)
    template = tmp_path / "agreement-broken.toml"
    template.write_text(
        'title = "Agreement"\n[[section]]\nheading = "Us"\ntext = "Dear {mentor_nickname}"\n',
        encoding="utf-8",
    )
    monkeypatch.setattr(agreements, "template_path", lambda preset: template)
    out = tmp_path / "out"
    with db.reading() as s, pytest.raises(TemplateError) as error:
        export_agreements(s, cohort_id, out)
    assert "{mentor_nickname}" in str(error.value)
    assert "agreement-broken.toml" in str(error.value)
    assert not list(out.glob("*.pdf"))


def test_a_section_may_only_depend_on_a_known_rule(db: Database, tmp_path: Path) -> None:
    cohort_id = international_cohort(db)
    template = tmp_path / "agreement-x.toml"
    template.write_text('[[section]]\nwhen = "free_lunch"\ntext = "Lunch"\n', encoding="utf-8")
    with db.reading() as s:
        data = agreement_data(s, cohort_id)[0]
    with pytest.raises(TemplateError, match="free_lunch"):
        fill_agreement(data, load_template(template))


def test_cancel_keeps_the_previous_files_as_they_were(db: Database, tmp_path: Path) -> None:
    cohort_id = international_cohort(db)
    with db.reading() as s:
        first = export_agreements(s, cohort_id, tmp_path)
    before = {p: p.read_bytes() for p in first.all_files}

    def cancel_midway(done: int, total: int, _message: str) -> None:
        if done >= 1:
            progress.cancel()

    progress = Progress(cancel_midway)
    with db.reading() as s, pytest.raises(Cancelled):
        export_agreements(s, cohort_id, tmp_path, progress)
    assert {p: p.read_bytes() for p in first.all_files} == before
    assert not list(tmp_path.glob(".*partial"))


def test_a_full_disk_while_agreements_are_flushed_keeps_the_previous_files(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cohort_id = international_cohort(db)
    with db.reading() as s:
        first = export_agreements(s, cohort_id, tmp_path)
    before = {p: p.read_bytes() for p in first.all_files}

    def full_disk(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)  # files are flushed on a thread of their own
    with db.reading() as s, pytest.raises(MentorDeskError, match="No space left on device"):
        export_agreements(s, cohort_id, tmp_path)
    assert {p: p.read_bytes() for p in first.all_files} == before
    assert not list(tmp_path.glob(".*partial"))


def test_worker_processes_write_the_same_agreements(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s, preset="credential")
        for _ in range(4):
            make_pairing(s, cohort)
        cohort_id = cohort.id
    monkeypatch.setattr(agreement_export, "PARALLEL_THRESHOLD", 1)
    steps: list[tuple[int, int]] = []
    with db.reading() as s:
        result = export_agreements(
            s, cohort_id, tmp_path, Progress(lambda d, t, _m: steps.append((d, t))), workers=2
        )
    assert len(result.files) == 4 and all(p.stat().st_size > 0 for p in result.files)
    assert steps[-1] == (8, 8)
    assert len(PdfReader(result.combined).pages) == result.pages  # type: ignore[arg-type]
    assert "credential" in pdf_text(result.files[0])


def test_a_cohort_big_enough_for_two_processes_gets_the_bytes_one_process_writes(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cohort_id = international_cohort(db)
    with db.transaction() as s:
        cohort = s.get(Cohort, cohort_id)
        for _ in range(agreement_export.PARALLEL_THRESHOLD - 2):
            make_pairing(s, cohort)
    # Without a date or a random id in the files, the same agreements are the same bytes;
    # the variable reaches the worker processes' ReportLab as well.
    monkeypatch.setenv("RL_invariant", "1")
    monkeypatch.setattr(rl_config, "invariant", 1)
    written = {}
    for workers in (1, 2):
        with db.reading() as s:
            result = export_agreements(s, cohort_id, tmp_path / f"w{workers}", workers=workers)
        assert result.processes == workers
        written[workers] = {p.name: p.read_bytes() for p in result.all_files}
    assert len(written[1]) == agreement_export.PARALLEL_THRESHOLD + 1
    assert written[2] == written[1]
    titles = {PdfReader(tmp_path / "w2" / name).metadata.title for name in written[2]}
    assert len(titles) == len(written[2])
    assert not list((tmp_path / "w2").glob(".*partial"))


def test_helpers_start_before_the_snapshot_is_read_and_only_for_a_cohort_big_enough(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s)
        for _ in range(3):
            make_pairing(s, cohort)
        cohort_id = cohort.id
    monkeypatch.setattr(agreement_export, "PARALLEL_THRESHOLD", 3)
    with db.reading() as s:
        assert agreements.active_pair_count(s, cohort_id) == 3
        items, name = agreement_export.agreement_snapshot(s, cohort_id)
    # Expected big enough: the helper is running before any snapshot is handed over.
    with AgreementHelpers(3, workers=2) as helpers:
        assert len(multiprocessing.active_children()) == 1
        result = agreement_export.export_agreement_data(
            items, tmp_path / "early", name, helpers=helpers
        )
    assert result.processes == 2 and len(result.files) == 3
    assert not multiprocessing.active_children()
    # Expected too small: nothing starts for a handful of pairs...
    with AgreementHelpers(2, workers=2) as helpers:
        assert not multiprocessing.active_children()
        # ...but a snapshot bigger than expected (pairs added at another desk) still
        # gets the helpers, started then.
        result = agreement_export.export_agreement_data(
            items, tmp_path / "late", name, helpers=helpers
        )
    assert result.processes == 2
    assert not multiprocessing.active_children()


def test_cancel_stops_the_worker_processes_and_keeps_the_previous_files(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cohort_id = international_cohort(db)
    with db.transaction() as s:
        cohort = s.get(Cohort, cohort_id)
        for _ in range(6):
            make_pairing(s, cohort)
    with db.reading() as s:
        first = export_agreements(s, cohort_id, tmp_path, workers=1)
    before = {p: p.read_bytes() for p in first.all_files}
    monkeypatch.setattr(agreement_export, "PARALLEL_THRESHOLD", 1)
    steps: list[int] = []

    def cancel_at_the_second_agreement(done: int, _total: int, _message: str) -> None:
        steps.append(done)
        if done >= 1:
            progress.cancel()

    progress = Progress(cancel_at_the_second_agreement)
    with db.reading() as s, pytest.raises(Cancelled):
        export_agreements(s, cohort_id, tmp_path, progress, workers=2)
    assert max(steps) < 2 * len(first.files)  # stopped long before the end
    assert {p: p.read_bytes() for p in first.all_files} == before
    assert not list(tmp_path.glob(".*partial"))
    assert not multiprocessing.active_children()


def test_cohort_without_pairs_writes_nothing(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        cohort_id = make_cohort(s).id
    with db.reading() as s:
        result = export_agreements(s, cohort_id, tmp_path / "out")
    assert result.all_files == []


def test_signed_agreement_is_recorded_and_can_be_cleared(any_db: Database) -> None:
    with any_db.transaction() as s:
        cohort = make_cohort(s)
        pairing_id = make_pairing(s, cohort).id
        cohort_id = cohort.id
    with any_db.transaction() as s:
        row = set_agreement_signed(s, pairing_id, date(2026, 9, 15))
    assert row.signed_on == date(2026, 9, 15)
    with any_db.reading() as s:
        assert agreement_rows(s, cohort_id)[0].signed_on == date(2026, 9, 15)
    with any_db.transaction() as s:
        set_agreement_signed(s, pairing_id, None)
    with any_db.reading() as s:
        assert agreement_rows(s, cohort_id)[0].signed_on is None


def test_an_undo_of_a_signed_day_never_lands_on_a_pair_that_only_shares_its_version(
    db: Database,
) -> None:
    """A pair brought back by an undo keeps its id but starts again at version 1: the
    step remembers the people and the day, not only a version another state can reach."""
    with db.transaction() as s:
        cohort = make_cohort(s)
        pairing = make_pairing(s, cohort)
        pairing_id, cohort_id = pairing.id, cohort.id
        other_mentor_id = make_application(s, cohort, "mentor").id
    with db.transaction() as s:
        seen = set_agreement_signed(s, pairing_id, date(2026, 9, 15))  # the step to undo
    with db.transaction() as s:  # another desk: the same id, another mentor, its own day,
        s.execute(  # at the version a pair restored and signed once has again
            update(Pairing)
            .where(Pairing.id == pairing_id)
            .values(
                mentor_id=other_mentor_id,
                agreement_signed_on=date(2026, 10, 1),
                version=seen.version,
            )
        )
    with db.transaction() as s, pytest.raises(StaleEditError, match="was changed since"):
        set_agreement_signed(s, pairing_id, None, expected=seen)
    with db.reading() as s:
        assert agreement_rows(s, cohort_id)[0].signed_on == date(2026, 10, 1)


def test_an_agreement_cannot_come_back_signed_tomorrow(db: Database) -> None:
    with db.transaction() as s:
        pairing_id = make_pairing(s, make_cohort(s)).id
    with db.transaction() as s, pytest.raises(ValidationError, match="still to come"):
        set_agreement_signed(s, pairing_id, date.today() + timedelta(days=1))
    with db.transaction() as s, pytest.raises(NotFoundError):
        set_agreement_signed(s, 9999, date.today())


def test_sections_follow_the_programs_rules_not_its_preset(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s, preset="staff")
        rules = program_rules(cohort.program)
        rules.max_rematches = None
        rules.supervisor_approval_required = False
        rules.min_meetings_per_term = 2
        set_program_rules(s, cohort.program_id, rules)
        make_pairing(s, cohort)
        cohort_id = cohort.id
    with db.reading() as s:
        text = " ".join(pdf_text(export_agreements(s, cohort_id, tmp_path).files[0]).split())
    assert "rematched" not in text
    assert "Supervisor of the" not in text
    assert "at least twice in each term" in text
    assert "close-out" in text  # the staff rules still ask for a close-out evaluation


def test_credential_partnership_lasts_until_the_credential_and_invites_mutual_evaluation(
    db: Database, tmp_path: Path
) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s, preset="credential")
        make_pairing(s, cohort)
        cohort_id = cohort.id
    with db.reading() as s:
        text = " ".join(pdf_text(export_agreements(s, cohort_id, tmp_path).files[0]).split())
    assert "until the mentee has earned the credential" in text
    assert "30 June 2027" not in text
    assert "evaluate each other" in text
    assert "as often as we agree" in text


def test_emphasis_area_not_chosen_yet_prints_a_line_to_fill_in(
    db: Database, tmp_path: Path
) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s, preset="association")
        make_pairing(s, cohort, emphasis_area=None)
        cohort_id = cohort.id
    with db.reading() as s:
        text = " ".join(pdf_text(export_agreements(s, cohort_id, tmp_path).files[0]).split())
    assert "focus on throughout the year: ____" in text
    assert "{" not in text and "None" not in text


def test_export_falls_back_to_one_process_when_workers_cannot_start(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s)
        make_pairing(s, cohort)
        cohort_id = cohort.id

    def broken(*_args: object) -> int:
        raise BrokenProcessPool("no processes here")

    monkeypatch.setattr(agreement_export, "PARALLEL_THRESHOLD", 1)
    monkeypatch.setattr(agreement_export, "_build_in_processes", broken)
    with db.reading() as s:
        result = export_agreements(s, cohort_id, tmp_path, workers=2)
    assert len(result.files) == 1 and result.combined is not None and result.combined.exists()


def test_each_agreement_pdf_names_its_pair_sets_its_language_and_embeds_every_font(
    db: Database, tmp_path: Path
) -> None:
    cohort_id = international_cohort(db)
    with db.reading() as s:
        result = export_agreements(s, cohort_id, tmp_path / "out")
    for path in result.files:
        reader = PdfReader(path)
        title = reader.metadata.title if reader.metadata else ""
        assert title and title.startswith("Mentoring agreement: ") and " & " in title
        assert reader.trailer["/Root"].get("/Lang") == "en"
        for page in reader.pages:
            for font in page["/Resources"]["/Font"].values():
                font = font.get_object()
                descriptors = [font.get("/FontDescriptor")] + [
                    d.get_object().get("/FontDescriptor") for d in font.get("/DescendantFonts", [])
                ]
                embedded = any(
                    d is not None
                    and any(k in d.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3"))
                    for d in descriptors
                )
                assert embedded, f"{path.name}: {font.get('/BaseFont')} is not embedded"
    combined = PdfReader(result.combined)
    assert "pairs)" in (combined.metadata.title or "")


def test_dates_are_written_in_the_templates_language() -> None:
    from mentordesk.core.documents.agreements import long_date

    day = date(2026, 9, 14)
    assert long_date(day, "en") == "September 14, 2026"
    assert long_date(day, "es") == "14 de septiembre de 2026"
    assert long_date(day, "xx") == "September 14, 2026"
