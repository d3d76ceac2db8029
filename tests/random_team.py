"""A team drawn at random from a seed, as the article's network of shops might be: young
mentors who know a few topics well, seniors who need a few, free half-days, and a few
pairs better apart - for the tests and the benchmark of the whole-team proposal."""

from __future__ import annotations

import random

from app.availability import FULL_WEEK
from app.programmes import create_programme
from app.steps import needs
from app.storage.database import transaction
from app.vocabulary import Affinity

TOPICS = 12


def build_team(mentors: int, seniors: int, seed: int) -> int:
    """A programme and its team; returns the programme's id."""
    rng = random.Random(seed)
    with transaction():
        topics = [needs.add_topic(f"Topic {number:02d}").id for number in range(TOPICS)]
        young = [
            needs.add_person(f"Mentor {n:03d}", availability=_free(rng)).id for n in range(mentors)
        ]
        old = [
            needs.add_person(f"Senior {n:03d}", availability=_free(rng)).id for n in range(seniors)
        ]
        for person in young:
            for topic in rng.sample(topics, 3):
                needs.add_know_how(person, topic, rng.choice((2, 3, 4)))
        for person in old:
            for priority, topic in enumerate(rng.sample(topics, 3), 1):
                needs.add_need(person, topic, 0, rng.choice((2, 3, 4)), priority)
        for _ in range((mentors + seniors) // 10):
            needs.set_affinity(rng.choice(young), rng.choice(old), Affinity.AVOID)
        return create_programme(f"Network {seed}").id


def _free(rng: random.Random) -> int:
    """Four half-days a week, or none given (one person in ten)."""
    if rng.random() < 0.1:
        return 0
    bits = rng.sample(range(FULL_WEEK.bit_length()), 4)
    return sum(1 << bit for bit in bits)
