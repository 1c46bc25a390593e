"""Light and dark: every area and the main dialogs read at WCAG AA, measured on their pixels.

Each area of a window on the demo (and the dialogs a committee opens most) is rendered in
the light and in the dark scheme at 1024×700. For every visible label, tab, header
section, list entry and table cell with text, the test crops the window's own pixels to
that text's rectangle, takes the most common colour as the background and the pixel that
stands out most from it as the text, and asks for a contrast ratio of at least 4.5:1
(WCAG 2 AA for body text). Text cannot be readable and fail this, nor unreadable and pass
it: a light grey on white or a light text on a light header stays below 4.5 however it is
antialiased. Disabled controls are exempt, as WCAG exempts them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from mentordesk.core.storage.database import Database
from mentordesk.gui import theme
from mentordesk.gui.applicants.new_applicant_dialog import NewApplicantDialog
from mentordesk.gui.dialogs import AboutDialog, NewProgramDialog
from mentordesk.gui.import_wizard import ImportWizard
from mentordesk.gui.mail_dialogs import MailSettingsDialog
from mentordesk.gui.main_window import MainWindow
from mentordesk.gui.preferences_dialog import PreferencesDialog
from mentordesk.gui.rules_dialog import RulesDialog
from mentordesk.gui.terms_dialog import TermsDialog
from mentordesk.gui.theme import NamedColor, Scheme

AA = 4.5
AREAS = ["Applicants", "Pairing", "Calendar", "Reports", "Audit"]
ROOT = Path(__file__).resolve().parents[2]


# --- measuring ---------------------------------------------------------------------------


def _luminance(rgb: np.ndarray) -> np.ndarray:
    c = rgb.astype(np.float64) / 255.0
    c = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    result: np.ndarray = 0.2126 * c[..., 0] + 0.7152 * c[..., 1] + 0.0722 * c[..., 2]
    return result


class Pixels:
    """A grabbed widget as an array, with the WCAG ratio of the text inside a rectangle."""

    def __init__(self, widget: QWidget) -> None:
        image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB888)
        self.ratio = image.devicePixelRatio()
        height, width, stride = image.height(), image.width(), image.bytesPerLine()
        raw = np.frombuffer(image.constBits(), dtype=np.uint8, count=stride * height)
        # A copy: the QImage's memory goes with the QImage when this method returns.
        self.rgb = raw.reshape(height, stride)[:, : width * 3].reshape(height, width, 3).copy()
        self.lum = _luminance(self.rgb)
        self.widget = widget

    def contrast(self, rect: QRect) -> tuple[float, str, str]:
        """(ratio, background, text) of the text drawn inside ``rect`` (window coordinates)."""
        r = self.ratio
        x0, y0 = max(int(rect.left() * r), 0), max(int(rect.top() * r), 0)
        x1 = min(int((rect.right() + 1) * r), self.rgb.shape[1])
        y1 = min(int((rect.bottom() + 1) * r), self.rgb.shape[0])
        crop, lum = self.rgb[y0:y1, x0:x1].reshape(-1, 3), self.lum[y0:y1, x0:x1].reshape(-1)
        if crop.size == 0:
            return 21.0, "", ""
        wide = crop.astype(np.int64)
        packed = (wide[:, 0] << 16) | (wide[:, 1] << 8) | wide[:, 2]
        values, counts = np.unique(packed, return_counts=True)
        background = int(values[np.argmax(counts)])
        bg_lum = float(lum[np.argmax(packed == background)])
        ratios = (np.maximum(lum, bg_lum) + 0.05) / (np.minimum(lum, bg_lum) + 0.05)
        text = int(packed[np.argmax(ratios)])
        return float(ratios.max()), f"#{background:06x}", f"#{text:06x}"


def _inside(widget: QWidget, window: QWidget, rect: QRect | None = None) -> QRect:
    rect = rect if rect is not None else widget.rect()
    top_left = widget.mapTo(window, rect.topLeft())
    return QRect(top_left, rect.size()).intersected(window.rect())


def _visible(widget: QWidget, window: QWidget) -> bool:
    if not widget.isVisibleTo(window) or not widget.isEnabled():
        return False
    if isinstance(widget, QAbstractItemView):
        return True  # its viewport covers it, so its own visible region is empty
    # Inside a scroll area only what is scrolled into view is on screen.
    clip = widget.visibleRegion().boundingRect()
    return not clip.isEmpty()


def _text_rects(window: QWidget) -> Iterator[tuple[str, QRect]]:
    """Every piece of text on screen in ``window``, named for the failure message."""
    for label in window.findChildren(QLabel):
        text = label.text().strip()
        if not text or not label.pixmap().isNull() or not _visible(label, window):
            continue
        clip = label.visibleRegion().boundingRect()
        yield f"label {re.sub('<[^>]+>', '', text)[:40]!r}", _inside(label, window, clip)
    for bar in window.findChildren(QProgressBar):
        if bar.isTextVisible() and _visible(bar, window):
            yield f"progress {bar.text()!r}", _inside(bar, window).adjusted(2, 2, -2, -2)
    for button in window.findChildren(QAbstractButton):
        if button.text().strip() and _visible(button, window):
            if isinstance(button, QPushButton):
                # The text only: the bevel is drawn in palette(mid) by design.
                rect = button.rect().adjusted(6, 5, -6, -5)
            else:
                rect = button.rect()
            yield f"button {button.text()!r}", _inside(button, window, rect)
    for tabs in window.findChildren(QTabBar):
        if not _visible(tabs, window):
            continue
        for i in range(tabs.count()):
            if tabs.isTabEnabled(i) and tabs.rect().contains(tabs.tabRect(i)):
                rect = tabs.tabRect(i).adjusted(4, 4, -4, -4)
                yield f"tab {tabs.tabText(i)!r}", _inside(tabs, window, rect)
    for header in window.findChildren(QHeaderView):
        if not _visible(header, window) or header.model() is None:
            continue
        orientation = header.orientation()
        for section in range(header.count()):
            if header.isSectionHidden(section):
                continue
            text = header.model().headerData(section, orientation)
            position, size = header.sectionViewportPosition(section), header.sectionSize(section)
            if not text or size < 12 or position < 0 or position > header.width():
                continue
            if orientation == Qt.Orientation.Horizontal:
                rect = QRect(position + 2, 2, size - 4, header.height() - 4)
            else:
                rect = QRect(2, position + 2, header.width() - 4, size - 4)
            yield f"header {text!r}", _inside(header.viewport(), window, rect)
    for view in window.findChildren(QAbstractItemView):
        if not _visible(view, window) or view.model() is None:
            continue
        model, viewport = view.model(), view.viewport()
        for row in range(min(model.rowCount(QModelIndex()), 40)):
            for column in range(12):
                index = model.index(row, column)
                if not index.isValid():
                    break
                text = index.data()
                rect = view.visualRect(index)
                if not isinstance(text, str) or not text.strip() or rect.height() < 8:
                    continue
                if rect.top() < 0 or rect.bottom() > viewport.height():
                    continue  # a row half scrolled out shows no whole text to measure
                rect = rect.intersected(viewport.rect()).adjusted(2, 1, -2, -1)
                if rect.width() > 8 and rect.height() > 8:
                    yield f"cell {text[:40]!r}", _inside(viewport, window, rect)


def _failures(window: QWidget, at_least: int = 5) -> list[str]:
    pixels = Pixels(window)
    failures, seen = [], 0
    for name, rect in _text_rects(window):
        if rect.width() < 4 or rect.height() < 4:
            continue
        seen += 1
        ratio, background, text = pixels.contrast(rect)
        if ratio < AA:
            failures.append(f"{name}: {ratio:.2f}:1 ({text} on {background})")
    assert seen >= at_least, f"only {seen} pieces of text found: the walk did not see the window"
    return failures


# --- fixtures ----------------------------------------------------------------------------


@pytest.fixture(params=[Scheme.LIGHT, Scheme.DARK], ids=lambda s: s.value)
def scheme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[Scheme]:
    theme.apply(qapp, request.param)
    yield request.param
    theme.apply(qapp, Scheme.LIGHT)


# --- the tests ---------------------------------------------------------------------------


def test_every_named_colour_reads_on_the_palette_it_is_drawn_on() -> None:
    """The values themselves: text colours on base and window, fills under the palette's text."""
    text_roles = [
        NamedColor.MUTED_TEXT,
        NamedColor.ERROR_TEXT,
        NamedColor.GOOD_TEXT,
        NamedColor.WARNING_TEXT,
        NamedColor.WITHDRAWN_TEXT,
        NamedColor.ACCENT_TEXT,
    ]
    fills = [
        NamedColor.HEADER,
        NamedColor.SELECTION,
        NamedColor.ACCEPT_FILL,
        NamedColor.REFUSE_FILL,
        NamedColor.NEUTRAL_FILL,
        NamedColor.SKIP_FILL,
        NamedColor.UPDATE_FILL,
        NamedColor.CAPACITY,
        NamedColor.SIDEBAR,
    ]
    white_text_fills = [
        c
        for c in NamedColor
        if c.name.startswith(("BADGE_", "SERIES_", "EVENT_")) and c is not NamedColor.BADGE_TEXT
    ]
    failures = []
    for scheme in Scheme:
        palette = theme.palette_for(scheme)
        grounds = {
            "base": palette.color(palette.ColorRole.Base),
            "window": palette.color(palette.ColorRole.Window),
            "alternate base": palette.color(palette.ColorRole.AlternateBase),
        }
        text = palette.color(palette.ColorRole.Text)

        def check(what: str, a: QColor, b: QColor, scheme: Scheme = scheme) -> None:
            ratio = theme.contrast(a, b)
            if ratio < AA:
                failures.append(f"{scheme.value}: {what} {ratio:.2f}:1")

        for role in text_roles:
            for ground, colour in grounds.items():
                check(f"{role.name} on {ground}", QColor(role.in_scheme(scheme)), colour)
        for role in fills:
            check(f"text on {role.name}", text, QColor(role.in_scheme(scheme)))
        check(
            "sidebar text on sidebar",
            QColor(NamedColor.SIDEBAR_TEXT.in_scheme(scheme)),
            QColor(NamedColor.SIDEBAR.in_scheme(scheme)),
        )
        check(
            "selection text on selection",
            QColor(NamedColor.SELECTION_TEXT.in_scheme(scheme)),
            QColor(NamedColor.SELECTION.in_scheme(scheme)),
        )
        check(
            "white on the selected area",
            QColor("#ffffff"),
            QColor(NamedColor.ACCENT.in_scheme(scheme)),
        )
        for role in white_text_fills:
            fill = QColor(role.in_scheme(scheme))
            check(f"label on {role.name}", theme.readable_on(fill), fill)
            check(f"white on {role.name}", QColor(NamedColor.BADGE_TEXT.in_scheme(scheme)), fill)
    assert failures == []


def test_the_style_sheet_and_the_gui_code_name_no_fixed_colour() -> None:
    """Colours come from theme.py only: a hex colour elsewhere would not follow dark mode."""
    hex_colour = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b")
    offenders = []
    sources = [
        *(ROOT / "mentordesk" / "gui").rglob("*.py"),
        *(ROOT / "ui").glob("*.ui"),
        *(ROOT / "resources").glob("*.qss"),
    ]
    for path in sources:
        if path.name == "theme.py" or "forms" in path.parts:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if "GlobalColor." in line or hex_colour.search(line):
                offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert offenders == []


def test_every_area_reads_in_light_and_dark(
    qtbot: QtBot,
    open_window: Callable[[Database], MainWindow],
    demo: Database,
    staff_cohort: int,
    scheme: Scheme,
) -> None:
    window = open_window(demo)
    window.resize(1024, 700)
    window.select_cohort(staff_cohort)
    failures = []
    for number, area in enumerate(AREAS):
        window.show_area(number)
        qtbot.wait(300)  # loads run in workers; let them land and paint
        assert window.ui.areaList.currentItem().text() == area
        failures += [f"{area}: {f}" for f in _failures(window)]
    assert failures == [], "\n".join(failures)


def test_the_main_dialogs_read_in_light_and_dark(
    qtbot: QtBot,
    open_window: Callable[[Database], MainWindow],
    demo: Database,
    staff_cohort: int,
    scheme: Scheme,
) -> None:
    window = open_window(demo)
    cohort_id = staff_cohort
    window.select_cohort(cohort_id)
    program_id = window._current_program_id()
    assert program_id is not None
    dialogs: list[QDialog] = [
        AboutDialog("demo.db", window),
        NewProgramDialog(window.context, window),
        RulesDialog(window.context, program_id, window),
        TermsDialog(window.context, cohort_id, window),
        MailSettingsDialog(window.context, window),
        ImportWizard(window.context, cohort_id, window),
        PreferencesDialog(window.context, window.preferences, window),
        NewApplicantDialog(window.applicants, "Rollout 2026", window),
    ]
    failures = []
    for dialog in dialogs:
        error = dialog.findChild(QLabel, "errorLabel")
        if error is not None:  # a refusal, as the committee would see one
            error.setText("The end date is before the start date.")
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.wait(50)
        failures += [f"{type(dialog).__name__}: {f}" for f in _failures(dialog, 2)]
        dialog.reject()
    assert failures == [], "\n".join(failures)


def test_the_window_follows_the_system_scheme_live(
    qtbot: QtBot,
    open_window: Callable[[Database], MainWindow],
    demo: Database,
    staff_cohort: int,
    qapp: QApplication,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(demo)
    window.resize(1024, 700)
    window.select_cohort(staff_cohort)
    qtbot.wait(200)
    monkeypatch.delenv("MENTORDESK_THEME", raising=False)
    theme.apply(qapp, Scheme.LIGHT)
    sidebar = window.ui.areaList.viewport()
    before = Pixels(sidebar).contrast(QRect(QPoint(0, 0), sidebar.size()))[1]
    monkeypatch.setattr(theme, "system_scheme", lambda: Scheme.DARK)
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    qtbot.waitUntil(lambda: theme.active() is Scheme.DARK, timeout=2000)
    qtbot.wait(50)
    after = Pixels(sidebar).contrast(QRect(QPoint(0, 0), sidebar.size()))[1]
    assert QColor(before).lightness() > 200 and QColor(after).lightness() < 60
    assert _failures(window) == []
