"""A team table to fill in a spreadsheet, in the owner's language: the headings the import
reads back (``app.team_import``), and how to fill it."""

from __future__ import annotations

import csv
from pathlib import Path

from app.errors import StorageProblem
from app.i18n import QT_TRANSLATE_NOOP, Translator, message, untranslated
from app.steps import needs
from app.storage.problems import reason_of
from app.team_import import Column

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
                reason=reason_of(error, path),
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
