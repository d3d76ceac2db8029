"""How the dashboard draws a pair: the five-step tracker, the level bars, the health badge
and the row's buttons. Black lines and words carry the meaning; colour only adds to it."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
)

from app.progress import PairProgress
from app.vocabulary import HIGHEST_LEVEL, Health, PairState
from ui.dashboard.model import PAIR_ROLE

Index = QModelIndex | QPersistentModelIndex

HEALTH_COLOURS = {
    Health.ON_TRACK: "#c8e6c9",
    Health.LATE: "#ffe0b2",
    Health.STALLED: "#ffcdd2",
    Health.PAUSED: "#e0e0e0",
    Health.FINISHED: "#bbdefb",
    Health.STOPPED: "#cfcfcf",
    Health.NOT_STARTED: "#f5f5f5",
}


def _pair(index: Index) -> PairProgress:
    return index.data(PAIR_ROLE)


class StepsDelegate(QStyledItemDelegate):
    """Five numbered boxes: filled when the pair has done the step, framed thick for the
    step it is at."""

    BOX = 18

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        QApplication.style().drawPrimitive(
            QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
        )
        pair = _pair(index)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        top = option.rect.center().y() - self.BOX // 2
        for number, done in enumerate(pair.steps_done, 1):
            box = QRect(
                option.rect.left() + 4 + (number - 1) * (self.BOX + 3), top, self.BOX, self.BOX
            )
            current = number == pair.current_step and not all(pair.steps_done)
            painter.setPen(QPen(QColor("#000000"), 2.5 if current else 1))
            painter.setBrush(QColor("#333333") if done else QColor("#ffffff"))
            painter.drawRect(box)
            painter.setPen(QColor("#ffffff") if done else QColor("#000000"))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(number))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(5 * (self.BOX + 3) + 8, self.BOX + 8)


class LevelsDelegate(QStyledItemDelegate):
    """One bar per objective on the 0-4 scale: grey up to the level before, dark for what was
    gained since, and a black mark at the target."""

    BAR = 9
    GAP = 4
    SEGMENT = 22

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        option.text = ""
        QApplication.style().drawControl(
            QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget
        )
        pair = _pair(index)
        painter.save()
        top = option.rect.top() + (option.rect.height() - self._height(pair)) // 2
        for number, objective in enumerate(pair.objectives):
            y = top + number * (self.BAR + self.GAP)
            left = option.rect.left() + 6
            for level in range(HIGHEST_LEVEL):
                cell = QRect(left + level * self.SEGMENT, y, self.SEGMENT - 2, self.BAR)
                if level < objective.level_before:
                    colour = "#9e9e9e"
                elif level < objective.level_now:
                    colour = "#1b5e20"
                else:
                    colour = "#ffffff"
                painter.fillRect(cell, QColor(colour))
                painter.setPen(QColor("#616161"))
                painter.drawRect(cell)
            mark = left + objective.target_level * self.SEGMENT - 2
            painter.setPen(QPen(QColor("#000000"), 3))
            painter.drawLine(mark, y - 2, mark, y + self.BAR + 2)
        painter.restore()

    def _height(self, pair: PairProgress) -> int:
        count = max(1, len(pair.objectives))
        return count * self.BAR + (count - 1) * self.GAP

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(HIGHEST_LEVEL * self.SEGMENT + 14, self._height(_pair(index)) + 10)


class HealthDelegate(QStyledItemDelegate):
    """The badge: its word in a rounded box; the colour only repeats what the word says."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        label = option.text
        option.text = ""
        QApplication.style().drawControl(
            QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = option.fontMetrics.horizontalAdvance(label) + 16
        badge = QRect(option.rect.left() + 4, option.rect.center().y() - 10, width, 20)
        painter.setPen(QPen(QColor("#000000"), 1))
        painter.setBrush(QColor(HEALTH_COLOURS[_pair(index).health]))
        painter.drawRoundedRect(badge, 9, 9)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, label)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(option.fontMetrics.horizontalAdvance(str(index.data())) + 28, 28)


class ActionsDelegate(QStyledItemDelegate):
    """The row's buttons: log a session, open the pair, print its sheet - one click each.

    Signals:

    * ``clicked(str, int)`` - the action ("log", "open" or "print") and the pair's id.
    """

    clicked = Signal(str, int)
    ACTIONS = ("log", "open", "print")

    def __init__(self, labels: dict[str, str]) -> None:
        super().__init__()
        self.labels = labels

    def button_rects(self, cell: QRect, metrics: QFontMetrics) -> dict[str, QRect]:
        """Where each button is drawn, and clicked, in a cell of that place and font."""
        rects = {}
        left = cell.left() + 4
        for action in self.ACTIONS:
            width = metrics.horizontalAdvance(self.labels[action]) + 20
            rects[action] = QRect(left, cell.center().y() - 12, width, 24)
            left += width + 4
        return rects

    def _rects(self, option: QStyleOptionViewItem) -> list[tuple[str, QRect]]:
        return list(self.button_rects(option.rect, option.fontMetrics).items())

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        QApplication.style().drawPrimitive(
            QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
        )
        stopped = _pair(index).state is PairState.STOPPED
        for action, rect in self._rects(option):
            button = QStyleOptionButton()
            button.rect = rect
            button.text = self.labels[action]
            button.state = QStyle.StateFlag.State_Raised
            if not (stopped and action == "log"):
                button.state |= QStyle.StateFlag.State_Enabled
            QApplication.style().drawControl(
                QStyle.ControlElement.CE_PushButton, button, painter, option.widget
            )

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        rects = self._rects(option)
        return QSize(rects[-1][1].right() - option.rect.left() + 8, 32)

    def editorEvent(
        self, event: QEvent, model: QAbstractItemModel, option: QStyleOptionViewItem, index: Index
    ) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            for action, rect in self._rects(option):
                if rect.contains(event.position().toPoint()):
                    pair = _pair(index)
                    if not (pair.state is PairState.STOPPED and action == "log"):
                        self.clicked.emit(action, pair.pair_id)
                    return True
        return super().editorEvent(event, model, option, index)
