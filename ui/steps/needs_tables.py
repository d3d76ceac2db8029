"""For one person: what they want to learn (needs) and what they can teach (know-how)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox

from app.steps import needs
from app.vocabulary import PRIORITY_LABELS, Level
from ui.forms import choice_combo, level_combo, select_data
from ui.steps.topic_rows import TopicRows


class NeedsEditor(TopicRows):
    def __init__(self) -> None:
        super().__init__(
            self.tr("Needs"),
            [
                self.tr("Topic"),
                self.tr("Level now"),
                self.tr("Level to reach"),
                self.tr("Priority"),
            ],
            self.tr("Topic to learn"),
            self.tr("Add this nee&d"),
        )
        self.now, self.target, self.priority = (
            level_combo(),
            level_combo(),
            choice_combo(PRIORITY_LABELS),
        )
        select_data(self.target, Level.ON_OWN)
        for combo, name in (
            (self.now, self.tr("Level now")),
            (self.target, self.tr("Level to reach")),
            (self.priority, self.tr("Priority")),
        ):
            combo.setAccessibleName(name)
            self.add_field(combo)
        self.finish_adder()

    def set_name(self, name: str) -> None:
        self.caption.setText(
            self.tr("What {name} wants to learn").format(name=name)
            if name.strip()
            else self.tr("What this person wants to learn")  # no name yet: no double space
        )

    def show_person(self, person_id: int | None, name: str) -> None:
        self.set_name(name)
        listed = needs.list_needs(person_id) if person_id is not None else []
        self.show_rows(
            person_id,
            [(n.id, n.topic_name, (n.current_level, n.target_level, n.priority)) for n in listed],
        )

    def choices(self) -> list[tuple[Callable[[], QComboBox], str]]:
        return [
            (level_combo, self.tr("Level now - {topic}")),
            (level_combo, self.tr("Level to reach - {topic}")),
            (lambda: choice_combo(PRIORITY_LABELS), self.tr("Priority - {topic}")),
        ]

    def remove_name(self) -> str:
        return self.tr("Remove the need {topic}")

    def save_choices(self, record_id: int, *values: Any) -> object:
        return needs.update_need(record_id, *values)

    def remove_record(self, record_id: int) -> None:
        needs.remove_need(record_id)

    def add_action(self, owner_id: int) -> Callable[[], object]:
        topic, now, target, priority = (
            self.topic.currentData(),
            self.now.currentData(),
            self.target.currentData(),
            self.priority.currentData(),
        )
        return lambda: needs.add_need(owner_id, topic, now, target, priority)


def know_how_levels() -> QComboBox:
    """What someone can teach starts above "never done it"."""
    return level_combo(lowest=Level.HAS_TRIED)


class KnowHowEditor(TopicRows):
    def __init__(self) -> None:
        super().__init__(
            self.tr("Know-how"),
            [self.tr("Topic"), self.tr("Level")],
            self.tr("Topic they can teach"),
            self.tr("Add this know-&how"),
        )
        self.level = know_how_levels()
        self.level.setAccessibleName(self.tr("Level"))
        select_data(self.level, Level.CAN_TEACH)
        self.add_field(self.level)
        self.finish_adder()

    def set_name(self, name: str) -> None:
        self.caption.setText(
            self.tr("What {name} can teach").format(name=name)
            if name.strip()
            else self.tr("What this person can teach")
        )

    def show_person(self, person_id: int | None, name: str) -> None:
        self.set_name(name)
        listed = needs.list_know_how(person_id) if person_id is not None else []
        self.show_rows(person_id, [(k.id, k.topic_name, (k.level,)) for k in listed])

    def choices(self) -> list[tuple[Callable[[], QComboBox], str]]:
        return [(know_how_levels, self.tr("Level - {topic}"))]

    def remove_name(self) -> str:
        return self.tr("Remove the know-how {topic}")

    def save_choices(self, record_id: int, *values: Any) -> object:
        return needs.update_know_how(record_id, *values)

    def remove_record(self, record_id: int) -> None:
        needs.remove_know_how(record_id)

    def add_action(self, owner_id: int) -> Callable[[], object]:
        topic, level = self.topic.currentData(), self.level.currentData()
        return lambda: needs.add_know_how(owner_id, topic, level)
