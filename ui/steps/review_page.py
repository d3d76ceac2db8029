"""Step 5 - the review: per pair, the levels reached, both people's answers, the owner's
conclusion and decision; the programme's results in figures; renewing it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import programmes
from app.charts import level_chart
from app.progress import programme_progress
from app.step_states import too_early_to_review
from app.steps import review
from app.steps.pairs import ObjectiveInfo
from app.text import isolate
from app.vocabulary import (
    DECISION_LABELS,
    LEVEL_LABELS,
    PAIR_STATE_LABELS,
    Level,
    ProgrammeState,
    Role,
)
from ui.autosave import SaveOnLeave, show_text
from ui.charts import LevelChartView
from ui.forms import (
    FittedTable,
    IdList,
    choice_combo,
    confirm,
    error_label,
    note_label,
    plain_label,
    select_data,
)
from ui.i18n import format_date, format_decimal, text, translate
from ui.operations import Changes, Scope, change, change_on_purpose
from ui.printing.menu import add_document, build, print_button
from ui.steps.answers_form import AnswersForm
from ui.steps.base import StepPage
from ui.wheel_guard import guarded


class ReviewPage(StepPage):
    """Signals:

    * ``renew_requested()`` - the owner asked to renew the programme.
    """

    number = 5
    renew_requested = Signal()

    def __init__(self, changes: Changes) -> None:
        super().__init__(changes)
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
        self.decision = choice_combo(DECISION_LABELS)
        self.errors = error_label()
        #: What a decision did besides being kept: the sessions it cancelled.
        self.decided = note_label()
        self.summary = plain_label(wrap=True)
        #: Each pair's level before and at the end, as bars.
        self.chart = LevelChartView()
        self.chart.setAccessibleName(self.tr("Levels before and now"))
        #: Said while the programme has not begun: a review comes after the sessions.
        self.too_early = note_label()
        self.renew = QPushButton(self.tr("Rene&w this programme…"))
        self.close_programme = QPushButton(self.tr("C&lose this programme…"))
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
        owner_form.addRow("", self.decided)
        answers = QHBoxLayout()
        answers.addWidget(self.mentee)
        answers.addWidget(self.mentor)
        #: The review of the pair chosen: what changes it.
        self.detail = QWidget()
        detail = QVBoxLayout(self.detail)
        detail.setContentsMargins(0, 0, 0, 0)
        detail.addWidget(plain_label(self.tr("Levels reached")))
        detail.addWidget(self.levels)
        detail.addLayout(answers)
        detail.addWidget(owner)
        columns = QHBoxLayout()
        columns.addWidget(self.pair_list)
        columns.addWidget(self.detail, 1)
        results = QGroupBox(self.tr("The programme in figures"))
        results_layout = QVBoxLayout(results)
        figures = QHBoxLayout()
        figures.addWidget(self.summary, 1)
        figures.addWidget(self.print, 0, Qt.AlignmentFlag.AlignBottom)
        figures.addWidget(self.renew, 0, Qt.AlignmentFlag.AlignBottom)
        figures.addWidget(self.close_programme, 0, Qt.AlignmentFlag.AlignBottom)
        results_layout.addLayout(figures)
        results_layout.addWidget(self.chart)
        self.body_layout.addWidget(self.too_early)
        self.body_layout.addLayout(columns)
        self.body_layout.addWidget(results)
        self.pair_list.currentItemChanged.connect(lambda *_: self._show_pair())
        self.autosave = SaveOnLeave(self, self._save_conclusion)
        self.autosave.watch(self.conclusion, self.decision)
        self.renew.clicked.connect(self.renew_requested.emit)
        #: What the levels table's rows show, in order.
        self._level_rows: list[tuple[object, ...]] = []
        #: The pair whose decision ``decided`` speaks of.
        self._decided_for: int | None = None
        self.close_programme.clicked.connect(self._close_programme)
        self._watch_parts()

    def editable_parts(self) -> list[QWidget]:
        return [self.detail]

    def _watch_parts(self) -> None:
        shown = Scope.PEOPLE | Scope.TOPICS | Scope.PAIRS | Scope.SESSIONS | Scope.REVIEWS
        self.watch(shown, self._load_pairs)
        self.watch(shown, self._show_pair)
        self.watch(shown | Scope.PROGRAMME, self._show_summary)
        self.watch(Scope.RULES | Scope.PROGRAMME, self._show_too_early)

    def _load_pairs(self) -> None:
        current = self._selected()
        progress = (
            programme_progress(self.programme_id).pairs if self.programme_id is not None else ()
        )
        self.pair_list.fill(
            (
                (
                    pair.pair_id,
                    f"{'✓' if pair.steps_done[4] else '○'} {isolate(pair.mentor_name)} → {isolate(pair.mentee_name)}\n"
                    f"    {text(PAIR_STATE_LABELS[pair.state])}",
                )
                for pair in progress
            ),
            current,
        )

    def _show_too_early(self) -> None:
        early = too_early_to_review(self.programme_id) if self.programme_id is not None else None
        self.too_early.setVisible(early is not None)
        if early is not None:
            self.too_early.setText(
                self.tr("{why} What you note now is kept.").format(why=text(early))
            )

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

    def _show_pair(self) -> None:
        pair_id = self._selected()
        info = review.get_review(pair_id) if pair_id is not None else None
        objectives = info.objectives if info else ()
        if [_row_key(objective) for objective in objectives] != self._level_rows:
            self._make_level_rows(list(objectives))
        proposed = info.proposed_levels if info else {}
        for row, objective in enumerate(objectives):
            after = self.levels.cellWidget(row, 3)
            assert isinstance(after, QComboBox)
            after.blockSignals(True)  # showing the level is not choosing it
            after.setItemText(0, self._unassessed(proposed.get(objective.id)))
            select_data(after, objective.level_after)
            after.blockSignals(False)
        self.mentee.show_answers(pair_id, info.mentee if info else None)
        self.mentor.show_answers(pair_id, info.mentor if info else None)
        with self.autosave.filling():
            show_text(self.conclusion, info.conclusion if info else "")
            select_data(self.decision, info.decision if info else "")
        for widget in (self.conclusion, self.decision):
            widget.setEnabled(pair_id is not None)
        self.errors.hide()
        if pair_id != self._decided_for:
            self.decided.hide()

    def _unassessed(self, proposed: Level | None) -> str:
        """The level after not given yet: the journal's last level, proposed, when it noted
        one (kept as the level after when the owner decides)."""
        if proposed is None:
            return self.tr("not assessed yet")
        return self.tr("{level} (from the journal)").format(level=text(LEVEL_LABELS[proposed]))

    def _make_level_rows(self, objectives: list[ObjectiveInfo]) -> None:
        """One row per objective; the same objectives keep their rows (and the focus)."""
        self._level_rows = [_row_key(objective) for objective in objectives]
        self.levels.setRowCount(0)
        for row, objective in enumerate(objectives):
            self.levels.insertRow(row)
            self.levels.setCellWidget(row, 0, plain_label(objective.topic_name))
            self.levels.setCellWidget(
                row, 1, plain_label(text(LEVEL_LABELS[objective.level_before]))
            )
            self.levels.setCellWidget(
                row, 2, plain_label(text(LEVEL_LABELS[objective.target_level]))
            )
            after = guarded(QComboBox())
            after.addItem(self.tr("not assessed yet"), None)
            for level in Level:
                after.addItem(text(LEVEL_LABELS[level]), int(level))
            after.setAccessibleName(
                self.tr("Level after - {topic}").format(topic=objective.topic_name)
            )
            after.currentIndexChanged.connect(
                lambda _=0, o=objective.id, c=after: self._save_level(o, c)
            )
            self.levels.setCellWidget(row, 3, after)
        self.levels.fit()

    def _show_summary(self) -> None:
        self.close_programme.setEnabled(False)
        if self.programme_id is None:
            self.summary.setText("")
            self.chart.show_chart(level_chart(()))
            return
        closed = programmes.get_programme(self.programme_id).state is ProgrammeState.CLOSED
        self.close_programme.setEnabled(not closed)
        self.close_programme.setText(
            self.tr("This programme is closed") if closed else self.tr("C&lose this programme…")
        )
        figures = review.programme_summary(self.programme_id)
        lines = [
            self.tr("Pairs reviewed: {done} of {all}").format(
                done=figures.pairs_reviewed, all=figures.pairs
            ),
            # each number with the words that agree with it ("1 objectif atteint sur 1")
            self.tr("Productivity: {levels}, {reached}, {minutes}").format(
                levels=self.tr("%n level(s) gained", "", figures.levels_gained),
                reached=self.tr(
                    "%n objective(s) reached out of {objectives}", "", figures.objectives_reached
                ).format(objectives=figures.objectives),
                minutes=self.tr("%n minute(s) saved each week", "", figures.minutes_saved_per_week),
            ),
            self.tr("Bond: no answer yet")
            if figures.average_bond is None
            else self.tr("Bond: {bond} / 5 on average").format(
                bond=format_decimal(figures.average_bond)
            ),
            self.tr("Fresh eye: %n idea(s) collected", "", figures.ideas),
        ]
        self.summary.setText("\n".join(lines))
        self.chart.show_chart(level_chart(programme_progress(self.programme_id).pairs, translate))

    def _save_level(self, objective_id: int, combo: QComboBox) -> None:
        level = combo.currentData()
        if level is None:
            return
        change(self, lambda: review.set_level_after(objective_id, level), self.errors)

    def _save_conclusion(self) -> object:
        pair_id = self._selected()
        if pair_id is None:
            return None
        # a decision finishes the pair: sessions still to come are cancelled once she says so
        saved = change_on_purpose(
            self,
            lambda despite: review.conclude(
                pair_id,
                self.decision.currentData(),
                self.conclusion.toPlainText(),
                despite=despite,
            ),
            self.errors,
        )
        if saved is not None and saved.sessions_cancelled:
            self._decided_for = pair_id
            self.decided.setText(
                self.tr(
                    "The pair is finished: %n session(s) still planned are cancelled ({days}).",
                    "",
                    len(saved.sessions_cancelled),
                ).format(days="; ".join(format_date(day) for day in saved.sessions_cancelled))
            )
            self.decided.show()
        return saved

    def _close_programme(self) -> None:
        """Close the programme: it stays to read and print, and no longer changes."""
        programme_id = self.programme_id
        if programme_id is None:
            return
        question = self.tr(
            "Close this programme? Everything in it stays to read and print, but nothing in it "
            "can be changed any more. To go on with the team, renew it instead."
        )
        figures = review.programme_summary(programme_id)
        if figures.pairs_reviewed < figures.pairs:
            question += "\n\n" + self.tr(
                "Pairs reviewed: {done} of {all}. The others stay as they are."
            ).format(done=figures.pairs_reviewed, all=figures.pairs)
        if confirm(self, question):
            change(self, lambda: programmes.close_programme(programme_id))


def _row_key(objective: ObjectiveInfo) -> tuple[object, ...]:
    """What a row of the levels table shows besides the level after."""
    return (objective.id, objective.topic_name, objective.level_before, objective.target_level)
