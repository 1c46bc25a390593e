"""The window in Spanish: a complete catalogue, loaded from the environment, Qt's own texts too."""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from mentordesk.core.applications.eligibility import Eligibility
from mentordesk.core.applications.fields import FIELDS, display_value
from mentordesk.core.calendar.attendance import FORMAT_LABELS
from mentordesk.core.calendar.events import AUDIENCE_LABELS, KIND_LABELS
from mentordesk.core.documents.summary import MEASURES
from mentordesk.core.storage import models
from mentordesk.core.storage.audit_trail import FIELD_LABELS
from mentordesk.core.storage.database import Database
from mentordesk.gui import languages
from mentordesk.gui.app import create_application
from mentordesk.gui.core_words import SENTENCES, WORDS, core_word
from mentordesk.gui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
SPANISH = ROOT / "resources" / "translations" / "mentordesk_es.ts"
PLACEHOLDER = re.compile(r"%(?:L?\d|L?n|\.?\d*[sdfi])")


def _build_ui() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_ui", ROOT / "scripts" / "build_ui.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _translations(ts: Path) -> list[tuple[str, str, list[str], bool]]:
    """(context, source, translated forms, unfinished) of every message of a catalogue."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""
            ]
            unfinished = translation.get("type") in {"unfinished", "vanished", "obsolete"}
            found.append((name, message.findtext("source") or "", forms, unfinished))
    return found


def test_every_string_of_the_window_has_a_spanish_translation(tmp_path: Path) -> None:
    """lupdate reads today's sources into a copy of the catalogue: nothing may be new or empty."""
    build_ui = _build_ui()
    regenerated = tmp_path / "mentordesk_es.ts"
    shutil.copy(SPANISH, regenerated)
    build_ui.update_catalogue(regenerated)
    messages = _translations(regenerated)
    assert len(messages) > 700  # the walk saw the sources, not an empty folder
    untranslated = [
        f"{context}: {source!r}"
        for context, source, forms, unfinished in messages
        if unfinished or not all(form.strip() for form in forms)
    ]
    assert untranslated == [], (
        f"{len(untranslated)} string(s) without Spanish; run scripts/build_ui.py "
        "--update-translations and translate them in resources/translations/mentordesk_es.ts:\n"
        + "\n".join(untranslated)
    )


def test_spanish_keeps_every_placeholder_and_shortcut_key() -> None:
    """%s, %d, %1, %n fill in names and numbers: a lost one shows a raw "%s" or crashes."""
    wrong = []
    for context, source, forms, _unfinished in _translations(SPANISH):
        wanted = sorted(PLACEHOLDER.findall(source))
        for form in forms:
            if sorted(PLACEHOLDER.findall(form)) != wanted:
                wrong.append(f"{context}: {source!r} -> {form!r}")
            if re.search(r"&\w", source) and not re.search(r"&\w", form):
                wrong.append(f"{context}: {source!r} lost its shortcut key in {form!r}")
    assert wrong == []


def test_the_compiled_catalogue_is_shipped_in_the_package() -> None:
    assert "es" in languages.available_languages()
    compiled = ROOT / "mentordesk" / "resources" / "translations" / "mentordesk_es.qm"
    assert compiled.stat().st_size > 10_000


@pytest.mark.parametrize(
    ("variables", "language"),
    [
        ({"MENTORDESK_LANG": "es", "LANG": "en_US.UTF-8"}, "es"),
        ({"LANGUAGE": "es_MX:en", "LANG": "en_US.UTF-8"}, "es"),
        ({"LC_ALL": "es_MX.UTF-8"}, "es"),
        ({"LC_ALL": "C", "LANG": "es_US.UTF-8"}, "es"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
    ],
)
def test_the_language_comes_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, variables: dict[str, str], language: str
) -> None:
    for name in ("MENTORDESK_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    locale = languages.wanted_locale()
    assert QLocale.languageToCode(locale.language()) == language


def test_the_window_speaks_spanish(
    qtbot: QtBot,
    qapp: QApplication,
    monkeypatch: pytest.MonkeyPatch,
    open_window: Callable[[Database], MainWindow],
    demo: Database,
    staff_cohort: int,
) -> None:
    monkeypatch.setenv("MENTORDESK_LANG", "es_MX")
    create_application()
    try:
        window = open_window(demo)
        window.select_cohort(staff_cohort)
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus[:3] == ["&Archivo", "&Editar", "&Ver"]
        assert "Ay&uda" in menus
        areas = [window.ui.areaList.item(i).text() for i in range(window.ui.areaList.count())]
        assert areas == ["Solicitantes", "Emparejamiento", "Calendario", "Reportes", "Auditoría"]
        window.show_area(1)
        assert window.areas[1].suggest_action.text() == "Sugerir emparejamiento"
        # Qt's own texts come in Spanish too (qtbase): a standard Cancel button.
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
        assert cancel is not None and cancel.text() == "Cancelar"
        assert QCoreApplication.translate("MainWindow", "&File") == "&Archivo"
    finally:
        monkeypatch.setenv("MENTORDESK_LANG", "en")
        create_application()
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_every_label_the_core_shows_is_in_the_window_s_words() -> None:
    """Field names, statuses, roles, event kinds, meeting formats and summary measures come
    from the Qt-free core; each needs an entry in gui/core_words.py to be translated."""
    labels = {spec.label for spec in FIELDS}
    for kind in (
        models.Role,
        models.ApplicationStatus,
        models.MeetingFormat,
        models.EventKind,
        models.Audience,
        models.AttendanceStatus,
        models.CohortStatus,
        models.PairingStatus,
        models.PairingEndReason,
        models.EvaluationPhase,
        models.EvaluatorRole,
    ):
        labels |= {display_value(member) for member in kind}
    labels |= {display_value(True), display_value(False)}
    labels |= {
        Eligibility(eligible=e, overridden=o).label for e in (True, False) for o in (True, False)
    }
    labels |= (
        set(KIND_LABELS.values()) | set(AUDIENCE_LABELS.values()) | set(FORMAT_LABELS.values())
    )
    labels |= set(MEASURES) | set(FIELD_LABELS.values())
    assert sorted(labels - set(WORDS)) == []


def test_the_core_s_words_read_in_spanish(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MENTORDESK_LANG", "es")
    create_application()
    try:
        assert core_word("Matched") == "Emparejado/a"
        assert core_word("Workshop") == "Taller"
        assert core_word("Years of experience") == "Años de experiencia"
    finally:
        monkeypatch.setenv("MENTORDESK_LANG", "en")
        create_application()


def test_english_counts_read_in_the_singular_and_the_plural(
    tmp_path: Path, qapp: QApplication
) -> None:
    """ "%Ln application(s)" is a placeholder for the translator: English has its two forms."""
    build_ui = _build_ui()
    english = ROOT / "resources" / "translations" / "mentordesk_en.ts"
    regenerated = tmp_path / "mentordesk_en.ts"
    shutil.copy(english, regenerated)
    build_ui.update_catalogue(regenerated)
    messages = _translations(regenerated)
    assert messages, "lupdate found no text with a count"
    missing = [
        f"{context}: {source!r}"
        for context, source, forms, unfinished in messages
        if unfinished or len(forms) != 2 or not all(form.strip() for form in forms)
    ]
    assert missing == [], "English forms missing in mentordesk_en.ts:\n" + "\n".join(missing)
    assert all("(s)" not in form for _c, _s, forms, _u in messages for form in forms)
    try:
        languages.install_translators(qapp)
        one = QCoreApplication.translate("MainWindow", "%Ln application(s)", "", 1)
        many = QCoreApplication.translate("MainWindow", "%Ln application(s)", "", 48)
    finally:
        languages.install_translators(qapp)
    assert (one, many) == ("1 application", "48 applications")


@pytest.mark.parametrize("environment", ["C", "fr_FR.UTF-8"])
def test_a_language_without_a_catalogue_reads_english_with_its_counts(
    environment: str, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("MENTORDESK_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", environment)
    try:
        languages.install_translators(qapp)
        one = QCoreApplication.translate("MainWindow", "%Ln application(s)", "", 1)
        many = QCoreApplication.translate("MainWindow", "%Ln application(s)", "", 48)
        title = QCoreApplication.translate("MainWindow", "Applicants")
    finally:
        monkeypatch.undo()
        languages.install_translators(qapp)
    assert (one, many, title) == ("1 application", "48 applications", "Applicants")


def _sentences_the_core_writes() -> set[str]:
    """The words of every ``Sentence("…", …)`` in the core's source, and every text of
    the core with a %1 or %Ln marker (words a Sentence takes from a variable)."""
    found = set()
    for path in (ROOT / "mentordesk" / "core").rglob("*.py"):
        if path.name == "sentences.py":
            continue  # the Sentence itself, whose docs speak of %Ln
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "Sentence"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.add(node.args[0].value)
            elif (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and re.search(r"%(?:\d|Ln)", node.value)
            ):
                found.add(node.value)
    return found


def test_every_sentence_the_core_writes_is_in_the_window_s_words() -> None:
    """A refusal or a reason the core words as a Sentence needs an entry in
    gui/core_words.py (SENTENCES, or CoreSentences.counted for one with a count) to reach
    the catalogue; so does each status a refusal names."""
    written = _sentences_the_core_writes()
    assert len(written) > 20  # the walk found them, not an empty folder
    written |= {status.value for status in models.ApplicationStatus}
    catalogued = {
        source
        for context, source, _forms, _u in _translations(SPANISH)
        if context == "CoreSentences"
    }
    assert sorted(written - catalogued) == []
    assert set(SENTENCES) <= catalogued
