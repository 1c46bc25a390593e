"""The guide in the Help menu: every chapter of the year, offline, with its pictures."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mentordesk.core.storage.database import Database
from mentordesk.gui.guide import GuideWindow, chapters, guide_folder
from mentordesk.gui.main_window import MainWindow


def test_f1_opens_the_guide_on_its_first_chapter(
    qtbot: QtBot, db: Database, open_window: Callable[[Database], MainWindow]
) -> None:
    window = open_window(db)
    window.guide_action.trigger()
    guide = window._guide
    assert guide is not None
    qtbot.waitUntil(guide.isVisible)
    assert guide.contents.count() >= 8
    assert "Welcome to MentorDesk" in guide.browser.toPlainText()
    # F1 a second time raises the same window rather than opening another
    window.guide_action.trigger()
    assert window._guide is guide


def test_every_chapter_opens_and_every_picture_it_shows_is_there(qtbot: QtBot) -> None:
    guide = GuideWindow(language="en")
    qtbot.addWidget(guide)
    for row in range(guide.contents.count()):
        guide.contents.setCurrentRow(row)
        text = guide.browser.toPlainText()
        assert text.strip(), guide.contents.item(row).text()
        html = guide.browser.toHtml()
        for src in [part.split('"')[0] for part in html.split('img src="')[1:]]:
            url = guide.browser.source().resolved(QUrl(src))
            image = guide.browser.loadResource(QTextDocument.ResourceType.ImageResource, url)
            assert image is not None and not image.isNull(), src


def test_a_link_to_another_chapter_follows_it_and_selects_it_in_the_list(qtbot: QtBot) -> None:
    guide = GuideWindow(language="en")
    qtbot.addWidget(guide)
    guide.show()
    target = next(path for _title, path in chapters(guide.folder) if "matching" in path.stem)
    guide.browser.setSource(QUrl.fromLocalFile(str(target)))
    QApplication.processEvents()
    assert guide.contents.currentItem().text() == "Matching"
    assert "Suggest pairing" in guide.browser.toPlainText()


def test_a_language_without_its_own_chapters_reads_the_english_ones() -> None:
    assert guide_folder("xx_YY").name == "en"
