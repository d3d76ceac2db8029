"""The shared checks of what a person types: numbers, dates, times, choices."""

from __future__ import annotations

import datetime as dt

import pytest

from app.errors import ValidationError
from app.validation import clean_choice, clean_date, clean_int, clean_time
from app.vocabulary import Priority


@pytest.mark.parametrize(("value", "expected"), [(3, 3), (" 4 ", 4), ("0", 0)])
def test_whole_numbers_are_read_from_text_or_numbers(value: object, expected: int) -> None:
    assert clean_int(value, "n", 0, 5) == expected


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("", "Please give a number."),
        (True, "whole number"),
        ("2.5", "whole number"),
        ("six", "whole number"),
        (9, "from 0 to 5"),
    ],
)
def test_wrong_numbers_say_what_is_expected(value: object, words: str) -> None:
    with pytest.raises(ValidationError, match=words) as refused:
        clean_int(value, "n", 0, 5)
    assert refused.value.field == "n"


def test_an_optional_number_may_be_left_blank() -> None:
    assert clean_int("", "n", 0, 5, required=False) is None


def test_dates_and_times() -> None:
    assert clean_date("2027-03-01", "d") == dt.date(2027, 3, 1)
    assert clean_date(dt.datetime(2027, 3, 1, 14, 30), "d") == dt.date(2027, 3, 1)
    assert clean_date("", "d", required=False) is None
    with pytest.raises(ValidationError, match="Please give a date"):
        clean_date(None, "d")
    with pytest.raises(ValidationError, match="not a date"):
        clean_date("2027-02-30", "d")
    assert clean_time("09:30:45", "t") == dt.time(9, 30)
    assert clean_time(dt.time(9, 30, 12), "t") == dt.time(9, 30)


def test_choices_accept_the_value_or_the_member() -> None:
    assert clean_choice(1, Priority, "p") is Priority.FIRST
    assert clean_choice(Priority.LATER, Priority, "p") is Priority.LATER
    with pytest.raises(ValidationError, match="choices offered"):
        clean_choice(7, Priority, "p")
