"""The colours MentorDesk draws with: a light and a dark palette, and named roles on top of them.

Every colour in the GUI comes from here: the Qt palette for what Qt already names (text,
window, base, highlight…), and a :class:`NamedColor` for what it does not (the sidebar, "eligible"
green, a score badge, an event kind). Each role has a light and a dark value, chosen so text
on its background reads at WCAG AA (4.5:1; ``tests/gui/test_contrast.py`` checks both the
values and the pixels of every area). The style sheet in ``resources/style.qss`` is a
template whose ``@name`` tokens are filled from the active scheme, beside ``palette(...)``
references Qt resolves itself.

The application follows the system's light or dark setting live (``QStyleHints.colorScheme``);
``MENTORDESK_THEME=light|dark`` forces one. Both schemes run on the Fusion style with our
palette: native styles ignore parts of the palette (Windows 11, macOS), which is how text
ended up light on light, and one style for both keeps the roles the whole truth.
"""

from __future__ import annotations

import os
from enum import Enum, StrEnum, unique

from PySide6.QtCore import QFile, QIODevice, QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory


class Scheme(StrEnum):
    LIGHT = "light"
    DARK = "dark"


@unique
class NamedColor(Enum):
    """A colour with a meaning in the committee's screens: (light value, dark value)."""

    SIDEBAR = ("#e9eff4", "#1b2127")
    SIDEBAR_LINE = ("#cdd6df", "#39424b")
    SIDEBAR_TEXT = ("#1d2b36", "#dfe6ec")
    ACCENT = ("#1f5f8b", "#2f6f9f")  # a filled accent (selected area) with white text on it
    ACCENT_TEXT = ("#1f5f8b", "#8cc4ec")  # accent-coloured text on the window
    HEADER = ("#eef1f4", "#2a3139")  # table headers, under palette text
    GRID = ("#dfe5ea", "#3a424b")
    SELECTION = ("#cfe3f3", "#2f5f86")
    SELECTION_TEXT = ("#111820", "#ffffff")
    MUTED_TEXT = ("#59626b", "#a3adb8")  # captions and hints, still 4.5:1 on base and window
    ERROR_TEXT = ("#b3261e", "#ff8a80")
    GOOD_TEXT = ("#1b6e3a", "#7ad99b")  # eligible, signed
    WARNING_TEXT = ("#7a5300", "#f0c75e")  # waiting for a signature
    WITHDRAWN_TEXT = ("#656b71", "#a7afb7")
    ACCEPT_FILL = ("#d4edda", "#1e4a2b")  # a pair the rules allow (drop preview)
    REFUSE_FILL = ("#f8d7da", "#5a2127")  # a pair the rules refuse
    NEUTRAL_FILL = ("#eef2f7", "#2f363e")
    SKIP_FILL = ("#fde2e1", "#5a2127")  # an import row that will be skipped
    UPDATE_FILL = ("#e3eefc", "#1f3a5a")  # an import row that updates a record
    DROP_ACCEPT = ("#2e7d32", "#66c26b")
    DROP_REFUSE = ("#c62828", "#ff6b6b")
    CAPACITY = ("#8fbbe0", "#2f5f86")  # the filled part of a mentor's places, text over it
    BADGE_TEXT = ("#ffffff", "#ffffff")
    BADGE_HIGH = ("#2e7d32", "#2e7d32")
    BADGE_MID = ("#8a5700", "#8a5700")
    BADGE_LOW = ("#c62828", "#c62828")
    BADGE_NONE = ("#5f6670", "#5f6670")
    # Chart series and calendar kinds carry white labels, so they stay dark in both schemes.
    SERIES_MENTEES = ("#2a7390", "#2a7390")
    SERIES_MENTORS = ("#a85a0c", "#a65a10")
    SERIES_THIRD = ("#5a7420", "#5f7a22")
    EVENT_ORIENTATION = ("#8e44ad", "#9b59b6")
    EVENT_WORKSHOP = ("#2471a3", "#2b7bb0")
    EVENT_COMMITTEE = ("#5d6d7e", "#5d6d7e")
    EVENT_INITIAL = ("#b34700", "#b34700")
    EVENT_MEETING = ("#1e7b45", "#1e7b45")
    EVENT_CLOSEOUT = ("#c0392b", "#c0392b")
    EVENT_OTHER = ("#6b7075", "#6b7075")
    DEADLINE = ("#c0392b", "#ff7b6b")  # a line, not text

    def in_scheme(self, scheme: Scheme) -> str:
        light, dark = self.value_pair
        return dark if scheme is Scheme.DARK else light

    @property
    def value_pair(self) -> tuple[str, str]:
        pair: tuple[str, str] = self._value_
        return pair

    @property
    def token(self) -> str:
        """How the style sheet template names it: ``@accent-text``."""
        return "@" + self.name.lower().replace("_", "-")


# The two palettes. Light is close to Fusion's own; dark is a soft grey-blue, not black.
_PALETTES: dict[Scheme, dict[QPalette.ColorRole, str]] = {
    Scheme.LIGHT: {
        QPalette.ColorRole.Window: "#f4f5f7",
        QPalette.ColorRole.WindowText: "#1d2b36",
        QPalette.ColorRole.Base: "#ffffff",
        QPalette.ColorRole.AlternateBase: "#f3f6f9",
        QPalette.ColorRole.ToolTipBase: "#fffbe6",
        QPalette.ColorRole.ToolTipText: "#1d2b36",
        QPalette.ColorRole.PlaceholderText: "#5f6770",
        QPalette.ColorRole.Text: "#15202b",
        QPalette.ColorRole.Button: "#eceef1",
        QPalette.ColorRole.ButtonText: "#15202b",
        QPalette.ColorRole.BrightText: "#b3261e",
        QPalette.ColorRole.Light: "#ffffff",
        QPalette.ColorRole.Midlight: "#e3e6ea",
        QPalette.ColorRole.Mid: "#b4bcc5",
        QPalette.ColorRole.Dark: "#8a939c",
        QPalette.ColorRole.Shadow: "#5c646c",
        QPalette.ColorRole.Highlight: "#1f5f8b",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#0b5cad",
        QPalette.ColorRole.LinkVisited: "#6a3fa0",
    },
    Scheme.DARK: {
        QPalette.ColorRole.Window: "#22272e",
        QPalette.ColorRole.WindowText: "#e6edf3",
        QPalette.ColorRole.Base: "#2d333b",
        QPalette.ColorRole.AlternateBase: "#333a43",
        QPalette.ColorRole.ToolTipBase: "#2d333b",
        QPalette.ColorRole.ToolTipText: "#e6edf3",
        QPalette.ColorRole.PlaceholderText: "#a3adb8",
        QPalette.ColorRole.Text: "#e6edf3",
        QPalette.ColorRole.Button: "#2d333b",
        QPalette.ColorRole.ButtonText: "#e6edf3",
        QPalette.ColorRole.BrightText: "#ff938a",
        QPalette.ColorRole.Light: "#444c56",
        QPalette.ColorRole.Midlight: "#3a414a",
        QPalette.ColorRole.Mid: "#545d68",
        QPalette.ColorRole.Dark: "#1c2128",
        QPalette.ColorRole.Shadow: "#0d1014",
        QPalette.ColorRole.Highlight: "#316dca",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#6cb6ff",
        QPalette.ColorRole.LinkVisited: "#c39bf0",
    },
}
_DISABLED_TEXT = {Scheme.LIGHT: "#8a929a", Scheme.DARK: "#768390"}

_active = Scheme.LIGHT


def active() -> Scheme:
    return _active


def color(role: NamedColor) -> QColor:
    """The role's colour in the scheme on screen now (read at paint time, so it follows)."""
    return QColor(role.in_scheme(_active))


def hex_of(role: NamedColor) -> str:
    """For rich text: ``<span style='color:{hex_of(NamedColor.ERROR_TEXT)}'>``."""
    return role.in_scheme(_active)


def readable_on(fill: QColor) -> QColor:
    """Black-ish or white text, whichever reads better on ``fill``."""
    dark_text = QColor("#111820")
    white = QColor("#ffffff")
    return dark_text if contrast(dark_text, fill) >= contrast(white, fill) else white


def luminance(c: QColor) -> float:
    """WCAG 2 relative luminance."""

    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio between two colours (1 to 21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def palette_for(scheme: Scheme) -> QPalette:
    palette = QPalette()
    for role, value in _PALETTES[scheme].items():
        palette.setColor(role, QColor(value))
    accent = getattr(QPalette.ColorRole, "Accent", None)  # Qt 6.6+
    if accent is not None:
        palette.setColor(accent, QColor(_PALETTES[scheme][QPalette.ColorRole.Highlight]))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(_DISABLED_TEXT[scheme]))
    return palette


def style_sheet(scheme: Scheme) -> str:
    """The application's style sheet with every ``@name`` token filled for ``scheme``."""
    source = QFile(":/style.qss")
    if not source.open(QIODevice.OpenModeFlag.ReadOnly):
        return ""
    text = bytes(source.readAll().data()).decode("utf-8")
    # Longest names first, so @accent-text is not read as @accent followed by "-text".
    for role in sorted(NamedColor, key=lambda r: len(r.token), reverse=True):
        text = text.replace(role.token, role.in_scheme(scheme))
    return text


def forced_scheme() -> Scheme | None:
    """``MENTORDESK_THEME=light|dark`` (screenshots, tests, taste); anything else: the system's."""
    wanted = os.environ.get("MENTORDESK_THEME", "").strip().casefold()
    return Scheme(wanted) if wanted in {s.value for s in Scheme} else None


def system_scheme() -> Scheme:
    hints = QGuiApplication.styleHints()
    return Scheme.DARK if hints.colorScheme() == Qt.ColorScheme.Dark else Scheme.LIGHT


def apply(app: QApplication, scheme: Scheme) -> None:
    """Puts ``scheme`` on screen: palette, style sheet, and a repaint of what reads roles."""
    global _active
    _active = scheme
    if not app.property("mentordeskFusion"):
        # Once only: replacing a style deletes the old one under every widget still alive
        # (and app.style() cannot tell: with a style sheet it is Qt's sheet proxy).
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setProperty("mentordeskFusion", True)
    app.setPalette(palette_for(scheme))
    # Setting the sheet again re-polishes every widget, so rules with @tokens follow too.
    app.setStyleSheet(style_sheet(scheme))
    _follower.changed.emit(scheme)


class SchemeFollower(QObject):
    """Announces a change of scheme to what paints roles itself (charts, rich text)."""

    changed = Signal(object)  # Scheme


_follower = SchemeFollower()


def follower() -> SchemeFollower:
    return _follower


_following: list[QApplication] = []


def follow_system(app: QApplication) -> None:
    """Applies the forced or the system's scheme now, and the system's again when it changes."""
    forced = forced_scheme()
    hints = QGuiApplication.styleHints()
    if forced is not None and hasattr(hints, "setColorScheme"):  # Qt 6.8+: title bars follow
        hints.setColorScheme(Qt.ColorScheme.Dark if forced is Scheme.DARK else Qt.ColorScheme.Light)
    apply(app, forced or system_scheme())
    if forced is None and app not in _following:
        _following.append(app)
        hints.colorSchemeChanged.connect(lambda _scheme: apply(app, system_scheme()))
