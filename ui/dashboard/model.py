"""The dashboard's table model: one row per pair, from the figures of ``app.progress``.

A refresh replaces the rows in one reset; no widget is built per row, so a programme of
hundreds of pairs refreshes as fast as one of five.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from app.progress import PairProgress
from app.text import isolate
from app.vocabulary import HEALTH_LABELS, LEVEL_LABELS, Health
from ui.forms import plain_tooltip
from ui.i18n import format_day, text

Index = QModelIndex | QPersistentModelIndex

#: The row's figures, for the delegates that draw them.
PAIR_ROLE = Qt.ItemDataRole.UserRole + 1

#: The order of the badges when sorted: what needs the owner first.
HEALTH_ORDER = (
    Health.STALLED,
    Health.LATE,
    Health.NOT_STARTED,
    Health.ON_TRACK,
    Health.PAUSED,
    Health.FINISHED,
    Health.STOPPED,
)


class Column(IntEnum):
    PAIR = 0
    TOPICS = 1
    STEPS = 2
    SESSIONS = 3
    PROGRESS = 4
    NEXT = 5
    HEALTH = 6
    ACTIONS = 7


class PairsModel(QAbstractTableModel):
    """The pairs, kept in the order of the column the owner sorts by.

    The model sorts itself, in Python with one key per pair, rather than leaving it to the
    proxy: the proxy would ask each row's value through ``data()`` thousands of times at
    every refresh of a large programme.
    """

    def __init__(self) -> None:
        super().__init__()
        self._pairs: list[PairProgress] = []
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    def set_pairs(self, pairs: Sequence[PairProgress]) -> None:
        """Show ``pairs``, sorted. The same pairs shown again after a change keep their
        rows: a pair whose badge changed does not jump away from under the mouse or the
        selection; the owner's next sort puts it in its place."""
        by_id = {pair.pair_id: pair for pair in pairs}
        if self._pairs and set(by_id) == {pair.pair_id for pair in self._pairs}:
            self._pairs = [by_id[pair.pair_id] for pair in self._pairs]
            last = self.index(len(self._pairs) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self._pairs = self._sorted(pairs)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort_column, self._sort_order = column, order
        before = self._pairs
        self._pairs = self._sorted(before)
        row_now = {id(pair): row for row, pair in enumerate(self._pairs)}
        kept = self.persistentIndexList()
        self.changePersistentIndexList(
            kept,
            [self.index(row_now[id(before[index.row()])], index.column()) for index in kept],
        )
        self.layoutChanged.emit()

    def _sorted(self, pairs: Sequence[PairProgress]) -> list[PairProgress]:
        """``pairs`` in the chosen column's order; ties keep the order given (by names)."""
        if self._sort_column < 0:
            return list(pairs)
        column = Column(self._sort_column)
        return sorted(
            pairs,
            key=lambda pair: self._sort_value(pair, column),
            reverse=self._sort_order == Qt.SortOrder.DescendingOrder,
        )

    def pair_at(self, row: int) -> PairProgress:
        return self._pairs[row]

    def row_of(self, pair_id: int) -> int | None:
        return next((row for row, pair in enumerate(self._pairs) if pair.pair_id == pair_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._pairs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Column.PAIR: self.tr("Pair"),
            Column.TOPICS: self.tr("Topics"),
            Column.STEPS: self.tr("Steps"),
            Column.SESSIONS: self.tr("Sessions"),
            Column.PROGRESS: self.tr("Levels"),
            Column.NEXT: self.tr("Next"),  # a date under it: a short title leaves room
            Column.HEALTH: self.tr("Health"),
            Column.ACTIONS: "",
        }[Column(section)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        pair = self._pairs[index.row()]
        column = Column(index.column())
        if role == PAIR_ROLE:
            return pair
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(pair, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.PAIR:
                return plain_tooltip(self.pair_label(pair))
            if column == Column.HEALTH:
                return plain_tooltip(text(pair.health_reason))
            if column in (Column.PROGRESS, Column.TOPICS):
                return plain_tooltip(self._levels(pair))
        return None

    def pair_label(self, pair: PairProgress) -> str:
        mentor = isolate(pair.mentor_name)  # a name written right to left keeps its place
        if pair.mentor_pair_count > 1:
            mentor = self.tr("{name} (%n mentees)", "", pair.mentor_pair_count).format(name=mentor)
        return self.tr("{mentor} → {mentee}").format(
            mentor=mentor, mentee=isolate(pair.mentee_name)
        )

    def _levels(self, pair: PairProgress) -> str:
        return "\n".join(
            self.tr("{topic}: {before} → now {now} → target {target}").format(
                topic=o.topic_name,
                before=text(LEVEL_LABELS[o.level_before]),
                now=text(LEVEL_LABELS[o.level_now]),
                target=text(LEVEL_LABELS[o.target_level]),
            )
            for o in pair.objectives
        )

    def _text(self, pair: PairProgress, column: Column) -> str:
        if column == Column.PAIR:
            return self.pair_label(pair)
        if column == Column.TOPICS:
            return ", ".join(pair.topics)
        if column == Column.STEPS:
            return self.tr("Step {step} of 5").format(step=pair.current_step)
        if column == Column.SESSIONS:
            hours, minutes = divmod(pair.minutes_spent, 60)
            return self.tr("{done} of {planned} · {hours} h {minutes:02d}").format(
                done=pair.sessions_done, planned=pair.sessions_planned, hours=hours, minutes=minutes
            )
        if column == Column.PROGRESS:
            return self._levels(pair)
        if column == Column.NEXT:
            return format_day(pair.next_session_on) if pair.next_session_on else "-"
        if column == Column.HEALTH:
            return text(HEALTH_LABELS[pair.health])
        return ""

    @staticmethod
    def _sort_value(pair: PairProgress, column: Column) -> Any:
        if column == Column.PAIR:
            return f"{pair.mentor_name} {pair.mentee_name}".casefold()
        if column == Column.TOPICS:
            return ", ".join(pair.topics).casefold()
        if column == Column.STEPS:
            return pair.current_step
        if column == Column.SESSIONS:
            return pair.sessions_done / pair.sessions_planned if pair.sessions_planned else -1.0
        if column == Column.PROGRESS:
            gained = sum(o.level_now - o.level_before for o in pair.objectives)
            wanted = sum(o.target_level - o.level_before for o in pair.objectives)
            return gained / wanted if wanted else -1.0
        if column == Column.NEXT:
            return pair.next_session_on.toordinal() if pair.next_session_on else 10**9
        if column == Column.HEALTH:
            return HEALTH_ORDER.index(pair.health)
        return 0


class PairsFilter(QSortFilterProxyModel):
    """Shows the pairs with a badge, a person or a topic, in the source model's order."""

    def __init__(self, source: PairsModel) -> None:
        super().__init__()
        self.setSourceModel(source)
        self.health: Health | None = None
        self.person_id: int | None = None
        self.topic: str | None = None

    def set_filters(self, health: Health | None, person_id: int | None, topic: str | None) -> None:
        self.beginFilterChange()
        self.health, self.person_id, self.topic = health, person_id, topic
        self.endFilterChange()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The header's sort, done by the source model; the proxy keeps its order."""
        source = self.sourceModel()
        assert isinstance(source, PairsModel)
        source.sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        source = self.sourceModel()
        assert isinstance(source, PairsModel)
        pair = source.pair_at(source_row)
        if self.health is not None and pair.health is not self.health:
            return False
        if self.person_id is not None and self.person_id not in (pair.mentor_id, pair.mentee_id):
            return False
        return self.topic is None or self.topic in pair.topics
