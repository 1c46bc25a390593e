"""Reads the spreadsheet an online form exported (CSV in any common encoding, or XLSX) into rows.

Whatever the bytes, the result is a ``Sheet`` or an ``ImportFileError`` that says what
is wrong with the file in words; a traceback here would be a bug.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from mentordesk.core.applications.fields import EMAIL_RE
from mentordesk.core.errors import MentorDeskError
from mentordesk.core.sentences import Sentence

#: Larger files are refused: a form export of a real program is far smaller, and a
#: 2 GB file would freeze the wizard long before it could say so.
MAX_BYTES = 50 * 1024 * 1024
MAX_ROWS = 100_000
MAX_COLUMNS = 500
#: Excel's own limit on the text of one cell.
MAX_CELL_CHARS = 32_767
#: What a workbook may unpack to. A form export of a few thousand applications is a few
#: MB; a "ZIP bomb" of half a megabyte unpacks to gigabytes and is refused from the
#: sizes its ZIP directory declares, before a byte of it is unpacked (zipfile never
#: unpacks more than a member declares, so a lie there fails the CRC check instead).
MAX_UNPACKED_BYTES = 100 * 1024 * 1024
#: How many times larger than its packed size one part of a workbook may be. Real
#: worksheets pack 5-20 times; a bomb thousands of times.
MAX_PACKING_RATIO = 200

_DELIMITERS = (",", ";", "\t", "|")
_XLSX_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the old binary .xls


class ImportFileError(MentorDeskError):
    """The file cannot be read as a spreadsheet at all (the CLI exits 2)."""

    exit_code = 2


Cell = str | int | float | bool | datetime | None


@dataclass(frozen=True)
class Sheet:
    """A spreadsheet's header and its non-blank rows, each numbered as the spreadsheet shows it (header = 1)."""

    name: str
    headers: tuple[str, ...]
    rows: list[tuple[Cell, ...]]
    numbers: list[int]
    kind: str  # "csv" or "xlsx"
    encoding: str | None = None
    delimiter: str | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)

    def column(self, index: int) -> list[Cell]:
        return [row[index] if index < len(row) else None for row in self.rows]

    def describe(self) -> str:
        if self.kind == "xlsx":
            how = "Excel workbook"
        else:
            names = {",": "comma", ";": "semicolon", "\t": "tab", "|": "bar"}
            how = f"CSV, {self.encoding}, {names.get(self.delimiter or ',', 'comma')}-separated"
        return f"{self.name}: {len(self.rows)} rows, {len(self.headers)} columns ({how})"


def sheet_samples(sheet: Sheet, limit: int = 200) -> dict[str, list[Cell]]:
    """Each column's first answers, for proposals that look at values (anonymous columns)."""
    return {h: sheet.column(i)[:limit] for i, h in enumerate(sheet.headers)}


def read_sheet(path: str | Path, *, max_bytes: int = MAX_BYTES, max_rows: int = MAX_ROWS) -> Sheet:
    """Read a CSV or XLSX file by its content (not its name), or raise ImportFileError."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise ImportFileError(Sentence("%1 is a folder, not a spreadsheet", (str(path),)))
        if size > max_bytes:
            raise ImportFileError(
                f"{path.name} is {size / 1_048_576:.0f} MB; MentorDesk imports files up to "
                f"{max_bytes / 1_048_576:.0f} MB. Split it or remove unneeded columns."
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise ImportFileError(Sentence("There is no file %1", (str(path),))) from None
    except PermissionError:
        raise ImportFileError(Sentence("MentorDesk may not read %1", (str(path),))) from None
    except OSError as exc:
        raise ImportFileError(f"Cannot read {path}: {exc.strerror or exc}") from None
    return read_bytes(data, path.name, max_rows=max_rows)


def read_bytes(data: bytes, name: str = "file", *, max_rows: int = MAX_ROWS) -> Sheet:
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise ImportFileError(Sentence("%1 is empty", (name,)))
    if data.startswith(_XLSX_MAGIC):
        headers, rows, used, header_row = _xlsx_rows(data, name, max_rows)
        sheet = _sheet(name, headers, rows, "xlsx", max_rows=max_rows, header_row=header_row)
        if used is None:
            return sheet
        note = f"Read the worksheet {used!r}; the ones before it are empty"
        return replace(sheet, notes=(note, *sheet.notes))
    if data.startswith(_OLE_MAGIC):
        raise ImportFileError(
            Sentence(
                "%1 is an old Excel .xls workbook; save it as .xlsx or CSV and import that",
                (name,),
            )
        )
    if data.startswith(b"%PDF"):
        raise ImportFileError(
            Sentence("%1 is a PDF, not a spreadsheet; export the form as CSV or XLSX", (name,))
        )
    text, encoding, repaired = decode_lines(data, name)
    if "\x00" in text or _looks_binary(text):
        raise ImportFileError(Sentence("%1 is not a spreadsheet (it holds binary data)", (name,)))
    delimiter = sniff_delimiter(text)
    _check_line_widths(text, delimiter, name)
    try:
        csv.field_size_limit(MAX_CELL_CHARS)
        table: list[list[str]] = []
        for record in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
            if len(record) > MAX_COLUMNS * 2:
                raise ImportFileError(_too_many_columns(name, len(record)))
            table.append(record)
            if len(table) > max_rows + 1 + _BLANK_LEAD_ALLOWANCE:
                raise ImportFileError(_too_many_rows(name, max_rows))
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise ImportFileError(_cell_too_long(name, len(table) + 1)) from None
        raise ImportFileError(
            Sentence("%1 is not a readable CSV file: %2", (name, str(exc)))
        ) from None
    if not table:
        raise ImportFileError(Sentence("%1 is empty", (name,)))
    kept = _drop_leading_blank(table, name)
    header, *records = kept
    cells: list[tuple[Cell, ...]] = [tuple(r) for r in records]
    sheet = _sheet(
        name,
        tuple(header),
        cells,
        "csv",
        encoding,
        delimiter,
        max_rows=max_rows,
        header_row=len(table) - len(kept) + 1,
    )
    if not repaired:
        return sheet
    shown = ", ".join(str(n) for n in repaired[:12]) + ("…" if len(repaired) > 12 else "")
    note = (
        f"Lines {shown} of {name} were not UTF-8 like the rest; they were read as "
        "Windows-1252 (check the accented names on them)"
        if len(repaired) > 1
        else f"Line {shown} of {name} was not UTF-8 like the rest; it was read as "
        "Windows-1252 (check the accented names on it)"
    )
    return replace(sheet, notes=(note, *sheet.notes))


_BLANK_LEAD_ALLOWANCE = 20


def _too_many_columns(name: str, width: int) -> str:
    return f"{name} has {width:,} columns; MentorDesk reads at most {MAX_COLUMNS}"


def _cell_too_long(name: str, row: int) -> str:
    return (
        f"Row {row} of {name} has a cell longer than {MAX_CELL_CHARS:,} characters "
        "(the most a spreadsheet cell holds)"
    )


def _check_line_widths(text: str, delimiter: str, name: str) -> None:
    """Refuse a line of hundreds of thousands of separators before csv makes a list of it."""
    limit = MAX_COLUMNS * 4  # generous: quoted answers may hold the separator too
    for line in io.StringIO(text, newline=""):
        count = line.count(delimiter)
        if count > limit:
            raise ImportFileError(_too_many_columns(name, count + 1))


def _check_unpacked_size(data: bytes, name: str) -> None:
    """Refuse a workbook that would unpack to more than MAX_UNPACKED_BYTES (a ZIP bomb)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        return  # openpyxl says what is wrong with it, in _xlsx_rows
    total = 0
    for member in members:
        total += member.file_size
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > 1_048_576 and ratio > MAX_PACKING_RATIO:
            raise ImportFileError(
                f"{name} is refused: its part {member.filename} unpacks to "
                f"{member.file_size / 1_048_576:,.0f} MB from {member.compress_size:,} bytes, "
                f"more than {MAX_PACKING_RATIO} times its size (a workbook built to exhaust "
                "memory, not a form export)"
            )
    if total > MAX_UNPACKED_BYTES:
        raise ImportFileError(
            f"{name} unpacks to {total / 1_048_576:,.0f} MB; MentorDesk reads workbooks of up "
            f"to {MAX_UNPACKED_BYTES / 1_048_576:.0f} MB unpacked. Split it or remove unneeded "
            "columns and sheets."
        )


def _too_many_rows(name: str, max_rows: int) -> str:
    return (
        f"{name} has more than {max_rows:,} rows; MentorDesk imports at most {max_rows:,} at once"
    )


def decode(data: bytes, name: str = "file") -> tuple[str, str]:
    """The text and the encoding it was in: BOMs first, then UTF-8, UTF-16, Windows-1252."""
    text, encoding, _repaired = decode_lines(data, name)
    return text, encoding


def _mixed_lines(data: bytes) -> tuple[str, list[int]] | None:
    """A file of UTF-8 lines with some Windows-1252 ones (rows pasted from another export).

    Decoded line by line, with the numbers of the lines read as Windows-1252; None when
    no line is UTF-8 beyond ASCII (then the file is simply Windows-1252).
    """
    lines = data.split(b"\n")
    utf8_accented = 0
    out: list[str] = []
    repaired: list[int] = []
    for number, line in enumerate(lines, start=1):
        try:
            text = line.decode("utf-8")
            if not line.isascii():
                utf8_accented += 1
        except UnicodeDecodeError:
            try:
                text = line.decode("cp1252")
            except UnicodeDecodeError:
                return None
            repaired.append(number)
        out.append(text)
    if not utf8_accented or not repaired:
        return None
    return "\n".join(out), repaired


def decode_lines(data: bytes, name: str = "file") -> tuple[str, str, list[int]]:
    """Like ``decode``, and the file's line numbers that had to be read in another encoding."""
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "UTF-8 (BOM)", []
        except UnicodeDecodeError:
            mixed = _mixed_lines(data[3:])
            if mixed is not None:
                return mixed[0], "UTF-8 (BOM) with Windows-1252 lines", mixed[1]
            return _decode(data[3:], "utf-8", name), "UTF-8 (BOM)", []
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")) and b"\x00" not in data[:4000]:
        try:
            return data.decode("utf-8"), "UTF-8", []
        except UnicodeDecodeError:
            mixed = _mixed_lines(data)
            if mixed is not None:
                return mixed[0], "UTF-8 with Windows-1252 lines", mixed[1]
    text, encoding = _decode_whole(data, name)
    return text, encoding, []


def _decode_whole(data: bytes, name: str) -> tuple[str, str]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _decode(data, "utf-16", name), "UTF-16"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    # UTF-16 without a BOM: every other byte of plain text is zero.
    sample = data[:4000]
    if len(sample) >= 4:
        odd_zeros = sample[1::2].count(0) / max(1, len(sample[1::2]))
        even_zeros = sample[0::2].count(0) / max(1, len(sample[0::2]))
        if odd_zeros > 0.3 and even_zeros < 0.05:
            return _decode(data, "utf-16-le", name), "UTF-16"
        if even_zeros > 0.3 and odd_zeros < 0.05:
            return _decode(data, "utf-16-be", name), "UTF-16"
    # Windows-1252 is what Excel writes on the committees' machines; it fails only on
    # five unused bytes, where charset-normalizer gets to guess.
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is not None:
        return _decode(data, best.encoding, name), best.encoding
    return data.decode("latin-1"), "ISO-8859-1"


def _decode(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        raise ImportFileError(Sentence("%1 is not readable text in %2", (name, encoding))) from None


def _looks_binary(text: str) -> bool:
    sample = text[:5000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\r\n\f\v")
    return controls > max(2, len(sample) // 100)


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first rows into the most, equally long, columns."""
    sample = text[:64_000]
    best, best_score = ",", -1.0
    for delimiter in _DELIMITERS:
        try:
            rows = []
            for row in csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter):
                if any(cell.strip() for cell in row):
                    rows.append(len(row))
                if len(rows) >= 30:
                    break
        except csv.Error:
            continue
        if not rows or rows[0] < 2:
            continue
        # A sample cut mid-file may end in a broken last row; do not count it.
        body = rows[1:-1] if len(rows) > 2 else rows[1:]
        consistent = sum(1 for n in body if n == rows[0]) / len(body) if body else 1.0
        score = rows[0] * (0.5 + consistent)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _drop_leading_blank(table: list[list[str]], name: str) -> list[list[str]]:
    for index, row in enumerate(table[: _BLANK_LEAD_ALLOWANCE + 1]):
        if any(cell.strip() for cell in row):
            return table[index:]
    raise ImportFileError(Sentence("%1 is empty (no header row with column names)", (name,)))


def _xlsx_rows(
    data: bytes, name: str, max_rows: int
) -> tuple[tuple[str, ...], list[tuple[Cell, ...]], str | None, int]:
    """Header and rows of the first worksheet that holds anything, and its title if not the first.

    A workbook whose first sheet is an empty or deleted-content tab (answers moved to
    "Responses") used to read as empty.
    """
    _check_unpacked_size(data, name)
    try:
        from openpyxl import load_workbook

        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except zipfile.BadZipFile:
        raise ImportFileError(
            f"{name} is not a spreadsheet (a damaged or non-Excel ZIP file)"
        ) from None
    except Exception:  # openpyxl raises anything on a corrupt workbook
        raise ImportFileError(
            Sentence("%1 is not an Excel workbook MentorDesk can read", (name,))
        ) from None
    table: list[tuple[Cell, ...]] = []
    used: str | None = None
    try:
        if not workbook.worksheets:
            raise ImportFileError(Sentence("%1 has no worksheet", (name,)))
        for index, sheet in enumerate(workbook.worksheets):
            table = []
            # max_col: a sheet that claims 16,384 columns is not padded to them, row by row.
            for number, values in enumerate(
                sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS + 1), start=1
            ):
                if len(table) > max_rows + _BLANK_LEAD_ALLOWANCE:
                    raise ImportFileError(_too_many_rows(name, max_rows))
                row = tuple(_cell(v) for v in values)
                if any(isinstance(v, str) and len(v) > MAX_CELL_CHARS for v in row):
                    raise ImportFileError(_cell_too_long(name, number))
                while row and row[-1] is None:
                    row = row[:-1]  # empty cells a sheet is formatted with cost nothing
                table.append(row)
            if any(not _blank(c) for row in table for c in row):
                used = sheet.title if index > 0 else None
                break
    except ImportFileError:
        raise
    except Exception:  # a corrupt sheet fails while read, not opened
        raise ImportFileError(
            f"{name} is a damaged Excel workbook MentorDesk cannot read"
        ) from None
    finally:
        workbook.close()
    header_row = 1
    while table and all(_blank(c) for c in table[0]):
        table.pop(0)
        header_row += 1
    if not table:
        raise ImportFileError(Sentence("%1 is empty", (name,)))
    header = tuple("" if c is None else str(c) for c in table[0])
    return header, table[1:], used, header_row


def _cell(value: Any) -> Cell:
    if value is None or isinstance(value, str | bool | int | datetime):
        return value
    if isinstance(value, float):
        # Excel keeps every number as a float; a phone number or a count is whole.
        return int(value) if value.is_integer() and abs(value) < 1e15 else value
    if isinstance(value, date):
        return datetime.combine(value, time())
    if isinstance(value, time):
        return value.isoformat()
    return str(value)


def _blank(value: Cell) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _looks_like_data(header: tuple[str, ...]) -> bool:
    filled = [h.strip() for h in header if h.strip()]
    if any(EMAIL_RE.match(h.lower()) for h in filled):
        return True
    numeric = sum(1 for h in filled if re.fullmatch(r"[\d\s./:,+-]+", h))
    return bool(filled) and numeric == len(filled)


def _sheet(
    name: str,
    header: tuple[str, ...],
    rows: list[tuple[Cell, ...]],
    kind: str,
    encoding: str | None = None,
    delimiter: str | None = None,
    *,
    max_rows: int,
    header_row: int = 1,
) -> Sheet:
    raw_headers = [" ".join(str(h).split()) for h in header]
    # Trailing empty columns (a sheet formatted further right than it is filled) go.
    width = max((i + 1 for i, h in enumerate(raw_headers) if h), default=0)
    if width == 0:
        raise ImportFileError(Sentence("%1 has no header row with column names", (name,)))
    if width > MAX_COLUMNS:
        raise ImportFileError(f"{name} has {width} columns; MentorDesk reads at most {MAX_COLUMNS}")
    if _looks_like_data(tuple(raw_headers[:width])):
        raise ImportFileError(
            f"The first row of {name} looks like answers, not column headers; "
            "export the form with its question texts in the first row"
        )
    headers = _unique_headers(raw_headers[:width])
    notes: list[str] = []
    body: list[tuple[Cell, ...]] = []
    numbers: list[int] = []
    # Numbered as the spreadsheet shows them: the header's row, then the next one…
    for number, row in enumerate(rows, start=header_row + 1):
        cells = tuple(row[:width]) + (None,) * (width - len(row))
        if all(_blank(c) for c in cells):
            continue  # blank lines between answers are noise, but keep the numbering
        if any(not _blank(c) for c in row[width:]):
            notes.append(f"Row {number} has values beyond the last named column; they are ignored")
        body.append(cells)
        numbers.append(number)
    if len(body) > max_rows:
        raise ImportFileError(_too_many_rows(name, max_rows))
    if not body:
        raise ImportFileError(Sentence("%1 has column headers but no rows of answers", (name,)))
    return Sheet(name, headers, body, numbers, kind, encoding, delimiter, tuple(notes[:20]))


def _unique_headers(headers: list[str]) -> tuple[str, ...]:
    """Blank headers become 'Column N'; a repeated question gets ' (2)', so a mapping can name each."""
    out: list[str] = []
    seen: set[str] = set()
    for index, header in enumerate(headers):
        text = header or f"Column {index + 1}"
        candidate, n = text, 2
        while candidate.casefold() in seen:
            candidate = f"{text} ({n})"
            n += 1
        seen.add(candidate.casefold())
        out.append(candidate)
    return tuple(out)
