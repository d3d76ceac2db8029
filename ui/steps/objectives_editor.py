"""The objectives of one pair: the topics it works on, from which level to which."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.steps import needs, pairs
from ui.forms import (
    FittedTable,
    attempt,
    error_label,
    level_combo,
    plain_label,
    select_data,
    succeeded,
)


class ObjectivesEditor(QWidget):
    """Signals:

    * ``changed()`` - an objective was added, changed or removed.
    """

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.pair_id: int | None = None
        self.caption = plain_label()
        self.table = FittedTable(
            [self.tr("Topic"), self.tr("Level before"), self.tr("Level to reach"), ""]
        )
        self.topic = QComboBox()
        self.topic.setAccessibleName(self.tr("Topic of the objective"))
        self.add = QPushButton(self.tr("Add this &objective"))
        self.errors = error_label()
        adder = QHBoxLayout()
        adder.addWidget(self.topic, 1)
        adder.addWidget(self.add)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.table)
        layout.addLayout(adder)
        layout.addWidget(self.errors)
        self.add.clicked.connect(self._add)

    def show_pair(self, pair_id: int | None, label: str = "") -> None:
        self.pair_id = pair_id
        self.setEnabled(pair_id is not None)
        self.caption.setText(
            self.tr("Objectives of {pair}").format(pair=label)
            if pair_id
            else self.tr("Choose a pair to see its objectives.")
        )
        self.errors.hide()
        self.topic.clear()
        for topic in needs.list_topics():
            self.topic.addItem(topic.name, topic.id)
        self.table.setRowCount(0)
        if pair_id is None:
            return
        for objective in pairs.list_objectives(pair_id):
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.table.setCellWidget(row, 0, plain_label(objective.topic_name))
            before, target = level_combo(), level_combo()
            select_data(before, objective.level_before)
            select_data(target, objective.target_level)
            before.setAccessibleName(
                self.tr("Level before - {topic}").format(topic=objective.topic_name)
            )
            target.setAccessibleName(
                self.tr("Level to reach - {topic}").format(topic=objective.topic_name)
            )
            for column, combo in ((1, before), (2, target)):
                combo.currentIndexChanged.connect(
                    lambda _=0, o=objective.id, a=before, b=target: self._update(o, a, b)
                )
                self.table.setCellWidget(row, column, combo)
            remove = QPushButton(self.tr("Remove"))
            remove.setAccessibleName(
                self.tr("Remove the objective {topic}").format(topic=objective.topic_name)
            )
            remove.clicked.connect(lambda _=False, o=objective.id: self._remove(o))
            self.table.setCellWidget(row, 3, remove)
        self.table.fit()

    def _add(self) -> None:
        if self.pair_id is None:
            return
        pair_id = self.pair_id
        if attempt(
            self, lambda: pairs.add_objective(pair_id, self.topic.currentData()), self.errors
        ):
            self.changed.emit()

    def _update(self, objective_id: int, before: QComboBox, target: QComboBox) -> None:
        if attempt(
            self,
            lambda: pairs.update_objective(
                objective_id, before.currentData(), target.currentData()
            ),
            self.errors,
        ):
            self.changed.emit()

    def _remove(self, objective_id: int) -> None:
        if succeeded(self, lambda: pairs.remove_objective(objective_id), self.errors):
            self.changed.emit()
