"""Forms that save themselves: a field is saved as soon as the person leaves it or makes a
choice - a multi-line text when the field is left or the window closed - never while the
form is being filled from the data, and never when nothing was changed."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)


class SaveOnLeave(QObject):
    """Calls ``save`` when one of the watched fields is left or changed by a choice, if a
    value differs from what was last shown or saved.

    ``save`` returns None when nothing was saved (a value was refused): the fields then
    count as unsaved, and are tried again when one is next left.
    """

    def __init__(self, form: QWidget, save: Callable[[], object]) -> None:
        super().__init__(form)
        self._save = save
        self._filling = False
        self._fields: list[QWidget] = []
        self._saved: tuple[object, ...] = ()

    def watch(self, *fields: QWidget) -> None:
        for field in fields:
            if isinstance(field, QPlainTextEdit):
                field.setTabChangesFocus(True)
                field.installEventFilter(self)
            elif isinstance(field, QLineEdit):
                field.editingFinished.connect(self.save)
            elif isinstance(field, QComboBox):
                field.currentIndexChanged.connect(self.save)
            elif isinstance(field, QAbstractButton):
                field.toggled.connect(self.save)
            elif isinstance(field, QAbstractSpinBox):
                field.editingFinished.connect(self.save)
            else:
                raise TypeError(f"no way to save a {type(field).__name__} on leaving it")
            self._fields.append(field)
        self._saved = self._values()

    @contextmanager
    def filling(self) -> Iterator[None]:
        """Show values in the fields without saving them."""
        self._filling = True
        try:
            yield
        finally:
            self._saved = self._values()
            self._filling = False

    def save(self) -> None:
        if self._filling or not self.unsaved():
            return
        values = self._values()
        if self._save() is not None:
            self._saved = values

    def unsaved(self) -> bool:
        """Whether a field holds a value not shown from the data nor saved since."""
        return self._values() != self._saved

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and watched in self._fields:
            self.save()
        return super().eventFilter(watched, event)

    def _values(self) -> tuple[object, ...]:
        return tuple(_value(field) for field in self._fields)


def _value(field: QWidget) -> object:
    if isinstance(field, QPlainTextEdit):
        return field.toPlainText()
    if isinstance(field, QLineEdit):
        return field.text()
    if isinstance(field, QComboBox):
        return field.currentIndex()
    if isinstance(field, QAbstractButton):
        return field.isChecked()
    if isinstance(field, QAbstractSpinBox):
        return field.text()
    raise TypeError(type(field).__name__)


def show_text(editor: QPlainTextEdit | QLineEdit, value: str) -> None:
    """Show ``value``, leaving the field untouched (cursor, undo) when it already shows it."""
    if isinstance(editor, QPlainTextEdit):
        if editor.toPlainText() != value:
            editor.setPlainText(value)
    elif editor.text() != value:
        editor.setText(value)
