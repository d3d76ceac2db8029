"""The ``tandem`` command through the real widgets: data opened, window shown, errors said."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.storage.database import close_database
from ui import main as tandem
from ui.main_window import MainWindow


def _run_and_grab(argv: list[str]) -> tuple[int, list[str]]:
    """Start Tandem, read what the first window shows, then close it."""
    seen: list[str] = []

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                seen.append(widget.windowTitle())
                seen.append(widget.file_label.text())
                seen.extend(
                    widget.programmes.item(i).text() for i in range(widget.programmes.count())
                )
                widget.close()

    QTimer.singleShot(200, look)
    return tandem.main(["tandem", *argv]), seen


def test_tandem_starts_on_a_new_data_folder(qapp: QApplication, tmp_path: Path) -> None:
    folder = tmp_path / "usb key" / "Tandem"
    code, seen = _run_and_grab(["--data-dir", str(folder)])
    assert code == 0
    assert (folder / "tandem.sqlite").exists()
    assert (folder / "logs" / "tandem.log").exists()
    assert seen[0] == "Tandem - My shop"
    assert str(folder / "tandem.sqlite") in seen[1]
    assert seen[2] == "No programme yet."


def test_tandem_opens_the_demo_apart_from_the_real_data(qapp: QApplication, tmp_path: Path) -> None:
    code, seen = _run_and_grab(["--data-dir", str(tmp_path), "--demo"])
    assert code == 0
    assert seen[0] == "Tandem - Chocolaterie Marie"
    assert "demo" in seen[1] and "not touched" in seen[1]
    assert seen[2].startswith("Going online - step 5 of 5: Pairs still to review: 5")
    assert (tmp_path / "demo-chocolaterie.sqlite").exists()
    assert not (tmp_path / "tandem.sqlite").exists()


def test_a_file_tandem_cannot_use_is_explained_not_crashed_on(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "tandem.sqlite").write_text("a letter, not a database")
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: said.append(text))
    assert tandem.main(["tandem", "--data-dir", str(tmp_path)]) == 1
    assert said == ["tandem.sqlite is not a Tandem file. Tandem left it as it is."]
    assert (tmp_path / "tandem.sqlite").read_text() == "a letter, not a database"


def test_the_window_shows_names_as_typed(qtbot: QtBot, tmp_path: Path) -> None:
    from app.programmes import create_programme
    from app.shop import set_shop_name
    from app.storage.database import open_database

    open_database(tmp_path / "tandem.sqlite")
    try:
        set_shop_name("<b>Chez</b> <i>Zoé</i> 😀")
        create_programme("<img src=x> Été")
        window = MainWindow(tmp_path / "tandem.sqlite", demo=False)
        qtbot.addWidget(window)
        assert window.windowTitle() == "Tandem - <b>Chez</b> <i>Zoé</i> 😀"
        assert window.programmes.item(0).text().startswith("<img src=x> Été - step 1 of 5")
    finally:
        close_database()


def test_tandem_speaks_french_under_a_french_system(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tandem, "system_language", lambda: "fr")
    code, seen = _run_and_grab(["--data-dir", str(tmp_path), "--demo"])
    assert code == 0
    assert (
        seen[1]
        == "Vous explorez la démonstration de Chocolaterie Marie. Vos propres données ne sont pas touchées."
    )
    assert seen[2] == "Passer au numérique - étape 5 sur 5 : Binômes encore sans bilan : 5"
