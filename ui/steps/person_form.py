"""The form of one person of the team; every field is saved as soon as it is left."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
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
from ui.forms import attempt, choice_combo, error_label, select_data
from ui.i18n import text


class PersonForm(QWidget):
    """Signals:

    * ``saved(int)`` - the person with this id was saved.
    """

    saved = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.person_id: int | None = None
        self._loading = False
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.job = QLineEdit()
        self.job.setMaxLength(200)
        self.year_joined = QLineEdit()
        self.year_joined.setMaxLength(4)
        self.year_joined.setFixedWidth(70)
        self.age_band = choice_combo({"": NOT_SAID, **AGE_BAND_LABELS})
        self.temperament = choice_combo(TEMPERAMENT_LABELS)
        self.learning_style = choice_combo(LEARNING_STYLE_LABELS)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)
        self.notes.setTabChangesFocus(True)
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
        for line in (self.name, self.job, self.year_joined):
            line.editingFinished.connect(self.save)
        for combo in (self.age_band, self.temperament, self.learning_style):
            combo.currentIndexChanged.connect(self.save)
        for box in self.slots.values():
            box.toggled.connect(self.save)
        self.notes.textChanged.connect(self._notes_changed)
        self.notes.installEventFilter(self)

    def _notes_changed(self) -> None:
        if not self._loading:
            self._notes_dirty = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.notes and event.type() == QEvent.Type.FocusOut:
            self.save_pending_notes()
        return super().eventFilter(watched, event)

    def show_person(self, person: PersonInfo | None) -> None:
        self._loading = True
        self.person_id = person.id if person else None
        self.setEnabled(person is not None)
        for label in self.errors.values():
            label.hide()
        self.name.setText(person.name if person else "")
        self.job.setText(person.job if person else "")
        self.year_joined.setText(str(person.year_joined) if person and person.year_joined else "")
        select_data(self.age_band, person.age_band.value if person and person.age_band else "")
        select_data(self.temperament, person.temperament if person else "")
        select_data(self.learning_style, person.learning_style if person else "")
        for slot, box in self.slots.items():
            box.setChecked(bool(person and person.availability & slot_bit(slot)))
        self.notes.setPlainText(person.notes if person else "")
        self._notes_dirty = False
        self._loading = False

    def save(self) -> None:
        """Save every field of the form; a refused one is explained, the others stay typed."""
        if self._loading or self.person_id is None:
            return
        person_id = self.person_id
        mask = sum(slot_bit(slot) for slot in ALL_SLOTS if self.slots[slot].isChecked())
        saved = attempt(
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
        if saved is not None:
            self._notes_dirty = False
            self.saved.emit(saved.id)

    def save_pending_notes(self) -> None:
        if self._notes_dirty:
            self.save()
