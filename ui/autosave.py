"""Forms that save themselves: a field is saved as soon as the person leaves it or makes a
choice - a multi-line text when the field is left or the window closed - never while the
form is being filled from the data, and never when nothing was changed."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ui import server_wait

#: How a person leaves a field (not a box or a menu that opens over it).
_LEFT = (
    Qt.FocusReason.TabFocusReason,
    Qt.FocusReason.BacktabFocusReason,
    Qt.FocusReason.MouseFocusReason,
    Qt.FocusReason.ShortcutFocusReason,
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
        #: Filled since :meth:`keeping_typed` began (the form shows the data anew).
        self._refilled = False
        #: The values of the save refused last, until she types or comes back into a field:
        #: leaving a field reports it twice (focus lost, edit finished), and the second
        #: report is no new try.
        self._refused: tuple[object, ...] | None = None
        #: A save was refused, and what she typed has been neither saved nor replaced since.
        self._held_back = False

    def watch(self, *fields: QWidget) -> None:
        for field in fields:
            if isinstance(field, QPlainTextEdit):
                field.setTabChangesFocus(True)
                field.installEventFilter(self)
            elif isinstance(field, QLineEdit):
                field.editingFinished.connect(self.save)
                field.installEventFilter(self)  # left again after a refusal: tried again
            elif isinstance(field, QComboBox):
                field.currentIndexChanged.connect(self.save)
            elif isinstance(field, QAbstractButton):
                field.toggled.connect(self.save)
            elif isinstance(field, QAbstractSpinBox):
                field.editingFinished.connect(self.save)
                field.installEventFilter(self)
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
            self._refilled = True
            self._held_back = False  # the form shows the data: nothing of hers is in it

    @contextmanager
    def keeping_typed(self) -> Iterator[None]:
        """Let the form be filled anew from the data (another coordinator's version of it),
        then put back in their fields the values she typed and could not save: the fields
        she did not touch show the other version, and are saved as it is."""
        typed = {
            index: value
            for index, (value, shown) in enumerate(zip(self._values(), self._saved, strict=True))
            if value != shown
        }
        held_back, self._refilled = self._held_back, False
        yield
        if not self._refilled:
            return  # not filled meanwhile: the fields still hold what she typed
        self._filling = True
        try:
            for index, value in typed.items():
                _put(self._fields[index], value)
        finally:
            self._filling = False
            self._held_back = held_back or bool(typed)

    def save(self) -> None:
        if self._filling or not self.unsaved():
            return
        if server_wait.waiting():  # left while another change waits for the server (she
            server_wait.when_free(self, self.save)  # went to another window): saved after it
            return
        if self._values() == self._refused:
            return  # refused as it is, and nothing done since
        values = self._values()
        if self._save() is not None:
            self._saved, self._refused, self._held_back = values, None, False
        else:  # as the form is now (a refusal may have filled it anew)
            self._refused, self._held_back = self._values(), True

    def held_back(self) -> bool:
        """What she typed was refused and is still in the form, unsaved."""
        return self._held_back and self.unsaved()

    def unsaved(self) -> bool:
        """Whether a field holds a value not shown from the data nor saved since."""
        return self._values() != self._saved

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched in self._fields:
            if event.type() in (QEvent.Type.FocusIn, QEvent.Type.KeyPress):
                self._refused = None
            elif event.type() == QEvent.Type.FocusOut and (
                isinstance(watched, QPlainTextEdit) or event.reason() in _LEFT  # type: ignore[attr-defined]
            ):
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


def _put(field: QWidget, value: object) -> None:
    if isinstance(field, QPlainTextEdit | QLineEdit):
        show_text(field, str(value))
    elif isinstance(field, QComboBox):
        field.setCurrentIndex(int(str(value)))
    elif isinstance(field, QAbstractButton):
        field.setChecked(bool(value))
    elif isinstance(field, QAbstractSpinBox):
        line = field.findChild(QLineEdit)
        if line is not None:
            line.setText(str(value))


def show_text(editor: QPlainTextEdit | QLineEdit, value: str) -> None:
    """Show ``value``, leaving the field untouched (cursor, undo) when it already shows it."""
    if isinstance(editor, QPlainTextEdit):
        if editor.toPlainText() != value:
            editor.setPlainText(value)
    elif editor.text() != value:
        editor.setText(value)
        if not editor.hasFocus():
            editor.home(False)  # a text longer than its field shows its start, not its end
