"""Embedded fonts for printed documents, with per-character fallback for scripts DejaVu lacks.

ReportLab draws each run of text in one font and has no fallback of its own: a Chinese
name set in DejaVu Sans prints as empty boxes. ``markup()`` therefore splits text into runs
by which shipped font has the glyph and wraps the runs DejaVu lacks in ``<font>`` tags.
"""

from __future__ import annotations

import functools
import unicodedata
from xml.sax.saxutils import escape

from reportlab.graphics import shapes
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from mentordesk.core.paths import resource_path

BODY = "MentorDeskSans"
BOLD = "MentorDeskSans-Bold"
CJK = "MentorDeskCJK"

_FILES = {
    BODY: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    CJK: "DroidSansFallback.ttf",
}


@functools.cache
def register_fonts() -> None:
    """Register the shipped TTF fonts with ReportLab once per process (they embed as subsets)."""
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
    # <b> inside a paragraph set in BODY switches to BOLD; the CJK font has no bold face.
    addMapping(BODY, 0, 0, BODY)
    addMapping(BODY, 1, 0, BOLD)
    addMapping(BODY, 0, 1, BODY)
    addMapping(BODY, 1, 1, BOLD)
    addMapping(CJK, 0, 0, CJK)
    addMapping(CJK, 1, 0, CJK)
    addMapping(CJK, 0, 1, CJK)
    addMapping(CJK, 1, 1, CJK)
    # A chart (reportlab.graphics) starts each drawing in this state font before its own
    # labels switch; left at Helvetica, every PDF with a chart names a font it does not embed.
    shapes.STATE_DEFAULTS["fontName"] = BODY


@functools.cache
def _coverage(name: str) -> frozenset[int]:
    register_fonts()
    font = pdfmetrics.getFont(name)
    return frozenset(font.face.charToGlyph)  # type: ignore[attr-defined]


#: Latin, with its supplements and extensions: every character below is in DejaVu Sans.
_ALWAYS_BODY = "\u0250"


def font_for(char: str) -> str:
    """The shipped font that has a glyph for ``char`` (DejaVu first, then the CJK font)."""
    code = ord(char)
    if char < _ALWAYS_BODY or code in _coverage(BODY):
        return BODY
    if code in _coverage(CJK):
        return CJK
    return BODY


def normalize(text: str) -> str:
    """Compose combining accents (names typed on some keyboards arrive decomposed)."""
    return unicodedata.normalize("NFC", text)


def markup(text: str) -> str:
    """``text`` escaped for a ReportLab paragraph, runs DejaVu lacks set in the CJK font."""
    text = normalize(text)
    if max(text, default="") < _ALWAYS_BODY or _coverage(BODY).issuperset(map(ord, text)):
        # Every character in DejaVu (nearly every text of an agreement): one run. Looked at
        # one character at a time, the texts of 500 agreements took 8% of laying them out.
        return escape(text)
    out: list[str] = []
    run: list[str] = []
    run_font = BODY

    def flush() -> None:
        if not run:
            return
        chunk = escape("".join(run))
        out.append(chunk if run_font == BODY else f'<font name="{run_font}">{chunk}</font>')
        run.clear()

    for char in text:
        # Spaces and punctuation stay in the current run so words are not broken up.
        font = run_font if char.isspace() else font_for(char)
        if font != run_font:
            flush()
            run_font = font
        run.append(char)
    flush()
    return "".join(out)


def plain_width(text: str, size: float) -> float:
    """Width of ``text`` at ``size`` points, measuring each character in the font it prints in."""
    register_fonts()
    return sum(pdfmetrics.stringWidth(c, font_for(c), size) for c in normalize(text))
