"""Every change made at a screen reaches every screen that shows it, without a restart.

Each test makes one kind of change (a kind of ``app.changes``) through the real
widgets, with every page of the window already built, then reads what each page that
shows that data displays - visiting the pages as the owner would.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.steps import needs, pairs
from app.vocabulary import Affinity, Level
from tests import builders
from tests.qt_helpers import Boxes, choose, type_text, yes_to_every_question
from tests.windows import open_window
from ui.dashboard.model import Column
from ui.main_window import MainWindow
from ui.operations import Scope
from ui.stepper import DASHBOARD


def _lucas_teaches_marie() -> None:
    spring = builders.programme("Spring")
    newsletter = builders.topic("Newsletter")
    lucas, marie = builders.person("Lucas"), builders.person("Marie")
    builders.person("Karim")
    needs.add_know_how(lucas, newsletter, Level.CAN_TEACH)
    needs.add_need(marie, newsletter, Level.NEVER_DONE, Level.ON_OWN)
    pair = pairs.create_pair(spring, lucas, marie).id
    pairs.add_objective(pair, newsletter, Level.NEVER_DONE, Level.ON_OWN)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    """Lucas can teach the newsletter to Marie, and they are a pair with that objective;
    Karim is in the team. No frame is set yet. Every page is built."""
    opened = open_window(qtbot, tmp_path, demo=False, prepare=_lucas_teaches_marie)
    assert len(opened.pages) == 6
    opened.stepper.go_to(1)
    yield opened
    opened.close()


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    return yes_to_every_question(monkeypatch)


def visit(window: MainWindow, step: int) -> object:
    window.stepper.go_to(step)
    assert window.stack.currentIndex() == step
    return window.page(step)


def lines(widget: object) -> list[str]:
    return [widget.item(row).text() for row in range(widget.count())]  # type: ignore[attr-defined]


def team(window: MainWindow) -> list[str]:
    return lines(visit(window, 1).people)  # type: ignore[attr-defined]


def formed_pairs(window: MainWindow) -> list[str]:
    return lines(visit(window, 2).pair_list)  # type: ignore[attr-defined]


def proposals(window: MainWindow) -> list[str]:
    return [line.split("\n")[0] for line in lines(visit(window, 2).proposal_list)]  # type: ignore[attr-defined]


def mentors(window: MainWindow) -> list[str]:
    return lines(visit(window, 3).mentors)  # type: ignore[attr-defined]


def slot_rows(window: MainWindow) -> list[str]:
    table = visit(window, 4).slots  # type: ignore[attr-defined]
    return [table.item(row, 0).text() for row in range(table.rowCount())]


def reviewed(window: MainWindow) -> list[str]:
    return [line.split("\n")[0] for line in lines(visit(window, 5).pair_list)]  # type: ignore[attr-defined]


def dashboard(window: MainWindow, column: Column) -> list[str]:
    model = visit(window, DASHBOARD).model  # type: ignore[attr-defined]
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_a_renamed_person_takes_her_place_in_the_team_list_at_once(window: MainWindow) -> None:
    page = window.page(1)
    assert lines(page.people) == ["Karim", "Lucas", "Marie"]  # type: ignore[attr-defined]
    page.people.setCurrentRow(2)  # type: ignore[attr-defined]
    type_text(page.form.name, "Anna")  # type: ignore[attr-defined]
    assert lines(page.people) == ["Anna", "Karim", "Lucas"]  # type: ignore[attr-defined]
    assert page.people.currentItem().text() == "Anna"  # type: ignore[attr-defined]
    assert page.needs.caption.text() == "What Anna wants to learn"  # type: ignore[attr-defined]


def test_a_person_renamed_in_step_one_is_renamed_on_every_page(window: MainWindow) -> None:
    page = window.page(1)
    page.people.setCurrentRow(1)  # type: ignore[attr-defined]
    type_text(page.form.name, "Adrien")  # type: ignore[attr-defined]
    assert team(window) == ["Adrien", "Karim", "Marie"]
    assert formed_pairs(window) == ["Adrien → Marie - Formed, not started"]
    assert [visit(window, 2).mentor.itemText(0)] == ["Adrien"]  # type: ignore[attr-defined]
    assert mentors(window)[0].startswith("○ Adrien - ")
    assert slot_rows(window) == ["Adrien → Marie"]
    assert reviewed(window) == ["○ Adrien → Marie"]
    assert dashboard(window, Column.PAIR) == ["Adrien → Marie"]


def test_an_affinity_chosen_in_its_cell_changes_the_proposals(
    qtbot: QtBot, window: MainWindow
) -> None:
    karim = next(p.id for p in needs.list_people() if p.name == "Karim")
    needs.add_need(karim, builders.topic("Newsletter"), Level.HAS_TRIED, Level.ON_OWN)
    window.page(2).reload()
    assert "Lucas → Karim" in proposals(window)[0]
    grid = window.page(2).affinities  # type: ignore[attr-defined]
    model = grid.model()
    rows = [model.headerData(row, Qt.Orientation.Vertical) for row in range(model.rowCount())]
    columns = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    cell = model.index(rows.index("Karim"), columns.index("Lucas"))
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=grid.visualRect(cell).center())
    editor = grid.indexWidget(cell)
    assert isinstance(editor, QComboBox)
    editor.hidePopup()
    editor.setCurrentIndex(editor.findData(Affinity.AVOID.value))
    editor.activated.emit(editor.currentIndex())
    assert not any("Lucas → Karim" in line for line in proposals(window))


def test_a_need_added_in_step_one_is_proposed_in_step_two(window: MainWindow) -> None:
    assert not any("Karim" in line for line in proposals(window))
    page = visit(window, 1)
    page.people.setCurrentRow(0)  # type: ignore[attr-defined]
    choose(page.needs.topic, "Newsletter")  # type: ignore[attr-defined]
    page.needs.add.click()  # type: ignore[attr-defined]
    assert page.needs.table.rowCount() == 1  # type: ignore[attr-defined]
    assert proposals(window)[0].startswith("Lucas → Karim")


def test_a_topic_renamed_in_the_catalogue_is_renamed_on_every_page(window: MainWindow) -> None:
    page = visit(window, 1)
    box = page.topics  # type: ignore[attr-defined]
    row = next(i for i, line in enumerate(lines(box.list)) if line.startswith("Newsletter"))
    box.list.setCurrentRow(row)
    type_text(box.name, "Lettre aux clients")
    box.save_topic.click()
    assert any(line.startswith("Lettre aux clients (") for line in lines(box.list))
    page.people.setCurrentRow(2)  # type: ignore[attr-defined]  # Marie
    name_cell = page.needs.table.cellWidget(0, 0)  # type: ignore[attr-defined]
    assert isinstance(name_cell, QLabel) and name_cell.text() == "Lettre aux clients"
    objectives = visit(window, 2).objectives.table  # type: ignore[attr-defined]
    assert objectives.cellWidget(0, 0).text() == "Lettre aux clients"
    levels = visit(window, 5).levels  # type: ignore[attr-defined]
    assert levels.cellWidget(0, 0).text() == "Lettre aux clients"
    assert dashboard(window, Column.TOPICS) == ["Lettre aux clients"]


def test_a_pair_formed_by_hand_appears_on_every_page(window: MainWindow) -> None:
    page = visit(window, 2)
    choose(page.mentor, "Lucas")  # type: ignore[attr-defined]
    choose(page.mentee, "Karim")  # type: ignore[attr-defined]
    page.make.click()  # type: ignore[attr-defined]
    assert formed_pairs(window) == [
        "Lucas (2 mentees) → Karim - Formed, not started",
        "Lucas (2 mentees) → Marie - Formed, not started",
    ]
    assert len(mentors(window)) == 1
    assert slot_rows(window) == ["Lucas → Karim", "Lucas → Marie"]
    assert reviewed(window) == ["○ Lucas → Karim", "○ Lucas → Marie"]
    assert sorted(dashboard(window, Column.PAIR)) == [
        "Lucas (2 mentees) → Karim",
        "Lucas (2 mentees) → Marie",
    ]


def test_a_mentor_counted_as_coached_moves_the_pair_to_step_four(window: MainWindow) -> None:
    assert dashboard(window, Column.STEPS) == ["Step 3 of 5"]
    page = visit(window, 3)
    page.marked.click()  # type: ignore[attr-defined]
    assert lines(page.mentors) == ["✓ Lucas - coached"]  # type: ignore[attr-defined]
    assert page.left_to_coach.text() == "Every mentor is coached."  # type: ignore[attr-defined]
    assert dashboard(window, Column.STEPS) == ["Step 4 of 5"]
    assert window.stepper.item(3).text().startswith("✓")


def test_the_frame_changed_in_step_four_shows_in_each_pair_slot(window: MainWindow) -> None:
    page = visit(window, 4)
    place = page.slots.cellWidget(0, 3)  # type: ignore[attr-defined]
    assert isinstance(place, QLineEdit) and place.placeholderText() == ""
    type_text(page.frame.place, "Arrière-boutique")  # type: ignore[attr-defined]
    assert page.slots.cellWidget(0, 3).placeholderText() == "Arrière-boutique"  # type: ignore[attr-defined]
    assert window.stepper.item(4).text().startswith("◐")


def test_sessions_planned_in_step_four_show_on_the_dashboard(window: MainWindow) -> None:
    assert dashboard(window, Column.SESSIONS) == ["0 of 0 · 0 h 00"]
    page = visit(window, 4)
    page.plan.click()  # type: ignore[attr-defined]
    assert page.sessions.count() == 8  # type: ignore[attr-defined]
    assert dashboard(window, Column.SESSIONS) == ["0 of 8 · 0 h 00"]
    assert dashboard(window, Column.NEXT) != ["-"]


def test_a_level_reached_in_the_review_shows_in_the_figures(window: MainWindow) -> None:
    page = visit(window, 5)
    assert "0 levels gained" in page.summary.text()  # type: ignore[attr-defined]
    after = page.levels.cellWidget(0, 3)  # type: ignore[attr-defined]
    after.setFocus()
    choose(after, "With help")
    assert "2 levels gained" in page.summary.text()  # type: ignore[attr-defined]
    assert page.levels.cellWidget(0, 3) is after  # the same row: the focus stays
    assert after.currentText() == "With help"


def test_a_renamed_or_closed_programme_is_named_so_in_the_window(
    window: MainWindow, boxes: Boxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Printemps", True))
    window.rename_programme.click()
    assert window.programme.currentText() == "Printemps"
    visit(window, 5).close_programme.click()  # type: ignore[attr-defined]
    assert boxes.mentioning("Close this programme?")
    assert boxes.mentioning("Pairs reviewed: 0 of 1. The others stay as they are.")
    assert window.programme.currentText() == "Printemps (closed)"
    assert not window.page(5).close_programme.isEnabled()  # type: ignore[attr-defined]
    # closed, it can be read, not changed: every step that changes it says so
    review = window.page(5)
    assert review.closed_note.isVisibleTo(review) and not review.detail.isEnabled()  # type: ignore[attr-defined]
    assert review.pair_list.isEnabled()  # type: ignore[attr-defined]  # to read each review
    pairs_page = visit(window, 2)
    assert not pairs_page.editing.isEnabled() and not pairs_page.proposals_box.isEnabled()  # type: ignore[attr-defined]
    assert pairs_page.closed_note.text().startswith("This programme is closed")  # type: ignore[attr-defined]
    assert not visit(window, 3).checklist_box.isEnabled()  # type: ignore[attr-defined]
    assert not visit(window, 4).plan.isEnabled()  # type: ignore[attr-defined]
    assert not visit(window, 1).closed_note.isVisibleTo(window)  # type: ignore[attr-defined]  # the team is not the programme's


def test_a_day_off_changes_the_day_tandem_proposes(window: MainWindow) -> None:
    page = visit(window, 4)
    assert page.frame.weekday.currentText() == "Tuesday"  # type: ignore[attr-defined]
    page.days_off[1].click()  # type: ignore[attr-defined]  # Tuesday
    assert page.frame.weekday.currentText() == "Wednesday"  # type: ignore[attr-defined]
    type_text(page.closure_label, "Inventaire")  # type: ignore[attr-defined]
    page.add_closure.click()  # type: ignore[attr-defined]
    assert page.closures.item(0).text().endswith("Inventaire")  # type: ignore[attr-defined]


def test_the_slots_of_step_four_list_the_pairs_on_the_first_visit(window: MainWindow) -> None:
    assert slot_rows(window) == ["Lucas → Marie"]
    time = window.page(4).slots.cellWidget(0, 2)  # type: ignore[attr-defined]
    assert isinstance(time, QLineEdit) and time.placeholderText() == "09:30"


def test_each_change_is_announced_once_with_its_scope(
    qtbot: QtBot, window: MainWindow, boxes: Boxes
) -> None:
    page = window.page(1)
    page.people.setCurrentRow(0)  # type: ignore[attr-defined]
    with qtbot.waitSignal(window.changes.announced) as announced:
        type_text(page.form.job, "Apprenti")  # type: ignore[attr-defined]
    assert announced.args == [Scope.PEOPLE]
    refused: list[object] = []
    window.changes.announced.connect(refused.append)
    type_text(page.form.year_joined, "1850")  # type: ignore[attr-defined]
    assert refused == []  # refused: nothing saved, nothing announced
    window.close()  # the refused year is still in its field: Tandem asks before losing it
    assert boxes.mentioning("could not be saved")


def test_a_level_chosen_with_the_keyboard_is_saved_and_keeps_its_box(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = visit(window, 1)
    page.people.setCurrentRow(2)  # type: ignore[attr-defined]  # Marie
    table = page.needs.table  # type: ignore[attr-defined]
    box = table.cellWidget(0, 1)
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Down)
    marie = next(p.id for p in needs.list_people() if p.name == "Marie")
    assert needs.list_needs(marie)[0].current_level == Level.HAS_TRIED
    assert table.cellWidget(0, 1) is box  # shown again in place: the focus stays
    assert box.currentText() == "Has tried it"


def test_a_click_on_another_person_after_a_rename_picks_the_one_clicked(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Leaving the name by a click in the team list saves the rename, which re-sorts the
    list: the click still picks the person who was under the pointer."""
    window.activateWindow()
    page = window.page(1)
    people = page.people  # type: ignore[attr-defined]
    people.setCurrentRow(2)  # Marie
    name = page.form.name  # type: ignore[attr-defined]
    qtbot.mouseClick(name, Qt.MouseButton.LeftButton)
    name.selectAll()
    qtbot.keyClicks(name, "Anna")
    karim = people.visualItemRect(people.item(0)).center()
    qtbot.mouseClick(people.viewport(), Qt.MouseButton.LeftButton, pos=karim)
    qtbot.waitUntil(lambda: lines(people) == ["Anna", "Karim", "Lucas"])
    assert people.currentItem().text() == "Karim"
    assert page.form.name.text() == "Karim"  # type: ignore[attr-defined]


def test_a_point_ticked_takes_its_notes_and_keeps_its_row(window: MainWindow) -> None:
    from app.steps import coaching

    page = visit(window, 3)
    row = page.rows[0]  # type: ignore[attr-defined]
    assert not row.notes.isEnabled()  # notes belong to a point talked over
    row.box.click()
    assert row.notes.isEnabled() and row.day.isEnabled()
    type_text(row.notes, "Jeu de rôle au comptoir")
    assert page.rows[0] is row  # type: ignore[attr-defined]
    (status,) = coaching.coaching_status(window.current_programme())  # type: ignore[arg-type]
    assert status.checks[0].notes == "Jeu de rôle au comptoir"
    assert lines(page.mentors)[0].startswith("○ Lucas - 1 of ")  # type: ignore[attr-defined]
    row.box.click()
    assert not row.notes.isEnabled()
    assert coaching.coaching_status(window.current_programme())[0].checks[0].done_on is None  # type: ignore[arg-type]


def test_a_name_is_shown_as_the_core_keeps_it(window: MainWindow) -> None:
    page = visit(window, 1)
    page.people.setCurrentRow(0)  # type: ignore[attr-defined]  # Karim
    type_text(page.form.name, "  Karim   Benali ")  # type: ignore[attr-defined]
    assert page.form.name.text() == "Karim Benali"  # type: ignore[attr-defined]
    assert lines(page.people)[0] == "Karim Benali"  # type: ignore[attr-defined]


def _turn_wheel(widget: QWidget, notches: int) -> None:
    """Turn the mouse wheel over the middle of ``widget``, as a person scrolling the page."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(widget.rect().center())),
        QPoint(0, 0),
        QPoint(0, -120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_scrolling_over_a_choice_changes_nothing_until_it_is_chosen(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = visit(window, 1)
    page.people.setCurrentRow(0)  # type: ignore[attr-defined]  # Karim
    age = page.form.age_band  # type: ignore[attr-defined]
    qtbot.mouseClick(page.people.viewport(), Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    _turn_wheel(age, 3)  # the pointer passes over the age while the page scrolls
    assert age.currentIndex() == 0 and needs.list_people()[0].age_band is None
    age.setFocus()
    assert age.hasFocus()
    _turn_wheel(age, 1)  # in the box being edited, the wheel chooses
    assert age.currentIndex() == 1 and needs.list_people()[0].age_band is not None
    frame = visit(window, 4).frame  # type: ignore[attr-defined]
    day = frame.weekday.currentText()
    _turn_wheel(frame.weekday, 2)
    assert frame.weekday.currentText() == day


def test_a_session_logged_for_a_pair_not_started_shows_it_under_way_in_step_two(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Logging the first session also starts the pair: the dialog named only the sessions
    as what it changed, and step 2 kept saying the pair had not started."""
    from app.vocabulary import SessionStatus
    from ui.dashboard.session_dialog import SessionDialog

    assert formed_pairs(window) == ["Lucas → Marie - Formed, not started"]
    visit(window, DASHBOARD)
    (pair,) = pairs.list_pairs(window.current_programme())  # type: ignore[arg-type]
    dialog = SessionDialog(pair.id, None, status=SessionStatus.DONE, parent=window)
    qtbot.addWidget(dialog)
    type_text(dialog.learnt, "Wrote the first letter together")
    dialog.accept()
    assert dialog.result() == 1
    assert formed_pairs(window) == ["Lucas → Marie - Under way"]


def test_a_half_day_closure_is_entered_and_planning_keeps_the_morning(
    qtbot: QtBot, window: MainWindow, clock: object
) -> None:
    """Closed on Saturday afternoons: a closure was whole days only, so the owner closed
    the whole Saturday or nothing."""
    from app import sessions
    from app.steps import rules
    from app.vocabulary import Weekday

    clock.set(dt.datetime(2027, 2, 26, 9, 0))  # type: ignore[attr-defined]
    spring = window.current_programme()
    assert spring is not None
    rules.set_programme_rules(
        spring, start_on=dt.date(2027, 3, 1), weeks=4, weekday=Weekday.SATURDAY, start_time="15:00"
    )
    (pair,) = pairs.list_pairs(spring)
    page = visit(window, 4)
    type_text(page.closure_from, "3/13/2027")  # type: ignore[attr-defined]
    type_text(page.closure_to, "3/13/2027")  # type: ignore[attr-defined]
    choose(page.closure_part, "afternoons only")  # type: ignore[attr-defined]
    type_text(page.closure_label, "Inventaire")  # type: ignore[attr-defined]
    page.add_closure.click()  # type: ignore[attr-defined]
    assert page.closures.item(0).text() == (  # type: ignore[attr-defined]
        "Saturday, March 13, 2027 to Saturday, March 13, 2027 (afternoons) - Inventaire"
    )
    sessions.plan_sessions(pair.id, today=dt.date(2027, 3, 1))
    days = [s.held_on for s in sessions.list_sessions(pair.id)]
    assert dt.date(2027, 3, 13) not in days and dt.date(2027, 3, 14) in days  # the next day
    sessions.set_pair_slot(pair.id, start_time="10:00")  # mornings stay open
    sessions.plan_sessions(pair.id, today=dt.date(2027, 3, 1))
    assert dt.date(2027, 3, 13) in [s.held_on for s in sessions.list_sessions(pair.id)]
