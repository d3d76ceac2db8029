"""Two coordinators on the same person at once, at Tandem's window: her save over the other
one's change is refused with who changed what and what it reads now; the form then shows
the other version with what she typed kept in its fields, and saving again keeps both."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.coordinators import elsewhere
from tests.postgres import Server
from tests.qt_helpers import Boxes
from ui import main as tandem
from ui.main_window import MainWindow


def _person(url: str, name: str) -> tuple[int, str, str]:
    with psycopg.connect(url) as connection:
        found = connection.execute(
            "SELECT id, job, notes FROM shop_1.person WHERE name = %s", (name,)
        ).fetchone()
    assert found is not None
    return found


def _marc_at_window(qtbot: QtBot, folder: Path, url: str) -> tuple[MainWindow, QWidget]:
    """Tandem on the network's data, Marc (a baker, added by another coordinator) clicked
    in the team of step 1: the window and his form."""
    elsewhere(url, "needs.add_person('Marc', job='Baker')")
    window = tandem.launch(["tandem", "--data-dir", str(folder), "--server", url])
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
    form: QWidget = page.form  # type: ignore[attr-defined]
    assert form.job.text() == "Baker"  # type: ignore[attr-defined]
    return window, form


def test_her_save_over_another_coordinators_change_is_refused_then_both_are_kept(
    qtbot: QtBot, tmp_path: Path, server_database: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, form = _marc_at_window(qtbot, tmp_path, server_database)
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
    assert form.job.text() == "Pastry chef"  # their version, in the field she did not touch
    assert _person(server_database, "Marc")[1:] == ("Pastry chef", "")
    window.grab().save(str(tmp_path / "conflict.png"))
    # she has read it: she leaves the field again, and her words join their change
    qtbot.mouseClick(form.notes.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(form.notes, Qt.Key.Key_Tab)
    assert _person(server_database, "Marc")[1:] == ("Pastry chef", "Wants to learn the newsletter")
    qtbot.waitUntil(lambda: not any(label.isVisible() for label in form.errors.values()))
    window.close()


def test_a_field_she_did_not_touch_never_writes_back_the_old_version(
    qtbot: QtBot, tmp_path: Path, server_database: str
) -> None:
    """She changes the job while another coordinator writes notes: after the refusal, only
    her job is saved - the notes she only passed through keep the other's words."""
    window, form = _marc_at_window(qtbot, tmp_path, server_database)
    job = form.job  # type: ignore[attr-defined]
    qtbot.mouseClick(job, Qt.MouseButton.LeftButton)
    job.selectAll()
    qtbot.keyClicks(job, "Head baker")
    marc = _person(server_database, "Marc")[0]
    elsewhere(
        server_database, f"needs.update_person({marc}, 'Marc', job='Baker', notes='Early riser')"
    )
    qtbot.wait(800)
    qtbot.keyClick(job, Qt.Key.Key_Tab)  # refused: the notes changed meanwhile
    assert _person(server_database, "Marc")[1:] == ("Baker", "Early riser")
    assert job.text() == "Head baker"
    assert form.notes.toPlainText() == "Early riser"  # type: ignore[attr-defined]
    notes = form.notes  # type: ignore[attr-defined]
    qtbot.mouseClick(notes.viewport(), Qt.MouseButton.LeftButton)  # in, and out, typing nothing
    qtbot.keyClick(notes, Qt.Key.Key_Tab)
    assert _person(server_database, "Marc")[1:] == ("Head baker", "Early riser")
    window.close()


def test_a_cursor_resting_in_a_field_lets_the_others_news_in(
    qtbot: QtBot, tmp_path: Path, server_database: str
) -> None:
    window, form = _marc_at_window(qtbot, tmp_path, server_database)
    job = form.job  # type: ignore[attr-defined]
    qtbot.mouseClick(job, Qt.MouseButton.LeftButton)  # she is in the field, and types nothing
    marc = _person(server_database, "Marc")[0]
    elsewhere(server_database, f"needs.update_person({marc}, 'Marc', job='Pastry chef')")
    qtbot.waitUntil(lambda: job.text() == "Pastry chef", timeout=2000)
    window.close()


def test_a_save_lost_with_the_connection_is_tried_again_when_she_leaves_again(
    qtbot: QtBot,
    tmp_path: Path,
    postgres_server: Server,
    server_database: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    boxes = Boxes()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.exec(box))
    window, form = _marc_at_window(qtbot, tmp_path, server_database)
    qtbot.wait(100)  # what a start does once its window is shown is done
    job = form.job  # type: ignore[attr-defined]
    qtbot.mouseClick(job, Qt.MouseButton.LeftButton)
    job.selectAll()
    qtbot.keyClicks(job, "Head baker")
    with postgres_server.away():  # the server is switched off under her save
        qtbot.keyClick(job, Qt.Key.Key_Tab)
    assert boxes.mentioning("connection to the network's server was lost")
    assert _person(server_database, "Marc")[1] == "Baker" and job.text() == "Head baker"
    qtbot.mouseClick(job, Qt.MouseButton.LeftButton)  # back in the field, and out again
    qtbot.keyClick(job, Qt.Key.Key_Tab)
    assert _person(server_database, "Marc")[1] == "Head baker"
    window.close()


def test_closing_with_words_that_could_not_be_saved_asks_first(
    qtbot: QtBot, tmp_path: Path, server_database: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, form = _marc_at_window(qtbot, tmp_path, server_database)
    notes = form.notes  # type: ignore[attr-defined]
    qtbot.mouseClick(notes.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(notes, "Speaks English")
    marc = _person(server_database, "Marc")[0]
    elsewhere(server_database, f"needs.update_person({marc}, 'Marc', job='Pastry chef')")
    qtbot.wait(800)
    qtbot.keyClick(notes, Qt.Key.Key_Tab)  # refused: her words wait in the form
    boxes = Boxes({"Close Tandem anyway": "No"})
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.exec(box))
    window.close()
    assert boxes.mentioning("could not be saved") and window.isVisible()
    assert notes.toPlainText() == "Speaks English"
    boxes.answers = {"Close Tandem anyway": "Yes"}
    window.close()
    assert not window.isVisible()
