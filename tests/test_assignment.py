"""The whole-team assignment is the best there is: compared with every possible set of
pairs on a thousand small random teams, and the check that proves it on a shop PC's build
(``tandem --self-test``) catches a solver that is not."""

from __future__ import annotations

from collections.abc import Mapping

from hypothesis import given, settings
from hypothesis import strategies as st

from app.assignment import Value, best_pairs, total
from app.assignment_proof import best_by_trying_every_set, wrong_answers

values = st.builds(
    Value,
    st.integers(0, 2),
    st.integers(0, 300),
    st.integers(0, 100),
)
teams = st.tuples(
    st.dictionaries(st.tuples(st.integers(0, 3), st.integers(10, 14)), values, max_size=14),
    st.dictionaries(st.integers(0, 3), st.integers(0, 2), min_size=4, max_size=4),
)


@settings(max_examples=1000, deadline=None)
@given(teams)
def test_the_assignment_equals_the_best_found_by_trying_every_set(
    team: tuple[dict[tuple[int, int], Value], dict[int, int]],
) -> None:
    candidates, room = team
    chosen = best_pairs(candidates, room)
    assert len({mentee for _, mentee in chosen}) == len(chosen)  # one mentor each at most
    for mentor, places in room.items():
        assert sum(1 for m, _ in chosen if m == mentor) <= places
    assert chosen <= set(candidates)
    assert total(candidates, chosen) == best_by_trying_every_set(candidates, room)


def test_a_first_need_outweighs_any_amount_of_score() -> None:
    """Karim can take only one: Marie's first need beats two seniors' better scores."""
    candidates = {
        (1, 10): Value(1, 100, 20),  # Marie's first priority, a poor fit
        (1, 11): Value(0, 60, 100),
        (2, 11): Value(0, 60, 90),
        (2, 12): Value(0, 60, 95),
    }
    chosen = best_pairs(candidates, {1: 1, 2: 1})
    assert (1, 10) in chosen and len(chosen) == 2


def test_between_equal_sets_the_seniors_are_spread_over_the_mentors() -> None:
    """Inès could take both seniors, or Karim one and Inès the other: the same value, and
    the second set leaves nobody with two mentees while another has none."""
    candidates = {
        (1, 10): Value(1, 100, 80),
        (1, 11): Value(1, 100, 80),
        (2, 10): Value(1, 100, 80),
    }
    assert best_pairs(candidates, {1: 2, 2: 1}) == {(1, 11), (2, 10)}
    assert best_pairs(candidates, {2: 1, 1: 2}) == {(1, 11), (2, 10)}


def test_nobody_with_no_room_is_given_a_mentee() -> None:
    assert best_pairs({(1, 10): Value(1, 100, 80)}, {1: 0}) == set()
    assert best_pairs({}, {1: 2}) == set()


def test_a_case_a_first_solver_got_wrong() -> None:
    """lap's lapjv chose (1, 12) here, leaving 200 of weighted priority: on values of a
    million it stopped short of the best. Found by the test above."""
    candidates = {
        (0, 11): Value(2, 0, 0),
        (0, 13): Value(0, 0, 1),
        (0, 14): Value(2, 0, 0),
        (1, 10): Value(2, 200, 0),
        (1, 12): Value(2, 0, 0),
    }
    chosen = best_pairs(candidates, {0: 1, 1: 1})
    assert (1, 10) in chosen
    assert total(candidates, chosen) == Value(4, 200, 0)


def test_the_self_tests_check_passes_on_the_solver() -> None:
    assert wrong_answers(1000) == []


def _greedy(
    candidates: Mapping[tuple[int, int], Value], room: Mapping[int, int]
) -> set[tuple[int, int]]:
    """The best pair first, then the best of what is left: often short of the best."""
    left, chosen = dict(room), set()
    for (mentor, mentee), _ in sorted(candidates.items(), key=lambda item: item[1], reverse=True):
        if left.get(mentor, 0) > 0 and all(m != mentee for _, m in chosen):
            left[mentor] -= 1
            chosen.add((mentor, mentee))
    return chosen


def _no_room(
    candidates: Mapping[tuple[int, int], Value], room: Mapping[int, int]
) -> set[tuple[int, int]]:
    """The best for each senior, whatever the mentor's room."""
    best: dict[int, tuple[Value, int]] = {}
    for (mentor, mentee), value in candidates.items():
        best[mentee] = max(best.get(mentee, (value, mentor)), (value, mentor))
    return {(mentor, mentee) for mentee, (_, mentor) in best.items()}


def test_the_self_tests_check_catches_a_solver_short_of_the_best() -> None:
    wrong = wrong_answers(1000, solver=_greedy)
    assert wrong and all("not the best" in line for line in wrong)
    assert any("over the room left" in line for line in wrong_answers(1000, solver=_no_room))
