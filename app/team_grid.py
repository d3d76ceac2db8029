"""The whole team as a table: people as rows, topics as columns, a need or a know-how in
each cell - entered as fast as in a spreadsheet.

A cell is typed as digits: on the needs sheet the level now, then the level to reach, then
the priority ("1 3 1", or "1" alone: up to "on their own", second priority); on the
know-how sheet one level ("4"). Empty clears it. Every write goes through the step's own
functions (:mod:`app.steps.needs`), so a cell can never hold what the person form would
refuse. A pasted block is written whole or not at all, and each change can be undone.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import partial

from app.errors import ValidationError, invalid
from app.i18n import QT_TRANSLATE_NOOP, Message, message
from app.steps import needs
from app.steps.needs import PersonInfo, TopicInfo
from app.storage.database import transaction
from app.vocabulary import Level, Priority


class Sheet(StrEnum):
    NEEDS = "needs"
    KNOW_HOW = "know_how"


@dataclass(frozen=True)
class NeedCell:
    current: Level
    target: Level
    priority: Priority = Priority.SECOND


@dataclass(frozen=True)
class SkillCell:
    level: Level


Cell = NeedCell | SkillCell | None

#: The columns before the topics: the person's name, then their job.
NAME_COLUMN, JOB_COLUMN = 0, 1
FIRST_TOPIC_COLUMN = 2


def read_cell(sheet: Sheet, text: str) -> Cell:
    """What a typed or pasted cell means; anything but digits and spaces around them is
    ignored ("1 → 3 (P1)" as Tandem copies it reads back the same)."""
    digits = [int(character) for character in text if character in "0123456789"]
    if not digits and text.strip():  # words pasted into a level: refused, not dropped
        digits = [-1]
    if not digits:
        return None
    if sheet is Sheet.KNOW_HOW:
        if len(digits) != 1 or not Level.HAS_TRIED <= digits[0] <= Level.CAN_TEACH:
            raise invalid(
                None,
                QT_TRANSLATE_NOOP(
                    "validation",
                    "Type one level from 1 (has tried it) to 4 (can teach it).",
                ),
            )
        return SkillCell(Level(digits[0]))
    if len(digits) > 3 or any(not 0 <= digit <= Level.CAN_TEACH for digit in digits[:2]):
        raise invalid(
            None,
            QT_TRANSLATE_NOOP(
                "validation",
                "Type the level now, the level to reach (0 to 4) and the priority (1 to 3), "
                "for example 1 3 1.",
            ),
        )
    current = Level(digits[0])
    if len(digits) == 1 and current >= Level.CAN_TEACH:
        raise invalid(
            None,
            QT_TRANSLATE_NOOP(
                "validation", "Someone who can already teach it has nothing to learn there."
            ),
        )
    target = Level(digits[1]) if len(digits) > 1 else Level(max(current + 1, Level.ON_OWN))
    if target <= current:
        raise invalid(
            None,
            QT_TRANSLATE_NOOP("validation", "The level to reach must be above the current level."),
        )
    if len(digits) == 3 and digits[2] not in (1, 2, 3):
        raise invalid(
            None,
            QT_TRANSLATE_NOOP(
                "validation", "The priority is 1 (first), 2 (second) or 3 (can wait)."
            ),
        )
    priority = Priority(digits[2]) if len(digits) == 3 else Priority.SECOND
    return NeedCell(current, target, priority)


def read_block(text: str) -> list[list[str]]:
    """Cells copied from a spreadsheet: tab-separated, one line per row (quoted cells may
    hold a line break); the line break a spreadsheet adds after the last row is no row."""
    if not text:
        return []
    rows = list(csv.reader(io.StringIO(text.replace("\r\n", "\n")), delimiter="\t"))
    while rows and not any(cell.strip() for cell in rows[-1]):
        rows.pop()
    return rows


def write_block(rows: Sequence[Sequence[str]]) -> str:
    """Cells as a spreadsheet pastes them (tab-separated lines)."""
    out = io.StringIO()
    csv.writer(out, delimiter="\t", lineterminator="\n").writerows(rows)
    return out.getvalue()


@dataclass(frozen=True)
class Grid:
    """The team and the catalogue as the table shows them, and what each cell holds."""

    people: list[PersonInfo]
    topics: list[TopicInfo]
    needs: dict[tuple[int, int], NeedCell]
    skills: dict[tuple[int, int], SkillCell]

    def cell(self, sheet: Sheet, person_id: int, topic_id: int) -> Cell:
        held = self.needs if sheet is Sheet.NEEDS else self.skills
        return held.get((person_id, topic_id))


def team_grid() -> Grid:
    """The people still in the team, the whole catalogue, and every need and know-how."""
    return Grid(
        needs.list_people(),
        needs.list_topics(),
        {
            (need.person_id, need.topic_id): NeedCell(
                need.current_level, need.target_level, need.priority
            )
            for need in needs.list_needs()
        },
        {
            (skill.person_id, skill.topic_id): SkillCell(skill.level)
            for skill in needs.list_know_how()
        },
    )


def _write_cell(sheet: Sheet, person_id: int, topic_id: int, cell: Cell) -> None:
    """Make the cell hold ``cell``, through the step's own checks."""
    if sheet is Sheet.NEEDS:
        found = [need for need in needs.list_needs(person_id) if need.topic_id == topic_id]
        if isinstance(cell, SkillCell):
            raise TypeError("a level alone is not a need")
        if cell is None:
            for need in found:
                needs.remove_need(need.id)
        elif found:
            needs.update_need(found[0].id, cell.current, cell.target, cell.priority)
        else:
            needs.add_need(person_id, topic_id, cell.current, cell.target, cell.priority)
        return
    known = [skill for skill in needs.list_know_how(person_id) if skill.topic_id == topic_id]
    if isinstance(cell, NeedCell):
        raise TypeError("a need is not a know-how")
    if cell is None:
        for skill in known:
            needs.remove_know_how(skill.id)
    elif known:
        needs.update_know_how(known[0].id, cell.level)
    else:
        needs.add_know_how(person_id, topic_id, cell.level)


@dataclass
class _Step:
    """One change as the owner made it (a cell, a name, a pasted block), and how to undo it."""

    undo: list[Callable[[], object]] = field(default_factory=list)


class CellRefused(ValidationError):
    """A cell of the table refused: where it is, and why."""

    def __init__(self, msg: Message, row: int, column: int) -> None:
        super().__init__(msg)
        self.row, self.column = row, column


def _refused_at(
    error: ValidationError, row: int, column: int, person: str, heading: str
) -> CellRefused:
    """The refusal, said with the person and the column it is about (either may be
    unknown: a new line without its name, a cell past the last topic)."""
    if person and heading:
        said = message(
            "validation",
            QT_TRANSLATE_NOOP("validation", "{person}, {column}: {reason}"),
            person=person,
            column=heading,
            reason=error.message,
        )
    elif person or heading:
        said = message(
            "validation",
            QT_TRANSLATE_NOOP("validation", "{where}: {reason}"),
            where=person or heading,
            reason=error.message,
        )
    else:
        said = error.message
    return CellRefused(said, row, column)


class TeamTable:
    """The changes made through the table, each undoable, last first."""

    def __init__(self) -> None:
        self._done: list[_Step] = []

    def can_undo(self) -> bool:
        return bool(self._done)

    def undo(self) -> None:
        """Put back what the last change replaced (its own steps in reverse)."""
        if not self._done:
            return
        step = self._done[-1]
        with transaction():
            for action in reversed(step.undo):
                action()
        self._done.pop()

    def remember(self, undo: Sequence[Callable[[], object]]) -> None:
        """A change made elsewhere (people brought from a file) that undo takes back:
        ``undo``'s calls are made last first, in one change."""
        if undo:
            self._done.append(_Step(list(undo)))

    def set_cells(
        self,
        sheet: Sheet,
        grid: Grid,
        top: int,
        left: int,
        block: Sequence[Sequence[str]],
        column_names: Sequence[str],
    ) -> None:
        """Write a block of typed or pasted cells from row ``top``, column ``left`` (rows
        past the last person add people). All of it is written, or nothing and the first
        refused cell is said. ``column_names`` are the table's headings, for that sentence."""
        step = _Step()
        with transaction():
            people = list(grid.people)
            for offset, values in enumerate(block):
                row = top + offset
                person = people[row] if row < len(people) else None
                person = self._write_row(sheet, grid, step, row, left, values, person, column_names)
                if person is not None and row >= len(people):
                    people.append(person)
        if step.undo:
            self._done.append(step)

    def _write_row(
        self,
        sheet: Sheet,
        grid: Grid,
        step: _Step,
        row: int,
        left: int,
        values: Sequence[str],
        person: PersonInfo | None,
        column_names: Sequence[str],
    ) -> PersonInfo | None:
        columns = range(left, left + len(values))
        if person is None:
            if not any(value.strip() for value in values):
                return None  # an empty line at the end of a pasted block
            if NAME_COLUMN not in columns or not values[NAME_COLUMN - left].strip():
                raise _refused_at(
                    invalid(
                        None,
                        QT_TRANSLATE_NOOP(
                            "validation", "A new line needs the person's name first."
                        ),
                    ),
                    row,
                    max(left, NAME_COLUMN),
                    "",
                    column_names[NAME_COLUMN],
                )
            try:
                person = needs.add_person(values[NAME_COLUMN - left])
            except ValidationError as error:
                raise _refused_at(error, row, NAME_COLUMN, "", column_names[NAME_COLUMN]) from error
            step.undo.append(partial(needs.remove_person, person.id))
        for column, value in zip(columns, values, strict=True):
            if column == NAME_COLUMN and person.name == " ".join(value.split()):
                continue
            try:
                self._write_value(sheet, grid, step, person, column, value)
            except ValidationError as error:
                heading = column_names[column] if column < len(column_names) else ""
                raise _refused_at(error, row, column, person.name, heading) from error
        return person

    def _write_value(
        self, sheet: Sheet, grid: Grid, step: _Step, person: PersonInfo, column: int, value: str
    ) -> None:
        if column in (NAME_COLUMN, JOB_COLUMN):
            before = needs.get_person(person.id)
            was = before.name if column == NAME_COLUMN else before.job
            if " ".join(value.split()) == was:
                return
            _set_name_or_job(person.id, column, value)
            # undone, the one field is put back over what the person holds then: a note
            # the form saved since stays
            step.undo.append(partial(_set_name_or_job, person.id, column, was))
            return
        topic_index = column - FIRST_TOPIC_COLUMN
        if not 0 <= topic_index < len(grid.topics):
            raise invalid(
                None,
                QT_TRANSLATE_NOOP(
                    "validation", "These cells go past the last topic of the catalogue."
                ),
            )
        topic_id = grid.topics[topic_index].id
        cell = read_cell(sheet, value)
        before_cell = grid.cell(sheet, person.id, topic_id)
        if cell == before_cell:
            return
        _write_cell(sheet, person.id, topic_id, cell)
        step.undo.append(lambda: _write_cell(sheet, person.id, topic_id, before_cell))


def _set_name_or_job(person_id: int, column: int, value: str) -> None:
    """Change the person's name or job alone, the rest as it is now."""
    now = needs.get_person(person_id)
    name, job = (value, now.job) if column == NAME_COLUMN else (now.name, value)
    needs.update_person(person_id, name, job, **_traits(now))


def _traits(person: PersonInfo) -> dict[str, object]:
    """The fields of a person the table does not show, kept as they are."""
    return {
        "year_joined": person.year_joined,
        "age_band": person.age_band,
        "availability": person.availability,
        "temperament": person.temperament,
        "learning_style": person.learning_style,
        "notes": person.notes,
    }
