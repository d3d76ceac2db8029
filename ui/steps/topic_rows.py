"""The shape shared by the lists of topics of one person or pair (needs, know-how,
objectives): a caption, one row per topic with its levels, an "add" row, and a place for
refusals. Every change in a row is saved at once."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.steps import needs
from ui.forms import ElidedLabel, FittedTable, error_label, plain_label, select_data
from ui.operations import changed
from ui.wheel_guard import guarded

#: A row as the core gives it: the record's id, its topic's name, the value of each choice.
Row = tuple[int, str, tuple[object, ...]]


class TopicRows(QWidget):
    """Rows of topics of one owner."""

    def __init__(self, name: str, headers: list[str], topic_name: str, add_text: str) -> None:
        super().__init__()
        self.owner_id: int | None = None
        #: The records and topics of the rows shown, in order.
        self._keys: list[tuple[int, str]] = []
        self.caption = plain_label()
        self.table = FittedTable([*headers, ""])
        self.table.setAccessibleName(name)
        self.topic = guarded(QComboBox())
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
        if isinstance(widget, QComboBox):
            narrow(widget)
        self.adder.addWidget(widget)

    def finish_adder(self) -> None:
        self.adder.addStretch()
        self.adder.addWidget(self.add)

    def show_rows(self, owner_id: int | None, rows: Sequence[Row]) -> None:
        """Show the owner's rows: (record id, topic name, the value of each choice). The
        same records keep their rows, which only show their values again: a level chosen
        with the keyboard keeps the focus in its box."""
        self.owner_id = owner_id
        self.errors.hide()
        chosen = self.topic.currentData()
        self.topic.clear()
        for known in needs.list_topics():
            self.topic.addItem(known.name, known.id)
        self.topic.setCurrentIndex(max(0, self.topic.findData(chosen)))
        keys = [(record_id, topic) for record_id, topic, _ in rows]
        if keys != self._keys:
            self._keys = keys
            self.table.setRowCount(0)
            for record_id, topic, _ in rows:
                self._make_row(record_id, topic)
        for row, (_, _, values) in enumerate(rows):
            for column, value in enumerate(values, 1):
                combo = self.table.cellWidget(row, column)
                assert isinstance(combo, QComboBox)
                combo.blockSignals(True)  # showing a value is not choosing it
                select_data(combo, value)
                combo.blockSignals(False)
        self.table.fit()

    def _make_row(self, record_id: int, topic: str) -> None:
        """A row: the topic, a box for each choice, a Remove button."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setCellWidget(row, 0, ElidedLabel(topic))
        combos: list[QComboBox] = []
        for column, (make, name) in enumerate(self.choices(), 1):
            combo = narrow(make())
            combo.setAccessibleName(name.format(topic=topic))
            combo.currentIndexChanged.connect(lambda _=0: self._chosen(record_id, combos))
            self.table.setCellWidget(row, column, combo)
            combos.append(combo)
        button = QPushButton(self.tr("Remove"))
        button.setAccessibleName(self.remove_name().format(topic=topic))
        button.clicked.connect(lambda: self.save(lambda: self.remove_record(record_id)))
        self.table.setCellWidget(row, len(combos) + 1, button)

    def _chosen(self, record_id: int, combos: list[QComboBox]) -> None:
        values = [combo.currentData() for combo in combos]
        self.save(lambda: self.save_choices(record_id, *values))

    # --- what each list says ---------------------------------------------------------------

    def choices(self) -> list[tuple[Callable[[], QComboBox], str]]:
        """The boxes of a row: how each is made, and its accessible name ({topic})."""
        raise NotImplementedError

    def remove_name(self) -> str:
        """The accessible name of a row's Remove button ({topic})."""
        raise NotImplementedError

    def save_choices(self, record_id: int, *values: Any) -> object:
        """Save a row's choices through the core."""
        raise NotImplementedError

    def remove_record(self, record_id: int) -> None:
        raise NotImplementedError

    def save(self, action: Callable[[], object]) -> None:
        """Run a change through the core; refused, it is explained under the rows."""
        changed(self, action, self.errors)

    def _add(self) -> None:
        if self.owner_id is not None:
            self.save(self.add_action(self.owner_id))

    def add_action(self, owner_id: int) -> Callable[[], object]:
        raise NotImplementedError


def narrow(combo: QComboBox) -> QComboBox:
    """Narrow in its row, whole in its list and its tooltip: the row's Remove stays in view."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(10)
    combo.setToolTip(combo.currentText())
    combo.currentTextChanged.connect(combo.setToolTip)
    return combo
