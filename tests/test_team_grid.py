"""The team's table in the core: what a typed cell means, pasted blocks written whole or not
at all, rows past the last person, and undo."""

from __future__ import annotations

import pytest

from app import team_grid
from app.errors import ValidationError
from app.steps import needs
from app.team_grid import CellRefused, NeedCell, Sheet, SkillCell, TeamTable
from app.vocabulary import AgeBand, Level, Priority
from tests.builders import person, topic

HEADINGS = ["Name", "Job", "Topic A", "Topic B"]


@pytest.mark.parametrize(
    ("typed", "cell"),
    [
        ("", None),
        ("  ", None),
        ("1", NeedCell(Level.HAS_TRIED, Level.ON_OWN, Priority.SECOND)),
        ("3", NeedCell(Level.ON_OWN, Level.CAN_TEACH, Priority.SECOND)),
        ("0 2", NeedCell(Level.NEVER_DONE, Level.WITH_HELP, Priority.SECOND)),
        ("131", NeedCell(Level.HAS_TRIED, Level.ON_OWN, Priority.FIRST)),
        ("1 → 4 (P3)", NeedCell(Level.HAS_TRIED, Level.CAN_TEACH, Priority.LATER)),
    ],
)
def test_a_need_is_typed_as_digits(typed: str, cell: NeedCell | None) -> None:
    assert team_grid.read_cell(Sheet.NEEDS, typed) == cell


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("4", "can already teach"),
        ("3 2", "above the current level"),
        ("2 2", "above the current level"),
        ("1 3 4", "priority is 1"),
        ("1 3 0", "priority is 1"),
        ("1 5", "for example 1 3 1"),
        ("1 3 1 2", "for example 1 3 1"),
        ("Lorem ipsum dolor sit amet", "for example 1 3 1"),  # words pasted: refused
        ('=HYPERLINK("x")', "for example 1 3 1"),
    ],
)
def test_a_need_that_cannot_be_is_refused(typed: str, words: str) -> None:
    with pytest.raises(ValidationError) as refused:
        team_grid.read_cell(Sheet.NEEDS, typed)
    assert words in str(refused.value)


def test_a_know_how_is_one_level_above_never_done() -> None:
    assert team_grid.read_cell(Sheet.KNOW_HOW, " 4 ") == SkillCell(Level.CAN_TEACH)
    for typed in ("0", "5", "3 4", "beaucoup"):
        with pytest.raises(ValidationError):
            team_grid.read_cell(Sheet.KNOW_HOW, typed)


def test_cells_copied_from_a_spreadsheet_read_as_rows() -> None:
    text = 'Ana\tBaker\t1 3\r\n"Line\nbreak"\t\t4\r\n\r\n'
    assert team_grid.read_block(text) == [["Ana", "Baker", "1 3"], ["Line\nbreak", "", "4"]]
    assert team_grid.read_block(team_grid.write_block([["a", "b c"], ["", "1"]])) == [
        ["a", "b c"],
        ["", "1"],
    ]
    assert team_grid.read_block("") == []


def _two_topics() -> tuple[int, int]:
    return topic("Topic A"), topic("Topic B")


def _grid_with(*topic_ids: int) -> team_grid.Grid:
    """The table as it shows the two test topics (the catalogue has others)."""
    grid = team_grid.team_grid()
    shown = [known for known in grid.topics if known.id in topic_ids]
    return team_grid.Grid(grid.people, sorted(shown, key=lambda t: t.name), grid.needs, grid.skills)


def test_a_pasted_block_adds_people_and_their_needs(database: object) -> None:
    first, second = _two_topics()
    table = TeamTable()
    block = [["Ana", "Baker", "0 3 1", ""], ["Ben", "", "", "2"]]
    table.set_cells(Sheet.NEEDS, _grid_with(first, second), 0, 0, block, HEADINGS)
    people = {known.name: known for known in needs.list_people()}
    assert people["Ana"].job == "Baker"
    [ana_need] = needs.list_needs(people["Ana"].id)
    assert (ana_need.topic_id, ana_need.current_level, ana_need.priority) == (
        first,
        Level.NEVER_DONE,
        Priority.FIRST,
    )
    [ben_need] = needs.list_needs(people["Ben"].id)
    assert (ben_need.topic_id, ben_need.target_level) == (second, Level.ON_OWN)
    table.undo()
    assert needs.list_people() == []
    assert needs.list_needs() == []


def test_one_refused_cell_writes_nothing_of_its_block_and_says_where(database: object) -> None:
    first, second = _two_topics()
    ana = person("Ana", age_band=AgeBand.FROM_55)
    grid = _grid_with(first, second)
    table = TeamTable()
    with pytest.raises(CellRefused) as refused:
        table.set_cells(
            Sheet.NEEDS,
            grid,
            0,
            0,
            [["Ana", "Owner", "1 3", "3 1"], ["Cleo", "", "", ""]],
            HEADINGS,
        )
    assert (refused.value.row, refused.value.column) == (0, 3)
    assert str(refused.value) == "Ana, Topic B: The level to reach must be above the current level."
    assert needs.list_needs() == []
    assert needs.get_person(ana).job == ""
    assert [known.name for known in needs.list_people()] == ["Ana"]
    assert not table.can_undo()


def test_a_new_line_without_a_name_is_refused(database: object) -> None:
    first, second = _two_topics()
    with pytest.raises(CellRefused) as refused:
        TeamTable().set_cells(Sheet.KNOW_HOW, _grid_with(first, second), 0, 2, [["4"]], HEADINGS)
    assert str(refused.value) == "Name: A new line needs the person's name first."
    assert needs.list_people() == []


def test_cells_past_the_last_topic_are_refused(database: object) -> None:
    first, second = _two_topics()
    person("Ana")
    with pytest.raises(CellRefused) as refused:
        TeamTable().set_cells(
            Sheet.KNOW_HOW, _grid_with(first, second), 0, 3, [["4", "4"]], HEADINGS
        )
    assert str(refused.value) == "Ana: These cells go past the last topic of the catalogue."
    assert needs.list_know_how() == []


def test_undo_puts_back_each_change_last_first(database: object) -> None:
    first, second = _two_topics()
    ana = person("Ana", age_band=AgeBand.FROM_55, notes="Mornings only")
    table = TeamTable()
    table.set_cells(Sheet.KNOW_HOW, _grid_with(first, second), 0, 2, [["3"]], HEADINGS)
    table.set_cells(Sheet.KNOW_HOW, _grid_with(first, second), 0, 2, [["4"]], HEADINGS)
    table.set_cells(Sheet.KNOW_HOW, _grid_with(first, second), 0, 0, [["Anna", "Owner"]], HEADINGS)
    table.set_cells(Sheet.KNOW_HOW, _grid_with(first, second), 0, 2, [[""]], HEADINGS)
    assert needs.list_know_how() == []
    table.undo()
    assert [skill.level for skill in needs.list_know_how()] == [Level.CAN_TEACH]
    table.undo()
    back = needs.get_person(ana)
    assert (back.name, back.job, back.age_band, back.notes) == (
        "Ana",
        "",
        AgeBand.FROM_55,
        "Mornings only",
    )
    table.undo()
    assert [skill.level for skill in needs.list_know_how()] == [Level.ON_OWN]
    table.undo()
    assert needs.list_know_how() == []
    assert not table.can_undo()


def test_undoing_a_job_puts_back_the_job_alone_not_what_the_form_saved_since(
    database: object,
) -> None:
    first, second = _two_topics()
    ana = person("Ana", job="Baker")
    table = TeamTable()
    table.set_cells(Sheet.NEEDS, _grid_with(first, second), 0, 1, [["Head baker"]], HEADINGS)
    now = needs.get_person(ana)
    needs.update_person(ana, "Ana Lopez", now.job, notes="Typed in the form afterwards")
    table.undo()
    back = needs.get_person(ana)
    assert (back.name, back.job, back.notes) == (
        "Ana Lopez",
        "Baker",
        "Typed in the form afterwards",
    )
