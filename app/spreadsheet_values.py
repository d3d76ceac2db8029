"""What people write in a spreadsheet's cells, read as Tandem's values: an age band from
"55 et plus", 23 or 1968; free half-days from "lundi matin, jeudi"; a year from a date.
French and English, accents and case aside. Each reader returns the value, or raises a
:class:`ValidationError` that quotes what it could not read."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from app.availability import Slot
from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP, message
from app.vocabulary import AgeBand, PartOfDay, Weekday


def plain(value: str) -> str:
    """Lower case, no accents, words apart: how headings and topic names are compared."""
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    bare = "".join(character for character in decomposed if not unicodedata.combining(character))
    return " ".join(re.sub(r"[^0-9a-z+]+", " ", bare).split())


def refused(field: str, template: str, **values: object) -> ValidationError:
    """A value of the file refused, said in the "import" context where it is marked."""
    return ValidationError(message("import", template, **values), field)


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
    words = plain(text)
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
    raise refused(
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


def read_year(text: str, today: dt.date) -> int | None:
    if not text.strip():
        return None
    year = _year_in(text)
    if year is None or not 1940 <= year <= today.year:
        raise refused(
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
    for token in plain(text).replace("apres midi", "apresmidi").split():
        day = next((day for day, names in _DAYS.items() if token in names), None)
        part = next((part for part, names in _PARTS.items() if token in names), None)
        if day is not None:
            groups.append((day, []))
        elif part is not None and groups:
            groups[-1][1].append(part)
        elif token not in ("et", "and", "+", "le", "les", "on"):
            raise refused(
                "availability",
                QT_TRANSLATE_NOOP(
                    "import",
                    'The free half-days "{value}" are not written as Tandem reads them '
                    '(for example "Monday morning, Thursday").',
                ),
                value=text,
            )
    return [(day, part) for day, parts in groups for part in (parts or list(PartOfDay))]
