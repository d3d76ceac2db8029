"""The whole team in one table, typed like a spreadsheet: a person per row, a topic per
column; on one sheet what each wants to learn, on the other what each can teach.

Keyboard first: arrows and Tab move, typing digits fills a cell (Enter goes down, Tab to
the right), Delete clears, Ctrl+C and Ctrl+V copy and paste cells and whole rows from and
to a spreadsheet, Ctrl+Z undoes the last change. A right click picks a level instead."""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QPoint, Qt
from PySide6.QtGui import QColor, QGuiApplication, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import team_grid
from app.steps import needs
from app.steps.needs import PersonInfo
from app.team_grid import CellRefused, Grid, NeedCell, Sheet, SkillCell
from app.text import sort_key
from app.vocabulary import LEVEL_LABELS, PRIORITY_LABELS, Level, Priority
from ui.forms import error_label, plain_label
from ui.i18n import text
from ui.operations import change, changed
from ui.printing import menu as printing_menu
from ui.steps import import_dialog

_Index = QModelIndex | QPersistentModelIndex


class _CellDelegate(QStyledItemDelegate):
    """A cell's editor writes through the core, and Enter and Tab move as in a spreadsheet
    (at once: Qt's own Enter commits later, after keys typed meanwhile)."""

    def __init__(self, table: TeamTable) -> None:
        super().__init__(table.table)
        self.owner = table

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setFrame(False)
        return editor

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QLineEdit)
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        editor.selectAll()  # a key typed in the cell replaces what it held

    def setModelData(self, editor: QWidget, model: object, index: _Index) -> None:
        assert isinstance(editor, QLineEdit)
        self.owner.write(index.row(), index.column(), [[editor.text()]])

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if isinstance(editor, QLineEdit) and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            moves = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            key = Qt.Key(event.key())
            if key in moves:
                self.commitData.emit(editor)
                if self.owner.refused:  # kept in the cell as typed, to be put right
                    editor.selectAll()
                    return True
                self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
                self.owner.move_after_typing(key)
                return True
        return super().eventFilter(editor, event)


class _Table(QTableWidget):
    """The table's keys that are not typing into a cell."""

    def __init__(self, owner: TeamTable) -> None:
        super().__init__()
        self.owner = owner

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() != QAbstractItemView.State.EditingState:
            if event.matches(QKeySequence.StandardKey.Copy):
                self.owner.copy()
                return
            if event.matches(QKeySequence.StandardKey.Paste):
                self.owner.paste()
                return
            if event.matches(QKeySequence.StandardKey.Undo):
                self.owner.undo()
                return
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.owner.clear_selection()
                return
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab):
                self.owner.move_after_typing(Qt.Key(event.key()))
                return
        super().keyPressEvent(event)


class TeamTable(QWidget):
    """The team's table; every change is saved at once, and can be undone."""

    def __init__(self) -> None:
        super().__init__()
        self.history = team_grid.TeamTable()
        self.grid: Grid | None = None
        #: The column where Tab started the line being typed, for Enter to go back to.
        self._line_start: int | None = None
        #: The people's ids in the order of the rows on screen.
        self._order: list[int] = []
        #: The last cells written were refused.
        self.refused = False
        #: The cell a refusal is about, while it is said.
        self._refused_cell: tuple[int, int] | None = None
        self.sheets = QTabBar()
        self.sheets.addTab(self.tr("What they want to learn"))
        self.sheets.addTab(self.tr("What they can teach"))
        self.sheets.setAccessibleName(self.tr("Which table"))
        self.legend = plain_label(wrap=True)
        self.table = _Table(self)
        self.table.setAccessibleName(self.tr("The team's table"))
        self.table.setItemDelegate(_CellDelegate(self))
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.setMinimumHeight(260)
        self.errors = error_label()
        self.undo_button = QPushButton(self.tr("&Undo the last change"))
        self.undo_button.setToolTip(self.tr("Ctrl+Z in the table"))
        self.undo_button.setEnabled(False)
        self.bring = QPushButton(self.tr("&Bring the team from a spreadsheet…"))
        self.template = QPushButton(self.tr("Save a &table to fill…"))
        self.questionnaire, questions = printing_menu.print_button(
            self, self.tr("&Questionnaire on paper")
        )
        printing_menu.add_document(
            questions,
            self,
            self.tr("Questionnaire"),
            printing_menu.build("team_questionnaire"),
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addStretch()
        buttons.addWidget(self.questionnaire)
        buttons.addWidget(self.template)
        buttons.addWidget(self.bring)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sheets)
        layout.addWidget(self.legend)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.errors)
        layout.addLayout(buttons)
        self.sheets.currentChanged.connect(lambda _: self.reload())
        self.undo_button.clicked.connect(self.undo)
        self.bring.clicked.connect(self._bring)
        self.template.clicked.connect(lambda: import_dialog.save_template(self))
        self.table.customContextMenuRequested.connect(self._pick_menu)
        self.table.cellClicked.connect(lambda *_: self._forget_line_start())
        self.table.currentCellChanged.connect(self._left_refused_cell)

    def _forget_line_start(self) -> None:
        self._line_start = None

    def _left_refused_cell(self, row: int, column: int, *_: int) -> None:
        """A refusal is said while its cell is the current one; gone once another is."""
        if self._refused_cell != (row, column):
            self.errors.hide()
            self._refused_cell = None

    # --- what it shows ---------------------------------------------------------------------

    def sheet(self) -> Sheet:
        return Sheet.NEEDS if self.sheets.currentIndex() == 0 else Sheet.KNOW_HOW

    def headings(self) -> list[str]:
        topics = self.grid.topics if self.grid else []
        return [self.tr("Name"), self.tr("Job"), *(topic.name for topic in topics)]

    def reload(self) -> None:
        """Show the team as the core holds it, the current cell kept where it was."""
        grid = team_grid.team_grid()
        self.grid = grid = replace(grid, people=self._in_shown_order(grid.people))
        sheet = self.sheet()
        self.legend.setText(self._legend(sheet))
        headings = self.headings()
        table = self.table
        table.setColumnCount(len(headings))
        table.setRowCount(len(grid.people) + 1)  # and a last line for a new person
        table.setHorizontalHeaderLabels(headings)
        for column, topic in enumerate(grid.topics, team_grid.FIRST_TOPIC_COLUMN):
            header = table.horizontalHeaderItem(column)
            if header is not None:
                header.setToolTip(f"{topic.name}\n{topic.description}".strip())
        for row, person in enumerate(grid.people):
            self._set(row, team_grid.NAME_COLUMN, person.name)
            self._set(row, team_grid.JOB_COLUMN, person.job)
            for column, topic in enumerate(grid.topics, team_grid.FIRST_TOPIC_COLUMN):
                cell = grid.cell(sheet, person.id, topic.id)
                self._set(row, column, self.cell_text(cell), self.cell_tip(cell))
        new_row = len(grid.people)
        for column in range(len(headings)):
            self._set(new_row, column, "")
        self._set(new_row, team_grid.NAME_COLUMN, "", self.tr("Type a name here to add a person"))
        # Each row says whose it is at its left, in view however far right the table is
        # scrolled (the names' column goes out of view).
        table.setVerticalHeaderLabels(
            [_short(person.name) for person in grid.people] + [self.tr("New")]
        )
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Names and jobs as wide as they are (within reason); the topics narrow, their
        headings on two or three lines: seven topics fit a 1366-pixel screen."""
        table = self.table
        table.resizeColumnsToContents()
        metrics = table.fontMetrics()
        for column in range(table.columnCount()):
            if column < team_grid.FIRST_TOPIC_COLUMN:
                table.setColumnWidth(column, min(max(table.columnWidth(column), 90), 200))
            else:
                table.setColumnWidth(column, max(metrics.horizontalAdvance("0 → 0 (P0)") + 16, 96))
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setMinimumHeight(3 * metrics.lineSpacing() + 8)

    def _in_shown_order(self, people: list[PersonInfo]) -> list[PersonInfo]:
        """The rows stay where they are while the table is on screen (a name typed on the
        last line does not jump to its place in the alphabet under the next keys); people
        new to the table come after them, by name. Shown again, it is sorted again."""
        if not self.isVisible():
            self._order = []
        place = {person_id: index for index, person_id in enumerate(self._order)}
        ordered = sorted(
            people, key=lambda person: (place.get(person.id, len(place)), sort_key(person.name))
        )
        self._order = [person.id for person in ordered]
        return ordered

    def showEvent(self, event: QShowEvent) -> None:
        self._order = []
        self.reload()
        super().showEvent(event)
        self.table.setFocus()  # Ctrl+Z and the arrows work at once, as the button says

    def _set(self, row: int, column: int, shown: str, tip: str = "") -> None:
        item = self.table.item(row, column)
        if item is None:
            item = QTableWidgetItem()
            self.table.setItem(row, column, item)
        item.setText(shown)
        item.setToolTip(tip)
        if column >= team_grid.FIRST_TOPIC_COLUMN:
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            item.setBackground(QColor("#eaf3ea") if shown else QColor(0, 0, 0, 0))

    def cell_text(self, cell: team_grid.Cell) -> str:
        if isinstance(cell, NeedCell):
            return self.tr("{now} → {target} (P{priority})").format(
                now=int(cell.current), target=int(cell.target), priority=int(cell.priority)
            )
        if isinstance(cell, SkillCell):
            return str(int(cell.level))
        return ""

    def cell_tip(self, cell: team_grid.Cell) -> str:
        if isinstance(cell, NeedCell):
            return self.tr("From {now} to {target}, {priority}").format(
                now=text(LEVEL_LABELS[cell.current]).lower(),
                target=text(LEVEL_LABELS[cell.target]).lower(),
                priority=text(PRIORITY_LABELS[cell.priority]).lower(),
            )
        if isinstance(cell, SkillCell):
            return text(LEVEL_LABELS[cell.level])
        return ""

    def _legend(self, sheet: Sheet) -> str:
        levels = ", ".join(
            f"{int(level)} {text(label).lower()}" for level, label in LEVEL_LABELS.items()
        )
        if sheet is Sheet.NEEDS:
            return self.tr(
                "In each cell, type the level now, the level to reach and the priority "
                "(1 first, 2 second, 3 can wait), for example 1 3 1; or the level now alone. "
                "Levels: {levels}."
            ).format(levels=levels)
        return self.tr(
            "In each cell, type the level the person can teach at. Levels: {levels}."
        ).format(levels=levels)

    # --- what it does ----------------------------------------------------------------------

    def write(self, top: int, left: int, block: list[list[str]]) -> bool:
        """Write cells through the core: all of them, or none and the refusal said."""
        grid = self.grid
        if grid is None:
            return False
        headings = self.headings()
        sheet = self.sheet()
        refused: list[CellRefused] = []

        def action() -> bool:
            try:
                self.history.set_cells(sheet, grid, top, left, block, headings)
            except CellRefused as error:
                refused.append(error)
                raise
            return True

        done = change(self, action, self.errors) is True
        self.refused = not done
        self.reload()
        self.undo_button.setEnabled(self.history.can_undo())
        if refused:
            self._refused_cell = (refused[0].row, refused[0].column)
            self.table.setCurrentCell(refused[0].row, refused[0].column)
        return done

    def move_after_typing(self, key: Qt.Key) -> None:
        """Tab goes right; Enter goes down, back to the column the line was started in
        with Tab (as a spreadsheet does: name, Tab, job, Tab, ..., Enter: the next name)."""
        current = self.table.currentColumn()
        if key == Qt.Key.Key_Tab:
            if self._line_start is None:
                self._line_start = current
            self.move_by(0, 1)
        elif key == Qt.Key.Key_Backtab:
            self.move_by(0, -1)
        else:
            start, self._line_start = self._line_start, None
            self.move_by(1, (start if start is not None else current) - current)

    def move_by(self, rows: int, columns: int) -> None:
        table = self.table
        row = min(max(table.currentRow() + rows, 0), table.rowCount() - 1)
        column = min(max(table.currentColumn() + columns, 0), table.columnCount() - 1)
        table.setCurrentCell(row, column)

    def _selected_block(self) -> tuple[int, int, int, int] | None:
        """Top, left, bottom, right of the cells chosen (their bounding box)."""
        chosen = self.table.selectedIndexes() or (
            [self.table.currentIndex()] if self.table.currentIndex().isValid() else []
        )
        if not chosen:
            return None
        rows = [index.row() for index in chosen]
        columns = [index.column() for index in chosen]
        return min(rows), min(columns), max(rows), max(columns)

    def _shown(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def copy(self) -> None:
        block = self._selected_block()
        if block is None:
            return
        top, left, bottom, right = block
        rows = [
            [self._shown(row, column) for column in range(left, right + 1)]
            for row in range(top, bottom + 1)
        ]
        QGuiApplication.clipboard().setText(team_grid.write_block(rows))

    def paste(self) -> None:
        block = self._selected_block()
        cells = team_grid.read_block(QGuiApplication.clipboard().text())
        if block is None or not cells:
            return
        top, left, _, _ = block
        self.write(top, left, cells)

    def clear_selection(self) -> None:
        block = self._selected_block()
        if block is None:
            return
        top, left, bottom, right = block
        first_topic = max(left, team_grid.FIRST_TOPIC_COLUMN)  # names are cleared by typing
        if first_topic > right:
            return
        last_row = min(bottom, len(self.grid.people) - 1 if self.grid else -1)
        if last_row < top:
            return
        self.write(
            top,
            first_topic,
            [["" for _ in range(first_topic, right + 1)] for _ in range(top, last_row + 1)],
        )

    def _bring(self) -> None:
        """People brought from a spreadsheet; undo takes them out again, with the topics
        the file added."""
        brought = import_dialog.bring_team(self)
        if brought is None:
            return
        self.history.remember(
            [partial(needs.remove_topic, topic) for topic in brought.topics]
            + [partial(needs.remove_person, person) for person in brought.people]
        )
        self.undo_button.setEnabled(self.history.can_undo())

    def undo(self) -> None:
        if self.history.can_undo():
            changed(self, self.history.undo, self.errors)  # announced: every step shows it
            self.reload()
        self.undo_button.setEnabled(self.history.can_undo())

    def _pick_menu(self, where: QPoint) -> None:
        """A right click on a topic's cell offers its levels to pick."""
        index = self.table.indexAt(where)
        if not index.isValid() or index.column() < team_grid.FIRST_TOPIC_COLUMN:
            return
        self.table.setCurrentIndex(index)
        menu = QMenu(self)
        row, column = index.row(), index.column()
        if self.sheet() is Sheet.KNOW_HOW:
            for level, label in LEVEL_LABELS.items():
                if level >= Level.HAS_TRIED:
                    menu.addAction(
                        f"{int(level)} - {text(label)}",
                        partial(self._pick, row, column, SkillCell(level)),
                    )
        else:
            self._need_menus(menu, row, column)
        menu.addSeparator()
        menu.addAction(self.tr("Clear"), partial(self._pick, row, column, None))
        menu.exec(self.table.viewport().mapToGlobal(where))

    def _need_menus(self, menu: QMenu, row: int, column: int) -> None:
        """The level now, the level to reach and the priority, each picked on its own; the
        other two kept (or moved just enough to stay a need)."""
        held = self._cell_at(row, column)
        need = held if isinstance(held, NeedCell) else NeedCell(Level.NEVER_DONE, Level.ON_OWN)
        choices = (
            (
                self.tr("Level now"),
                [
                    (level, replace(need, current=level, target=max(need.target, Level(level + 1))))
                    for level in list(Level)[:-1]
                ],
            ),
            (
                self.tr("Level to reach"),
                [
                    (
                        level,
                        replace(need, current=min(need.current, Level(level - 1)), target=level),
                    )
                    for level in list(Level)[1:]
                ],
            ),
            (
                self.tr("Priority"),
                [(priority, replace(need, priority=priority)) for priority in Priority],
            ),
        )
        for title, picks in choices:
            submenu = menu.addMenu(title)
            for value, cell in picks:
                label = LEVEL_LABELS[value] if isinstance(value, Level) else PRIORITY_LABELS[value]
                submenu.addAction(
                    f"{int(value)} - {text(label)}", partial(self._pick, row, column, cell)
                )

    def _cell_at(self, row: int, column: int) -> team_grid.Cell:
        grid = self.grid
        topic = column - team_grid.FIRST_TOPIC_COLUMN
        if grid is None or not (0 <= row < len(grid.people) and 0 <= topic < len(grid.topics)):
            return None
        return grid.cell(self.sheet(), grid.people[row].id, grid.topics[topic].id)

    def _pick(self, row: int, column: int, cell: team_grid.Cell) -> None:
        self.write(row, column, [[self.cell_text(cell)]])


def _short(name: str, most: int = 18) -> str:
    """A name as a row's heading: whole when short, cut with "…" when long."""
    return name if len(name) <= most else name[: most - 1].rstrip() + "…"
