"""The best set of pairs for the whole team, exactly.

Each candidate pair (a mentor who can teach a senior something, who may be paired with
them and can meet them) has a value in three parts, compared in this order:

1. the senior's first-priority needs the mentor covers;
2. the priority of every need covered, weighted (first 1, second 0.6, later 0.3) and
   scaled by how far the mentor can take the senior on it;
3. the pair's score, the one the proposals explain (0 to 100).

A senior gets at most one new mentor per proposal, and a mentor no more mentees than the
room left under the load limit. Among all the sets of pairs that respect this, the one
chosen has the most of part 1; among those, the most of part 2; then of part 3. The three
parts are folded into one number so that no amount of a later part outweighs one unit of
an earlier one, and the assignment is solved by scipy's ``linear_sum_assignment`` (a
Jonker-Volgenant shortest augmenting path, exact on these integers), each mentor repeated
once per place left.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import NamedTuple

#: Above this, float64 would no longer add the folded values exactly (2**53).
_EXACT = 2**52


class Value(NamedTuple):
    """A candidate pair's worth, compared part by part (see the module)."""

    first_needs: int
    #: The weighted priority, in hundredths (an integer, so that sums stay exact).
    weighted: int
    score: int


def best_pairs(
    candidates: Mapping[tuple[int, int], Value], room: Mapping[int, int]
) -> set[tuple[int, int]]:
    """The set of (mentor, mentee) pairs of the greatest total value (see the module):
    each mentee at most once, each mentor at most ``room[mentor]`` times."""
    usable = {
        key: value
        for key, value in candidates.items()
        if room.get(key[0], 0) > 0 and any(part > 0 for part in value)
    }
    if not usable:
        return set()
    import numpy as np  # here, not at start: only the whole-team proposal needs them
    from scipy.optimize import linear_sum_assignment

    mentees = sorted({mentee for _, mentee in usable})
    reach = Counter(mentor for mentor, _ in usable)  # more places than mentees is no use
    places = [m for m in sorted(reach) for _ in range(min(room[m], reach[m]))]
    folded = _fold(usable, len(mentees))
    column = {mentee: number for number, mentee in enumerate(mentees)}
    cost = np.zeros((len(places), len(mentees)))
    for row, mentor in enumerate(places):
        for mentee in mentees:
            value = folded.get((mentor, mentee))
            if value is not None:
                cost[row, column[mentee]] = -value  # a place left empty costs 0
    rows, columns = linear_sum_assignment(cost)
    return {
        (places[row], mentees[col])
        for row, col in zip(rows, columns, strict=True)
        if cost[row, col] < 0
    }


def _fold(values: Mapping[tuple[int, int], Value], mentees: int) -> dict[tuple[int, int], int]:
    """Each value as one number that keeps the order of the parts: a unit of a part is
    worth more than the most the later parts can add up to over every mentee."""
    most_score = 100 * mentees + 1
    most_weighted = max(v.weighted for v in values.values()) * mentees + 1
    folded = {
        key: (v.first_needs * most_weighted + v.weighted) * most_score + v.score
        for key, v in values.items()
    }
    total = max(folded.values()) * mentees
    if total >= _EXACT:
        raise OverflowError("a team this large needs the proposal made in parts")
    return folded


def total(values: Mapping[tuple[int, int], Value], pairs: set[tuple[int, int]]) -> Value:
    """The sum of the values of ``pairs``, part by part - what :func:`best_pairs` makes
    greatest."""
    chosen = [values[key] for key in pairs]
    return Value(
        sum(v.first_needs for v in chosen),
        sum(v.weighted for v in chosen),
        sum(v.score for v in chosen),
    )
