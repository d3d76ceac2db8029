"""The dashboard, home of a programme: where it stands, what to do next, and one row per
pair that says how it is doing - with its actions one click away."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
)

from app import sessions
from app.progress import programme_progress
from app.text import sort_key
from app.vocabulary import HEALTH_LABELS, Health, SessionStatus
from ui.dashboard.delegates import ActionsDelegate, HealthDelegate, LevelsDelegate, StepsDelegate
from ui.dashboard.model import Column, PairsFilter, PairsModel
from ui.forms import plain_label
from ui.i18n import text
from ui.operations import Changes, Scope
from ui.printing.menu import build, preview
from ui.steps.base import StepPage
from ui.wheel_guard import guarded

#: The widest a column may take from the others, in characters of the table's font: past
#: it, a cell is cut with "…" and shows its whole text in its tooltip.
WIDEST = {Column.PAIR: 24, Column.NEXT: 12}


class DashboardPage(StepPage):
    number = 0

    def __init__(self, changes: Changes) -> None:
        super().__init__(changes)
        self.set_texts(self.tr("How each pair is doing, and what to do next."))
        self.where = plain_label(wrap=True)
        self.next_action = plain_label(wrap=True)
        self.next_action.setObjectName("next_action")
        font = self.next_action.font()
        font.setBold(True)
        self.next_action.setFont(font)
        self.health = guarded(QComboBox())
        self.person = guarded(QComboBox())
        self.topic = guarded(QComboBox())
        self.model = PairsModel()
        self.proxy = PairsFilter(self.model)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Pairs"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.HEALTH, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(320)
        self.row_actions = ActionsDelegate(
            {"log": self.tr("+ Session"), "open": self.tr("Open"), "print": self.tr("Sheet")}
        )
        self._delegates: dict[Column, QStyledItemDelegate] = {
            Column.STEPS: StepsDelegate(),
            Column.PROGRESS: LevelsDelegate(),
            Column.HEALTH: HealthDelegate(),
            Column.ACTIONS: self.row_actions,
        }
        for column, delegate in self._delegates.items():
            self.table.setItemDelegateForColumn(column, delegate)
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(
            40
        )  # fit the columns to the first rows, not to all of them
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.TOPICS, QHeaderView.ResizeMode.Stretch)
        self.log = QPushButton(self.tr("&Log a session…"))
        self.open = QPushButton(self.tr("&Open the pair…"))
        self.print = QPushButton(self.tr("Re&view sheet…"))

        filters = QHBoxLayout()
        for caption, combo in (
            (self.tr("&Health:"), self.health),
            (self.tr("P&erson:"), self.person),
            (self.tr("&Topic:"), self.topic),
        ):
            label = QLabel(caption)
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo)
        filters.addStretch()
        buttons = QHBoxLayout()
        for button in (self.log, self.open, self.print):
            buttons.addWidget(button)
        buttons.addStretch()
        self.body_layout.addWidget(self.where)
        self.body_layout.addWidget(self.next_action)
        self.body_layout.addLayout(filters)
        self.body_layout.addWidget(self.table, 1)
        self.body_layout.addLayout(buttons)
        self._connect_signals()

    def _connect_signals(self) -> None:
        for combo in (self.health, self.person, self.topic):
            combo.currentIndexChanged.connect(self._filter)
        self.row_actions.clicked.connect(self._act)
        self.table.doubleClicked.connect(
            lambda index: self._act("open", self._pair_at(index.row()))
        )
        self.log.clicked.connect(lambda: self._act("log", self.selected_pair()))
        self.open.clicked.connect(lambda: self._act("open", self.selected_pair()))
        self.print.clicked.connect(lambda: self._act("print", self.selected_pair()))
        self.watch(Scope.EVERYTHING, self._show_progress)

    def bring_up_to_date(self) -> None:
        if self._shown_on != dt.date.today():  # the badges of a new day
            self.mark_stale()
        super().bring_up_to_date()

    def _show_progress(self) -> None:
        self._shown_on = dt.date.today()
        selected = self.selected_pair()
        if self.programme_id is None:
            self.where.setText(self.tr("Create a programme to begin."))
            self.next_action.setText("")
            self.model.set_pairs([])
            return
        progress = programme_progress(self.programme_id)
        if progress.complete:
            self.where.setText(self.tr("Every step of the programme is done."))
        else:
            self.where.setText(
                self.tr("The programme is at step {step} of 5.").format(step=progress.current_step)
            )
        self.next_action.setText(
            self.tr("Next: {action}").format(action=text(progress.next_action))
        )
        self.model.set_pairs(progress.pairs)
        self._fill_filters()
        height = max((len(pair.objectives) for pair in progress.pairs), default=1)
        self.table.verticalHeader().setDefaultSectionSize(max(34, 13 * height + 10))
        if not self._sized and progress.pairs:
            self._size_columns()
            self._sized = True
        self.select_pair(selected)
        for button in (self.log, self.open, self.print):
            button.setEnabled(bool(progress.pairs))

    _sized = False

    def _size_columns(self) -> None:
        """Fit the columns to their contents, within limits, so that every column stays
        readable at 1280 pixels wide; the topics take what is left (never under 12
        characters)."""
        self.table.resizeColumnsToContents()
        em = self.table.fontMetrics().averageCharWidth()
        header = self.table.horizontalHeader()
        for column, most in WIDEST.items():
            title = header.sectionSizeFromContents(column).width()  # the title stays whole
            width = min(self.table.columnWidth(column), max(most * em, title))
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setMinimumSectionSize(min(12 * em, 120))

    #: The day the badges were worked out for.
    _shown_on: dt.date | None = None

    def _fill_filters(self) -> None:
        """Offer the badges, people and topics of this programme; keep what was chosen."""
        pairs = [self.model.pair_at(row) for row in range(self.model.rowCount())]
        people = {p.mentor_id: p.mentor_name for p in pairs} | {
            p.mentee_id: p.mentee_name for p in pairs
        }
        topics = sorted({topic for p in pairs for topic in p.topics}, key=sort_key)
        choices = (
            (self.health, [(health.value, text(label)) for health, label in HEALTH_LABELS.items()]),
            (self.person, sorted(people.items(), key=lambda item: sort_key(item[1]))),
            (self.topic, [(topic, topic) for topic in topics]),
        )
        for combo, entries in choices:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), None)
            for value, label in entries:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
            combo.blockSignals(False)
        self._filter()

    def _filter(self) -> None:
        health = self.health.currentData()
        self.proxy.set_filters(
            Health(health) if health else None, self.person.currentData(), self.topic.currentData()
        )

    def _pair_at(self, proxy_row: int) -> int | None:
        if proxy_row < 0:
            return None
        source = self.proxy.mapToSource(self.proxy.index(proxy_row, 0))
        return self.model.pair_at(source.row()).pair_id if source.isValid() else None

    def selected_pair(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self._pair_at(rows[0].row()) if rows else None

    def select_pair(self, pair_id: int | None) -> None:
        row = self.model.row_of(pair_id) if pair_id is not None else None
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectionModel().select(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _act(self, action: str, pair_id: int | None) -> None:
        if pair_id is None:
            return
        self.select_pair(pair_id)
        if action == "print":
            preview(self, build("review_sheet", pair_id))
            return
        # the dialogs load on their first use, not with the first screen
        if action == "log":
            from ui.dashboard.session_dialog import SessionDialog

            dialog: QDialog = SessionDialog(
                pair_id, sessions.session_to_log(pair_id), status=SessionStatus.DONE, parent=self
            )
        else:
            from ui.dashboard.pair_dialog import PairDialog

            dialog = PairDialog(pair_id, parent=self)
        dialog.exec()  # what it changed was announced as it was saved
