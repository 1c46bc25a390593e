"""Per-character font fallback: names in any script get a font that has their letters."""

from __future__ import annotations

from mentordesk.core.documents.fonts import BODY, CJK, font_for, markup


def test_latin_cyrillic_and_vietnamese_stay_in_dejavu_and_chinese_falls_back() -> None:
    assert {font_for(c) for c in "Zoë O'Brien Ольга Nguyễn Thị"} == {BODY}
    assert font_for("王") == CJK
    assert markup("王小明 & Ольга") == f'<font name="{CJK}">王小明 </font>&amp; Ольга'


def test_decomposed_accents_are_composed_before_printing() -> None:
    decomposed = "Nguye\u0302\u0303n"  # as some keyboards and web forms send it
    assert markup(decomposed) == "Nguyễn"


def test_markup_characters_in_names_are_escaped() -> None:
    assert markup("<b>Sam & Co</b>") == "&lt;b&gt;Sam &amp; Co&lt;/b&gt;"


def test_reportlab_measures_and_writes_text_with_its_c_accelerator() -> None:
    # Without it (rl-accel, a package of its own) every agreement takes a fifth longer.
    from reportlab.lib import rl_accel

    assert {"fp_str", "instanceStringWidthTTF", "asciiBase85Encode"} <= set(rl_accel._c_funcs)


def test_text_dejavu_prints_whole_is_one_escaped_run() -> None:
    assert markup("Zoë & Seán <3") == "Zoë &amp; Seán &lt;3"
    assert markup("Ольга Петрова, Nguyễn Thị\tMinh") == "Ольга Петрова, Nguyễn Thị\tMinh"
    assert markup("") == ""
