"""Typing and clicking as a person would, for the pytest-qt tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)


def type_text(widget: QWidget, text: str, *, replace: bool = True) -> None:
    """Type ``text`` into a field, accents and emoji included, then leave the field.

    ``qtbot.keyClicks`` aborts on any non-ASCII character, so each character is sent as a
    key event of its own.
    """
    widget.setFocus()
    if replace and isinstance(widget, QLineEdit | QPlainTextEdit):
        widget.selectAll()
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget,
                QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, character),
            )
    finish(widget)


def finish(widget: QWidget) -> None:
    """Leave a field as Tab would: a line edit then reports its edit as finished."""
    if isinstance(widget, QLineEdit):
        widget.editingFinished.emit()
    else:
        widget.clearFocus()
        QApplication.sendEvent(widget, QEvent(QEvent.Type.FocusOut))


def choose(combo: QComboBox, label: str) -> None:
    """Pick the entry shown as ``label`` in a combo box, as a click in its list would."""
    index = combo.findText(label)
    assert index >= 0, f"{label!r} not among {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(index)


def when_modal(action: Callable[[QWidget], None]) -> None:
    """Run ``action`` on the next modal dialog, once it is up (the dialog blocks the test)."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, look)
            return
        action(dialog)

    QTimer.singleShot(0, look)


def when_popup(action: Callable[[QWidget], None]) -> None:
    """Run ``action`` on the next pop-up (a menu, a calendar), once it is up."""

    def look() -> None:
        popup = QApplication.activePopupWidget()
        if popup is None:
            QTimer.singleShot(20, look)
            return
        action(popup)

    QTimer.singleShot(0, look)


class Boxes:
    """Message boxes answered as the owner would: each shown text is kept in ``said``; a box
    whose text contains a key of ``answers`` gets that button clicked (by its label, without
    the "&"; an answer can be a function that acts, then gives the label), any other box its
    default button."""

    def __init__(self, answers: dict[str, str | Callable[[], str]] | None = None) -> None:
        self.answers = answers or {}
        self.said: list[str] = []

    #: More boxes than this in one test is a loop that would never end.
    LIMIT = 60

    def exec(self, box: QMessageBox) -> int:
        self.said.append(box.text())
        if len(self.said) > self.LIMIT:
            raise AssertionError(
                f"{len(self.said)} message boxes: {self.said[:4]} ... {self.said[-2:]}"
            )
        for key, answer in self.answers.items():
            if key in box.text():
                label = answer() if callable(answer) else answer
                for button in box.buttons():
                    if button.text().replace("&", "") == label:
                        button.click()
                        return int(box.standardButton(button))
                raise AssertionError(f"no button {label!r} in {box.text()!r}")
        default = box.defaultButton()
        if default is not None:
            default.click()
            return int(box.standardButton(default))
        return int(QMessageBox.StandardButton.Ok)

    def mentioning(self, words: str) -> list[str]:
        return [said for said in self.said if words in said]


def yes_to_every_question(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    """Message boxes answered: Yes to a question, the default button to the rest."""
    answered = Boxes({"?": "Yes"})
    monkeypatch.setattr(QMessageBox, "exec", lambda box: answered.exec(box))
    return answered


def add_person_at_window(window: QWidget) -> None:
    """Make a change as the owner would: "Add a person" in step 1 of Tandem's window."""
    window.stepper.go_to(1)  # type: ignore[attr-defined]
    window.page(1).add_person.click()  # type: ignore[attr-defined]


def close_losing_what_was_refused(window: QWidget, monkeypatch: pytest.MonkeyPatch) -> Boxes:
    """Close ``window`` while a refused value is still in its field: Tandem asks first, and
    is told to close (what it said is in the boxes returned)."""
    answered = Boxes({"Close Tandem anyway": "Yes"})
    monkeypatch.setattr(QMessageBox, "exec", lambda box: answered.exec(box))
    window.close()
    return answered
