"""The objectives of one pair: the topics it works on, from which level to which."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox

from app.steps import pairs
from ui.forms import level_combo
from ui.steps.topic_rows import TopicRows


class ObjectivesEditor(TopicRows):
    def __init__(self) -> None:
        super().__init__(
            self.tr("Objectives"),
            [self.tr("Topic"), self.tr("Level before"), self.tr("Level to reach")],
            self.tr("Topic of the objective"),
            self.tr("Add this &objective"),
        )
        self.finish_adder()

    @property
    def pair_id(self) -> int | None:
        return self.owner_id

    def show_pair(self, pair_id: int | None, label: str = "") -> None:
        self.setEnabled(pair_id is not None)
        self.caption.setText(
            self.tr("Objectives of {pair}").format(pair=label)
            if pair_id
            else self.tr("Choose a pair to see its objectives.")
        )
        listed = pairs.list_objectives(pair_id) if pair_id is not None else []
        self.show_rows(
            pair_id, [(o.id, o.topic_name, (o.level_before, o.target_level)) for o in listed]
        )

    def choices(self) -> list[tuple[Callable[[], QComboBox], str]]:
        return [
            (level_combo, self.tr("Level before - {topic}")),
            (level_combo, self.tr("Level to reach - {topic}")),
        ]

    def remove_name(self) -> str:
        return self.tr("Remove the objective {topic}")

    def save_choices(self, record_id: int, *values: Any) -> object:
        return pairs.update_objective(record_id, *values)

    def remove_record(self, record_id: int) -> None:
        pairs.remove_objective(record_id)

    def add_action(self, owner_id: int) -> Callable[[], object]:
        topic = self.topic.currentData()
        return lambda: pairs.add_objective(owner_id, topic)
