"""Puts the window in the committee's language: our Qt Linguist catalogue and Qt's own.

The catalogues are ``resources/translations/mentordesk_<lang>.ts`` in the repository,
compiled by ``scripts/build_ui.py`` into ``mentordesk/resources/translations/*.qm``
(shipped in the package). The language is the first of ``MENTORDESK_LANG``, ``LANGUAGE``
(a colon-separated list, as gettext reads it), ``LC_ALL``, ``LC_MESSAGES`` and ``LANG``
that names one, else the system's (``QLocale.system()``): the same order the rest of a
Linux desktop follows, with our own variable first so a committee member can choose.
A language without a catalogue (or English) leaves the source texts, which are English.
"""

from __future__ import annotations

import os
from datetime import date, datetime

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QTime,
    QTranslator,
)
from PySide6.QtWidgets import QApplication

from mentordesk.core.paths import resource_path

_VARIABLES = ("MENTORDESK_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
_installed: list[QTranslator] = []
#: The window's decimal mark, read once per language: a board of 20,000 rows formats a
#: score per row (in a worker too), where a QLocale per call would cost more than the row.
_decimal_mark = "."
#: Its digit grouping likewise (counts are worded in workers too, where no Qt object may be
#: touched): the mark, and the count from which it groups (Spanish leaves 1000 whole and
#: writes 12.345; English writes 1,000).
_group_mark = ","
_group_from = 1000


def wanted_locale() -> QLocale:
    """The locale the environment asks for (see the module's docstring)."""
    for name in _VARIABLES:
        value = os.environ.get(name, "").strip()
        for candidate in value.split(":"):
            # "es_MX.UTF-8" → "es_MX"; "C" and "POSIX" say nothing about a language.
            code = candidate.split(".", 1)[0].split("@", 1)[0]
            if code and code not in {"C", "POSIX"}:
                return QLocale(code)
    return QLocale.system()


def catalogue_folder() -> str:
    return str(resource_path("translations"))


def available_languages() -> list[str]:
    """Language codes with a catalogue in the package (``es``…)."""
    folder = resource_path("translations")
    return sorted(p.stem.split("_", 1)[1] for p in folder.glob("mentordesk_*.qm"))


def install_translators(app: QApplication) -> QLocale:
    """Loads the wanted language's catalogues (ours and Qt's) in place of any loaded before."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    global _decimal_mark, _group_mark, _group_from
    locale = wanted_locale()
    QLocale.setDefault(locale)  # dates and numbers in Qt's widgets follow too
    _decimal_mark = locale.decimalPoint()
    _group_mark = locale.groupSeparator()
    _group_from = 1000 if locale.toString(1000) != "1000" else 10000
    ours = QTranslator(app)
    if not ours.load(locale, "mentordesk", "_", catalogue_folder()):
        # A language MentorDesk does not speak (or none: "C") reads English, with
        # English's counts ("1 application", "48 applications"), and Qt's own English.
        if ours.load("mentordesk_en", catalogue_folder()):
            app.installTranslator(ours)
            _installed.append(ours)
        return locale
    app.installTranslator(ours)
    _installed.append(ours)
    # Qt's own texts (OK, Cancel, the file dialog) only where ours exist: never a
    # window half in a language MentorDesk does not speak.
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", qt_folder):
        app.installTranslator(qt)
        _installed.append(qt)
    return locale


def local_number(value: int) -> str:
    """A count as the window's language writes it: 20,000 in English, 20.000 in Spanish.

    Sentences with one count say it with ``%Ln`` and a plural form in tr(); this is for
    the second count of a sentence and for counts shown on their own. Safe in a worker:
    it uses the marks read when the language was installed, not a QLocale."""
    if abs(value) < _group_from:
        return str(value)
    return f"{value:,}".replace(",", _group_mark)


def local_decimal(value: float, places: int) -> str:
    """A score or a number of hours as the window's language writes it: 0.83 or 0,83."""
    return QLocale().toString(float(value), "f", places)  # an int would pick the int overload


FORMATS_CONTEXT = "Formats"
#: How the language writes a percentage and the dates with a month's whole name: Qt's
#: locale gives the digits and the names, not the words between them ("30 de noviembre
#: de 2026", "83 %" in Spanish).
FORMATS = (
    QT_TRANSLATE_NOOP("Formats", "%1%"),
    QT_TRANSLATE_NOOP("Formats", "MMMM yyyy"),
    QT_TRANSLATE_NOOP("Formats", "d MMMM yyyy"),
    QT_TRANSLATE_NOOP("Formats", "dddd d MMMM yyyy"),
    QT_TRANSLATE_NOOP("Formats", "dddd d MMMM"),
)


def local_figure(value: float) -> str:
    """A number with only the decimals it has (0, 0.5, 12.25) in the language's digits."""
    return QLocale().toString(float(value), "g", 6)


def local_percent(fraction: float) -> str:
    """A share as a whole percentage the way the language writes it: 83% or 83 % (with a
    space that never breaks, in Spanish)."""
    return QCoreApplication.translate(FORMATS_CONTEXT, "%1%").replace(
        "%1", local_number(round(fraction * 100))
    )


def local_score(value: float) -> str:
    """A pair's score with two decimals and the language's mark: 0.45, or 0,45 in Spanish."""
    text = f"{value:.2f}"
    return text if _decimal_mark == "." else text.replace(".", _decimal_mark)


def local_date(value: date | datetime, qt_format: str) -> str:
    """A date (or date and time) in the window's language: ``local_date(d, "dddd d MMMM")``
    gives "lunes, 30 de noviembre" in Spanish, where ``f"{d:%A %d %B}"`` gave English
    always. A pattern in ``FORMATS`` is the language's own."""
    locale = QLocale()
    qt_format = QCoreApplication.translate(FORMATS_CONTEXT, qt_format)
    if isinstance(value, datetime):
        moment = QDateTime(
            QDate(value.year, value.month, value.day),
            QTime(value.hour, value.minute, value.second),
        )
        return locale.toString(moment, qt_format)
    return locale.toString(QDate(value.year, value.month, value.day), qt_format)
