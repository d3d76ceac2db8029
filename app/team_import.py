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
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from app.availability import Slot, to_mask
from app.errors import StorageProblem, ValidationError
from app.i18n import QT_TRANSLATE_NOOP, Message, Translator, message, untranslated
from app.steps import needs
from app.storage.database import transaction
from app.team_grid import NeedCell, Sheet, SkillCell, read_cell
from app.text import sort_key
from app.vocabulary import AgeBand, Level, PartOfDay, Priority, TopicKind, Weekday

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


def _plain(value: str) -> str:
    """Lower case, no accents, words apart: how headings and topic names are compared."""
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    bare = "".join(character for character in decomposed if not unicodedata.combining(character))
    return " ".join(re.sub(r"[^0-9a-z+]+", " ", bare).split())


# --- 1. the cells ---------------------------------------------------------------------------


def read_rows(path: Path) -> list[list[str]]:
    """Every line of the file's first sheet as text (dates as 2026-03-14, 12.0 as 12)."""
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
                reason=error.strerror or str(error),
            )
        ) from error
    return [[cell.strip() for cell in row] for row in rows[:MOST_LINES]]


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


# --- 2. the columns ---------------------------------------------------------------------


@dataclass(frozen=True)
class Layout:
    """Where the headings are (their line, from 0) and what each column holds."""

    heading_line: int
    headings: list[str]
    columns: list[Column]


def _column_for(heading: str) -> Column:
    words = _plain(heading)
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
    rows: Sequence[Sequence[str]], layout: Layout, today: dt.date | None = None
) -> ImportPlan:
    """What each line below the headings would add; blank lines are passed over."""
    day = today or dt.date.today()
    catalogue = {_plain(topic.name): topic.name for topic in needs.list_topics()}
    in_team = {_plain(person.name) for person in needs.list_people(include_left=True)}
    new_topics: dict[str, str] = {}
    seen: set[str] = set()
    planned = []
    for number in range(layout.heading_line + 1, len(rows)):
        row = rows[number]
        if not any(cell for cell in row):
            continue
        person = _plan_line(number + 1, row, layout.columns, day, catalogue, new_topics)
        key = _plain(person.name)
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


def _refuse(field: str, template: str, **values: object) -> ValidationError:
    """A value of the file refused, said in the "import" context where it is marked."""
    return ValidationError(message("import", template, **values), field)


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
        person.age_band = read_age(one(Column.AGE), today)
        person.year_joined = _read_year(one(Column.YEAR_JOINED), today)
        person.free_time = to_mask(read_free_time(one(Column.FREE_TIME)))
        for text in cells.get(Column.LEARN, []):
            for topic, cell in _topics_in(text, Sheet.NEEDS, catalogue, new_topics):
                assert isinstance(cell, NeedCell)
                person.learn[topic] = cell
        for text in cells.get(Column.TEACH, []):
            for topic, cell in _topics_in(text, Sheet.KNOW_HOW, catalogue, new_topics):
                assert isinstance(cell, SkillCell)
                person.teach[topic] = cell
        needs.PersonDetails(person.name, person.job, notes=person.notes).cleaned()
    except ValidationError as refused:
        person.refused = refused.message
    return person


_AGE_BANDS = {
    "moins de 25": AgeBand.UNDER_25,
    "under 25": AgeBand.UNDER_25,
    "25 39": AgeBand.FROM_25_TO_39,
    "25 a 39": AgeBand.FROM_25_TO_39,
    "25 to 39": AgeBand.FROM_25_TO_39,
    "40 54": AgeBand.FROM_40_TO_54,
    "40 a 54": AgeBand.FROM_40_TO_54,
    "40 to 54": AgeBand.FROM_40_TO_54,
    "55 +": AgeBand.FROM_55,
    "55+": AgeBand.FROM_55,
    "55 et plus": AgeBand.FROM_55,
    "55 ans et plus": AgeBand.FROM_55,
    "55 and over": AgeBand.FROM_55,
    "plus de 55": AgeBand.FROM_55,
}


def _band(age: int) -> AgeBand:
    if age < 25:
        return AgeBand.UNDER_25
    if age < 40:
        return AgeBand.FROM_25_TO_39
    if age < 55:
        return AgeBand.FROM_40_TO_54
    return AgeBand.FROM_55


def read_age(text: str, today: dt.date) -> AgeBand | None:
    """An age band from what a spreadsheet holds: a band ("25-39", "55 et plus"), an age
    (23), a year of birth (1968) or a date of birth."""
    words = _plain(text)
    if not words:
        return None
    if words in _AGE_BANDS:
        return _AGE_BANDS[words]
    numbers = [int(number) for number in re.findall(r"\d+", words)]
    if len(numbers) == 1 and 14 <= numbers[0] <= 99:
        return _band(numbers[0])
    born = _year_in(text)
    if born is not None and 1920 <= born <= today.year - 14:
        return _band(today.year - born)
    raise _refuse(
        "age_band",
        QT_TRANSLATE_NOOP(
            "import",
            "The age {value} is not one Tandem understands (an age, a band like 25-39, or a year of birth).",
        ),
        value=text,
    )


def _year_in(text: str) -> int | None:
    years = re.findall(r"(?<!\d)(19\d\d|20\d\d)(?!\d)", text)
    return int(years[0]) if len(years) == 1 else None


def _read_year(text: str, today: dt.date) -> int | None:
    if not text.strip():
        return None
    year = _year_in(text)
    if year is None or not 1940 <= year <= today.year:
        raise _refuse(
            "year_joined",
            QT_TRANSLATE_NOOP("import", "{value} is not a year of arrival Tandem understands."),
            value=text,
        )
    return year


_DAYS = {
    Weekday.MONDAY: ("lundi", "lun", "monday", "mon"),
    Weekday.TUESDAY: ("mardi", "mar", "tuesday", "tue", "tues"),
    Weekday.WEDNESDAY: ("mercredi", "mer", "wednesday", "wed"),
    Weekday.THURSDAY: ("jeudi", "jeu", "thursday", "thu", "thurs"),
    Weekday.FRIDAY: ("vendredi", "ven", "friday", "fri"),
    Weekday.SATURDAY: ("samedi", "sam", "saturday", "sat"),
    Weekday.SUNDAY: ("dimanche", "dim", "sunday", "sun"),
}
_PARTS = {
    PartOfDay.MORNING: ("matin", "matins", "morning", "mornings", "am"),
    PartOfDay.AFTERNOON: ("apresmidi", "aprem", "pm", "afternoon", "afternoons"),
}


def read_free_time(text: str) -> list[Slot]:
    """Half-days as people write them: "lundi matin, jeudi", "Mon pm; Fri"; a day alone
    is the whole day. Each day takes the parts of the day written after it."""
    groups: list[tuple[Weekday, list[PartOfDay]]] = []
    for token in _plain(text).replace("apres midi", "apresmidi").split():
        day = next((day for day, names in _DAYS.items() if token in names), None)
        part = next((part for part, names in _PARTS.items() if token in names), None)
        if day is not None:
            groups.append((day, []))
        elif part is not None and groups:
            groups[-1][1].append(part)
        elif token not in ("et", "and", "+", "le", "les", "on"):
            raise _refuse(
                "availability",
                QT_TRANSLATE_NOOP(
                    "import",
                    'The free half-days "{value}" are not written as Tandem reads them '
                    '(for example "Monday morning, Thursday").',
                ),
                value=text,
            )
    return [(day, part) for day, parts in groups for part in (parts or list(PartOfDay))]


def _topics_in(
    text: str, sheet: Sheet, catalogue: dict[str, str], new_topics: dict[str, str]
) -> list[tuple[str, NeedCell | SkillCell]]:
    """The topics a cell names, each with its levels: "Réseaux sociaux 1-3; site web"."""
    found = []
    for piece in re.split(r"[;,\n]|\s+/\s+", text):
        digits = "".join(re.findall(r"\d", piece))
        name = " ".join(re.sub(r"[\d()\[\]:→>\-–=]+", " ", piece).split())
        if not name:
            continue
        topic = _topic_named(name, catalogue, new_topics)
        if sheet is Sheet.NEEDS:
            cell = (
                read_cell(sheet, digits)
                if digits
                else NeedCell(Level.NEVER_DONE, Level.ON_OWN, Priority.SECOND)
            )
        else:
            cell = read_cell(sheet, digits) if digits else SkillCell(Level.CAN_TEACH)
        assert cell is not None
        found.append((topic, cell))
    return found


def _topic_named(name: str, catalogue: dict[str, str], new_topics: dict[str, str]) -> str:
    """The catalogue's topic of that name (accents and case aside), or a new one."""
    key = _plain(name)
    if key in catalogue:
        return catalogue[key]
    return new_topics.setdefault(key, name)


# --- 4. adding ---------------------------------------------------------------------------


def add_planned(plan: ImportPlan) -> int:
    """Add every person the plan accepts, with the new topics, needs and know-how, in one
    change: all of it, or nothing. Returns how many people were added."""
    added = plan.added()
    with transaction():
        topics = {_plain(topic.name): topic.id for topic in needs.list_topics()}
        for name in plan.new_topics:
            if _plain(name) not in topics:
                topics[_plain(name)] = needs.add_topic(name, TopicKind.OTHER).id
        for person in added:
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
                    row.id, topics[_plain(topic)], need.current, need.target, need.priority
                )
            for topic, skill in person.teach.items():
                needs.add_know_how(row.id, topics[_plain(topic)], skill.level)
    return len(added)


# --- a template to fill ------------------------------------------------------------------

#: The template's columns, in order, with the heading each is written under.
TEMPLATE_COLUMNS: tuple[tuple[Column, str], ...] = (
    (Column.NAME, QT_TRANSLATE_NOOP("import", "Name")),
    (Column.JOB, QT_TRANSLATE_NOOP("import", "Job")),
    (Column.AGE, QT_TRANSLATE_NOOP("import", "Age band")),
    (Column.FREE_TIME, QT_TRANSLATE_NOOP("import", "Free half-days")),
    (Column.LEARN, QT_TRANSLATE_NOOP("import", "Wants to learn")),
    (Column.TEACH, QT_TRANSLATE_NOOP("import", "Can teach")),
    (Column.NOTES, QT_TRANSLATE_NOOP("import", "Notes")),
)

#: How to fill the template, line by line (the second sheet of the .xlsx).
TEMPLATE_HELP: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("import", "One line per person of the team, from the second line on."),
    QT_TRANSLATE_NOOP(
        "import", "Age band: under 25, 25-39, 40-54 or 55+ (an age or a year of birth works too)."
    ),
    QT_TRANSLATE_NOOP(
        "import",
        "Free half-days: the days and parts of the day, for example: Monday morning, Thursday.",
    ),
    QT_TRANSLATE_NOOP(
        "import",
        "Wants to learn: the topics separated by a semicolon, each followed by the level now, the "
        "level to reach and the priority, for example: Social networks 0 3 1; Newsletter 1 3 2.",
    ),
    QT_TRANSLATE_NOOP(
        "import",
        "Can teach: the topics separated by a semicolon, each with the level it is taught at, for "
        "example: Social networks 4; Photos of products 3.",
    ),
    QT_TRANSLATE_NOOP(
        "import",
        "Levels: 0 never done it, 1 has tried it, 2 with help, 3 on their own, 4 can teach it. "
        "Priority: 1 first, 2 second, 3 can wait.",
    ),
    QT_TRANSLATE_NOOP("import", "The topics of the catalogue today:"),
)


def write_template(path: Path, translate: Translator = untranslated) -> Path:
    """An empty team table to fill in a spreadsheet: .xlsx (with how to fill it and the
    catalogue's topics on a second sheet) or .csv (the headings alone, ';'-separated as a
    French spreadsheet opens them), in the language of ``translate``."""
    headings = [translate("import", heading) for _, heading in TEMPLATE_COLUMNS]
    try:
        if path.suffix.casefold() == ".xlsx":
            _write_xlsx_template(path, headings, translate)
        else:
            with path.open("w", encoding="utf-8-sig", newline="") as out:
                csv.writer(out, delimiter=";").writerow(headings)
    except OSError as error:
        raise StorageProblem(
            message(
                "import",
                QT_TRANSLATE_NOOP("import", "Tandem could not write {file}: {reason}"),
                file=path.name,
                reason=error.strerror or str(error),
            )
        ) from error
    return path


def _write_xlsx_template(path: Path, headings: list[str], translate: Translator) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    team = book.active
    team.title = translate("import", "Team")
    team.append(headings)
    for cell in team[1]:
        cell.font = Font(bold=True)
    for letter, width in zip("ABCDEFG", (24, 20, 14, 30, 50, 40, 30), strict=True):
        team.column_dimensions[letter].width = width
    team.freeze_panes = "A2"
    help_sheet = book.create_sheet(translate("import", "How to fill it"))
    for line in TEMPLATE_HELP:
        help_sheet.append([translate("import", line)])
    for topic in needs.list_topics():
        help_sheet.append([f"  {topic.name}"])
    help_sheet.column_dimensions["A"].width = 110
    book.save(path)
