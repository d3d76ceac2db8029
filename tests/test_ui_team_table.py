"""Step 1's table for a whole team, as an owner types it, in English and in French: real
keys, a cell after another; copy and paste with a spreadsheet; undo; a level picked with a
right click; and the one-person view on a 1366 x 768 screen (rows read whole without a
sideways scroll, no button cut, the team's buttons staying under the pointer)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app import trades
from app.steps import needs
from app.vocabulary import Level, Priority
from tests.qt_helpers import when_popup
from tests.step_one import GARAGE, SECONDS_PER_KEY, Keyboard, click_cell, click_sheet, open_table
from ui.i18n import translate
from ui.main_window import MainWindow
from ui.steps.team_table import TeamTable


def type_sheet(keys: Keyboard, table: TeamTable, cells_of: int) -> None:
    """Each person's line from its name: the cells of that sheet, Tab from one to the next,
    Enter at the end of the line (back to the names' column, one line down)."""
    columns = table.headings()
    for line, person in enumerate(GARAGE):
        assert table.table.currentRow() == line and table.table.currentColumn() == 0
        wanted = {
            columns.index(translate("catalogue", topic)): cell
            for topic, cell in person[cells_of].items()
        }
        if not wanted:
            keys.press(Qt.Key.Key_Down)
            continue
        column = 0
        for target in sorted(wanted):
            while column < target:
                keys.press(Qt.Key.Key_Tab)
                column += 1
            keys.type(wanted[target])
        keys.press(Qt.Key.Key_Return)


def test_a_garage_of_seven_is_typed_in_under_ten_minutes(
    qtbot: QtBot, team_window: MainWindow
) -> None:
    table = open_table(qtbot, team_window)
    keys = Keyboard(qtbot)
    click_cell(qtbot, table, 0, 0)
    for name, job, _, _ in GARAGE:
        keys.type(name)
        keys.press(Qt.Key.Key_Tab)
        keys.type(job)
        keys.press(Qt.Key.Key_Return)
    click_cell(qtbot, table, 0, 0)
    type_sheet(keys, table, 2)
    click_sheet(qtbot, table, 1)
    click_cell(qtbot, table, 0, 0)
    type_sheet(keys, table, 3)

    people = {person.name: person.id for person in needs.list_people()}
    assert set(people) == {name for name, *_ in GARAGE}
    assert {person.name: person.job for person in needs.list_people()} == {
        name: job for name, job, *_ in GARAGE
    }
    got_needs = {
        (need.person_id, need.topic_name): (need.current_level, need.target_level, need.priority)
        for need in needs.list_needs()
    }
    assert got_needs[(people["Gérard Lemaire"], translate("catalogue", "Social networks"))] == (
        Level.NEVER_DONE,
        Level.ON_OWN,
        Priority.FIRST,
    )
    assert got_needs[(people["Bernard Coste"], translate("catalogue", "The shop's website"))] == (
        Level.HAS_TRIED,
        Level.ON_OWN,
        Priority.SECOND,
    )
    assert len(got_needs) == 6
    skills = {(skill.person_id, skill.topic_name): skill.level for skill in needs.list_know_how()}
    assert len(skills) == 8
    assert skills[(people["Yanis Diallo"], translate("catalogue", "Spreadsheets"))] == Level.ON_OWN
    assert keys.count * SECONDS_PER_KEY < 600, keys.count


def test_rows_pasted_from_a_spreadsheet_are_added_whole_or_refused_whole(
    qtbot: QtBot, team_window: MainWindow
) -> None:
    table = open_table(qtbot, team_window)
    keys = Keyboard(qtbot)
    reviews = table.headings().index(translate("catalogue", "Customer reviews"))
    click_cell(qtbot, table, 0, reviews)
    QGuiApplication.clipboard().setText("1 3\t\r\n0 5\t\r\n")  # as a spreadsheet copies them
    keys.press(Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert table.errors.isVisible()
    assert "name first" in table.errors.text() or "nom" in table.errors.text()
    assert needs.list_people() == []

    click_cell(qtbot, table, 0, 0)
    QGuiApplication.clipboard().setText(
        "Ana Lopez\tBaker\r\nBen Morel\tApprentice\r\nCleo Nantes\t\r\n"
    )
    keys.press(Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert [person.name for person in needs.list_people()] == [
        "Ana Lopez",
        "Ben Morel",
        "Cleo Nantes",
    ]
    assert not table.errors.isVisible()

    click_cell(qtbot, table, 0, reviews)
    QGuiApplication.clipboard().setText("1 3\r\n0 5\r\n")
    keys.press(Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert table.errors.isVisible() and "Ben Morel" in table.errors.text()
    assert (table.table.currentRow(), table.table.currentColumn()) == (1, reviews)
    assert needs.list_needs() == []  # Ana's line, fine on its own, is not written either

    click_cell(qtbot, table, 0, reviews)
    QGuiApplication.clipboard().setText("1 3\r\n0 4 1\r\n")
    keys.press(Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(needs.list_needs()) == 2
    shown = table.table.item(1, reviews).text()
    assert shown.startswith("0 → 4")

    # copied back out: the same cells, as a spreadsheet pastes them
    view = table.table
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ShiftModifier,
        view.visualRect(view.model().index(1, reviews)).center(),
    )
    keys.press(Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QGuiApplication.clipboard().text()
    assert copied == f"{table.table.item(0, reviews).text()}\n{shown}\n"

    keys.press(Qt.Key.Key_Delete)
    assert needs.list_needs() == []
    keys.press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(needs.list_needs()) == 2
    keys.press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert needs.list_needs() == []
    keys.press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert needs.list_people() == []
    assert not table.undo_button.isEnabled()


def test_a_refused_cell_keeps_nothing_and_says_why_beside_the_table(
    qtbot: QtBot, team_window: MainWindow
) -> None:
    table = open_table(qtbot, team_window)
    keys = Keyboard(qtbot)
    click_cell(qtbot, table, 0, 0)
    keys.type("Ana Lopez")
    keys.press(Qt.Key.Key_Tab)
    keys.press(Qt.Key.Key_Tab)
    keys.type("3 2")
    keys.press(Qt.Key.Key_Return)
    assert table.errors.isVisible() and table.errors.text()
    assert needs.list_needs() == []
    assert (table.table.currentRow(), table.table.currentColumn()) == (0, 2)
    assert table.table.item(0, 2).text() == ""
    keys.type("2")
    keys.press(Qt.Key.Key_Return)
    assert not table.errors.isVisible()
    [need] = needs.list_needs()
    assert (need.current_level, need.target_level) == (Level.WITH_HELP, Level.ON_OWN)
    click_cell(qtbot, table, 0, 3)
    keys.type("9")
    keys.press(Qt.Key.Key_Tab)
    assert table.errors.isVisible()
    keys.press(Qt.Key.Key_Escape)  # given up: the sentence goes with the cell left
    click_cell(qtbot, table, 0, 1)
    assert not table.errors.isVisible()
    assert len(needs.list_needs()) == 1


LONG = "Calibrer les aides à la conduite après un pare-brise"


def _team() -> dict[str, int]:
    trades.add_trade_topics(trades.Trade.GARAGE, translate)
    topics = [topic.id for topic in needs.list_topics()]
    senior = needs.add_person("Gérard Lemaire", "Patron").id
    for topic in topics[:5]:
        needs.add_need(senior, topic, 1, 4, 1)
    needs.add_need(senior, needs.add_topic(LONG).id, 0, 3, 2)
    young = needs.add_person("Léa Martin", "Apprentie").id
    for topic in topics[:3]:
        needs.add_know_how(young, topic, 4)
    idle = needs.add_person("Marc Roux").id
    return {"senior": senior, "young": young, "idle": idle}


def _place(widget: QWidget, team_window: MainWindow) -> QPoint:
    return widget.mapTo(team_window, QPoint(0, 0))


def test_a_persons_rows_are_whole_and_the_buttons_stay_put(
    qtbot: QtBot, team_window: MainWindow
) -> None:
    people = _team()
    team_window.stepper.go_to(1)
    page = team_window.page(1)
    page.people.setCurrentRow(0)
    QApplication.processEvents()
    places = set()
    for who in ("senior", "young", "idle", "senior"):
        page.people.choose(people[who])
        QApplication.processEvents()
        places.add((_place(page.add_person, team_window), _place(page.leave, team_window)))
        for editor in (page.needs, page.know_how):
            table = editor.table
            assert table.horizontalScrollBar().maximum() == 0, who
            assert table.whole_width() <= table.width() + 2, (who, table.whole_width())
            for button in table.findChildren(QPushButton):
                assert button.width() >= button.sizeHint().width(), button.text()
    assert len(places) == 1, places
    page.people.choose(people["senior"])
    QApplication.processEvents()
    table = page.needs.table
    labels = [table.cellWidget(row, 0) for row in range(table.rowCount())]
    assert LONG in [label.full_text() for label in labels]  # type: ignore[union-attr]
    cut = [label.full_text() for label in labels if label.text() != label.full_text()]  # type: ignore[union-attr]
    assert cut == []


def test_a_level_is_picked_with_a_right_click_as_well_as_typed(
    qtbot: QtBot, team_window: MainWindow
) -> None:
    table = open_table(qtbot, team_window)
    keys = Keyboard(qtbot)
    click_cell(qtbot, table, 0, 0)
    keys.type("Ana Lopez")
    keys.press(Qt.Key.Key_Return)
    view = table.table
    where = view.visualRect(view.model().index(0, 2)).center()
    reach = translate("TeamTable", "Level to reach")
    level = f"4 - {translate('vocabulary', 'Can teach it')}"

    def in_menu(menu: QWidget) -> None:
        assert isinstance(menu, QMenu)
        chosen = next(action for action in menu.actions() if action.text() == reach)
        when_popup_after(menu, lambda sub: pick(sub, level))
        menu.setActiveAction(chosen)
        qtbot.keyClick(menu, Qt.Key.Key_Right)

    def pick(submenu: QWidget, label: str) -> None:
        assert isinstance(submenu, QMenu)
        submenu.setActiveAction(next(a for a in submenu.actions() if a.text() == label))
        qtbot.keyClick(submenu, Qt.Key.Key_Return)

    when_popup(in_menu)
    QApplication.sendEvent(
        view.viewport(),
        QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, where, view.viewport().mapToGlobal(where)
        ),
    )
    [need] = needs.list_needs()
    assert (need.current_level, need.target_level, need.priority) == (
        Level.NEVER_DONE,
        Level.CAN_TEACH,
        Priority.SECOND,
    )
    assert view.item(0, 2).text().startswith("0 → 4")


def when_popup_after(shown: QWidget, action: Callable[[QWidget], None]) -> None:
    """Run ``action`` on the next pop-up other than ``shown`` (a submenu opening)."""

    def look() -> None:
        popup = QApplication.activePopupWidget()
        if popup is None or popup is shown:
            QTimer.singleShot(20, look)
            return
        action(popup)

    QTimer.singleShot(0, look)


def test_a_person_added_in_the_table_then_undone_leaves_no_trace_in_the_step(
    qtbot: QtBot, team_window: MainWindow
) -> None:
    table = open_table(qtbot, team_window)
    keys = Keyboard(qtbot)
    click_cell(qtbot, table, 0, 0)
    keys.type("Kevin Essai")
    keys.press(Qt.Key.Key_Return)
    page = team_window.page(1)
    assert page.people.count() == 1
    keys.press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert needs.list_people() == []
    assert page.people.count() == 0  # the one-person view shows nobody either
