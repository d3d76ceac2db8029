"""Small helpers to set up a team in a test in a line or two."""

from __future__ import annotations

import datetime as dt

from app import sessions
from app.programmes import create_programme
from app.steps import coaching, needs, pairs, rules
from app.vocabulary import MethodRule

#: The owner said yes to finishing at the review a pair whose sessions are still to come.
FINISHING = frozenset({MethodRule.SESSIONS_TO_COME})


def topic(name: str) -> int:
    """The id of a catalogue topic by name, adding it when the catalogue lacks it."""
    for existing in needs.list_topics():
        if existing.name == name:
            return existing.id
    return needs.add_topic(name).id


def person(name: str, **traits: object) -> int:
    return needs.add_person(name, **traits).id  # type: ignore[arg-type]


def programme(name: str = "Spring") -> int:
    return create_programme(name).id


def ready_pair(
    programme_id: int,
    mentor: int,
    mentee: int,
    topic_name: str = "Newsletter",
    *,
    start: dt.date = dt.date(2027, 3, 1),
    weeks: int = 6,
    weekday: int | None = None,
) -> int:
    """A pair with an objective, a coached mentor and planned sessions (steps 2 to 4 done),
    on the programme's Tuesday at 09:30, or on a ``weekday`` of its own (0 is Monday) - as
    a mentor with two mentees has, since nobody is in two places at once."""
    pair = pairs.create_pair(programme_id, mentor, mentee).id
    pairs.add_objective(pair, topic(topic_name), 0, 3)
    coaching.set_mentor_coaching(programme_id, mentor, marked_coached=True)
    if rules.get_programme_rules(programme_id) is None:
        rules.set_programme_rules(
            programme_id, start_on=start, weeks=weeks, weekday=1, start_time="09:30"
        )
    if weekday is not None:
        sessions.set_pair_slot(pair, weekday=weekday)
    sessions.plan_sessions(pair, today=start)
    return pair
