"""The best set of pairs for the whole team, exactly.

Each candidate pair (a mentor who can teach a senior something, who may be paired with
them and can meet them) has a value in three parts, compared in this order:

1. the senior's first-priority needs the mentor covers;
2. the priority of every need covered, weighted (first 1, second 0.6, later 0.3) and
   scaled by how far the mentor can take the senior on it;
3. the pair's score, the one the proposals explain (0 to 100).

A senior gets at most one new mentor per proposal, and a mentor no more mentees than the
room left under the load limit. Among all the sets of pairs that respect this, the one
chosen has the most of part 1; among those, the most of part 2; then of part 3; and between
sets still equal, the one that spreads the seniors over more mentors. The three parts (and
the spread) are folded into one whole number so that no amount of a later part outweighs one unit
of an earlier one, and the assignment is solved here, in whole numbers (so exactly, at any
size), by shortest augmenting paths with prices - the Hungarian method in the row-by-row
form of Jonker and Volgenant - each mentor repeated once per place left. Written here rather
than taken from a numerical library: a few dozen lines instead of a hundred megabytes in the
shop PC's installer, and about as fast at 500 mentors x 500 seniors.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import NamedTuple

#: Farther than any way through the costs: where the search has not been yet.
_FAR = float("inf")


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
    mentees = sorted({mentee for _, mentee in usable})
    reach = Counter(mentor for mentor, _ in usable)  # more places than mentees is no use
    places = [(m, rank) for m in sorted(reach) for rank in range(min(room[m], reach[m]))]
    folded = _fold(usable, len(mentees))
    # Between sets of equal value, the one that spreads the mentees over more mentors: a
    # mentor's first place is worth one unit more than the second, and so on - units worth
    # less, all added up, than one of the value's.
    spread = max(rank for _, rank in places) + 1
    unit = spread * len(mentees) + 1
    worth = [
        [
            folded[(mentor, mentee)] * unit + spread - rank
            if (mentor, mentee) in folded
            else 0  # a place left empty, or a mentee left without a pair, is worth 0
            for mentee in mentees
        ]
        for mentor, rank in places
    ]
    if len(places) <= len(mentees):
        chosen = list(enumerate(_assignment(worth)))
    else:
        by_mentee = [list(column) for column in zip(*worth, strict=True)]
        chosen = [(place, mentee) for mentee, place in enumerate(_assignment(by_mentee))]
    return {(places[place][0], mentees[mentee]) for place, mentee in chosen if worth[place][mentee]}


def _assignment(worth: list[list[int]]) -> list[int]:
    """For each row of ``worth``, its own column, so that the sum of the worth of the cells
    chosen is the greatest there is (no more rows than columns).

    The rows are taken one by one. Each looks for the cheapest way to a column nobody holds
    yet - taking a held column from its row, which then takes another, and so on - where a
    cell costs its worth given up against the best, less the prices of its row and column.
    The prices keep every cost at zero or more and every chosen cell at zero, so the
    cheapest way is found by Dijkstra's search and the rows already placed stay at their
    best; whole numbers throughout, so nothing is rounded."""
    rows, columns = len(worth), len(worth[0])
    cost: list[list[float]] = [[-value for value in row] for row in worth]
    row_price: list[float] = [0] * rows  # whole numbers, once the search has run
    column_price: list[float] = [0] * columns
    holder = [-1] * columns  # the row holding each column
    held = [-1] * rows  # the column each row holds
    for start in range(rows):
        distance: list[float] = [_FAR] * columns
        came_from = [-1] * columns  # the row each column is reached from
        unseen = list(range(columns))
        reached_rows = []
        reached_columns = []
        row, end = start, -1
        travelled: float = 0
        while end < 0:
            reached_rows.append(row)
            here = travelled - row_price[row]
            costs = cost[row]
            nearest, at = _FAR, -1
            for place, column in enumerate(unseen):
                way = here + costs[column] - column_price[column]
                if way < distance[column]:
                    distance[column] = way
                    came_from[column] = row
                so_far = distance[column]
                # on a tie, a free column ends the search sooner
                if so_far < nearest or (so_far == nearest and holder[column] < 0):
                    nearest, at = so_far, place
            travelled = nearest
            column = unseen[at]
            unseen[at] = unseen[-1]
            unseen.pop()
            reached_columns.append(column)
            if holder[column] < 0:
                end = column
            else:
                row = holder[column]
        row_price[start] += travelled
        for row in reached_rows[1:]:
            row_price[row] += travelled - distance[held[row]]
        for column in reached_columns:
            column_price[column] -= travelled - distance[column]
        column = end
        while True:  # each row on the way takes the column it was reached by
            row = came_from[column]
            holder[column] = row
            held[row], column = column, held[row]
            if row == start:
                break
    return held


def _fold(values: Mapping[tuple[int, int], Value], mentees: int) -> dict[tuple[int, int], int]:
    """Each value as one number that keeps the order of the parts: a unit of a part is
    worth more than the most the later parts can add up to over every mentee."""
    most_score = 100 * mentees + 1
    most_weighted = max(v.weighted for v in values.values()) * mentees + 1
    folded = {
        key: (v.first_needs * most_weighted + v.weighted) * most_score + v.score
        for key, v in values.items()
    }
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
