"""Starts the desktop application on a database (the CLI calls ``run_gui``)."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QFile, QIODevice
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox, QStyleFactory

from mentordesk import __version__
from mentordesk.core.errors import MentorDeskError
from mentordesk.core.storage.database import Database
from mentordesk.gui.forms import mentordesk_rc  # noqa: F401  (registers :/icons and :/style.qss)


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName("MentorDesk")
    QCoreApplication.setApplicationName("MentorDesk")
    QCoreApplication.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(":/icons/mentordesk.svg"))
    sheets = [":/style.qss"]
    if wants_dark_theme():
        use_dark_palette(app)
        sheets.append(":/style-dark.qss")
    text = []
    for name in sheets:
        style = QFile(name)
        if style.open(QIODevice.OpenModeFlag.ReadOnly):
            text.append(bytes(style.readAll().data()).decode("utf-8"))
    app.setStyleSheet("\n".join(text))
    return app


def wants_dark_theme() -> bool:
    """``MENTORDESK_THEME=dark`` asks for the dark palette (any other value: the platform's)."""
    return os.environ.get("MENTORDESK_THEME", "").strip().casefold() == "dark"


def use_dark_palette(app: QApplication) -> None:
    """Fusion with a dark palette: every colour the program draws comes from these roles."""
    app.setStyle(QStyleFactory.create("Fusion"))
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#22272e",
        QPalette.ColorRole.WindowText: "#e6edf3",
        QPalette.ColorRole.Base: "#2d333b",
        QPalette.ColorRole.AlternateBase: "#373e47",
        QPalette.ColorRole.ToolTipBase: "#2d333b",
        QPalette.ColorRole.ToolTipText: "#e6edf3",
        QPalette.ColorRole.PlaceholderText: "#8b949e",
        QPalette.ColorRole.Text: "#e6edf3",
        QPalette.ColorRole.Button: "#2d333b",
        QPalette.ColorRole.ButtonText: "#e6edf3",
        QPalette.ColorRole.BrightText: "#ff938a",
        QPalette.ColorRole.Mid: "#545d68",
        QPalette.ColorRole.Dark: "#1c2128",
        QPalette.ColorRole.Light: "#444c56",
        QPalette.ColorRole.Highlight: "#316dca",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#6cb6ff",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#768390"))
    app.setPalette(palette)


def run_gui(db: str | None) -> int:
    from mentordesk.gui.main_window import MainWindow

    app = create_application()
    try:
        database = Database(db)
    except MentorDeskError as exc:
        QMessageBox.critical(
            None, QCoreApplication.translate("app", "Cannot open the database"), str(exc)
        )
        return 2
    window = MainWindow(database)
    window.show()
    return app.exec()
