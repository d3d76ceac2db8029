"""The team brought from a spreadsheet the owner already keeps (.csv or .xlsx).

A person's spreadsheet is rarely a clean table: a title above the headings, blank lines,
first and last names apart, a date column nobody asked for, headings in French. Reading it
goes in three stages, each its own function so that a screen can show them:

1. :func:`read_rows` - the cells as text, whatever the file's format, encoding or separator;
2. :func:`guess_columns` - where the headings are and what each column holds (changeable);
3. :func:`plan_import` - line by line, what would be added and what is refused, and why.

:func:`add_planned` then adds everything planned in one change, or nothing.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import TypeVar

from app.availability import to_mask
from app.errors import StorageProblem, ValidationError
from app.i18n import QT_TRANSLATE_NOOP, Message, message
from app.spreadsheet_values import plain, read_age, read_free_time, read_year
from app.steps import needs
from app.storage.database import transaction
from app.storage.problems import reason_of
from app.team_grid import NeedCell, Sheet, SkillCell, read_cell
from app.text import sort_key
from app.vocabulary import AgeBand, Level, Priority, TopicKind

#: The most lines read from a file: a team, not a customer list.
MOST_LINES = 2000


class Column(StrEnum):
    """What a column of the spreadsheet holds."""

    IGNORED = "ignored"
    NAME = "name"
    FIRST_NAME = "first_name"
    JOB = "job"
    AGE = "age"
    YEAR_JOINED = "year_joined"
    FREE_TIME = "free_time"
    LEARN = "learn"
    TEACH = "teach"
    NOTES = "notes"


COLUMN_LABELS: dict[Column, str] = {
    Column.IGNORED: QT_TRANSLATE_NOOP("import", "Not imported"),
    Column.NAME: QT_TRANSLATE_NOOP("import", "Name (or last name)"),
    Column.FIRST_NAME: QT_TRANSLATE_NOOP("import", "First name"),
    Column.JOB: QT_TRANSLATE_NOOP("import", "Job"),
    Column.AGE: QT_TRANSLATE_NOOP("import", "Age, age band or year of birth"),
    Column.YEAR_JOINED: QT_TRANSLATE_NOOP("import", "Year joined the shop"),
    Column.FREE_TIME: QT_TRANSLATE_NOOP("import", "Free half-days"),
    Column.LEARN: QT_TRANSLATE_NOOP("import", "Wants to learn"),
    Column.TEACH: QT_TRANSLATE_NOOP("import", "Can teach"),
    Column.NOTES: QT_TRANSLATE_NOOP("import", "Notes"),
}

#: Words of a heading, French or English, that say what its column holds (first match wins).
_HEADING_WORDS: tuple[tuple[Column, tuple[str, ...]], ...] = (
    (Column.FIRST_NAME, ("prenom", "first name", "firstname", "given name", "forename")),
    (Column.LEARN, ("apprendre", "besoin", "learn", "need", "souhait", "wants")),
    (
        Column.TEACH,
        ("enseigner", "transmettre", "sait", "savoir", "teach", "know", "skill", "competence"),
    ),
    (Column.FREE_TIME, ("dispo", "libre", "creneau", "free", "availab", "half day")),
    (
        Column.YEAR_JOINED,
        ("entree", "arrivee", "embauche", "anciennete", "joined", "since", "hired", "start"),
    ),
    (Column.AGE, ("age", "naissance", "birth", "ne le", "ne en", "tranche")),
    (Column.JOB, ("poste", "metier", "fonction", "job", "role", "position", "emploi")),
    (Column.NOTES, ("note", "remarque", "commentaire", "comment", "observation")),
    (Column.NAME, ("nom", "name", "salarie", "employe", "personne", "person", "staff", "qui")),
)


# --- 1. the cells ---------------------------------------------------------------------------


def read_rows(path: Path) -> list[list[str]]:
    """Every line of the file's first sheet as text (dates as 2026-03-14, 12.0 as 12); one
    line more than :data:`MOST_LINES` says that the file has more (see :func:`too_long`)."""
    try:
        if path.suffix.casefold() == ".xlsx":
            rows = _xlsx_rows(path)
        else:
            rows = _csv_rows(path.read_bytes())
    except OSError as error:
        raise StorageProblem(
            message(
                "import",
                QT_TRANSLATE_NOOP("import", "Tandem could not read {file}: {reason}"),
                file=path.name,
                reason=reason_of(error, path),
            )
        ) from error
    return [[cell.strip() for cell in row] for row in rows[: MOST_LINES + 1]]


def _csv_rows(data: bytes) -> list[list[str]]:
    for encoding in ("utf-8-sig", "cp1252"):  # a spreadsheet saved on Windows: cp1252
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        text = data.decode("latin-1")
    sample = text[:8192]
    separator = max(";,\t", key=sample.count) if any(mark in sample for mark in ";,\t") else ","
    return [row for row in csv.reader(io.StringIO(text), delimiter=separator)]


def _xlsx_rows(path: Path) -> list[list[str]]:
    import zipfile

    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise StorageProblem(
            message(
                "import",
                QT_TRANSLATE_NOOP(
                    "import",
                    "{file} is not a spreadsheet Tandem can read. Save it again as .xlsx or "
                    ".csv from your spreadsheet program.",
                ),
                file=path.name,
            )
        ) from error
    try:
        sheet = book.worksheets[0]
        return [
            [_cell_text(value) for value in row]
            for row in sheet.iter_rows(max_row=MOST_LINES, values_only=True)
        ]
    finally:
        book.close()


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def too_long(rows: Sequence[Sequence[str]]) -> bool:
    """The file goes on past the lines Tandem reads."""
    return len(rows) > MOST_LINES


# --- 2. the columns ---------------------------------------------------------------------


@dataclass(frozen=True)
class Layout:
    """Where the headings are (their line, from 0) and what each column holds."""

    heading_line: int
    headings: list[str]
    columns: list[Column]


def _column_for(heading: str) -> Column:
    words = plain(heading)
    if not words:
        return Column.IGNORED
    for column, hints in _HEADING_WORDS:
        if any(re.search(rf"\b{re.escape(hint)}", words) for hint in hints):
            return column
    return Column.IGNORED


def guess_columns(rows: Sequence[Sequence[str]]) -> Layout:
    """The headings' line: the first that names a person's column among others (a title
    merged across the top has one cell); then each column's meaning from its heading."""
    for number, row in enumerate(rows[:20]):
        filled = [cell for cell in row if cell]
        columns = [_column_for(cell) for cell in row]
        if len(filled) >= 2 and Column.NAME in columns:
            return Layout(number, list(row), _one_each(columns))
    first = next((n for n, row in enumerate(rows) if sum(1 for cell in row if cell) >= 2), 0)
    headings = list(rows[first]) if rows else []
    return Layout(first, headings, _one_each([_column_for(cell) for cell in headings]))


def _one_each(columns: list[Column]) -> list[Column]:
    """A column of each kind, the first; learn and teach may be spread over several."""
    seen: set[Column] = set()
    kept = []
    for column in columns:
        if column in seen and column not in (Column.LEARN, Column.TEACH, Column.NOTES):
            column = Column.IGNORED
        seen.add(column)
        kept.append(column)
    return kept


# --- 3. the plan ----------------------------------------------------------------------------


@dataclass
class PlannedPerson:
    """One line of the file: the person it would add, or why it is refused."""

    line: int  # as the spreadsheet numbers it, from 1
    name: str
    job: str = ""
    age_band: AgeBand | None = None
    year_joined: int | None = None
    free_time: int = 0
    notes: str = ""
    learn: dict[str, NeedCell] = field(default_factory=dict)
    teach: dict[str, SkillCell] = field(default_factory=dict)
    refused: Message | None = None
    #: What the line says that Tandem could not read, and so leaves out (the person is added).
    left_out: list[Message] = field(default_factory=list)


@dataclass
class ImportPlan:
    people: list[PlannedPerson]
    #: Topics the file names that the catalogue lacks, as the file writes them: added too.
    new_topics: list[str]

    def added(self) -> list[PlannedPerson]:
        return [person for person in self.people if person.refused is None]

    def refused(self) -> list[PlannedPerson]:
        return [person for person in self.people if person.refused is not None]


def plan_import(
    rows: Sequence[Sequence[str]],
    layout: Layout,
    today: dt.date | None = None,
    same_as: dict[str, str] | None = None,
) -> ImportPlan:
    """What each line below the headings would add; blank lines are passed over.
    ``same_as`` says which catalogue topic a name of the file means ("Prise de RDV en
    ligne": "Prise de rendez-vous en ligne"), for names the catalogue does not have."""
    day = today or dt.date.today()
    catalogue = {plain(topic.name): topic.name for topic in needs.list_topics()}
    known = set(catalogue.values())
    catalogue.update(
        {plain(name): topic for name, topic in (same_as or {}).items() if topic in known}
    )
    in_team = {plain(person.name) for person in needs.list_people(include_left=True)}
    new_topics: dict[str, str] = {}
    seen: set[str] = set()
    planned = []
    for number in range(layout.heading_line + 1, min(len(rows), MOST_LINES)):
        row = rows[number]
        if not any(cell for cell in row):
            continue
        person = _plan_line(number + 1, row, layout.columns, day, catalogue, new_topics)
        key = plain(person.name)
        if person.refused is None and key in in_team:
            person.refused = _said(
                QT_TRANSLATE_NOOP("import", "Already in the team: left as it is.")
            )
        elif person.refused is None and key in seen:
            person.refused = _said(
                QT_TRANSLATE_NOOP("import", "The same name is on an earlier line.")
            )
        seen.add(key)
        planned.append(person)
    used = {
        topic
        for person in planned
        if person.refused is None
        for topic in (*person.learn, *person.teach)
    }
    return ImportPlan(
        planned, sorted((name for name in new_topics.values() if name in used), key=sort_key)
    )


def _said(template: str, **values: object) -> Message:
    return message("import", template, **values)


def _plan_line(
    line: int,
    row: Sequence[str],
    columns: Sequence[Column],
    today: dt.date,
    catalogue: dict[str, str],
    new_topics: dict[str, str],
) -> PlannedPerson:
    cells: dict[Column, list[str]] = {}
    for column, value in zip(columns, row, strict=False):
        if column is not Column.IGNORED and value:
            cells.setdefault(column, []).append(value)

    def one(column: Column) -> str:
        return " ".join(cells.get(column, []))

    name = " ".join(f"{one(Column.FIRST_NAME)} {one(Column.NAME)}".split())
    person = PlannedPerson(
        line, name, job=one(Column.JOB), notes="\n".join(cells.get(Column.NOTES, []))
    )
    if not name:
        person.refused = _said(QT_TRANSLATE_NOOP("import", "No name on this line."))
        return person
    try:
        needs.PersonDetails(person.name, person.job, notes=person.notes).cleaned()
    except ValidationError as refused:
        person.refused = refused.message
        return person
    # A value Tandem cannot read is left out, and said: the person is added all the same.
    person.age_band = _kept(person, lambda: read_age(one(Column.AGE), today))
    person.year_joined = _kept(person, lambda: read_year(one(Column.YEAR_JOINED), today))
    person.free_time = _kept(person, lambda: to_mask(read_free_time(one(Column.FREE_TIME)))) or 0
    for text in cells.get(Column.LEARN, []):
        for piece in _pieces(text):
            need = _kept(person, partial(_levels, piece, Sheet.NEEDS))
            if isinstance(need, NeedCell):
                person.learn[_topic_named(_topic_words(piece), catalogue, new_topics)] = need
    for text in cells.get(Column.TEACH, []):
        for piece in _pieces(text):
            skill = _kept(person, partial(_levels, piece, Sheet.KNOW_HOW))
            if isinstance(skill, SkillCell):
                person.teach[_topic_named(_topic_words(piece), catalogue, new_topics)] = skill
    return person


T = TypeVar("T")


def _kept(person: PlannedPerson, read: Callable[[], T]) -> T | None:
    """What ``read`` gives, or None with the reason added to what the person's line leaves
    out."""
    try:
        return read()
    except ValidationError as unreadable:
        person.left_out.append(unreadable.message)
        return None


def _pieces(text: str) -> list[str]:
    """The topics a cell names: "Réseaux sociaux 1-3; site web, Tableur 2 4"."""
    return [piece for piece in re.split(r"[;,\n]|\s+/\s+", text) if _topic_words(piece)]


def _topic_words(piece: str) -> str:
    return " ".join(re.sub(r"[\d()\[\]:→>\-–=]+", " ", piece).split())


def _levels(piece: str, sheet: Sheet) -> NeedCell | SkillCell:
    """A topic's levels as the piece writes them; none written: the usual ones."""
    digits = "".join(re.findall(r"\d", piece))
    if not digits:
        if sheet is Sheet.NEEDS:
            return NeedCell(Level.NEVER_DONE, Level.ON_OWN, Priority.SECOND)
        return SkillCell(Level.CAN_TEACH)
    try:
        cell = read_cell(sheet, digits)
    except ValidationError as wrong:
        raise ValidationError(
            message(
                "import",
                QT_TRANSLATE_NOOP("import", "{topic}: {reason}"),
                topic=_topic_words(piece),
                reason=wrong.message,
            )
        ) from wrong
    assert cell is not None
    return cell


def _topic_named(name: str, catalogue: dict[str, str], new_topics: dict[str, str]) -> str:
    """The catalogue's topic of that name (accents and case aside), or a new one."""
    key = plain(name)
    if key in catalogue:
        return catalogue[key]
    return new_topics.setdefault(key, name)


# --- 4. adding ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Brought:
    """What a file added: the people and the new topics, for an undo to take out again."""

    people: list[int]
    topics: list[int]


def add_planned(plan: ImportPlan) -> Brought:
    """Add every person the plan accepts, with the new topics, needs and know-how, in one
    change: all of it, or nothing."""
    brought = Brought([], [])
    with transaction():
        topics = {plain(topic.name): topic.id for topic in needs.list_topics()}
        for name in plan.new_topics:
            if plain(name) not in topics:
                topics[plain(name)] = needs.add_topic(name, TopicKind.OTHER).id
                brought.topics.append(topics[plain(name)])
        for person in plan.added():
            row = needs.add_person(
                person.name,
                person.job,
                age_band=person.age_band,
                year_joined=person.year_joined,
                availability=person.free_time,
                notes=person.notes,
            )
            for topic, need in person.learn.items():
                needs.add_need(
                    row.id, topics[plain(topic)], need.current, need.target, need.priority
                )
            for topic, skill in person.teach.items():
                needs.add_know_how(row.id, topics[plain(topic)], skill.level)
            brought.people.append(row.id)
    return brought
