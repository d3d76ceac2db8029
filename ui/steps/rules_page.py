"""Step 4 - the rules of the game: the frame, the shop's days off, each pair's slot, and
the sessions Tandem plans from them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QMenu,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import sessions, shop
from app.steps import pairs, rules
from app.text import isolate
from app.vocabulary import SESSION_STATUS_LABELS, WEEKDAY_LABELS, PairState, PartOfDay, Weekday
from ui.autosave import show_text
from ui.fields import DateField, TimeField
from ui.forms import FittedTable, confirm, error_label, note_label, plain_label
from ui.i18n import format_date, text
from ui.operations import Changes, Scope, change, change_on_purpose, changed
from ui.printing.menu import add_document, build
from ui.steps.base import StepPage
from ui.steps.frame_form import FrameForm
from ui.wheel_guard import guarded

_AS_PROGRAMME = -1
#: The slots table shows this many pairs at once and scrolls the others.
ROWS_SHOWN = 12


class RulesPage(StepPage):
    number = 4

    def __init__(self, changes: Changes) -> None:
        super().__init__(changes)
        self.set_texts(
            self.tr(
                "Agree on a clear frame before the first session: when the pairs meet, for how "
                "long, where, and the few rules that keep it pleasant for both. Then let Tandem "
                "plan the sessions around your days off; each pair signs its charter."
            )
        )
        self.frame = FrameForm()
        self.days_off = {day: QCheckBox(text(WEEKDAY_LABELS[day])) for day in Weekday}
        self.closures = QListWidget()
        self.closures.setAccessibleName(self.tr("Closures"))
        self.closures.setMaximumHeight(90)
        today = dt.date.today()
        self.closure_from, self.closure_to = DateField(today), DateField(today)
        self.closure_from.setAccessibleName(self.tr("First day closed"))
        self.closure_to.setAccessibleName(self.tr("Last day closed"))
        #: The whole day, or only the morning or the afternoon of each day closed.
        self.closure_part = guarded(QComboBox())
        self.closure_part.addItem(self.tr("whole days"), None)
        self.closure_part.addItem(self.tr("mornings only"), int(PartOfDay.MORNING))
        self.closure_part.addItem(self.tr("afternoons only"), int(PartOfDay.AFTERNOON))
        self.closure_part.setAccessibleName(self.tr("Part of the day closed"))
        self.closure_label = QLineEdit()
        self.closure_label.setPlaceholderText(self.tr("for example: summer holidays"))
        self.closure_label.setAccessibleName(self.tr("What the closure is"))
        self.add_closure = QPushButton(self.tr("Add th&is closure"))
        self.remove_closure = QPushButton(self.tr("Remove"))
        self.remove_closure.setAccessibleName(self.tr("Remove the closure"))
        self.slots = FittedTable(
            [self.tr("Pair"), self.tr("Day"), self.tr("Time"), self.tr("Place")],
            most_rows=ROWS_SHOWN,
        )
        self.slots.setAccessibleName(self.tr("Each pair's slot"))
        self.plan = QPushButton(self.tr("Plan th&e sessions"))
        #: Said when planned sessions no longer follow the frame (it changed since).
        self.replan = note_label()
        self.charter = QPushButton(self.tr("Charter of the pair…"))
        self.charter_menu = QMenu(self.charter)
        self.charter.setMenu(self.charter_menu)
        self.charter_menu.aboutToShow.connect(self._fill_charter_menu)
        self.sessions = QListWidget()
        self.sessions.setAccessibleName(self.tr("Planned sessions"))
        self.sessions.setMinimumHeight(160)
        self.errors = error_label()
        self.info = plain_label(wrap=True)
        self.sessions_caption = plain_label()

        frame_box = QGroupBox(self.tr("The frame"))
        QVBoxLayout(frame_box).addWidget(self.frame)
        shop_box = QGroupBox(self.tr("The shop is closed"))
        shop_layout = QVBoxLayout(shop_box)
        days = QHBoxLayout()
        for box in self.days_off.values():
            days.addWidget(box)
        shop_layout.addLayout(days)
        shop_layout.addWidget(self.closures)
        closure_row = QHBoxLayout()
        for widget in (self.closure_from, self.closure_to, self.closure_part, self.closure_label):
            closure_row.addWidget(widget)
        shop_layout.addLayout(closure_row)
        closure_buttons = QHBoxLayout()
        closure_buttons.addStretch()
        closure_buttons.addWidget(self.add_closure)
        closure_buttons.addWidget(self.remove_closure)
        shop_layout.addLayout(closure_buttons)
        pairs_box = QGroupBox(self.tr("Each pair's slot and sessions"))
        pairs_layout = QVBoxLayout(pairs_box)
        pairs_layout.addWidget(
            plain_label(
                self.tr('Leave "as the programme" unless a pair meets at another time.'), wrap=True
            )
        )
        pairs_layout.addWidget(self.slots)
        plan_row = QHBoxLayout()
        plan_row.addWidget(self.plan)
        plan_row.addWidget(self.charter)
        plan_row.addStretch()
        pairs_layout.addLayout(plan_row)
        pairs_layout.addWidget(self.replan)
        pairs_layout.addWidget(self.errors)
        pairs_layout.addWidget(self.info)
        pairs_layout.addWidget(self.sessions_caption)
        pairs_layout.addWidget(self.sessions)
        right = QVBoxLayout()
        right.addWidget(shop_box)
        right.addWidget(pairs_box, 1)
        columns = QHBoxLayout()
        columns.addWidget(frame_box, 2)
        columns.addLayout(right, 3)
        self.body_layout.addLayout(columns)
        #: The pairs of the slots table's rows, in order.
        self.pair_ids: list[int] = []
        #: Each row's pair name and slot, shown by its fields once they are made.
        self._rows: list[tuple[str, sessions.PairSlot]] = []
        self._connect_signals()
        self._watch_parts()

    def _connect_signals(self) -> None:
        for box in self.days_off.values():
            box.toggled.connect(self._save_days_off)
        self.add_closure.clicked.connect(self._add_closure)
        self.remove_closure.clicked.connect(self._remove_closure)
        self.plan.clicked.connect(self._plan)
        self.slots.currentCellChanged.connect(lambda *_: self._show_sessions())
        self.slots.verticalScrollBar().valueChanged.connect(
            lambda *_: self._make_fields(self.slots.rows_in_view())
        )

    def editable_parts(self) -> list[QWidget]:
        return [self.frame, self.slots, self.plan]

    def _watch_parts(self) -> None:
        self.watch(Scope.RULES | Scope.SHOP, lambda: self.frame.show_rules(self.programme_id))
        self.watch(Scope.SHOP, self._show_days_off)
        self.watch(Scope.SHOP, self._load_closures)
        self.watch(Scope.PEOPLE | Scope.PAIRS | Scope.RULES | Scope.SHOP, self._load_slots)
        self.watch(Scope.SESSIONS, self._show_sessions)
        self.watch(Scope.PAIRS | Scope.RULES | Scope.SESSIONS | Scope.SHOP, self._show_replan)
        # how many the last planning made: said until the sessions change again
        self.watch(Scope.PAIRS | Scope.RULES | Scope.SESSIONS, self.info.clear)

    def _show_days_off(self) -> None:
        days_off = shop.get_shop().days_off
        for day, box in self.days_off.items():
            box.blockSignals(True)
            box.setChecked(day in days_off)
            box.blockSignals(False)

    def _load_closures(self) -> None:
        self.closures.clear()
        for period in shop.list_closed_periods():
            label = self.tr("{first} to {last}").format(
                first=format_date(period.first_day), last=format_date(period.last_day)
            )
            if period.part is not None:
                label += " " + (
                    self.tr("(mornings)")
                    if period.part is PartOfDay.MORNING
                    else self.tr("(afternoons)")
                )
            if period.label:
                label += f" - {period.label}"
            self.closures.addItem(label)
            self.closures.item(self.closures.count() - 1).setData(
                Qt.ItemDataRole.UserRole, period.id
            )

    def _load_slots(self) -> None:
        if self.programme_id is None:
            self._make_rows([])
            self._show_sessions()
            return
        live = [p for p in pairs.list_pairs(self.programme_id) if p.state is not PairState.STOPPED]
        slots = sessions.pair_slots(self.programme_id)
        if [pair.id for pair in live] != self.pair_ids:
            self._make_rows([pair.id for pair in live])
        # the same pairs as last time keep their rows, which only show the slots again:
        # making and dropping hundreds of fields at each visit took most of the time
        self._rows = [
            (f"{isolate(pair.mentor_name)} → {isolate(pair.mentee_name)}", slots[pair.id])
            for pair in live
        ]
        for row, (name, _) in enumerate(self._rows):
            item = self.slots.item(row, 0)
            assert item is not None  # every row has its name cell (see _make_rows)
            item.setText(name)
            if self.slots.cellWidget(row, 1) is not None:
                self._show_slot(row)
        # the first rows' fields before the table is laid out (and the next row's, a part
        # of which shows where a scroll bar would go), then those scrolled to
        self._make_fields(range(min(len(self._rows), ROWS_SHOWN + 1)))
        self._make_fields(self.slots.rows_in_view())
        self.slots.fit()
        if self.pair_ids and self.slots.currentRow() < 0:
            self.slots.setCurrentCell(0, 0)
        self._show_sessions()

    def _make_rows(self, pair_ids: list[int]) -> None:
        """One row per pair, with its name; its fields come as it is shown (see
        :meth:`_make_fields`)."""
        # quiet while the rows change: the current cell moving through rows half made
        # would show the sessions of a row that is not there yet, or not any more
        self.slots.blockSignals(True)
        self.slots.setRowCount(0)
        self.slots.setRowCount(len(pair_ids))  # at once: a row at a time lays out each time
        self.slots.blockSignals(False)
        self.pair_ids = pair_ids
        for row in range(len(pair_ids)):
            name = QTableWidgetItem()
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.slots.setItem(row, 0, name)

    def _make_fields(self, rows: range) -> None:
        """The pair's own day, time and place (empty: the programme's), each saved as soon
        as it is changed - made for the rows in view only: three fields for each of hundreds
        of pairs took most of a first visit."""
        for row in rows:
            if row >= len(self._rows) or self.slots.cellWidget(row, 1) is not None:
                continue
            pair_id = self.pair_ids[row]
            day = guarded(QComboBox())
            day.setModel(self._days())
            time = TimeField()
            place = QLineEdit()
            self.slots.setCellWidget(row, 1, day)
            self.slots.setCellWidget(row, 2, time)
            self.slots.setCellWidget(row, 3, place)
            self._show_slot(row)
            save = lambda *_, p=pair_id, d=day, t=time, w=place: self._save_slot(p, d, t, w)  # noqa: E731
            day.currentIndexChanged.connect(save)
            time.editingFinished.connect(save)
            place.editingFinished.connect(save)

    def _show_slot(self, row: int) -> None:
        pair_name, slot = self._rows[row]
        day, time, place = (self.slots.cellWidget(row, column) for column in (1, 2, 3))
        assert isinstance(day, QComboBox)
        assert isinstance(time, TimeField) and isinstance(place, QLineEdit)
        for field in (day, time, place):
            field.blockSignals(True)  # showing the data is not changing it
        day.setCurrentIndex(day.findData(int(slot.weekday)) if slot.own_weekday else 0)
        day.setAccessibleName(self.tr("Day of {pair}").format(pair=pair_name))
        time.set_value(slot.start_time if slot.own_time else None)
        time.setPlaceholderText(slot.start_time.strftime("%H:%M"))
        time.setAccessibleName(self.tr("Time of {pair}").format(pair=pair_name))
        show_text(place, slot.place if slot.own_place else "")
        place.setPlaceholderText(slot.place)
        place.setAccessibleName(self.tr("Place of {pair}").format(pair=pair_name))
        for field in (day, time, place):
            field.blockSignals(False)

    def _pair_name(self, row: int) -> str:
        item = self.slots.item(row, 0)
        return item.text() if item is not None else ""

    def _days(self) -> QStandardItemModel:
        """The days a pair can meet, one list shared by every row's combo box rather than
        eight items made for each of hundreds of rows."""
        if self._day_choices is None:
            self._day_choices = QStandardItemModel(self)
            for label, value in [
                (self.tr("as the programme"), _AS_PROGRAMME),
                *((text(label), int(weekday)) for weekday, label in WEEKDAY_LABELS.items()),
            ]:
                item = QStandardItem(label)
                item.setData(value, Qt.ItemDataRole.UserRole)
                self._day_choices.appendRow(item)
        return self._day_choices

    _day_choices: QStandardItemModel | None = None

    def _fill_charter_menu(self) -> None:
        """The charter of the pair chosen in the slots table, to sign at the start."""
        self.charter_menu.clear()
        row = self.slots.currentRow()
        if 0 <= row < len(self.pair_ids):
            add_document(
                self.charter_menu,
                self,
                self.tr("Charter of {pair}").format(pair=self._pair_name(row)),
                build("pair_charter", self.pair_ids[row]),
            )

    def _save_slot(self, pair_id: int, day: QComboBox, time: TimeField, place: QLineEdit) -> None:
        weekday = day.currentData()
        change_on_purpose(
            self,
            lambda despite: sessions.set_pair_slot(
                pair_id,
                weekday=None if weekday == _AS_PROGRAMME else weekday,
                start_time=time.value() or None,
                place=place.text().strip() or None,
                despite=despite,
            ),
            self.errors,
        )

    def _show_sessions(self) -> None:
        self.sessions.clear()
        row = self.slots.currentRow()
        if not 0 <= row < len(self.pair_ids):
            self.sessions_caption.setText("")
            return
        pair_name = self._pair_name(row)
        self.sessions_caption.setText(self.tr("Sessions of {pair}:").format(pair=pair_name))
        for session in sessions.list_sessions(self.pair_ids[row]):
            when = format_date(session.held_on)
            if session.start_time is not None:
                when += " " + session.start_time.strftime("%H:%M")
            self.sessions.addItem(
                self.tr("{when} - {minutes} min - {status}").format(
                    when=when,
                    minutes=session.minutes,
                    status=text(SESSION_STATUS_LABELS[session.status]),
                )
            )

    def _save_days_off(self) -> None:
        chosen = [day for day, box in self.days_off.items() if box.isChecked()]
        if change(self, lambda: shop.set_days_off(chosen), self.errors) is None:
            self._show_days_off()  # refused: the boxes show the days still saved

    def _add_closure(self) -> None:
        if change(
            self,
            lambda: shop.add_closed_period(
                self.closure_from.value(),
                self.closure_to.value(),
                self.closure_label.text(),
                self.closure_part.currentData(),
            ),
            self.errors,
        ):
            self.closure_label.clear()

    def _remove_closure(self) -> None:
        item = self.closures.currentItem()
        if item is not None:
            period_id = item.data(Qt.ItemDataRole.UserRole)
            changed(self, lambda: shop.remove_closed_period(period_id), self.errors)

    def _show_replan(self) -> None:
        count = sessions.pairs_to_plan_again(self.programme_id) if self.programme_id else 0
        self.replan.setVisible(count > 0)
        self.replan.setText(
            self.tr(
                "The sessions to come of %n pair(s) no longer follow the frame: plan the "
                "sessions again to move them.",
                "",
                count,
            )
        )

    def _settle_slots(self, programme_id: int) -> bool:
        """Before planning: nobody in two places at once. The slots that must change are
        shown to the owner first; pairs no slot fits are named, and nothing is planned."""
        plan = sessions.slot_plan(programme_id)
        if plan.impossible:
            self.errors.setText("\n".join(text(why) for why in plan.impossible))
            self.errors.show()
            return False
        if not plan.changes:
            return True
        lines = [
            self.tr("{mentor} → {mentee}: {day} at {time}").format(
                mentor=isolate(change.mentor),
                mentee=isolate(change.mentee),
                day=text(WEEKDAY_LABELS[change.weekday]),
                time=change.start_time.strftime("%H:%M"),
            )
            for change in plan.changes
        ]
        question = self.tr(
            "So that each pair meets when both are free, and nobody has two sessions at the "
            "same time, these pairs would meet at another time:\n\n{slots}\n\nSave these "
            "slots and plan the sessions?"
        ).format(slots="\n".join(lines))
        if not confirm(self, question):
            return False
        return change(self, lambda: sessions.apply_slot_plan(plan), self.errors) is not None

    def _plan(self) -> None:
        if self.programme_id is None:
            return
        programme_id = self.programme_id
        if self.frame.save() is None and rules.get_programme_rules(programme_id) is None:
            return
        if not self._settle_slots(programme_id):
            return
        planned = change_on_purpose(
            self,
            lambda despite: sessions.plan_all_sessions(programme_id, despite=despite),
            self.errors,
        )
        if planned is not None:
            self.info.setText(self.tr("Sessions planned: {count}.").format(count=planned))
