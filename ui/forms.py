"""Small building blocks shared by the step pages: plain-text labels, error labels, combo
boxes of the method's lists, and how a problem is told (changes run in ``ui.operations``)."""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Mapping
from enum import Enum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QStandardPaths, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QSizePolicy,
    QTableWidget,
    QWidget,
)

from app.errors import StorageProblem
from app.i18n import Message
from app.storage.problems import DamagedFileError, FileGoneError, UnreachableError
from app.vocabulary import LEVEL_LABELS, LOWEST_LEVEL, Level
from ui.i18n import text, translate
from ui.wheel_guard import guarded


def plain_label(value: str = "", parent: QWidget | None = None, *, wrap: bool = False) -> QLabel:
    """A label that shows text exactly as typed - never as HTML."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(value)
    label.setWordWrap(wrap)
    return label


class ElidedLabel(QLabel):
    """A one-line label that takes the room it is given and no more: a text too long for it
    ends in "…", and the whole text is in its tooltip. A long shop name never widens the
    window."""

    def __init__(self, value: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(40)
        self._full = ""
        self.setText(value)

    def setText(self, value: str) -> None:
        self._full = value
        self._elide()

    def full_text(self) -> str:
        return self._full

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, self.width())
        super().setText(shown)
        self.setToolTip(plain_tooltip(self._full) if shown != self._full else "")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._elide()


def plain_tooltip(value: str) -> str:
    """A tooltip that shows ``value`` literally: Qt renders tooltip text that looks like HTML."""
    return f"<p style='white-space:pre-wrap'>{html.escape(value)}</p>" if value else ""


def confirm(parent: QWidget, question: str) -> bool:
    """Ask before something that cannot be undone; No is the default answer."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("forms", "Tandem"),
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def tell(
    parent: QWidget | None, message: str, icon: QMessageBox.Icon = QMessageBox.Icon.Information
) -> None:
    """A message box whose text is shown literally, even when it quotes a name like <b>x</b>."""
    box = QMessageBox(
        icon, translate("forms", "Tandem"), message, QMessageBox.StandardButton.Ok, parent
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


#: Where a problem with the open file itself goes - it is gone, its disk does not answer,
#: or it reads as damaged - instead of a plain message: the main window offers to put the
#: data back, or to take the file up again.
file_problem_handler: Callable[[StorageProblem, bool], None] | None = None


def report_storage_problem(
    parent: QWidget | None, problem: StorageProblem, *, changing: bool = True
) -> None:
    """Say what the environment did; a problem with the open file goes to the main window,
    which can do something about it. ``changing``: it stopped a change (not a reading)."""
    if file_problem_handler is not None and isinstance(
        problem, (FileGoneError, UnreachableError, DamagedFileError)
    ):
        file_problem_handler(problem, changing)
        return
    tell(parent, text(problem.message), QMessageBox.Icon.Warning)


def intro_label(value: str, parent: QWidget | None = None) -> QLabel:
    label = plain_label(value, parent, wrap=True)
    label.setObjectName("intro")
    label.setContentsMargins(0, 0, 0, 8)
    return label


def note_label() -> QLabel:
    """A sentence that stands out above a page's work, on a pale yellow ground; hidden until
    needed."""
    label = plain_label(wrap=True)
    label.setStyleSheet("background: #fff4c2; border-radius: 4px; padding: 4px 8px; color: black;")
    label.hide()
    return label


def hide_when_edited(field: QWidget, label: QLabel) -> None:
    """The refusal in ``label`` goes as soon as ``field`` is changed: in a dialog saved by
    OK, the sentence about a date already retyped stayed until the next OK."""

    def gone() -> None:
        if label.isHidden():
            return
        label.hide()
        dialog = label.window()
        if isinstance(dialog, QDialog):  # grown for the sentence: back to its size, so that
            dialog.adjustSize()  # its rows and OK do not stay spread out

    if isinstance(field, QLineEdit):
        field.textEdited.connect(gone)
    elif isinstance(field, QComboBox):
        field.activated.connect(gone)
    elif isinstance(field, QPlainTextEdit):
        field.textChanged.connect(gone)


def error_label(parent: QWidget | None = None) -> QLabel:
    """Where a refused entry is explained, next to its field; hidden until needed."""
    label = plain_label("", parent, wrap=True)
    label.setObjectName("error")
    label.setStyleSheet("color: #a40000; font-weight: bold;")
    label.hide()
    return label


def choice_combo(labels: Mapping[Any, Message], parent: QWidget | None = None) -> QComboBox:
    """A combo box of one of the method's lists: the label shown, the value as item data."""
    combo = guarded(QComboBox(parent))
    for value, label in labels.items():
        combo.addItem(text(label), value.value if isinstance(value, Enum) else value)
    return combo


def level_combo(parent: QWidget | None = None, *, lowest: Level = LOWEST_LEVEL) -> QComboBox:
    """Levels are shown by their labels, never by numbers; from ``lowest`` up."""
    return choice_combo({level: LEVEL_LABELS[level] for level in Level if level >= lowest}, parent)


class IdList(QListWidget):
    """A list of rows that stand for records: each row keeps its record's id."""

    def fill(self, rows: Iterable[tuple[int, str]], select: int | None = None) -> None:
        """Refill, keeping ``select`` (or else the first row) chosen, without signalling."""
        self.blockSignals(True)
        self.clear()
        for row_id, label in rows:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, row_id)
            self.addItem(item)
            if row_id == select:
                self.setCurrentItem(item)
        if self.currentItem() is None and self.count():
            self.setCurrentRow(0)
        self.blockSignals(False)

    def selected_id(self) -> int | None:
        item = self.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def choose(self, row_id: int) -> None:
        """Make the row of ``row_id`` the current one, as a click would (it signals)."""
        for row in range(self.count()):
            item = self.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == row_id:
                self.setCurrentItem(item)
                return


class FittedTable(QTableWidget):
    """A table whose columns fit their cell widgets (so no level label is cut), the first
    column taking whatever width is left. It is as tall as its rows, up to ``most_rows``
    rows; beyond, it scrolls them itself."""

    def __init__(
        self, headers: list[str], parent: QWidget | None = None, most_rows: int | None = None
    ) -> None:
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(headers)
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(False)
        self.most_rows = most_rows
        #: Per column: the width it needs at least, and the width that shows it whole.
        self._least: list[int] = []
        self._whole: list[int] = []

    def fit(self) -> None:
        """Measure the columns; call after filling the table."""
        header = self.horizontalHeader()
        self._least, self._whole = [], []
        for column in range(self.columnCount()):
            least = whole = header.sectionSizeFromContents(column).width()
            for row in range(self.rowCount()):
                widget = self.cellWidget(row, column)
                item = self.item(row, column)
                if widget is not None:
                    need = _whole_width(widget)
                    least = max(least, min(widget.sizeHint().width(), need))
                    whole = max(whole, need)
                elif item is not None:
                    whole = max(whole, self.fontMetrics().horizontalAdvance(item.text()) + 20)
            self._least.append(least + 4)
            self._whole.append(max(least, whole) + 4)
        self._spread()
        shown = self.rowCount() if self.most_rows is None else min(self.rowCount(), self.most_rows)
        rows = sum(self.rowHeight(row) for row in range(shown))
        room = max(rows, 2 * self.verticalHeader().defaultSectionSize())
        scroll = self.horizontalScrollBar().sizeHint().height()
        self.setFixedHeight(
            self.horizontalHeader().height() + room + 2 * self.frameWidth() + scroll
        )

    def rows_in_view(self) -> range:
        """The rows the table shows now, scrolled where it is."""
        if self.rowCount() == 0:
            return range(0)
        first = max(self.rowAt(0), 0)
        last = self.rowAt(self.viewport().height() - 1)
        return range(first, self.rowCount() if last < 0 else last + 1)

    def whole_width(self) -> int:
        """The width that shows every column whole (after :meth:`fit`)."""
        return (
            sum(self._whole) + 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width()
        )

    def _spread(self) -> None:
        """Each column as wide as it needs; the room left goes first to the first column's
        text, then to the narrowed boxes, shared by what each lacks to show its choice
        whole, then to the first column. Short of room, the first column gives some up (its
        text is cut with "…"), so that the last columns - a Remove button - stay in view."""
        if not self._least:
            return
        smallest = self.horizontalHeader().minimumSectionSize()
        least = [max(smallest, width) for width in self._least]
        whole = [max(low, width) for low, width in zip(least, self._whole, strict=True)]
        widths = [min(whole[0], max(smallest, 80)), *least[1:]]
        spare = self.viewport().width() - sum(widths)
        grow = max(0, min(spare, whole[0] - widths[0]))
        widths[0] += grow
        spare -= grow
        lacking = [whole[column] - widths[column] for column in range(1, len(widths))]
        total: int = sum(lacking)
        if spare > 0 and total:
            share = min(1.0, spare / total)
            for column, lack in enumerate(lacking, 1):
                widths[column] += int(lack * share)
                spare -= int(lack * share)
        widths[0] += max(0, spare)
        for column, width in enumerate(widths):
            self.setColumnWidth(column, width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._spread()


def _whole_width(widget: QWidget) -> int:
    """The width that shows a cell's widget whole: a narrowed box with its choice; a field
    of a fixed width (a time), no wider than that."""
    if isinstance(widget, QComboBox):
        metrics = widget.fontMetrics()
        narrowed = metrics.horizontalAdvance("x") * widget.minimumContentsLength()
        shown = metrics.horizontalAdvance(widget.currentText())
        return widget.sizeHint().width() + shown - narrowed
    return min(widget.sizeHint().width(), widget.maximumWidth())


def documents_folder() -> Path:
    """The user's documents folder, or her home folder when she has none (Tandem creates no
    folder; a file dialog given a folder that does not exist opened in Tandem's own)."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value.value if isinstance(value, Enum) else value)
    combo.setCurrentIndex(max(index, 0))


#: Where refusals are explained: one label, or labels by field name (``None`` for the rest).
ErrorPlaces = QLabel | Mapping[str | None, QLabel] | None
