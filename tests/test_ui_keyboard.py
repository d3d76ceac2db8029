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

from ui.i18n import Translators
from ui.main_window import MainWindow
from ui.session import DataSession
from ui.settings import Settings

MNEMONIC = re.compile(r"&([^&\s])")
FIELDS = (QLineEdit, QComboBox, QPlainTextEdit, QAbstractSpinBox, QListWidget, QTableWidget)


@pytest.fixture(params=["en", "fr"])
def window(
    request: pytest.FixtureRequest, qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> Iterator[MainWindow]:
    translators = Translators(qapp)
    translators.use(request.param)
    settings = Settings(tmp_path)
    session = DataSession(tmp_path, settings)
    session.open_demo("chocolaterie")
    opened = MainWindow(session, settings, translators)
    qtbot.addWidget(opened)
    opened.show()
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
