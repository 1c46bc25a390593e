"""Whatever bytes a committee member picks, the reader answers with a Sheet or a MentorDeskError."""

from __future__ import annotations

import csv
import io

from hypothesis import given, settings
from hypothesis import strategies as st

from mentordesk.core.applications.importing import read_bytes
from mentordesk.core.errors import MentorDeskError

_prefixes = st.sampled_from(
    [b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"PK\x03\x04", b"Email,Role\n", b"\xd0\xcf"]
)


@settings(max_examples=300, deadline=None)
@given(prefix=_prefixes, body=st.binary(max_size=600))
def test_random_bytes_never_raise_anything_but_mentordesk_errors(
    prefix: bytes, body: bytes
) -> None:
    try:
        sheet = read_bytes(prefix + body, "fuzz.csv", max_rows=50)
    except MentorDeskError:
        return
    assert sheet.headers and sheet.rows
    assert all(len(row) == len(sheet.headers) for row in sheet.rows)


@settings(max_examples=150, deadline=None)
@given(
    table=st.lists(st.lists(st.text(max_size=12), min_size=1, max_size=5), min_size=1, max_size=8),
    delimiter=st.sampled_from([",", ";", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]),
)
def test_csv_text_in_any_encoding_reads_or_is_refused_cleanly(
    table: list[list[str]], delimiter: str, encoding: str
) -> None:
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter).writerows(table)
    try:
        data = buf.getvalue().encode(encoding)
    except UnicodeEncodeError:
        return  # text Windows-1252 cannot hold is not a file anyone could have
    try:
        sheet = read_bytes(data, "fuzz.csv")
    except MentorDeskError:
        return
    assert all(len(row) == len(sheet.headers) for row in sheet.rows)
