"""The step pages through the real widgets: refusals beside the field, names as typed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from app.steps import needs
from app.vocabulary import Affinity
from tests.qt_helpers import close_losing_what_was_refused, type_text
from ui.main_window import MainWindow
from ui.operations import Scope
from ui.session import DataSession
from ui.settings import Settings
from ui.steps.needs_page import NeedsPage

HOSTILE = "<b>Zoé</b><img src=x>"


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    settings = Settings(tmp_path)
    session = DataSession(tmp_path, settings)
    session.open_own_data()
    from app.programmes import create_programme

    create_programme("Spring")
    opened = MainWindow(session, settings)
    qtbot.addWidget(opened)
    opened.stepper.go_to(1)
    yield opened
    opened.close()


def test_a_refused_name_is_explained_beside_it_and_the_rest_stays_typed(window: MainWindow) -> None:
    page = window.pages[1]
    assert isinstance(page, NeedsPage)
    page.add_person.click()
    type_text(page.form.name, "Marie")
    type_text(page.form.name, "   ")
    type_text(page.form.job, "Gérante")
    assert (
        page.form.errors["name"].isVisibleTo(page)
        and page.form.errors["name"].text() == "This cannot be left empty."
    )
    assert page.form.job.text() == "Gérante"
    assert [p.name for p in needs.list_people()] == ["Marie"]
    type_text(page.form.name, "Marie")
    assert not page.form.errors["name"].isVisibleTo(page)
    assert needs.list_people()[0].job == "Gérante"


def test_a_year_out_of_range_is_refused_with_the_range(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.pages[1]
    assert isinstance(page, NeedsPage)
    page.add_person.click()
    type_text(page.form.year_joined, "1850")
    assert "from 1940" in page.form.errors["year_joined"].text()
    assert needs.list_people()[0].year_joined is None
    assert close_losing_what_was_refused(window, monkeypatch).mentioning("could not be saved")


def test_names_are_shown_as_typed_everywhere(window: MainWindow) -> None:
    page = window.pages[1]
    assert isinstance(page, NeedsPage)
    page.add_person.click()
    type_text(page.form.name, HOSTILE)
    assert page.people.item(0).text() == HOSTILE
    assert page.needs.caption.text() == f"What {HOSTILE} wants to learn"
    needs.add_person("Zoé")
    window.stepper.go_to(2)
    grid = window.pages[2].affinities  # type: ignore[attr-defined]
    assert grid.model().headerData(0, Qt.Orientation.Vertical) == HOSTILE


def test_next_says_what_is_missing(window: MainWindow) -> None:
    window.next.click()
    assert window.stack.currentIndex() == 1
    assert window.missing.isVisibleTo(window)
    assert window.missing.text() == "Add at least one need of a senior."


def test_the_render_script_writes_every_screen(tmp_path: Path) -> None:
    from tests.render_pages import render

    written = render(tmp_path, "en")
    below = [path.name for path in written if path.stem.endswith("-bottom")]
    assert "en-07-ReviewPage-bottom.png" in below  # a long page is also shown scrolled down
    assert [path.name for path in written if path.name not in below][-13:] == [
        "en-02-DashboardPage.png",
        "en-03-NeedsPage.png",
        "en-04-PairsPage.png",
        "en-05-CoachingPage.png",
        "en-06-RulesPage.png",
        "en-07-ReviewPage.png",
        "en-08-pair.png",
        "en-09-session.png",
        "en-10-review-sheet.pdf",
        "en-10-summary.pdf",
        "en-10-charter.pdf",
        "en-10-mentor-guide.pdf",
        "en-10-month-planning.pdf",
    ]
    assert all(path.stat().st_size > 10_000 for path in written)
    assert len(PdfReader(tmp_path / "en-10-summary.pdf").pages) >= 1


def test_an_affinity_is_chosen_in_its_cell_and_saved(qtbot: QtBot, window: MainWindow) -> None:
    karim, marie, lucas = (needs.add_person(name).id for name in ("Karim", "Marie", "Lucas"))
    window.stepper.go_to(2)
    grid = window.pages[2].affinities  # type: ignore[attr-defined]
    model = grid.model()
    rows = [model.headerData(row, Qt.Orientation.Vertical) for row in range(model.rowCount())]
    columns = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    # each two people once: no row for the last, no column for the first (they were empty)
    assert (rows, columns) == (["Karim", "Lucas"], ["Lucas", "Marie"])
    assert model.index(1, 0).flags() == Qt.ItemFlag.NoItemFlags  # Lucas and Lucas
    cell = model.index(0, 1)  # Karim and Marie
    assert cell.data() == "Neutral"
    assert cell.data(Qt.ItemDataRole.AccessibleTextRole) == "Karim and Marie: Neutral"
    grid.setFocus()
    with qtbot.waitSignal(window.changes.announced, timeout=3000) as announced:
        qtbot.mouseClick(
            grid.viewport(), Qt.MouseButton.LeftButton, pos=grid.visualRect(cell).center()
        )
        editor = grid.indexWidget(cell)
        assert isinstance(editor, QComboBox)
        editor.hidePopup()
        editor.setCurrentIndex(editor.findData(Affinity.AVOID.value))
        editor.activated.emit(editor.currentIndex())
    assert announced.args == [Scope.AFFINITIES]
    assert needs.affinity_map() == {(karim, marie): Affinity.AVOID}
    assert cell.data() == "Better not together"
    assert grid.indexWidget(cell) is None  # the choice made, the cell is drawn again
    assert model.index(0, 0).data() == "Neutral" and lucas  # Karim and Lucas


def test_the_affinities_of_a_large_team_make_no_widget_per_cell(window: MainWindow) -> None:
    for number in range(300):
        needs.add_person(f"Person {number:03}")
    window.stepper.go_to(2)
    grid = window.pages[2].affinities  # type: ignore[attr-defined]
    assert grid.model().rowCount() == 299  # 44,850 pairs of people...
    assert grid.findChildren(QComboBox) == []  # ...drawn, not built


def test_the_tables_of_nobody_yet_read_right(window: MainWindow) -> None:
    """ "What  wants to learn", with two spaces, before a person was chosen or named."""
    window.stepper.go_to(1)
    page = window.pages[1]
    assert isinstance(page, NeedsPage)
    assert page.needs.caption.text() == "What this person wants to learn"
    assert page.know_how.caption.text() == "What this person can teach"


def test_the_by_hand_pair_form_starts_with_a_young_mentor_and_a_senior(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from tests import builders
    from tests.windows import open_window

    def prepare() -> None:
        builders.programme("Spring")
        orders = builders.topic("Online orders")
        bernard, lucas = builders.person("Bernard"), builders.person("Lucas")
        builders.person("Anne")  # first by name, with neither need nor know-how
        needs.add_need(bernard, orders, 0, 3)
        needs.add_know_how(lucas, orders, 4)

    window = open_window(qtbot, tmp_path, demo=False, prepare=prepare)
    window.stepper.go_to(2)
    page = window.page(2)
    assert (page.mentor.currentText(), page.mentee.currentText()) == ("Lucas", "Bernard")  # type: ignore[attr-defined]
    window.close()
