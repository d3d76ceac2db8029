"""The iCalendar format (RFC 5545), as much of it as Tandem's files need, written by hand.

Text values are escaped (a comma, a semicolon, a backslash or a new line in a name stays
part of it), lines are folded at 75 octets without cutting a character in two, and lines
end with CRLF. The time zone is described from the PC's own time-zone database: each change of offset at the local hour it happens, in the offset it
leaves (in Paris, spring forward at 02:00 local, 01:00 UTC), as a yearly rule when it is
one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from zoneinfo import ZoneInfo

#: The longest line, in octets, before the CRLF (RFC 5545, 3.1).
LINE_OCTETS = 75


def text(value: str) -> str:
    """A TEXT value (RFC 5545, 3.3.11): backslash, semicolon, comma and new lines escaped."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold(line: str) -> str:
    """One content line, folded: at most 75 octets a line, the next ones starting with a
    space, never inside a character's octets."""
    parts: list[str] = []
    current, size, limit = "", 0, LINE_OCTETS
    for char in line:
        octets = len(char.encode("utf-8"))
        if size + octets > limit:
            parts.append(current)
            current, size, limit = " ", 1, LINE_OCTETS
        current += char
        size += octets
    parts.append(current)
    return "\r\n".join(parts)


def local_time(moment: dt.datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%S")


def utc_time(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def date_value(day: dt.date) -> str:
    return day.strftime("%Y%m%d")


def _offset(delta: dt.timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    hours, rest = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}{rest:02d}"


def _changes(zone: ZoneInfo, first: dt.date, last: dt.date) -> Iterator[dt.datetime]:
    """Each instant (UTC) the zone's offset changes between ``first`` and ``last``."""
    step = dt.timedelta(hours=6)  # no zone changes twice within six hours
    moment = dt.datetime.combine(first, dt.time(), dt.UTC)
    end = dt.datetime.combine(last, dt.time(), dt.UTC)
    before = moment.astimezone(zone).utcoffset()
    while moment < end:
        after_moment = moment + step
        after = after_moment.astimezone(zone).utcoffset()
        if after != before:
            low, high = moment, after_moment  # the change is in (low, high]
            while high - low > dt.timedelta(minutes=1):
                middle = low + (high - low) / 2
                middle = middle.replace(second=0, microsecond=0)
                if middle.astimezone(zone).utcoffset() == before:
                    low = middle
                else:
                    high = middle
            yield high
            before = after
        moment = after_moment


@dataclass(frozen=True)
class _Change:
    kind: str  # DAYLIGHT or STANDARD
    local: dt.datetime  # the hour the clock showed when it changed (naive)
    offset_from: dt.timedelta
    offset_to: dt.timedelta
    name: str

    @property
    def yearly_key(self) -> tuple[object, ...]:
        """What two changes of different years share when one yearly rule makes both."""
        return (self.kind, self.local.month, self.local.time(), self.offset_from, self.offset_to)

    @property
    def on_last_sunday(self) -> bool:
        return self.local.weekday() == 6 and (self.local + dt.timedelta(days=7)).month != (
            self.local.month
        )

    def lines(self, rule: str | None) -> list[str]:
        return [
            f"BEGIN:{self.kind}",
            f"DTSTART:{local_time(self.local)}",
            *([f"RRULE:{rule}"] if rule else []),
            f"TZOFFSETFROM:{_offset(self.offset_from)}",
            f"TZOFFSETTO:{_offset(self.offset_to)}",
            f"TZNAME:{text(self.name)}",
            f"END:{self.kind}",
        ]


def _change(zone: ZoneInfo, moment: dt.datetime) -> _Change:
    before = (moment - dt.timedelta(minutes=1)).astimezone(zone)
    after = moment.astimezone(zone)
    offset_from = before.utcoffset() or dt.timedelta()
    return _Change(
        "DAYLIGHT" if after.dst() else "STANDARD",
        (moment + offset_from).replace(tzinfo=None),
        offset_from,
        after.utcoffset() or dt.timedelta(),
        after.tzname() or zone.key,
    )


def timezone(zone: ZoneInfo, first: dt.date, last: dt.date) -> list[str]:
    """The VTIMEZONE of ``zone`` for events between ``first`` and ``last``, from the
    time-zone database's changes two years either side. Changes that come back each year
    on the last Sunday of a month at the same hour (Europe's rule) are said as one yearly
    rule, which a calendar that keeps the zone for later files reads right for any date;
    others one by one, from the change in force on ``first``."""
    start, end = first - dt.timedelta(days=731), last + dt.timedelta(days=731)
    changes = [_change(zone, moment) for moment in _changes(zone, start, end)]
    head = ["BEGIN:VTIMEZONE", f"TZID:{zone.key}"]
    if not changes:  # one offset throughout
        noon = dt.datetime.combine(first, dt.time(12), dt.UTC).astimezone(zone)
        offset = noon.utcoffset() or dt.timedelta()
        fixed = _Change(
            "STANDARD", dt.datetime(1970, 1, 1), offset, offset, noon.tzname() or zone.key
        )
        return [*head, *fixed.lines(None), "END:VTIMEZONE"]
    kinds: dict[str, list[_Change]] = {}
    for change in changes:
        kinds.setdefault(change.kind, []).append(change)
    yearly = all(
        len({change.yearly_key for change in listed}) == 1
        and all(change.on_last_sunday for change in listed)
        for listed in kinds.values()
    )
    lines = head
    if yearly:
        for listed in kinds.values():
            month = listed[0].local.month
            lines += listed[0].lines(f"FREQ=YEARLY;BYMONTH={month};BYDAY=-1SU")
    else:
        in_force = [c for c in changes if c.local.date() <= first]
        shown = in_force[-1:] + [c for c in changes if c.local.date() > first]
        for change in shown:
            if change.local.date() <= last:
                lines += change.lines(None)
    return [*lines, "END:VTIMEZONE"]


def document(lines: list[str]) -> bytes:
    """Content lines as a file: each folded, ended by CRLF, in UTF-8."""
    return "".join(fold(line) + "\r\n" for line in lines).encode("utf-8")
