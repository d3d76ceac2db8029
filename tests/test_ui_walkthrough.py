"""A whole programme through the real widgets, as a shop owner would go through it: the
first start, the team and its needs, the pairs, the coaching, the frame, the review; then
Tandem closed and opened again at the same step with everything still there."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget, QWizard
from pytestqt.qtbot import QtBot

from app import sessions
from app.programmes import list_programmes
from app.progress import programme_progress
from app.shop import get_shop
from app.steps import coaching, needs, pairs, review, rules
from app.vocabulary import Decision, Level
from tests.qt_helpers import choose, type_text, when_modal, yes_to_every_question
from ui import main as tandem
from ui.i18n import text
from ui.main_window import MainWindow
from ui.steps.coaching_page import CoachingPage
from ui.steps.needs_page import NeedsPage
from ui.steps.pairs_page import PairsPage
from ui.steps.review_page import ReviewPage
from ui.steps.rules_page import RulesPage


def _first_run(shop: str, programme: str) -> None:
    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, QWizard)
        welcome = dialog.currentPage()
        type_text(welcome.shop_name, shop)  # type: ignore[attr-defined]
        dialog.next()
        start = dialog.currentPage()
        type_text(start.programme_name, programme)  # type: ignore[attr-defined]
        dialog.button(QWizard.WizardButton.FinishButton).click()

    when_modal(fill)


def _start(data_dir: Path) -> MainWindow:
    window = tandem.launch(["tandem", "--data-dir", str(data_dir)])
    assert isinstance(window, MainWindow)
    return window


def _add_person(page: NeedsPage, name: str, job: str) -> int:
    page.add_person.click()
    type_text(page.form.name, name)
    type_text(page.form.job, job)
    person_id = page.form.person_id
    assert person_id is not None
    return person_id


def test_a_whole_programme_as_a_shop_owner_would_run_it(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _first_run("Boulangerie Zoé", "Printemps 2027")
    window = _start(tmp_path)
    qtbot.addWidget(window)
    assert window.windowTitle() == "Tandem - Boulangerie Zoé"
    assert window.stack.currentIndex() == 1  # a new programme starts at the needs

    # Step 1: the team, a need and the know-how to meet it.
    page = window.pages[1]
    assert isinstance(page, NeedsPage)
    marie = _add_person(page, "Marie-Hélène", "Boulangère")
    page.form.slots[(1, 0)].setChecked(True)  # free on Tuesday mornings
    choose(page.needs.topic, "The shop's website")
    choose(page.needs.now, "Never done it")
    choose(page.needs.target, "On their own")
    page.needs.add.click()
    karim = _add_person(page, "Karim", "Apprenti")
    page.form.slots[(1, 0)].setChecked(True)
    choose(page.know_how.topic, "The shop's website")
    page.know_how.add.click()
    ines = _add_person(page, "Inès", "Vendeuse")
    choose(page.know_how.topic, "Social networks")
    page.know_how.add.click()
    assert [p.name for p in needs.list_people()] == ["Inès", "Karim", "Marie-Hélène"]
    assert [(n.topic_name, n.target_level) for n in needs.list_needs(marie)] == [
        ("The shop's website", Level.ON_OWN)
    ]
    assert [(k.topic_name, k.level) for k in needs.list_know_how(karim)] == [
        ("The shop's website", Level.CAN_TEACH)
    ]
    assert [k.topic_name for k in needs.list_know_how(ines)] == ["Social networks"]
    window.next.click()
    assert window.stack.currentIndex() == 2

    # Step 2: a proposal accepted, a pair made by hand, its objective.
    page2 = window.pages[2]
    assert isinstance(page2, PairsPage)
    assert page2.proposal_list.item(0).text().startswith("Karim → Marie-Hélène")
    assert (
        "Karim can teach The shop's website, Marie-Hélène's first priority"
        in page2.proposal_list.item(0).text()
    )
    page2.accept.click()
    choose(page2.mentor, "Inès")
    choose(page2.mentee, "Karim")
    page2.make.click()
    choose(page2.objectives.topic, "Social networks")
    page2.objectives.add.click()
    programme_id = list_programmes()[0].id
    formed = {(p.mentor_name, p.mentee_name) for p in pairs.list_pairs(programme_id)}
    assert formed == {("Karim", "Marie-Hélène"), ("Inès", "Karim")}
    window.next.click()

    # Step 3: every point ticked for Karim; Inès counted as coached by the owner.
    page3 = window.pages[3]
    assert isinstance(page3, CoachingPage)
    assert window.stack.currentIndex() == 3
    page3.mentors.setCurrentRow(1)  # Karim (the list is by name)
    from PySide6.QtWidgets import QCheckBox

    for box in page3.checklist.findChildren(QCheckBox):
        box.click()
    page3.mentors.setCurrentRow(0)  # Inès
    page3.marked.click()
    assert all(m.coached for m in coaching.coaching_status(programme_id))
    assert page3.left_to_coach.text() == "Every mentor is coached."
    window.next.click()

    # Step 4: the frame, then the sessions planned.
    page4 = window.pages[4]
    assert isinstance(page4, RulesPage)
    type_text(page4.frame.weeks, "6")
    # Karim is mentor of Marie-Hélène and mentee of Inès: one of his pairs is given another
    # slot, shown to the owner before it is saved
    boxes = yes_to_every_question(monkeypatch)
    page4.plan.click()
    assert len(boxes.said) == 1 and "nobody has two sessions at the same time" in boxes.said[0], (
        page4.errors.text()
    )
    assert all(len(sessions.list_sessions(p.id)) == 6 for p in pairs.list_pairs(programme_id))
    karims = [
        (s.held_on, s.start_time)
        for p in pairs.list_pairs(programme_id)
        for s in sessions.list_sessions(p.id)
    ]
    assert len(set(karims)) == 12  # never two at once
    assert page4.sessions.count() == 6
    window.next.click()

    # Step 5: the review of both pairs.
    page5 = window.pages[5]
    assert isinstance(page5, ReviewPage)
    for row in range(page5.pair_list.count()):
        page5.pair_list.setCurrentRow(row)
        level_after = page5.levels.cellWidget(0, 3)
        choose(level_after, "On their own")  # type: ignore[arg-type]
        choose(page5.mentee.satisfaction, "5 / 5")
        type_text(page5.mentee.minutes_saved, "45")
        type_text(page5.mentee.ideas, "Des photos du pain du jour 🥖")
        type_text(page5.conclusion, "Très bien, on continue.")
        choose(page5.decision, "Renew the pair")
    # reviewed before the programme's first day: kept, said, and step 5 not done yet
    progress = programme_progress(programme_id)
    assert not progress.complete and page5.too_early.isVisible()
    assert "review the pairs once they have met" in page5.too_early.text()
    start = rules.get_programme_rules(programme_id).start_on  # type: ignore[union-attr]
    begun = programme_progress(programme_id, today=start)
    assert text(begun.steps[4].missing).startswith("Pairs reviewed before their first session: 2")
    assert "90 minutes saved each week" in page5.summary.text()
    assert page5.pair_list.item(0).text().startswith("○")  # counted once the pair has met

    window.close()
    QApplication.processEvents()

    # Tandem opens again at the review, with everything there.
    again = _start(tmp_path)
    qtbot.addWidget(again)
    assert again.stack.currentIndex() == 5
    assert get_shop().name == "Boulangerie Zoé"
    assert again.programme.currentText() == "Printemps 2027"
    # step 5 waits for the programme to begin (next Monday)
    assert [again.stepper.item(i).text().startswith("✓") for i in range(1, 6)] == [True] * 4 + [
        False
    ]
    reopened = again.pages[5]
    assert isinstance(reopened, ReviewPage)
    assert reopened.conclusion.toPlainText() == "Très bien, on continue."
    assert reopened.decision.currentText() == "Renew the pair"
    answers = review.get_review(pairs.list_pairs(programme_id)[0].id)
    assert answers.decision is Decision.RENEW and answers.mentee is not None
    assert answers.mentee.ideas == "Des photos du pain du jour 🥖"
    again.close()
