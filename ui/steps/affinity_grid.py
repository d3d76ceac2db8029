"""The affinities grid: how each two people of the team get along, as the owner sees it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QTableWidget, QTableWidgetItem

from app.steps import needs
from app.vocabulary import AFFINITY_LABELS, Affinity
from ui.forms import attempt, choice_combo, select_data


class AffinityGrid(QTableWidget):
    """Signals:

    * ``changed()`` - an affinity was recorded.
    """

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(self.tr("Affinities"))
        self.setMinimumHeight(200)

    def reload(self) -> None:
        people = needs.list_people()
        known = needs.affinity_map()
        self.clear()
        self.setRowCount(len(people))
        self.setColumnCount(len(people))
        names = [person.name for person in people]
        self.setHorizontalHeaderLabels(names)
        self.setVerticalHeaderLabels(names)
        for row, first in enumerate(people):
            for column, second in enumerate(people):
                if column <= row:
                    blank = QTableWidgetItem("")
                    blank.setFlags(Qt.ItemFlag.NoItemFlags)
                    self.setItem(row, column, blank)
                    continue
                combo = choice_combo(AFFINITY_LABELS)
                combo.setAccessibleName(
                    self.tr("{first} and {second}").format(first=first.name, second=second.name)
                )
                pair_key = (min(first.id, second.id), max(first.id, second.id))
                select_data(combo, known.get(pair_key, Affinity.NEUTRAL))
                combo.currentIndexChanged.connect(
                    lambda _=0, a=first.id, b=second.id, c=combo: self._save(a, b, c)
                )
                self.setCellWidget(row, column, combo)
        self.resizeColumnsToContents()

    def _save(self, first: int, second: int, combo: QComboBox) -> None:
        if (
            attempt(self, lambda: needs.set_affinity(first, second, combo.currentData()))
            is not None
        ):
            self.changed.emit()
