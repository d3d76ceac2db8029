"""Step 1 driven as an owner drives it, for its tests (a pytest plugin, named in conftest):
the window at 1366 x 768 in English and in French (``team_window``), the garage of the
issue, keys sent where the keyboard is, the team's table opened and its cells clicked."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.windows import open_window
from ui.i18n import Translators
from ui.main_window import MainWindow
from ui.steps.team_table import TeamTable

#: A slow typist, one key a second: the garage below must be typed in under ten minutes.
SECONDS_PER_KEY = 1.0

#: The garage: (name, job, {topic: cell on the needs sheet}, {topic: level it is taught at}).
GARAGE = (
    (
        "Gérard Lemaire",
        "Owner, mechanic",
        {"Social networks": "0 3 1", "Customer reviews": "1 3 2"},
        {},
    ),
    (
        "Josiane Lemaire",
        "Front desk",
        {"Online customer file": "1 3 1", "Spreadsheets": "2 4 2"},
        {},
    ),
    ("Bernard Coste", "Bodywork", {"Photos of products": "0 2 3", "The shop's website": "1"}, {}),
    ("Léa Martin", "Apprentice", {}, {"Social networks": "4", "Photos of products": "4"}),
    (
        "Yanis Diallo",
        "Mechanic",
        {},
        {"Customer reviews": "3", "The shop's website": "4", "Spreadsheets": "3"},
    ),
    (
        "Inès Petit",
        "Apprentice",
        {},
        {"Online customer file": "4", "Social networks": "3", "Photos of products": "3"},
    ),
    ("Marc Roux", "Mechanic", {}, {}),
)


class Keyboard:
    """Keys sent where the keyboard's focus is, as a person's keys go; counted."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.count = 0

    def target(self):  # type: ignore[no-untyped-def]
        focus = QApplication.focusWidget()
        assert focus is not None, "nothing has the keyboard"
        return focus

    def type(self, text: str) -> None:
        for character in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    self.target(),
                    QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, character),
                )
            self.count += 1

    def press(
        self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        self.qtbot.keyClick(self.target(), key, modifier)
        self.count += 1


def open_table(qtbot: QtBot, window: MainWindow) -> TeamTable:
    window.stepper.go_to(1)
    page = window.page(1)
    tabs = page.views.tabBar()
    qtbot.mouseClick(tabs, Qt.MouseButton.LeftButton, pos=tabs.tabRect(1).center())
    table = page.team_table
    assert table.isVisible()
    return table


def click_cell(qtbot: QtBot, table: TeamTable, row: int, column: int) -> None:
    view = table.table
    view.scrollTo(view.model().index(row, column))
    rect = view.visualRect(view.model().index(row, column))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert (view.currentRow(), view.currentColumn()) == (row, column)


def click_sheet(qtbot: QtBot, table: TeamTable, index: int) -> None:
    qtbot.mouseClick(
        table.sheets, Qt.MouseButton.LeftButton, pos=table.sheets.tabRect(index).center()
    )


@pytest.fixture(params=["en", "fr"])
def team_language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translators = Translators(qapp)
    translators.use(request.param)
    yield request.param
    translators.use("en")


@pytest.fixture
def team_window(qtbot: QtBot, tmp_path: Path, team_language: str) -> Iterator[MainWindow]:
    opened = open_window(qtbot, tmp_path, demo=False)
    opened.resize(1366, 768)
    opened.activateWindow()
    qtbot.waitActive(opened)
    yield opened
    opened.close()
