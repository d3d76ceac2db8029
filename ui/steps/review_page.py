"""Step 5 - the review: per pair, the levels reached, both people's answers, the owner's
conclusion and decision; the programme's results in figures; renewing it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from app.progress import programme_progress
from app.steps import review
from app.vocabulary import DECISION_LABELS, LEVEL_LABELS, PAIR_STATE_LABELS, Level, Role
from ui.bus import DataBus
from ui.forms import (
    FittedTable,
    IdList,
    attempt,
    choice_combo,
    error_label,
    plain_label,
    select_data,
)
from ui.i18n import text
from ui.printing.menu import add_document, build, print_button
from ui.steps.answers_form import AnswersForm
from ui.steps.base import StepPage


class ReviewPage(StepPage):
    """Signals:

    * ``renew_requested()`` - the owner asked to renew the programme.
    """

    number = 5
    renew_requested = Signal()

    def __init__(self, bus: DataBus) -> None:
        super().__init__(bus)
        self.set_texts(
            self.tr(
                "Take stock with each pair: what the mentee can now do alone, what it brought to "
                "both, and the ideas the young one gave the business. Then decide what comes next: "
                "go on, swap the roles, or stop here. Print the review sheet and sign it together."
            )
        )
        self.pair_list = IdList()
        self.pair_list.setAccessibleName(self.tr("Pairs to review"))
        self.pair_list.setMaximumWidth(280)
        self.levels = FittedTable(
            [self.tr("Topic"), self.tr("Before"), self.tr("Target"), self.tr("After")]
        )
        self.levels.setAccessibleName(self.tr("Levels reached"))
        self.mentee = AnswersForm(Role.MENTEE, self.tr("The mentee says"))
        self.mentor = AnswersForm(Role.MENTOR, self.tr("The mentor says"))
        self.conclusion = QPlainTextEdit()
        self.conclusion.setFixedHeight(60)
        self.conclusion.setTabChangesFocus(True)
        self.conclusion.installEventFilter(self)
        self.decision = choice_combo(DECISION_LABELS)
        self.errors = error_label()
        self.summary = plain_label(wrap=True)
        self.renew = QPushButton(self.tr("Rene&w this programme…"))
        self.print, self.print_menu = print_button(self, self.tr("Pr&int…"))
        self.print_menu.aboutToShow.connect(self._fill_print_menu)

        owner = QGroupBox(self.tr("Your conclusion"))
        owner_form = QFormLayout(owner)
        conclusion_label = QLabel(self.tr("Con&clusion:"))
        conclusion_label.setBuddy(self.conclusion)
        decision_label = QLabel(self.tr("&Decision:"))
        decision_label.setBuddy(self.decision)
        owner_form.addRow(conclusion_label, self.conclusion)
        owner_form.addRow(decision_label, self.decision)
        owner_form.addRow("", self.errors)
        answers = QHBoxLayout()
        answers.addWidget(self.mentee)
        answers.addWidget(self.mentor)
        detail = QVBoxLayout()
        detail.addWidget(plain_label(self.tr("Levels reached")))
        detail.addWidget(self.levels)
        detail.addLayout(answers)
        detail.addWidget(owner)
        columns = QHBoxLayout()
        columns.addWidget(self.pair_list)
        columns.addLayout(detail, 1)
        results = QGroupBox(self.tr("The programme in figures"))
        results_layout = QHBoxLayout(results)
        results_layout.addWidget(self.summary, 1)
        results_layout.addWidget(self.print, 0, Qt.AlignmentFlag.AlignBottom)
        results_layout.addWidget(self.renew, 0, Qt.AlignmentFlag.AlignBottom)
        self.body_layout.addLayout(columns)
        self.body_layout.addWidget(results)
        self.pair_list.currentItemChanged.connect(lambda *_: self._show_pair())
        self.mentee.saved.connect(self._answers_saved)
        self.mentor.saved.connect(self._answers_saved)
        self.decision.currentIndexChanged.connect(self._save_conclusion)
        self.renew.clicked.connect(self.renew_requested.emit)
        self._loading = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.conclusion and event.type() == QEvent.Type.FocusOut:
            self._save_conclusion()
        return super().eventFilter(watched, event)

    def reload(self) -> None:
        current = self._selected()
        progress = (
            programme_progress(self.programme_id).pairs if self.programme_id is not None else ()
        )
        self.pair_list.fill(
            (
                (
                    pair.pair_id,
                    f"{'✓' if pair.steps_done[4] else '○'} {pair.mentor_name} → {pair.mentee_name}\n"
                    f"    {text(PAIR_STATE_LABELS[pair.state])}",
                )
                for pair in progress
            ),
            current,
        )
        self._show_pair()
        self._show_summary()

    def _fill_print_menu(self) -> None:
        """The documents of this step: the sheet of the pair chosen, all sheets, the summary."""
        self.print_menu.clear()
        pair_id, programme_id = self._selected(), self.programme_id
        if pair_id is not None:
            add_document(
                self.print_menu,
                self,
                self.tr("Review sheet of this pair"),
                build("review_sheet", pair_id),
            )
        if programme_id is not None:
            add_document(
                self.print_menu,
                self,
                self.tr("All the review sheets"),
                build("review_sheets", programme_id),
            )
            add_document(
                self.print_menu,
                self,
                self.tr("Programme summary"),
                build("programme_summary", programme_id),
            )

    def _selected(self) -> int | None:
        return self.pair_list.selected_id()

    def select_pair(self, pair_id: int) -> None:
        for row in range(self.pair_list.count()):
            if self.pair_list.item(row).data(Qt.ItemDataRole.UserRole) == pair_id:
                self.pair_list.setCurrentRow(row)

    def _show_pair(self) -> None:
        self._loading = True
        pair_id = self._selected()
        info = review.get_review(pair_id) if pair_id is not None else None
        self.levels.setRowCount(0)
        for objective in info.objectives if info else ():
            row = self.levels.rowCount()
            self.levels.insertRow(row)
            self.levels.setCellWidget(row, 0, plain_label(objective.topic_name))
            self.levels.setCellWidget(
                row, 1, plain_label(text(LEVEL_LABELS[objective.level_before]))
            )
            self.levels.setCellWidget(
                row, 2, plain_label(text(LEVEL_LABELS[objective.target_level]))
            )
            after = QComboBox()
            after.addItem(self.tr("not assessed yet"), None)
            for level in Level:
                after.addItem(text(LEVEL_LABELS[level]), int(level))
            select_data(after, objective.level_after)
            after.setAccessibleName(
                self.tr("Level after - {topic}").format(topic=objective.topic_name)
            )
            after.currentIndexChanged.connect(
                lambda _=0, o=objective.id, c=after: self._save_level(o, c)
            )
            self.levels.setCellWidget(row, 3, after)
        self.levels.fit()
        self.mentee.show_answers(pair_id, info.mentee if info else None)
        self.mentor.show_answers(pair_id, info.mentor if info else None)
        self.conclusion.setPlainText(info.conclusion if info else "")
        select_data(self.decision, info.decision if info else "")
        for widget in (self.conclusion, self.decision):
            widget.setEnabled(pair_id is not None)
        self.errors.hide()
        self._loading = False

    def _show_summary(self) -> None:
        if self.programme_id is None:
            self.summary.setText("")
            return
        figures = review.programme_summary(self.programme_id)
        lines = [
            self.tr("Pairs reviewed: {done} of {all}").format(
                done=figures.pairs_reviewed, all=figures.pairs
            ),
            self.tr(
                "Productivity: {levels} levels gained, {reached} of {objectives} objectives reached, "
                "{minutes} minutes saved each week"
            ).format(
                levels=figures.levels_gained,
                reached=figures.objectives_reached,
                objectives=figures.objectives,
                minutes=figures.minutes_saved_per_week,
            ),
            self.tr("Bond: {bond} / 5 on average").format(
                bond="-" if figures.average_bond is None else f"{figures.average_bond:.1f}"
            ),
            self.tr("Fresh eye: {ideas} ideas collected").format(ideas=figures.ideas),
        ]
        self.summary.setText("\n".join(lines))

    def _save_level(self, objective_id: int, combo: QComboBox) -> None:
        level = combo.currentData()
        if level is None:
            return
        if attempt(self, lambda: review.set_level_after(objective_id, level), self.errors):
            self.saved()
            self._show_summary()

    def _answers_saved(self) -> None:
        self.saved()
        self._show_summary()

    def _save_conclusion(self) -> None:
        pair_id = self._selected()
        if self._loading or pair_id is None:
            return
        if attempt(
            self,
            lambda: review.conclude(
                pair_id, self.decision.currentData(), self.conclusion.toPlainText()
            ),
            self.errors,
        ):
            self.saved()
            done = review.get_review(pair_id).complete
            item = self.pair_list.currentItem()
            item.setText(("✓" if done else "○") + item.text()[1:])
            self._show_summary()
