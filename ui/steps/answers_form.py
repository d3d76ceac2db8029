"""One person's answers at the review (the mentee's or the mentor's), saved as they are given."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from app.steps import review
from app.steps.review import AnswersInfo
from app.vocabulary import YES_NO_LABELS, Role
from ui.autosave import SaveOnLeave, show_text
from ui.fields import NumberField
from ui.forms import choice_combo, error_label, select_data
from ui.operations import change
from ui.wheel_guard import guarded


def _scale() -> QComboBox:
    combo = guarded(QComboBox())
    combo.addItem("-", None)
    for value in range(1, 6):
        combo.addItem(f"{value} / 5", value)
    return combo


class AnswersForm(QGroupBox):
    """One person's answers, each saved as it is given."""

    def __init__(self, role: Role, title: str) -> None:
        super().__init__(title)
        self.role = role
        self.pair_id: int | None = None
        self.autosave = SaveOnLeave(self, self.save)
        self.satisfaction = _scale()
        self.bond = _scale()
        self.minutes_saved = NumberField(0, 3000)
        self.can_do_alone = QPlainTextEdit()
        self.ideas = QPlainTextEdit()
        self.comments = QPlainTextEdit()
        self.met_as_agreed = choice_combo(YES_NO_LABELS)
        self.would_do_again = choice_combo(YES_NO_LABELS)
        for editor in (self.can_do_alone, self.ideas, self.comments):
            editor.setFixedHeight(50)
        self.errors = {"minutes_saved_per_week": error_label(), None: error_label()}
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        rows: list[tuple[str, QWidget]] = [
            (self.tr("Satisfaction:"), self.satisfaction),
            (self.tr("What I can now do alone:"), self.can_do_alone),
            (self.tr("Time saved each week (minutes):"), self.minutes_saved),
            (self.tr("The bond created:"), self.bond),
            (self.tr("Fresh ideas for the business (one a line):"), self.ideas),
            (self.tr("Did we meet as agreed?"), self.met_as_agreed),
            (self.tr("Would you do it again?"), self.would_do_again),
            (self.tr("Comments:"), self.comments),
        ]
        for caption, widget in rows:
            label = QLabel(caption)
            label.setBuddy(widget)
            widget.setAccessibleName(f"{title} - {caption.rstrip(':?')}")
            form.addRow(label, widget)
            if widget is self.minutes_saved:
                form.addRow("", self.errors["minutes_saved_per_week"])
        form.addRow("", self.errors[None])
        self.autosave.watch(*(widget for _, widget in rows))

    def show_answers(self, pair_id: int | None, answers: AnswersInfo | None) -> None:
        self.pair_id = pair_id
        self.setEnabled(pair_id is not None)
        with self.autosave.filling():
            select_data(self.satisfaction, answers.satisfaction if answers else None)
            select_data(self.bond, answers.bond if answers else None)
            minutes = answers.minutes_saved_per_week if answers else None
            show_text(self.minutes_saved, "" if minutes is None else str(minutes))
            show_text(self.can_do_alone, answers.can_do_alone if answers else "")
            show_text(self.ideas, answers.ideas if answers else "")
            show_text(self.comments, answers.comments if answers else "")
            select_data(self.met_as_agreed, answers.met_as_agreed if answers else "")
            select_data(self.would_do_again, answers.would_do_again if answers else "")
            for label in self.errors.values():
                label.hide()

    def save(self) -> AnswersInfo | None:
        if self.pair_id is None:
            return None
        pair_id = self.pair_id
        return change(
            self,
            lambda: review.set_answers(
                pair_id,
                self.role,
                satisfaction=self.satisfaction.currentData(),
                can_do_alone=self.can_do_alone.toPlainText(),
                minutes_saved_per_week=self.minutes_saved.text().strip() or None,
                bond=self.bond.currentData(),
                ideas=self.ideas.toPlainText(),
                met_as_agreed=self.met_as_agreed.currentData(),
                would_do_again=self.would_do_again.currentData(),
                comments=self.comments.toPlainText(),
            ),
            self.errors,
        )
