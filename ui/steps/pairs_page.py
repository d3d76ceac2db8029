"""Step 2 - the pairs: Tandem's proposals explained in words, the pairs formed, their
objectives, and the affinities between people."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.steps import needs, pairs
from app.text import isolate
from app.vocabulary import PAIR_STATE_LABELS, PairState
from ui.forms import IdList, error_label, plain_label
from ui.i18n import text, translate
from ui.operations import Changes, Scope, change, change_on_purpose, changed
from ui.steps.affinity_grid import AffinityGrid
from ui.steps.base import StepPage
from ui.steps.objectives_editor import ObjectivesEditor
from ui.wheel_guard import guarded

if TYPE_CHECKING:
    from app.steps.matching import Proposal
    from app.steps.needs import PersonInfo


class PairsPage(StepPage):
    number = 2

    def __init__(self, changes: Changes) -> None:
        super().__init__(changes)
        self.set_texts(
            self.tr(
                "Form the pairs: a young mentor with a senior mentee. Tandem proposes pairs and says "
                "why; you know your team better, so accept, set aside or change them. One mentor may "
                "take several mentees if they have the time. Give each pair one to three objectives."
            )
        )
        self.set_aside: set[tuple[int, int]] = set()
        self._people: list[PersonInfo] = []
        self.proposals: list[Proposal] = []
        self.proposal_list = QListWidget()
        self.proposal_list.setAccessibleName(self.tr("Proposals"))
        self.proposal_list.setWordWrap(True)
        self.proposal_list.setMinimumHeight(180)
        self.uncovered = plain_label(wrap=True)
        self.uncovered.setObjectName("uncovered")
        self.whole_team = QCheckBox(self.tr("Propose a set for the &whole team"))
        self.accept = QPushButton(self.tr("&Accept"))
        self.reject = QPushButton(self.tr("&Set aside"))
        # it puts the proposal's two people in the "by hand" row, to change before forming
        self.edit = QPushButton(self.tr("&Change before forming"))
        self.pair_list = IdList()
        self.pair_list.setAccessibleName(self.tr("Pairs"))
        self.pair_list.setMinimumHeight(150)
        self.mentor = guarded(QComboBox())
        self.mentee = guarded(QComboBox())
        self.make = QPushButton(self.tr("&Form this pair"))
        self.remove = QPushButton(self.tr("&Undo this pair"))
        self.errors = error_label()
        self.objectives = ObjectivesEditor()
        self.affinities = AffinityGrid()

        proposals = QGroupBox(self.tr("Proposals"))
        proposal_layout = QVBoxLayout(proposals)
        proposal_layout.addWidget(self.whole_team)
        proposal_layout.addWidget(self.proposal_list, 1)
        row = QHBoxLayout()
        for button in (self.accept, self.reject, self.edit):
            row.addWidget(button)
        proposal_layout.addLayout(row)
        proposal_layout.addWidget(self.uncovered)
        formed = QGroupBox(self.tr("Pairs formed"))
        formed_layout = QVBoxLayout(formed)
        formed_layout.addWidget(self.pair_list, 1)
        #: What changes the pairs of the programme, below the list.
        self.editing = QWidget()
        editing = QVBoxLayout(self.editing)
        editing.setContentsMargins(0, 0, 0, 0)
        by_hand = QHBoxLayout()
        mentor_label = QLabel(self.tr("Men&tor:"))
        mentor_label.setBuddy(self.mentor)
        mentee_label = QLabel(self.tr("Ment&ee:"))
        mentee_label.setBuddy(self.mentee)
        for widget in (mentor_label, self.mentor, mentee_label, self.mentee, self.make):
            by_hand.addWidget(widget)
        editing.addLayout(by_hand)
        editing.addWidget(self.errors)
        editing.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignRight)
        editing.addWidget(self.objectives)
        formed_layout.addWidget(self.editing)
        self.proposals_box = proposals
        columns = QHBoxLayout()
        columns.addWidget(proposals, 2)
        columns.addWidget(formed, 3)
        grid = QGroupBox(self.tr("Affinities - who gets along with whom"))
        grid_layout = QVBoxLayout(grid)
        grid_layout.addWidget(self.affinities)
        self.body_layout.addLayout(columns)
        self.body_layout.addWidget(grid)
        self._connect_signals()
        self._watch_parts()

    def _connect_signals(self) -> None:
        self.whole_team.toggled.connect(lambda: self._load_proposals())
        self.accept.clicked.connect(self._accept)
        self.reject.clicked.connect(self._reject)
        self.edit.clicked.connect(self._edit)
        self.make.clicked.connect(self._make)
        self.mentor.currentIndexChanged.connect(self._keep_apart)
        self.remove.clicked.connect(self._remove)
        self.pair_list.currentItemChanged.connect(lambda *_: self._show_objectives())

    def editable_parts(self) -> list[QWidget]:
        return [self.proposals_box, self.editing]

    def _watch_parts(self) -> None:
        self.watch(Scope.PEOPLE, self._load_people)
        self.watch(
            Scope.PEOPLE | Scope.AFFINITIES | Scope.NEEDS | Scope.TOPICS | Scope.PAIRS,
            self._load_proposals,
        )
        self.watch(Scope.PEOPLE | Scope.PAIRS, self._load_pairs)
        self.watch(Scope.PAIRS | Scope.TOPICS, self._show_objectives)
        self.watch(Scope.PEOPLE, lambda: self.affinities.reload(self._people))

    def _load_people(self) -> None:
        self._people = needs.list_people()
        likely = (
            pairs.likely_pair(self.programme_id) if self.programme_id is not None else (None, None)
        )
        for combo, proposed in zip((self.mentor, self.mentee), likely, strict=True):
            chosen = combo.currentData()
            combo.clear()
            for person in self._people:
                combo.addItem(person.name, person.id)
            # what she chose stays chosen; at first, a young one who can teach and a senior
            combo.setCurrentIndex(
                max(0, combo.findData(chosen if chosen is not None else proposed))
            )
        self._keep_apart()
        self.errors.hide()

    def _keep_apart(self) -> None:
        """The "by hand" row never proposes one person as both mentor and mentee."""
        if self.mentee.count() > 1 and self.mentee.currentData() == self.mentor.currentData():
            self.mentee.setCurrentIndex(1 if self.mentor.currentIndex() == 0 else 0)

    def _load_proposals(self) -> None:
        from app.steps import matching, team_proposal  # worked out when this page is shown
        from app.steps.matching import STRENGTH_LABELS

        self.proposal_list.clear()
        if self.programme_id is None:
            return
        whole = self.whole_team.isChecked()
        team = team_proposal.team_proposal(self.programme_id) if whole else None
        found = list(team.pairs) if team else matching.propose_pairs(self.programme_id)
        self.proposals = [p for p in found if (p.mentor_id, p.mentee_id) not in self.set_aside]
        for proposal in self.proposals:
            item = QListWidgetItem(
                self.tr("{mentor} → {mentee} - {strength} ({score}/100)\n{why}").format(
                    mentor=isolate(proposal.mentor_name),
                    mentee=isolate(proposal.mentee_name),
                    strength=text(STRENGTH_LABELS[proposal.strength]),
                    score=proposal.score,
                    why=proposal.explanation(translate),
                )
            )
            self.proposal_list.addItem(item)
        if self.proposals:
            self.proposal_list.setCurrentRow(0)
        else:
            empty = QListWidgetItem(
                self.tr(
                    "No new pair to propose: each open need is already worked on, or nobody else knows it better."
                )
            )
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.proposal_list.addItem(empty)
        for button in (self.accept, self.reject, self.edit):
            button.setEnabled(bool(self.proposals))
        if team is None:
            self._show_uncovered()
        else:  # the seniors this proposal leaves without a mentor, and why
            self.uncovered.setVisible(bool(team.left_out))
            self.uncovered.setText(
                "\n".join(
                    [self.tr("Left without a mentor in this proposal:")]
                    + [f"• {text(why)}" for why in team.left_out]
                )
            )

    def _show_uncovered(self) -> None:
        """The needs nobody in the team can teach yet: someone to find, or to train."""
        from app.steps import matching

        missing = matching.uncovered_needs(self.programme_id) if self.programme_id else []
        names = {person.id: person.name for person in self._people}
        self.uncovered.setVisible(bool(missing))
        self.uncovered.setText(
            self.tr("Nobody in the team can teach yet: {needs}.").format(
                needs="; ".join(
                    self.tr("{topic} for {person}").format(
                        topic=need.topic_name, person=names.get(need.person_id, "")
                    )
                    for need in missing
                )
            )
        )

    def _load_pairs(self) -> None:
        current = self._selected_pair()
        rows: list[tuple[int, str]] = []
        if self.programme_id is not None:
            listed = pairs.list_pairs(self.programme_id)
            load = Counter(pair.mentor_id for pair in listed if pair.state is not PairState.STOPPED)
            for pair in listed:
                mentor = isolate(pair.mentor_name)
                if load[pair.mentor_id] > 1:
                    mentor = self.tr("{name} (%n mentees)", "", load[pair.mentor_id]).format(
                        name=mentor
                    )
                state = text(PAIR_STATE_LABELS[pair.state])
                rows.append(
                    (
                        pair.id,
                        self.tr("{mentor} → {mentee} - {state}").format(
                            mentor=mentor, mentee=isolate(pair.mentee_name), state=state
                        ),
                    )
                )
        self.pair_list.fill(rows, current)
        self._show_objectives()

    def _selected_pair(self) -> int | None:
        return self.pair_list.selected_id()

    def _selected_proposal(self) -> Proposal | None:
        row = self.proposal_list.currentRow()
        return self.proposals[row] if 0 <= row < len(self.proposals) else None

    def _show_objectives(self) -> None:
        pair_id = self._selected_pair()
        self.remove.setEnabled(pair_id is not None)
        if pair_id is None:
            self.objectives.show_pair(None)
            return
        pair = pairs.get_pair(pair_id)
        self.objectives.show_pair(
            pair_id,
            self.tr("{mentor} → {mentee}").format(
                mentor=isolate(pair.mentor_name), mentee=isolate(pair.mentee_name)
            ),
        )

    def _accept(self) -> None:
        proposal = self._selected_proposal()
        if proposal is None or self.programme_id is None:
            return
        programme_id = self.programme_id
        created = change(
            self,
            lambda: pairs.create_pair_with_objectives(
                programme_id, proposal.mentor_id, proposal.mentee_id, proposal.topic_ids
            ),
            self.errors,
        )
        if created is not None:
            self.pair_list.choose(created.id)  # listed as the pair was saved

    def _reject(self) -> None:
        proposal = self._selected_proposal()
        if proposal is not None:
            self.set_aside.add((proposal.mentor_id, proposal.mentee_id))
            self._load_proposals()

    def _edit(self) -> None:
        """Start from the proposal in the "by hand" row, to change the people before forming."""
        proposal = self._selected_proposal()
        if proposal is not None:
            self.mentor.setCurrentIndex(self.mentor.findData(proposal.mentor_id))
            self.mentee.setCurrentIndex(self.mentee.findData(proposal.mentee_id))
            self.mentor.setFocus()

    def _make(self) -> None:
        if self.programme_id is None:
            return
        programme_id = self.programme_id
        mentor, mentee = self.mentor.currentData(), self.mentee.currentData()
        created = change_on_purpose(
            self,
            lambda despite: pairs.create_pair(programme_id, mentor, mentee, despite=despite),
            self.errors,
        )
        if created is not None:
            self.pair_list.choose(created.id)  # listed as the pair was saved
            self.objectives.topic.setFocus()

    def _remove(self) -> None:
        pair_id = self._selected_pair()
        if pair_id is not None:
            changed(self, lambda: pairs.remove_pair(pair_id), self.errors)
