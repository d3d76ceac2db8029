"""Two coordinators on the same person at once, at Tandem's window: her save over the other
one's change is refused with who changed what and what it reads now, what she typed stays,
and saving again replaces it."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.coordinators import elsewhere
from tests.qt_helpers import Boxes
from ui import main as tandem
from ui.main_window import MainWindow


def _person(url: str, name: str) -> tuple[int, str, str]:
    with psycopg.connect(url) as connection:
        found = connection.execute(
            "SELECT id, job, notes FROM person WHERE name = %s", (name,)
        ).fetchone()
    assert found is not None
    return found


def test_her_save_over_another_coordinators_change_is_refused_and_her_words_kept(
    qtbot: QtBot, tmp_path: Path, server_database: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    elsewhere(server_database, "needs.add_person('Marc', job='Baker')")
    window = tandem.launch(["tandem", "--data-dir", str(tmp_path), "--server", server_database])
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    window.show()
    window.stepper.go_to(1)
    page = window.page(1)
    people = page.people  # type: ignore[attr-defined]
    qtbot.mouseClick(
        people.viewport(),
        Qt.MouseButton.LeftButton,
        pos=people.visualItemRect(people.item(0)).center(),
    )
    form = page.form  # type: ignore[attr-defined]
    assert form.job.text() == "Baker"
    qtbot.mouseClick(form.notes.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.notes, "Wants to learn the newsletter")
    marc = _person(server_database, "Marc")[0]
    elsewhere(server_database, f"needs.update_person({marc}, 'Marc', job='Pastry chef')")
    qtbot.wait(1200)  # the other's change is heard, and waits while she types
    boxes = Boxes()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.exec(box))
    qtbot.keyClick(form.notes, Qt.Key.Key_Tab)  # she leaves the notes: the save is tried
    said = " ".join(label.text() for label in form.errors.values() if label.isVisible())
    said += " ".join(boxes.said)
    assert "changed this person after your screen showed it" in said
    assert "Job: “Pastry chef”" in said
    qtbot.wait(1200)  # no reload takes her words away
    assert form.notes.toPlainText() == "Wants to learn the newsletter"
    assert _person(server_database, "Marc")[1:] == ("Pastry chef", "")
    window.grab().save(str(tmp_path / "conflict.png"))
    # she has read it: she leaves the field again, and her version is saved
    qtbot.mouseClick(form.notes.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(form.notes, Qt.Key.Key_Tab)
    assert _person(server_database, "Marc")[1:] == ("Baker", "Wants to learn the newsletter")
    qtbot.waitUntil(lambda: not any(label.isVisible() for label in form.errors.values()))
    window.close()
