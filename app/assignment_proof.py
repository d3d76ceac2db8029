"""The whole-team assignment checked against trying every set of pairs, on small random
teams - what the self-test runs on a shop PC's own build, and the tests on every change.

Trying every set is hopeless past a dozen people but needs nothing clever, so it cannot
share a mistake with the solver it checks."""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping

from app.assignment import Value, best_pairs, total

Candidates = Mapping[tuple[int, int], Value]
Solver = Callable[[Candidates, Mapping[int, int]], set[tuple[int, int]]]


def best_by_trying_every_set(candidates: Candidates, room: Mapping[int, int]) -> Value:
    """The greatest total over every set of pairs: each mentee once at most, each mentor
    within its room."""
    mentees = sorted({mentee for _, mentee in candidates})
    best = Value(0, 0, 0)

    def walk(index: int, left: dict[int, int], chosen: list[tuple[int, int]]) -> None:
        nonlocal best
        if index == len(mentees):
            best = max(best, total(candidates, set(chosen)))
            return
        walk(index + 1, left, chosen)  # this mentee left without a pair
        for mentor, mentee in candidates:
            if mentee == mentees[index] and left.get(mentor, 0) > 0:
                left[mentor] -= 1
                walk(index + 1, left, [*chosen, (mentor, mentee)])
                left[mentor] += 1

    walk(0, dict(room), [])
    return best


def random_team(rng: random.Random) -> tuple[dict[tuple[int, int], Value], dict[int, int]]:
    """Up to four mentors with room for 0 to 2 mentees, up to five seniors, and up to a
    dozen candidate pairs of random values - often tied, often with nothing to gain."""
    room = {mentor: rng.randint(0, 2) for mentor in range(rng.randint(1, 4))}
    candidates = {
        (rng.randrange(len(room)), rng.randint(10, 14)): Value(
            rng.randint(0, 2), rng.choice((0, 60, 100, rng.randint(0, 300))), rng.randint(0, 100)
        )
        for _ in range(rng.randint(0, 12))
    }
    return candidates, room


def wrong_answers(teams: int, seed: int = 1, solver: Solver = best_pairs) -> list[str]:
    """Each of ``teams`` random teams where ``solver`` breaks a rule or misses the best
    total, described; none when it found the best every time."""
    rng = random.Random(seed)
    wrong = []
    for number in range(teams):
        candidates, room = random_team(rng)
        chosen = solver(candidates, room)
        mentees = [mentee for _, mentee in chosen]
        if not chosen <= set(candidates) or len(set(mentees)) != len(mentees):
            wrong.append(f"team {number}: a pair not proposed, or a senior twice")
        elif any(sum(1 for m, _ in chosen if m == mentor) > room[mentor] for mentor in room):
            wrong.append(f"team {number}: a mentor over the room left")
        elif total(candidates, chosen) != best_by_trying_every_set(candidates, room):
            wrong.append(f"team {number}: {total(candidates, chosen)} found, not the best")
    return wrong
