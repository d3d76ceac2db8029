"""The mouse wheel scrolls the page. Qt's choice boxes and number fields take a turn of the
wheel as a new value whenever the pointer passes over them, and Tandem saves a choice at
once: scrolling down the person form changed her age band and saved it. A guarded box or
field takes the wheel only while it is being edited (it has the keyboard focus); otherwise
the turn goes on to the page, which scrolls.

The guard is put on each box as it is made (``guarded``), not on the whole application:
a filter of every event of the application, in Python, cost a tenth of a second to show
the rules step of 500 pairs."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget

W = TypeVar("W", bound=QWidget)


class _WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Wheel
            and isinstance(watched, QWidget)
            and not watched.hasFocus()
        ):
            event.ignore()  # not for this box: Qt hands the turn to the page behind it
            return True
        return False


_guard: _WheelGuard | None = None


def guarded(widget: W) -> W:
    """``widget`` (a choice box or a number, date or time field), taking the wheel only
    while it has the focus; a click gives it the focus, a turn of the wheel does not."""
    global _guard
    if _guard is None:
        _guard = _WheelGuard()
    assert isinstance(widget, QComboBox | QAbstractSpinBox)
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    widget.installEventFilter(_guard)
    return widget
