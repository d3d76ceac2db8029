"""The programme selector, renewing, the window remembered, and text shown literally."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.errors import invalid
from app.i18n import QT_TRANSLATE_NOOP
from app.programmes import list_programmes
from app.steps import pairs
from app.vocabulary import ProgrammeState
from tests.windows import open_window
from ui.forms import plain_tooltip
from ui.main_window import MainWindow
from ui.operations import attempt
from ui.steps.review_page import ReviewPage


def _open(qtbot: QtBot, folder: Path, demo: bool = False) -> MainWindow:
    return open_window(qtbot, folder, demo=demo)


class Answers(list[str]):
    """The names typed into Tandem's "name" dialogs, in order (a dialog asked once they are
    all typed is cancelled), and what each dialog offered in its field."""

    def __init__(self) -> None:
        super().__init__()
        self.offered: list[str] = []

    def get_text(self, *args: object, text: str = "", **kwargs: object) -> tuple[str, bool]:
        self.offered.append(text)
        return (self.pop(0), True) if self else ("", False)


@pytest.fixture
def answer(monkeypatch: pytest.MonkeyPatch) -> Iterator[Answers]:
    names = Answers()
    monkeypatch.setattr(QInputDialog, "getText", names.get_text)
    yield names


def test_programmes_are_created_renamed_and_switched(
    qtbot: QtBot, tmp_path: Path, answer: Answers
) -> None:
    window = _open(qtbot, tmp_path)
    assert window.programme.count() == 0
    answer.extend(["Printemps", "Automne", "Printemps 2027"])
    window.new_programme.click()
    window.new_programme.click()
    assert [window.programme.itemText(i) for i in range(2)] == ["Automne", "Printemps"]
    assert window.programme.currentText() == "Automne" and window.stack.currentIndex() == 1
    window.programme.setCurrentIndex(1)
    window.programme.activated.emit(1)
    window.rename_programme.click()
    assert window.programme.currentText() == "Printemps 2027"
    assert sorted(p.name for p in list_programmes()) == ["Automne", "Printemps 2027"]
    assert window.settings.programme_id == window.current_programme()


def test_a_name_already_taken_is_refused_in_plain_words(
    qtbot: QtBot, tmp_path: Path, answer: Answers, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[Qt.TextFormat, str]] = []
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: shown.append((box.textFormat(), box.text()))
    )
    window = _open(qtbot, tmp_path)
    answer.extend(["<b>Été</b>", "<b>été</b>"])
    window.new_programme.click()
    window.new_programme.click()
    assert shown == [(Qt.TextFormat.PlainText, "A programme is already called <b>été</b>.")]
    assert answer.offered == ["", "", "<b>été</b>"]  # the refused name, offered again
    assert window.programme.count() == 1


def test_renewing_from_the_review_opens_the_next_programme(
    qtbot: QtBot, tmp_path: Path, answer: Answers
) -> None:
    window = _open(qtbot, tmp_path, demo=True)
    old = window.current_programme()
    assert old is not None
    window.stepper.go_to(5)
    page = window.pages[5]
    assert isinstance(page, ReviewPage)
    answer.append("Deuxième saison")
    page.renew.click()
    assert window.programme.currentText() == "Deuxième saison"
    assert window.programme.itemText(1) == "Going online (closed)"
    assert window.stack.currentIndex() == 0
    new = window.current_programme()
    assert new is not None
    # Karim and Sophie swapped their roles at the review: she teaches him now.
    assert [(p.mentor_name, p.mentee_name) for p in pairs.list_pairs(new)] == [("Sophie", "Karim")]
    assert next(p for p in list_programmes() if p.id == old).state is ProgrammeState.CLOSED


def test_the_window_reopens_where_and_as_it_was(
    qtbot: QtBot, tmp_path: Path, answer: Answers
) -> None:
    window = _open(qtbot, tmp_path)
    answer.append("Printemps")
    window.new_programme.click()
    window.resize(700, 500)  # the offscreen screen is 800 x 600
    window.stepper.go_to(3)
    window.close()
    again = _open(qtbot, tmp_path)
    assert (again.width(), again.height()) == (700, 500)
    assert again.stack.currentIndex() == 3
    again.stepper.go_to(0)
    again.close()
    assert _open(qtbot, tmp_path).stack.currentIndex() == 0


def test_refusals_and_tooltips_show_names_literally(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[Qt.TextFormat, str]] = []
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: shown.append((box.textFormat(), box.text()))
    )
    parent = QWidget()
    qtbot.addWidget(parent)

    def refuse() -> None:
        raise invalid(
            None,
            QT_TRANSLATE_NOOP("validation", "{name} has left the shop and cannot join a pair."),
            name="<b>Zoé</b>",
        )

    assert attempt(parent, refuse) is None
    assert shown == [
        (Qt.TextFormat.PlainText, "<b>Zoé</b> has left the shop and cannot join a pair.")
    ]
    assert (
        plain_tooltip("<b>busy</b>")
        == "<p style='white-space:pre-wrap'>&lt;b&gt;busy&lt;/b&gt;</p>"
    )
