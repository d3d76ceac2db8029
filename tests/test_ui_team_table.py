"""Step 1 for a whole team, as an owner does it, in English and in French: typed into the
table with real keys, a cell after another; copy and paste with a spreadsheet; undo; a
spreadsheet brought in; and the one-person view on a 1366 x 768 screen (rows read whole
without a sideways scroll, no button cut, the team's buttons staying under the pointer)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app import team_import, trades
from app.steps import needs
from app.vocabulary import Level, Priority
from tests.qt_helpers import Boxes, choose, when_modal, when_popup
from tests.test_team_import import messy_workbook
from tests.windows import open_window
from ui.i18n import Translators, translate
from ui.main_window import MainWindow
from ui.steps.import_dialog import ImportDialog
from ui.steps.team_table import TeamTable

#: A slow typist, one key a second: the garage below must be typed in under ten minutes.
SECONDS_PER_KEY = 1.0

#: The garage: (name, job, {topic: cell on the needs sheet}, {topic: level it is taught at}).
GARAGE = (
    (
        "Gérard Lemaire",
        "Owner, mechanic",
        {"Social networks": "0 3 1", "Customer reviews": "1 3 2"},
        {},
    ),
    (
        "Josiane Lemaire",
        "Front desk",
        {"Online customer file": "1 3 1", "Spreadsheets": "2 4 2"},
        {},
    ),
    ("Bernard Coste", "Bodywork", {"Photos of products": "0 2 3", "The shop's website": "1"}, {}),
    ("Léa Martin", "Apprentice", {}, {"Social networks": "4", "Photos of products": "4"}),
    (
        "Yanis Diallo",
        "Mechanic",
        {},
        {"Customer reviews": "3", "The shop's website": "4", "Spreadsheets": "3"},
    ),
    (
        "Inès Petit",
        "Apprentice",
        {},
        {"Online customer file": "4", "Social networks": "3", "Photos of products": "3"},
    ),
    ("Marc Roux", "Mechanic", {}, {}),
)


class Keyboard:
    """Keys sent where the keyboard's focus is, as a person's keys go; counted."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.count = 0

    def target(self):  # type: ignore[no-untyped-def]
        focus = QApplication.focusWidget()
        assert focus is not None, "nothing has the keyboard"
        return focus

    def type(self, text: str) -> None:
        for character in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    self.target(),
                    QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, character),
                )
            self.count += 1

    def press(
        self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        self.qtbot.keyClick(self.target(), key, modifier)
        self.count += 1


@pytest.fixture(params=["en", "fr"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translators = Translators(qapp)
    translators.use(request.param)
    yield request.param
    translators.use("en")


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, language: str) -> Iterator[MainWindow]:
    opened = open_window(qtbot, tmp_path, demo=False)
    opened.resize(1366, 768)
    opened.activateWindow()
    qtbot.waitActive(opened)
    yield opened
    opened.close()


def open_table(qtbot: QtBot, window: MainWindow) -> TeamTable:
    window.stepper.go_to(1)
    page = window.page(1)
    tabs = page.views.tabBar()
    qtbot.mouseClick(tabs, Qt.MouseButton.LeftButton, pos=tabs.tabRect(1).center())
    table = page.team_table
    assert table.isVisible()
    return table


def click_cell(qtbot: QtBot, table: TeamTable, row: int, column: int) -> None:
    view = table.table
    view.scrollTo(view.model().index(row, column))
    rect = view.visualRect(view.model().index(row, column))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert (view.currentRow(), view.currentColumn()) == (row, column)


def click_sheet(qtbot: QtBot, table: TeamTable, index: int) -> None:
    qtbot.mouseClick(
        table.sheets, Qt.MouseButton.LeftButton, pos=table.sheets.tabRect(index).center()
    )


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


def test_a_garage_of_seven_is_typed_in_under_ten_minutes(qtbot: QtBot, window: MainWindow) -> None:
    table = open_table(qtbot, window)
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
    qtbot: QtBot, window: MainWindow
) -> None:
    table = open_table(qtbot, window)
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
    qtbot: QtBot, window: MainWindow
) -> None:
    table = open_table(qtbot, window)
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


def test_a_spreadsheet_a_person_wrote_is_brought_in_after_its_preview(
    qtbot: QtBot, window: MainWindow, language: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if language != "fr":
        pytest.skip("the file is French, as its catalogue")
    messy = messy_workbook(tmp_path / "équipe du garage.xlsx")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(messy), ""))
    boxes = Boxes()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.exec(box))
    table = open_table(qtbot, window)
    seen: dict[str, object] = {}

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, ImportDialog)
        qtbot.waitExposed(dialog)
        phone = next(combo for combo in dialog.choices if combo.accessibleName() == "Téléphone")
        assert phone.currentText() == "Pas importée"
        lines = dialog.lines
        said = {
            lines.item(row, 0).text(): lines.item(row, 2).text() for row in range(lines.rowCount())
        }
        seen["said"], seen["summary"] = said, dialog.summary.text()
        assert "Site web" in dialog.summary.text()
        choose(dialog.same_as["Site web"], "Même sujet que : Le site de la boutique")
        assert "Site web" not in dialog.summary.text()
        dialog.grab().save(str(tmp_path / "preview.png"))
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)

    when_modal(look)
    qtbot.mouseClick(table.bring, Qt.MouseButton.LeftButton)
    said = seen["said"]
    assert isinstance(said, dict)
    assert said["7"].startswith("Ajoutée")
    assert "Laissé de côté : Tandem ne comprend pas l'âge « vieux »" in said["7"]
    assert said["8"] == "Refusée : Aucun nom sur cette ligne."
    assert "ligne précédente" in said["9"]
    assert said["4"].startswith("Ajoutée")
    assert "4 personnes seront ajoutées" in str(seen["summary"])
    assert "Diagnostic électronique" in str(seen["summary"])
    assert {person.name for person in needs.list_people()} == {
        "Gérard Lemaire",
        "Léa Martin",
        "Bernard Coste",
        "Yanis Diallo",
    }
    assert table.table.rowCount() == 5  # shown at once in the table, and a line for a new one
    assert [
        need.topic_name for need in needs.list_needs() if need.topic_name.startswith("Le site")
    ] == ["Le site de la boutique"]  # Bernard's "Site web", taken as the catalogue's
    assert boxes.said == [
        "4 personnes ajoutées depuis équipe du garage.xlsx. « Défaire », sous le tableau, "
        "les retire de nouveau."
    ]
    qtbot.mouseClick(table.undo_button, Qt.MouseButton.LeftButton)  # a wrong file, taken out
    assert needs.list_people() == [] and needs.list_needs() == []
    assert "Diagnostic électronique" not in {topic.name for topic in needs.list_topics()}
    assert window.page(1).people.count() == 0


def test_the_table_to_fill_is_saved_in_the_owners_language_and_comes_back(
    qtbot: QtBot, window: MainWindow, language: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    boxes = Boxes()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.exec(box))
    chosen = tmp_path / "équipe"  # no extension typed: the kind of file chosen gives it
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen), a[3].split(";;")[0])
    )
    table = open_table(qtbot, window)
    qtbot.mouseClick(table.template, Qt.MouseButton.LeftButton)
    written = chosen.with_suffix(".xlsx")
    assert boxes.mentioning(str(written))
    rows = team_import.read_rows(written)
    expected = {"en": "Name", "fr": "Nom"}[language]
    assert rows[0][0] == expected
    from openpyxl import load_workbook

    book = load_workbook(written)
    book.worksheets[0].append(
        ["Ana Lopez", "", "", "", "", translate("catalogue", "Newsletter") + " 4", ""]
    )
    book.save(written)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(written), ""))
    when_modal(lambda dialog: qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton))  # type: ignore[attr-defined]
    qtbot.mouseClick(table.bring, Qt.MouseButton.LeftButton)
    [ana] = needs.list_people()
    assert [(skill.topic_name, skill.level) for skill in needs.list_know_how(ana.id)] == [
        (translate("catalogue", "Newsletter"), Level.CAN_TEACH)
    ]


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


def _place(widget: QWidget, window: MainWindow) -> QPoint:
    return widget.mapTo(window, QPoint(0, 0))


def test_a_persons_rows_are_whole_and_the_buttons_stay_put(
    qtbot: QtBot, window: MainWindow
) -> None:
    people = _team()
    window.stepper.go_to(1)
    page = window.page(1)
    page.people.setCurrentRow(0)
    QApplication.processEvents()
    places = set()
    for who in ("senior", "young", "idle", "senior"):
        page.people.choose(people[who])
        QApplication.processEvents()
        places.add((_place(page.add_person, window), _place(page.leave, window)))
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


def test_the_paper_questionnaire_is_saved_from_the_table_in_the_owners_language(
    qtbot: QtBot, window: MainWindow, language: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "exec", lambda box: Boxes().exec(box))
    target = tmp_path / "questions.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    table = open_table(qtbot, window)
    actions = table.questionnaire.menu().actions()
    assert len(actions) == 2  # print (with a preview), or save as PDF
    actions[1].trigger()
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(target).pages).split())
    title = {"en": "What could you teach?", "fr": "Que pourriez-vous enseigner ?"}[language]
    assert title in text
    assert translate("catalogue", "Social networks") in text


def test_a_level_is_picked_with_a_right_click_as_well_as_typed(
    qtbot: QtBot, window: MainWindow
) -> None:
    table = open_table(qtbot, window)
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
    qtbot: QtBot, window: MainWindow
) -> None:
    table = open_table(qtbot, window)
    keys = Keyboard(qtbot)
    click_cell(qtbot, table, 0, 0)
    keys.type("Kevin Essai")
    keys.press(Qt.Key.Key_Return)
    page = window.page(1)
    assert page.people.count() == 1
    keys.press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert needs.list_people() == []
    assert page.people.count() == 0  # the one-person view shows nobody either


def test_an_empty_spreadsheet_is_said_to_be_empty(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "vide.csv"
    empty.write_text(";;\n\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(empty), ""))
    boxes = Boxes()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.exec(box))
    table = open_table(qtbot, window)
    qtbot.mouseClick(table.bring, Qt.MouseButton.LeftButton)
    assert len(boxes.said) == 1 and "vide.csv" in boxes.said[0]
    assert needs.list_people() == []
