"""One person's answers at the review (the mentee's or the mentor's), saved as they are given."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.steps import review
from app.steps.review import AnswersInfo
from app.vocabulary import YES_NO_LABELS, Role
from ui.forms import attempt, choice_combo, error_label, select_data


def _scale() -> QComboBox:
    combo = QComboBox()
    combo.addItem("-", None)
    for value in range(1, 6):
        combo.addItem(f"{value} / 5", value)
    return combo


class AnswersForm(QGroupBox):
    """Signals:

    * ``saved()`` - the answers were saved.
    """

    saved = Signal()

    def __init__(self, role: Role, title: str) -> None:
        super().__init__(title)
        self.role = role
        self.pair_id: int | None = None
        self._loading = False
        self.satisfaction = _scale()
        self.bond = _scale()
        self.minutes_saved = QLineEdit()
        self.minutes_saved.setMaxLength(5)
        self.can_do_alone = QPlainTextEdit()
        self.ideas = QPlainTextEdit()
        self.comments = QPlainTextEdit()
        self.met_as_agreed = choice_combo(YES_NO_LABELS)
        self.would_do_again = choice_combo(YES_NO_LABELS)
        for editor in (self.can_do_alone, self.ideas, self.comments):
            editor.setFixedHeight(50)
            editor.setTabChangesFocus(True)
            editor.installEventFilter(self)
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
        for combo in (self.satisfaction, self.bond, self.met_as_agreed, self.would_do_again):
            combo.currentIndexChanged.connect(self.save)
        self.minutes_saved.editingFinished.connect(self.save)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and watched in (
            self.can_do_alone,
            self.ideas,
            self.comments,
        ):
            self.save()
        return super().eventFilter(watched, event)

    def show_answers(self, pair_id: int | None, answers: AnswersInfo | None) -> None:
        self._loading = True
        self.pair_id = pair_id
        self.setEnabled(pair_id is not None)
        select_data(self.satisfaction, answers.satisfaction if answers else None)
        select_data(self.bond, answers.bond if answers else None)
        minutes = answers.minutes_saved_per_week if answers else None
        self.minutes_saved.setText("" if minutes is None else str(minutes))
        self.can_do_alone.setPlainText(answers.can_do_alone if answers else "")
        self.ideas.setPlainText(answers.ideas if answers else "")
        self.comments.setPlainText(answers.comments if answers else "")
        select_data(self.met_as_agreed, answers.met_as_agreed if answers else "")
        select_data(self.would_do_again, answers.would_do_again if answers else "")
        for label in self.errors.values():
            label.hide()
        self._loading = False

    def save(self) -> None:
        if self._loading or self.pair_id is None:
            return
        pair_id = self.pair_id
        saved = attempt(
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
        if saved is not None:
            self.saved.emit()
