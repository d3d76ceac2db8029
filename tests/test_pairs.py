"""Step 2: forming pairs, their objectives and their life."""

from __future__ import annotations

import datetime as dt

import pytest

from app.errors import AgainstTheMethod, ValidationError
from app.sessions import SessionEntry, list_sessions, log_session
from app.steps import needs, pairs
from app.vocabulary import Affinity, Level, MethodRule, PairState, SessionStatus
from tests.builders import person, programme, ready_pair, topic


def test_nobody_can_be_their_own_mentor(database: object) -> None:
    karim = person("Karim")
    with pytest.raises(ValidationError, match="cannot be their own mentor"):
        pairs.create_pair(programme(), karim, karim)


def test_a_pair_is_formed_once_per_programme_and_never_with_someone_who_left(
    database: object,
) -> None:
    spring, karim, marie, paul = programme(), person("Karim"), person("Marie"), person("Paul")
    pairs.create_pair(spring, karim, marie)
    with pytest.raises(ValidationError, match="already form a pair"):
        pairs.create_pair(spring, karim, marie)
    needs.mark_left(paul)
    with pytest.raises(ValidationError, match="Paul has left the shop"):
        pairs.create_pair(spring, karim, paul)


def test_objectives_start_from_the_mentees_need(database: object) -> None:
    spring, karim, marie = programme(), person("Karim"), person("Marie")
    needs.add_need(marie, topic("Newsletter"), 1, 4, 1)
    pair = pairs.create_pair(spring, karim, marie)
    objective = pairs.add_objective(pair.id, topic("Newsletter"))
    assert (objective.level_before, objective.target_level, objective.level_now) == (
        Level.HAS_TRIED,
        Level.CAN_TEACH,
        Level.HAS_TRIED,
    )
    with pytest.raises(ValidationError, match="already works on Newsletter"):
        pairs.add_objective(pair.id, topic("Newsletter"))
    with pytest.raises(ValidationError, match="must be above"):
        pairs.add_objective(pair.id, topic("Spreadsheets"), 3, 2)


def test_a_mentor_may_have_several_mentees(database: object) -> None:
    spring, ines = programme(), person("Inès")
    for name in ("Sophie", "Jeanne", "Marie"):
        pairs.create_pair(spring, ines, person(name))
    assert {p.mentor_name for p in pairs.list_pairs(spring)} == {"Inès"}
    assert len(pairs.list_pairs(spring)) == 3


def test_the_life_of_a_pair(database: object) -> None:
    pair = pairs.create_pair(programme(), person("Karim"), person("Marie")).id
    with pytest.raises(ValidationError, match="Formed, not started"):
        pairs.pause_pair(pair)
    assert pairs.start_pair(pair).state is PairState.ACTIVE
    assert pairs.pause_pair(pair).state is PairState.PAUSED
    assert pairs.resume_pair(pair).state is PairState.ACTIVE
    with pytest.raises(ValidationError, match="why the pair stops"):
        pairs.stop_pair(pair, "   ")
    stopped = pairs.stop_pair(pair, "Too busy before Christmas")
    assert (stopped.state, stopped.stop_reason) == (PairState.STOPPED, "Too busy before Christmas")
    with pytest.raises(ValidationError):
        pairs.resume_pair(pair)


def test_stopping_keeps_the_history_and_cancels_what_was_still_to_come(database: object) -> None:
    spring = programme()
    pair = ready_pair(spring, person("Karim"), person("Marie"))
    first = list_sessions(pair)[0]
    log_session(
        first.id, SessionEntry(held_on=first.held_on, minutes=60), today=dt.date(2027, 3, 3)
    )
    pairs.stop_pair(pair, "Marie changed jobs")
    statuses = [s.status for s in list_sessions(pair)]
    assert statuses[0] is SessionStatus.DONE
    assert set(statuses[1:]) == {SessionStatus.CANCELLED}
    with pytest.raises(ValidationError, match="stays in the history"):
        pairs.remove_pair(pair)


def test_a_pair_formed_by_mistake_can_be_removed_before_it_meets(database: object) -> None:
    spring = programme()
    pair = ready_pair(spring, person("Karim"), person("Marie"))
    pairs.remove_pair(pair)
    assert pairs.list_pairs(spring) == []


def test_objectives_can_be_adjusted(database: object) -> None:
    pair = pairs.create_pair(programme(), person("Karim"), person("Marie")).id
    objective = pairs.add_objective(pair, topic("Newsletter"), 0, 2)
    pairs.set_level_now(objective.id, 1)
    changed = pairs.update_objective(objective.id, 0, 4)
    assert (changed.level_before, changed.target_level, changed.level_now) == (0, 4, 1)
    moved_start = pairs.update_objective(objective.id, 2, 4)
    assert moved_start.level_now == 2  # progress cannot sit below the starting level
    with pytest.raises(ValidationError, match="from 0 to 4"):
        pairs.set_level_now(objective.id, 9)
    pairs.remove_objective(objective.id)
    assert pairs.list_objectives(pair) == []
    assert (
        pairs.update_pair_notes(pair, "Meets in the back office").notes
        == "Meets in the back office"
    )


def test_a_pair_of_people_better_apart_is_formed_only_on_purpose(database: object) -> None:
    """Lucas and Michel, marked "better not together", were paired by hand in silence."""
    spring, lucas, michel = programme(), person("Lucas"), person("Michel")
    needs.set_affinity(michel, lucas, Affinity.AVOID)
    with pytest.raises(
        AgainstTheMethod, match="Lucas and Michel are marked “Better not together”"
    ) as no:
        pairs.create_pair(spring, lucas, michel)
    assert (no.value.rule, no.value.field) == (MethodRule.BETTER_APART, "mentee")
    with pytest.raises(AgainstTheMethod):
        pairs.create_pair_with_objectives(spring, lucas, michel, [topic("Newsletter")])
    assert pairs.list_pairs(spring) == []
    made = pairs.create_pair(spring, lucas, michel, despite={MethodRule.BETTER_APART})
    assert [p.id for p in pairs.list_pairs(spring)] == [made.id]
    # people who merely get along, or were never marked, are paired as before
    needs.set_affinity(lucas, michel, Affinity.GET_ALONG)
    assert pairs.create_pair(programme("Autumn"), lucas, michel).mentor_id == lucas


def test_the_pair_formed_by_hand_starts_with_a_young_mentor_and_a_senior(database: object) -> None:
    """The form started with the first two names of the team: "Bernard → Bernard", or a
    senior as mentor of a young one."""
    spring = programme()
    orders = topic("Online orders")
    bernard, michel = person("Bernard"), person("Michel")
    ines, lucas = person("Inès"), person("Lucas")
    needs.add_need(bernard, orders, 0, 3)
    needs.add_need(michel, topic("Social networks"), 0, 3)
    needs.add_know_how(ines, topic("Social networks"), 4)
    needs.add_know_how(lucas, orders, 4)
    assert pairs.likely_pair(spring) == (lucas, bernard)  # Lucas teaches Bernard's need
    pairs.create_pair(spring, lucas, bernard)
    assert pairs.likely_pair(spring) == (ines, michel)  # then the senior with no mentor yet
