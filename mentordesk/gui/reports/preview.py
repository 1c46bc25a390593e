"""Shows a mentoring agreement as it will print (QtPdf) and prints it."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from mentordesk.gui.forms.ui_agreement_preview import Ui_AgreementPreviewDialog

PRINT_DPI = 300


class AgreementPreviewDialog(QDialog):
    """The PDF bytes of one or more agreements, page by page, with a Print button."""

    def __init__(self, pdf: bytes, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AgreementPreviewDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Agreement preview"))
        self.ui.titleLabel.setText(title)
        # The buffer must outlive the document, which reads from it lazily.
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.ui.pdfView.setDocument(self.document)
        self.ui.pdfView.setPageMode(QPdfView.PageMode.MultiPage)
        self.ui.pdfView.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.ui.pagesLabel.setText(self.tr("%Ln page(s)", "", self.document.pageCount()))
        self.ui.printButton.clicked.connect(self.print_with_dialog)

    @property
    def page_count(self) -> int:
        return int(self.document.pageCount())

    def print_with_dialog(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print agreement"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_document(printer)

    def print_document(self, printer: QPrinter) -> None:
        """Each page rendered at the printer's resolution, one printed page per PDF page."""
        painter = QPainter()
        if not painter.begin(printer):
            return
        try:
            target = printer.pageRect(QPrinter.Unit.DevicePixel)
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                points = self.document.pagePointSize(page)
                scale = min(target.width() / points.width(), target.height() / points.height())
                area = QRectF(0, 0, points.width() * scale, points.height() * scale)
                # 300 dpi is sharp on paper; a 1200 dpi printer gets the image scaled up.
                dpi = min(printer.resolution(), PRINT_DPI)
                image = self.document.render(
                    page, QSize(int(points.width() * dpi / 72), int(points.height() * dpi / 72))
                )
                painter.drawImage(area, image)
        finally:
            painter.end()
