"""Planning dates: the pure calendar arithmetic behind step 4, with no database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence

from app.vocabulary import PartOfDay

#: First and last day closed, and the half of each day when only one is (None: all day).
Closure = tuple[dt.date, dt.date, PartOfDay | None]
#: The hour from which a time is in the afternoon.
NOON = dt.time(12, 0)


def part_of(time: dt.time) -> PartOfDay:
    return PartOfDay.MORNING if time < NOON else PartOfDay.AFTERNOON


def is_open(
    day: dt.date,
    days_off: Collection[int],
    closures: Sequence[Closure],
    at: dt.time | None = None,
) -> bool:
    """False on a weekly day off or inside a closure (first and last day included); a
    half-day closure closes the day for a session ``at`` an hour in that half (a session
    with no hour yet fits in the other half)."""
    if day.weekday() in days_off:
        return False
    return not any(
        first <= day <= last and (part is None or (at is not None and part_of(at) is part))
        for first, last, part in closures
    )


def plan_dates(
    start: dt.date,
    weeks: int,
    every_weeks: int,
    weekday: int,
    days_off: Collection[int] = (),
    closures: Sequence[Closure] = (),
    at: dt.time | None = None,
) -> list[dt.date]:
    """The dates of a pair's sessions over ``weeks`` weeks from ``start``.

    One session every ``every_weeks`` weeks on ``weekday`` (``at`` that hour). When that
    day is closed (that half of it, for a half-day closure), the
    session moves to the next open day of the same week (so that two sessions never crowd
    together); when the rest of the week is closed (a holiday week), that session is skipped.
    """
    end = start + dt.timedelta(weeks=weeks)
    step = dt.timedelta(weeks=every_weeks)
    due = start + dt.timedelta(days=(weekday - start.weekday()) % 7)
    dates: list[dt.date] = []
    while due < end:
        next_monday = due + dt.timedelta(days=7 - due.weekday())
        limit = min(due + step, end, next_monday)
        day = due
        while day < limit and not is_open(day, days_off, closures, at):
            day += dt.timedelta(days=1)
        if day < limit:
            dates.append(day)
        due += step
    return dates
