"""Putting a document on paper or in a PDF: one layout for the preview, the printer and the
file, so what is previewed is what prints. A4, margins wide enough to sign and to file."""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.documents.page import Document
from app.paths import safe_file_name
from app.text import FSI, PDI
from ui.forms import documents_folder, tell
from ui.i18n import translate
from ui.printing.composer import Composer

#: Left margin wide enough for a hole punch; the others for a pen and a signature.
MARGINS_MM = QMarginsF(25, 18, 18, 18)

#: Builds a document when asked (the data may have changed since the menu was opened).
Builder = Callable[[], Document]


def page_layout(landscape: bool = False) -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait,
        MARGINS_MM,
        QPageLayout.Unit.Millimeter,
    )


def configure(printer: QPrinter, landscape: bool = False) -> QPrinter:
    printer.setPageLayout(page_layout(landscape))
    printer.setFullPage(False)
    return printer


def render(document: Document, printer: QPrinter) -> int:
    """Lay the document out on the printer's pages (paper, preview or PDF); the page count."""
    return Composer(printer).compose(document)


def write_pdf(document: Document, path: Path) -> int:
    """The document as an A4 PDF file; raises OSError when the file cannot be written."""
    printer = configure(QPrinter(QPrinter.PrinterMode.HighResolution), document.landscape)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setDocName(document.name)  # the PDF's title, as a reader's window shows it
    probe = path.with_name(path.name + ".check")
    probe.write_bytes(b"")  # the folder must take a file: say so now rather than fail silently
    probe.unlink()
    try:
        pages = render(document, printer)
        if not _whole_pdf(path):
            # Qt writes what the disk takes and says nothing: a nearly full disk left a
            # PDF no reader could open, announced as saved
            raise OSError(
                errno.ENOSPC,
                translate("printing", "the file came out incomplete (is the disk full?)"),
            )
    except OSError:
        path.unlink(missing_ok=True)
        raise
    return pages


def _whole_pdf(path: Path) -> bool:
    """The file ends as a PDF does ("startxref", then "%%EOF"): it was written to the end."""
    try:
        with path.open("rb") as written:
            size = written.seek(0, 2)
            written.seek(max(0, size - 1024))
            end = written.read()
    except OSError:
        return False
    return b"startxref" in end and end.rstrip().endswith(b"%%EOF")


def suggested_path(name: str) -> Path:
    """A file name in the user's documents folder, safe on every system."""
    shown = name.replace(FSI, "").replace(PDI, "")  # marks of direction, not of the name
    return documents_folder() / f"{safe_file_name(shown, instead='-')}.pdf"


def save_pdf(parent: QWidget | None, document: Builder) -> Path | None:
    """Ask where to save, then write the PDF; a place that cannot be written is explained."""
    built = document()
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        translate("printing", "Save as PDF"),
        str(suggested_path(built.name)),
        translate("printing", "PDF files (*.pdf)"),
    )
    if not chosen:
        return None
    path = Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")
    try:
        write_pdf(built, path)
    except OSError as error:
        tell(
            parent,
            translate(
                "printing",
                "Tandem could not write {path}: {reason}. Choose another place; nothing was lost.",
            ).format(path=str(path), reason=error.strerror or str(error)),
            QMessageBox.Icon.Warning,
        )
        return None
    show_saved(parent, path)
    return path


def show_saved(parent: QWidget | None, path: Path) -> None:
    """Say where the PDF went, with a way to open it, or the folder it is in."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        translate("printing", "Tandem"),
        translate("printing", "The PDF was saved as {path}.").format(path=str(path)),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    open_file = box.addButton(
        translate("printing", "&Open the PDF"), QMessageBox.ButtonRole.AcceptRole
    )
    open_folder = box.addButton(
        translate("printing", "Open its &folder"), QMessageBox.ButtonRole.ActionRole
    )
    close = box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(close)
    box.exec()
    if box.clickedButton() is open_file:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    elif box.clickedButton() is open_folder:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def paint_or_explain(parent: QWidget | None, document: Document, printer: QPrinter) -> bool:
    """Print (or preview) ``document``; a printer that fails is explained, calmly."""
    try:
        render(document, printer)
    except OSError:
        failed = True
    else:
        failed = printer.printerState() == QPrinter.PrinterState.Error
    if failed:
        tell(
            parent,
            translate(
                "printing",
                "The printer reported a problem. Check that it is on and has paper, then try again.",
            ),
            QMessageBox.Icon.Warning,
        )
    return not failed


def fitted(parent: QWidget | None, width: int, height: int) -> QSize:
    """``width`` × ``height``, or less: nine tenths of the screen's free room at the most
    (the preview opened 1000 px high on a 768-px screen)."""
    screen = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
    room = screen.availableGeometry()
    return QSize(min(width, room.width() * 9 // 10), min(height, room.height() * 9 // 10))


def print_with_preview(parent: QWidget | None, document: Builder) -> bool:
    """The preview first; its Print button then opens the system's print dialog."""
    built = document()
    printer = configure(QPrinter(QPrinter.PrinterMode.HighResolution), built.landscape)
    printer.setDocName(built.name)
    preview = QPrintPreviewDialog(printer, parent)
    preview.setWindowTitle(translate("printing", "Preview - {name}").format(name=built.name))
    preview.paintRequested.connect(lambda target: paint_or_explain(parent, built, target))
    preview.resize(fitted(parent, 900, 1000))
    return bool(preview.exec())
