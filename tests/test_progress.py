"""Where a programme stands: the steps, each pair's figures and health, in few queries."""

from __future__ import annotations

import datetime as dt

import pytest

from app import sessions
from app.progress import LEVELS, STALLED_AFTER_DAYS, programme_progress
from app.sessions import SessionEntry, list_sessions, log_session
from app.steps import coaching, needs, pairs, review, rules
from app.vocabulary import Decision, Health, Level
from tests.builders import FINISHING, person, programme, ready_pair, topic
from tests.conftest import QueryCounter

START = dt.date(2027, 3, 1)  # a Monday; sessions fall on Tuesdays


def _hold(pair: int, count: int, today: dt.date) -> None:
    for session in list_sessions(pair)[:count]:
        log_session(session.id, SessionEntry(held_on=session.held_on, minutes=45), today=today)


def test_the_steps_fill_in_as_the_owner_works(database: object) -> None:
    spring = programme()
    steps = programme_progress(spring).steps
    assert [(s.started, s.done) for s in steps] == [(False, False)] * 5
    assert str(steps[0].missing) == "Add at least one need of a senior."

    marie, karim = person("Marie"), person("Karim")
    needs.add_need(marie, topic("Newsletter"), 0, 3, 1)
    assert "Nobody in the team can teach" in str(programme_progress(spring).steps[0].missing)
    needs.add_know_how(marie, topic("Newsletter"), 1)  # the mentee herself does not count
    assert not programme_progress(spring).steps[0].done
    needs.add_know_how(karim, topic("Newsletter"), 3)
    progress = programme_progress(spring)
    assert progress.steps[0].done and progress.current_step == 2
    assert str(progress.next_action) == "Form at least one pair."

    pair = pairs.create_pair(spring, karim, marie).id
    assert str(programme_progress(spring).steps[1].missing) == "Pairs without an objective yet: 1"
    pairs.add_objective(pair, topic("Newsletter"))
    assert str(programme_progress(spring).next_action) == "Mentors still to coach: 1"
    coaching.set_mentor_coaching(spring, karim, marked_coached=True)
    assert (
        str(programme_progress(spring).next_action)
        == "Set the frame: start date, length and time slot."
    )
    rules.set_programme_rules(spring, start_on=START, weeks=4, weekday=1, start_time="09:00")
    assert str(programme_progress(spring).next_action) == "Pairs without planned sessions: 1"
    sessions.plan_all_sessions(spring, today=START)
    progress = programme_progress(spring, today=START)
    assert progress.current_step == 5 and str(progress.next_action) == "Pairs still to review: 1"
    review.conclude(pair, Decision.STOP, despite=FINISHING)
    _hold(pair, 1, today=START + dt.timedelta(days=1))
    progress = programme_progress(spring, today=START + dt.timedelta(days=1))
    assert progress.complete and "can be renewed" in str(progress.next_action)
    assert progress.pairs[0].steps_done == (True, True, True, True, True)


def test_a_review_before_the_programme_begins_does_not_finish_it(database: object) -> None:
    """Step 5 was "done" and the programme "can be renewed" before its first day."""
    spring = programme()
    pair = ready_pair(spring, person("Karim"), person("Marie"), start=START)
    review.conclude(pair, Decision.RENEW, despite=FINISHING)
    early = programme_progress(spring, today=START - dt.timedelta(days=1))
    assert early.steps[4].started and not early.steps[4].done and not early.complete
    assert str(early.steps[4].missing) == (
        "The programme begins on 2027-03-01: review the pairs once they have met."
    )
    # begun, but the pair has not met yet: the review written before counts once they have
    begun = programme_progress(spring, today=START)
    assert begun.pairs[0].decided and not begun.pairs[0].steps_done[4]
    assert str(begun.steps[4].missing) == (
        "Pairs reviewed before their first session: 1. Their review counts once they have met."
    )
    _hold(pair, 1, today=START + dt.timedelta(days=1))
    assert programme_progress(spring, today=START + dt.timedelta(days=1)).steps[4].done


def test_before_the_programme_begins_step_5_says_so_first(database: object) -> None:
    """ "Next: Pairs still to review: 2" was said before the first session."""
    spring = programme()
    ready_pair(spring, person("Karim"), person("Marie"), start=START)
    ready_pair(spring, person("Lucas"), person("Jeanne"), start=START)
    early = programme_progress(spring, today=START - dt.timedelta(days=3))
    assert str(early.steps[4].missing).startswith("The programme begins on 2027-03-01")


def test_a_pairs_figures(database: object) -> None:
    spring = programme()
    pair = ready_pair(spring, person("Karim"), person("Marie"), start=START, weeks=6)
    objective = pairs.list_objectives(pair)[0]
    today = dt.date(2027, 3, 18)
    first, second, third = list_sessions(pair)[:3]
    log_session(first.id, SessionEntry(held_on=first.held_on, minutes=60), today=today)
    log_session(
        second.id,
        SessionEntry(
            held_on=second.held_on, minutes=45, objective_id=objective.id, level_reached=2
        ),
        today=today,
    )
    (figures,) = programme_progress(spring, today=today).pairs
    assert (figures.sessions_done, figures.sessions_planned, figures.minutes_spent) == (2, 6, 105)
    assert (figures.last_session_on, figures.next_session_on) == (
        dt.date(2027, 3, 9),
        dt.date(2027, 3, 23),
    )
    assert figures.objectives[0].level_now == Level.WITH_HELP
    assert figures.topics == ("Newsletter",)
    # 16 March passed without being logged.
    assert figures.health is Health.LATE
    assert str(figures.health_reason) == "Sessions past their date and not logged: 1"
    log_session(third.id, SessionEntry(held_on=third.held_on, minutes=30), today=today)
    (figures,) = programme_progress(spring, today=today).pairs
    assert figures.health is Health.ON_TRACK
    assert str(figures.health_reason) == "Next session on 2027-03-23"


@pytest.mark.parametrize(
    ("days", "expected"),
    [(STALLED_AFTER_DAYS, Health.LATE), (STALLED_AFTER_DAYS + 1, Health.STALLED)],
)
def test_a_pair_stalls_after_three_weeks_without_a_session(
    database: object, days: int, expected: Health
) -> None:
    spring = programme()
    pair = ready_pair(spring, person("Karim"), person("Marie"), start=START, weeks=12)
    _hold(pair, 1, START + dt.timedelta(days=1))
    today = dt.date(2027, 3, 2) + dt.timedelta(days=days)
    (figures,) = programme_progress(spring, today=today).pairs
    assert figures.health is expected
    if expected is Health.STALLED:
        assert str(figures.health_reason) == f"No session for {days} days (last on 2027-03-02)"


def test_paused_finished_stopped_and_not_started_pairs(database: object) -> None:
    spring = programme()
    karim = person("Karim")
    paused = ready_pair(spring, karim, person("Marie"), start=START)
    finished = ready_pair(spring, karim, person("Sophie"), start=START, weekday=3)
    stopped = ready_pair(spring, person("Lucas"), person("Bernard"), start=START)
    waiting = pairs.create_pair(spring, person("Inès"), person("Jeanne")).id
    upcoming = ready_pair(spring, person("Théo"), person("Gérard"), start=START)
    _hold(paused, 1, dt.date(2027, 3, 3))
    _hold(finished, 2, dt.date(2027, 3, 12))
    pairs.pause_pair(paused)
    pairs.finish_pair(finished)
    pairs.stop_pair(stopped, "Too many deliveries")
    health = {
        p.pair_id: (p.health, str(p.health_reason))
        for p in programme_progress(spring, today=START).pairs
    }
    assert health[paused] == (Health.PAUSED, "Paused by the owner")
    assert health[finished] == (Health.FINISHED, "Finished after 2 sessions")
    assert health[stopped] == (Health.STOPPED, "Stopped: Too many deliveries")
    assert health[waiting] == (Health.NOT_STARTED, "No session planned yet")
    assert health[upcoming] == (Health.NOT_STARTED, "First session on 2027-03-02")


def test_a_mentor_with_several_mentees_is_shown_as_such(database: object) -> None:
    spring, ines = programme(), person("Inès")
    for name in ("Sophie", "Jeanne"):
        pairs.create_pair(spring, ines, person(name))
    pairs.create_pair(spring, person("Karim"), person("Marie"))
    counts = {p.mentee_name: p.mentor_pair_count for p in programme_progress(spring).pairs}
    assert counts == {"Jeanne": 2, "Marie": 1, "Sophie": 2}


def _programme_of(size: int) -> int:
    spring = programme(f"Programme of {size}")
    topics = [topic("Newsletter"), topic("Social networks")]
    for number in range(size):
        pair = pairs.create_pair(spring, person(f"Mentor {number}"), person(f"Mentee {number}")).id
        for topic_id in topics:
            pairs.add_objective(pair, topic_id, 0, 3)
        coaching.set_mentor_coaching(spring, pairs.get_pair(pair).mentor_id, marked_coached=True)
    rules.set_programme_rules(spring, start_on=START, weeks=10, weekday=1, start_time="09:00")
    sessions.plan_all_sessions(spring, today=START)
    for pair in pairs.list_pairs(spring)[::2]:
        _hold(pair.id, 3, dt.date(2027, 4, 1))
    return spring


def test_the_dashboard_figures_take_as_many_queries_for_50_pairs_as_for_5(
    database: object, count_queries: QueryCounter
) -> None:
    small, large = _programme_of(5), _programme_of(50)
    with QueryCounter(count_queries.database) as for_small:
        small_progress = programme_progress(small, today=dt.date(2027, 4, 1))
    with QueryCounter(count_queries.database) as for_large:
        large_progress = programme_progress(large, today=dt.date(2027, 4, 1))
    assert len(small_progress.pairs) == 5 and len(large_progress.pairs) == 50
    assert sum(p.sessions_done for p in large_progress.pairs) == 25 * 3
    assert for_small.selects == for_large.selects
    print(f"dashboard figures: {for_large.selects} SELECTs for 50 pairs")
    assert for_large.selects <= 15


def test_each_stored_level_number_finds_its_level() -> None:
    assert [LEVELS[level.value] for level in Level] == list(Level)
