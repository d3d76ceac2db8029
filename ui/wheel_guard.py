"""The mouse wheel scrolls the page. Qt's choice boxes and number fields take a turn of the
wheel as a new value whenever the pointer passes over them, and Tandem saves a choice at
once: scrolling down the person form changed her age band and saved it. Here a box or a
field takes the wheel only while it is being edited (it has the keyboard focus); otherwise
the turn goes on to the page, which scrolls."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox

_installed: set[int] = set()


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Wheel
            and isinstance(watched, QComboBox | QAbstractSpinBox)
            and not watched.hasFocus()
        ):
            event.ignore()  # not for this box: Qt hands the turn to the page behind it
            return True
        return False


def guard_wheel(app: QApplication) -> None:
    """Install the guard on the application, once."""
    if id(app) not in _installed:
        _installed.add(id(app))
        app.installEventFilter(WheelGuard(app))
