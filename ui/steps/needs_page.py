"""Step 1 - the needs: the team, each person's needs and know-how, the topic catalogue."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QVBoxLayout,
)

from app.steps import needs
from app.steps.needs import PersonInfo
from ui import privacy_actions
from ui.bus import DataBus
from ui.forms import IdList, attempt
from ui.steps.base import StepPage
from ui.steps.needs_tables import KnowHowEditor, NeedsEditor
from ui.steps.person_form import PersonForm
from ui.steps.topics_box import TopicsBox


class NeedsPage(StepPage):
    number = 1

    def __init__(self, bus: DataBus) -> None:
        super().__init__(bus)
        self.set_texts(
            self.tr(
                "Start by listing your team. For each senior, note what they would like to learn, "
                "where they stand today and how far they want to go. For each young person, note "
                'what they know well enough to teach. Be concrete: "answer customer reviews" '
                'says more than "the internet".'
            )
        )
        self.people = IdList()
        self.people.setAccessibleName(self.tr("The team"))
        self.people.setMinimumWidth(200)
        self.show_left = QCheckBox(self.tr("Show those who &left"))
        self.add_person = QPushButton(self.tr("&Add a person"))
        self.leave = QPushButton(self.tr("Mar&k as left"))
        self.personal = QPushButton(self.tr("Per&sonal data…"))
        self.personal_menu = QMenu(self.personal)
        self.personal.setMenu(self.personal_menu)
        self.export_action = self.personal_menu.addAction(
            self.tr("Export everything about this person…")
        )
        self.erase_action = self.personal_menu.addAction(self.tr("Erase this person for good…"))
        self.form = PersonForm()
        self.needs = NeedsEditor()
        self.know_how = KnowHowEditor()
        self.topics = TopicsBox()

        team = QGroupBox(self.tr("The team"))
        team_layout = QVBoxLayout(team)
        team_layout.addWidget(self.people, 1)
        team_layout.addWidget(self.show_left)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_person)
        buttons.addWidget(self.leave)
        team_layout.addLayout(buttons)
        team_layout.addWidget(self.personal)
        person = QGroupBox(self.tr("The person"))
        person_layout = QVBoxLayout(person)
        person_layout.addWidget(self.form)
        person_layout.addWidget(self.needs)
        person_layout.addWidget(self.know_how)
        side = QVBoxLayout()
        side.addWidget(team, 1)
        side.addWidget(self.topics)
        columns = QHBoxLayout()
        columns.addLayout(side, 2)
        columns.addWidget(person, 3)
        self.body_layout.addLayout(columns)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.people.currentItemChanged.connect(lambda *_: self._show_selected())
        self.show_left.toggled.connect(lambda: self.reload())
        self.add_person.clicked.connect(self._add_person)
        self.leave.clicked.connect(self._toggle_left)
        self.export_action.triggered.connect(self._export_person)
        self.erase_action.triggered.connect(self._erase_person)
        self.form.saved.connect(self._person_saved)
        for editor in (self.needs, self.know_how, self.topics):
            editor.changed.connect(self._part_changed)

    def reload(self, select: int | None = None) -> None:
        current = select if select is not None else self._selected_id()
        self.people.fill(
            (
                (person.id, self._line(person))
                for person in needs.list_people(include_left=self.show_left.isChecked())
            ),
            current,
        )
        self.topics.reload()
        self._show_selected()

    def _selected_id(self) -> int | None:
        return self.people.selected_id()

    def _line(self, person: PersonInfo) -> str:
        label = f"{person.name} - {person.job}" if person.job else person.name
        return label if person.active else self.tr("{person} (left)").format(person=label)

    def _show_selected(self) -> None:
        person_id = self._selected_id()
        person = needs.get_person(person_id) if person_id is not None else None
        self.form.show_person(person)
        name = person.name if person else ""
        self.needs.show_person(person_id, name)
        self.know_how.show_person(person_id, name)
        self.needs.setEnabled(person is not None)
        self.know_how.setEnabled(person is not None)
        self.leave.setEnabled(person is not None)
        self.personal.setEnabled(person is not None)
        self.leave.setText(
            self.tr("&Back in the team")
            if person and not person.active
            else self.tr("Mar&k as left")
        )

    def _add_person(self) -> None:
        added = attempt(self, lambda: needs.add_person(self.tr("New person")))
        if added is not None:
            self.saved()
            self.reload(select=added.id)
            self.form.name.setFocus()
            self.form.name.selectAll()

    def _toggle_left(self) -> None:
        person_id = self._selected_id()
        if person_id is None:
            return
        person = needs.get_person(person_id)
        change = needs.mark_back if not person.active else needs.mark_left
        if attempt(self, lambda: change(person_id)) is not None:
            self.saved()
            self.reload(select=person_id)

    def _export_person(self) -> None:
        person_id = self._selected_id()
        if person_id is not None:
            privacy_actions.export_person(self, person_id)

    def _erase_person(self) -> None:
        person_id = self._selected_id()
        if person_id is not None and privacy_actions.erase_person(self, person_id):
            self.saved()
            self.reload()

    def _person_saved(self, person_id: int) -> None:
        self.saved()
        item = self.people.currentItem()
        person = needs.get_person(person_id)
        if item is not None:
            item.setText(self._line(person))
        self.needs.set_name(person.name)
        self.know_how.set_name(person.name)

    def _part_changed(self) -> None:
        """A need, know-how or topic changed: refresh those lists, never the person's form."""
        self.saved()
        person_id = self._selected_id()
        name = self.form.name.text()
        self.needs.show_person(person_id, name)
        self.know_how.show_person(person_id, name)
