"""Opening Tandem's main window on a data folder, as the tests need it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from ui.i18n import Translators
from ui.main_window import MainWindow
from ui.session import DataSession
from ui.settings import Settings


def open_window(
    qtbot: QtBot,
    folder: Path,
    *,
    demo: bool = True,
    translators: Translators | None = None,
    prepare: Callable[[], object] | None = None,
) -> MainWindow:
    """The main window on the demo (or the folder's own data), shown, closed after the test;
    ``prepare`` fills the data once it is open, before the window is made."""
    settings = Settings(folder)
    session = DataSession(folder, settings)
    if demo:
        session.open_demo("chocolaterie")
    else:
        session.open_own_data()
    if prepare is not None:
        prepare()
    window = MainWindow(session, settings, translators)
    qtbot.addWidget(window)
    window.show()
    return window
