"""The session journal: logging, moving and cancelling sessions."""

from __future__ import annotations

import datetime as dt

import pytest

from app.errors import ValidationError
from app.sessions import (
    SessionEntry,
    add_session,
    cancel_session,
    list_sessions,
    log_session,
    move_session,
    record_session,
    save_session,
    session_to_log,
    unlog_session,
)
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
        SessionEntry(
            held_on=first.held_on,
            minutes=75,
            objective_id=objective.id,
            learnt="Took a test order",
            to_practise="Confirm an order alone",
            confidence=4,
            level_reached=2,
        ),
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
            last.id,
            SessionEntry(held_on=last.held_on, minutes=60),
            today=last.held_on - dt.timedelta(days=1),
        )
    assert list_sessions(pair)[-1].status is SessionStatus.PLANNED


def test_a_new_level_needs_its_topic(database: object) -> None:
    pair = ready_pair(programme(), person("Karim"), person("Marie"))
    first = list_sessions(pair)[0]
    with pytest.raises(ValidationError, match="Choose the topic") as refused:
        log_session(
            first.id, SessionEntry(held_on=first.held_on, minutes=60, level_reached=3), today=TODAY
        )
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
    log_session(first.id, SessionEntry(held_on=first.held_on, minutes=60), today=TODAY)
    with pytest.raises(ValidationError, match="cannot be cancelled"):
        cancel_session(first.id)
    with pytest.raises(ValidationError, match="still to come"):
        move_session(first.id, TODAY)
    assert cancel_session(second.id).status is SessionStatus.CANCELLED


def test_an_extra_session_can_be_added_by_hand(database: object) -> None:
    pair = ready_pair(programme(), person("Karim"), person("Marie"))
    extra = add_session(pair, dt.date(2027, 3, 4), 30, "17:00")
    assert extra in list_sessions(pair)
    with pytest.raises(ValidationError, match="from 5 to 600"):
        add_session(pair, dt.date(2027, 3, 5), 1000)


def test_the_level_now_follows_the_latest_session_that_recorded_one(database: object) -> None:
    pair = ready_pair(programme(), person("Karim"), person("Marie"))
    objective = pairs.list_objectives(pair)[0].id
    first, second = list_sessions(pair)[:2]
    log_session(
        first.id,
        SessionEntry(held_on=first.held_on, minutes=60, objective_id=objective, level_reached=1),
        today=TODAY,
    )
    log_session(
        second.id,
        SessionEntry(held_on=second.held_on, minutes=60, objective_id=objective, level_reached=2),
        today=TODAY,
    )
    assert pairs.list_objectives(pair)[0].level_now == Level.WITH_HELP
    # Logged by mistake: undoing the second log brings the level back to the first one's.
    undone = unlog_session(second.id)
    assert (undone.status, undone.level_reached) == (SessionStatus.PLANNED, None)
    assert pairs.list_objectives(pair)[0].level_now == Level.HAS_TRIED
    # Re-logging the first without a level leaves the objective where it started.
    log_session(
        first.id,
        SessionEntry(held_on=first.held_on, minutes=60, objective_id=objective),
        today=TODAY,
    )
    assert pairs.list_objectives(pair)[0].level_now == Level.NEVER_DONE


def test_a_session_that_was_not_planned_is_logged_in_one_step(database: object) -> None:
    pair = ready_pair(programme(), person("Karim"), person("Marie"))
    extra = record_session(
        pair,
        SessionEntry(held_on=dt.date(2027, 3, 4), minutes=20, learnt="A quick question on orders"),
        today=TODAY,
    )
    assert extra.status is SessionStatus.DONE
    assert extra in list_sessions(pair)
    with pytest.raises(ValidationError, match="future date"):
        record_session(
            pair, SessionEntry(held_on=TODAY + dt.timedelta(days=1), minutes=20), today=TODAY
        )
    assert len(list_sessions(pair)) == 7  # the refused one left nothing behind


def test_a_sessions_length_follows_one_rule_however_it_is_entered(database: object) -> None:
    """Planned by hand, logged, or recorded in one step: the same lengths are kept or refused."""
    pair = ready_pair(programme(), person("Karim"), person("Marie"))
    shortest, longest = 5, 600
    for week, minutes in enumerate((shortest, longest)):  # a week apart: never two at once
        later = dt.timedelta(weeks=week)
        recorded = record_session(
            pair, SessionEntry(held_on=dt.date(2027, 3, 4) + later, minutes=minutes), today=TODAY
        )
        assert recorded.minutes == minutes
        added = add_session(pair, dt.date(2027, 4, 4) + later, minutes)
        assert added.minutes == minutes
        logged = log_session(
            added.id,
            SessionEntry(held_on=dt.date(2027, 3, 5) + later, minutes=minutes),
            today=TODAY,
        )
        assert logged.minutes == minutes
    sessions = len(list_sessions(pair))
    for minutes in (shortest - 1, longest + 1):
        for entering in (
            lambda m=minutes: record_session(
                pair, SessionEntry(held_on=dt.date(2027, 3, 4), minutes=m), today=TODAY
            ),
            lambda m=minutes: add_session(pair, dt.date(2027, 4, 4), m),
            lambda m=minutes: log_session(
                list_sessions(pair)[0].id,
                SessionEntry(held_on=dt.date(2027, 3, 5), minutes=m),
                today=TODAY,
            ),
        ):
            with pytest.raises(ValidationError, match="from 5 to 600") as refused:
                entering()
            assert refused.value.field == "minutes"
    assert len(list_sessions(pair)) == sessions


def test_the_session_to_log_is_the_oldest_one_due(database: object) -> None:
    pair = ready_pair(programme(), person("Karim"), person("Marie"))
    first, second, third = list_sessions(pair)[:3]
    assert session_to_log(pair, today=dt.date(2027, 3, 1)) == first  # none due yet: the next one
    assert session_to_log(pair, today=dt.date(2027, 3, 10)) == first
    log_session(first.id, SessionEntry(held_on=first.held_on, minutes=60), today=TODAY)
    cancel_session(second.id)
    assert session_to_log(pair, today=dt.date(2027, 3, 20)) == third
    for session in list_sessions(pair):
        if session.status is SessionStatus.PLANNED:
            cancel_session(session.id)
    assert session_to_log(pair, today=TODAY) is None


def test_the_session_form_logs_moves_cancels_and_undoes(database: object) -> None:
    pair = ready_pair(programme(), person("Karim"), person("Marie"))
    objective = pairs.list_objectives(pair)[0].id
    first, second = list_sessions(pair)[:2]

    def entry(held_on: dt.date, **more: object) -> SessionEntry:
        return SessionEntry(held_on, minutes=50, objective_id=objective, **more)  # type: ignore[arg-type]

    done = save_session(pair, first.id, "done", entry(first.held_on, level_reached=2), TODAY)
    assert (done.status, done.minutes) == (SessionStatus.DONE, 50)
    assert pairs.list_objectives(pair)[0].level_now == Level.WITH_HELP
    undone = save_session(pair, first.id, "planned", entry(first.held_on), TODAY)
    assert undone.status is SessionStatus.PLANNED
    assert pairs.list_objectives(pair)[0].level_now == Level.NEVER_DONE
    moved = save_session(pair, second.id, "moved", entry(dt.date(2027, 3, 11)), TODAY)
    assert (moved.status, moved.planned_on, moved.held_on) == (
        SessionStatus.MOVED,
        second.planned_on,
        dt.date(2027, 3, 11),
    )
    assert (
        save_session(pair, second.id, "cancelled", entry(moved.held_on), TODAY).status
        is SessionStatus.CANCELLED
    )
    new = save_session(
        pair, None, "done", entry(dt.date(2027, 3, 5), learnt="Answered a review"), TODAY
    )
    assert new.status is SessionStatus.DONE and new.learnt == "Answered a review"
    with pytest.raises(ValidationError, match="choices offered"):
        save_session(pair, None, "postponed", entry(TODAY), TODAY)
    other = ready_pair(programme("Autumn"), person("Inès"), person("Sophie"))
    with pytest.raises(ValidationError, match="no longer exists"):
        save_session(
            other, first.id, "done", SessionEntry(held_on=first.held_on, minutes=30), today=TODAY
        )


def test_a_session_is_not_logged_before_the_programme_starts(database: object) -> None:
    """It was matched in silence to a session planned weeks later."""
    pair = ready_pair(programme(), person("Karim"), person("Marie"))  # starts on 1 March 2027
    first = list_sessions(pair)[0]
    with pytest.raises(ValidationError, match="starts on") as refused:
        log_session(first.id, SessionEntry(held_on=dt.date(2027, 2, 20)), today=TODAY)
    assert refused.value.field == "held_on"
    with pytest.raises(ValidationError, match="starts on"):
        record_session(pair, SessionEntry(held_on=dt.date(2027, 2, 26)), today=TODAY)
    assert list_sessions(pair)[0].status is SessionStatus.PLANNED
    assert len(list_sessions(pair)) == 6  # the unplanned one was not kept either


def test_the_hour_typed_when_a_session_is_logged_is_kept(database: object) -> None:
    """Logged with 09:10 and 50 minutes, it was read back at the pair's 09:30."""
    pair = ready_pair(programme(), person("Lucas"), person("Bernard"))
    first = list_sessions(pair)[0]
    logged = log_session(
        first.id, SessionEntry(held_on=first.held_on, minutes=50, start_time="09:10"), today=TODAY
    )
    assert (logged.start_time, logged.minutes) == (dt.time(9, 10), 50)
    assert list_sessions(pair)[0].start_time == dt.time(9, 10)
    # logged again with no hour said: the hour noted stays
    again = log_session(first.id, SessionEntry(held_on=first.held_on, minutes=50), today=TODAY)
    assert again.start_time == dt.time(9, 10)
    unplanned = record_session(
        pair, SessionEntry(held_on=TODAY, minutes=45, start_time="16:20"), today=TODAY
    )
    assert unplanned.start_time == dt.time(16, 20)


def test_a_session_logged_on_a_later_planned_day_takes_that_days_place(database: object) -> None:
    """The session planned on 2 March, held on 16 March: the session planned on 16 March is
    not kept beside it - two sessions the same morning would be a double booking."""
    pair = ready_pair(programme(), person("Lucas"), person("Bernard"))
    first, _, third = list_sessions(pair)[:3]
    logged = log_session(first.id, SessionEntry(held_on=third.held_on, minutes=60), today=TODAY)
    assert logged.took_the_place_of == (third.held_on,)
    on_that_day = [s for s in list_sessions(pair) if s.held_on == third.held_on]
    assert [(s.id, s.status) for s in on_that_day if s.status is not SessionStatus.CANCELLED] == [
        (first.id, SessionStatus.DONE)
    ]
    assert logged.planned_on == first.planned_on  # the same session, held later


def test_a_session_logged_when_someone_was_with_another_pair_is_refused(database: object) -> None:
    spring = programme()
    lucas = person("Lucas")
    ours = ready_pair(spring, lucas, person("Bernard"))
    theirs = ready_pair(spring, lucas, person("Michel"))
    held = list_sessions(theirs)[0]
    afternoon = SessionEntry(held_on=held.held_on, minutes=60, start_time="14:00")
    log_session(held.id, afternoon, today=TODAY)
    mine = list_sessions(ours)[0]
    with pytest.raises(ValidationError, match="Lucas already has a session with Michel"):
        log_session(mine.id, afternoon, today=TODAY)
    assert list_sessions(ours)[0].status is SessionStatus.PLANNED


def test_a_session_moved_when_neither_is_free_names_both(database: object) -> None:
    """Only the mentor was named, although the senior was not free then either."""
    from app.errors import AgainstTheMethod
    from app.vocabulary import MethodRule, PartOfDay, Weekday

    mornings = [(day, PartOfDay.MORNING) for day in (Weekday.TUESDAY, Weekday.THURSDAY)]
    lea = person("Léa", availability=[(Weekday.MONDAY, PartOfDay.MORNING), *mornings])
    jeanne = person("Jeanne", availability=mornings)
    pair = ready_pair(programme(), lea, jeanne, weekday=Weekday.TUESDAY)
    first = list_sessions(pair)[0]
    with pytest.raises(AgainstTheMethod) as asked:
        move_session(first.id, first.held_on, "15:00")
    said = str(asked.value.message)
    assert asked.value.rule == MethodRule.NOT_FREE
    assert said.startswith("Léa is not free on Tuesday afternoon") and "Jeanne is not free" in said


def test_a_session_logged_on_a_day_the_shop_is_closed_is_said_first(database: object) -> None:
    """Logged as held on a Sunday the shop is closed, it went in without a word, where the
    same session moved there was asked about."""
    from app.errors import AgainstTheMethod
    from app.shop import set_days_off
    from app.vocabulary import MethodRule, Weekday

    set_days_off([Weekday.SUNDAY])
    pair = ready_pair(programme(), person("Lucas"), person("Bernard"))
    first = list_sessions(pair)[0]
    sunday = first.held_on + dt.timedelta(days=5)
    entry = SessionEntry(sunday, 60)
    with pytest.raises(AgainstTheMethod) as asked:
        log_session(first.id, entry, today=dt.date(2027, 4, 30))
    assert asked.value.rule == MethodRule.SHOP_CLOSED
    assert list_sessions(pair)[0].status is SessionStatus.PLANNED  # nothing kept
    kept = log_session(first.id, entry, today=dt.date(2027, 4, 30), despite={asked.value.rule})
    assert (kept.held_on, kept.status) == (sunday, SessionStatus.DONE)
