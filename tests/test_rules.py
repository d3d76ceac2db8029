"""Step 4: the frame, each pair's slot, and planning the sessions around the days off."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app import sessions
from app.errors import ValidationError
from app.sessions import SessionEntry, is_open, list_sessions, log_session, move_session, plan_dates
from app.shop import add_closed_period, set_days_off
from app.steps import pairs, rules
from app.vocabulary import PartOfDay, SessionStatus, Weekday
from tests.builders import person, programme, topic

MONDAY = dt.date(2027, 3, 1)


def test_weekly_sessions_on_the_slot_day() -> None:
    dates = plan_dates(MONDAY, weeks=4, every_weeks=1, weekday=Weekday.TUESDAY)
    assert dates == [
        dt.date(2027, 3, 2),
        dt.date(2027, 3, 9),
        dt.date(2027, 3, 16),
        dt.date(2027, 3, 23),
    ]


def test_the_first_session_is_the_first_slot_day_on_or_after_the_start() -> None:
    dates = plan_dates(dt.date(2027, 3, 3), weeks=2, every_weeks=1, weekday=Weekday.TUESDAY)
    assert dates == [dt.date(2027, 3, 9), dt.date(2027, 3, 16)]


def test_every_other_week() -> None:
    dates = plan_dates(MONDAY, weeks=6, every_weeks=2, weekday=Weekday.MONDAY)
    assert dates == [dt.date(2027, 3, 1), dt.date(2027, 3, 15), dt.date(2027, 3, 29)]


def test_a_closed_day_moves_the_session_to_the_next_open_day() -> None:
    easter_monday = (dt.date(2027, 3, 29), dt.date(2027, 3, 29), None)
    dates = plan_dates(
        MONDAY,
        weeks=5,
        every_weeks=1,
        weekday=Weekday.MONDAY,
        days_off={Weekday.SUNDAY},
        closures=[easter_monday],
    )
    assert dates[-1] == dt.date(2027, 3, 30)


def test_a_half_day_closure_moves_only_the_sessions_in_that_half() -> None:
    """Closed on Saturday afternoons in March: a Saturday 14:00 session moves (here out of
    its week, so it is skipped), a Saturday 10:00 one stays."""
    afternoons = (dt.date(2027, 3, 1), dt.date(2027, 3, 31), PartOfDay.AFTERNOON)
    days = {
        "afternoon": plan_dates(
            MONDAY, 2, 1, Weekday.SATURDAY, {Weekday.SUNDAY}, [afternoons], dt.time(14, 0)
        ),
        "morning": plan_dates(
            MONDAY, 2, 1, Weekday.SATURDAY, {Weekday.SUNDAY}, [afternoons], dt.time(10, 0)
        ),
    }
    assert days == {"afternoon": [], "morning": [dt.date(2027, 3, 6), dt.date(2027, 3, 13)]}
    assert is_open(dt.date(2027, 3, 6), (), [afternoons])  # no hour yet: the morning is open
    assert not is_open(dt.date(2027, 3, 6), (), [afternoons], dt.time(12, 0))


def test_a_holiday_week_skips_that_session() -> None:
    holidays = (dt.date(2027, 3, 8), dt.date(2027, 3, 14), None)
    dates = plan_dates(
        MONDAY,
        weeks=3,
        every_weeks=1,
        weekday=Weekday.WEDNESDAY,
        days_off={Weekday.SUNDAY},
        closures=[holidays],
    )
    assert dates == [dt.date(2027, 3, 3), dt.date(2027, 3, 17)]


@given(
    start=st.dates(dt.date(2026, 1, 1), dt.date(2030, 12, 31)),
    weeks=st.integers(1, 52),
    every=st.integers(1, 4),
    weekday=st.integers(0, 6),
    days_off=st.sets(st.integers(0, 6), max_size=5),
    closure_start=st.dates(dt.date(2026, 1, 1), dt.date(2030, 12, 31)),
    closure_days=st.integers(0, 20),
)
def test_planned_dates_are_open_ordered_and_inside_the_programme(
    start: dt.date,
    weeks: int,
    every: int,
    weekday: int,
    days_off: set[int],
    closure_start: dt.date,
    closure_days: int,
) -> None:
    closures = [(closure_start, closure_start + dt.timedelta(days=closure_days), None)]
    dates = plan_dates(start, weeks, every, weekday, days_off, closures)
    end = start + dt.timedelta(weeks=weeks)
    assert all(start <= day < end for day in dates)
    assert all(is_open(day, days_off, closures) for day in dates)
    # Never two sessions in the same week.
    assert dates == sorted(dates)
    assert len({day.isocalendar()[:2] for day in dates}) == len(dates)
    assert len(dates) <= -(-weeks // every)
    if not days_off and closures[0][0] >= end:
        # Nothing closed: exactly one session per period, on the slot day.
        first = (weekday - start.weekday()) % 7
        assert len(dates) == len(range(first, weeks * 7, every * 7))
        assert all(day.weekday() == weekday for day in dates)


def test_the_frame_refuses_a_day_the_shop_is_closed(database: object) -> None:
    set_days_off([Weekday.SUNDAY, Weekday.MONDAY])
    with pytest.raises(ValidationError, match="closed on Monday") as refused:
        rules.set_programme_rules(
            programme(), start_on=MONDAY, weeks=8, weekday=0, start_time="09:00"
        )
    assert refused.value.field == "weekday"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"weeks": 0}, "weeks"),
        ({"session_minutes": 5}, "session_minutes"),
        ({"start_time": "25:00"}, "start_time"),
        ({"start_on": "the first of March"}, "start_on"),
        ({"weeks": 2, "every_weeks": 4}, "every_weeks"),
    ],
)
def test_a_wrong_frame_is_refused_and_nothing_is_kept(
    database: object, changes: dict[str, object], field: str
) -> None:
    spring = programme()
    values: dict[str, object] = {
        "start_on": MONDAY,
        "weeks": 8,
        "weekday": 1,
        "start_time": "09:00",
    }
    with pytest.raises(ValidationError) as refused:
        rules.set_programme_rules(spring, **{**values, **changes})
    assert refused.value.field == field
    assert rules.get_programme_rules(spring) is None


def _pair_with_frame(weeks: int = 4) -> tuple[int, int]:
    spring = programme()
    pair = pairs.create_pair(spring, person("Karim"), person("Marie")).id
    pairs.add_objective(pair, topic("Newsletter"), 0, 3)
    rules.set_programme_rules(
        spring, start_on=MONDAY, weeks=weeks, weekday=1, start_time="09:30", session_minutes=45
    )
    return spring, pair


def test_sessions_follow_the_pairs_own_slot(database: object) -> None:
    spring, pair = _pair_with_frame()
    slot = sessions.set_pair_slot(pair, weekday=Weekday.THURSDAY, start_time="14:00")
    assert (slot.weekday, slot.own_weekday, slot.session_minutes, slot.own_minutes) == (
        Weekday.THURSDAY,
        True,
        45,
        False,
    )
    assert sessions.plan_all_sessions(spring, today=MONDAY) == 4
    listed = list_sessions(pair)
    assert [s.held_on.weekday() for s in listed] == [Weekday.THURSDAY] * 4
    assert {(s.start_time, s.minutes) for s in listed} == {(dt.time(14, 0), 45)}


def test_planning_again_keeps_what_already_happened(database: object) -> None:
    _, pair = _pair_with_frame(weeks=6)
    sessions.plan_sessions(pair, today=MONDAY)
    first, second, *_ = list_sessions(pair)
    log_session(
        first.id,
        SessionEntry(held_on=first.held_on, minutes=50, learnt="Wrote the first letter"),
        today=MONDAY + dt.timedelta(days=3),
    )
    move_session(second.id, dt.date(2027, 3, 11))
    # Three weeks in, the pair moves to Fridays.
    today = dt.date(2027, 3, 22)
    sessions.set_pair_slot(pair, weekday=Weekday.FRIDAY)
    sessions.plan_sessions(pair, today=today)
    listed = list_sessions(pair)
    kept = [s for s in listed if s.status is not SessionStatus.PLANNED or s.held_on < today]
    assert listed[0].status is SessionStatus.DONE and listed[0].learnt == "Wrote the first letter"
    assert listed[1].status is SessionStatus.MOVED and listed[1].planned_on == dt.date(2027, 3, 9)
    assert [s.held_on for s in listed if s.held_on >= today] == [
        dt.date(2027, 3, 26),
        dt.date(2027, 4, 2),
        dt.date(2027, 4, 9),
    ]
    assert len(kept) == 3  # done, moved, and the 16 March one still to be logged


def test_the_start_cannot_move_after_a_session_already_held(database: object) -> None:
    """Moved after the first session held, the start left that session outside the
    programme in silence; a session cannot be logged before the start either."""
    spring, pair = _pair_with_frame(weeks=6)
    sessions.plan_sessions(pair, today=MONDAY)
    first = list_sessions(pair)[0]  # Tuesday 2 March
    log_session(first.id, SessionEntry(held_on=first.held_on, minutes=50), today=first.held_on)
    frame = {"weeks": 6, "weekday": 1, "start_time": "09:30"}
    with pytest.raises(ValidationError) as refused:
        rules.set_programme_rules(spring, start_on=dt.date(2027, 3, 8), **frame)
    assert refused.value.field == "start_on"
    assert str(refused.value.message) == (
        "A session was already held on 2027-03-02: the programme cannot start after it."
    )
    assert rules.get_programme_rules(spring).start_on == MONDAY  # type: ignore[union-attr]
    rules.set_programme_rules(spring, start_on=dt.date(2027, 3, 2), **frame)  # that day: fine
    rules.set_programme_rules(spring, start_on=dt.date(2027, 2, 22), **frame)  # earlier: fine


def test_sessions_that_no_longer_follow_the_frame_are_counted(database: object) -> None:
    """The start moved after planning: the sessions stayed on the old dates, unsaid."""
    spring, pair = _pair_with_frame(weeks=6)
    frame = {"weeks": 6, "weekday": 1, "start_time": "09:30", "session_minutes": 45}
    assert sessions.pairs_to_plan_again(spring, today=MONDAY) == 0  # not planned yet: step 4 says
    sessions.plan_sessions(pair, today=MONDAY)
    assert sessions.pairs_to_plan_again(spring, today=MONDAY) == 0
    rules.set_programme_rules(spring, start_on=dt.date(2027, 3, 8), **frame)
    assert sessions.pairs_to_plan_again(spring, today=MONDAY) == 1
    sessions.plan_all_sessions(spring, today=MONDAY)
    assert sessions.pairs_to_plan_again(spring, today=MONDAY) == 0
    sessions.set_pair_slot(pair, start_time="14:00")  # the pair's own hour
    assert sessions.pairs_to_plan_again(spring, today=MONDAY) == 1
    sessions.plan_all_sessions(spring, today=MONDAY)
    add_closed_period(dt.date(2027, 3, 15), dt.date(2027, 3, 21), "Holidays")
    assert sessions.pairs_to_plan_again(spring, today=MONDAY) == 1
    sessions.plan_all_sessions(spring, today=MONDAY)
    assert sessions.pairs_to_plan_again(spring, today=MONDAY) == 0
    # a session moved by hand is hers: it does not make the plan out of date
    move_session(list_sessions(pair)[-1].id, dt.date(2027, 4, 16))
    assert sessions.pairs_to_plan_again(spring, today=MONDAY) == 0


def test_closures_are_skipped_when_planning(database: object) -> None:
    _, pair = _pair_with_frame(weeks=3)
    set_days_off([Weekday.SUNDAY])
    add_closed_period(dt.date(2027, 3, 8), dt.date(2027, 3, 13), "Ski holidays")
    sessions.plan_sessions(pair, today=MONDAY)
    assert [s.held_on for s in list_sessions(pair)] == [dt.date(2027, 3, 2), dt.date(2027, 3, 16)]


def test_sessions_need_a_frame_first(database: object) -> None:
    pair = pairs.create_pair(programme(), person("Karim"), person("Marie")).id
    with pytest.raises(ValidationError, match="Set the programme's frame first"):
        sessions.plan_sessions(pair)


def test_every_pairs_slot_at_once_is_each_pairs_own(database: object) -> None:
    spring, pair = _pair_with_frame()
    other = pairs.create_pair(spring, person("Lucas"), person("Jeanne")).id
    sessions.set_pair_slot(pair, weekday=Weekday.THURSDAY, place="Back room")
    slots = sessions.pair_slots(spring)
    assert slots == {pair: sessions.pair_slot(pair), other: sessions.pair_slot(other)}
    assert slots[pair].place == "Back room" and not slots[other].own_place


def test_before_a_frame_is_set_tandem_proposes_one_around_the_days_off(database: object) -> None:
    spring = programme()
    proposal = rules.proposed_rules(spring, today=dt.date(2027, 3, 3))  # a Wednesday
    assert (proposal.start_on, proposal.weeks, proposal.session_minutes) == (
        dt.date(2027, 3, 8),
        8,
        60,
    )
    assert (proposal.weekday, proposal.start_time) == (Weekday.TUESDAY, dt.time(9, 30))
    set_days_off([Weekday.MONDAY, Weekday.TUESDAY, Weekday.SUNDAY])
    assert rules.proposed_rules(spring).weekday is Weekday.WEDNESDAY
    assert rules.get_programme_rules(spring) is None  # proposed, not saved


def test_each_pair_slot_shows_over_the_proposed_frame_until_one_is_set(database: object) -> None:
    spring = programme()
    pair = pairs.create_pair(spring, person("Lucas"), person("Marie")).id
    slot = sessions.pair_slots(spring)[pair]
    assert (slot.weekday, slot.start_time, slot.own_weekday) == (
        Weekday.TUESDAY,
        dt.time(9, 30),
        False,
    )
    own = sessions.set_pair_slot(pair, weekday=Weekday.THURSDAY, place="Atelier")
    assert (own.weekday, own.own_weekday, own.place) == (Weekday.THURSDAY, True, "Atelier")
    with pytest.raises(ValidationError, match="frame first"):
        sessions.plan_sessions(pair)  # planning needs the frame the owner set


def test_planning_again_does_not_plan_over_a_session_logged_on_another_day(
    database: object,
) -> None:
    """A session planned for the 2nd and held on the 3rd: planning again must not plan
    another one for the 2nd (the pair then showed "1 of 8" sessions for 7 weeks)."""
    spring = programme()
    pair = pairs.create_pair(spring, person("Lucas"), person("Marie")).id
    rules.set_programme_rules(spring, start_on=MONDAY, weeks=7, weekday=1, start_time="09:30")
    sessions.plan_sessions(pair, today=MONDAY)
    first = list_sessions(pair)[0]
    assert first.held_on == dt.date(2027, 3, 2)
    log_session(first.id, SessionEntry(held_on=dt.date(2027, 3, 3)), today=dt.date(2027, 3, 3))
    sessions.plan_sessions(pair, today=MONDAY)
    assert len(list_sessions(pair)) == 7
    assert [s.planned_on for s in list_sessions(pair)].count(dt.date(2027, 3, 2)) == 1
