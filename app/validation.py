"""Checks shared by every step: text the user typed, numbers, dates.

Each function returns the clean value or raises a :class:`ValidationError` that names the
field and says, in plain words, what to change.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from enum import Enum
from typing import Literal, TypeVar, overload

from app.errors import invalid
from app.i18n import QT_TRANSLATE_NOOP
from app.vocabulary import HIGHEST_LEVEL, LOWEST_LEVEL, Level

NAME_MAX = 200
NOTE_MAX = 20_000
_FORBIDDEN_IN_NAME = re.compile(r"[\x00-\x1f\x7f]")
_FORBIDDEN_IN_NOTE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

E = TypeVar("E", bound=Enum)


def _encodable(value: str, field: str) -> None:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        raise invalid(
            field,
            QT_TRANSLATE_NOOP(
                "validation", "This text holds a character that cannot be saved; please retype it."
            ),
        ) from error


def _checked(text: str, field: str, forbidden: re.Pattern[str], max_length: int) -> str:
    _encodable(text, field)
    if forbidden.search(text):
        raise invalid(
            field,
            QT_TRANSLATE_NOOP(
                "validation", "This text holds an invisible control character; please retype it."
            ),
        )
    if len(text) > max_length:
        raise invalid(
            field,
            QT_TRANSLATE_NOOP("validation", "This is too long: {limit} characters at most."),
            limit=max_length,
        )
    return text


def clean_name(
    value: object, field: str, *, required: bool = True, max_length: int = NAME_MAX
) -> str:
    """A one-line text: spaces folded, no control characters, not too long, not empty if required."""
    text = _checked(
        " ".join(("" if value is None else str(value)).split()),
        field,
        _FORBIDDEN_IN_NAME,
        max_length,
    )
    if required and not text:
        raise invalid(field, QT_TRANSLATE_NOOP("validation", "This cannot be left empty."))
    return text


def clean_note(value: object, field: str, *, max_length: int = NOTE_MAX) -> str:
    """A free text of several lines; may be empty."""
    return _checked(
        "" if value is None else str(value).strip(), field, _FORBIDDEN_IN_NOTE, max_length
    )


@overload
def clean_int(
    value: object, field: str, low: int, high: int, *, required: Literal[True] = True
) -> int: ...
@overload
def clean_int(value: object, field: str, low: int, high: int, *, required: bool) -> int | None: ...
def clean_int(
    value: object, field: str, low: int, high: int, *, required: bool = True
) -> int | None:
    """A whole number between ``low`` and ``high``; None allowed when not required."""
    if value is None or value == "":
        if required:
            raise invalid(field, QT_TRANSLATE_NOOP("validation", "Please give a number."))
        return None
    if isinstance(value, bool):
        raise invalid(field, QT_TRANSLATE_NOOP("validation", "Please give a whole number."))
    try:
        number = int(str(value).strip()) if not isinstance(value, int) else value
    except ValueError as error:
        raise invalid(
            field, QT_TRANSLATE_NOOP("validation", "Please give a whole number.")
        ) from error
    if not low <= number <= high:
        raise invalid(
            field,
            QT_TRANSLATE_NOOP("validation", "Please give a number from {low} to {high}."),
            low=low,
            high=high,
        )
    return number


def clean_level(value: object, field: str) -> Level:
    number = clean_int(value, field, LOWEST_LEVEL, HIGHEST_LEVEL)
    return Level(number)


def clean_choice(value: object, choices: type[E], field: str) -> E:
    """One of an enumeration's values (given as the value or the member)."""
    try:
        return choices(value)
    except ValueError as error:
        raise invalid(
            field, QT_TRANSLATE_NOOP("validation", "Please pick one of the choices offered.")
        ) from error


@overload
def clean_date(value: object, field: str, *, required: Literal[True] = True) -> dt.date: ...
@overload
def clean_date(value: object, field: str, *, required: bool) -> dt.date | None: ...
def clean_date(value: object, field: str, *, required: bool = True) -> dt.date | None:
    if value is None or value == "":
        if required:
            raise invalid(field, QT_TRANSLATE_NOOP("validation", "Please give a date."))
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as error:
        raise invalid(field, QT_TRANSLATE_NOOP("validation", "This is not a date.")) from error


def clean_time(value: object, field: str) -> dt.time:
    if isinstance(value, dt.time):
        return value.replace(second=0, microsecond=0)
    try:
        return dt.time.fromisoformat(str(value)).replace(second=0, microsecond=0)
    except ValueError as error:
        raise invalid(
            field, QT_TRANSLATE_NOOP("validation", "This is not a time of day (for example 09:30).")
        ) from error


def weekday_mask(days: Iterable[int]) -> int:
    mask = 0
    for day in days:
        number = clean_int(day, "days_off", 0, 6)
        mask |= 1 << number
    return mask
