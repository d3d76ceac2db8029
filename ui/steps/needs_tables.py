"""For one person: what they want to learn (needs) and what they can teach (know-how).
Each row is saved as soon as a level or priority changes."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.steps import needs
from app.vocabulary import PRIORITY_LABELS, Level
from ui.forms import (
    FittedTable,
    attempt,
    choice_combo,
    error_label,
    level_combo,
    plain_label,
    select_data,
    succeeded,
)


def _table(headers: list[str]) -> FittedTable:
    table = FittedTable(headers)
    return table


class NeedsEditor(QWidget):
    """Signals:

    * ``changed()`` - a need was added, changed or removed.
    """

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.person_id: int | None = None
        self.caption = plain_label()
        self.table = _table(
            [
                self.tr("Topic"),
                self.tr("Level now"),
                self.tr("Level to reach"),
                self.tr("Priority"),
                "",
            ]
        )
        self.topic = QComboBox()
        self.topic.setAccessibleName(self.tr("Topic to learn"))
        self.now = level_combo()
        self.now.setAccessibleName(self.tr("Level now"))
        self.target = level_combo()
        self.target.setAccessibleName(self.tr("Level to reach"))
        select_data(self.target, Level.ON_OWN)
        self.priority = choice_combo(PRIORITY_LABELS)
        self.priority.setAccessibleName(self.tr("Priority"))
        self.add = QPushButton(self.tr("Add this &need"))
        self.errors = error_label()
        adder = QHBoxLayout()
        for widget in (self.topic, self.now, self.target, self.priority, self.add):
            adder.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.table)
        layout.addLayout(adder)
        layout.addWidget(self.errors)
        self.add.clicked.connect(self._add)

    def set_name(self, name: str) -> None:
        self.caption.setText(self.tr("What {name} wants to learn").format(name=name))

    def show_person(self, person_id: int | None, name: str) -> None:
        self.person_id = person_id
        self.set_name(name)
        self.errors.hide()
        self.topic.clear()
        for topic in needs.list_topics():
            self.topic.addItem(topic.name, topic.id)
        self.table.setRowCount(0)
        if person_id is None:
            return
        for need in needs.list_needs(person_id):
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.table.setCellWidget(row, 0, plain_label(need.topic_name))
            now, target, priority = level_combo(), level_combo(), choice_combo(PRIORITY_LABELS)
            select_data(now, need.current_level)
            select_data(target, need.target_level)
            select_data(priority, need.priority)
            for column, combo in enumerate((now, target, priority), 1):
                combo.setAccessibleName(
                    self.table.horizontalHeaderItem(column).text() + " - " + need.topic_name
                )
                self.table.setCellWidget(row, column, combo)
                combo.currentIndexChanged.connect(
                    lambda _=0, n=need.id, a=now, b=target, c=priority: self._update(n, a, b, c)
                )
            remove = QPushButton(self.tr("Remove"))
            remove.setAccessibleName(
                self.tr("Remove the need {topic}").format(topic=need.topic_name)
            )
            remove.clicked.connect(lambda _=False, n=need.id: self._remove(n))
            self.table.setCellWidget(row, 4, remove)
        self.table.fit()

    def _add(self) -> None:
        if self.person_id is None:
            return
        person_id = self.person_id
        added = attempt(
            self,
            lambda: needs.add_need(
                person_id,
                self.topic.currentData(),
                self.now.currentData(),
                self.target.currentData(),
                self.priority.currentData(),
            ),
            self.errors,
        )
        if added is not None:
            self.changed.emit()

    def _update(self, need_id: int, now: QComboBox, target: QComboBox, priority: QComboBox) -> None:
        done = attempt(
            self,
            lambda: needs.update_need(
                need_id, now.currentData(), target.currentData(), priority.currentData()
            ),
            self.errors,
        )
        if done is not None:
            self.changed.emit()

    def _remove(self, need_id: int) -> None:
        if succeeded(self, lambda: needs.remove_need(need_id), self.errors):
            self.changed.emit()


class KnowHowEditor(QWidget):
    """Signals:

    * ``changed()`` - know-how was added, changed or removed.
    """

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.person_id: int | None = None
        self.caption = plain_label()
        self.table = _table([self.tr("Topic"), self.tr("Level"), ""])
        self.topic = QComboBox()
        self.topic.setAccessibleName(self.tr("Topic they can teach"))
        self.level = level_combo()
        self.level.setAccessibleName(self.tr("Level"))
        select_data(self.level, Level.CAN_TEACH)
        self.add = QPushButton(self.tr("Add this &know-how"))
        self.errors = error_label()
        adder = QHBoxLayout()
        for widget in (self.topic, self.level, self.add):
            adder.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.table)
        layout.addLayout(adder)
        layout.addWidget(self.errors)
        self.add.clicked.connect(self._add)

    def set_name(self, name: str) -> None:
        self.caption.setText(self.tr("What {name} can teach").format(name=name))

    def show_person(self, person_id: int | None, name: str) -> None:
        self.person_id = person_id
        self.set_name(name)
        self.errors.hide()
        self.topic.clear()
        for topic in needs.list_topics():
            self.topic.addItem(topic.name, topic.id)
        self.table.setRowCount(0)
        if person_id is None:
            return
        for skill in needs.list_know_how(person_id):
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.table.setCellWidget(row, 0, plain_label(skill.topic_name))
            level = level_combo()
            level.setAccessibleName(self.tr("Level - {topic}").format(topic=skill.topic_name))
            select_data(level, skill.level)
            level.currentIndexChanged.connect(lambda _=0, k=skill.id, c=level: self._update(k, c))
            self.table.setCellWidget(row, 1, level)
            remove = QPushButton(self.tr("Remove"))
            remove.setAccessibleName(
                self.tr("Remove the know-how {topic}").format(topic=skill.topic_name)
            )
            remove.clicked.connect(lambda _=False, k=skill.id: self._remove(k))
            self.table.setCellWidget(row, 2, remove)
        self.table.fit()

    def _add(self) -> None:
        if self.person_id is None:
            return
        person_id = self.person_id
        if attempt(
            self,
            lambda: needs.add_know_how(
                person_id, self.topic.currentData(), self.level.currentData()
            ),
            self.errors,
        ):
            self.changed.emit()

    def _update(self, know_how_id: int, level: QComboBox) -> None:
        if attempt(
            self, lambda: needs.update_know_how(know_how_id, level.currentData()), self.errors
        ):
            self.changed.emit()

    def _remove(self, know_how_id: int) -> None:
        if succeeded(self, lambda: needs.remove_know_how(know_how_id), self.errors):
            self.changed.emit()
