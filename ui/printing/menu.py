"""The print menus: for each document, print it (preview first) or save it as a PDF."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from app.documents.page import Document
from ui.i18n import format_date, translate
from ui.printing.output import print_with_preview, save_pdf

#: Builds a document in the user's language when the menu entry is chosen.
Maker = Callable[..., Document]


def build(maker: Maker, *arguments: object) -> Callable[[], Document]:
    return lambda: maker(*arguments, translate, format_date)


def add_document(
    menu: QMenu, parent: QWidget, label: str, document: Callable[[], Document]
) -> None:
    """Two entries for a document: print it (with a preview), or save it as a PDF."""
    menu.addAction(
        translate("printing", "{document} - print…").format(document=label)
    ).triggered.connect(lambda: print_with_preview(parent, document))
    menu.addAction(
        translate("printing", "{document} - save as PDF…").format(document=label)
    ).triggered.connect(lambda: save_pdf(parent, document))


def print_button(parent: QWidget, caption: str) -> tuple[QPushButton, QMenu]:
    """A button that opens a menu of documents; fill the menu when it is about to show."""
    button = QPushButton(caption, parent)
    menu = QMenu(button)
    button.setMenu(menu)
    return button, menu
