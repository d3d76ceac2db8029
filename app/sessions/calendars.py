"""The sessions in everyone's calendar: iCalendar files (RFC 5545) to open on a phone or in
a mail program - one per person with only their sessions, and one for the whole programme.

Each session keeps its UID from one export to the next, and each export carries a higher
SEQUENCE than the one before: importing a newer file updates the events instead of adding
them twice. A moved session moves; a cancelled one is sent as cancelled, so that it leaves
the calendars it was in. Times are the shop's, Europe/Paris, with its VTIMEZONE.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from app.i18n import Translator, untranslated
from app.paths import safe_file_name
from app.programmes import get_programme
from app.sessions.slots import pair_slots
from app.storage.models import Objective, Pair, Person, Programme, Session, Topic
from app.vocabulary import SessionStatus

SHOP_TIME = ZoneInfo("Europe/Paris")
#: SEQUENCE counts seconds from here: each export is later, so higher, than the last.
_EPOCH = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)


@dataclass(frozen=True)
class PlannedSession:
    id: int
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


def calendar(
    programme_id: int,
    person_id: int | None = None,
    translate: Translator = untranslated,
    now: dt.datetime | None = None,
) -> bytes:
    """The programme's sessions as an iCalendar file; only ``person_id``'s when given."""
    from icalendar import Calendar, Event  # only when calendars are exported

    moment = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    programme = get_programme(programme_id)
    created = Programme.get_by_id(programme_id).created_at
    book = Calendar()
    book.add("prodid", "-//Tandem//Reverse mentoring//EN")
    book.add("version", "2.0")
    book.add("calscale", "GREGORIAN")
    book.add("method", "PUBLISH")
    sessions = [
        s for s in programme_sessions(programme_id) if person_id in (None, s.mentor_id, s.mentee_id)
    ]
    names = {s.mentor_id: s.mentor for s in sessions} | {s.mentee_id: s.mentee for s in sessions}
    book.add(
        "x-wr-calname",
        programme.name if person_id is None else f"{programme.name} - {names.get(person_id, '')}",
    )
    ordinals = _ordinals(programme_sessions(programme_id))
    for session in sessions:
        event = Event()
        # the pair's 1st, 2nd… session: planning again makes new rows for the sessions to
        # come, and the events must stay the same ones, moved
        event.add(
            "uid",
            f"{session.pair_id}.{ordinals[session.id]}.{created:%Y%m%dT%H%M%S}@tandem",
        )
        event.add("sequence", int((moment - _EPOCH).total_seconds()))
        event.add("dtstamp", moment)
        event.add(
            "summary",
            translate("calendars", "Tandem: {mentor} → {mentee}").format(
                mentor=session.mentor, mentee=session.mentee
            ),
        )
        if session.start is None:  # a day, no hour given
            event.add("dtstart", session.day)
        else:
            start = dt.datetime.combine(session.day, session.start, SHOP_TIME)
            event.add("dtstart", start)
            event.add("dtend", start + dt.timedelta(minutes=session.minutes))
        if session.place:
            event.add("location", session.place)
        if session.topics:
            event.add("description", ", ".join(session.topics))
        event.add(
            "status", "CANCELLED" if session.status is SessionStatus.CANCELLED else "CONFIRMED"
        )
        book.add_component(event)
    if sessions:
        first, last = sessions[0].day, sessions[-1].day
        book.add_missing_timezones(first - dt.timedelta(days=1), last + dt.timedelta(days=1))
    return book.to_ical()


def _ordinals(sessions: list[PlannedSession]) -> dict[int, int]:
    """Each session's place among its pair's, in order of day and hour (from 1)."""
    counts: dict[int, int] = {}
    places = {}
    for session in sessions:  # already in order of day and hour
        counts[session.pair_id] = counts.get(session.pair_id, 0) + 1
        places[session.id] = counts[session.pair_id]
    return places


def write_calendars(
    programme_id: int,
    folder: Path,
    translate: Translator = untranslated,
    now: dt.datetime | None = None,
) -> list[Path]:
    """One file for the whole programme, then one per person who has sessions, in
    ``folder``; returns their paths (the programme's first)."""
    programme = get_programme(programme_id)
    people: dict[int, str] = {}
    for session in programme_sessions(programme_id):
        people[session.mentor_id] = session.mentor
        people[session.mentee_id] = session.mentee
    written = []
    whole = folder / f"{safe_file_name(programme.name)}.ics"
    whole.write_bytes(calendar(programme_id, None, translate, now))
    written.append(whole)
    for person_id, name in sorted(people.items(), key=lambda item: item[1]):
        path = folder / f"{safe_file_name(programme.name)} - {safe_file_name(name)}.ics"
        path.write_bytes(calendar(programme_id, person_id, translate, now))
        written.append(path)
    return written
