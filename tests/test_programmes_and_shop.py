"""Programmes and the shop's own settings."""

from __future__ import annotations

import datetime as dt

import pytest

from app.errors import NotFound, ValidationError
from app.programmes import close_programme, create_programme, rename_programme, set_current_step
from app.shop import (
    add_closed_period,
    get_shop,
    list_closed_periods,
    remove_closed_period,
    set_days_off,
    set_shop_name,
)
from app.steps import pairs
from app.vocabulary import ProgrammeState, Weekday
from tests.builders import person


def test_programmes_have_unique_names_and_remember_their_step(database: object) -> None:
    spring = create_programme("Spring 2027")
    with pytest.raises(ValidationError, match="already called"):
        create_programme("spring 2027")
    autumn = create_programme("Autumn 2027")
    with pytest.raises(ValidationError, match="already called"):
        rename_programme(autumn.id, "Spring 2027")
    assert rename_programme(spring.id, "Spring at the shop").name == "Spring at the shop"
    assert set_current_step(spring.id, 3).current_step == 3
    with pytest.raises(ValidationError, match="from 1 to 5"):
        set_current_step(spring.id, 6)


def test_a_closed_programme_is_history(database: object) -> None:
    spring = create_programme("Spring")
    pair = pairs.create_pair(spring.id, person("Karim"), person("Marie")).id
    closed = close_programme(spring.id, dt.date(2027, 6, 30))
    assert (closed.state, closed.closed_on) == (ProgrammeState.CLOSED, dt.date(2027, 6, 30))
    with pytest.raises(ValidationError, match="is closed"):
        pairs.update_pair_notes(pair, "too late")
    with pytest.raises(ValidationError, match="is closed"):
        pairs.create_pair(spring.id, person("Inès"), person("Sophie"))


def test_the_shop_needs_a_name_and_one_open_day(database: object) -> None:
    assert get_shop().name == ""
    with pytest.raises(ValidationError, match="cannot be left empty"):
        set_shop_name("   ")
    set_shop_name("Menuiserie Lefèvre")
    assert get_shop().name == "Menuiserie Lefèvre"
    with pytest.raises(ValidationError, match="open at least one day"):
        set_days_off(list(range(7)))
    assert set_days_off([Weekday.SUNDAY, Weekday.MONDAY]).days_off == {
        Weekday.SUNDAY,
        Weekday.MONDAY,
    }


def test_closures_are_kept_in_order_and_checked(database: object) -> None:
    august = add_closed_period(dt.date(2027, 8, 1), dt.date(2027, 8, 21), "Summer")
    add_closed_period("2027-05-01", "2027-05-01", "Labour day")
    assert [p.label for p in list_closed_periods()] == ["Labour day", "Summer"]
    with pytest.raises(ValidationError, match="cannot come before") as refused:
        add_closed_period(dt.date(2027, 12, 31), dt.date(2027, 12, 24))
    assert refused.value.field == "last_day"
    remove_closed_period(august.id)
    with pytest.raises(NotFound):
        remove_closed_period(august.id)
    assert [p.label for p in list_closed_periods()] == ["Labour day"]
