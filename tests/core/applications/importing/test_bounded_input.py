"""Hostile spreadsheets are refused with the limit named, quickly, and with bounded memory."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

from mentordesk.core.applications.importing.reader import (
    MAX_CELL_CHARS,
    MAX_UNPACKED_BYTES,
    ImportFileError,
    read_bytes,
    read_sheet,
)
from tests.factories import write_xlsx


def compression_bomb(path: Path, unpacked_mb: int = 200) -> Path:
    """A real workbook whose one sheet unpacks to ``unpacked_mb`` MB of rows from a few hundred KB."""
    write_xlsx(path, ["Email", "Role"], [["ann@example.org", "mentee"]])
    with zipfile.ZipFile(path) as original:
        parts = {name: original.read(name) for name in original.namelist()}
    row = b'<row><c t="inlineStr"><is><t>x</t></is></c></row>'
    chunk = row * (1_048_576 // len(row))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as bomb:
        for name, content in parts.items():
            if name != "xl/worksheets/sheet1.xml":
                bomb.writestr(name, content)
        with bomb.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(
                b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            )
            for _ in range(unpacked_mb):
                sheet.write(chunk)
            sheet.write(b"</sheetData></worksheet>")
    return path


MEASURE = textwrap.dedent(
    """
    import json, resource, sys, time
    from mentordesk.core.applications.importing.reader import ImportFileError, read_sheet
    started = time.monotonic()
    try:
        read_sheet(sys.argv[1])
        message = None
    except ImportFileError as exc:
        message = exc.message
    seconds = time.monotonic() - started
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # Linux: kilobytes
    print(json.dumps({"message": message, "seconds": seconds, "peak_kb": peak_kb}))
    """
)


def test_a_compression_bomb_is_refused_with_the_limit_named_and_bounded_memory(
    tmp_path: Path,
) -> None:
    bomb = compression_bomb(tmp_path / "applications.xlsx")
    assert bomb.stat().st_size < 3 * 1_048_576
    # Linux keeps a process's peak memory across exec, and a child started by pytest
    # would report pytest's own: a small shell in between starts the reader afresh.
    done = subprocess.run(
        ["/bin/sh", "-c", '"$0" -c "$1" "$2"; exit $?', sys.executable, MEASURE, str(bomb)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    result = json.loads(done.stdout)
    peak_kb = result["peak_kb"]
    assert result["message"] is not None
    assert "applications.xlsx is refused" in result["message"]
    assert "more than 200 times its size" in result["message"]
    # The whole process's peak resident memory: Python, openpyxl and the file.
    assert peak_kb < 300 * 1024
    print(f"bomb refused in {result['seconds']:.2f} s, peak {peak_kb / 1024:.0f} MB")


def test_a_workbook_too_big_when_unpacked_is_refused_by_its_declared_size(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mentordesk.core.applications.importing import reader

    monkeypatch.setattr(reader, "MAX_UNPACKED_BYTES", 5 * 1_048_576)  # 100 MB costs time here
    path = write_xlsx(tmp_path / "big.xlsx", ["Email"], [["a@example.org"]])
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        # Scanned pages pack about 4:1, an ordinary ratio: only the total is over the limit.
        scan = bytes(0x41 + (b & 3) for b in os.urandom(6 * 1_048_576))
        archive.writestr("xl/media/scan.bin", scan)
    with pytest.raises(ImportFileError, match=r"unpacks to 6 MB.*up to 5 MB unpacked"):
        read_sheet(path)
    assert MAX_UNPACKED_BYTES == 100 * 1_048_576


def test_a_cell_longer_than_a_spreadsheet_cell_is_refused_with_its_row() -> None:
    text = "Email,Goals\nann@example.org,short\nbob@example.org," + "x" * (MAX_CELL_CHARS + 5)
    with pytest.raises(ImportFileError, match=r"Row 3 of form.csv has a cell longer than 32,767"):
        read_bytes(text.encode(), "form.csv")


def test_a_line_of_a_million_separators_is_refused_before_it_is_split(tmp_path: Path) -> None:
    text = "Email,Role\n" + "," * 1_000_000 + "\n"
    with pytest.raises(
        ImportFileError, match=r"has 1,000,001 columns; MentorDesk reads at most 500"
    ):
        read_bytes(text.encode(), "wide.csv")
