"""Planning dates: the pure calendar arithmetic behind step 4, with no database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence

Closure = tuple[dt.date, dt.date]


def is_open(day: dt.date, days_off: Collection[int], closures: Sequence[Closure]) -> bool:
    """False on a weekly day off or inside a closure (first and last day included)."""
    if day.weekday() in days_off:
        return False
    return not any(first <= day <= last for first, last in closures)


def plan_dates(
    start: dt.date,
    weeks: int,
    every_weeks: int,
    weekday: int,
    days_off: Collection[int] = (),
    closures: Sequence[Closure] = (),
) -> list[dt.date]:
    """The dates of a pair's sessions over ``weeks`` weeks from ``start``.

    One session every ``every_weeks`` weeks on ``weekday``. When that day is closed, the
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
        while day < limit and not is_open(day, days_off, closures):
            day += dt.timedelta(days=1)
        if day < limit:
            dates.append(day)
        due += step
    return dates
