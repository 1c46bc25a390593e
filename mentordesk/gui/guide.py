"""The MentorDesk Guide in the Help menu: short chapters for the committee's year, offline.

The chapters are Markdown files shipped in the package (``mentordesk/resources/guide/<lang>/``,
screenshots in ``guide/images/`` made by ``scripts/guide_screenshots.sh`` from the real
program), shown in a ``QTextBrowser``, which renders Markdown and follows links between
chapters itself. A language without its own chapters falls back to English.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QLocale, Qt, QUrl
from PySide6.QtGui import (
    QImage,
    QKeySequence,
    QPixmap,
    QResizeEvent,
    QShortcut,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
)
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mentordesk.core.paths import resource_path

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


def guide_folder(language: str | None = None) -> Path:
    """The chapters in ``language`` (a locale name such as "es_MX"), else in English."""
    language = language or QLocale().name()
    for candidate in (language, language.split("_")[0], "en"):
        folder = resource_path("guide", candidate)
        if folder.is_dir() and any(folder.glob("*.md")):
            return folder
    return resource_path("guide", "en")


def chapters(folder: Path) -> list[tuple[str, Path]]:
    """(title, file) of every chapter, in the order of their file names (01-…, 02-…)."""
    found = []
    for path in sorted(folder.glob("*.md")):
        first = path.read_text(encoding="utf-8").lstrip().splitlines()[0]
        found.append((first.lstrip("# ").strip(), path))
    return found


class GuideBrowser(QTextBrowser):
    """A text browser whose screenshots shrink to its width (Markdown has no image sizes)."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_images()

    def fit_images(self) -> None:
        width = max(200, self.viewport().width() - 32)
        document = self.document()
        block = document.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                fmt = fragment.charFormat()
                if fmt.isImageFormat():
                    image_format = fmt.toImageFormat()
                    natural_width, natural_height = self._natural_size(image_format)
                    wanted = float(min(width, natural_width))
                    if natural_width and image_format.width() != wanted:
                        image_format.setWidth(wanted)
                        image_format.setHeight(wanted * natural_height / natural_width)
                        cursor = QTextCursor(document)
                        cursor.setPosition(fragment.position())
                        cursor.setPosition(
                            fragment.position() + fragment.length(),
                            QTextCursor.MoveMode.KeepAnchor,
                        )
                        cursor.setCharFormat(image_format)
                it += 1
            block = block.next()

    def _natural_size(self, image_format: QTextImageFormat) -> tuple[int, int]:
        url = self.source().resolved(QUrl(image_format.name()))
        found = self.loadResource(QTextDocument.ResourceType.ImageResource, url)
        if isinstance(found, QByteArray | bytes):  # a local file comes back as its bytes
            found = QImage.fromData(found)
        if isinstance(found, QImage | QPixmap):
            return found.width(), found.height()
        return 0, 0


class GuideWindow(QDialog):
    """Chapters on the left, the chosen chapter on the right; links move between chapters."""

    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("MentorDesk Guide"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(980, 700)
        self.folder = guide_folder(language)
        self.contents = QListWidget(self)
        self.contents.setAccessibleName(self.tr("Chapters of the guide"))
        self.browser = GuideBrowser(self)
        self.browser.setAccessibleName(self.tr("Chapter text"))
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(self.folder), str(self.folder.parent)])
        for title, path in chapters(self.folder):
            item = QListWidgetItem(title, self.contents)
            item.setData(PATH_ROLE, str(path))
        splitter = QSplitter(self)
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([200, 780])
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(splitter)
        layout.addLayout(row)
        self.contents.currentItemChanged.connect(self._show_item)
        self.browser.sourceChanged.connect(self._follow_source)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Back), self, self.browser.backward)
        if self.contents.count():
            self.contents.setCurrentRow(0)

    def _show_item(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is None:
            return
        url = QUrl.fromLocalFile(item.data(PATH_ROLE))
        if self.browser.source() != url:
            self.browser.setSource(url, QTextDocument.ResourceType.MarkdownResource)

    def _follow_source(self, url: QUrl) -> None:
        """A link to another chapter selects it in the list, so both sides agree."""
        self.browser.fit_images()
        for row in range(self.contents.count()):
            item = self.contents.item(row)
            if QUrl.fromLocalFile(item.data(PATH_ROLE)) == url:
                self.contents.blockSignals(True)
                self.contents.setCurrentRow(row)
                self.contents.blockSignals(False)
                return

    def show_chapter(self, stem: str) -> None:
        """Open the chapter whose file name contains ``stem`` (e.g. "matching")."""
        for row in range(self.contents.count()):
            if stem in Path(self.contents.item(row).data(PATH_ROLE)).stem:
                self.contents.setCurrentRow(row)
                return
