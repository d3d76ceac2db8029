"""The whole network at a glance, for a coordinator of several shops: for each shop she may
see, its running programmes, its pairs under way, the sessions held and to come, and the
time given - in three queries (the shops, which of them someone holds, their figures),
however many shops, pairs and sessions there are.

On a file, or for a shop's own login, it is the one shop. A shop whose login holds its own
tables (someone working on them by hand, an upgrade under way) is shown as held, at once
or, when it was held between two looks, after ``HELD_SECONDS``: the others' figures are
shown all the same.
"""

from __future__ import annotations

from dataclasses import dataclass

import peewee as pw

from app.storage.backend import backend
from app.storage.models import db
from app.storage.problems import waited_too_long
from app.text import sort_key
from app.vocabulary import PairState, SessionStatus

#: Pairs that are still meeting.
UNDER_WAY = (PairState.PROPOSED.value, PairState.ACTIVE.value, PairState.PAUSED.value)
#: Sessions still to come.
TO_COME = (SessionStatus.PLANNED.value, SessionStatus.MOVED.value)
#: How long the overview waits for a shop that holds its tables, before showing it as held.
HELD_SECONDS = 2

Place = tuple[int, str, str]


@dataclass(frozen=True)
class ShopFigures:
    shop_id: int
    name: str
    running_programmes: int
    pairs_under_way: int
    sessions_held: int
    sessions_to_come: int
    minutes_given: int
    #: Its tables were held when the figures were read: the figures are not known (zeros).
    held: bool = False


def _figures(prefix: str, shop: int) -> str:
    """One shop's figures as one row: its schema's tables (``prefix``) on a server. The
    sessions are read once, each figure counting its own (``FILTER``)."""
    running = "p.state = 'running'"
    under_way = ", ".join(f"'{state}'" for state in UNDER_WAY)
    to_come = ", ".join(f"'{status}'" for status in TO_COME)
    done = f"'{SessionStatus.DONE.value}'"
    return (
        f"SELECT {shop},"
        f" (SELECT count(*) FROM {prefix}programme p WHERE {running}),"
        f" (SELECT count(*) FROM {prefix}pair r JOIN {prefix}programme p ON p.id = r.programme_id"
        f"  WHERE {running} AND r.state IN ({under_way})),"
        " s.held, s.to_come, s.minutes FROM ("
        f"  SELECT count(*) FILTER (WHERE s.status = {done}) AS held,"
        f"  count(*) FILTER (WHERE s.status IN ({to_come})) AS to_come,"
        f"  coalesce(sum(s.minutes) FILTER (WHERE s.status = {done}), 0) AS minutes"
        f"  FROM {prefix}session s JOIN {prefix}pair r ON r.id = s.pair_id"
        f"  JOIN {prefix}programme p ON p.id = r.programme_id WHERE {running}) s"
    )


def network_overview() -> list[ShopFigures]:
    """Every shop the login may see, by name, with the figures of its running programmes:
    on a server, one query over the shops' schemas (each shop's tables are its own)."""
    places = backend().shops_here()
    if not places:
        return []
    held = backend().shops_held()
    readable = [place for place in places if place[0] not in held]
    with backend().waiting_at_most(HELD_SECONDS):
        try:
            figures = _read(readable)
        except pw.PeeweeException as error:  # a shop was held since it was looked at
            if not waited_too_long(error):
                raise
            figures = {}
            for place in readable:  # each shop is read alone
                try:
                    figures |= _read([place])
                except pw.PeeweeException as alone:
                    if not waited_too_long(alone):
                        raise
    found = [_shop(shop, name, figures.get(shop)) for shop, name, _ in places]
    return sorted(found, key=lambda f: (sort_key(f.name), f.shop_id))


def _shop(shop: int, name: str, figures: tuple[int, ...] | None) -> ShopFigures:
    if figures is None:
        return ShopFigures(shop, name, 0, 0, 0, 0, 0, held=True)
    running, pairs, done, to_come, minutes = (int(value) for value in figures)
    return ShopFigures(shop, name, running, pairs, done, to_come, minutes)


def _read(places: list[Place]) -> dict[int, tuple[int, ...]]:
    """The figures of ``places``, by shop; on its own savepoint, so that a read that waited
    too long leaves the others to be read."""
    if not places:
        return {}
    query = " UNION ALL ".join(_figures(prefix, shop) for shop, _, prefix in places)
    with db.atomic():
        return {int(row[0]): tuple(row[1:]) for row in db.execute_sql(query).fetchall()}
