"""Qt with no screen has fonts: on Windows from Windows' own folder (the self-test, the
tests), and in this run from one folder only, as on Windows (tests/fonts.py)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontDatabase, QFontMetrics, QGuiApplication

from tests import conftest
from tests.fonts import DEJAVU
from ui.offscreen import offscreen_environment


def test_on_windows_offscreen_qt_is_given_the_windows_fonts() -> None:
    added = offscreen_environment("win32", {"WINDIR": r"D:\Windows"})
    assert added == {"QT_QPA_PLATFORM": "offscreen", "QT_QPA_FONTDIR": r"D:\Windows\Fonts"}
    # a folder already named, or Windows' own platform (DirectWrite), is left as it is
    assert offscreen_environment("win32", {"QT_QPA_FONTDIR": r"E:\fonts"}) == {
        "QT_QPA_PLATFORM": "offscreen"
    }
    assert offscreen_environment("win32", {"QT_QPA_PLATFORM": "windows"}) == {}
    assert "QT_QPA_FONTDIR" in offscreen_environment("win32", {"QT_QPA_PLATFORM": "offscreen"})


def test_elsewhere_only_the_platform_is_set() -> None:
    assert offscreen_environment("linux", {}) == {"QT_QPA_PLATFORM": "offscreen"}
    assert offscreen_environment("linux", {"QT_QPA_PLATFORM": "xcb"}) == {}


def test_this_run_has_the_fonts_of_one_folder_only(qapp: QGuiApplication) -> None:
    if conftest.FONT_FOLDER != DEJAVU:
        pytest.skip(f"fonts from {conftest.FONT_FOLDER}, not DejaVu's folder")
    # beside the generic names Qt gives fontconfig's aliases (with the system's fonts,
    # there are Nimbus, URW and others here)
    families = set(QFontDatabase.families()) - {"Monospace", "Sans Serif", "Serif"}
    assert families and all(family.startswith("DejaVu") for family in families), families
    assert QFontMetrics(qapp.font()).horizontalAdvance("Tandem") > 0
