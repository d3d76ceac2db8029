"""For one person: what they want to learn (needs) and what they can teach (know-how)."""

from __future__ import annotations

from collections.abc import Callable

from app.steps import needs
from app.vocabulary import PRIORITY_LABELS, Level
from ui.forms import choice_combo, level_combo, select_data
from ui.steps.topic_rows import TopicRows, on_change


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
        self.caption.setText(self.tr("What {name} wants to learn").format(name=name))

    def show_person(self, person_id: int | None, name: str) -> None:
        self.set_name(name)
        if not self.start(person_id):
            return
        for need in needs.list_needs(person_id):
            now, target, priority = level_combo(), level_combo(), choice_combo(PRIORITY_LABELS)
            select_data(now, need.current_level)
            select_data(target, need.target_level)
            select_data(priority, need.priority)
            topic = need.topic_name
            self.add_row(
                topic,
                [
                    (now, self.tr("Level now - {topic}").format(topic=topic)),
                    (target, self.tr("Level to reach - {topic}").format(topic=topic)),
                    (priority, self.tr("Priority - {topic}").format(topic=topic)),
                ],
                self.tr("Remove the need {topic}").format(topic=topic),
                lambda n=need.id: needs.remove_need(n),
            )
            on_change(
                [now, target, priority],
                lambda n=need.id, a=now, b=target, c=priority: self.save(
                    lambda: needs.update_need(n, a.currentData(), b.currentData(), c.currentData())
                ),
            )
        self.table.fit()

    def add_action(self, owner_id: int) -> Callable[[], object]:
        topic, now, target, priority = (
            self.topic.currentData(),
            self.now.currentData(),
            self.target.currentData(),
            self.priority.currentData(),
        )
        return lambda: needs.add_need(owner_id, topic, now, target, priority)


class KnowHowEditor(TopicRows):
    def __init__(self) -> None:
        super().__init__(
            self.tr("Know-how"),
            [self.tr("Topic"), self.tr("Level")],
            self.tr("Topic they can teach"),
            self.tr("Add this know-&how"),
        )
        self.level = level_combo()
        self.level.setAccessibleName(self.tr("Level"))
        select_data(self.level, Level.CAN_TEACH)
        self.add_field(self.level)
        self.finish_adder()

    def set_name(self, name: str) -> None:
        self.caption.setText(self.tr("What {name} can teach").format(name=name))

    def show_person(self, person_id: int | None, name: str) -> None:
        self.set_name(name)
        if not self.start(person_id):
            return
        for skill in needs.list_know_how(person_id):
            level = level_combo()
            select_data(level, skill.level)
            self.add_row(
                skill.topic_name,
                [(level, self.tr("Level - {topic}").format(topic=skill.topic_name))],
                self.tr("Remove the know-how {topic}").format(topic=skill.topic_name),
                lambda k=skill.id: needs.remove_know_how(k),
            )
            on_change(
                [level],
                lambda k=skill.id, c=level: self.save(
                    lambda: needs.update_know_how(k, c.currentData())
                ),
            )
        self.table.fit()

    def add_action(self, owner_id: int) -> Callable[[], object]:
        topic, level = self.topic.currentData(), self.level.currentData()
        return lambda: needs.add_know_how(owner_id, topic, level)
