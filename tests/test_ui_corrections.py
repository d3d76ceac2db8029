"""Putting a mistake right at the window: a topic of the catalogue corrected or removed, a
person added by mistake removed, a coaching point of the shop's own reworded or taken off,
and the needs nobody can teach yet shown where the pairs are formed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog
from pytestqt.qtbot import QtBot

from app import sessions
from app.steps import coaching, needs, pairs
from app.vocabulary import Level
from tests import builders
from tests.qt_helpers import Boxes, choose, type_text, yes_to_every_question
from tests.windows import open_window
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    opened = open_window(qtbot, tmp_path, demo=False, prepare=lambda: builders.programme("Spring"))
    yield opened
    opened.close()


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    return yes_to_every_question(monkeypatch)


def _topic_lines(window: MainWindow) -> list[str]:
    box = window.page(1).topics  # type: ignore[attr-defined]
    return [box.list.item(row).text() for row in range(box.list.count())]


def test_a_topic_is_added_corrected_and_removed_in_the_catalogue(
    window: MainWindow, boxes: Boxes
) -> None:
    window.stepper.go_to(1)
    box = window.page(1).topics  # type: ignore[attr-defined]
    type_text(box.name, "Tournage du bois")
    box.add.click()
    assert "Tournage du bois (Digital)" in _topic_lines(window)
    type_text(box.name, "Tournage sur bois")
    type_text(box.description, "Le tour à bois de l'atelier")
    box.save_topic.click()
    topic = next(t for t in needs.list_topics() if t.name == "Tournage sur bois")
    assert topic.description == "Le tour à bois de l'atelier"
    assert "Tournage du bois (Digital)" not in _topic_lines(window)
    box.remove_topic.click()
    assert boxes.mentioning("Remove Tournage sur bois from the catalogue?")
    assert "Tournage sur bois" not in {t.name for t in needs.list_topics()}
    assert not any(line.startswith("Tournage") for line in _topic_lines(window))


def test_a_topic_in_use_stays_and_says_why(window: MainWindow, boxes: Boxes) -> None:
    marie = builders.person("Marie")
    needs.add_need(marie, builders.topic("Newsletter"), Level.NEVER_DONE, Level.ON_OWN)
    window.stepper.go_to(1)
    box = window.page(1).topics  # type: ignore[attr-defined]
    box.list.setCurrentRow(_topic_lines(window).index("Newsletter (Digital)"))
    box.remove_topic.click()
    assert box.errors[None].text() == (
        "Newsletter is used in the needs or the pairs, so it stays in the catalogue."
    )
    assert boxes.said == []  # refused at once: no "Remove?" asked first
    assert "Newsletter" in {t.name for t in needs.list_topics()}


def test_a_person_added_by_mistake_is_removed_and_one_in_a_pair_is_kept(
    window: MainWindow, boxes: Boxes
) -> None:
    lucas, marie = builders.person("Lucas"), builders.person("Marie")
    pairs.create_pair(window.current_programme(), lucas, marie)  # type: ignore[arg-type]
    window.stepper.go_to(1)
    page = window.page(1)
    page.add_person.click()  # type: ignore[attr-defined]
    type_text(page.form.name, "Zoé")  # type: ignore[attr-defined]
    page.remove_person.trigger()  # type: ignore[attr-defined]
    assert boxes.mentioning("Remove Zoé from the team?")
    assert [p.name for p in needs.list_people()] == ["Lucas", "Marie"]
    people = page.people  # type: ignore[attr-defined]
    assert [people.item(row).text() for row in range(people.count())] == ["Lucas", "Marie"]
    people.setCurrentRow(0)
    page.remove_person.trigger()  # type: ignore[attr-defined]
    assert boxes.mentioning("Lucas is part of a pair, so Tandem keeps them in the history.")
    assert [p.name for p in needs.list_people()] == ["Lucas", "Marie"]


def test_a_point_of_the_shop_is_reworded_and_taken_off_the_checklist(
    window: MainWindow, boxes: Boxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    pairs.create_pair(
        window.current_programme(), builders.person("Lucas"), builders.person("Marie")
    )  # type: ignore[arg-type]
    window.stepper.go_to(3)
    page = window.page(3)
    builtin = len(page.rows)  # type: ignore[attr-defined]
    assert not any(row.more.isVisibleTo(page) for row in page.rows)  # type: ignore[attr-defined]
    type_text(page.new_point, "Montrer le tableur des commandes")  # type: ignore[attr-defined]
    page.add_point.click()  # type: ignore[attr-defined]
    own = page.rows[-1]  # type: ignore[attr-defined]
    assert len(page.rows) == builtin + 1 and own.more.isVisibleTo(page)  # type: ignore[attr-defined]
    monkeypatch.setattr(
        QInputDialog, "getText", lambda *args, **kwargs: ("Montrer le fichier des commandes", True)
    )
    own.more.menu().actions()[0].trigger()
    assert page.rows[-1].box.text() == "Montrer le fichier des commandes"  # type: ignore[attr-defined]
    assert coaching.list_points()[-1].title == "Montrer le fichier des commandes"
    page.rows[-1].more.menu().actions()[1].trigger()  # type: ignore[attr-defined]
    assert boxes.mentioning('Take "Montrer le fichier des commandes" off the checklist?')
    assert len(page.rows) == builtin  # type: ignore[attr-defined]
    assert len(coaching.list_points()) == builtin


def test_the_needs_nobody_can_teach_are_named_where_pairs_are_formed(window: MainWindow) -> None:
    karim = builders.person("Karim")
    needs.add_need(karim, builders.topic("Tournage du bois"), Level.NEVER_DONE, Level.ON_OWN)
    window.stepper.go_to(2)
    uncovered = window.page(2).uncovered  # type: ignore[attr-defined]
    assert uncovered.isVisibleTo(window)
    assert uncovered.text() == "Nobody in the team can teach yet: Tournage du bois for Karim."
    lucas = builders.person("Lucas")
    window.stepper.go_to(1)
    page = window.page(1)
    people = page.people  # type: ignore[attr-defined]
    people.setCurrentRow([people.item(r).text() for r in range(people.count())].index("Lucas"))
    know_how = page.know_how  # type: ignore[attr-defined]
    know_how.topic.setCurrentIndex(know_how.topic.findText("Tournage du bois"))
    know_how.add.click()
    assert needs.list_know_how(lucas)
    window.stepper.go_to(2)
    assert not uncovered.isVisibleTo(window)


def test_the_whole_team_proposal_says_who_it_leaves_without_a_mentor(
    qtbot: QtBot, window: MainWindow
) -> None:
    ines, social = builders.person("Inès"), builders.topic("Social networks")
    for name in ("Anne", "Bruno", "Claire"):
        needs.add_need(builders.person(name), social, Level.NEVER_DONE, Level.ON_OWN, 1)
    needs.add_know_how(ines, social, Level.CAN_TEACH)
    window.stepper.go_to(2)
    page = window.page(2)
    qtbot.mouseClick(page.whole_team, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert page.proposal_list.count() == 2  # type: ignore[attr-defined]  # Inès: two at most
    said = page.uncovered.text()  # type: ignore[attr-defined]
    assert page.uncovered.isVisibleTo(window)  # type: ignore[attr-defined]
    assert said.startswith("Left without a mentor in this proposal:\n• ")
    assert "for Social networks: the places of Inès go to" in said


def test_a_pair_by_hand_never_starts_with_one_person_twice(window: MainWindow) -> None:
    for name in ("Lucas", "Marie", "Karim"):
        builders.person(name)
    window.stepper.go_to(2)
    page = window.page(2)
    mentor, mentee = page.mentor, page.mentee  # type: ignore[attr-defined]
    assert mentor.currentText() != mentee.currentText()
    choose(mentor, mentee.currentText())  # the mentee chosen as mentor: the mentee moves
    assert mentor.currentText() != mentee.currentText()
    assert page.edit.text() == "&Change before forming"  # type: ignore[attr-defined]


def test_a_person_added_while_scrolled_down_is_brought_into_view(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(1366, 768)
    window.activateWindow()
    qtbot.waitActive(window)
    window.stepper.go_to(1)
    page = window.page(1)
    bar = page.scroll_area.verticalScrollBar()  # type: ignore[attr-defined]
    page.add_person.click()  # type: ignore[attr-defined]
    QApplication.processEvents()
    assert bar.maximum() > 0  # the page is taller than the window
    bar.setValue(bar.maximum())
    QApplication.processEvents()
    name = page.form.name  # type: ignore[attr-defined]
    assert name.visibleRegion().isEmpty()  # out of view, as the owner saw it
    page.add_person.click()  # type: ignore[attr-defined]
    QApplication.processEvents()
    assert not name.visibleRegion().isEmpty() and name.hasFocus()
    assert name.selectedText() == "New person"


def test_a_name_written_right_to_left_is_set_apart_in_the_lists(window: MainWindow) -> None:
    builders.person("אבי", job="chef@home")
    window.stepper.go_to(1)
    people = window.page(1).people  # type: ignore[attr-defined]
    assert people.item(0).text() == "\u2068אבי\u2069 - chef@home"


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_pair_by_hand_of_people_better_apart_is_asked_about_first(
    qtbot: QtBot,
    qapp: QApplication,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
) -> None:
    """Lucas and Michel, marked "better not together": formed by hand in silence before."""
    from PySide6.QtWidgets import QMessageBox

    from ui.i18n import Translators

    translators = Translators(qapp)
    translators.use(language)
    lucas, michel = builders.person("Lucas"), builders.person("Michel")
    needs.set_affinity(lucas, michel, "avoid")
    window.stepper.go_to(2)
    page = window.page(2)
    choose(page.mentor, "Lucas")  # type: ignore[attr-defined]
    choose(page.mentee, "Michel")  # type: ignore[attr-defined]
    spring = window.current_programme()
    question = {"en": "Go ahead all the same?", "fr": "Continuer malgré tout ?"}[language]
    no = {"en": "No", "fr": "Non"}[language]
    yes = {"en": "Yes", "fr": "Oui"}[language]
    boxes = Boxes({question: no})
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.exec(box))
    qtbot.mouseClick(page.make, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    (asked,) = boxes.said
    assert {
        "en": "Lucas and Michel are marked “Better not together” among the affinities",
        "fr": "Lucas et Michel sont notés « Pas ensemble » dans les affinités",
    }[language] in asked
    assert pairs.list_pairs(spring) == []  # type: ignore[arg-type]
    refusal = page.errors  # type: ignore[attr-defined]
    assert refusal.isVisibleTo(page) and refusal.text() in asked
    boxes.answers = {question: yes}
    qtbot.mouseClick(page.make, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    (pair,) = pairs.list_pairs(spring)  # type: ignore[arg-type]
    assert (pair.mentor_name, pair.mentee_name) == ("Lucas", "Michel")
    assert not refusal.isVisibleTo(page)
    translators.use("en")


def test_a_slot_chosen_outside_someones_free_time_is_asked_about_first(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Bernard is free on Tuesday and Thursday mornings; Friday was kept without a word."""
    from PySide6.QtWidgets import QMessageBox

    from app.availability import to_mask
    from app.vocabulary import PartOfDay, Weekday

    spring = window.current_programme()
    free = to_mask([(Weekday.TUESDAY, PartOfDay.MORNING), (Weekday.THURSDAY, PartOfDay.MORNING)])
    pair = builders.ready_pair(
        spring,  # type: ignore[arg-type]
        builders.person("Lucas"),
        builders.person("Bernard", availability=free),
    )
    boxes = Boxes({"Go ahead all the same?": "No"})
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.exec(box))
    window.stepper.go_to(4)
    page = window.page(4)
    day = page.slots.cellWidget(0, 1)  # type: ignore[attr-defined]
    choose(day, "Friday")
    (asked,) = boxes.said
    assert asked.startswith("Bernard is not free on Friday morning: their free time is Tuesday")
    assert sessions.pair_slot(pair).weekday is Weekday.TUESDAY  # nothing kept
    assert page.errors.isVisibleTo(page) and page.errors.text() in asked  # type: ignore[attr-defined]
    assert day.currentText() == "Friday"  # what she chose stays, to correct it
    boxes.answers = {"Go ahead all the same?": "Yes"}
    choose(day, "Thursday")  # within his free time: nothing asked
    assert len(boxes.said) == 1 and sessions.pair_slot(pair).weekday is Weekday.THURSDAY
    choose(day, "Friday")
    assert len(boxes.said) == 2 and sessions.pair_slot(pair).weekday is Weekday.FRIDAY
