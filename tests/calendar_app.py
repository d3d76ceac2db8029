"""A calendar program, as the tests need one: it imports Tandem's files one after the other,
as RFC 5546 applies a PUBLISH - by UID, what a higher SEQUENCE says replaces what it holds,
a cancelled event leaves, an older or equal SEQUENCE changes nothing.

It reads with ``vobject``, which shares no code with Tandem's writer nor with
``icalendar`` (the other reader of the tests): the time zone is vobject's reading of the
file's own VTIMEZONE, not Python's time-zone database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import vobject


@dataclass(frozen=True)
class Held:
    """An event as the calendar shows it."""

    sequence: int
    start: dt.datetime | dt.date  # a moment in UTC, or a day
    end: dt.datetime | None
    summary: str


def read(data: bytes) -> vobject.base.Component:
    return vobject.readOne(data.decode("utf-8"))


def _utc(value: dt.datetime | dt.date) -> dt.datetime | dt.date:
    if isinstance(value, dt.datetime):
        assert value.tzinfo is not None, "a floating time: no time zone said"
        return value.astimezone(dt.UTC)
    return value


class CalendarApp:
    def __init__(self) -> None:
        self.events: dict[str, Held] = {}
        #: The highest SEQUENCE seen of each UID, cancelled ones too.
        self.seen: dict[str, int] = {}

    def import_file(self, data: bytes) -> None:
        book = read(data)
        for event in book.contents.get("vevent", []):
            uid = event.uid.value
            sequence = int(event.sequence.value) if hasattr(event, "sequence") else 0
            if uid in self.seen and sequence <= self.seen[uid]:
                continue
            self.seen[uid] = sequence
            status = event.status.value if hasattr(event, "status") else "CONFIRMED"
            if status == "CANCELLED":
                self.events.pop(uid, None)
                continue
            end = event.dtend.value if hasattr(event, "dtend") else None
            self.events[uid] = Held(
                sequence,
                _utc(event.dtstart.value),
                _utc(end) if end is not None else None,  # type: ignore[arg-type]
                event.summary.value,
            )

    def starts(self) -> list[dt.datetime | dt.date]:
        return sorted(
            (held.start for held in self.events.values()),
            key=lambda v: v if isinstance(v, dt.datetime) else dt.datetime.combine(v, dt.time()),
        )
