"""Typing and clicking as a person would, for the pytest-qt tests."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPlainTextEdit, QWidget


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
