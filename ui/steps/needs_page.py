"""Step 1 - the needs: the team, each person's needs and know-how, the topic catalogue."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.steps import needs
from app.steps.needs import PersonInfo
from app.text import isolate
from ui import privacy_actions
from ui.forms import IdList, confirm
from ui.operations import Changes, Scope, change, changed
from ui.steps.base import StepPage
from ui.steps.needs_tables import KnowHowEditor, NeedsEditor
from ui.steps.person_form import PersonForm
from ui.steps.team_table import TeamTable
from ui.steps.topics_box import TopicsBox


class NeedsPage(StepPage):
    number = 1

    def __init__(self, changes: Changes) -> None:
        super().__init__(changes)
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
        self.remove_person = self.personal_menu.addAction(
            self.tr("Remove this person, added by mistake…")
        )
        self.form = PersonForm()
        self.needs = NeedsEditor()
        self.know_how = KnowHowEditor()
        self.topics = TopicsBox()

        # The team's buttons above its list: they stay where they are whatever the height of
        # the person's rows beside (below the list, they moved as the list stretched).
        team = QGroupBox(self.tr("The team"))
        team_layout = QVBoxLayout(team)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_person)
        buttons.addWidget(self.leave)
        team_layout.addLayout(buttons)
        team_layout.addWidget(self.personal)
        team_layout.addWidget(self.people, 1)
        team_layout.addWidget(self.show_left)
        person = QGroupBox(self.tr("The person"))
        person_layout = QVBoxLayout(person)
        person_layout.addWidget(self.form)
        columns = QHBoxLayout()
        columns.addWidget(team, 2)
        columns.addWidget(person, 3)
        # The person's needs and know-how the whole width of the page: their topics and
        # levels are read whole, and no row scrolls sideways on a 1366-pixel screen. The
        # catalogue, changed less often, comes last.
        one_by_one = QWidget()
        whole = QVBoxLayout(one_by_one)
        whole.addLayout(columns)
        whole.addWidget(self.needs)
        whole.addWidget(self.know_how)
        whole.addWidget(self.topics)
        self.team_table = TeamTable()
        self.views = QTabWidget()
        self.views.addTab(one_by_one, self.tr("One person at a time"))
        self.views.addTab(self.team_table, self.tr("The whole team in a table"))
        self.body_layout.addWidget(self.views)
        self.views.currentChanged.connect(self._size_to_view)
        self._size_to_view()
        self._connect_signals()
        self._watch_parts()

    def _connect_signals(self) -> None:
        self.people.currentItemChanged.connect(lambda *_: self._show_person())
        self.show_left.toggled.connect(self._show_team)
        self.add_person.clicked.connect(self._add_person)
        self.leave.clicked.connect(self._toggle_left)
        self.remove_person.triggered.connect(self._remove_person)
        self.export_action.triggered.connect(self._export_person)
        self.erase_action.triggered.connect(self._erase_person)

    def _watch_parts(self) -> None:
        self.watch(Scope.PEOPLE, self._load_people)
        self.watch(Scope.PEOPLE, self._show_form)
        self.watch(Scope.PEOPLE | Scope.NEEDS | Scope.TOPICS, self._show_topic_rows)
        self.watch(Scope.TOPICS, self.topics.reload)
        self.watch(Scope.PEOPLE | Scope.NEEDS | Scope.TOPICS, self.team_table.reload)

    def _size_to_view(self) -> None:
        """The page is as tall as the view shown: the table alone does not make the page
        scroll for the height of the person's form behind it."""
        for index in range(self.views.count()):
            shown = index == self.views.currentIndex()
            policy = QSizePolicy.Policy.Preferred if shown else QSizePolicy.Policy.Ignored
            view = self.views.widget(index)
            if view is not None:
                view.setSizePolicy(policy, policy)
        self.views.updateGeometry()

    def _show_team(self) -> None:
        self._load_people()
        self._show_person()

    def _load_people(self) -> None:
        current = self._selected_id()
        self.people.fill(
            (
                (person.id, self._line(person))
                for person in needs.list_people(include_left=self.show_left.isChecked())
            ),
            current,
        )

    def _selected_id(self) -> int | None:
        return self.people.selected_id()

    def _line(self, person: PersonInfo) -> str:
        name = isolate(person.name)
        label = f"{name} - {isolate(person.job)}" if person.job else name
        return label if person.active else self.tr("{person} (left)").format(person=label)

    def _show_person(self) -> None:
        self._show_form()
        self._show_topic_rows()

    def _show_form(self) -> None:
        person_id = self._selected_id()
        person = needs.get_person(person_id) if person_id is not None else None
        self.form.show_person(person)
        for widget in (self.needs, self.know_how, self.leave, self.personal):
            widget.setEnabled(person is not None)
        self.leave.setText(
            self.tr("&Back in the team")
            if person and not person.active
            else self.tr("Mar&k as left")
        )

    def _show_topic_rows(self) -> None:
        person_id = self._selected_id()
        name = needs.get_person(person_id).name if person_id is not None else ""
        self.needs.show_person(person_id, name)
        self.know_how.show_person(person_id, name)

    def _add_person(self) -> None:
        added = change(self, lambda: needs.add_person(self.tr("New person")))
        if added is not None:
            self.people.choose(added.id)  # listed as the change was announced
            self.scroll_area.ensureWidgetVisible(
                self.form.name
            )  # scrolled down, it was out of view
            self.form.name.setFocus()
            self.form.name.selectAll()

    def _toggle_left(self) -> None:
        person_id = self._selected_id()
        if person_id is None:
            return
        person = needs.get_person(person_id)
        leave = needs.mark_back if not person.active else needs.mark_left
        change(self, lambda: leave(person_id))

    def _remove_person(self) -> None:
        """Remove a person added by mistake; one who was in a pair is refused, with why."""
        person_id = self._selected_id()
        if person_id is None:
            return
        name = needs.get_person(person_id).name
        if confirm(
            self,
            self.tr(
                "Remove {name} from the team? Their needs and know-how go with them. "
                "Use this for a person added by mistake; for someone who left, use "
                '"Mark as left".'
            ).format(name=name),
        ):
            changed(
                self,
                lambda: needs.remove_person(person_id),
            )

    def _export_person(self) -> None:
        person_id = self._selected_id()
        if person_id is not None:
            privacy_actions.export_person(self, person_id)

    def _erase_person(self) -> None:
        person_id = self._selected_id()
        if person_id is not None:
            privacy_actions.erase_person(self, person_id)
