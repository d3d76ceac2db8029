"""The objectives of one pair: the topics it works on, from which level to which."""

from __future__ import annotations

from collections.abc import Callable

from app.steps import pairs
from ui.forms import level_combo, select_data
from ui.steps.topic_rows import TopicRows, on_change


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
        if not self.start(pair_id):
            return
        for objective in pairs.list_objectives(pair_id):
            before, target = level_combo(), level_combo()
            select_data(before, objective.level_before)
            select_data(target, objective.target_level)
            topic = objective.topic_name
            self.add_row(
                topic,
                [
                    (before, self.tr("Level before - {topic}").format(topic=topic)),
                    (target, self.tr("Level to reach - {topic}").format(topic=topic)),
                ],
                self.tr("Remove the objective {topic}").format(topic=topic),
                lambda o=objective.id: pairs.remove_objective(o),
            )
            on_change(
                [before, target],
                lambda o=objective.id, a=before, b=target: self.save(
                    lambda: pairs.update_objective(o, a.currentData(), b.currentData())
                ),
            )
        self.table.fit()

    def add_action(self, owner_id: int) -> Callable[[], object]:
        topic = self.topic.currentData()
        return lambda: pairs.add_objective(owner_id, topic)
