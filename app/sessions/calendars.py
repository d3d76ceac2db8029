"""The sessions in everyone's calendar: iCalendar files (RFC 5545) to open on a phone or in
a mail program - one per person with only their sessions, and one for the whole programme.

A calendar program imports each new file over the last one, event by event (RFC 5546's
PUBLISH): it knows a session by its UID and takes what a higher SEQUENCE says. So:

* a session's UID is its own for its whole life (``Session.uid``): moved, planned again or
  cancelled, it stays the same event;
* every export sends every event it ever sent (``CalendarEvent`` keeps what was said): a
  session gone since - planned again away, its pair removed - is sent as cancelled, so
  that it leaves the calendars it was in, whichever exports they imported;
* SEQUENCE is a counter kept with the event, one higher each time what the event says
  changes: never the clock, which may have been set back.

Times are the shop's, Europe/Paris, with a VTIMEZONE worked out from the time-zone database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from app.i18n import Translator, untranslated
from app.paths import safe_file_name
from app.programmes import get_programme
from app.sessions import ics
from app.sessions.slots import pair_slots
from app.storage.database import transaction
from app.storage.models import CalendarEvent, Objective, Pair, Person, Session, Topic
from app.vocabulary import SessionStatus

SHOP_TIME = ZoneInfo("Europe/Paris")


@dataclass(frozen=True)
class PlannedSession:
    id: int
    uid: str
    pair_id: int
    mentor_id: int
    mentee_id: int
    mentor: str
    mentee: str
    day: dt.date
    start: dt.time | None
    minutes: int
    status: SessionStatus
    topics: tuple[str, ...]
    place: str


def programme_sessions(programme_id: int) -> list[PlannedSession]:
    """Every session of the programme with its pair's names, topics and place, in order of
    day and hour."""
    mentor, mentee = Person.alias(), Person.alias()
    topics: dict[int, list[str]] = {}
    for pair_id, name in (
        Objective.select(Objective.pair, Topic.name)
        .join(Topic)
        .switch(Objective)
        .join(Pair)
        .where(Pair.programme == programme_id)
        .tuples()
    ):
        topics.setdefault(pair_id, []).append(name)
    places = {pair_id: slot.place for pair_id, slot in pair_slots(programme_id).items()}
    rows = (
        Session.select(
            Session.id,
            Session.uid,
            Session.pair,
            Session.held_on,
            Session.start_time,
            Session.minutes,
            Session.status,
            Pair.mentor,
            Pair.mentee,
            mentor.name.alias("mentor_name"),
            mentee.name.alias("mentee_name"),
        )
        .join(Pair)
        .join(mentor, on=(Pair.mentor == mentor.id))
        .switch(Pair)
        .join(mentee, on=(Pair.mentee == mentee.id))
        .where(Pair.programme == programme_id)
        .order_by(Session.held_on, Session.start_time, Session.id)
        .dicts()
    )
    return [
        PlannedSession(
            row["id"],
            row["uid"],
            row["pair"],
            row["mentor"],
            row["mentee"],
            row["mentor_name"],
            row["mentee_name"],
            row["held_on"],
            row["start_time"],
            row["minutes"],
            SessionStatus(row["status"]),
            tuple(sorted(topics.get(row["pair"], ()))),
            places.get(row["pair"], ""),
        )
        for row in rows
    ]


@dataclass(frozen=True)
class SentEvent:
    """One event as this export sends it."""

    uid: str
    sequence: int
    mentor_id: int
    mentee_id: int
    mentor: str
    mentee: str
    day: dt.date
    start: dt.time | None
    minutes: int
    cancelled: bool
    place: str
    topics: tuple[str, ...]


def _said(session: PlannedSession) -> str:
    """What an event says, in short: SEQUENCE grows when this changes."""
    return "\x1f".join(
        str(part)
        for part in (
            session.day,
            session.start,
            session.minutes,
            session.status is SessionStatus.CANCELLED,
            session.mentor,
            session.mentee,
            session.place,
            *session.topics,
        )
    )


def sent_events(programme_id: int) -> list[SentEvent]:
    """Bring the record of what the calendars were told up to date with the sessions, and
    return every event to send: each session, and each one sent before that is gone,
    cancelled. In order of day and hour."""
    with transaction():
        get_programme(programme_id)
        current = programme_sessions(programme_id)
        record = {
            row.uid: row
            for row in CalendarEvent.select().where(CalendarEvent.programme == programme_id)
        }
        for session in current:
            said = _said(session)
            row = record.get(session.uid)
            fields = {
                "mentor": session.mentor_id,
                "mentee": session.mentee_id,
                "day": session.day,
                "start_time": session.start,
                "minutes": session.minutes,
                "said": said,
                "cancelled": session.status is SessionStatus.CANCELLED,
            }
            if row is None:
                CalendarEvent.create(programme=programme_id, uid=session.uid, **fields)
            elif row.said != said:
                CalendarEvent.update(sequence=row.sequence + 1, **fields).where(
                    CalendarEvent.id == row.id
                ).execute()
        present = {session.uid for session in current}
        gone = [row for uid, row in record.items() if uid not in present and not row.cancelled]
        for row in gone:
            CalendarEvent.update(sequence=row.sequence + 1, cancelled=True).where(
                CalendarEvent.id == row.id
            ).execute()
        return _events(programme_id, current)


def _events(programme_id: int, current: list[PlannedSession]) -> list[SentEvent]:
    mentor, mentee = Person.alias(), Person.alias()
    details = {session.uid: session for session in current}
    events = []
    for row in (
        CalendarEvent.select(
            CalendarEvent, mentor.name.alias("mentor_name"), mentee.name.alias("mentee_name")
        )
        .join(mentor, on=(CalendarEvent.mentor == mentor.id))
        .switch(CalendarEvent)
        .join(mentee, on=(CalendarEvent.mentee == mentee.id))
        .where(CalendarEvent.programme == programme_id)
        .objects()
    ):
        session = details.get(row.uid)
        events.append(
            SentEvent(
                row.uid,
                row.sequence,
                row.mentor_id,
                row.mentee_id,
                session.mentor if session else row.mentor_name,
                session.mentee if session else row.mentee_name,
                row.day,
                row.start_time,
                row.minutes,
                row.cancelled,
                session.place if session else "",
                session.topics if session else (),
            )
        )
    events.sort(key=lambda event: (event.day, event.start or dt.time(), event.uid))
    return events


def _lines(
    events: list[SentEvent], name: str, translate: Translator, moment: dt.datetime
) -> list[str]:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Tandem//Reverse mentoring//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        # the calendar's name twice: RFC 7986's, and the one older programs read
        f"NAME:{ics.text(name)}",
        f"X-WR-CALNAME:{ics.text(name)}",
        f"X-WR-TIMEZONE:{SHOP_TIME.key}",
    ]
    timed = [event.day for event in events if event.start is not None]
    if timed:
        lines += ics.timezone(SHOP_TIME, min(timed), max(timed))
    for event in events:
        lines += ["BEGIN:VEVENT", f"UID:{event.uid}@tandem", f"SEQUENCE:{event.sequence}"]
        lines.append(f"DTSTAMP:{ics.utc_time(moment)}")
        if event.start is None:  # a day, no hour given
            lines.append(f"DTSTART;VALUE=DATE:{ics.date_value(event.day)}")
        else:
            start = dt.datetime.combine(event.day, event.start)
            end = start + dt.timedelta(minutes=event.minutes)
            lines.append(f"DTSTART;TZID={SHOP_TIME.key}:{ics.local_time(start)}")
            lines.append(f"DTEND;TZID={SHOP_TIME.key}:{ics.local_time(end)}")
        summary = translate("calendars", "Tandem: {mentor} → {mentee}").format(
            mentor=event.mentor, mentee=event.mentee
        )
        lines.append(f"SUMMARY:{ics.text(summary)}")
        if event.place:
            lines.append(f"LOCATION:{ics.text(event.place)}")
        if event.topics:
            lines.append(f"DESCRIPTION:{ics.text(', '.join(event.topics))}")
        lines.append(f"STATUS:{'CANCELLED' if event.cancelled else 'CONFIRMED'}")
        lines.append("END:VEVENT")
    return [*lines, "END:VCALENDAR"]


def _now(now: dt.datetime | None) -> dt.datetime:
    return (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)


def calendar(
    programme_id: int,
    person_id: int | None = None,
    translate: Translator = untranslated,
    now: dt.datetime | None = None,
) -> bytes:
    """The programme's sessions as an iCalendar file; only ``person_id``'s when given."""
    programme = get_programme(programme_id)
    events = sent_events(programme_id)
    if person_id is None:
        return ics.document(_lines(events, programme.name, translate, _now(now)))
    own = [e for e in events if person_id in (e.mentor_id, e.mentee_id)]
    name = Person.get_by_id(person_id).name
    title = f"{programme.name} - {name}"
    return ics.document(_lines(own, title, translate, _now(now)))


def write_calendars(
    programme_id: int,
    folder: Path,
    translate: Translator = untranslated,
    now: dt.datetime | None = None,
) -> list[Path]:
    """One file for the whole programme, then one per person who has sessions, in
    ``folder``; returns their paths (the programme's first). Two people of the same name
    get a file each, the second one's name followed by (2)."""
    programme = get_programme(programme_id)
    events = sent_events(programme_id)
    moment = _now(now)
    people = {e.mentor_id for e in events} | {e.mentee_id for e in events}
    names = {
        row.id: row.name
        for row in Person.select(Person.id, Person.name).where(Person.id.in_(list(people)))
    }
    base = safe_file_name(programme.name)
    written = [folder / f"{base}.ics"]
    written[0].write_bytes(ics.document(_lines(events, programme.name, translate, moment)))
    taken: dict[str, int] = {}
    for person_id in sorted(people, key=lambda number: (names[number].casefold(), number)):
        name = names[person_id]
        stem = f"{base} - {safe_file_name(name)}"
        taken[stem.casefold()] = taken.get(stem.casefold(), 0) + 1
        if taken[stem.casefold()] > 1:  # the same name, or one a Windows folder takes as it
            stem = f"{stem} ({taken[stem.casefold()]})"
        own = [e for e in events if person_id in (e.mentor_id, e.mentee_id)]
        path = folder / f"{stem}.ics"
        path.write_bytes(ics.document(_lines(own, f"{programme.name} - {name}", translate, moment)))
        written.append(path)
    return written
