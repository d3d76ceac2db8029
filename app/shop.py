"""The shop itself: its name, its weekly days off and its closures (holidays)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from app.errors import invalid, not_found
from app.i18n import QT_TRANSLATE_NOOP
from app.storage.database import transaction
from app.storage.models import ClosedPeriod, Shop
from app.validation import clean_choice, clean_date, clean_name, weekday_mask
from app.vocabulary import PartOfDay, Weekday


@dataclass(frozen=True)
class ShopInfo:
    name: str
    days_off: frozenset[Weekday]


@dataclass(frozen=True)
class ClosedPeriodInfo:
    id: int
    first_day: dt.date
    last_day: dt.date
    label: str
    #: Closed only that half of each day; None: the whole day.
    part: PartOfDay | None = None


def _shop_row() -> Shop:
    """The one row, written when the file was created."""
    return Shop.select().order_by(Shop.id).get()


def get_shop() -> ShopInfo:
    row = _shop_row()
    return ShopInfo(row.name, frozenset(day for day in Weekday if row.weekly_days_off & (1 << day)))


def set_shop_name(name: str) -> ShopInfo:
    clean = clean_name(name, "name")
    with transaction():
        row = _shop_row()
        row.name = clean
        row.save()
    return get_shop()


def set_days_off(days: Iterable[int]) -> ShopInfo:
    mask = weekday_mask(days)
    if mask == 0b1111111:
        raise invalid(
            "days_off",
            QT_TRANSLATE_NOOP("validation", "The shop must be open at least one day a week."),
        )
    with transaction():
        row = _shop_row()
        row.weekly_days_off = mask
        row.save()
    return get_shop()


def _period_info(row: ClosedPeriod) -> ClosedPeriodInfo:
    part = PartOfDay(row.part) if row.part is not None else None
    return ClosedPeriodInfo(row.id, row.first_day, row.last_day, row.label, part)


def add_closed_period(
    first_day: object, last_day: object, label: str = "", part: object = None
) -> ClosedPeriodInfo:
    """A closure from ``first_day`` to ``last_day``; ``part`` (a :class:`PartOfDay`) when
    the shop closes only the morning or the afternoon of those days."""
    half = clean_choice(part, PartOfDay, "part") if part is not None and part != "" else None
    first = clean_date(first_day, "first_day")
    last = clean_date(last_day, "last_day")
    if last < first:
        raise invalid(
            "last_day",
            QT_TRANSLATE_NOOP("validation", "The last day cannot come before the first day."),
        )
    text = clean_name(label, "label", required=False)
    with transaction():
        row = ClosedPeriod.create(
            first_day=first, last_day=last, label=text, part=half.value if half else None
        )
    return _period_info(row)


def remove_closed_period(period_id: int) -> None:
    with transaction():
        if ClosedPeriod.delete().where(ClosedPeriod.id == period_id).execute() == 0:
            raise not_found("closure")


def list_closed_periods() -> list[ClosedPeriodInfo]:
    return [_period_info(row) for row in ClosedPeriod.select().order_by(ClosedPeriod.first_day)]


def closed_days() -> tuple[frozenset[Weekday], list[tuple[dt.date, dt.date, PartOfDay | None]]]:
    """What the schedule must avoid: the weekly days off and the closed periods (and which
    half of their days, for a half-day closure)."""
    return get_shop().days_off, [(p.first_day, p.last_day, p.part) for p in list_closed_periods()]
