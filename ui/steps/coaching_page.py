"""Step 3 - coaching the young mentors: a checklist per mentor, with dates and notes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.steps import coaching
from app.steps.coaching import MentorCoachingInfo
from ui.bus import DataBus
from ui.forms import IdList, attempt, date_edit, error_label, plain_label, plain_tooltip, succeeded
from ui.printing.menu import add_document, build
from ui.steps.base import StepPage


class CoachingPage(StepPage):
    number = 3

    def __init__(self, bus: DataBus) -> None:
        super().__init__(bus)
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
        box = QGroupBox(self.tr("Checklist"))
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
        self.marked.toggled.connect(self._save_mentor)
        self.mentor_notes.editingFinished.connect(self._save_mentor)
        self.add_point.clicked.connect(self._add_point)
        self.new_point.returnPressed.connect(self._add_point)

    def reload(self, select: int | None = None) -> None:
        current = select if select is not None else self._selected()
        self.mentors.fill(
            ((mentor.mentor_id, mentor.mentor_name) for mentor in self._status()), current
        )
        self._refresh_mentor_lines()
        self._show_checklist()

    def _status(self) -> list[MentorCoachingInfo]:
        return coaching.coaching_status(self.programme_id) if self.programme_id is not None else []

    def _refresh_mentor_lines(self) -> None:
        """Each mentor's line and who is left to coach, without touching the checklist."""
        status = {mentor.mentor_id: mentor for mentor in self._status()}
        for row in range(self.mentors.count()):
            item = self.mentors.item(row)
            mentor = status[item.data(Qt.ItemDataRole.UserRole)]
            state = (
                self.tr("coached")
                if mentor.coached
                else self.tr("{done} of {total} points").format(
                    done=mentor.points_done, total=len(mentor.checks)
                )
            )
            item.setText(f"{'✓' if mentor.coached else '○'} {mentor.mentor_name} - {state}")
        waiting = [mentor.mentor_name for mentor in status.values() if not mentor.coached]
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

    def _show_checklist(self) -> None:
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        mentor_id = self._selected()
        for widget in (self.checklist, self.marked, self.mentor_notes):
            widget.setEnabled(mentor_id is not None)
        self.errors.hide()
        if mentor_id is None or self.programme_id is None:
            return
        info = next(
            m for m in coaching.coaching_status(self.programme_id) if m.mentor_id == mentor_id
        )
        explanations = {point.id: point.explanation for point in coaching.list_points()}
        for row, check in enumerate(info.checks):
            box = QCheckBox(check.title)
            box.setChecked(check.done_on is not None)
            box.setToolTip(plain_tooltip(explanations.get(check.point_id, "")))
            explanation = plain_label(explanations.get(check.point_id, ""), wrap=True)
            explanation.setStyleSheet("color: palette(dark);")
            day = date_edit(check.done_on)
            day.setEnabled(check.done_on is not None)
            day.setAccessibleName(self.tr("Date - {point}").format(point=check.title))
            notes = QLineEdit(check.notes)
            notes.setPlaceholderText(self.tr("notes"))
            notes.setAccessibleName(self.tr("Notes - {point}").format(point=check.title))
            self.grid.addWidget(box, row * 2, 0)
            self.grid.addWidget(day, row * 2, 1)
            self.grid.addWidget(notes, row * 2, 2)
            self.grid.addWidget(explanation, row * 2 + 1, 0, 1, 3)
            box.toggled.connect(
                lambda on, p=check.point_id, d=day, n=notes: self._tick(p, on, d, n)
            )
            day.dateChanged.connect(
                lambda _d, p=check.point_id, b=box, d=day, n=notes: self._tick(
                    p, b.isChecked(), d, n
                )
            )
            notes.editingFinished.connect(
                lambda p=check.point_id, b=box, d=day, n=notes: self._tick(p, b.isChecked(), d, n)
            )
        self.grid.setColumnStretch(2, 1)
        self.marked.blockSignals(True)
        self.marked.setChecked(info.marked_coached)
        self.marked.blockSignals(False)
        self.mentor_notes.setText(info.notes)

    def _tick(self, point_id: int, on: bool, day: QDateEdit, notes: QLineEdit) -> None:
        mentor_id, programme_id = self._selected(), self.programme_id
        if mentor_id is None or programme_id is None:
            return
        if on:
            done = succeeded(
                self,
                lambda: coaching.tick_point(
                    programme_id, mentor_id, point_id, day.date().toPython(), notes.text()
                ),
                self.errors,
            )
        else:
            done = succeeded(
                self, lambda: coaching.untick_point(programme_id, mentor_id, point_id), self.errors
            )
        day.setEnabled(on)
        if done:
            self.saved()
            self._refresh_mentor_lines()

    def _save_mentor(self) -> None:
        mentor_id, programme_id = self._selected(), self.programme_id
        if mentor_id is None or programme_id is None:
            return
        if succeeded(
            self,
            lambda: coaching.set_mentor_coaching(
                programme_id,
                mentor_id,
                marked_coached=self.marked.isChecked(),
                notes=self.mentor_notes.text(),
            ),
            self.errors,
        ):
            self.saved()
            self._refresh_mentor_lines()

    def _add_point(self) -> None:
        if attempt(self, lambda: coaching.add_point(self.new_point.text()), self.errors):
            self.new_point.clear()
            self.saved()
            self.reload()
