"""The affinities grid: how each two people of the team get along, as the owner sees it.

A table model and a delegate, not a combo box per cell: a team of a thousand people has half
a million pairs of people, and the view draws only the cells on the screen. Each cell looks
like a combo box; a click opens a real one, and the choice is saved at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from app.steps import needs
from app.vocabulary import AFFINITY_LABELS, Affinity
from ui.forms import choice_combo, select_data
from ui.i18n import text, translate
from ui.operations import changed

Index = QModelIndex | QPersistentModelIndex
# Saves how two people get along; False when it could not be saved (and was said).
Save = Callable[[int, int, Affinity], bool]


class AffinityModel(QAbstractTableModel):
    """Each two people once, on and above the diagonal: a row for each person but the last,
    a column for each but the first (that row and that column would hold no cell)."""

    def __init__(self, save: Save) -> None:
        super().__init__()
        self._save = save
        self.people: list[tuple[int, str]] = []
        self.known: dict[tuple[int, int], Affinity] = {}

    def load(self, people: list[tuple[int, str]], known: dict[tuple[int, int], Affinity]) -> None:
        self.beginResetModel()
        self.people, self.known = people, known
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else max(0, len(self.people) - 1)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else max(0, len(self.people) - 1)

    def _people(self, index: Index) -> tuple[tuple[int, str], tuple[int, str]]:
        """The person of the cell's row, and the person of its column."""
        return self.people[index.row()], self.people[index.column() + 1]

    def _ids(self, index: Index) -> tuple[int, int] | None:
        """The two people of a cell on or above the diagonal, lower id first; None elsewhere."""
        if not index.isValid() or index.column() < index.row():
            return None
        (first, _), (second, _) = self._people(index)
        return (min(first, second), max(first, second))

    def affinity(self, index: Index) -> Affinity | None:
        ids = self._ids(index)
        return None if ids is None else self.known.get(ids, Affinity.NEUTRAL)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        affinity = self.affinity(index)
        if affinity is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return text(AFFINITY_LABELS[affinity])
        if role == Qt.ItemDataRole.EditRole:
            return affinity.value
        if role == Qt.ItemDataRole.AccessibleTextRole:
            (_, first), (_, second) = self._people(index)
            return translate("AffinityGrid", "{first} and {second}: {how}").format(
                first=first,
                second=second,
                how=text(AFFINITY_LABELS[affinity]),
            )
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        ids = self._ids(index)
        if ids is None or role != Qt.ItemDataRole.EditRole:
            return False
        affinity = Affinity(str(value))
        if affinity == self.known.get(ids, Affinity.NEUTRAL) or not self._save(*ids, affinity):
            return False
        self.known[ids] = affinity
        self.dataChanged.emit(index, index)
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if self._ids(index) is None:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole or not 0 <= section < len(self.people) - 1:
            return None
        shift = 1 if orientation == Qt.Orientation.Horizontal else 0
        return self.people[section + shift][1]


class AffinityDelegate(QStyledItemDelegate):
    """Draws each cell as a combo box showing its choice; editing opens a real one."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if not index.flags() & Qt.ItemFlag.ItemIsEditable:
            return
        combo = QStyleOptionComboBox()
        if option.widget is not None:
            combo.initFrom(option.widget)
        combo.rect = option.rect.adjusted(1, 1, -1, -1)
        combo.currentText = str(index.data())
        combo.state = option.state | QStyle.StateFlag.State_Enabled
        style = option.widget.style() if option.widget is not None else QApplication.style()
        style.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, combo, painter, option.widget)
        style.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, combo, painter, option.widget)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = choice_combo(AFFINITY_LABELS, parent)
        combo.setAccessibleName(str(index.data(Qt.ItemDataRole.AccessibleTextRole)))
        combo.activated.connect(lambda _: self._chosen(combo))
        QTimer.singleShot(0, combo.showPopup)  # one click shows the choices, as a combo does
        return combo

    def _chosen(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        select_data(editor, index.data(Qt.ItemDataRole.EditRole))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        editor.setGeometry(option.rect)


class AffinityGrid(QTableView):
    """The grid shows a choice as soon as it is saved; the page reloads it when the team
    changes (affinities are only ever changed here)."""

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(self.tr("Affinities"))
        self.setMinimumHeight(200)
        self.grid_model = AffinityModel(self._save)
        self.setModel(self.grid_model)
        self.delegate = AffinityDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.clicked.connect(lambda index: self.edit(index))
        # every cell as wide and high as a combo box of the longest choice
        sample = choice_combo(AFFINITY_LABELS).sizeHint()
        self.horizontalHeader().setDefaultSectionSize(sample.width() + 8)
        self.verticalHeader().setDefaultSectionSize(sample.height() + 4)

    def reload(self, team: list[needs.PersonInfo] | None = None) -> None:
        """Show the team (``team`` when the caller has just read it) and their affinities."""
        people = team if team is not None else needs.list_people()
        self.grid_model.load([(p.id, p.name) for p in people], needs.affinity_map())

    def _save(self, first: int, second: int, affinity: Affinity) -> bool:
        return changed(self, lambda: needs.set_affinity(first, second, affinity))
