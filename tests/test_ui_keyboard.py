"""The keyboard: on every screen each Alt+letter is used once, and every field has a label
(or, in a table row, an accessible name) that says what it is."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.windows import open_window
from ui.i18n import Translators
from ui.main_window import MainWindow

MNEMONIC = re.compile(r"&([^&\s])")
FIELDS = (QLineEdit, QComboBox, QPlainTextEdit, QAbstractSpinBox, QListWidget, QTableWidget)


@pytest.fixture(params=["en", "fr"])
def window(
    request: pytest.FixtureRequest, qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> Iterator[MainWindow]:
    translators = Translators(qapp)
    translators.use(request.param)
    opened = open_window(qtbot, tmp_path, translators=translators)
    yield opened
    opened.close()
    translators.remove()


def _visible(window: MainWindow, *kinds: type[QWidget]) -> list[QWidget]:
    return [
        widget
        for widget in window.findChildren(QWidget)
        if isinstance(widget, kinds) and widget.isVisibleTo(window)
    ]


@pytest.mark.parametrize("page", range(6))
def test_each_alt_letter_is_used_once_per_screen(window: MainWindow, page: int) -> None:
    window.stepper.go_to(page)
    seen: dict[str, list[str]] = {}
    for widget in _visible(window, QAbstractButton, QLabel):
        match = MNEMONIC.search(widget.text())  # type: ignore[attr-defined]
        if match:
            seen.setdefault(match.group(1).lower(), []).append(widget.text())  # type: ignore[attr-defined]
    assert {key: texts for key, texts in seen.items() if len(texts) > 1} == {}


@pytest.mark.parametrize("page", range(6))
def test_every_field_says_what_it_is(window: MainWindow, page: int) -> None:
    window.stepper.go_to(page)
    labelled = {
        id(label.buddy()) for label in _visible(window, QLabel) if label.buddy() is not None
    }
    anonymous = [
        f"{type(widget).__name__} in {type(widget.parentWidget()).__name__}"
        for widget in _visible(window, *FIELDS)
        if id(widget) not in labelled
        and not widget.accessibleName()
        # the line edit inside a spin box or a combo box is named by its owner
        and not isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox)
    ]
    assert anonymous == []


def _mnemonics(widget: QWidget) -> dict[str, list[str]]:
    seen: dict[str, list[str]] = {}
    for child in widget.findChildren(QWidget):
        if isinstance(child, QAbstractButton | QLabel) and child.isVisibleTo(widget):
            match = MNEMONIC.search(child.text())
            if match:
                seen.setdefault(match.group(1).lower(), []).append(child.text())
    return {key: texts for key, texts in seen.items() if len(texts) > 1}


def test_the_pair_view_and_the_session_form_use_each_alt_letter_once(
    qtbot: QtBot, window: MainWindow
) -> None:
    from app.progress import programme_progress
    from ui.dashboard.pair_dialog import PairDialog
    from ui.dashboard.session_dialog import SessionDialog

    pair = programme_progress(window.current_programme()).pairs[0]  # type: ignore[arg-type]
    for dialog in (PairDialog(pair.pair_id, parent=window), SessionDialog(pair.pair_id, None)):
        qtbot.addWidget(dialog)
        dialog.show()
        assert _mnemonics(dialog) == {}
        labelled = {
            id(label.buddy()) for label in dialog.findChildren(QLabel) if label.buddy() is not None
        }
        unnamed = [
            type(field).__name__
            for field in dialog.findChildren(QWidget)
            if isinstance(field, FIELDS)
            and field.isVisibleTo(dialog)
            and id(field) not in labelled
            and not field.accessibleName()
            and not isinstance(field.parentWidget(), QAbstractSpinBox | QComboBox)
        ]
        assert unnamed == []
        dialog.close()  # while the data is open: closing the pair view saves its notes


def test_each_menu_uses_each_alt_letter_once(window: MainWindow) -> None:
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        seen: dict[str, list[str]] = {}
        for action in menu.actions():  # type: ignore[union-attr]
            match = MNEMONIC.search(action.text())
            if match:
                seen.setdefault(match.group(1).lower(), []).append(action.text())
        assert {key: texts for key, texts in seen.items() if len(texts) > 1} == {}, (
            menu_action.text()
        )
