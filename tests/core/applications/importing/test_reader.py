"""Reading what online forms export: encodings, delimiters, quoted line breaks, Excel, and bad files."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from mentordesk.core.applications.importing import ImportFileError, read_bytes, read_sheet
from tests.factories import write_xlsx

DATA = Path(__file__).resolve().parents[3] / "data"


def test_google_forms_export_in_utf8_with_bom_keeps_accents_and_line_breaks() -> None:
    sheet = read_sheet(DATA / "association_google_form.csv")
    assert sheet.encoding == "UTF-8 (BOM)"
    assert sheet.delimiter == ","
    assert sheet.headers[0] == "Timestamp"  # no BOM glued to the first header
    assert sheet.rows[0][2] == "María"
    assert sheet.rows[1][3] == "O'Brien"
    assert "\n" in str(sheet.rows[0][9])  # a quoted answer with a line break is one cell
    # The blank line in the export is dropped but rows keep their numbers in the file.
    assert 9 not in sheet.numbers and sheet.numbers[-1] == 11  # as the spreadsheet shows them


def test_excel_semicolon_csv_in_windows_1252_reads_umlauts() -> None:
    sheet = read_sheet(DATA / "credential_registry_excel.csv")
    assert sheet.encoding == "Windows-1252"
    assert sheet.delimiter == ";"
    assert sheet.rows[1][2] == "Günter Müller"
    assert sheet.rows[4][3] == "Protégé"


def test_microsoft_forms_unicode_text_is_utf16_tab_separated() -> None:
    sheet = read_sheet(DATA / "staff_msforms_unicode.txt")
    assert sheet.encoding == "UTF-16"
    assert sheet.delimiter == "\t"
    assert sheet.headers[4] == "Name"
    assert sheet.rows[4][4] == "Luis Martínez"


def test_xlsx_keeps_real_dates_and_whole_numbers(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "export.xlsx",
        ["Timestamp", "Email", "Phone", "Years"],
        [[datetime(2026, 4, 1, 9, 30), "a@b.org", 5055551234.0, 2.5]],
    )
    sheet = read_sheet(path)
    assert sheet.kind == "xlsx"
    assert sheet.rows[0] == (datetime(2026, 4, 1, 9, 30), "a@b.org", 5055551234, 2.5)


def test_utf16_without_bom_and_cp1252_without_hint_are_detected() -> None:
    text = "Email,Name\r\nzoë@example.org,Zoë Brontë\r\n"
    assert read_bytes(text.encode("utf-16-le")).rows[0][1] == "Zoë Brontë"
    assert read_bytes(text.encode("cp1252")).rows[0][1] == "Zoë Brontë"


def test_a_question_with_a_comma_does_not_fool_the_delimiter_sniffer() -> None:
    text = 'Email;"What, in one sentence, do you hope to achieve?";Role\na@b.org;"Grow, a lot";Mentee\n'
    sheet = read_bytes(text.encode())
    assert sheet.delimiter == ";"
    assert sheet.headers == ("Email", "What, in one sentence, do you hope to achieve?", "Role")


def test_repeated_and_blank_headers_get_names_a_mapping_can_use() -> None:
    sheet = read_bytes(b"Email,,Email\na@b.org,x,a@b.org\n")
    assert sheet.headers == ("Email", "Column 2", "Email (2)")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "is empty"),
        (b"\r\n\r\n  \r\n", "is empty"),
        (b"Email,Name\r\n", "no rows"),
        (b"a@b.org,Ann\r\nc@d.org,Bo\r\n", "looks like answers"),
        (b"%PDF-1.7 binary", "is a PDF"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "old Excel .xls"),
        (b"PK\x03\x04 not really a zip", "not a spreadsheet"),
        (bytes(range(256)) * 4, "not a spreadsheet"),
    ],
)
def test_a_file_that_is_not_a_usable_spreadsheet_gets_a_clear_message(
    data: bytes, message: str
) -> None:
    with pytest.raises(ImportFileError, match=message):
        read_bytes(data, "applications.csv")


def test_huge_files_are_refused_before_being_read(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_bytes(b"Email\n" + b"a@b.org\n" * 2000)
    with pytest.raises(ImportFileError, match="MB"):
        read_sheet(path, max_bytes=1000)
    with pytest.raises(ImportFileError, match="more than 100 rows"):
        read_sheet(path, max_rows=100)


def test_missing_file_and_folder_are_named(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="no file"):
        read_sheet(tmp_path / "nope.csv")
    with pytest.raises(ImportFileError, match="folder"):
        read_sheet(tmp_path)


def test_a_workbook_whose_first_tab_is_empty_reads_the_tab_with_answers(tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active.title = "Notes"  # left empty by whoever tidied the export
    answers = workbook.create_sheet("Responses")
    answers.append(["Email", "Role"])
    answers.append(["ana@example.org", "Mentee"])
    workbook.save(tmp_path / "export.xlsx")
    sheet = read_sheet(tmp_path / "export.xlsx")  # it said "export.xlsx is empty"
    assert sheet.headers == ("Email", "Role")
    assert sheet.rows == [("ana@example.org", "Mentee")]
    assert sheet.notes[0] == "Read the worksheet 'Responses'; the ones before it are empty"
    empty = Workbook()
    empty.create_sheet("Also empty")
    empty.save(tmp_path / "empty.xlsx")
    with pytest.raises(ImportFileError, match=r"empty\.xlsx is empty"):
        read_sheet(tmp_path / "empty.xlsx")
