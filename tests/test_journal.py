"""The session journal: logging, moving and cancelling sessions."""

from __future__ import annotations

import datetime as dt

import pytest

from app.errors import ValidationError
from app.journal import add_session, cancel_session, list_sessions, log_session, move_session
from app.steps import pairs
from app.vocabulary import Level, PairState, SessionStatus
from tests.builders import person, programme, ready_pair

TODAY = dt.date(2027, 3, 20)


def test_logging_a_session_records_the_new_level_and_starts_the_pair(database: object) -> None:
    pair = ready_pair(programme(), person("Karim"), person("Marie"))
    objective = pairs.list_objectives(pair)[0]
    first = list_sessions(pair)[0]
    logged = log_session(
        first.id,
        held_on=first.held_on,
        minutes=75,
        objective_id=objective.id,
        learnt="Took a test order",
        to_practise="Confirm an order alone",
        confidence=4,
        level_reached=2,
        today=TODAY,
    )
    assert (logged.status, logged.minutes, logged.confidence) == (SessionStatus.DONE, 75, 4)
    assert pairs.list_objectives(pair)[0].level_now == Level.WITH_HELP
    assert pairs.get_pair(pair).state is PairState.ACTIVE


def test_a_session_cannot_be_logged_in_the_future(database: object) -> None:
    pair = ready_pair(programme(), person("Karim"), person("Marie"))
    last = list_sessions(pair)[-1]
    with pytest.raises(ValidationError, match="future date"):
        log_session(
            last.id, held_on=last.held_on, minutes=60, today=last.held_on - dt.timedelta(days=1)
        )
    assert list_sessions(pair)[-1].status is SessionStatus.PLANNED


def test_a_new_level_needs_its_topic(database: object) -> None:
    pair = ready_pair(programme(), person("Karim"), person("Marie"))
    first = list_sessions(pair)[0]
    with pytest.raises(ValidationError, match="Choose the topic") as refused:
        log_session(first.id, held_on=first.held_on, minutes=60, level_reached=3, today=TODAY)
    assert refused.value.field == "objective"


def test_moving_keeps_the_date_first_planned(database: object) -> None:
    pair = ready_pair(programme(), person("Karim"), person("Marie"))
    first = list_sessions(pair)[0]
    moved = move_session(first.id, first.held_on + dt.timedelta(days=2), "11:00")
    assert (moved.status, moved.planned_on, moved.was_moved) == (
        SessionStatus.MOVED,
        first.planned_on,
        True,
    )
    assert moved.start_time == dt.time(11, 0)
    back = move_session(first.id, first.planned_on)
    assert back.status is SessionStatus.PLANNED


def test_a_held_session_cannot_be_cancelled_or_moved(database: object) -> None:
    pair = ready_pair(programme(), person("Karim"), person("Marie"))
    first, second = list_sessions(pair)[:2]
    log_session(first.id, held_on=first.held_on, minutes=60, today=TODAY)
    with pytest.raises(ValidationError, match="cannot be cancelled"):
        cancel_session(first.id)
    with pytest.raises(ValidationError, match="still to come"):
        move_session(first.id, TODAY)
    assert cancel_session(second.id).status is SessionStatus.CANCELLED


def test_an_extra_session_can_be_added_by_hand(database: object) -> None:
    pair = ready_pair(programme(), person("Karim"), person("Marie"))
    extra = add_session(pair, dt.date(2027, 3, 4), 30, "17:00")
    assert extra in list_sessions(pair)
    with pytest.raises(ValidationError, match="from 10 to 480"):
        add_session(pair, dt.date(2027, 3, 5), 1000)
