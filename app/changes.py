"""The kinds of data a change touched, as the core wrote them.

A screen shows some kinds of data (the team, the pairs, the sessions…) and reloads when a
change touched one of them. Nobody declares what a change touches: :func:`watching` records
the tables every write of the change named (``app.storage.written``), and :func:`kinds_of`
turns them into kinds. Logging a session that also starts a proposed pair touches the
sessions and the pairs, and both are said.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from app.storage.written import Write, recording


class Kind(enum.Flag):
    """The kinds of data a change touches, and a screen shows."""

    PEOPLE = enum.auto()  # the team: names, jobs, free half-days, who left
    AFFINITIES = enum.auto()  # who gets along with whom
    NEEDS = enum.auto()  # needs and know-how of each person
    TOPICS = enum.auto()  # the topic catalogue
    PAIRS = enum.auto()  # pairs, their state, notes, objectives and levels now
    COACHING = enum.auto()  # the mentors' checklists and the shop's own points
    RULES = enum.auto()  # the frame of a programme and each pair's slot
    SESSIONS = enum.auto()  # planned and logged sessions
    REVIEWS = enum.auto()  # levels after, answers, conclusions
    PROGRAMME = enum.auto()  # programmes: new, renamed, renewed, closed
    SHOP = enum.auto()  # the shop: name, days off, closures
    BOOKMARK = enum.auto()  # the step the owner is on, to reopen there: no screen shows it
    EVERYTHING = (
        PEOPLE
        | AFFINITIES
        | NEEDS
        | TOPICS
        | PAIRS
        | COACHING
        | RULES
        | SESSIONS
        | REVIEWS
        | PROGRAMME
        | SHOP
    )


NOTHING = Kind(0)

#: The kind of data each table holds (the revision, missing here, is no screen's).
TABLE_KINDS: dict[str, Kind] = {
    "shop": Kind.SHOP,
    "closed_period": Kind.SHOP,
    "person": Kind.PEOPLE,
    "topic": Kind.TOPICS,
    "need": Kind.NEEDS,
    "know_how": Kind.NEEDS,
    "affinity": Kind.AFFINITIES,
    "programme": Kind.PROGRAMME,
    "pair": Kind.PAIRS,
    "objective": Kind.PAIRS,
    "coaching_point": Kind.COACHING,
    "mentor_coaching": Kind.COACHING,
    "coaching_check": Kind.COACHING,
    "programme_rules": Kind.RULES,
    "pair_rules": Kind.RULES,
    "session": Kind.SESSIONS,
    "review": Kind.REVIEWS,
    "review_answer": Kind.REVIEWS,
    # what the calendar files last said: no screen shows it
    "calendar_event": NOTHING,
}

#: Columns that hold what no screen shows, with the kind they are instead.
_BOOKMARKS: dict[str, tuple[frozenset[str], Kind]] = {
    "programme": (frozenset({"current_step"}), Kind.BOOKMARK),
}


def kinds_of(writes: Iterable[Write]) -> Kind:
    """The kinds of data these writes touched."""
    found = NOTHING
    for table, columns in writes:
        bookmark = _BOOKMARKS.get(table)
        if bookmark is not None and columns and columns <= bookmark[0]:
            found |= bookmark[1]
        else:
            found |= TABLE_KINDS.get(table, NOTHING)
    return found


@dataclass
class Touched:
    """Filled as a change runs: the kinds of data it wrote."""

    writes: set[Write] = field(default_factory=set)

    @property
    def kinds(self) -> Kind:
        return kinds_of(self.writes)


@contextmanager
def watching() -> Iterator[Touched]:
    """The kinds of data written while inside: ``with watching() as touched: ...``, then
    ``touched.kinds``."""
    with recording() as writes:
        yield Touched(writes)
