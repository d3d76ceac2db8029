"""The form of one person of the team; every field is saved as soon as it is left."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.availability import ALL_SLOTS, slot_bit
from app.steps import needs
from app.steps.needs import PersonInfo
from app.vocabulary import (
    AGE_BAND_LABELS,
    LEARNING_STYLE_LABELS,
    NOT_SAID,
    PART_OF_DAY_LABELS,
    TEMPERAMENT_LABELS,
    WEEKDAY_LABELS,
    PartOfDay,
    Weekday,
)
from ui.autosave import SaveOnLeave, show_text
from ui.fields import NumberField
from ui.forms import choice_combo, error_label, select_data
from ui.i18n import text
from ui.operations import change


class PersonForm(QWidget):
    """The fields of one person, each saved as it is left."""

    def __init__(self) -> None:
        super().__init__()
        self.person_id: int | None = None
        self.autosave = SaveOnLeave(self, self.save)
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.job = QLineEdit()
        self.job.setMaxLength(200)
        self.year_joined = NumberField(1940, dt.date.today().year)
        self.age_band = choice_combo({"": NOT_SAID, **AGE_BAND_LABELS})
        self.temperament = choice_combo(TEMPERAMENT_LABELS)
        self.learning_style = choice_combo(LEARNING_STYLE_LABELS)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)
        self.slots: dict[tuple[Weekday, PartOfDay], QCheckBox] = {}
        grid_box = QWidget()
        grid = QGridLayout(grid_box)
        grid.setContentsMargins(0, 0, 0, 0)
        for column, part in enumerate(PartOfDay, 1):
            grid.addWidget(QLabel(text(PART_OF_DAY_LABELS[part])), 0, column)
        for row, day in enumerate(Weekday, 1):
            grid.addWidget(QLabel(text(WEEKDAY_LABELS[day])), row, 0)
            for column, part in enumerate(PartOfDay, 1):
                box = QCheckBox()
                box.setAccessibleName(
                    text(WEEKDAY_LABELS[day]) + " " + text(PART_OF_DAY_LABELS[part])
                )
                grid.addWidget(box, row, column, Qt.AlignmentFlag.AlignCenter)
                self.slots[(day, part)] = box
        self.errors = {"name": error_label(), "year_joined": error_label(), None: error_label()}

        form = QFormLayout(self)
        form.addRow(self._label(self.tr("Nam&e:"), self.name), self.name)
        form.addRow("", self.errors["name"])
        form.addRow(self._label(self.tr("&Job:"), self.job), self.job)
        form.addRow(self._label(self.tr("&Year joined:"), self.year_joined), self.year_joined)
        form.addRow("", self.errors["year_joined"])
        form.addRow(self._label(self.tr("A&ge:"), self.age_band), self.age_band)
        form.addRow(self._label(self.tr("&Temperament:"), self.temperament), self.temperament)
        form.addRow(
            self._label(self.tr("&Way of learning:"), self.learning_style), self.learning_style
        )
        form.addRow(self.tr("Free half-days:"), grid_box)
        form.addRow(self._label(self.tr("N&otes:"), self.notes), self.notes)
        form.addRow("", self.errors[None])
        self._connect_signals()

    @staticmethod
    def _label(caption: str, buddy: QWidget) -> QLabel:
        label = QLabel(caption)
        label.setBuddy(buddy)
        return label

    def _connect_signals(self) -> None:
        self.autosave.watch(
            self.name,
            self.job,
            self.year_joined,
            self.age_band,
            self.temperament,
            self.learning_style,
            *self.slots.values(),
            self.notes,
        )

    def show_person(self, person: PersonInfo | None) -> None:
        """Show ``person`` as the data holds it (nobody: an empty, disabled form)."""
        self.person_id = person.id if person else None
        self.setEnabled(person is not None)
        with self.autosave.filling():
            for label in self.errors.values():
                label.hide()
            show_text(self.name, person.name if person else "")
            show_text(self.job, person.job if person else "")
            show_text(
                self.year_joined, str(person.year_joined) if person and person.year_joined else ""
            )
            select_data(self.age_band, person.age_band.value if person and person.age_band else "")
            select_data(self.temperament, person.temperament if person else "")
            select_data(self.learning_style, person.learning_style if person else "")
            for slot, box in self.slots.items():
                box.setChecked(bool(person and person.availability & slot_bit(slot)))
            show_text(self.notes, person.notes if person else "")

    def save(self) -> PersonInfo | None:
        """Save every field of the form; a refused one is explained, the others stay typed."""
        if self.person_id is None:
            return None
        person_id = self.person_id
        mask = sum(slot_bit(slot) for slot in ALL_SLOTS if self.slots[slot].isChecked())
        return change(
            self,
            lambda: needs.update_person(
                person_id,
                self.name.text(),
                self.job.text(),
                year_joined=self.year_joined.text() or None,
                age_band=self.age_band.currentData() or None,
                availability=mask,
                temperament=self.temperament.currentData(),
                learning_style=self.learning_style.currentData(),
                notes=self.notes.toPlainText(),
            ),
            self.errors,
        )
