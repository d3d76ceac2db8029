"""One signal that tells every screen the data changed, so that each reloads what it shows."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class DataBus(QObject):
    """Signals:

    * ``changed`` - something was saved; screens showing other parts reload when shown.
    """

    changed = Signal()
