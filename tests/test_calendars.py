"""The sessions as iCalendar files, read back as a calendar program would: one per person
with only their sessions, one for the programme; the same UID and a higher SEQUENCE at
each export; moved sessions moved, cancelled ones cancelled; Paris time."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar

from app import sessions
from app.paths import safe_file_name
from app.steps import pairs, rules
from app.vocabulary import MethodRule, Weekday
from tests.builders import person, programme, topic

START = dt.date(2027, 3, 2)  # a Tuesday
PARIS = ZoneInfo("Europe/Paris")


def _spring() -> tuple[int, int, int]:
    spring = programme("Spring")
    leo, anne, bruno = person("Léo"), person("Anne"), person("Bruno")
    for mentee, name in ((anne, "Newsletter"), (bruno, "Online orders")):
        pair = pairs.create_pair(spring, leo, mentee).id
        pairs.add_objective(pair, topic(name), 0, 3)
    rules.set_programme_rules(
        spring,
        start_on=START,
        weeks=4,
        weekday=Weekday.TUESDAY,
        start_time="10:00",
        place="The back room",
    )
    second = pairs.list_pairs(spring)[1].id
    sessions.set_pair_slot(second, weekday=Weekday.THURSDAY, start_time="14:00")
    sessions.plan_all_sessions(spring, today=START)
    return spring, anne, leo


def _events(data: bytes) -> dict[str, object]:
    book = Calendar.from_ical(data)
    return {str(event["UID"]): event for event in book.walk("VEVENT")}


def test_each_person_gets_their_sessions_and_the_programme_all(
    database: object, tmp_path: Path
) -> None:
    spring, anne, leo = _spring()
    written = sessions.write_calendars(spring, tmp_path)
    assert [path.name for path in written] == [
        "Spring.ics",
        "Spring - Anne.ics",
        "Spring - Bruno.ics",
        "Spring - Léo.ics",
    ]
    everything = _events(written[0].read_bytes())
    assert len(everything) == 8
    annes = _events(written[1].read_bytes())
    assert len(annes) == 4 and set(annes) < set(everything)
    assert len(_events(written[3].read_bytes())) == 8  # Léo mentors both
    first = min(annes.values(), key=lambda e: e.decoded("DTSTART"))
    start = first.decoded("DTSTART")
    assert start == dt.datetime(2027, 3, 2, 10, 0, tzinfo=PARIS)
    assert first["DTSTART"].params["TZID"] == "Europe/Paris"
    assert first.decoded("DTEND") - start == dt.timedelta(minutes=60)
    assert str(first["SUMMARY"]) == "Tandem: Léo → Anne"
    assert str(first["LOCATION"]) == "The back room"
    assert str(first["DESCRIPTION"]) == "Newsletter"
    assert str(first["STATUS"]) == "CONFIRMED"
    book = Calendar.from_ical(written[0].read_bytes())
    assert [str(zone["TZID"]) for zone in book.walk("VTIMEZONE")] == ["Europe/Paris"]
    assert anne and leo


def test_a_newer_export_updates_the_same_events(database: object) -> None:
    spring, anne, _ = _spring()
    before = _events(sessions.calendar(spring, anne, now=dt.datetime(2027, 2, 1, tzinfo=dt.UTC)))
    planned = sessions.list_sessions(pairs.list_pairs(spring)[0].id)
    sessions.move_session(planned[1].id, dt.date(2027, 3, 11), "09:00")
    sessions.cancel_session(planned[2].id)
    after = _events(sessions.calendar(spring, anne, now=dt.datetime(2027, 2, 2, tzinfo=dt.UTC)))
    assert set(after) == set(before)  # the same events, not new ones
    grown = {uid for uid, event in after.items() if event["SEQUENCE"] > before[uid]["SEQUENCE"]}
    assert grown == {f"{planned[1].uid}@tandem", f"{planned[2].uid}@tandem"}  # those changed
    moved = next(e for e in after.values() if e.decoded("DTSTART").date() == dt.date(2027, 3, 11))
    assert moved.decoded("DTSTART") == dt.datetime(2027, 3, 11, 9, 0, tzinfo=PARIS)
    cancelled = [e for e in after.values() if str(e["STATUS"]) == "CANCELLED"]
    assert [e.decoded("DTSTART").date() for e in cancelled] == [dt.date(2027, 3, 16)]


def test_summer_time_is_the_shops_hour(database: object) -> None:
    """10:00 in Paris is 09:00 UTC in winter and 08:00 UTC in summer."""
    spring, anne, _ = _spring()
    winter = min(
        _events(sessions.calendar(spring, anne)).values(), key=lambda e: e.decoded("DTSTART")
    )
    assert winter.decoded("DTSTART").astimezone(dt.UTC).hour == 9
    late = sessions.add_session(
        pairs.list_pairs(spring)[0].id,
        dt.date(2027, 6, 1),
        60,
        "10:00",
        despite={MethodRule.AFTER_THE_END},  # a session made up after the programme
    )
    summer = next(
        e
        for e in _events(sessions.calendar(spring, anne)).values()
        if e.decoded("DTSTART").date() == late.held_on
    )
    assert summer.decoded("DTSTART").astimezone(dt.UTC).hour == 8


def test_a_name_that_cannot_be_a_file_name_is_made_one() -> None:
    assert safe_file_name('Marie: "chef"/owner?') == "Marie chef owner"
    assert safe_file_name("...") == "Tandem"
    # names Windows keeps for its devices cannot be files, whatever follows the dot
    for device in ("Con", "nul", "COM1", "Lpt9.draft", "aux "):
        assert safe_file_name(device).endswith("(Tandem)"), device
    assert safe_file_name("Conrad") == "Conrad"
    assert safe_file_name("Fiche: Lucas/Marie", instead="-") == "Fiche- Lucas-Marie"
    assert len(safe_file_name("Marie " * 100)) <= 120  # the whole path stays within Windows'
    assert not safe_file_name("Marie " * 100).endswith(" ")


def test_planning_again_keeps_each_event(database: object) -> None:
    """After "Plan the sessions" again every session had a new UID: a phone kept the old
    events and added the new ones."""
    spring, anne, _ = _spring()
    before = _events(sessions.calendar(spring, anne))
    rules.set_programme_rules(
        spring,
        start_on=START + dt.timedelta(days=7),
        weeks=4,
        weekday=Weekday.TUESDAY,
        start_time="10:00",
    )
    sessions.plan_all_sessions(spring, today=START)
    after = _events(sessions.calendar(spring, anne))
    assert set(after) == set(before)
    assert min(e.decoded("DTSTART") for e in after.values()).date() == dt.date(2027, 3, 9)


def test_each_persons_calendar_is_named_for_them(database: object) -> None:
    spring, anne, _ = _spring()
    assert str(Calendar.from_ical(sessions.calendar(spring, anne))["X-WR-CALNAME"]) == (
        "Spring - Anne"
    )
