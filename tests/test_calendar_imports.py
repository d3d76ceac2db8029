"""Calendars imported export after export, as a phone or a mail program does, stay exactly the
sessions Tandem holds: the owner's trial ended with 164 events for 131 sessions (29 gone,
3 twice). Read with vobject (``tests/calendar_app.py``) and icalendar, apart from Tandem's
own writer."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from app import sessions
from app.programmes import get_programme
from app.sessions import ics
from app.shop import add_closed_period
from app.steps import pairs, rules
from app.vocabulary import MethodRule, SessionStatus, Weekday
from tests.builders import person, programme, topic
from tests.calendar_app import CalendarApp, read

PARIS = ZoneInfo("Europe/Paris")
START = dt.date(2027, 1, 11)  # a Monday


def _garage() -> tuple[int, list[int]]:
    """Three pairs, weekly 45-minute sessions for twelve weeks from 11 January 2027."""
    spring = programme("Garage, hiver 2027")
    bernard, michel, josiane = person("Bernard"), person("Michel"), person("Josiane")
    lucas, ines, theo = person("Lucas"), person("Inès"), person("Théo")
    made = []
    for mentor, mentee, name in (
        (lucas, bernard, "Online orders"),
        (ines, michel, "Social networks"),
        (theo, josiane, "Newsletter"),
    ):
        pair = pairs.create_pair(spring, mentor, mentee).id
        pairs.add_objective(pair, topic(name), 0, 3)
        made.append(pair)
    rules.set_programme_rules(
        spring,
        start_on=START,
        weeks=12,
        weekday=Weekday.TUESDAY,
        start_time="09:00",
        session_minutes=45,
    )
    sessions.set_pair_slot(made[1], weekday=Weekday.THURSDAY)
    sessions.set_pair_slot(made[2], weekday=Weekday.FRIDAY, start_time="14:00")
    sessions.plan_all_sessions(spring, today=START)
    return spring, made


def _expected(programme_id: int, person_id: int | None = None) -> dict[str, dt.datetime]:
    """What a calendar should show: each session not cancelled, at its hour (UTC)."""
    return {
        f"{s.uid}@tandem": dt.datetime.combine(s.day, s.start, PARIS).astimezone(dt.UTC)
        for s in sessions.programme_sessions(programme_id)
        if s.status is not SessionStatus.CANCELLED
        and person_id in (None, s.mentor_id, s.mentee_id)
        and s.start is not None
    }


class _Phones:
    """One calendar program per file, each importing every export of its file."""

    def __init__(self, programme_id: int, folder: Path) -> None:
        self.programme_id, self.folder = programme_id, folder
        self.apps: dict[str, CalendarApp] = {}
        self.exports = 0

    def export(self, now: dt.datetime) -> None:
        self.exports += 1
        folder = self.folder / f"export-{self.exports}"
        folder.mkdir()
        for path in sessions.write_calendars(self.programme_id, folder, now=now):
            self.apps.setdefault(path.name, CalendarApp()).import_file(path.read_bytes())
            Calendar.from_ical(path.read_bytes())  # the other reader takes it too

    def shown(self, name: str) -> dict[str, dt.datetime]:
        return {uid: held.start for uid, held in self.apps[name].events.items()}  # type: ignore[misc]


def _people(programme_id: int) -> dict[str, int]:
    return {
        name: number
        for s in sessions.programme_sessions(programme_id)
        for number, name in ((s.mentor_id, s.mentor), (s.mentee_id, s.mentee))
    }


def _check(phones: _Phones, spring: int, people: dict[str, int]) -> None:
    name = get_programme(spring).name
    assert phones.shown(f"{name}.ics") == _expected(spring)
    for who, number in people.items():
        assert phones.shown(f"{name} - {who}.ics") == _expected(spring, number), who


def test_a_calendar_that_imports_every_export_shows_the_sessions_tandem_holds(
    database: object, tmp_path: Path
) -> None:
    spring, made = _garage()
    people = _people(spring)
    phones = _Phones(spring, tmp_path)
    phones.export(dt.datetime(2027, 1, 4, 8, 0, tzinfo=dt.UTC))
    _check(phones, spring, people)
    assert len(phones.shown("Garage, hiver 2027.ics")) == 36

    # the frame shortened, then planned again
    rules.set_programme_rules(
        spring,
        start_on=START,
        weeks=9,
        weekday=Weekday.TUESDAY,
        start_time="09:00",
        session_minutes=45,
    )
    sessions.plan_all_sessions(spring, today=START)
    phones.export(dt.datetime(2027, 1, 5, 8, 0, tzinfo=dt.UTC))
    _check(phones, spring, people)
    assert len(phones.shown("Garage, hiver 2027.ics")) == 27

    # a week closed, planned again: the sessions of that week move to a day the shop is
    # open, and stay the same events (before, each later one got a new UID)
    before = phones.shown("Garage, hiver 2027.ics")
    add_closed_period(dt.date(2027, 2, 15), dt.date(2027, 2, 19), "Inventaire")
    sessions.plan_all_sessions(spring, today=START)
    phones.export(dt.datetime(2027, 1, 6, 8, 0, tzinfo=dt.UTC))
    _check(phones, spring, people)
    after = phones.shown("Garage, hiver 2027.ics")
    assert set(after) == set(before)
    moved = {uid: (before[uid], after[uid]) for uid in after if after[uid] != before[uid]}
    assert sorted(start.date() for start, _ in moved.values()) == [
        dt.date(2027, 2, 16),
        dt.date(2027, 2, 18),
        dt.date(2027, 2, 19),
    ]
    assert all(end.date() > dt.date(2027, 2, 19) for _, end in moved.values())

    # by hand: one moved, one cancelled, one added, and a pair removed
    first, second, *_ = sessions.list_sessions(made[0])
    sessions.move_session(first.id, dt.date(2027, 1, 13), "10:30")
    sessions.cancel_session(second.id)
    sessions.add_session(
        made[1], dt.date(2027, 3, 30), 45, "16:00", despite={MethodRule.AFTER_THE_END}
    )
    pairs.remove_pair(made[2])
    phones.export(dt.datetime(2027, 1, 7, 8, 0, tzinfo=dt.UTC))
    _check(phones, spring, people={k: v for k, v in people.items() if k not in ("Théo", "Josiane")})
    # the removed pair's people get a file that cancels every event they had
    assert phones.shown("Garage, hiver 2027 - Théo.ics") == {}

    # the PC's clock set back a week: a moved session still moves in every calendar
    third = sessions.list_sessions(made[0])[2]
    sessions.move_session(third.id, third.held_on + dt.timedelta(days=1))
    phones.export(dt.datetime(2026, 12, 31, 8, 0, tzinfo=dt.UTC))
    _check(phones, spring, people={k: v for k, v in people.items() if k not in ("Théo", "Josiane")})


def test_sequence_grows_only_for_the_events_that_changed(database: object) -> None:
    spring, made = _garage()

    def sequences() -> dict[str, int]:
        book = read(sessions.calendar(spring))
        return {e.uid.value: int(e.sequence.value) for e in book.contents["vevent"]}

    first = sequences()
    assert set(first.values()) == {0}
    assert sequences() == first  # exported again, nothing changed
    moved = sessions.list_sessions(made[0])[3]
    sessions.move_session(moved.id, moved.held_on + dt.timedelta(days=1))
    changed = {uid for uid, number in sequences().items() if number != first[uid]}
    assert changed == {f"{moved.uid}@tandem"}
    assert sequences()[f"{moved.uid}@tandem"] == 1


def test_two_people_of_the_same_name_get_a_file_each(database: object, tmp_path: Path) -> None:
    spring = programme("Spring")
    julie, other_julie = person("Julie Martin"), person("Julie Martin")
    for mentor, mentee in ((person("Lucas"), julie), (person("Inès"), other_julie)):
        pair = pairs.create_pair(spring, mentor, mentee).id
        pairs.add_objective(pair, topic("Newsletter"), 0, 3)
    rules.set_programme_rules(
        spring, start_on=START, weeks=3, weekday=Weekday.TUESDAY, start_time="09:00"
    )
    second = pairs.list_pairs(spring)[1].id
    sessions.set_pair_slot(second, weekday=Weekday.THURSDAY)
    sessions.plan_all_sessions(spring, today=START)
    written = {path.name: path for path in sessions.write_calendars(spring, tmp_path)}
    assert "Spring - Julie Martin.ics" in written and "Spring - Julie Martin (2).ics" in written
    summaries = {
        name: {e.summary.value for e in read(written[name].read_bytes()).contents["vevent"]}
        for name in ("Spring - Julie Martin.ics", "Spring - Julie Martin (2).ics")
    }
    assert summaries == {
        "Spring - Julie Martin.ics": {"Tandem: Lucas → Julie Martin"},
        "Spring - Julie Martin (2).ics": {"Tandem: Inès → Julie Martin"},
    }


def test_names_with_commas_semicolons_and_backslashes_are_read_back_whole(
    database: object,
) -> None:
    spring = programme('Printemps, 2027; atelier \\ "bois"')
    anne = person("Anne, dite Nanou; chef")
    pair = pairs.create_pair(spring, person("Léo"), anne).id
    pairs.add_objective(pair, topic("Newsletter"), 0, 3)
    rules.set_programme_rules(
        spring,
        start_on=START,
        weeks=2,
        weekday=Weekday.TUESDAY,
        start_time="09:00",
        place="Arrière-boutique, 1er étage; près du four à bois 🔥 " * 3,
    )
    sessions.plan_all_sessions(spring, today=START)
    data = sessions.calendar(spring, anne)
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    # written as TEXT, as RFC 7986's NAME too (neither reader decodes either for a calendar)
    assert (
        'X-WR-CALNAME:Printemps\\, 2027\\; atelier \\\\ "bois" - Anne\\, dite Nanou\\; chef\r\n'
        in data.decode("utf-8").replace("\r\n ", "")  # unfolded
    )
    event = read(data).contents["vevent"][0]
    assert event.summary.value == "Tandem: Léo → Anne, dite Nanou; chef"
    assert (
        event.location.value == ("Arrière-boutique, 1er étage; près du four à bois 🔥 " * 3).strip()
    )


@pytest.mark.parametrize(
    ("day", "utc_hour"),
    [
        (dt.date(2027, 3, 27), 9),  # Saturday: still winter time, 10:00 is 09:00 UTC
        (dt.date(2027, 3, 29), 8),  # Monday after the change: 10:00 is 08:00 UTC
        (dt.date(2027, 10, 30), 8),  # the last Saturday of summer time
        (dt.date(2027, 11, 2), 9),
        (dt.date(2028, 3, 27), 8),  # a year on: 26 March 2028 was the change
    ],
)
def test_the_time_zone_in_the_file_gives_the_shops_hour_on_either_side_of_a_change(
    database: object, day: dt.date, utc_hour: int
) -> None:
    """The VTIMEZONE said the spring change happened at 02:00 UTC: a reader that follows
    the file's own zone was an hour off between 01:00 and 02:00 UTC, and any reader with
    another rule could be. vobject reads the zone from the file alone."""
    spring = programme("Spring")
    pair = pairs.create_pair(spring, person("Léo"), person("Anne")).id
    rules.set_programme_rules(
        spring, start_on=START, weeks=2, weekday=Weekday.TUESDAY, start_time="10:00"
    )
    sessions.add_session(pair, day, 60, "10:00", despite={MethodRule.AFTER_THE_END})
    app = CalendarApp()
    app.import_file(sessions.calendar(spring))
    (start,) = [held.start for held in app.events.values()]
    assert start == dt.datetime.combine(day, dt.time(utc_hour), dt.UTC)


def test_the_changes_of_hour_are_said_at_the_local_hour_they_happen() -> None:
    """Paris: forward at 02:00 local (01:00 UTC) on the last Sunday of March, back at 03:00
    local on the last Sunday of October, as yearly rules."""
    text = "\n".join(ics.timezone(PARIS, dt.date(2027, 1, 11), dt.date(2027, 12, 20)))
    assert (
        "BEGIN:DAYLIGHT\nDTSTART:20250330T020000\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\n"
        "TZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nTZNAME:CEST\nEND:DAYLIGHT"
    ) in text
    assert (
        "BEGIN:STANDARD\nDTSTART:20251026T030000\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\n"
        "TZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nTZNAME:CET\nEND:STANDARD"
    ) in text


def test_changes_that_follow_no_yearly_rule_are_said_one_by_one() -> None:
    """São Paulo's last summer time (November 2018 to February 2019) was its last: no rule
    fits, so each change is said at its date, the one in force on the first day first."""
    lines = ics.timezone(ZoneInfo("America/Sao_Paulo"), dt.date(2018, 12, 1), dt.date(2019, 3, 1))
    assert not any(line.startswith("RRULE") for line in lines)
    starts = [line for line in lines if line.startswith("DTSTART")]
    assert starts == ["DTSTART:20181104T000000", "DTSTART:20190217T000000"]


def test_a_long_line_is_folded_between_characters() -> None:
    line = "LOCATION:" + "é🔥" * 40
    folded = ics.fold(line)
    parts = folded.split("\r\n")
    assert all(len(part.encode("utf-8")) <= 75 for part in parts)
    assert parts[0] + "".join(part[1:] for part in parts[1:]) == line
