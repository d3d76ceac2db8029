"""The topic catalogue: Tandem's starting topics and those the shop adds."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
)

from app.steps import needs
from app.vocabulary import TOPIC_KIND_LABELS
from ui.forms import attempt, choice_combo, error_label, plain_tooltip
from ui.i18n import text


class TopicsBox(QGroupBox):
    """Signals:

    * ``changed()`` - a topic was added.
    """

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Topic catalogue"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Topics"))
        self.list.setMinimumHeight(140)
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.kind = choice_combo(TOPIC_KIND_LABELS)
        self.description = QLineEdit()
        self.add = QPushButton(self.tr("Add this topi&c"))
        self.errors = {"name": error_label(), None: error_label()}
        form = QFormLayout()
        name_label = QLabel(self.tr("New topic:"))
        name_label.setBuddy(self.name)
        form.addRow(name_label, self.name)
        form.addRow("", self.errors["name"])
        kind_label = QLabel(self.tr("Kind:"))
        kind_label.setBuddy(self.kind)
        form.addRow(kind_label, self.kind)
        description_label = QLabel(self.tr("In a few words:"))
        description_label.setBuddy(self.description)
        form.addRow(description_label, self.description)
        form.addRow("", self.add)
        form.addRow("", self.errors[None])
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(form)
        self.add.clicked.connect(self._add)
        self.name.returnPressed.connect(self._add)

    def reload(self) -> None:
        self.list.clear()
        for topic in needs.list_topics():
            self.list.addItem(f"{topic.name} ({text(TOPIC_KIND_LABELS[topic.kind])})")
            self.list.item(self.list.count() - 1).setToolTip(plain_tooltip(topic.description))

    def _add(self) -> None:
        added = attempt(
            self,
            lambda: needs.add_topic(
                self.name.text(), self.kind.currentData(), self.description.text()
            ),
            self.errors,
        )
        if added is not None:
            self.name.clear()
            self.description.clear()
            self.reload()
            self.changed.emit()
