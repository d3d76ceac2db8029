"""The topic catalogue: Tandem's starting topics and those the shop adds, to add, correct
or remove (a topic in use stays)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from app.steps import needs
from app.steps.needs import TopicInfo
from app.vocabulary import TOPIC_KIND_LABELS
from ui.forms import choice_combo, confirm, error_label, plain_tooltip, select_data
from ui.i18n import text
from ui.operations import change, changed


class TopicsBox(QGroupBox):
    """The catalogue: choose a topic to correct or remove it, or type a new one."""

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
        self.save_topic = QPushButton(self.tr("Save the changes"))
        self.remove_topic = QPushButton(self.tr("Remove the topic"))
        self.errors = {"name": error_label(), None: error_label()}
        self._topics: dict[int, TopicInfo] = {}
        form = QFormLayout()
        for caption, field in (
            (self.tr("Topic:"), self.name),
            (self.tr("Kind:"), self.kind),
            (self.tr("In a few words:"), self.description),
        ):
            label = QLabel(caption)
            label.setBuddy(field)
            form.addRow(label, field)
            if field is self.name:
                form.addRow("", self.errors["name"])
        buttons = QHBoxLayout()
        for button in (self.add, self.save_topic, self.remove_topic):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.errors[None])
        self.list.currentItemChanged.connect(lambda *_: self._show_chosen())
        self.add.clicked.connect(self._add)
        self.name.returnPressed.connect(self._add)
        self.save_topic.clicked.connect(self._update)
        self.remove_topic.clicked.connect(self._remove)
        self._show_chosen()

    def reload(self) -> None:
        chosen = self.chosen()
        self.list.blockSignals(True)
        self.list.clear()
        self._topics = {}
        for topic in needs.list_topics():
            self._topics[topic.id] = topic
            item = QListWidgetItem(f"{topic.name} ({text(TOPIC_KIND_LABELS[topic.kind])})")
            item.setData(Qt.ItemDataRole.UserRole, topic.id)
            item.setToolTip(plain_tooltip(topic.description))
            self.list.addItem(item)
            if topic.id == chosen:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._show_chosen()

    def chosen(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _show_chosen(self) -> None:
        """The chosen topic in the fields, to correct; none chosen, the fields are for a new one."""
        topic = self._topics.get(self.chosen() or -1)
        self.save_topic.setEnabled(topic is not None)
        self.remove_topic.setEnabled(topic is not None)
        for label in self.errors.values():
            label.hide()
        if topic is not None:
            self.name.setText(topic.name)
            select_data(self.kind, topic.kind)
            self.description.setText(topic.description)

    def _add(self) -> None:
        added = change(
            self,
            lambda: needs.add_topic(
                self.name.text(), self.kind.currentData(), self.description.text()
            ),
            self.errors,
        )
        if added is not None:
            self._choose(added.id)

    def _update(self) -> None:
        topic_id = self.chosen()
        if topic_id is not None:
            change(
                self,
                lambda: needs.update_topic(
                    topic_id, self.name.text(), self.kind.currentData(), self.description.text()
                ),
                self.errors,
            )

    def _remove(self) -> None:
        topic_id = self.chosen()
        if topic_id is None:
            return
        question = self.tr("Remove {topic} from the catalogue?").format(
            topic=self._topics[topic_id].name
        )
        # a topic in use is refused at once, with why: no question first
        if (needs.topic_in_use(topic_id) or confirm(self, question)) and changed(
            self, lambda: needs.remove_topic(topic_id), self.errors
        ):
            self.list.setCurrentRow(-1)
            self.name.clear()
            self.description.clear()
            self.list.setFocus()  # the button gone grey, the focus stays in the catalogue

    def _choose(self, topic_id: int) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == topic_id:
                self.list.setCurrentRow(row)
