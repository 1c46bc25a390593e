"""Action icons: the SVGs in ``:/icons/actions`` drawn in the palette's text colour at any scale.

Qt's own SVG icon engine draws an SVG in the colours written in it, so one file would be
dark on a dark window. This engine keeps the drawing a vector: every pixmap is rendered
for the size and device pixel ratio asked (crisp on a high-DPI screen, never a scaled
bitmap), with ``currentColor`` replaced by the palette's colour of the moment (so the
icons follow a light or dark palette live, and disabled actions look disabled).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QFile, QIODevice, QPoint, QRect, QSize
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from mentordesk.gui.theme import NamedColor, Scheme

#: Every action icon shipped (``resources/icons/actions/NAME.svg``).
ACTION_ICONS: tuple[str, ...] = (
    "about",
    "assign",
    "certificate",
    "confirm",
    "export",
    "find",
    "guide",
    "history",
    "import",
    "lock",
    "mail",
    "new-applicant",
    "new-database",
    "new-event",
    "open",
    "preferences",
    "quit",
    "redo",
    "refresh",
    "rules",
    "suggest",
    "undo",
)


@cache
def _svg_source(name: str) -> bytes:
    file = QFile(f":/icons/actions/{name}.svg")
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise KeyError(f"no action icon {name!r}")
    return bytes(file.readAll().data())


def _colour(mode: QIcon.Mode) -> str:
    palette = QGuiApplication.palette()
    group = (
        QPalette.ColorGroup.Disabled if mode == QIcon.Mode.Disabled else QPalette.ColorGroup.Active
    )
    return palette.color(group, QPalette.ColorRole.WindowText).name()


class _PaletteSvgEngine(QIconEngine):
    """Renders one action SVG in the palette's colour, at the exact size and scale asked."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self._name = name

    def _renderer(self, mode: QIcon.Mode) -> QSvgRenderer:
        svg = _svg_source(self._name).replace(b"currentColor", _colour(mode).encode("ascii"))
        return QSvgRenderer(QByteArray(svg))

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        self._renderer(mode).render(painter, rect)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        pixmap = QPixmap(size * scale)
        pixmap.fill(QColor(0, 0, 0, 0))  # transparent
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._renderer(mode).render(painter, QRect(QPoint(0, 0), pixmap.size()))
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def clone(self) -> QIconEngine:
        return _PaletteSvgEngine(self._name)

    def key(self) -> str:
        return "mentordesk-palette-svg"

    def isNull(self) -> bool:
        return False


def action_icon(name: str) -> QIcon:
    """The icon ``name`` (one of ``ACTION_ICONS``), in the palette's colours at any scale."""
    _svg_source(name)  # a misspelt name fails here, not as an empty button later
    return QIcon(_PaletteSvgEngine(name))


class _AreaSvgEngine(QIconEngine):
    """Draws an area's SVG in its own colours (another drawing when selected), each pixmap
    rendered when first asked for, at the size and scale asked: the sidebar costs the first
    window nothing until it is painted."""

    def __init__(self, normal: bytes, selected: bytes) -> None:
        super().__init__()
        self._drawings = {QIcon.Mode.Selected: selected}
        self._normal = normal
        self._pixmaps: dict[tuple[QIcon.Mode, int, int, float], QPixmap] = {}

    def _drawing(self, mode: QIcon.Mode) -> bytes:
        return self._drawings.get(mode, self._normal)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        QSvgRenderer(QByteArray(self._drawing(mode))).render(painter, rect)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        key = (mode, size.width(), size.height(), scale)
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            pixmap = QPixmap(size * scale)
            pixmap.fill(QColor(0, 0, 0, 0))  # transparent
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            if mode == QIcon.Mode.Disabled:
                painter.setOpacity(0.4)
            QSvgRenderer(QByteArray(self._drawing(mode))).render(painter)
            painter.end()
            pixmap.setDevicePixelRatio(scale)
            self._pixmaps[key] = pixmap
        return pixmap

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def clone(self) -> QIconEngine:
        return _AreaSvgEngine(self._normal, self._drawings[QIcon.Mode.Selected])

    def key(self) -> str:
        return "mentordesk-area-svg"

    def isNull(self) -> bool:
        return False


def area_icon(name: str) -> QIcon:
    """An area's sidebar icon (``:/icons/NAME.svg``) in its own colours, and for the
    selected row, whose fill is the accent the drawing itself uses, in the selected text's
    colour: otherwise the selected area's icon vanishes into its row."""
    file = QFile(f":/icons/{name}.svg")
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        return QIcon()
    svg = bytes(file.readAll().data())
    accent = NamedColor.ACCENT.in_scheme(Scheme.LIGHT).encode()
    on_accent = QGuiApplication.palette().color(QPalette.ColorRole.HighlightedText).name()
    return QIcon(_AreaSvgEngine(svg, svg.replace(accent, on_accent.encode())))
