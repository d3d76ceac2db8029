"""The shape shared by the lists of topics of one person or pair (needs, know-how,
objectives): a caption, one row per topic with its levels, an "add" row, and a place for
refusals. Every change in a row is saved at once."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.steps import needs
from ui.forms import FittedTable, error_label, plain_label, succeeded


class TopicRows(QWidget):
    """Signals:

    * ``changed()`` - a row was added, changed or removed.
    """

    changed = Signal()

    def __init__(self, name: str, headers: list[str], topic_name: str, add_text: str) -> None:
        super().__init__()
        self.owner_id: int | None = None
        self.caption = plain_label()
        self.table = FittedTable([*headers, ""])
        self.table.setAccessibleName(name)
        self.topic = QComboBox()
        self.topic.setAccessibleName(topic_name)
        self.add = QPushButton(add_text)
        self.errors = error_label()
        # The new row: the topic on a line of its own (names can be long), then its levels.
        self.adder = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.table)
        layout.addWidget(self.topic)
        layout.addLayout(self.adder)
        layout.addWidget(self.errors)
        self.add.clicked.connect(self._add)

    def add_field(self, widget: QWidget) -> None:
        """A widget of the "add" row, between the topic and the button."""
        self.adder.addWidget(widget)

    def finish_adder(self) -> None:
        self.adder.addStretch()
        self.adder.addWidget(self.add)

    def start(self, owner_id: int | None) -> bool:
        """Empty the rows and refill the topics; True when there is an owner to list."""
        self.owner_id = owner_id
        self.errors.hide()
        self.topic.clear()
        for topic in needs.list_topics():
            self.topic.addItem(topic.name, topic.id)
        self.table.setRowCount(0)
        return owner_id is not None

    def add_row(
        self,
        topic_name: str,
        cells: list[tuple[QWidget, str]],
        remove_name: str,
        remove: Callable[[], object],
    ) -> None:
        """A row: the topic, its widgets (each with its accessible name), a Remove button."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setCellWidget(row, 0, plain_label(topic_name))
        for column, (widget, name) in enumerate(cells, 1):
            widget.setAccessibleName(name)
            self.table.setCellWidget(row, column, widget)
        button = QPushButton(self.tr("Remove"))
        button.setAccessibleName(remove_name)
        button.clicked.connect(lambda: self.save(remove))
        self.table.setCellWidget(row, len(cells) + 1, button)

    def save(self, action: Callable[[], object]) -> None:
        """Run a change through the core; refused, it is explained under the rows."""
        if succeeded(self, action, self.errors):
            self.changed.emit()

    def _add(self) -> None:
        if self.owner_id is not None:
            self.save(self.add_action(self.owner_id))

    def add_action(self, owner_id: int) -> Callable[[], object]:
        raise NotImplementedError


def on_change(combos: list[QComboBox], save: Callable[[], None]) -> None:
    for combo in combos:
        combo.currentIndexChanged.connect(lambda _=0: save())
