"""Nobody in two places at once: the slots proposed before planning, the sessions planned,
and a slot or a session changed by hand."""

from __future__ import annotations

import datetime as dt
from itertools import combinations

import pytest

from app import sessions
from app.availability import to_mask
from app.errors import AgainstTheMethod, ValidationError
from app.sessions import list_sessions
from app.shop import set_days_off
from app.steps import pairs, rules
from app.vocabulary import MethodRule, PartOfDay, Weekday
from tests.builders import person, programme, ready_pair, topic

W, P = Weekday, PartOfDay
START = dt.date(2027, 3, 2)  # a Tuesday


def _pair(spring: int, mentor: int, mentee: int, name: str = "Newsletter") -> int:
    pair = pairs.create_pair(spring, mentor, mentee).id
    pairs.add_objective(pair, topic(name), 0, 3)
    return pair


def _no_overlap(spring: int) -> None:
    """No person has two sessions that overlap, over the whole programme."""
    by_person: dict[int, list[sessions.SessionInfo]] = {}
    for pair in pairs.list_pairs(spring):
        for session in sessions.list_sessions(pair.id):
            for someone in (pair.mentor_id, pair.mentee_id):
                by_person.setdefault(someone, []).append(session)
    for held in by_person.values():
        for first, second in combinations(held, 2):
            assert not (
                first.held_on == second.held_on
                and first.start_time is not None
                and second.start_time is not None
                and sessions.overlaps(
                    first.start_time, first.minutes, second.start_time, second.minutes
                )
            ), (first, second)


def test_gerards_kitchen_one_apprentice_two_mentees_closed_on_mondays(database: object) -> None:
    """The apprentice was booked twice at the same date and hour, in all 7 weeks."""
    set_days_off([W.MONDAY])
    spring = programme("Gérard's kitchen")
    leo = person("Léo", availability=to_mask([(W.TUESDAY, P.MORNING), (W.WEDNESDAY, P.MORNING)]))
    gerard = person("Gérard", availability=to_mask([(W.TUESDAY, P.MORNING)]))
    sami = person("Sami", availability=to_mask([(W.TUESDAY, P.MORNING), (W.WEDNESDAY, P.MORNING)]))
    _pair(spring, leo, gerard, "Online orders")
    _pair(spring, leo, sami, "Cooking with yuzu")
    rules.set_programme_rules(
        spring, start_on=START, weeks=7, weekday=W.TUESDAY, start_time="10:00"
    )
    with pytest.raises(ValidationError) as refused:
        sessions.plan_all_sessions(spring, today=START)
    assert str(refused.value.message) == (
        "Léo would meet Gérard and Sami at the same time, on Tuesday: give one of the two "
        "pairs another slot first."
    )
    plan = sessions.slot_plan(spring)
    assert plan.impossible == ()
    # Gérard is free on Tuesday morning only: Sami's pair moves, right after Gérard's
    assert [(c.mentee, c.weekday, c.start_time) for c in plan.changes] == [
        ("Sami", W.TUESDAY, dt.time(11, 0))
    ]
    sessions.apply_slot_plan(plan)
    assert sessions.plan_all_sessions(spring, today=START) == 14
    _no_overlap(spring)


def test_someone_mentee_in_one_pair_and_mentor_in_another(database: object) -> None:
    spring = programme()
    ines, karim, marie = person("Inès"), person("Karim"), person("Marie")
    _pair(spring, karim, marie)
    _pair(spring, ines, karim, "Social networks")
    rules.set_programme_rules(
        spring, start_on=START, weeks=6, weekday=W.TUESDAY, start_time="09:30"
    )
    plan = sessions.slot_plan(spring)
    assert [(c.mentor, c.mentee, c.weekday, c.start_time) for c in plan.changes] == [
        ("Inès", "Karim", W.TUESDAY, dt.time(10, 30))
    ]
    sessions.apply_slot_plan(plan)
    sessions.plan_all_sessions(spring, today=START)
    _no_overlap(spring)


def test_a_pair_no_slot_fits_is_named_with_the_days_taken(database: object) -> None:
    spring = programme()
    tuesday = to_mask([(W.TUESDAY, P.MORNING)])
    leo, anne, bruno = (person(name, availability=tuesday) for name in ("Léo", "Anne", "Bruno"))
    _pair(spring, leo, anne)
    bruno_pair = _pair(spring, leo, bruno)
    rules.set_programme_rules(
        spring,
        start_on=START,
        weeks=4,
        weekday=W.TUESDAY,
        start_time="10:00",
        session_minutes=120,
    )
    plan = sessions.slot_plan(spring)
    assert [str(why) for why in plan.impossible] == [
        "No slot fits Léo and Bruno: on the half-days both are free and the shop is open, one "
        "of them already meets someone else (Tuesday). Change their free times, or another "
        "pair's slot."
    ]
    assert bruno_pair


def test_a_slot_that_clashes_is_refused_beside_its_field(database: object) -> None:
    spring = programme()
    leo, anne, bruno = person("Léo"), person("Anne"), person("Bruno")
    _pair(spring, leo, anne)
    second = _pair(spring, leo, bruno)
    rules.set_programme_rules(
        spring, start_on=START, weeks=4, weekday=W.TUESDAY, start_time="10:00"
    )
    sessions.set_pair_slot(second, weekday=W.THURSDAY)
    with pytest.raises(ValidationError) as refused:
        sessions.set_pair_slot(second, weekday=W.TUESDAY, start_time="10:30")
    assert refused.value.field == "start_time"
    assert str(refused.value.message) == (
        "Léo already meets Anne on Tuesday at 10:00: choose another day or time."
    )
    assert sessions.pair_slot(second).weekday is W.THURSDAY  # unchanged
    sessions.set_pair_slot(second, weekday=W.TUESDAY, start_time="11:00")  # right after: fine


def test_a_session_moved_or_added_by_hand_onto_another_is_refused(database: object) -> None:
    spring = programme()
    leo, anne, bruno = person("Léo"), person("Anne"), person("Bruno")
    first, second = _pair(spring, leo, anne), _pair(spring, leo, bruno)
    rules.set_programme_rules(
        spring, start_on=START, weeks=4, weekday=W.TUESDAY, start_time="10:00"
    )
    sessions.set_pair_slot(second, weekday=W.THURSDAY)
    sessions.plan_all_sessions(spring, today=START)
    thursday = sessions.list_sessions(second)[0]
    with pytest.raises(ValidationError) as refused:
        sessions.move_session(thursday.id, START)  # onto Anne's Tuesday, same hour
    assert refused.value.field == "held_on"
    assert str(refused.value.message) == (
        "Léo already has a session with Anne that day at 10:00: choose another day or time."
    )
    with pytest.raises(ValidationError):
        sessions.add_session(second, START, 60, "10:30")
    sessions.move_session(thursday.id, START, "11:00")  # after Anne's: fine
    assert sessions.add_session(first, dt.date(2027, 3, 3), 60).start_time == dt.time(10, 0)
    _no_overlap(spring)


def _two_pairs_of_leo() -> tuple[int, int, int]:
    spring = programme()
    leo, anne, bruno = person("Léo"), person("Anne"), person("Bruno")
    first, second = _pair(spring, leo, anne), _pair(spring, leo, bruno)
    rules.set_programme_rules(
        spring, start_on=START, weeks=4, weekday=W.TUESDAY, start_time="10:00"
    )
    sessions.set_pair_slot(second, start_time="11:00")
    sessions.plan_all_sessions(spring, today=START)
    return spring, first, second


def test_a_session_made_longer_onto_the_next_one_is_refused(database: object) -> None:
    """90 minutes from 10:00 ran into Bruno's 11:00, and was saved."""
    spring, first, _ = _two_pairs_of_leo()
    session = sessions.list_sessions(first)[0]
    entry = sessions.SessionEntry(held_on=session.held_on, minutes=90)
    with pytest.raises(ValidationError) as refused:
        sessions.save_session(first, session.id, "planned", entry, today=START)
    assert "Léo already has a session with Bruno that day at 11:00" in str(refused.value.message)
    assert sessions.list_sessions(first)[0].minutes == 60
    _no_overlap(spring)


def test_a_pair_is_not_booked_twice_at_its_own_hour(database: object) -> None:
    spring, first, _ = _two_pairs_of_leo()
    with pytest.raises(ValidationError) as refused:
        sessions.add_session(first, START, 60)  # its own 10:00 session that day
    assert "Léo already has a session with Anne that day at 10:00" in str(refused.value.message)
    _no_overlap(spring)


def test_a_session_changed_by_hand_is_kept_when_planning_again(database: object) -> None:
    """Planning again put a 45-minute session back to the frame's 60, without a word."""
    spring, first, _ = _two_pairs_of_leo()
    session = sessions.list_sessions(first)[1]
    entry = sessions.SessionEntry(held_on=session.held_on, minutes=45, start_time="09:00")
    sessions.save_session(first, session.id, "planned", entry, today=START)
    sessions.plan_all_sessions(spring, today=START)
    kept = sessions.list_sessions(first)[1]
    assert (kept.held_on, kept.start_time, kept.minutes) == (
        session.held_on,
        dt.time(9, 0),
        45,
    )
    assert len(sessions.list_sessions(first)) == 4


def test_a_slot_chosen_by_hand_outside_someones_free_time_is_set_only_on_purpose(
    database: object,
) -> None:
    """Bernard is free on Tuesday and Thursday mornings: Lucas and Bernard set to Friday got
    eight Friday sessions without a word."""
    spring = programme()
    bernard = person(
        "Bernard", availability=to_mask([(W.TUESDAY, P.MORNING), (W.THURSDAY, P.MORNING)])
    )
    pair = ready_pair(spring, person("Lucas"), bernard, weeks=8)
    with pytest.raises(AgainstTheMethod) as refused:
        sessions.set_pair_slot(pair, weekday=W.FRIDAY)
    assert str(refused.value) == (
        "Bernard is not free on Friday morning: their free time is Tuesday morning, "
        "Thursday morning."
    )
    assert (refused.value.rule, refused.value.field) == (MethodRule.NOT_FREE, "start_time")
    assert sessions.pair_slot(pair).weekday == W.TUESDAY  # nothing kept
    with pytest.raises(AgainstTheMethod, match="not free on Tuesday afternoon"):
        sessions.set_pair_slot(pair, start_time="15:00")
    sessions.set_pair_slot(pair, weekday=W.THURSDAY)  # within his free time: no question
    chosen = sessions.set_pair_slot(pair, weekday=W.FRIDAY, despite={MethodRule.NOT_FREE})
    assert chosen.weekday == W.FRIDAY
    # the slot already chosen on purpose: a new place for it asks nothing again
    assert sessions.set_pair_slot(pair, weekday=W.FRIDAY, place="The back office").place == (
        "The back office"
    )
    sessions.plan_sessions(pair, today=dt.date(2027, 3, 1))
    planned = [s.held_on.weekday() for s in list_sessions(pair)]
    assert planned and set(planned) == {W.FRIDAY}
