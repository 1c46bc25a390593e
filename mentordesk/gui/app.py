"""Starts the desktop application on a database (the CLI calls ``run_gui``)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from mentordesk import __version__
from mentordesk.gui import theme
from mentordesk.gui.forms import mentordesk_rc  # noqa: F401  (registers :/icons and :/style.qss)
from mentordesk.gui.opening import open_for_window


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName("MentorDesk")
    QCoreApplication.setApplicationName("MentorDesk")
    QCoreApplication.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(":/icons/mentordesk.svg"))
    theme.follow_system(app)
    return app


def run_gui(db: str | None) -> int:
    from mentordesk.gui.main_window import MainWindow

    app = create_application()
    database = open_for_window(db)
    if database is None:
        return 2
    window = MainWindow(database)
    window.show()
    return app.exec()
