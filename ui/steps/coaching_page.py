"""Step 3 - coaching the young mentors: a checklist per mentor, with dates and notes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.steps import coaching
from app.steps.coaching import CheckInfo, CoachingPointInfo, MentorCoachingInfo
from app.text import isolate
from ui.autosave import SaveOnLeave, show_text
from ui.fields import DateField
from ui.forms import IdList, confirm, error_label, plain_label, plain_tooltip
from ui.i18n import translate
from ui.operations import Changes, Scope, change, changed
from ui.printing.menu import add_document, build
from ui.steps.base import StepPage


class CoachingPage(StepPage):
    number = 3

    def __init__(self, changes: Changes) -> None:
        super().__init__(changes)
        #: The rows of the checklist shown, in order.
        self.rows: list[CheckRow] = []
        self.set_texts(
            self.tr(
                "Knowing something well is not the same as teaching it. Before the first session, "
                "sit down with each young mentor and go through these points together; tick each "
                "one when it has been talked over, and note what was said."
            )
        )
        self.mentors = IdList()
        self.mentors.setAccessibleName(self.tr("Mentors"))
        self.mentors.setMaximumWidth(280)
        self.left_to_coach = plain_label(wrap=True)
        self.checklist = QWidget()
        self.grid = QGridLayout(self.checklist)
        self.marked = QCheckBox(self.tr("Count this mentor as &coached, even with points left"))
        self.mentor_notes = QLineEdit()
        self.mentor_notes.setAccessibleName(self.tr("Notes on this mentor"))
        self.new_point = QLineEdit()
        self.new_point.setAccessibleName(self.tr("A point of your own"))
        self.add_point = QPushButton(self.tr("Add this poin&t"))
        self.errors = error_label()
        self.guide = QPushButton(self.tr("Mentor &guide…"))
        self.guide_menu = QMenu(self.guide)
        self.guide.setMenu(self.guide_menu)
        self.guide_menu.aboutToShow.connect(self._fill_guide_menu)
        left = QVBoxLayout()
        left.addWidget(self.mentors, 1)
        left.addWidget(self.left_to_coach)
        left.addWidget(self.guide)
        box = self.checklist_box = QGroupBox(self.tr("Checklist"))
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.checklist)
        box_layout.addWidget(self.marked)
        notes_label = QLabel(self.tr("N&otes:"))
        notes_label.setBuddy(self.mentor_notes)
        notes_row = QHBoxLayout()
        notes_row.addWidget(notes_label)
        notes_row.addWidget(self.mentor_notes, 1)
        box_layout.addLayout(notes_row)
        point_label = QLabel(self.tr("Your own point:"))
        point_label.setBuddy(self.new_point)
        adder = QHBoxLayout()
        adder.addWidget(point_label)
        adder.addWidget(self.new_point, 1)
        adder.addWidget(self.add_point)
        box_layout.addLayout(adder)
        box_layout.addWidget(self.errors)
        columns = QHBoxLayout()
        columns.addLayout(left)
        columns.addWidget(box, 1)
        self.body_layout.addLayout(columns)
        self.mentors.currentItemChanged.connect(lambda *_: self._show_checklist())
        self.autosave = SaveOnLeave(self, self._save_mentor)
        self.autosave.watch(self.marked, self.mentor_notes)
        self.add_point.clicked.connect(self._add_point)
        self.new_point.returnPressed.connect(self._add_point)
        self._watch_parts()

    def editable_parts(self) -> list[QWidget]:
        return [self.checklist_box]

    def _watch_parts(self) -> None:
        self.watch(Scope.PEOPLE | Scope.PAIRS | Scope.COACHING, self._show_coaching)

    def _show_coaching(self) -> None:
        """The mentors and the chosen one's checklist, from one reading of the status."""
        status = self._status()
        self._load_mentors(status)
        self._show_checklist(status)

    def _load_mentors(self, status: list[MentorCoachingInfo]) -> None:
        self.mentors.fill(((m.mentor_id, m.mentor_name) for m in status), self._selected())
        for row, mentor in enumerate(status):
            state = (
                self.tr("coached")
                if mentor.coached
                # "1 point sur 8" in French, "2 points sur 8"
                else self.tr("%n of {total} points", "", mentor.points_done).format(
                    total=len(mentor.checks)
                )
            )
            self.mentors.item(row).setText(
                f"{'✓' if mentor.coached else '○'} {isolate(mentor.mentor_name)} - {state}"
            )
        waiting = [mentor.mentor_name for mentor in status if not mentor.coached]
        if not status:
            self.left_to_coach.setText(
                self.tr("The mentors appear here once the pairs are formed.")
            )
        elif waiting:
            self.left_to_coach.setText(
                self.tr("Still to coach: {names}").format(names=", ".join(waiting))
            )
        else:
            self.left_to_coach.setText(self.tr("Every mentor is coached."))

    def _status(self) -> list[MentorCoachingInfo]:
        return coaching.coaching_status(self.programme_id) if self.programme_id is not None else []

    def _fill_guide_menu(self) -> None:
        self.guide_menu.clear()
        mentor_id, programme_id = self._selected(), self.programme_id
        if mentor_id is not None and programme_id is not None:
            add_document(
                self.guide_menu,
                self,
                self.tr("Guide for the mentor chosen"),
                build("mentor_guide", programme_id, mentor_id),
            )

    def _selected(self) -> int | None:
        return self.mentors.selected_id()

    def _show_checklist(self, status: list[MentorCoachingInfo] | None = None) -> None:
        """The chosen mentor's checklist. The same points keep their rows, which only show
        the data again: a tick saved does not take the focus away from the list."""
        mentor_id = self._selected()
        for widget in (self.checklist, self.marked, self.mentor_notes):
            widget.setEnabled(mentor_id is not None)
        self.errors.hide()
        info = next(
            (
                m
                for m in (status if status is not None else self._status())
                if m.mentor_id == mentor_id
            ),
            None,
        )
        checks = info.checks if info is not None else ()
        points = {point.id: point for point in coaching.list_points()}
        if [check.point_id for check in checks] != [row.point_id for row in self.rows]:
            self._make_rows([check.point_id for check in checks])
        for row, check in zip(self.rows, checks, strict=True):
            row.show(check, points.get(check.point_id))
        with self.autosave.filling():
            self.marked.setChecked(info.marked_coached if info else False)
            show_text(self.mentor_notes, info.notes if info else "")

    def _make_rows(self, point_ids: list[int]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.rows = []
        for number, point_id in enumerate(point_ids):
            row = CheckRow(point_id, self._tick, self._edit_point, self._retire_point)
            row.place_in(self.grid, number)
            self.rows.append(row)
        self.grid.setColumnStretch(2, 1)

    def _tick(self, row: CheckRow) -> None:
        mentor_id, programme_id = self._selected(), self.programme_id
        if mentor_id is None or programme_id is None:
            return
        point_id = row.point_id
        if row.box.isChecked():
            day, notes = row.day.value(), row.notes.text()
            # a date refused is said under its row, where she typed it
            changed(
                self,
                lambda: coaching.tick_point(programme_id, mentor_id, point_id, day, notes),
                {"done_on": row.error, "notes": row.error, None: self.errors},
            )
        else:
            changed(
                self,
                lambda: coaching.untick_point(programme_id, mentor_id, point_id),
                self.errors,
            )

    def _save_mentor(self) -> bool:
        mentor_id, programme_id = self._selected(), self.programme_id
        if mentor_id is None or programme_id is None:
            return False
        return changed(
            self,
            lambda: coaching.set_mentor_coaching(
                programme_id,
                mentor_id,
                marked_coached=self.marked.isChecked(),
                notes=self.mentor_notes.text(),
            ),
            self.errors,
        )

    def _add_point(self) -> None:
        if change(self, lambda: coaching.add_point(self.new_point.text()), self.errors):
            self.new_point.clear()

    def _edit_point(self, point_id: int) -> None:
        point = next(p for p in coaching.list_points() if p.id == point_id)
        title, accepted = QInputDialog.getText(
            self, self.tr("Change the point"), self.tr("The point:"), text=point.title
        )
        if accepted:
            change(
                self,
                lambda: coaching.update_point(point_id, title, point.explanation),
                self.errors,
            )

    def _retire_point(self, point_id: int) -> None:
        point = next(p for p in coaching.list_points() if p.id == point_id)
        question = self.tr(
            'Take "{point}" off the checklist? The mentors already coached on it keep '
            "their tick in the programmes before."
        ).format(point=point.title)
        if confirm(self, question):
            changed(self, lambda: coaching.retire_point(point_id), self.errors)


class CheckRow:
    """One point of the checklist: ticked or not, the day it was talked over, notes, and
    a menu to change the point's words or take it off the list."""

    def __init__(
        self,
        point_id: int,
        tick: Callable[[CheckRow], None],
        edit: Callable[[int], None],
        retire: Callable[[int], None],
    ) -> None:
        self.point_id = point_id
        self.box = QCheckBox()
        self.day = DateField(dt.date.today())
        self.notes = QLineEdit()
        self.notes.setPlaceholderText(translate("CoachingPage", "notes"))
        self.explanation = plain_label(wrap=True)
        self.explanation.setStyleSheet("color: palette(dark);")
        #: A refusal of this row's date or notes, said under it.
        self.error = error_label()
        self.more = QToolButton()
        self.more.setText("…")
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.more)
        menu.addAction(
            translate("CoachingPage", "Change the words of this point…")
        ).triggered.connect(lambda: edit(point_id))
        menu.addAction(
            translate("CoachingPage", "Take this point off the list…")
        ).triggered.connect(lambda: retire(point_id))
        self.more.setMenu(menu)
        self.box.toggled.connect(lambda _on: tick(self))
        self.day.editingFinished.connect(lambda: tick(self))
        self.notes.editingFinished.connect(lambda: tick(self))

    def place_in(self, grid: QGridLayout, number: int) -> None:
        grid.addWidget(self.box, number * 2, 0)
        grid.addWidget(self.day, number * 2, 1)
        grid.addWidget(self.notes, number * 2, 2)
        grid.addWidget(self.more, number * 2, 3)
        below = QWidget()
        lines = QVBoxLayout(below)
        lines.setContentsMargins(0, 0, 0, 0)
        lines.addWidget(self.error)
        lines.addWidget(self.explanation)
        grid.addWidget(below, number * 2 + 1, 0, 1, 4)

    def show(self, check: CheckInfo, point: CoachingPointInfo | None) -> None:
        explanation = point.explanation if point else ""
        self.error.hide()  # a refusal was about the mentor shown before
        fields: tuple[QWidget, ...] = (self.box, self.day, self.notes)
        for field in fields:
            field.blockSignals(True)  # showing the data is not changing it
        self.box.setText(check.title)
        self.box.setChecked(check.done_on is not None)
        self.box.setToolTip(plain_tooltip(explanation))
        # a point not talked over yet shows the day a tick gives it: the row is kept from
        # one mentor to the next, and a date typed for the last one was saved for this one
        self.day.set_value(check.done_on or dt.date.today())
        # a date and notes belong to a point talked over: typed on one that is not, they
        # would have nowhere to go
        self.day.setEnabled(check.done_on is not None)
        self.notes.setEnabled(check.done_on is not None)
        self.day.setAccessibleName(
            translate("CoachingPage", "Date - {point}").format(point=check.title)
        )
        show_text(self.notes, check.notes)
        self.notes.setAccessibleName(
            translate("CoachingPage", "Notes - {point}").format(point=check.title)
        )
        self.more.setAccessibleName(
            translate("CoachingPage", "More about the point {point}").format(point=check.title)
        )
        self.more.setVisible(point is not None and not point.builtin)
        self.explanation.setText(explanation)
        for field in fields:
            field.blockSignals(False)
