"""The print menus: for each document, print it (preview first) or save it as a PDF.

Nothing of the printing itself (the page composer, the documents) is imported until a
document is asked for: the first screen does not need it, and Tandem starts quicker.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from ui.i18n import format_date, format_decimal, translate

if TYPE_CHECKING:
    from app.documents.page import Document


def build(document: str, *arguments: object) -> Callable[[], Document]:
    """The document ``app.documents.<document>`` for ``arguments``, made when called."""

    def make() -> Document:
        from app import documents  # here, not at start: see the module's docstring

        maker = getattr(documents, document)
        return maker(*arguments, translate, format_date, format_decimal)

    return make


def preview(parent: QWidget, document: Callable[[], Document]) -> bool:
    from ui.printing.output import print_with_preview

    return print_with_preview(parent, document)


def save(parent: QWidget, document: Callable[[], Document]) -> object:
    from ui.printing.output import save_pdf

    return save_pdf(parent, document)


def add_document(
    menu: QMenu, parent: QWidget, label: str, document: Callable[[], Document]
) -> None:
    """Two entries for a document: print it (with a preview), or save it as a PDF."""
    menu.addAction(
        translate("printing", "{document} - print…").format(document=label)
    ).triggered.connect(lambda: preview(parent, document))
    menu.addAction(
        translate("printing", "{document} - save as PDF…").format(document=label)
    ).triggered.connect(lambda: save(parent, document))


def print_button(parent: QWidget, caption: str) -> tuple[QPushButton, QMenu]:
    """A button that opens a menu of documents; fill the menu when it is about to show."""
    button = QPushButton(caption, parent)
    menu = QMenu(button)
    button.setMenu(menu)
    return button, menu
