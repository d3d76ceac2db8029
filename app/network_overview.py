"""The whole network at a glance, for a coordinator of several shops: for each shop she may
see, its running programmes, its pairs under way, the sessions held and to come, and the
time given - in two queries, however many shops, pairs and sessions there are.

On a file, or for a shop's own login, it is the one shop.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.storage.backend import backend
from app.storage.models import db
from app.text import sort_key
from app.vocabulary import PairState, SessionStatus

#: Pairs that are still meeting.
UNDER_WAY = (PairState.PROPOSED.value, PairState.ACTIVE.value, PairState.PAUSED.value)
#: Sessions still to come.
TO_COME = (SessionStatus.PLANNED.value, SessionStatus.MOVED.value)


@dataclass(frozen=True)
class ShopFigures:
    shop_id: int
    name: str
    running_programmes: int
    pairs_under_way: int
    sessions_held: int
    sessions_to_come: int
    minutes_given: int


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
    query = " UNION ALL ".join(_figures(prefix, shop) for shop, _, prefix in places)
    figures = {int(row[0]): row[1:] for row in db.execute_sql(query).fetchall()}
    found = [ShopFigures(shop, name, *(int(v) for v in figures[shop])) for shop, name, _ in places]
    return sorted(found, key=lambda f: (sort_key(f.name), f.shop_id))
